// name: implementers
// params: doc
// answers: The implementation tree under a document: every document that implements it directly or through
//   others, one row per "implements" edge of the tree (child -> parent), with the child's depth below the
//   document (1 = implements it directly), its province, issuer and date, and the lag in days between the
//   child and the parent it implements. $doc is the document's IRI.
MATCH (child:Document)-[r:IMPLEMENTS]->(parent:Document)
MATCH p = (parent)-[:IMPLEMENTS*0..12]->(root:Document {iri: $doc})
RETURN min(length(p)) + 1 AS depth,
       child.iri AS iri, child.symbol AS symbol, child.label AS label, child.type AS type,
       child.level AS level, child.province AS province, child.issuer AS issuer, child.date AS date,
       parent.iri AS parent, parent.symbol AS parent_symbol, r.lag_days AS lag_days
ORDER BY depth, iri, parent
