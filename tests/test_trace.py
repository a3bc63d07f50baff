"""Tracing reads each view through an index kept between calls (graph/trace.py ``ViewIndex``).

The trees and chains must be exactly what the plain definition gives: a reference written here with networkx's
public API and the dataclasses' own constructors is compared with ``implementation_tree`` and
``implementation_chain_up`` on generated views (cycles, self-loops, missing dates, depth limits included), and
after each kind of change to a view already traced, so that the index is never stale.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.trace import (
    ChainLink,
    DocumentSummary,
    TraceNode,
    find_documents,
    implementation_chain_up,
    implementation_tree,
    implemented,
    implementers,
    view_index,
)

# --- the plain definition --------------------------------------------------------------------------------


def reference_summary(g: nx.MultiDiGraph, iri: str) -> DocumentSummary:
    data = g.nodes[iri]
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


def issued(g: nx.MultiDiGraph, iri: str) -> tuple[str, str]:
    data = g.nodes[iri]
    return (data.get("date") or (str(data["year"]) if data.get("year") else "9999"), iri)


def reference_implementers(g: nx.MultiDiGraph, iri: str) -> list[tuple[str, int | None]]:
    edges = g.in_edges(iri, keys=True, data=True)
    found = [(source, data.get("lag_days")) for source, _, key, data in edges if key == "implements"]
    return sorted(found, key=lambda edge: issued(g, edge[0]))


def reference_implemented(g: nx.MultiDiGraph, iri: str) -> list[tuple[str, int | None]]:
    edges = g.out_edges(iri, keys=True, data=True)
    found = [(target, data.get("lag_days")) for _, target, key, data in edges if key == "implements"]
    return sorted(found, key=lambda edge: issued(g, edge[0]))


def reference_tree(
    g: nx.MultiDiGraph,
    iri: str,
    depth: int | None,
    path: frozenset[str] = frozenset(),
    lag: int | None = None,
) -> TraceNode:
    doc = reference_summary(g, iri)
    if iri in path:
        return TraceNode(doc, lag, cycle=True)
    below = reference_implementers(g, iri)
    if depth is not None and depth <= 0:
        return TraceNode(doc, lag, truncated=bool(below))
    deeper = None if depth is None else depth - 1
    children = tuple(reference_tree(g, child, deeper, path | {iri}, child_lag) for child, child_lag in below)
    return TraceNode(doc, lag, children)


def reference_chains(
    g: nx.MultiDiGraph, iri: str, prefix: tuple[ChainLink, ...] = (), path: frozenset[str] = frozenset()
) -> list[tuple[ChainLink, ...]]:
    doc = reference_summary(g, iri)
    parents = [(parent, lag) for parent, lag in reference_implemented(g, iri) if parent not in path | {iri}]
    if not parents:
        return [(*prefix, ChainLink(doc))]
    return [
        chain
        for parent, lag in parents
        for chain in reference_chains(g, parent, (*prefix, ChainLink(doc, lag)), path | {iri})
    ]


# --- generated views ----------------------------------------------------------------------------------------

# of different lengths, in no particular order: documents of the same date are ordered by IRI
IRIS = [f"urn:test:{name}" for name in ("kh-7", "a", "kh-12", "ctr-3", "b", "nq-100", "c2", "d")]
DATES = st.sampled_from([None, "2021-10-25", "2021-12-01", "2022-01-10", "2022-01-10", "2022"])


def document(n: int, date: str | None, year: int | None) -> dict:
    return {
        "kind": "document",
        "label": f"{n}-KH/TU",
        "type": "plan",
        "number": str(n),
        "symbol": f"{n}-KH/TU",
        "organ": "TU",
        "date": date,
        "year": year,
        "level": "provincial",
        "province": "Bến Tre",
        "subject": None,
        "term": None,
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "issuer_iri": "urn:test:org",
        "mentions": 1,
    }


@st.composite
def views(draw: st.DrawFn) -> nx.MultiDiGraph:
    """Up to eight documents and up to twenty edges between them, self-loops and cycles allowed; some edges
    are ``based_on`` (not followed), some documents have only a year or nothing."""
    g = nx.MultiDiGraph()
    for n, iri in enumerate(IRIS[: draw(st.integers(1, len(IRIS)))]):
        date = draw(DATES)
        year = draw(st.sampled_from([None, 2021, 2022])) if date is None else int(date[:4])
        g.add_node(iri, **document(n, date if date and len(date) == 10 else None, year))
    nodes = sorted(g)
    for _ in range(draw(st.integers(0, 20))):
        source, target = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
        key = draw(st.sampled_from(["implements", "implements", "based_on"]))
        lag = draw(st.one_of(st.none(), st.integers(-100, 400)))
        g.add_edge(source, target, key=key, evidence=[], **({"lag_days": lag} if key == "implements" else {}))
    return g


@settings(max_examples=300, deadline=None)
@given(g=views(), depth=st.one_of(st.none(), st.integers(0, 3)), data=st.data())
def test_tree_and_chains_are_the_plain_definition(
    g: nx.MultiDiGraph, depth: int | None, data: st.DataObject
) -> None:
    root = data.draw(st.sampled_from(sorted(g)))
    for _ in range(2):  # the second time from the index the first one filled
        assert implementation_tree(g, root, max_depth=depth) == reference_tree(g, root, depth)
        assert implementation_chain_up(g, root) == reference_chains(g, root)
        assert implementers(g, root) == reference_implementers(g, root)
        assert implemented(g, root) == reference_implemented(g, root)


# --- the index is never stale ------------------------------------------------------------------------------

A, B, C, D = IRIS[:4]


def chain_view() -> nx.MultiDiGraph:
    """B and C implement A; D implements B."""
    g = nx.MultiDiGraph()
    for n, (iri, date) in enumerate(
        [(A, "2021-10-25"), (B, "2021-12-01"), (C, "2022-01-10"), (D, "2022-03-01")]
    ):
        g.add_node(iri, **document(n, date, int(date[:4])))
    for source, target, lag in [(B, A, 37), (C, A, 77), (D, B, 90)]:
        g.add_edge(source, target, key="implements", evidence=[], lag_days=lag)
    return g


def in_place_date(g: nx.MultiDiGraph) -> None:
    """An attribute set in place: as for networkx's own cache, the caller clears the view's cache."""
    g.nodes[C]["date"] = "2021-11-01"
    g.__networkx_cache__.clear()


CHANGES: list = [
    pytest.param(lambda g: g.add_edge(C, B, key="implements", evidence=[], lag_days=-40), id="add-edge"),
    pytest.param(lambda g: g.add_edge(A, D, key="implements", evidence=[], lag_days=None), id="add-cycle"),
    pytest.param(lambda g: g.add_edge(B, A, key="implements", lag_days=1), id="edge-attribute-by-add_edge"),
    pytest.param(lambda g: g.remove_edge(D, B, key="implements"), id="remove-edge"),
    pytest.param(lambda g: g.remove_node(B), id="remove-node"),
    pytest.param(lambda g: g.add_node(C, date="2021-11-01", label="renamed"), id="attributes-by-add_node"),
    pytest.param(lambda g: g.add_edges_from([(D, A, "implements", {"lag_days": 5})]), id="add-edges-from"),
    pytest.param(in_place_date, id="in-place-attribute-and-cache-cleared"),
]


@pytest.mark.parametrize("change", CHANGES)
def test_a_view_changed_after_a_trace_is_traced_afresh(change: Callable[[nx.MultiDiGraph], None]) -> None:
    g = chain_view()
    before = implementation_tree(g, A)
    implementation_chain_up(g, D)
    change(g)
    assert implementation_tree(g, A) == reference_tree(g, A, None) != before
    if D in g:
        assert implementation_chain_up(g, D) == reference_chains(g, D)


def test_a_document_added_is_found_and_traced() -> None:
    g = chain_view()
    assert find_documents(g, "Kế hoạch 7") == []
    g.add_node("urn:test:new", **document(7, "2022-05-05", 2022))
    g.add_edge("urn:test:new", A, key="implements", evidence=[], lag_days=192)
    assert [doc.iri for doc in find_documents(g, "Kế hoạch 7")] == ["urn:test:new"]
    assert [child.document.iri for child in implementation_tree(g, A).children] == [B, C, "urn:test:new"]


def test_a_subgraph_view_sees_its_graph_change() -> None:
    """A subgraph view shares its graph's data but not its cache: it is never answered from an old index."""
    g = chain_view()
    sub = g.subgraph([A, B, C])
    assert [child.document.iri for child in implementation_tree(sub, A).children] == [B, C]
    g.add_edge(C, B, key="implements", evidence=[], lag_days=-40)
    assert implementation_tree(sub, A) == reference_tree(sub, A, None)
    assert [child.document.iri for child in implementation_tree(sub, A).children[0].children] == [C]


