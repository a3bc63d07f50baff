"""Text to RDF: read, normalise, find mentions, relate, resolve, write triples."""

from loaders.native import choose

# Before any extraction module is imported: the compiled copies only if they were built from these sources.
NATIVE = choose()
