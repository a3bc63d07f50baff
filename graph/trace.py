"""Tracing over the networkx view: who implements a document (down), what a document implements (up).

Pure functions over the ``nx.MultiDiGraph`` of ``graph.network.to_networkx``. An ``implements`` edge points
from the implementing document to the implemented one, so the implementers of X are X's predecessors.
``find_documents`` turns what a user types (a symbol, an IRI, "Kết luận 21") into candidate documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ontology.namespace import VKID

IMPLEMENTS = "implements"


class UnknownDocument(KeyError):
    """The IRI is not a document of the graph."""


@dataclass(frozen=True)
class DocumentSummary:
    """What a trace shows about one document."""

    iri: str
    label: str
    type: str
    symbol: str | None
    issuer: str | None
    province: str | None
    level: str | None
    date: str | None
    year: int | None


@dataclass(frozen=True)
class TraceNode:
    """One document of an implementation tree and the documents that implement it.

    ``lag_days`` is this document's date minus the date of the document it implements (its tree parent);
    ``cycle`` marks a document already on the path from the root (its implementers are not expanded again);
    ``truncated`` marks a document whose implementers were cut off by ``max_depth``.
    """

    document: DocumentSummary
    lag_days: int | None = None
    children: tuple[TraceNode, ...] = ()
    cycle: bool = False
    truncated: bool = False

    def size(self) -> int:
        """How many documents the tree shows, this one included (repeats counted)."""
        return 1 + sum(child.size() for child in self.children)


@dataclass(frozen=True)
class ChainLink:
    """One document on a chain upwards; ``lag_days`` separates it from the next (higher) document, if any."""

    document: DocumentSummary
    lag_days: int | None = None


Chain = tuple[ChainLink, ...]


def summary(g: nx.MultiDiGraph, iri: str) -> DocumentSummary:
    return view_index(g).summary(iri)


def implementers(g: nx.MultiDiGraph, iri: str) -> list[tuple[str, int | None]]:
    """``(implementer, lag_days)`` for every document that implements ``iri``, oldest first."""
    return list(view_index(g).implementers(iri))


def implemented(g: nx.MultiDiGraph, iri: str) -> list[tuple[str, int | None]]:
    """``(implemented document, lag_days)`` for every document ``iri`` implements, oldest first."""
    return list(view_index(g).implemented(iri))


def implementation_tree(g: nx.MultiDiGraph, iri: str, max_depth: int | None = None) -> TraceNode:
    """``iri`` and, recursively, the documents implementing it; at most ``max_depth`` levels below it."""
    index = view_index(g)
    index.summary(iri)  # raises UnknownDocument early
    return _tree_walk(index)(iri, None, max_depth, set())


SubtreeWalk = Callable[[str, int | None, int | None, set[str]], TraceNode]


def _tree_walk(index: ViewIndex) -> SubtreeWalk:
    """The recursive walk: a closure over the index's dictionaries, because on a graph of 100,000+ documents a
    tree has thousands of nodes, and a call or attribute lookup more per node is a sizeable part of the time.

    Without a depth limit, the children of a document whose subtree met no cycle are kept in the index
    (``complete_children``) and reused, by later trees and by this one: such a subtree is the same under any
    parent. (A document above it on the path and below it in the subtree would make a cycle through it.)"""
    summaries, summary = index.summaries, index.summary
    known_implementers, implementers = index.known_implementers, index.implementers
    complete = index.complete_children
    cycles = [0]  # cycle marks made so far: a subtree that made none is kept

    def subtree(iri: str, lag: int | None, depth_left: int | None, on_path: set[str]) -> TraceNode:
        # ``on_path``: the documents from the root down to this one's parent; added on the way down and
        # removed on the way back, so that no level copies it
        doc = summaries.get(iri) or summary(iri)
        if iri in on_path:
            cycles[0] += 1
            return _trace_node(doc, lag, (), cycle=True)
        if depth_left is None and (done := complete.get(iri)) is not None:
            return _trace_node(doc, lag, done)
        below = known_implementers.get(iri)
        if below is None:
            below = implementers(iri)
        if not below:  # most documents of a tree
            return _trace_node(doc, lag, ())
        if depth_left is not None and depth_left <= 0:
            return _trace_node(doc, lag, (), truncated=True)
        on_path.add(iri)
        deeper = None if depth_left is None else depth_left - 1
        cycles_before = cycles[0]
        children = tuple(
            [
                # a document nobody implements (most of a tree) is the same leaf anywhere: no call for it
                _trace_node(summaries.get(child) or summary(child), child_lag, ())
                if known_implementers.get(child) == ()
                else subtree(child, child_lag, deeper, on_path)
                for child, child_lag in below
            ]
        )
        on_path.discard(iri)
        if depth_left is None and cycles[0] == cycles_before:
            complete[iri] = children
        return _trace_node(doc, lag, children)

    return subtree


_new = object.__new__
_set_attribute = object.__setattr__


def _trace_node(
    document: DocumentSummary,
    lag: int | None,
    children: tuple[TraceNode, ...],
    cycle: bool = False,
    truncated: bool = False,
) -> TraceNode:
    # The same object as TraceNode(...) builds; a frozen dataclass's __init__ sets each field through
    # object.__setattr__, which is most of a large tree's cost. Giving the instance its dict at once is 2-3x
    # cheaper (tests/test_trace.py compares whole trees with ones built through the constructor).
    node = _new(TraceNode)
    _set_attribute(
        node,
        "__dict__",
        {"document": document, "lag_days": lag, "children": children, "cycle": cycle, "truncated": truncated},
    )
    return node


def implementation_chain_up(g: nx.MultiDiGraph, iri: str) -> list[Chain]:
    """Every chain from ``iri`` up through what it implements to a document implementing nothing known.

    Each chain starts with ``iri``; a document implementing nothing gives one chain of length one. A cycle
    ends the chain at the document that would repeat.
    """
    index = view_index(g)
    index.summary(iri)
    chains: list[Chain] = []
    _walk_up(index, iri, (), frozenset(), chains)
    return chains


def _walk_up(index: ViewIndex, iri: str, prefix: Chain, on_path: frozenset[str], chains: list[Chain]) -> None:
    doc = index.summary(iri)
    parents = [(parent, lag) for parent, lag in index.implemented(iri) if parent not in on_path | {iri}]
    if not parents:
        chains.append((*prefix, ChainLink(doc)))
        return
    for parent, lag in parents:
        _walk_up(index, parent, (*prefix, ChainLink(doc, lag)), on_path | {iri}, chains)


Implements = tuple[tuple[str, int | None], ...]


class ViewIndex:
    """What tracing reads from one view, each part worked out once, when first needed: document summaries,
    ``implements`` neighbours in date order, documents by number (or adopted from the saved view, see
    ``adopt_number_index``), and the subtrees of documents met without a cycle (see ``_tree_walk``).

    ``view_index`` keeps one per view in networkx's own per-graph cache, which every method that changes the
    graph (add_node, add_edge, remove_*, update, clear) empties; so, as for networkx's cache, an attribute
    changed in place (``g.nodes[n]["date"] = ...``) needs ``g.__networkx_cache__.clear()`` too.
    """

    def __init__(self, g: nx.MultiDiGraph) -> None:
        # networkx's own storage (node -> attributes; node -> neighbour -> edge key -> attributes), which its
        # algorithms read too: the public views (g.nodes, g.pred) wrap every access in a new view object
        self._nodes: dict[str, dict[str, Any]] = g._node
        self._pred: dict[str, dict[str, dict[str, dict[str, Any]]]] = g._pred
        self._succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = g._succ
        # read directly by the tree walk
        self.summaries: dict[str, DocumentSummary] = {}
        self.known_implementers: dict[str, Implements] = {}
        self.complete_children: dict[str, tuple[TraceNode, ...]] = {}  # see _tree_walk
        self._implemented: dict[str, Implements] = {}
        self._by_number: dict[str, list[str]] | None = None

    def summary(self, iri: str) -> DocumentSummary:
        found = self.summaries.get(iri)
        if found is None:
            found = self.summaries[iri] = _summary_of(iri, self._nodes.get(iri))
        return found

    def implementers(self, iri: str) -> Implements:
        found = self.known_implementers.get(iri)
        if found is None:
            found = self.known_implementers[iri] = _implements_edges(self._nodes, self._pred[iri])
        return found

    def implemented(self, iri: str) -> Implements:
        found = self._implemented.get(iri)
        if found is None:
            found = self._implemented[iri] = _implements_edges(self._nodes, self._succ[iri])
        return found

    def node(self, iri: str) -> dict[str, Any]:
        return self._nodes[iri]

    def documents_by_number(self) -> dict[str, list[str]]:
        """Documents by bare number: a query by symbol or mention looks at a handful of candidates."""
        if self._by_number is None:
            self._by_number = _documents_by_number(self._nodes)
        return self._by_number

    def adopt_documents_by_number(self, by_number: dict[str, list[str]]) -> None:
        self._by_number = by_number


_INDEX_KEY = "vankien.trace"  # our entry in the view's networkx cache
# The rule ``number_index`` follows (``_documents_by_number``, ``_bare_number``, ``fold``): a saved index of
# another version is not used. Bump it with any change to that rule.
NUMBER_INDEX_VERSION = 1


def number_index(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The view's documents by bare number (in view order), to save with the view (graph/network_cache.py)."""
    return view_index(g).documents_by_number()


