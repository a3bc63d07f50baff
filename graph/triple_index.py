"""The views of a graph file from one streaming pass over it: the build's sinks read this, not an rdflib store.

``read_index`` parses a TriG or N-Quads file with ``pyoxigraph.parse`` (streaming, in Rust) and keeps, of
every quad, only the statements the views ask about (``VIEW_PREDICATES``), in two ``TripleIndex``es: the union
of all graphs (a triple held by several graphs once, as rdflib's union) and the entities graph. The index
answers the few lookups ``graph.network.network_of`` and ``graph.property.property_graph_of`` make (the
``graph.store.TripleSource`` protocol) from dicts: the views are computed by the very code that computes them
from an rdflib Dataset, so they are the same (tests/test_triple_index.py), in time linear in the quads and
with memory the size of the kept statements, not of an rdflib Dataset (about 2 KB a quad).

A graph file the build wrote in parts comes with the index of each part, made by the workers that wrote
them and kept in the build cache (``graph.index_share``): ``GraphFile.index`` merges those (``CompactIndex.merge``)
into the same index instead of reading the file. The sinks read it in its compact form (``CompactIndex``: the
same answers in less memory; they hold it while they build their views, the peak of the build's last stage).

Terms are the ones rdflib's parser makes for the same text (``"x"`` stays a plain literal, not
``"x"^^xsd:string``; literals go through rdflib's ``Literal``, so their normalisation and order are rdflib's).
Asking the index about a predicate it does not keep raises ``IndexMiss``: a view that starts reading another
predicate must add it to ``VIEW_PREDICATES``, it cannot silently read nothing.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from graph.network import RELATIONS, evidence_records, network_of
from graph.property import (
    PropertyGraph,
    PropertyTables,
    evidence_rows_of,
    mention_span,
    property_graph_of,
)
from graph.provenance import MentionSpan, PropertyEvidence, ProvenanceRecords, Statement
from graph.store import StoreError, rdf_format
from graph.terms import (
    DATE_PUBLISHED,
    DERIVED_FROM,
    HEADLINE,
    LABEL,
    PUBLISHER,
    RDF_OBJECT,
    RDF_PREDICATE,
    RDF_SUBJECT,
    SUB_ORGANIZATION_OF,
    TYPE,
)
from ontology.namespace import VK, VKID

log = logging.getLogger(__name__)

ENTITIES_GRAPH = str(VKID["graph/entities"])
# Every predicate graph.network and graph.property look up (their rdf:type lookups included).
VIEW_PREDICATES: frozenset[URIRef] = frozenset(
    {TYPE, RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT, LABEL, DERIVED_FROM, SUB_ORGANIZATION_OF}
    | {DATE_PUBLISHED, HEADLINE, PUBLISHER}
    | {
        getattr(VK, name)  # the very objects the views ask with (``VK[name]`` makes others): lookups by identity
        for name in (
            "docType", "symbol", "number", "organCode", "dateIssued", "year", "level", "province", "subject",
            "term", "issuedBy", "implements", "basedOn", "mentionedIn", "mentionOf", "sourceId", "source",
            "sentence", "start", "end", "rule", "surface",
        )
    }
)  # fmt: skip
# Predicates the views ask ``subjects(predicate, object)`` of with a given object: indexed by object too.
_BY_OBJECT: frozenset[URIRef] = frozenset({TYPE, RDF_PREDICATE, VK.mentionOf})
# Predicates the views ask every subject (and object) of: their subjects are listed.
_BY_PREDICATE: frozenset[URIRef] = frozenset(
    {VK.docType, VK.implements, VK.issuedBy, SUB_ORGANIZATION_OF, VK.basedOn, VK.mentionedIn}
)
_FORMATS: dict[str, ox.RdfFormat] = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
INDEXED_FORMATS = frozenset(_FORMATS)
_XSD_STRING = str(XSD.string)
SHORT_LITERAL = 64  # literals this short repeat (rules, years, names): one object each


class IndexMiss(LookupError):
    """A view asked about a predicate the index does not keep (add it to ``VIEW_PREDICATES``)."""


class GraphFileError(StoreError):
    """The graph file cannot be read into the views' index."""


