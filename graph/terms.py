"""The terms of other vocabularies the views ask about, each made once.

``RDF.type``, ``PROV.wasDerivedFrom`` or ``ORG.subOrganizationOf`` build a new ``URIRef`` on every use (about
1 µs, in Python), and a new object misses the index's dict lookups by identity, so each lookup also calls
rdflib's ``__eq__``. The views make millions of lookups on a large graph; they ask with these objects, and
``graph.triple_index`` keys its index with the same ones. (``ontology.namespace.VK`` keeps its own terms.)
"""

from __future__ import annotations

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
