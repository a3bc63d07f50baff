// name: issued_by
// params: org
// answers: The documents an organisation issued, oldest first (undated last), with their type, date, level
//   and province, and how many documents implement each directly. $org is the organisation's IRI.
MATCH (d:Document)-[:ISSUED_BY]->(o:Organisation {iri: $org})
OPTIONAL MATCH (i:Document)-[:IMPLEMENTS]->(d)
RETURN d.iri AS iri, d.symbol AS symbol, d.label AS label, d.type AS type, d.date AS date, d.year AS year,
       d.level AS level, d.province AS province, count(DISTINCT i) AS implementers
ORDER BY coalesce(date, '9999'), iri
