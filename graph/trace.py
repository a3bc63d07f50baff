"""Tracing over the networkx view: who implements a document (down), what a document implements (up).

Pure functions over the ``nx.MultiDiGraph`` of ``graph.network.to_networkx``. An ``implements`` edge points
from the implementing document to the implemented one, so the implementers of X are X's predecessors.
``find_documents`` turns what a user types (a symbol, an IRI, "Kết luận 21") into candidate documents.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
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
    data = g.nodes.get(iri)
    if data is None or data.get("kind") != "document":
        raise UnknownDocument(iri)
    return DocumentSummary(
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


def implementers(g: nx.MultiDiGraph, iri: str) -> list[tuple[str, int | None]]:
    """``(implementer, lag_days)`` for every document that implements ``iri``, oldest first."""
    return _implements_edges(g, g.pred[iri])


def implemented(g: nx.MultiDiGraph, iri: str) -> list[tuple[str, int | None]]:
    """``(implemented document, lag_days)`` for every document ``iri`` implements, oldest first."""
    return _implements_edges(g, g.succ[iri])


def _implements_edges(g: nx.MultiDiGraph, neighbours: Any) -> list[tuple[str, int | None]]:
    # the adjacency maps (neighbour -> {edge key -> data}) directly: edge views cost more than the walk itself
    found = [
        (other, data.get("lag_days"))
        for other, keyed in neighbours.items()
        if (data := keyed.get(IMPLEMENTS)) is not None
    ]
    return sorted(found, key=lambda item: _chronological_key(g, item[0]))


def implementation_tree(g: nx.MultiDiGraph, iri: str, max_depth: int | None = None) -> TraceNode:
    """``iri`` and, recursively, the documents implementing it; at most ``max_depth`` levels below it."""
    summary(g, iri)  # raises UnknownDocument early
    return _subtree(g, iri, None, max_depth, frozenset())


def _subtree(
    g: nx.MultiDiGraph, iri: str, lag: int | None, depth_left: int | None, on_path: frozenset[str]
) -> TraceNode:
    doc = summary(g, iri)
    if iri in on_path:
        return TraceNode(doc, lag, cycle=True)
    below = implementers(g, iri)
    if depth_left is not None and depth_left <= 0:
        return TraceNode(doc, lag, truncated=bool(below))
    path = on_path | {iri}
    next_depth = None if depth_left is None else depth_left - 1
    children = tuple(_subtree(g, child, child_lag, next_depth, path) for child, child_lag in below)
    return TraceNode(doc, lag, children)


def implementation_chain_up(g: nx.MultiDiGraph, iri: str) -> list[Chain]:
    """Every chain from ``iri`` up through what it implements to a document implementing nothing known.

    Each chain starts with ``iri``; a document implementing nothing gives one chain of length one. A cycle
    ends the chain at the document that would repeat.
    """
    summary(g, iri)
    chains: list[Chain] = []
    _walk_up(g, iri, (), frozenset(), chains)
    return chains


def _walk_up(
    g: nx.MultiDiGraph, iri: str, prefix: Chain, on_path: frozenset[str], chains: list[Chain]
) -> None:
    doc = summary(g, iri)
    parents = [(parent, lag) for parent, lag in implemented(g, iri) if parent not in on_path | {iri}]
    if not parents:
        chains.append((*prefix, ChainLink(doc)))
        return
    for parent, lag in parents:
        _walk_up(g, parent, (*prefix, ChainLink(doc, lag)), on_path | {iri}, chains)


def _chronological_key(g: nx.MultiDiGraph, iri: str) -> tuple[str, str]:
    data = g.nodes[iri]
    when = data.get("date") or (str(data["year"]) if data.get("year") else "9999")
    return (when, iri)


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
    iri = _as_document_iri(g, text)
    if iri is not None:
        return [summary(g, iri)]
    folded = fold(_CENTRAL_ORGAN.sub(r"\1TW", unicodedata.normalize("NFC", text).replace("\u00d0", "Đ")))
    parsed = parse_reference(folded)
    if parsed is not None:
        candidates = _documents_by_number(g).get(parsed.number, [])
        found = [n for n in candidates if _matches(g.nodes[n], parsed)]
    else:
        words = set(_WORD.findall(folded))  # whole words: "X" must not match "XV"
        documents = [(n, data) for n, data in g.nodes(data=True) if data.get("kind") == "document"]
        found = [n for n, data in documents if words and words <= _searchable(data)]
    return [summary(g, n) for n in sorted(found, key=lambda n: _chronological_key(g, n))]


# Per view, its documents by bare number: a query by symbol or mention looks at a handful of candidates instead
# of every document. Weak keys: an index lives as long as its view; its node count tells it is stale.
_NUMBER_INDEX: weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[int, dict[str, list[str]]]] = (
    weakref.WeakKeyDictionary()
)


def _documents_by_number(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    cached = _NUMBER_INDEX.get(g)
    if cached is not None and cached[0] == g.number_of_nodes():
        return cached[1]
    index: dict[str, list[str]] = {}
    for node, data in g.nodes(data=True):
        number = data.get("number")
        if data.get("kind") == "document" and number is not None:
            text = str(number)
            index.setdefault(_bare_number(text if text.isascii() else fold(text)), []).append(node)
    _NUMBER_INDEX[g] = (g.number_of_nodes(), index)
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
