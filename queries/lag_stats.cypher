// name: lag_stats
// params:
// answers: How long after a central document its direct implementers were issued: per central document with
//   at least one implementer, the number of implementers, how many of them have a known lag (both dates
//   known), and the minimum, average and maximum lag in days.
MATCH (i:Document)-[r:IMPLEMENTS]->(c:Document) WHERE c.level = 'central'
RETURN c.iri AS iri, c.symbol AS symbol, c.date AS date, count(r) AS implementers, count(r.lag_days) AS dated,
       min(r.lag_days) AS min_lag, round(avg(r.lag_days), 1) AS avg_lag, max(r.lag_days) AS max_lag
ORDER BY implementers DESC, iri
