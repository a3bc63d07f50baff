"""The networkx view saved by `vankien build`: used only when it was computed from the graph file on disk."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.network import to_networkx
from graph.network_cache import NETWORK_FILE, load_network
from graph.store import load_dataset
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