# The objects of one (subject, predicate), distinct, in the order the file gives them: most have one, kept
# bare (a container for each would double the index's memory); several are the keys of a dict (a popular
# document is vk:mentionedIn thousands of articles: a tuple made adding them quadratic).
_Objects = Node | dict[Node, None]
_NOTHING: dict[URIRef, _Objects] = {}  # what a subject without statements has (never written to)


class _Lookups:
    """What both indexes answer the same way, from ``objects``, ``by_predicate`` and ``by_object``."""

    __slots__ = ()
    by_predicate: Any
    by_object: Any

    def objects(self, subject: Node, predicate: URIRef) -> Iterator[Node]:
        raise NotImplementedError

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
        return self.by_predicate.get(predicate, ())


@dataclass
class TripleIndex(_Lookups):
    """Distinct triples with a predicate of ``VIEW_PREDICATES``, by subject; the subjects of each predicate of
    ``_BY_PREDICATE``; and the subjects of each (predicate, object) for the predicates of ``_BY_OBJECT``."""

    by_subject: dict[Node, dict[URIRef, _Objects]] = field(default_factory=dict)
    by_predicate: dict[URIRef, dict[Node, None]] = field(default_factory=dict)
    by_object: dict[tuple[URIRef, Node], dict[Node, None]] = field(default_factory=dict)

    def add(self, subject: Node, predicate: URIRef, obj: Node) -> None:
        if not self._put(subject, predicate, obj):
            return
        if predicate in _BY_PREDICATE:
            self.by_predicate.setdefault(predicate, {})[subject] = None
        if predicate in _BY_OBJECT:
            self.by_object.setdefault((predicate, obj), {})[subject] = None

    def _put(self, subject: Node, predicate: URIRef, obj: Node) -> bool:
        """Record the triple in ``by_subject``; False if it was there already."""
        described = self.by_subject.get(subject)
        if described is None:
            described = self.by_subject[subject] = {}
        return _put(described, predicate, obj)

    def merge(self, later: TripleIndex) -> None:
        """Add the triples of ``later`` (read after this index's): the same index, insertion orders included,
        as adding them one by one. ``later``'s dicts are taken over, not copied: do not use it afterwards."""
        by_subject = self.by_subject
        for subject, described in later.by_subject.items():
            if subject not in by_subject:  # most subjects (evidence, mentions) are in one part only
                by_subject[subject] = described
                continue
            _put_all(by_subject[subject], described)
        _merge_lists(self, later)

    def compacted(self) -> CompactIndex:
        """The same triples, read-only, in less memory (``CompactIndex``). This index is emptied as they are
        moved: do not use it afterwards."""
        compact = CompactIndex()
        compact.merge(self)
        compact.seal()
        return compact

    def objects(self, subject: Node, predicate: URIRef) -> Iterator[Node]:
        # an iterator, not a generator: the views call this and ``value`` hundreds of thousands of times
        if predicate not in VIEW_PREDICATES:
            _check(predicate)
        found = self.by_subject.get(subject, _NOTHING).get(predicate)
        if found is None:
            return iter(())
        return iter(found) if type(found) is dict else iter((found,))

    def value(self, subject: Node, predicate: URIRef) -> Node | None:
        """The first object, as rdflib's ``Graph.value`` (the views only ask this of one-valued predicates)."""
        if predicate not in VIEW_PREDICATES:
            _check(predicate)
        found = self.by_subject.get(subject, _NOTHING).get(predicate)
        return next(iter(found)) if type(found) is dict else found

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        subject, predicate, obj = triple
        _check(predicate)
        found = self.by_subject.get(subject, {}).get(predicate)  # type: ignore[call-overload]
        return found is not None and (obj in found if type(found) is dict else found == obj)


def _put(described: dict[URIRef, _Objects], predicate: URIRef, obj: Node) -> bool:
    """Record (subject, ``predicate``, ``obj``) in the subject's ``described``; False if it was there already."""
    found = described.get(predicate)
    if found is None:
        described[predicate] = obj
    elif type(found) is dict:
        if obj in found:
            return False
        found[obj] = None
    elif found == obj:
        return False
    else:
        described[predicate] = {found: None, obj: None}
    return True


