// name: province_profile
// params: province
// answers: What a province has issued and for what: its documents with type, level, date, issuer and subject,
//   what each implements (symbols, or labels for documents without one) and how many documents implement
//   it. $province is the province's name as stored ("Bến Tre").
MATCH (d:Document) WHERE d.province = $province
OPTIONAL MATCH (d)-[:IMPLEMENTS]->(t:Document)
WITH d, collect(DISTINCT coalesce(t.symbol, t.label)) AS implements
OPTIONAL MATCH (i:Document)-[:IMPLEMENTS]->(d)
RETURN d.iri AS iri, d.symbol AS symbol, d.label AS label, d.type AS type, d.level AS level, d.date AS date,
       d.issuer AS issuer, d.subject AS subject, implements, count(DISTINCT i) AS implemented_by
ORDER BY coalesce(date, '9999'), iri
