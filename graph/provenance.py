"""The evidence and mention nodes of a graph, read ahead into the records the two views make of them.

Most of a graph file is provenance: a ``vk:Evidence`` node per asserted statement and a ``vk:Mention`` node per
span, each described by a handful of triples in one article's graph. The views (``graph.network``,
``graph.property``) turn each such node into a record (an evidence record of an edge, a mention span of a
MENTIONED_IN row). Read from the whole graph in the main process, that was most of both views' time, and those
nodes most of the index they read.

A build writes its graph file in parts, and a part holds whole article graphs. So each of those nodes, and the
article it cites, is described inside one part, and the worker that writes the part can make the records there,
with the views' own functions (``graph.triple_index.with_provenance``). The part's share of the index keeps
the records instead of the nodes (``graph.index_share``), the part cache keeps both, and the main process
merges the records of every part (``merged``) instead of reading those nodes again: an incremental build makes
the records of the parts it writes only.

Records are keyed by the text of the IRIs they are about (they travel between processes as plain data). A view
given ``ProvenanceRecords`` adds them to what it reads from its index, which then holds only the nodes the
workers could not settle (a citation outside the part, several values where one is expected, ...); the views
sort what they gather, so where a record comes from does not change the view (tests/test_index_share.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# (article, start, rule, source, sentence): one evidence row of graph.property, sortable
PropertyEvidence = tuple[str, int, str, str, str]
# (start, surface, rule): one mention span of graph.property's MENTIONED_IN rows
MentionSpan = tuple[int, str, str]
Statement = tuple[str, str, str]  # (subject, predicate, object) IRIs


@dataclass(frozen=True)
class ProvenanceRecords:
    """What the views make of evidence and mention nodes, by the IRIs they are about.

    ``network``: graph.network's evidence records by statement; ``rows``: graph.property's evidence records
    by statement; ``mentions``: how many mention nodes name each document; ``spans``: graph.property's mention
    spans by (document, article); ``origins``: the articles the evidence records read (they must be described
    in one part only, ``graph.index_share`` checks)."""

    network: dict[Statement, list[dict[str, Any]]] = field(default_factory=dict)
    rows: dict[Statement, list[PropertyEvidence]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    spans: dict[tuple[str, str], list[MentionSpan]] = field(default_factory=dict)
    origins: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.network or self.rows or self.mentions or self.spans)


def merged(parts: Iterable[ProvenanceRecords]) -> ProvenanceRecords:
    """The records of every part together (lists joined in the order given, counts added)."""
    network: dict[Statement, list[dict[str, Any]]] = {}
    rows: dict[Statement, list[PropertyEvidence]] = {}
    mentions: dict[str, int] = {}
    spans: dict[tuple[str, str], list[MentionSpan]] = {}
    origins: set[str] = set()
    for part in parts:
        _join(network, part.network)
        _join(rows, part.rows)
        _join(spans, part.spans)
        for document, count in part.mentions.items():
            mentions[document] = mentions.get(document, 0) + count
        origins.update(part.origins)
    return ProvenanceRecords(network, rows, mentions, spans, frozenset(origins))


def _join(into: dict[Any, list[Any]], more: dict[Any, list[Any]]) -> None:
    for key, found in more.items():
        known = into.get(key)
        if known is None:
            into[key] = found
        else:
            known.extend(found)
