// name: orphans
// params:
// answers: Loose ends of the graph: local documents whose target is unknown (they implement no document the
//   graph knows) and central documents that no document implements.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:IMPLEMENTS]->(t:Document)
OPTIONAL MATCH (i:Document)-[:IMPLEMENTS]->(d)
WITH d, count(DISTINCT t) AS targets, count(DISTINCT i) AS implementers
WHERE (d.level = 'central' AND implementers = 0) OR (coalesce(d.level, '') <> 'central' AND targets = 0)
RETURN CASE WHEN d.level = 'central' THEN 'central_without_implementer' ELSE 'local_without_target' END AS kind,
       d.iri AS iri, d.symbol AS symbol, d.label AS label, d.level AS level, d.province AS province
ORDER BY kind, iri
