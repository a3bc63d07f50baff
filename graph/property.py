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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from graph.store import AttributeReader, TripleSource, union_graph
from ontology.namespace import CLASS_OF_TYPE, ORG, VK, VKID
from ontology.namespace import SCHEMA as SCHEMA_ORG

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
        RelKind("SUB_ORGANIZATION_OF", "Organisation", "Organisation", ORG.subOrganizationOf, EVIDENCE),
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


def to_property_graph(ds: Dataset | Graph) -> PropertyGraph:
    """Every document, organisation and article of the RDF graph, and the typed relationships between them."""
    union = union_graph(ds) if isinstance(ds, Dataset) else ds
    entities = ds.graph(ENTITIES_GRAPH) if isinstance(ds, Dataset) else Graph()
    return property_graph_of(union, entities)


def property_graph_of(union: TripleSource, entities: TripleSource) -> PropertyGraph:
    """The property graph from the union of all graphs and the entities graph (rdflib Graphs or any
    ``TripleSource``, e.g. ``graph.triple_index``'s index of a graph file)."""
    reader = _Reader(union, entities)
    edges = {kind.type: _edge_pairs(union, kind) for kind in REL_KINDS.values()}
    iris = _node_iris(union, edges)
    documents = {iri: _document_row(reader, iri) for iri in iris["Document"]}
    rels = {
        "IMPLEMENTS": _implements_rows(edges["IMPLEMENTS"], documents, _evidence(union, VK.implements)),
        "ISSUED_BY": _evidence_rows(edges["ISSUED_BY"], _evidence(union, VK.issuedBy)),
        "SUB_ORGANIZATION_OF": _evidence_rows(
            edges["SUB_ORGANIZATION_OF"], _evidence(union, ORG.subOrganizationOf)
        ),
        "MENTIONED_IN": _mention_rows(union, edges["MENTIONED_IN"]),
        "BASED_ON": _evidence_rows(edges["BASED_ON"], _evidence(union, VK.basedOn)),
    }
    nodes = {
        "Document": tuple(documents.values()),
        "Organisation": tuple(_organisation_row(reader, iri) for iri in iris["Organisation"]),
        "Article": tuple(_article_row(reader, iri) for iri in iris["Article"]),
    }
    return PropertyGraph(nodes=nodes, relationships=rels)


def _edge_pairs(union: TripleSource, kind: RelKind) -> list[tuple[URIRef, URIRef]]:
    pairs = {(s, o) for s, o in union.subject_objects(kind.predicate) if _is_iri(s) and _is_iri(o)}
    if kind.type == "MENTIONED_IN":  # a vk:Mention also says which article names which document
        for mention in union.subjects(RDF.type, VK.Mention):
            doc, article = union.value(mention, VK.mentionOf), union.value(mention, PROV.wasDerivedFrom)
            if _is_iri(doc) and _is_iri(article):
                pairs.add((doc, article))
    return sorted(pairs)


def _node_iris(
    union: TripleSource, edges: Mapping[str, list[tuple[URIRef, URIRef]]]
) -> dict[str, list[URIRef]]:
    """Typed nodes, plus relationship endpoints nothing else describes (so that no edge is dropped)."""
    found: dict[str, set[URIRef]] = {
        "Document": {s for cls in DOCUMENT_CLASSES for s in union.subjects(RDF.type, cls)}
        | set(union.subjects(VK.docType, None)),
        "Organisation": set(union.subjects(RDF.type, VK.Organisation)),
        "Article": set(union.subjects(RDF.type, VK.Article)),
    }
    for rel_type, pairs in edges.items():
        kind = REL_KINDS[rel_type]
        for source, target in pairs:
            found[kind.source].add(source)
            found[kind.target].add(target)
    return {label: sorted(iri for iri in iris if _is_iri(iri)) for label, iris in found.items()}


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
        "label": reader.text(iri, RDFS.label) or symbol or local_name(iri),
        "issuer": None if issuer is None else (reader.text(issuer, RDFS.label) or local_name(issuer)),
    }