def _put_all(described: dict[URIRef, _Objects], later: dict[URIRef, _Objects]) -> None:
    """The statements of a subject a later part describes too, added in that part's order."""
    for predicate, objects in later.items():
        for obj in objects if type(objects) is dict else (objects,):
            _put(described, predicate, obj)


def _merge_lists(index: TripleIndex | CompactIndex, later: TripleIndex | CompactIndex) -> None:
    """``later``'s lists of subjects added to ``index``'s, taken over. A subject gets its place in these at its
    first triple not seen before: in ``later``'s order, unless an earlier triple had already placed it."""
    for predicate, subjects in later.by_predicate.items():
        _extend(index.by_predicate, predicate, subjects)
    for pair, subjects in later.by_object.items():
        _extend(index.by_object, pair, subjects)


def _extend(into: dict[Any, dict[Node, None]], key: Any, subjects: dict[Node, None]) -> None:
    """``into[key]`` gains ``subjects`` after its own (those it has keep their place), as ``add`` does."""
    known = into.get(key)
    if known is None:
        into[key] = subjects
    else:
        known.update(subjects)


def _check(predicate: Node) -> None:
    if predicate not in VIEW_PREDICATES:
        raise IndexMiss(f"the views' index does not keep {predicate}")


# A subject's statements in a ``CompactIndex``: (shape, objects of its first predicate, of its second, ...).
# The shape, shared by every subject described by the same predicates in the same order (a dozen shapes for
# hundreds of thousands of subjects), maps each predicate to its position in the row. A row of nine objects is
# 120 bytes where a dict of nine was 352. Several objects are a tuple, in the order of the dict they were.
_Row = tuple[Any, ...]


class Shape(dict[URIRef, int]):
    """The predicates of a row -> their positions in it. One object per predicate sequence (``shape_of``),
    also when unpickled (``graph.index_share``), so rows from different parts share their shapes."""

    def predicates(self) -> tuple[URIRef, ...]:
        return tuple(self)


_SHAPES: dict[tuple[URIRef, ...], Shape] = {}  # every shape made: a few dozen at most
_CANONICAL: dict[URIRef, URIRef] = {predicate: predicate for predicate in VIEW_PREDICATES}


def shape_of(predicates: tuple[URIRef, ...]) -> Shape:
    """The shape of rows with ``predicates`` in that order, keyed by the objects of ``VIEW_PREDICATES`` (a
    lookup with the views' own predicate objects then finds its key by identity)."""
    found = _SHAPES.get(predicates)
    if found is None:
        canonical = tuple(_CANONICAL.get(predicate, predicate) for predicate in predicates)
        found = _SHAPES[predicates] = Shape((predicate, at) for at, predicate in enumerate(canonical, 1))
    return found


_NO_ROW: _Row = (Shape(),)
_MOVED: Any = None  # what a part's subject is left with once its statements are in a ``CompactIndex``