def adopt_number_index(g: nx.MultiDiGraph, by_number: dict[str, list[str]]) -> None:
    """Use ``by_number``, saved by ``number_index`` with this very view, instead of scanning the view."""
    view_index(g).adopt_documents_by_number(by_number)


def view_index(g: nx.MultiDiGraph) -> ViewIndex:
    """The view's index, made on first use and kept until the view changes (see ``ViewIndex``)."""
    cache = getattr(g, "__networkx_cache__", None)
    # a subgraph or reverse view (networkx keeps its graph in ``_graph``) is not told when that graph changes
    if cache is None or hasattr(g, "_graph"):
        return ViewIndex(g)
    index = cache.get(_INDEX_KEY)
    if not isinstance(index, ViewIndex):
        index = cache[_INDEX_KEY] = ViewIndex(g)
    return index


def _summary_of(iri: str, data: dict[str, Any] | None) -> DocumentSummary:
    if data is None or data.get("kind") != "document":
        raise UnknownDocument(iri)
    doc = object.__new__(DocumentSummary)  # as in _trace_node: the object DocumentSummary(...) makes, faster
    doc.__dict__.update(
        iri=iri,
        label=data.get("label") or iri,
        type=data.get("type") or "other",
        symbol=data.get("symbol"),
        issuer=data.get("issuer"),
        province=data.get("province"),
        level=data.get("level"),
        date=data.get("date"),
        year=data.get("year"),
    )
    return doc


