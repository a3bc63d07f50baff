"""The terms of other vocabularies the views ask about, each made once.

``RDF.type``, ``PROV.wasDerivedFrom`` or ``ORG.subOrganizationOf`` build a new ``URIRef`` on every use (about
1 µs, in Python), and a new object misses the index's dict lookups by identity, so each lookup also calls
rdflib's ``__eq__``. The views make millions of lookups on a large graph; they ask with these objects, and
``graph.triple_index`` keys its index with the same ones. (``ontology.namespace.VK`` keeps its own terms.)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import PROV, SKOS

from ontology.namespace import ORG, SCHEMA

TYPE: URIRef = RDF.type
RDF_SUBJECT: URIRef = RDF.subject
RDF_PREDICATE: URIRef = RDF.predicate
RDF_OBJECT: URIRef = RDF.object
LABEL: URIRef = RDFS.label
SEE_ALSO: URIRef = RDFS.seeAlso
EDITORIAL_NOTE: URIRef = SKOS.editorialNote
DERIVED_FROM: URIRef = PROV.wasDerivedFrom
SUB_ORGANIZATION_OF: URIRef = ORG.subOrganizationOf
DATE_PUBLISHED: URIRef = SCHEMA.datePublished
HEADLINE: URIRef = SCHEMA.headline
PUBLISHER: URIRef = SCHEMA.publisher
T = TypeVar("T")


def sorted_terms(items: Iterable[T]) -> list[T]:
    """``sorted(items)`` for IRIs or tuples of IRIs, compared by their texts in C rather than by rdflib's
    ``__lt__`` in Python (3.6 of the embedded sink's 10 s at 100 MB): the same order, since rdflib compares two
    ``URIRef``s by their text. Anything else is sorted by rdflib."""
    found = list(items)
    if all(type(item) is URIRef for item in found):
        return sorted(found, key=str)
    if all(type(item) is tuple and all(type(term) is URIRef for term in item) for item in found):
        return sorted(found, key=_texts)
    return sorted(found)  # type: ignore[type-var]


def _texts(item: Any) -> tuple[str, ...]:
    return tuple(map(str, item))
