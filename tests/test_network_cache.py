"""The networkx view saved by `vankien build`: used only when it was computed from the graph file on disk."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import orjson
import pytest
from networkx.readwrite import json_graph
from typer.testing import CliRunner

from graph import network_cache
from graph.network import to_networkx
from graph.network_cache import (
    COLUMNAR_FORMAT,
    NETWORK_FILE,
    NODE_LINK_FORMAT,
    file_digest,
    load_network,
    save_network,
    write_network_view,
)
from graph.store import load_dataset
from graph.trace import NUMBER_INDEX_VERSION, find_documents, number_index
from graph.triple_index import GraphFile, ViewIndex, network_from_index
from vankien.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--out", str(out), "--no-embedded", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


def edges_of(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, k) for u, v, k in g.edges(keys=True)}


def test_build_saves_the_view_and_it_equals_the_one_from_the_rdf(built: Path) -> None:
    assert (built / NETWORK_FILE).is_file()
    saved = load_network(built / "graph.trig")
    assert saved is not None
    fresh = to_networkx(load_dataset(built / "graph.trig"))
    assert dict(saved.nodes(data=True)) == dict(fresh.nodes(data=True))
    assert edges_of(saved) == edges_of(fresh)
    for u, v, k, data in fresh.edges(keys=True, data=True):
        assert saved.edges[u, v, k] == data


def test_the_sink_empties_the_view_once_saved(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The view is in a reference cycle (networkx caches its edge view on it): the sink empties it, or it
    would be held, nodes, edges and evidence, until some later full collection, in the next sink."""
    made: list[nx.MultiDiGraph] = []

    def kept(index: ViewIndex) -> nx.MultiDiGraph:
        made.append(network_from_index(index))
        return made[-1]

    monkeypatch.setattr(network_cache, "network_from_index", kept)
    graph = tmp_path / "graph.trig"
    graph.write_bytes((built / "graph.trig").read_bytes())
    write_network_view(GraphFile(graph), tmp_path)
    assert len(made) == 1 and len(made[0]) == 0 and made[0].number_of_edges() == 0
    assert (tmp_path / NETWORK_FILE).read_bytes() == (built / NETWORK_FILE).read_bytes()


def test_a_changed_graph_file_makes_the_saved_view_stale(built: Path, tmp_path: Path) -> None:
    graph = tmp_path / "graph.trig"
    graph.write_bytes((built / "graph.trig").read_bytes() + b"\n# edited by hand\n")
    (tmp_path / NETWORK_FILE).write_bytes((built / NETWORK_FILE).read_bytes())
    assert load_network(graph) is None
    result = CliRunner().invoke(app, ["trace", "21-KL/TW", "--graph", str(graph)])
    assert result.exit_code == 0 and "13-CTr/TU" in result.output  # rebuilt from the RDF


def test_a_broken_saved_view_is_ignored(built: Path, tmp_path: Path) -> None:
    graph = tmp_path / "graph.trig"
    graph.write_bytes((built / "graph.trig").read_bytes())
    (tmp_path / NETWORK_FILE).write_text("{not json", encoding="utf-8")
    assert load_network(graph) is None


# --- the saved layout ---------------------------------------------------------------------------------------


def evidence(article: str, start: int | None, rule: str | None) -> dict:
    return {"article": article, "source": f"{article}.txt:1", "sentence": "Tỉnh ủy ban hành Kế hoạch số 7-KH/TU.",
            "start": start, "end": None if start is None else start + 37, "rule": rule}  # fmt: skip


def odd_values() -> nx.MultiDiGraph:
    """Values that are equal but not the same (1, 1.0, True), empty and non-ASCII ones, two attribute orders,
    parallel edges, a self-loop, an integer edge key, an edge without evidence, a node without edges."""
    g = nx.MultiDiGraph(name="test")
    g.add_node("urn:a", kind="document", label="7-KH/TU", year=1, number="7", mentions=True, score=1.0)
    g.add_node("urn:b", label="Đảng bộ tỉnh", kind="organisation", year=None, mentions=0, score=False)
    g.add_node("urn:c", kind="document", label="", year=2**40, number="007", mentions=1, score=-0.5)
    g.add_node("urn:lonely")
    g.add_edge(
        "urn:a", "urn:c", key="implements", evidence=[evidence("x", 5, "implements.doc_cue")], lag_days=3
    )
    g.add_edge("urn:a", "urn:c", key="based_on", evidence=[evidence("x", None, None), evidence("y", 0, "r")])
    g.add_edge("urn:a", "urn:b", key="issued_by", evidence=[])
    g.add_edge("urn:c", "urn:c", key=0, weight=1.0)
    return g


def node_link_only(change: Callable[[nx.MultiDiGraph], None]) -> Callable[[], nx.MultiDiGraph]:
    def made() -> nx.MultiDiGraph:
        g = odd_values()
        change(g)
        return g

    return made


ROUND_TRIPS = [
    pytest.param(odd_values, COLUMNAR_FORMAT, id="odd-values"),
    pytest.param(nx.MultiDiGraph, COLUMNAR_FORMAT, id="empty"),
    pytest.param(
        node_link_only(lambda g: g.add_node("urn:a", tags=["x"])), NODE_LINK_FORMAT, id="list-value"
    ),
    pytest.param(
        node_link_only(lambda g: g.add_node(7, kind="document")), NODE_LINK_FORMAT, id="integer-node"
    ),
    pytest.param(
        node_link_only(lambda g: g.add_edge("urn:b", "urn:a", evidence="a sentence")),
        NODE_LINK_FORMAT,
        id="evidence-not-a-list",
    ),
]


