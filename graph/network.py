"""The networkx view of the knowledge graph, exactly as docs/rdf.md "The networkx view" describes it.

Documents and organisations become nodes keyed by their IRI string; the relations become typed edges
(``implements``, ``issued_by``, ``sub_organization_of``, ``based_on``) carrying the evidence that asserts
them. Attribute values come from the entities graph when it has them (the resolved, one-value-per-attribute
description) and otherwise from the union of all graphs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.provenance import ProvenanceRecords
from graph.provenance import Statement as StatementText
from graph.store import AttributeReader, TripleSource, union_graph
from graph.terms import (
    DERIVED_FROM,
    EDITORIAL_NOTE,
    LABEL,
    RDF_OBJECT,
    RDF_PREDICATE,
    RDF_SUBJECT,
    SEE_ALSO,
    SUB_ORGANIZATION_OF,
    TYPE,
    sorted_terms,
)
from ontology.namespace import CLASS_OF_TYPE, VK, VKID

ENTITIES_GRAPH = VKID["graph/entities"]
# Edge key (the relation name of the networkx view) -> RDF predicate.
RELATIONS: dict[str, URIRef] = {
    "implements": VK.implements,
    "issued_by": VK.issuedBy,
    "sub_organization_of": SUB_ORGANIZATION_OF,
    "based_on": VK.basedOn,
}
DOCUMENT_CLASSES: frozenset[URIRef] = frozenset({VK.Document, *CLASS_OF_TYPE.values()})
# Which kind of node each end of a relation is, for endpoints the graph does not otherwise describe.
_ENDPOINT_KINDS: dict[str, tuple[str, str]] = {
    "implements": ("document", "document"),
    "based_on": ("document", "document"),
    "issued_by": ("document", "organisation"),
    "sub_organization_of": ("organisation", "organisation"),
}
Evidence = dict[str, Any]
Statement = tuple[Node, Node, Node]


def to_networkx(ds: Dataset) -> nx.MultiDiGraph:
    """Documents and organisations with their attributes, and the typed relations between them."""
    union = union_graph(ds)
    # a view on the store: ds.graph() would add an empty entities graph to a dataset that has none
    return network_of(union, Graph(store=ds.store, identifier=ENTITIES_GRAPH))


def network_of(
    union: TripleSource, entities: TripleSource, provenance: ProvenanceRecords | None = None
) -> nx.MultiDiGraph:
    """The view from the union of all graphs and the entities graph (rdflib Graphs or any ``TripleSource``,
    e.g. ``graph.triple_index``'s index of a graph file). ``provenance``: records of evidence and mention
    nodes read ahead (``graph.provenance``), which ``union`` then leaves out."""
    provenance = provenance or ProvenanceRecords()
    values = _Values(union, entities)
    text = values.text_of
    g = nx.MultiDiGraph()
    for iri in _document_iris(union):
        attributes = _document_attributes(values, union, iri)
        attributes["mentions"] += provenance.mentions.get(str(iri), 0)
        g.add_node(text(iri), **attributes)
    for iri in sorted_terms(set(union.subjects(TYPE, VK.Organisation))):
        g.add_node(text(iri), **_organisation_attributes(values, iri))
    evidence = _evidence_by_statement(values, provenance.network)
    for name, predicate in RELATIONS.items():
        for subject, obj in sorted_terms(union.subject_objects(predicate)):
            source, target = text(subject), text(obj)
            _ensure_endpoints(g, name, source, target)
            g.add_edge(source, target, key=name, evidence=evidence.get((subject, predicate, obj), []))
    _add_lags(g)
    return g


class _Values(AttributeReader):
    """The shared attribute reader, whose strings are made once per distinct term: the view holds one string
    per distinct value (an IRI, a province, a level, an article's source) instead of one per use. At 100 MB
    of articles the copies were two fifths of the view."""

    def __init__(self, union: TripleSource, entities: TripleSource) -> None:
        super().__init__(union, entities)
        self._texts: dict[Node, str] = {}
        self._tails: dict[Node, str] = {}

    def text(self, subject: Node, predicate: URIRef) -> str | None:
        found = self.value(subject, predicate)
        return None if found is None else self.text_of(found)

    def text_of(self, term: Node) -> str:
        """``str(term)``, the same string object each time."""
        found = self._texts.get(term)
        if found is None:
            found = self._texts[term] = str(term)
        return found

    def optional_text(self, term: Node | None) -> str | None:
        return None if term is None else self.text_of(term)

    def tail(self, term: Node) -> str:
        """``_tail(term)``, the same string object each time."""
        found = self._tails.get(term)
        if found is None:
            found = self._tails[term] = _tail(term)
        return found

    def level_name(self, level: Node | None) -> str | None:
        return None if level is None else self.tail(level)


@dataclass(frozen=True)
class ResolutionFlag:
    """A document node the resolver could not settle: why, and which documents it may be."""

    iri: str
    kind: str  # one of FLAG_KINDS
    reason: str
    candidates: tuple[str, ...] = ()


FLAG_KINDS = ("ambiguous", "unresolved")


def resolution_flags(ds: Dataset) -> list[ResolutionFlag]:
    """Flagged mentions as loaders/to_rdf.py writes them, by kind then IRI.

    Each is ``skos:editorialNote "ambiguous: <reason>"@en`` (or ``"unresolved: ..."``) on the mention's own
    document node, with ``rdfs:seeAlso`` pointing at each candidate document.
    """
    union = union_graph(ds)
    flags = []
    for node, note in union.subject_objects(EDITORIAL_NOTE):
        kind, _, reason = str(note).partition(":")
        if kind in FLAG_KINDS and isinstance(node, URIRef):
            candidates = tuple(sorted(str(c) for c in union.objects(node, SEE_ALSO)))
            flags.append(ResolutionFlag(str(node), kind, reason.strip(), candidates))
    return sorted(flags, key=lambda flag: (FLAG_KINDS.index(flag.kind), flag.iri, flag.reason))


def _document_iris(union: TripleSource) -> list[URIRef]:
    typed = {s for cls in DOCUMENT_CLASSES for s in union.subjects(TYPE, cls)}
    with_type_value = set(union.subjects(VK.docType, None))
    return sorted_terms(s for s in typed | with_type_value if isinstance(s, URIRef))


def _document_attributes(values: _Values, union: TripleSource, iri: URIRef) -> dict[str, Any]:
    symbol = values.text(iri, VK.symbol)
    issuer = values.value(iri, VK.issuedBy)
    return {
        "kind": "document",
        "label": symbol or values.text(iri, LABEL) or values.tail(iri),
        "type": values.text(iri, VK.docType) or "other",
        "number": values.text(iri, VK.number),
        "symbol": symbol,
        "organ": values.text(iri, VK.organCode),
        "date": values.text(iri, VK.dateIssued),
        "year": _as_int(values.value(iri, VK.year)),
        "level": values.level_name(values.value(iri, VK.level)),
        "province": values.text(iri, VK.province),
        "subject": values.text(iri, VK.subject),
        "term": values.text(iri, VK.term),
        "issuer": None if issuer is None else (values.text(issuer, LABEL) or values.tail(issuer)),
        "issuer_iri": values.optional_text(issuer),
        "mentions": sum(1 for _ in union.subjects(VK.mentionOf, iri)),
    }


def _organisation_attributes(values: _Values, iri: URIRef) -> dict[str, Any]:
    return {
        "kind": "organisation",
        "label": values.text(iri, LABEL) or values.tail(iri),
        "level": values.level_name(values.value(iri, VK.level)),
        "province": values.text(iri, VK.province),
    }


def _bare_node(kind: str, iri: str) -> dict[str, Any]:
    """Attributes for an endpoint no description mentions, so that every node has every key."""
    if kind == "organisation":
        return {"kind": kind, "label": _tail(iri), "level": None, "province": None}
    unknown = ("number", "symbol", "organ", "date", "year", "level", "province", "subject", "term", "issuer")
    return {"kind": kind, "label": _tail(iri), "type": "other", **dict.fromkeys(unknown), "issuer_iri": None,
            "mentions": 0}  # fmt: skip


def _ensure_endpoints(g: nx.MultiDiGraph, relation: str, subject: str, obj: str) -> None:
    for iri, kind in zip((subject, obj), _ENDPOINT_KINDS[relation], strict=True):
        if iri not in g:
            g.add_node(iri, **_bare_node(kind, iri))


def _evidence_by_statement(
    values: _Values, read_ahead: dict[StatementText, list[Evidence]]
) -> dict[Statement, list[Evidence]]:
    """Every vk:Evidence node, grouped by the statement (subject, predicate, object) it supports, with the
    records ``read_ahead`` of nodes the union leaves out."""
    grouped: dict[Statement, list[Evidence]] = defaultdict(list)
    for (subject, predicate, obj), records in read_ahead.items():
        grouped[(URIRef(subject), URIRef(predicate), URIRef(obj))].extend(records)
    for statement, records in _records_of(values, set(values.union.subjects(TYPE, VK.Evidence))):
        grouped[statement].extend(records)
    for records in grouped.values():
        records.sort(key=_evidence_order)
    return dict(grouped)


def evidence_records(
    union: TripleSource, nodes: Iterable[Node]
) -> Iterator[tuple[Statement, list[Evidence]]]:
    """The statement each evidence node of ``nodes`` supports and its records (one per origin), as the view
    makes them; nodes missing one end of their statement are left out."""
    return _records_of(_Values(union, union), nodes)  # an evidence record reads the union only


def _records_of(values: _Values, nodes: Iterable[Node]) -> Iterator[tuple[Statement, list[Evidence]]]:
    union = values.union
    for node in nodes:
        statement = (
            union.value(node, RDF_SUBJECT),
            union.value(node, RDF_PREDICATE),
            union.value(node, RDF_OBJECT),
        )
        if None not in statement:
            records = [_evidence_record(values, node, origin) for origin in _origins(union, node)]
            yield statement, records  # type: ignore[misc]


def _evidence_order(record: Evidence) -> tuple[str, int, str, int, str, str, str]:
    """By article, start and rule, then by everything else: a total order, so that the records of a statement
    come out the same whichever way they were gathered (read ahead per part or from the whole graph)."""
    start, end = record["start"], record["end"]
    return (
        record["article"] or "",
        -1 if start is None else start,
        record["rule"] or "",
        -1 if end is None else end,
        record["sentence"] or "",
        record["source"] or "",
        record["article_iri"] or "",
    )


def _origins(union: TripleSource, node: Node) -> Iterable[Node | None]:
    found = sorted(union.objects(node, DERIVED_FROM))
    return found or [None]


def _evidence_record(values: _Values, node: Node, origin: Node | None) -> Evidence:
    """``{article, article_iri, source, sentence, start, end, rule}``; catalogue evidence has no article."""
    union = values.union
    is_article = origin is not None and (
        (origin, TYPE, VK.Article) in union or union.value(origin, VK.sourceId) is not None
    )
    if is_article:
        source_id = union.value(origin, VK.sourceId)
        article = values.text_of(source_id) if source_id is not None else values.tail(origin)  # type: ignore[arg-type]
        source_text = values.optional_text(union.value(origin, VK.source))  # type: ignore[arg-type]
    else:
        article = None
        source_text = values.optional_text(origin)
    return {
        "article": article,
        "article_iri": values.text_of(origin) if is_article else None,  # type: ignore[arg-type]
        "source": source_text,
        "sentence": values.optional_text(union.value(node, VK.sentence)),
        "start": _as_int(union.value(node, VK.start)),
        "end": _as_int(union.value(node, VK.end)),
        "rule": values.optional_text(union.value(node, VK.rule)),
    }


def _add_lags(g: nx.MultiDiGraph) -> None:
    for implementer, implemented, key, data in g.edges(keys=True, data=True):
        if key == "implements":
            data["lag_days"] = lag_in_days(g.nodes[implementer].get("date"), g.nodes[implemented].get("date"))


def lag_in_days(later: str | None, earlier: str | None) -> int | None:
    """``later - earlier`` in days for two ISO dates, None when either is missing or not a full date."""
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _tail(iri: Node | str) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def _as_int(value: Node | None) -> int | None:
    if value is None:
        return None
    python = value.toPython() if isinstance(value, Literal) else value
    try:
        return int(python)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