class CompactIndex(_Lookups):
    """A ``TripleIndex`` for the views to read: the same answers to the same lookups, every order kept, in
    less memory (at 100 MB of articles 138 MB instead of 245 MB; the sinks hold it while they build their
    views, and the merge that makes it peaked at 290 MB). Each subject is described by a row of a shared shape
    instead of a dict, and, once ``seal``ed, the lists of subjects (only iterated) are tuples, not dicts.

    Made by merging indexes in file order (``merge``, as ``TripleIndex.merge``: the same index results):
    compact ones (the shares of an index written in parts are, ``graph.index_share``) or ``TripleIndex``es,
    whose statements are compacted as they come, so the whole index is never held as dicts."""

    __slots__ = ("by_object", "by_predicate", "rows", "sealed")

    def __init__(
        self,
        rows: dict[Node, _Row] | None = None,
        by_predicate: dict[URIRef, dict[Node, None]] | None = None,
        by_object: dict[tuple[URIRef, Node], dict[Node, None]] | None = None,
    ) -> None:
        self.rows: dict[Node, _Row] = {} if rows is None else rows
        # dicts of subjects (they merge as ``TripleIndex``'s), tuples once sealed
        self.by_predicate: dict[URIRef, Any] = {} if by_predicate is None else by_predicate
        self.by_object: dict[tuple[URIRef, Node], Any] = {} if by_object is None else by_object
        self.sealed = False

    def merge(self, later: TripleIndex | CompactIndex, seen_again: list[Node] | None = None) -> None:
        """Add the triples of ``later`` (read after this index's), as ``TripleIndex.merge``. ``later`` is
        emptied as they are moved (a dict of ``TripleIndex`` is dropped once compacted). ``seen_again``
        gains the subjects of a compact ``later`` this index described already."""
        if self.sealed or (isinstance(later, CompactIndex) and later.sealed):
            raise ValueError("a sealed index takes no more triples and gives none")
        with paused_gc():
            if isinstance(later, CompactIndex):
                self._merge_rows(later.rows, [] if seen_again is None else seen_again)
            else:
                self._merge_dicts(later.by_subject)
            _merge_lists(self, later)
        later.by_predicate, later.by_object = {}, {}

    def _merge_rows(self, later: dict[Node, _Row], seen_again: list[Node]) -> None:
        rows = self.rows
        for subject, row in later.items():
            found = rows.get(subject)
            if (
                found is None
            ):  # most subjects (articles, relations' ends) are in one part only: the row as it is
                rows[subject] = row
                continue
            seen_again.append(subject)
            described = _expanded(found)  # a subject of several parts (a document mentioned in several)
            _put_all(described, _expanded(row))
            rows[subject] = _row(described)
        later.clear()

    def _merge_dicts(self, later: dict[Node, dict[URIRef, _Objects]]) -> None:
        rows = self.rows
        for subject, described in later.items():  # values replaced in place: no resizing
            found = rows.get(subject)
            if found is not None:
                described = _expanded(found)
                _put_all(described, later[subject])
            rows[subject] = _row(described)
            later[subject] = _MOVED
        later.clear()

    def seal(self) -> None:
        """No more merges: the lists of subjects become tuples (a fifth of a dict's memory)."""
        with paused_gc():
            _as_tuples(self.by_predicate)
            _as_tuples(self.by_object)
        self.sealed = True

    def expanded(self) -> TripleIndex:
        """A ``TripleIndex`` of the same triples in the same orders (to compare indexes)."""
        return TripleIndex(
            {subject: _expanded(row) for subject, row in self.rows.items()},
            {key: dict.fromkeys(subjects) for key, subjects in self.by_predicate.items()},
            {key: dict.fromkeys(subjects) for key, subjects in self.by_object.items()},
        )

    def objects(self, subject: Node, predicate: URIRef) -> Iterator[Node]:
        if predicate not in VIEW_PREDICATES:
            _check(predicate)
        row = self.rows.get(subject, _NO_ROW)
        at = row[0].get(predicate)
        if at is None:
            return iter(())
        found = row[at]
        return iter(found) if type(found) is tuple else iter((found,))

    def value(self, subject: Node, predicate: URIRef) -> Node | None:
        """The first object, as rdflib's ``Graph.value`` (the views only ask this of one-valued predicates)."""
        if predicate not in VIEW_PREDICATES:
            _check(predicate)
        row = self.rows.get(subject, _NO_ROW)
        at = row[0].get(predicate)
        if at is None:
            return None
        found = row[at]
        return found[0] if type(found) is tuple else found

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        subject, predicate, obj = triple
        _check(predicate)
        row = self.rows.get(subject, _NO_ROW)
        at = row[0].get(predicate)
        if at is None:
            return False
        found = row[at]
        return obj in found if type(found) is tuple else bool(found == obj)


def compact_rows(by_subject: dict[Node, dict[URIRef, _Objects]]) -> dict[Node, _Row]:
    """Each subject's statements as the row a ``CompactIndex`` keeps (``by_subject`` is left as it is)."""
    return {subject: _row(described) for subject, described in by_subject.items()}


