// name: top_central
// params:
// answers: The central documents ranked by how many documents implement them: directly, in all (directly or
//   through others) and the number of provinces those come from.
MATCH (c:Document) WHERE c.level = 'central'
OPTIONAL MATCH (d:Document)-[:IMPLEMENTS]->(c)
WITH c, count(DISTINCT d) AS implementers
OPTIONAL MATCH (t:Document)-[:IMPLEMENTS*1..12]->(c)
RETURN c.iri AS iri, c.symbol AS symbol, c.label AS label, c.date AS date, implementers,
       count(DISTINCT t) AS total, count(DISTINCT t.province) AS provinces
ORDER BY implementers DESC, total DESC, symbol, iri
