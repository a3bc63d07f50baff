"""The views of a graph file from one streaming pass over it: the build's sinks read this, not an rdflib store.

``read_index`` parses a TriG or N-Quads file with ``pyoxigraph.parse`` (streaming, in Rust) and keeps, of
every quad, only the statements the views ask about (``VIEW_PREDICATES``), in two ``TripleIndex``es: the union
of all graphs (a triple held by several graphs once, as rdflib's union) and the entities graph. The index
answers the few lookups ``graph.network.network_of`` and ``graph.property.property_graph_of`` make (the
``graph.store.TripleSource`` protocol) from dicts: the views are computed by the very code that computes them
from an rdflib Dataset, so they are the same (tests/test_triple_index.py), in time linear in the quads and
with memory the size of the kept statements, not of an rdflib Dataset (about 2 KB a quad).

Terms are the ones rdflib's parser makes for the same text (``"x"`` stays a plain literal, not
``"x"^^xsd:string``; literals go through rdflib's ``Literal``, so their normalisation and order are rdflib's).
Asking the index about a predicate it does not keep raises ``IndexMiss``: a view that starts reading another
predicate must add it to ``VIEW_PREDICATES``, it cannot silently read nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import PROV, XSD
from rdflib.term import Node

from graph.network import network_of
from graph.property import PropertyGraph, property_graph_of
from graph.store import StoreError, rdf_format
from ontology.namespace import ORG, SCHEMA, VK, VKID

log = logging.getLogger(__name__)

ENTITIES_GRAPH = str(VKID["graph/entities"])
# Every predicate graph.network and graph.property look up (their rdf:type lookups included).
VIEW_PREDICATES: frozenset[URIRef] = frozenset(
    {RDF.type, RDF.subject, RDF.predicate, RDF.object, RDFS.label, PROV.wasDerivedFrom, ORG.subOrganizationOf}
    | {SCHEMA.datePublished, SCHEMA.headline, SCHEMA.publisher}
    | {
        VK[name]
        for name in (
            "docType", "symbol", "number", "organCode", "dateIssued", "year", "level", "province", "subject",
            "term", "issuedBy", "implements", "basedOn", "mentionedIn", "mentionOf", "sourceId", "source",
            "sentence", "start", "end", "rule", "surface",
        )
    }
)  # fmt: skip
# Predicates the views ask ``subjects(predicate, object)`` of with a given object: indexed by object too.
_BY_OBJECT: frozenset[URIRef] = frozenset({RDF.type, RDF.predicate, VK.mentionOf})
# Predicates the views ask every subject (and object) of: their subjects are listed.
_BY_PREDICATE: frozenset[URIRef] = frozenset(
    {VK.docType, VK.implements, VK.issuedBy, ORG.subOrganizationOf, VK.basedOn, VK.mentionedIn}
)
_FORMATS: dict[str, ox.RdfFormat] = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
INDEXED_FORMATS = frozenset(_FORMATS)
_XSD_STRING = str(XSD.string)
_SHORT_LITERAL = 64  # literals this short repeat (rules, years, names): one object each


class IndexMiss(LookupError):
    """A view asked about a predicate the index does not keep (add it to ``VIEW_PREDICATES``)."""


class GraphFileError(StoreError):
    """The graph file cannot be read into the views' index."""


# The objects of one (subject, predicate), distinct, in the order the file gives them: most have one, kept
# bare (a dict or list for each would double the index's memory).
_Objects = Node | tuple[Node, ...]