def _row(described: dict[URIRef, _Objects]) -> _Row:
    objects: tuple[Any, ...] = tuple(described.values())
    if dict in map(type, objects):  # a predicate with several objects (seldom): their dict as a tuple
        objects = tuple(map(_frozen, objects))
    return (shape_of(tuple(described)), *objects)


def _frozen(found: _Objects) -> Node | tuple[Node, ...]:
    return tuple(found) if type(found) is dict else found  # type: ignore[return-value]


def _as_tuples(lists: dict[Any, Any]) -> None:
    for key, subjects in lists.items():  # values replaced in place: no resizing
        lists[key] = tuple(subjects)


def _expanded(row: _Row) -> dict[URIRef, _Objects]:
    """A row back as the dict ``TripleIndex`` keeps."""
    return {
        predicate: dict.fromkeys(found) if type(found) is tuple else found
        for predicate, found in zip(row[0], row[1:], strict=True)
    }


@dataclass(frozen=True)
class ViewIndex:
    """The union of every graph of a graph file, and its entities graph, as far as the views read them.
    ``provenance``: evidence and mention nodes read ahead into records (``with_provenance``), which the union
    then leaves out; None: the union holds them all."""

    union: TripleIndex | CompactIndex
    entities: TripleIndex | CompactIndex
    quads: int  # quads read
    provenance: ProvenanceRecords | None = None

    def compacted(self) -> ViewIndex:
        """The same index, compact (``CompactIndex``); this one's ``TripleIndex``es are emptied."""
        if isinstance(self.union, CompactIndex) and isinstance(self.entities, CompactIndex):
            return self
        return ViewIndex(_compact(self.union), _compact(self.entities), self.quads, self.provenance)


def _compact(index: TripleIndex | CompactIndex) -> CompactIndex:
    return index if isinstance(index, CompactIndex) else index.compacted()


def read_index(path: Path) -> ViewIndex:
    """One pass over the TriG or N-Quads file at ``path``. Raises ``GraphFileError``."""
    chosen = rdf_format(path)
    if chosen.name not in _FORMATS:
        raise GraphFileError(f"cannot index {path.name}: only TriG and N-Quads files are read in one pass")
    try:
        index = index_quads(ox.parse(path=str(path), format=_FORMATS[chosen.name]), _Terms())
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphFileError(f"cannot read {path}: {exc}") from exc
    log.info("indexed %d quads of %s for the views", index.quads, path)
    return index


def index_text(text: bytes, fmt: str) -> ViewIndex:
    """The views' index of a TriG (with its ``@prefix`` lines) or N-Quads text: one part of a graph file
    written in parts (``graph.index_share``). Blank nodes are refused: their labels are scoped to the whole
    file, so a part parsed alone would not share them. Raises ``GraphFileError``."""
    if fmt not in _FORMATS:
        raise GraphFileError(f"cannot index the format {fmt!r}: only TriG and N-Quads")
    try:
        return index_quads(ox.parse(input=text, format=_FORMATS[fmt]), _Terms(blank_nodes=False))
    except (SyntaxError, ValueError) as exc:
        raise GraphFileError(f"cannot read the part: {exc}") from exc


def index_quads(quads: Iterable[ox.Quad], terms: _Terms) -> ViewIndex:
    """The views' index of ``quads`` (pyoxigraph's, in file order), their terms made by ``terms``."""
    union, entities = TripleIndex(), TripleIndex()
    kept = {str(p): p for p in VIEW_PREDICATES}
    entities_graph = ox.NamedNode(ENTITIES_GRAPH)
    count = 0
    with paused_gc():
        for quad in quads:
            count += 1
            predicate = kept.get(quad.predicate.value)
            if predicate is None:
                continue
            subject, obj = terms.term(quad.subject), terms.term(quad.object)
            union.add(subject, predicate, obj)
            if quad.graph_name == entities_graph:
                entities.add(subject, predicate, obj)
    return ViewIndex(union, entities, count)