def _implements_edges(
    nodes: dict[str, dict[str, Any]], neighbours: dict[str, dict[str, dict[str, Any]]]
) -> Implements:
    if not neighbours:  # most documents: nobody implements them
        return ()
    # sorted as (when, iri, lag): IRIs are unique among neighbours, so the lag never takes part in the order
    found = sorted(
        (_when(nodes[other]), other, data.get("lag_days"))
        for other, keyed in neighbours.items()
        if (data := keyed.get(IMPLEMENTS)) is not None
    )
    return tuple([(other, lag) for _, other, lag in found])


def _when(data: dict[str, Any]) -> str:
    """When a document was issued, for ordering: its date, else its year, else after everything dated."""
    return data.get("date") or (str(data["year"]) if data.get("year") else "9999")


# --- finding documents from what a user types ---------------------------------------------------------------

# Symbol type codes (diacritics folded, lower case) -> document types. QĐ is both Quy định and Quyết định.
_TYPES_OF_CODE: dict[str, frozenset[str]] = {
    "nq": frozenset({"resolution"}),
    "kl": frozenset({"conclusion"}),
    "ct": frozenset({"directive"}),
    "qd": frozenset({"regulation", "decision"}),
    "qc": frozenset({"rules"}),
    "ctr": frozenset({"action_programme"}),
    "cthd": frozenset({"action_programme"}),  # "CTHĐ", seen in provincial news
    "kh": frozenset({"plan"}),
    "hd": frozenset({"guideline"}),
    "tt": frozenset({"circular"}),
    "tb": frozenset({"notice"}),
    "da": frozenset({"project"}),
    "bc": frozenset({"report"}),
    "cv": frozenset({"dispatch"}),
}
# Vietnamese head nouns (folded) -> document type; the noun decides the type, not the symbol.
_TYPE_OF_HEAD: dict[str, str] = {
    "nghi quyet": "resolution",
    "ket luan": "conclusion",
    "chi thi": "directive",
    "quy dinh": "regulation",
    "quyet dinh": "decision",
    "quy che": "rules",
    "chuong trinh hanh dong": "action_programme",
    "chuong trinh": "action_programme",
    "ke hoach": "plan",
    "huong dan": "guideline",
    "thong tri": "circular",
    "thong bao ket luan": "notice",
    "thong bao": "notice",
    "de an": "project",
    "bao cao": "report",
    "cong van": "dispatch",
}
_HEADS = "|".join(re.escape(h) for h in sorted([*_TYPE_OF_HEAD, *_TYPES_OF_CODE], key=len, reverse=True))
# "21-KL/TW", "21 - kl / tw", "72-NQ-TW", "số 21-KL/TW" (after folding)
_SYMBOL = re.compile(r"^(?:so\s*)?(?P<number>\d+)\s*-\s*(?P<code>[a-z]+)\s*[/-]\s*(?P<organ>[a-z0-9.]+)$")
# "ket luan 21", "kl 21", "nghi quyet so 57", "nq 57/tw", "nghi quyet (nq) so 02", "nghi quyet 57-nq/tw"
_MENTION = re.compile(
    rf"^(?P<head>{_HEADS})\s*(?:\([a-z]+\)\s*)?(?:so\s*)?(?P<number>\d+)"
    r"(?:\s*[-/]\s*(?P<tail>[a-z0-9.]+(?:\s*[-/]\s*[a-z0-9.]+)?))?$"
)
# "TƯ" / "T.Ư" after a symbol separator is the central organ code TW; folding alone would turn it into TU.
_WORD = re.compile(r"\w+")
_CENTRAL_ORGAN = re.compile(r"([/-]\s*)T\.?\s*Ư(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentQuery:
    """What a typed reference asks for: a document type set, a number and maybe an organ code (folded)."""

    types: frozenset[str] | None
    number: str
    organ: str | None = None


def find_documents(g: nx.MultiDiGraph, query: str) -> list[DocumentSummary]:
    """The documents ``query`` may mean, oldest first: one when it is unambiguous, none when unknown.

    ``query`` is an IRI (full, ``vkid:doc/...`` or ``doc/...``), a symbol (``21-KL/TW``, ``21-KL/TƯ``,
    ``21 - KL/TW``, any case) or a mention (``Kết luận 21``, ``KL 21``, ``Nghị quyết số 57``, ``NQ 57/TW``).
    Anything else is matched word by word against the documents' labels and subjects.
    """
    text = query.strip()
    index = view_index(g)
    iri = _as_document_iri(g, text)
    if iri is not None:
        return [index.summary(iri)]
    folded = fold(_CENTRAL_ORGAN.sub(r"\1TW", unicodedata.normalize("NFC", text).replace("\u00d0", "Đ")))
    parsed = parse_reference(folded)
    if parsed is not None:
        candidates = index.documents_by_number().get(parsed.number, [])
        found = [n for n in candidates if _matches(index.node(n), parsed)]
    else:
        words = set(_WORD.findall(folded))  # whole words: "X" must not match "XV"
        documents = [(n, data) for n, data in g.nodes(data=True) if data.get("kind") == "document"]
        found = [n for n, data in documents if words and words <= _searchable(data)]
    return [index.summary(n) for n in sorted(found, key=lambda n: (_when(index.node(n)), n))]


def _documents_by_number(nodes: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for node, data in nodes.items():
        number = data.get("number")
        if number is None or data.get("kind") != "document":
            continue
        # numbers are ASCII digits: fold (Unicode decomposition) only what is not, so that the scan stays cheap
        if type(number) is not str or not number.isascii():
            number = fold(str(number))
        bucket = index.get(key := _bare_number(number))
        if bucket is None:
            index[key] = [node]
        else:
            bucket.append(node)
    return index


def fold(text: str) -> str:
    """Lower case without diacritics (đ -> d), single spaces: robust to tone-mark placement and to typing."""
    decomposed = unicodedata.normalize("NFD", text.replace("\u00d0", "Đ").lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")
    return " ".join(bare.split())


def parse_reference(folded: str) -> DocumentQuery | None:
    """A folded symbol or mention as a query, None when it is neither."""
    symbol = _SYMBOL.match(folded)
    if symbol:
        types = _TYPES_OF_CODE.get(symbol["code"])
        return DocumentQuery(types, _bare_number(symbol["number"]), _organ(symbol["organ"]))
    mention = _MENTION.match(folded)
    if not mention:
        return None
    head = mention["head"]
    types = frozenset({_TYPE_OF_HEAD[head]}) if head in _TYPE_OF_HEAD else _TYPES_OF_CODE[head]
    tail = re.split(r"\s*[-/]\s*", mention["tail"]) if mention["tail"] else []
    return DocumentQuery(types, _bare_number(mention["number"]), _organ(tail[-1]) if tail else None)


def expand_iri(text: str) -> str:
    """``vkid:doc/...`` and ``doc/...`` / ``org/...`` as full IRIs; anything else unchanged."""
    if text.startswith("vkid:"):
        return str(VKID) + text.removeprefix("vkid:")
    if text.startswith(("doc/", "org/")):
        return str(VKID) + text
    return text


def _as_document_iri(g: nx.MultiDiGraph, text: str) -> str | None:
    iri = expand_iri(text)
    if iri in g and g.nodes[iri].get("kind") == "document":
        return iri
    return None


def _matches(data: dict, query: DocumentQuery) -> bool:
    number = data.get("number")
    if number is None:
        return False
    text = str(number)
    # numbers are ASCII digits: fold (Unicode decomposition) only what is not, so a scan stays cheap
    if (_bare_number(text) if text.isascii() else _bare_number(fold(text))) != query.number:
        return False
    if query.types is not None and data.get("type") not in query.types:
        return False
    if query.organ is None:
        return True
    organ = data.get("organ") or _organ_of_symbol(data.get("symbol"))
    return organ is None or _organ(fold(_CENTRAL_ORGAN.sub(r"\1TW", "/" + organ)).lstrip("/")) == query.organ


def _organ_of_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    parsed = _SYMBOL.match(fold(_CENTRAL_ORGAN.sub(r"\1TW", symbol)))
    return parsed["organ"] if parsed else None


def _searchable(data: dict) -> set[str]:
    fields = ("label", "symbol", "subject", "province", "issuer")
    return set(_WORD.findall(fold(" ".join(str(data.get(k) or "") for k in fields))))


def _bare_number(number: str) -> str:
    return number.lstrip("0") or "0"


def _organ(code: str) -> str:
    return code.replace(".", "").replace(" ", "")
