// name: chain_up
// params: doc
// answers: What a document implements, step by step up to the central documents: one row per "implements"
//   edge above it (child -> parent), with the step's distance from the document (1 = what it implements
//   directly), the parent's level, province and date, and the lag in days of that step. $doc is an IRI.
MATCH p = (start:Document {iri: $doc})-[:IMPLEMENTS*0..12]->(child:Document)
MATCH (child)-[r:IMPLEMENTS]->(parent:Document)
RETURN min(length(p)) + 1 AS step,
       child.iri AS child, child.symbol AS child_symbol,
       parent.iri AS iri, parent.symbol AS symbol, parent.label AS label, parent.level AS level,
       parent.province AS province, parent.issuer AS issuer, parent.date AS date, r.lag_days AS lag_days
ORDER BY step, child, iri