def test_one_index_per_view_and_results_callers_may_change() -> None:
    g = chain_view()
    assert view_index(g) is view_index(g)
    assert view_index(g.copy()) is not view_index(g)
    found = implementers(g, A)
    found.clear()
    assert implementers(g, A) == [(B, 37), (C, 77)]


def test_trees_are_the_frozen_dataclasses_callers_know() -> None:
    tree = implementation_tree(chain_view(), A)
    with pytest.raises(AttributeError):
        tree.cycle = True  # type: ignore[misc]
    assert hash(tree.document) == hash(reference_summary(chain_view(), A))
    assert repr(tree.children[1]) == repr(reference_tree(chain_view(), A, None).children[1])
    assert tree.size() == 4


# --- trees kept between calls --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(g=views(), data=st.data())
def test_trees_traced_one_after_another_are_each_the_plain_definition(
    g: nx.MultiDiGraph, data: st.DataObject
) -> None:
    """The index keeps the subtree of each document met without a cycle and reuses it in later trees: in
    any order, with and without a depth limit, each tree is still the plain definition."""
    for root in data.draw(st.permutations(sorted(g))):
        depth = data.draw(st.one_of(st.none(), st.integers(0, 3)))
        assert implementation_tree(g, root, max_depth=depth) == reference_tree(g, root, depth)


def looped_view() -> nx.MultiDiGraph:
    """B implements A; B and C implement each other; D implements C."""
    g = chain_view()
    g.remove_edges_from(list(g.edges(keys=True)))
    for source, target in [(B, A), (C, B), (B, C), (D, C)]:
        g.add_edge(source, target, key="implements", evidence=[], lag_days=1)
    return g


@pytest.mark.parametrize(
    "roots",
    [
        pytest.param([A, C, B], id="a-loop-met-below-then-traced-from-inside"),
        pytest.param([C, A, B], id="from-inside-then-from-above"),
        pytest.param([D, C, A], id="a-leaf-first"),
    ],
)
def test_a_subtree_that_met_a_loop_is_worked_out_again_under_another_root(roots: list[str]) -> None:
    g = looped_view()
    for root in roots:
        assert implementation_tree(g, root) == reference_tree(g, root, None)
    assert [child.cycle for child in implementation_tree(g, C).children[0].children] == [True]
