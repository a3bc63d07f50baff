// name: coverage
// params: doc
// answers: Which provinces have implemented a (central) document and which have not, among the provinces the
//   corpus knows (of its documents and articles): per province, how many of its documents implement it
//   directly or through others, their symbols, and the earliest date among them. $doc is an IRI.
OPTIONAL MATCH (d:Document) WHERE d.province IS NOT NULL
WITH collect(DISTINCT d.province) AS from_documents
OPTIONAL MATCH (a:Article) WHERE a.province IS NOT NULL
WITH from_documents, collect(DISTINCT a.province) AS from_articles
UNWIND from_documents + from_articles AS province
WITH DISTINCT province
OPTIONAL MATCH (impl:Document)-[:IMPLEMENTS*1..12]->(root:Document {iri: $doc})
WHERE impl.province = province
WITH province, count(DISTINCT impl) AS implementers,
     collect(DISTINCT coalesce(impl.symbol, impl.label)) AS documents, min(impl.date) AS first_date
RETURN province, implementers > 0 AS implemented, implementers, documents, first_date
ORDER BY implemented DESC, province