@contextmanager
def paused_gc() -> Iterator[None]:
    """No collection while millions of acyclic objects (terms, tuples, dicts) are made: it would be wasted."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class _Terms:
    """pyoxigraph terms -> the rdflib terms rdflib's parser makes for the same text; repeated terms shared.
    ``blank_nodes=False``: refuse them (a part of a file parsed alone would not share the file's labels)."""

    def __init__(self, blank_nodes: bool = True) -> None:
        self.blank_nodes = blank_nodes
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
        if type(term) is not ox.Literal or len(term.value) <= SHORT_LITERAL:
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
        if type(term) is ox.BlankNode and self.blank_nodes:
            return BNode(term.value)
        raise GraphFileError(f"unsupported term in the graph file: {term!r}")


def network_from_index(index: ViewIndex) -> nx.MultiDiGraph:
    """``graph.network.to_networkx`` of the graph the index was read from."""
    return network_of(index.union, index.entities, index.provenance)


def property_graph_from_index(index: ViewIndex) -> PropertyGraph:
    """``graph.property.to_property_graph`` of the graph the index was read from."""
    return property_graph_of(index.union, index.entities, index.provenance)


def property_tables_from_index(index: ViewIndex) -> PropertyTables:
    """The rows of ``property_graph_from_index``, made table by table as they are read."""
    return PropertyTables(index.union, index.entities, index.provenance)


# --- evidence and mention nodes read ahead ----------------------------------------------------------------------

# What an evidence or a mention node the workers read ahead may be described by: nothing a view reads otherwise.
_EVIDENCE_DESCRIBED_BY = frozenset(
    {TYPE, RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT, DERIVED_FROM, VK.rule, VK.start, VK.end, VK.sentence}
)
_MENTION_DESCRIBED_BY = frozenset({TYPE, VK.mentionOf, DERIVED_FROM, VK.start, VK.end, VK.surface, VK.rule})
_RELATIONS: frozenset[URIRef] = frozenset(RELATIONS.values())  # the only statements whose evidence views show


def with_provenance(index: ViewIndex) -> ViewIndex:
    """``index`` (a part's, as ``index_text`` makes it) with the evidence and mention nodes it describes whole
    moved out of its union into ``ProvenanceRecords``, made by the views' own functions (``graph.provenance``).

    A node is read ahead when nothing outside this index can change what the views make of it: typed only
    vk:Evidence (or vk:Mention), described only by the predicates its records read, each once (but its
    origins), not in the entities graph, its statement's ends IRIs, and each origin an article this index
    describes. The evidence of statements no view shows (attribute values: the views show the evidence of
    relations) is dropped with its node. The others stay in the union, for the views to read there."""
    union, entities = index.union, index.entities
    if (
        not isinstance(union, TripleIndex)
        or not isinstance(entities, TripleIndex)
        or index.provenance is not None
    ):
        raise ValueError("provenance is read ahead once, from a part's own index")
    typed = union.by_object.get
    evidence = [n for n in typed((TYPE, VK.Evidence), ()) if _evidence_whole(union, entities, n)]
    unshown = [n for n in typed((TYPE, VK.Evidence), ()) if _evidence_unshown(union, entities, n)]
    mentions = [n for n in typed((TYPE, VK.Mention), ()) if _mention_whole(union, entities, n)]
    shared: dict[Any, Any] = {}  # one object per distinct text: records pickle once per string
    network: dict[Statement, list[dict[str, Any]]] = {}
    rows: dict[Statement, list[PropertyEvidence]] = {}
    origins: set[str] = set()
    for (s, p, o), records in evidence_records(union, evidence):
        key = _shared_all(shared, (str(s), str(p), str(o)))
        network.setdefault(key, []).extend({k: _shared(shared, v) for k, v in r.items()} for r in records)
    for node in evidence:
        key = _shared_all(
            shared, tuple(str(union.value(node, x)) for x in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT))
        )
        rows.setdefault(key, []).extend(_shared_all(shared, r) for r in evidence_rows_of(union, node))
        origins.update(str(o) for o in union.objects(node, DERIVED_FROM))
    counts: dict[str, int] = {}
    spans: dict[tuple[str, str], list[MentionSpan]] = {}
    for node in mentions:
        document, article = str(union.value(node, VK.mentionOf)), str(union.value(node, DERIVED_FROM))
        counts[document] = counts.get(document, 0) + 1
        spans.setdefault(_shared_all(shared, (document, article)), []).append(
            _shared_all(shared, mention_span(union, node))
        )
    _forget(union, [*evidence, *unshown, *mentions])
    records = ProvenanceRecords(network, rows, counts, spans, frozenset(origins))
    return ViewIndex(union, entities, index.quads, records)