def typed(attributes: dict) -> list[tuple]:
    """Attributes in order with their types: 1, 1.0 and True are equal, but a loaded view must not mix them."""
    return [(key, type(value), value) for key, value in attributes.items()]


def saved_beside_a_graph_file(g: nx.MultiDiGraph, folder: Path) -> Path:
    graph = folder / "graph.trig"
    graph.write_text("# a graph file: the view is stamped with its digest\n", encoding="utf-8")
    save_network(g, folder / NETWORK_FILE, graph)
    return graph


@pytest.mark.parametrize(("make", "layout"), ROUND_TRIPS)
def test_a_saved_view_loads_back_as_it_was(
    make: Callable[[], nx.MultiDiGraph], layout: int, tmp_path: Path
) -> None:
    g = make()
    graph = saved_beside_a_graph_file(g, tmp_path)
    assert orjson.loads((tmp_path / NETWORK_FILE).read_bytes())["format"] == layout
    loaded = load_network(graph)
    assert loaded is not None and loaded.graph == g.graph
    assert list(loaded) == list(g)
    assert [typed(data) for _, data in loaded.nodes(data=True)] == [
        typed(data) for _, data in g.nodes(data=True)
    ]
    assert [(u, v, k, typed(data)) for u, v, k, data in loaded.edges(keys=True, data=True)] == [
        (u, v, k, typed(data)) for u, v, k, data in g.edges(keys=True, data=True)
    ]
    assert all(loaded.pred[node] == g.pred[node] for node in g)


def test_the_build_saves_the_columnar_layout_and_the_number_index_tracing_would_make(built: Path) -> None:
    payload = orjson.loads((built / NETWORK_FILE).read_bytes())
    assert payload["format"] == COLUMNAR_FORMAT and payload["trace"]["by_number"]
    saved = load_network(built / "graph.trig")
    fresh = to_networkx(load_dataset(built / "graph.trig"))
    assert saved is not None and number_index(saved) == number_index(fresh)
    assert find_documents(saved, "Kết luận 21") == find_documents(fresh, "Kết luận 21") != []


@pytest.mark.parametrize(
    ("version", "found"),
    [
        pytest.param(NUMBER_INDEX_VERSION, [], id="this-version-is-used"),
        pytest.param(NUMBER_INDEX_VERSION + 1, ["21-KL/TW"], id="another-version-is-not"),
    ],
)
def test_the_saved_number_index_is_used_only_at_its_version(
    built: Path, tmp_path: Path, version: int, found: list[str]
) -> None:
    graph = tmp_path / "graph.trig"
    graph.write_bytes((built / "graph.trig").read_bytes())
    payload = orjson.loads((built / NETWORK_FILE).read_bytes())
    payload["trace"] = {"version": version, "by_number": {}}  # as if no document had a number
    (tmp_path / NETWORK_FILE).write_bytes(orjson.dumps(payload))
    saved = load_network(graph)
    assert saved is not None
    assert [doc.symbol for doc in find_documents(saved, "21-KL/TW")] == found


def test_a_view_saved_as_node_link_json_by_an_earlier_version_is_still_read(
    built: Path, tmp_path: Path
) -> None:
    graph = tmp_path / "graph.trig"
    graph.write_bytes((built / "graph.trig").read_bytes())
    fresh = to_networkx(load_dataset(graph))
    earlier = {"format": 1, "source_sha256": file_digest(graph), "graph": json_graph.node_link_data(fresh)}
    (tmp_path / NETWORK_FILE).write_bytes(orjson.dumps(earlier))
    saved = load_network(graph)
    assert saved is not None and dict(saved.nodes(data=True)) == dict(fresh.nodes(data=True))
    assert edges_of(saved) == edges_of(fresh)


def truncate_a_column(payload: dict) -> None:
    payload["evidence"]["columns"][0][0].pop()


def list_a_node_twice(payload: dict) -> None:
    payload["nodes"][1] = payload["nodes"][0]


def miscount_the_evidence(payload: dict) -> None:
    payload["edges"]["evidence"][0] += 1


def point_past_the_values(payload: dict) -> None:
    payload["edges"]["key"][0] = len(payload["values"])


def tell_another_layout(payload: dict) -> None:
    payload["format"] = 3


DAMAGES = [
    pytest.param(truncate_a_column, "longer", id="a-column-cut-short"),
    pytest.param(list_a_node_twice, "twice", id="a-node-listed-twice"),
    pytest.param(miscount_the_evidence, "", id="evidence-miscounted"),
    pytest.param(point_past_the_values, "out of range", id="a-value-past-the-table"),
    pytest.param(tell_another_layout, "layout 3, this version reads 1 and 2", id="a-later-layout"),
]


@pytest.mark.parametrize(("change", "reason"), DAMAGES)
def test_a_saved_view_that_cannot_be_trusted_is_not_used_and_says_why(
    built: Path, tmp_path: Path, change: Callable[[dict], None], reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    graph = tmp_path / "graph.trig"
    graph.write_bytes((built / "graph.trig").read_bytes())
    payload = orjson.loads((built / NETWORK_FILE).read_bytes())
    change(payload)
    (tmp_path / NETWORK_FILE).write_bytes(orjson.dumps(payload))
    with caplog.at_level(logging.WARNING, logger="graph.network_cache"):
        assert load_network(graph) is None
    assert NETWORK_FILE in caplog.text and reason in caplog.text
    result = CliRunner().invoke(app, ["trace", "21-KL/TW", "--graph", str(graph)])
    assert result.exit_code == 0 and "13-CTr/TU" in result.output  # rebuilt from the RDF
