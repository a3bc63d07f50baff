"""The property-graph fixture corpus shared by the mapping, writer, engine and query tests."""

from __future__ import annotations

from pathlib import Path

from ontology.namespace import VKID

CORPUS = Path(__file__).parent / "fixtures" / "property_corpus.trig"
ID = str(VKID)
# A value that would delete the graph if it were ever spliced into Cypher text instead of passed as a parameter.
HOSTILE = "x'}) DETACH DELETE n //"