@dataclass
class TripleIndex:
    """Distinct triples with a predicate of ``VIEW_PREDICATES``, by subject; the subjects of each predicate of
    ``_BY_PREDICATE``; and the subjects of each (predicate, object) for the predicates of ``_BY_OBJECT``."""

    by_subject: dict[Node, dict[URIRef, _Objects]] = field(default_factory=dict)
    by_predicate: dict[URIRef, dict[Node, None]] = field(default_factory=dict)
    by_object: dict[tuple[URIRef, Node], dict[Node, None]] = field(default_factory=dict)

    def add(self, subject: Node, predicate: URIRef, obj: Node) -> None:
        described = self.by_subject.get(subject)
        if described is None:
            described = self.by_subject[subject] = {}
        found = described.get(predicate)
        if found is None:
            described[predicate] = obj
        elif type(found) is tuple:
            if obj in found:
                return
            described[predicate] = (*found, obj)
        elif found == obj:
            return
        else:
            described[predicate] = (found, obj)  # type: ignore[assignment]
        if predicate in _BY_PREDICATE:
            self.by_predicate.setdefault(predicate, {})[subject] = None
        if predicate in _BY_OBJECT:
            self.by_object.setdefault((predicate, obj), {})[subject] = None

    def objects(self, subject: Node, predicate: URIRef) -> Iterator[Node]:
        _check(predicate)
        found = self.by_subject.get(subject, {}).get(predicate)
        if found is not None:
            yield from found if type(found) is tuple else (found,)

    def value(self, subject: Node, predicate: URIRef) -> Node | None:
        """The first object, as rdflib's ``Graph.value`` (the views only ask this of one-valued predicates)."""
        _check(predicate)
        found = self.by_subject.get(subject, {}).get(predicate)
        return found[0] if type(found) is tuple else found

    def subjects(self, predicate: URIRef, object: Node | None = None) -> Iterator[Node]:
        """Each subject of a triple matching ``(?, predicate, object)`` (``object=None``: any object)."""
        if object is None:
            for subject in self._subjects_of(predicate):
                yield from (subject for _ in self.objects(subject, predicate))
        elif predicate in _BY_OBJECT:
            yield from self.by_object.get((predicate, object), ())
        else:
            raise IndexMiss(f"the views' index does not find subjects by the object of {predicate}")

    def subject_objects(self, predicate: URIRef) -> Iterator[tuple[Node, Node]]:
        for subject in self._subjects_of(predicate):
            yield from ((subject, obj) for obj in self.objects(subject, predicate))

    def _subjects_of(self, predicate: URIRef) -> Iterable[Node]:
        if predicate not in _BY_PREDICATE:
            raise IndexMiss(f"the views' index does not list the subjects of {predicate}")
        return self.by_predicate.get(predicate, {})

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        subject, predicate, obj = triple
        return obj in self.objects(subject, predicate)  # type: ignore[arg-type]


def _check(predicate: Node) -> None:
    if predicate not in VIEW_PREDICATES:
        raise IndexMiss(f"the views' index does not keep {predicate}")


@dataclass(frozen=True)
class ViewIndex:
    """The union of every graph of a graph file, and its entities graph, as far as the views read them."""

    union: TripleIndex
    entities: TripleIndex
    quads: int  # quads read


def read_index(path: Path) -> ViewIndex:
    """One pass over the TriG or N-Quads file at ``path``. Raises ``GraphFileError``."""
    chosen = rdf_format(path)
    if chosen.name not in _FORMATS:
        raise GraphFileError(f"cannot index {path.name}: only TriG and N-Quads files are read in one pass")
    union, entities, terms = TripleIndex(), TripleIndex(), _Terms()
    kept = {str(p): p for p in VIEW_PREDICATES}
    entities_graph = ox.NamedNode(ENTITIES_GRAPH)
    quads = 0
    try:
        for quad in ox.parse(path=str(path), format=_FORMATS[chosen.name]):
            quads += 1
            predicate = kept.get(quad.predicate.value)
            if predicate is None:
                continue
            subject, obj = terms.term(quad.subject), terms.term(quad.object)
            union.add(subject, predicate, obj)
            if quad.graph_name == entities_graph:
                entities.add(subject, predicate, obj)
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphFileError(f"cannot read {path}: {exc}") from exc
    log.info("indexed %d quads of %s for the views", quads, path)
    return ViewIndex(union, entities, quads)


class _Terms:
    """pyoxigraph terms -> the rdflib terms rdflib's parser makes for the same text; repeated terms shared."""

    def __init__(self) -> None:
        self._iris: dict[str, URIRef] = {}  # by the IRI's text: hashing a string is cheaper than a term
        self._literals: dict[Any, Node] = {}

    def term(self, term: Any) -> Node:
        if type(term) is ox.NamedNode:
            text = term.value
            found = self._iris.get(text)
            if found is None:  # the parser has validated it: skip URIRef's own (slow) check
                found = self._iris[text] = str.__new__(URIRef, text)
            return found
        found = self._literals.get(term)
        if found is not None:
            return found
        made = self._make(term)
        if type(term) is not ox.Literal or len(term.value) <= _SHORT_LITERAL:
            self._literals[term] = made
        return made

    def _make(self, term: Any) -> Node:
        if type(term) is ox.Literal:
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == _XSD_STRING:  # rdflib's parser leaves "x" without a datatype
                return Literal(term.value)
            return Literal(term.value, datatype=self.term(term.datatype))
        if type(term) is ox.BlankNode:
            return BNode(term.value)
        raise GraphFileError(f"unsupported term in the graph file: {term!r}")


def network_from_index(index: ViewIndex) -> nx.MultiDiGraph:
    """``graph.network.to_networkx`` of the graph the index was read from."""
    return network_of(index.union, index.entities)


def property_graph_from_index(index: ViewIndex) -> PropertyGraph:
    """``graph.property.to_property_graph`` of the graph the index was read from."""
    return property_graph_of(index.union, index.entities)


@dataclass(frozen=True)
class GraphFile:
    """A graph file the build has written, handed to its sinks: each reads the views' index, made once."""

    path: Path

    @cached_property
    def index(self) -> ViewIndex:
        return read_index(self.path)
