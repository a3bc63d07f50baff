"""Named Cypher and SPARQL queries and the runner that executes them."""