def _evidence_unshown(union: TripleIndex, entities: TripleIndex, node: Node) -> bool:
    """Evidence of a statement no view shows (an attribute's value)."""
    described = union.by_subject.get(node, _NOTHING)
    return _evidence_alone(described, entities, node) and described.get(RDF_PREDICATE) not in _RELATIONS


def _evidence_whole(union: TripleIndex, entities: TripleIndex, node: Node) -> bool:
    """Evidence of a relation, between IRIs, citing articles this index describes."""
    described = union.by_subject.get(node, _NOTHING)
    if not _evidence_alone(described, entities, node) or described.get(RDF_PREDICATE) not in _RELATIONS:
        return False
    if not all(type(described.get(p)) is URIRef for p in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT)):
        return False
    origins = described.get(DERIVED_FROM)
    return origins is not None and all(
        type(origin) is URIRef
        and ((origin, TYPE, VK.Article) in union or union.value(origin, VK.sourceId) is not None)
        for origin in (origins if type(origins) is dict else (origins,))
    )


def _evidence_alone(described: dict[URIRef, _Objects], entities: TripleIndex, node: Node) -> bool:
    return (
        _described_once(described, _EVIDENCE_DESCRIBED_BY, entities, node) and described[TYPE] == VK.Evidence
    )


def _mention_whole(union: TripleIndex, entities: TripleIndex, node: Node) -> bool:
    described = union.by_subject.get(node, _NOTHING)
    return (
        _described_once(described, _MENTION_DESCRIBED_BY, entities, node)
        and described[TYPE] == VK.Mention
        and type(described.get(VK.mentionOf)) is URIRef
        and type(described.get(DERIVED_FROM)) is URIRef
    )


def _described_once(
    described: dict[URIRef, _Objects], allowed: frozenset[URIRef], entities: TripleIndex, node: Node
) -> bool:
    """Only by ``allowed`` predicates, one object each but origins; not in the entities graph."""
    return (
        type(node) is URIRef
        and node not in entities.by_subject
        and described.keys() <= allowed
        and all(type(found) is not dict for p, found in described.items() if p != DERIVED_FROM)
    )


def _forget(union: TripleIndex, nodes: list[Node]) -> None:
    """The nodes read ahead out of the union, and out of its lists of subjects by object."""
    for node in nodes:
        described = union.by_subject.pop(node)
        for predicate in _BY_OBJECT & described.keys():
            found = described[predicate]
            for obj in found if type(found) is dict else (found,):
                key = (predicate, obj)
                subjects = union.by_object[key]
                del subjects[node]
                if not subjects:
                    del union.by_object[key]


def _shared(shared: dict[Any, Any], value: Any) -> Any:
    return shared.setdefault(value, value) if type(value) is str else value


def _shared_all(shared: dict[Any, Any], values: tuple[Any, ...]) -> Any:
    return tuple(_shared(shared, value) for value in values)


@dataclass(frozen=True)
class GraphFile:
    """A graph file the build has written, handed to its sinks: each reads the views' index, made once.
    ``shares``: the index of each part the file was written in, in order (``graph.index_share``): merged
    instead of reading the file; if one cannot be read, the file is read."""

    path: Path
    shares: tuple[Path, ...] = ()

    @cached_property
    def index(self) -> ViewIndex:
        """Compact (``CompactIndex``): it is held while each sink builds its view, the sinks' peak."""
        return self._read().compacted()

    def _read(self) -> ViewIndex:
        if self.shares:
            from graph.index_share import ShareError, merge_shares  # it builds on this module

            try:
                return merge_shares(self.shares)
            except ShareError as exc:
                log.warning("reading %s for the views: %s", self.path, exc)
        return read_index(self.path)
