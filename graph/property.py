"""The property-graph view of the knowledge graph: RDF → node and relationship rows, written once.

The one place the property graph is defined: the closed set of node labels and relationship types with the
properties each carries and their kinds (``NODE_KINDS``, ``REL_KINDS``), and the pure function that reads them
from the RDF (``to_property_graph``). The Cypher writer, both sinks and the CSV export derive from these.

Choices, so that both engines (LadybugDB, Neo4j 5) store and compare values alike:
- the key of every node is its IRI string, property ``iri``;
- dates are ISO ``YYYY-MM-DD`` strings: lexical order is date order in every engine, no DATE type to convert;
- ``lag_days`` on IMPLEMENTS is precomputed here: implementer date − implemented date, None if either unknown;
- evidence is stored as parallel string lists on the relationship (``articles``, ``sources``, ``sentences``,
  ``rules``): element i of each is one supporting statement; "" stands for a missing part (no null in lists);
- attribute values come from the entities graph when it has them, else the smallest value of the union of all
  graphs (deterministic), as in the networkx view.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, Protocol

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from graph.provenance import MentionSpan, PropertyEvidence, ProvenanceRecords, Statement
from graph.store import AttributeReader, TripleSource, union_graph
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
    sorted_terms,
)
from ontology.namespace import CLASS_OF_TYPE, VK, VKID

ENTITIES_GRAPH = VKID["graph/entities"]
KEY = "iri"
ValueKind = Literal["string", "int", "strings"]
Row = dict[str, Any]


@dataclass(frozen=True)
class Property:
    """One property of a node or relationship and the kind of value it holds."""

    name: str
    kind: ValueKind = "string"


@dataclass(frozen=True)
class NodeKind:
    """A node label; every node has the key property ``iri`` besides ``properties``."""

    label: str
    properties: tuple[Property, ...]


@dataclass(frozen=True)
class RelKind:
    """A relationship type between two node labels, and the RDF predicate it comes from (None: derived)."""

    type: str
    source: str
    target: str
    predicate: URIRef | None
    properties: tuple[Property, ...]


def _strings(*names: str) -> tuple[Property, ...]:
    return tuple(Property(name) for name in names)


EVIDENCE = (
    Property("articles", "strings"),
    Property("sources", "strings"),
    Property("sentences", "strings"),
    Property("rules", "strings"),
)
# Element i of each list is one vk:Mention of the document in the article, in text order.
MENTION_EVIDENCE = (Property("surfaces", "strings"), Property("rules", "strings"))
DOCUMENT = NodeKind(
    "Document",
    (
        *_strings("type", "number", "symbol", "organ", "date"),
        Property("year", "int"),
        *_strings("level", "province", "subject", "term", "label", "issuer"),
    ),
)
ORGANISATION = NodeKind("Organisation", _strings("label", "level", "province"))
ARTICLE = NodeKind("Article", _strings("source_id", "source", "province", "published", "publisher", "title"))

# The closed set: the writer accepts no label or type outside these two mappings.
NODE_KINDS: dict[str, NodeKind] = {kind.label: kind for kind in (DOCUMENT, ORGANISATION, ARTICLE)}
REL_KINDS: dict[str, RelKind] = {
    kind.type: kind
    for kind in (
        RelKind(
            "IMPLEMENTS", "Document", "Document", VK.implements, (Property("lag_days", "int"), *EVIDENCE)
        ),
        RelKind("ISSUED_BY", "Document", "Organisation", VK.issuedBy, EVIDENCE),
        RelKind("SUB_ORGANIZATION_OF", "Organisation", "Organisation", SUB_ORGANIZATION_OF, EVIDENCE),
        RelKind("MENTIONED_IN", "Document", "Article", VK.mentionedIn, MENTION_EVIDENCE),
        RelKind("BASED_ON", "Document", "Document", VK.basedOn, EVIDENCE),
    )
}
DOCUMENT_CLASSES: frozenset[URIRef] = frozenset({VK.Document, *CLASS_OF_TYPE.values()})


@dataclass(frozen=True)
class PropertyGraph:
    """Rows ready to be written: ``nodes[label]`` rows have ``iri`` and every property of the label;
    ``relationships[type]`` rows have ``src``, ``dst`` (IRIs) and every property of the type."""

    nodes: Mapping[str, tuple[Row, ...]]
    relationships: Mapping[str, tuple[Row, ...]]

    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    def relationship_count(self) -> int:
        return sum(len(rows) for rows in self.relationships.values())

    # the ``Tables`` protocol
    @property
    def node_labels(self) -> tuple[str, ...]:
        return tuple(self.nodes)

    @property
    def relationship_types(self) -> tuple[str, ...]:
        return tuple(self.relationships)

    def node_rows(self, label: str) -> Iterable[Row]:
        return self.nodes[label]

    def relationship_rows(self, rel_type: str) -> Iterable[Row]:
        return self.relationships[rel_type]


class Tables(Protocol):
    """Rows by table, for a writer that reads each table in turn: a ``PropertyGraph`` (rows kept) or
    ``PropertyTables`` (rows made while they are read)."""

    @property
    def node_labels(self) -> tuple[str, ...]: ...

    @property
    def relationship_types(self) -> tuple[str, ...]: ...

    def node_rows(self, label: str) -> Iterable[Row]: ...

    def relationship_rows(self, rel_type: str) -> Iterable[Row]: ...


def to_property_graph(ds: Dataset | Graph) -> PropertyGraph:
    """Every document, organisation and article of the RDF graph, and the typed relationships between them."""
    union = union_graph(ds) if isinstance(ds, Dataset) else ds
    entities = ds.graph(ENTITIES_GRAPH) if isinstance(ds, Dataset) else Graph()
    return property_graph_of(union, entities)


def property_graph_of(
    union: TripleSource, entities: TripleSource, provenance: ProvenanceRecords | None = None
) -> PropertyGraph:
    """The property graph from the union of all graphs and the entities graph (rdflib Graphs or any
    ``TripleSource``, e.g. ``graph.triple_index``'s index of a graph file); ``provenance`` as
    ``PropertyTables`` takes it."""
    tables = PropertyTables(union, entities, provenance)
    rels = {rel_type: tuple(tables.relationship_rows(rel_type)) for rel_type in tables.relationship_types}
    nodes = {label: tuple(tables.node_rows(label)) for label in tables.node_labels}
    return PropertyGraph(nodes=nodes, relationships=rels)


class PropertyTables:
    """The rows of ``property_graph_of``, table by table, each row made as it is read and not kept: a sink that
    writes the rows out (``graph.ladybug_copy``) never holds the whole property graph beside the triples it
    comes from (at 100 MB of articles the rows took 180 MB, more than that index). Reading a table again
    makes its rows again. Only what spans tables is kept: each relationship's sorted pairs and
    the node IRIs (their endpoints make nodes)."""

    node_labels: tuple[str, ...] = tuple(NODE_KINDS)
    relationship_types: tuple[str, ...] = tuple(REL_KINDS)

    def __init__(
        self, union: TripleSource, entities: TripleSource, provenance: ProvenanceRecords | None = None
    ) -> None:
        """``provenance``: records of evidence and mention nodes read ahead (``graph.provenance``), which
        ``union`` then leaves out."""
        self._union = union
        self._reader = _Reader(union, entities)
        self._provenance = provenance or ProvenanceRecords()
        self._edges = {kind.type: _edge_pairs(union, kind, self._provenance) for kind in REL_KINDS.values()}
        self._iris = _node_iris(union, self._edges)

    def node_rows(self, label: str) -> Iterator[Row]:
        row_of = _ROW_OF[label]
        reader = self._reader
        return (row_of(reader, iri) for iri in self._iris[label])

    def relationship_rows(self, rel_type: str) -> Iterator[Row]:
        pairs, union, provenance = self._edges[rel_type], self._union, self._provenance
        if rel_type == "MENTIONED_IN":
            return _mention_rows(union, pairs, provenance.spans)
        predicate = REL_KINDS[rel_type].predicate
        assert predicate is not None  # only MENTIONED_IN's rows are derived (from vk:Mention too)
        evidence = _Evidence(union, _evidence(union, predicate), str(predicate), provenance.rows)
        if rel_type == "IMPLEMENTS":
            return _implements_rows(pairs, self._dates(pairs), evidence)
        return _evidence_rows(pairs, evidence)

    def _dates(self, pairs: Iterable[tuple[URIRef, URIRef]]) -> dict[URIRef, str | None]:
        """The date of each end of ``pairs``: the ``date`` of its Document row (every end is a document)."""
        ends = {iri for pair in pairs for iri in pair}
        return {iri: self._reader.text(iri, VK.dateIssued) for iri in ends}


def _edge_pairs(
    union: TripleSource, kind: RelKind, provenance: ProvenanceRecords
) -> list[tuple[URIRef, URIRef]]:
    pairs = {(s, o) for s, o in union.subject_objects(kind.predicate) if _is_iri(s) and _is_iri(o)}
    if kind.type == "MENTIONED_IN":  # a vk:Mention also says which article names which document
        for mention in union.subjects(TYPE, VK.Mention):
            doc, article = union.value(mention, VK.mentionOf), union.value(mention, DERIVED_FROM)
            if _is_iri(doc) and _is_iri(article):
                pairs.add((doc, article))
        pairs.update((URIRef(doc), URIRef(article)) for doc, article in provenance.spans)
    return sorted_terms(pairs)


def _node_iris(
    union: TripleSource, edges: Mapping[str, list[tuple[URIRef, URIRef]]]
) -> dict[str, list[URIRef]]:
    """Typed nodes, plus relationship endpoints nothing else describes (so that no edge is dropped)."""
    found: dict[str, set[URIRef]] = {
        "Document": {s for cls in DOCUMENT_CLASSES for s in union.subjects(TYPE, cls)}
        | set(union.subjects(VK.docType, None)),
        "Organisation": set(union.subjects(TYPE, VK.Organisation)),
        "Article": set(union.subjects(TYPE, VK.Article)),
    }
    for rel_type, pairs in edges.items():
        kind = REL_KINDS[rel_type]
        for source, target in pairs:
            found[kind.source].add(source)
            found[kind.target].add(target)
    return {label: sorted_terms(iri for iri in iris if _is_iri(iri)) for label, iris in found.items()}


class _Reader(AttributeReader):
    """The shared attribute reader, plus the conversions property values need."""

    def integer(self, subject: Node, predicate: URIRef) -> int | None:
        """An integer both engines store (64-bit); None when missing or not one."""
        found = self.value(subject, predicate)
        try:
            number = None if found is None else int(str(found))
        except ValueError:
            return None
        return number if number is not None and -(2**63) <= number < 2**63 else None

    def local_name(self, subject: Node, predicate: URIRef) -> str | None:
        found = self.value(subject, predicate)
        return None if found is None else local_name(found)


def _document_row(reader: _Reader, iri: URIRef) -> Row:
    symbol = reader.text(iri, VK.symbol)
    issuer = reader.value(iri, VK.issuedBy)
    return {
        KEY: str(iri),
        "type": reader.text(iri, VK.docType) or _type_from_class(reader, iri),
        "number": reader.text(iri, VK.number),
        "symbol": symbol,
        "organ": reader.text(iri, VK.organCode),
        "date": reader.text(iri, VK.dateIssued),
        "year": reader.integer(iri, VK.year),
        "level": reader.local_name(iri, VK.level),
        "province": reader.text(iri, VK.province),
        "subject": reader.text(iri, VK.subject),
        "term": reader.text(iri, VK.term),
        "label": reader.text(iri, LABEL) or symbol or local_name(iri),
        "issuer": None if issuer is None else (reader.text(issuer, LABEL) or local_name(issuer)),
    }


def _type_from_class(reader: _Reader, iri: URIRef) -> str:
    classes = set(reader.union.objects(iri, TYPE))
    return next((name for name, cls in CLASS_OF_TYPE.items() if cls in classes), "other")


def _organisation_row(reader: _Reader, iri: URIRef) -> Row:
    return {
        KEY: str(iri),
        "label": reader.text(iri, LABEL) or local_name(iri),
        "level": reader.local_name(iri, VK.level),
        "province": reader.text(iri, VK.province),
    }


def _article_row(reader: _Reader, iri: URIRef) -> Row:
    return {
        KEY: str(iri),
        "source_id": reader.text(iri, VK.sourceId),
        "source": reader.text(iri, VK.source),
        "province": reader.text(iri, VK.province),
        "published": reader.text(iri, DATE_PUBLISHED),
        "publisher": reader.text(iri, PUBLISHER),
        "title": reader.text(iri, HEADLINE),
    }


_ROW_OF: dict[str, Callable[[_Reader, URIRef], Row]] = {
    "Document": _document_row,
    "Organisation": _organisation_row,
    "Article": _article_row,
}
EvidenceLists = dict[str, list[str]]


def _evidence(union: TripleSource, predicate: URIRef) -> dict[tuple[Node, Node], list[Node]]:
    """The vk:Evidence nodes of each statement with ``predicate``. Their text is read row by row
    (``_evidence_lists``): read for every statement first, it was 50 MB at 100 MB of articles."""
    nodes: dict[tuple[Node, Node], list[Node]] = defaultdict(list)
    for node in union.subjects(RDF_PREDICATE, predicate):
        subject, obj = union.value(node, RDF_SUBJECT), union.value(node, RDF_OBJECT)
        if subject is None or obj is None or (node, TYPE, VK.Evidence) not in union:
            continue
        nodes[(subject, obj)].append(node)
    return nodes


@dataclass(frozen=True)
class _Evidence:
    """The evidence of the statements of one predicate: nodes of the union, and records read ahead."""

    union: TripleSource
    nodes: Mapping[tuple[Node, Node], list[Node]]
    predicate: str
    read_ahead: Mapping[Statement, list[PropertyEvidence]]

    def lists(self, subject: URIRef, obj: URIRef) -> EvidenceLists:
        """The evidence of one statement: parallel lists ordered by (article, start, rule)."""
        records = [
            record
            for node in self.nodes.get((subject, obj), ())
            for record in evidence_rows_of(self.union, node)
        ]
        records += self.read_ahead.get((str(subject), self.predicate, str(obj)), ())
        return _as_lists(sorted(set(records)))


def evidence_rows_of(union: TripleSource, node: Node) -> list[PropertyEvidence]:
    """The records of one evidence node, one per origin, as the rows' lists take them."""
    start = union.value(node, VK.start)
    sentence, rule = _text(union.value(node, VK.sentence)), _text(union.value(node, VK.rule))
    records = []
    for origin in sorted(union.objects(node, DERIVED_FROM)) or [None]:
        article, source = _origin(union, origin)
        records.append((article, _int_or(start, -1), rule, source, sentence))
    return records


def _origin(union: TripleSource, origin: Node | None) -> tuple[str, str]:
    """(article IRI, source): an article's own source, or the catalogue's citation (no article)."""
    if origin is None:
        return "", ""
    if (origin, TYPE, VK.Article) in union or union.value(origin, VK.sourceId) is not None:
        return str(origin), _text(union.value(origin, VK.source))
    return "", str(origin)


def _as_lists(found: Iterable[tuple[str, int, str, str, str]]) -> EvidenceLists:
    lists: EvidenceLists = {"articles": [], "sources": [], "sentences": [], "rules": []}
    for article, _start, rule, source, sentence in found:
        lists["articles"].append(article)
        lists["sources"].append(source)
        lists["sentences"].append(sentence)
        lists["rules"].append(rule)
    return lists


def _evidence_rows(pairs: Iterable[tuple[URIRef, URIRef]], evidence: _Evidence) -> Iterator[Row]:
    for s, o in pairs:
        yield {"src": str(s), "dst": str(o), **evidence.lists(s, o)}


def _implements_rows(
    pairs: Iterable[tuple[URIRef, URIRef]], dates: Mapping[URIRef, str | None], evidence: _Evidence
) -> Iterator[Row]:
    for (s, o), row in zip(pairs, _evidence_rows(pairs, evidence), strict=True):
        yield {**row, "lag_days": lag_in_days(dates[s], dates[o])}


def _mention_rows(
    union: TripleSource,
    pairs: Iterable[tuple[URIRef, URIRef]],
    read_ahead: Mapping[tuple[str, str], list[MentionSpan]],
) -> Iterator[Row]:
    found: dict[tuple[Node, Node], list[Node]] = defaultdict(list)  # their text is read row by row
    for mention in union.subjects(TYPE, VK.Mention):
        found[(union.value(mention, VK.mentionOf), union.value(mention, DERIVED_FROM))].append(mention)
    for s, o in pairs:
        spans = [mention_span(union, mention) for mention in found.get((s, o), ())]
        spans = sorted(spans + read_ahead.get((str(s), str(o)), []))
        surfaces, rules = [x[1] for x in spans], [x[2] for x in spans]
        yield {"src": str(s), "dst": str(o), "surfaces": surfaces, "rules": rules}


def mention_span(union: TripleSource, mention: Node) -> MentionSpan:
    """A mention node's (start, surface, rule), as the MENTIONED_IN rows take them."""
    start = _int_or(union.value(mention, VK.start), -1)
    return (start, _text(union.value(mention, VK.surface)), _text(union.value(mention, VK.rule)))


def lag_in_days(later: str | None, earlier: str | None) -> int | None:
    """``later - earlier`` in days for two ISO dates; None when either is missing or not a full date."""
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def local_name(iri: Node | str) -> str:
    """vk:central -> "central"; vkid:org/tw/bo-chinh-tri -> "bo-chinh-tri"."""
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def _is_iri(node: Node | None) -> bool:
    return isinstance(node, URIRef)


def _text(node: Node | None) -> str:
    return "" if node is None else str(node)


def _int_or(node: Node | None, default: int) -> int:
    try:
        return default if node is None else int(str(node))
    except ValueError:
        return default
