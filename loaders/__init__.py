"""Text to RDF: read, normalise, find mentions, relate, resolve, write triples."""