def _type_from_class(reader: _Reader, iri: URIRef) -> str:
    classes = set(reader.union.objects(iri, RDF.type))
    return next((name for name, cls in CLASS_OF_TYPE.items() if cls in classes), "other")


def _organisation_row(reader: _Reader, iri: URIRef) -> Row:
    return {
        KEY: str(iri),
        "label": reader.text(iri, RDFS.label) or local_name(iri),
        "level": reader.local_name(iri, VK.level),
        "province": reader.text(iri, VK.province),
    }


def _article_row(reader: _Reader, iri: URIRef) -> Row:
    return {
        KEY: str(iri),
        "source_id": reader.text(iri, VK.sourceId),
        "source": reader.text(iri, VK.source),
        "province": reader.text(iri, VK.province),
        "published": reader.text(iri, SCHEMA_ORG.datePublished),
        "publisher": reader.text(iri, SCHEMA_ORG.publisher),
        "title": reader.text(iri, SCHEMA_ORG.headline),
    }


EvidenceLists = dict[str, list[str]]


def _evidence(union: TripleSource, predicate: URIRef) -> dict[tuple[Node, Node], EvidenceLists]:
    """The evidence of each statement with ``predicate``: parallel lists ordered by (article, start, rule)."""
    records: dict[tuple[Node, Node], list[tuple[str, int, str, str, str]]] = defaultdict(list)
    for node in union.subjects(RDF.predicate, predicate):
        subject, obj = union.value(node, RDF.subject), union.value(node, RDF.object)
        if subject is None or obj is None or (node, RDF.type, VK.Evidence) not in union:
            continue
        start = union.value(node, VK.start)
        sentence, rule = _text(union.value(node, VK.sentence)), _text(union.value(node, VK.rule))
        for origin in sorted(union.objects(node, PROV.wasDerivedFrom)) or [None]:
            article, source = _origin(union, origin)
            records[(subject, obj)].append((article, _int_or(start, -1), rule, source, sentence))
    return {pair: _as_lists(sorted(set(found))) for pair, found in records.items()}


def _origin(union: TripleSource, origin: Node | None) -> tuple[str, str]:
    """(article IRI, source): an article's own source, or the catalogue's citation (no article)."""
    if origin is None:
        return "", ""
    if (origin, RDF.type, VK.Article) in union or union.value(origin, VK.sourceId) is not None:
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


def _evidence_rows(
    pairs: Iterable[tuple[URIRef, URIRef]], evidence: Mapping[tuple[Node, Node], EvidenceLists]
) -> tuple[Row, ...]:
    return tuple({"src": str(s), "dst": str(o), **evidence.get((s, o), _as_lists(()))} for s, o in pairs)


def _implements_rows(
    pairs: Iterable[tuple[URIRef, URIRef]],
    documents: Mapping[URIRef, Row],
    evidence: Mapping[tuple[Node, Node], EvidenceLists],
) -> tuple[Row, ...]:
    def lag(row: Row) -> int | None:
        return lag_in_days(documents[URIRef(row["src"])]["date"], documents[URIRef(row["dst"])]["date"])

    return tuple({**row, "lag_days": lag(row)} for row in _evidence_rows(pairs, evidence))


def _mention_rows(union: TripleSource, pairs: Iterable[tuple[URIRef, URIRef]]) -> tuple[Row, ...]:
    found: dict[tuple[Node, Node], list[tuple[int, str, str]]] = defaultdict(list)
    for mention in union.subjects(RDF.type, VK.Mention):
        key = (union.value(mention, VK.mentionOf), union.value(mention, PROV.wasDerivedFrom))
        start = _int_or(union.value(mention, VK.start), -1)
        found[key].append(
            (start, _text(union.value(mention, VK.surface)), _text(union.value(mention, VK.rule)))
        )
    rows = []
    for s, o in pairs:
        spans = sorted(found.get((s, o), []))
        rows.append(
            {"src": str(s), "dst": str(o), "surfaces": [x[1] for x in spans], "rules": [x[2] for x in spans]}
        )
    return tuple(rows)


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
