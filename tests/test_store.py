"""Loading, saving and merging the graph: every format round-trips, saving is atomic."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from test_network import chain_dataset

from graph.store import (
    FORMATS,
    StoreError,
    graph_names,
    load_dataset,
    merge_datasets,
    rdf_format,
    save_dataset,
    union_graph,
)

ID = "https://w3id.org/vankien/id/"
ENTITIES = ID + "graph/entities"
ARTICLE_A = ID + "article/seed-a"


def assert_same_named_graphs(left: Dataset, right: Dataset) -> None:
    assert graph_names(left) == graph_names(right)
    for name in graph_names(left):
        assert isomorphic(left.graph(URIRef(name)), right.graph(URIRef(name))), name


@pytest.mark.parametrize(
    "fmt",
    [pytest.param(name, id=name) for name, spec in FORMATS.items() if spec.keeps_named_graphs],
)
def test_named_graph_formats_round_trip(tmp_path: Path, fmt: str) -> None:
    original = chain_dataset()
    path = save_dataset(original, tmp_path / f"graph{FORMATS[fmt].suffix}")
    loaded = load_dataset(path)
    assert {ENTITIES, ARTICLE_A} <= graph_names(loaded)
    assert_same_named_graphs(original, loaded)


def test_turtle_round_trips_the_union_graph(tmp_path: Path) -> None:
    original = chain_dataset()
    loaded = load_dataset(save_dataset(original, tmp_path / "graph.ttl"))
    assert isomorphic(union_graph(loaded), union_graph(original))
    assert ENTITIES not in graph_names(loaded)  # Turtle has no named graphs


def test_union_graph_holds_every_graph_once() -> None:
    ds = chain_dataset()
    union = union_graph(ds)
    distinct = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    assert len(union) == len(distinct)
    assert (URIRef(ID + "doc/tw/kh-03-tw-2021"), None, None) in union  # entities
    assert (URIRef(ID + "evidence/eeeeeeeeeeeeeee4"), None, None) in union  # catalogue


@pytest.mark.parametrize(
    ("path", "name", "expected"),
    [
        pytest.param("g.trig", None, "trig", id="trig-suffix"),
        pytest.param("g.ttl", None, "ttl", id="ttl-suffix"),
        pytest.param("g.turtle", None, "ttl", id="turtle-suffix"),
        pytest.param("g.nq", None, "nq", id="nq-suffix"),
        pytest.param("g.jsonld", None, "jsonld", id="jsonld-suffix"),
        pytest.param("g.data", None, "trig", id="unknown-suffix-defaults-to-trig"),
        pytest.param("g.trig", "nq", "nq", id="name-beats-suffix"),
        pytest.param("g", "JSON-LD", "jsonld", id="alias-any-case"),
    ],
)
def test_format_by_name_or_suffix(path: str, name: str | None, expected: str) -> None:
    assert rdf_format(Path(path), name).name == expected


def test_format_written_is_the_one_asked_for(tmp_path: Path) -> None:
    path = save_dataset(chain_dataset(), tmp_path / "graph.data", fmt="nq")
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("<") and first_line.endswith("> .")  # a quad: subject ... graph .
    assert_same_named_graphs(chain_dataset(), load_dataset(path, fmt="nq"))


def test_unknown_format_name_is_refused() -> None:
    with pytest.raises(StoreError, match="unknown RDF format"):
        rdf_format(Path("g.trig"), "rdfxml-ish")


def test_missing_or_malformed_file_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="vankien build"):
        load_dataset(tmp_path / "absent.trig")
    broken = tmp_path / "broken.trig"
    broken.write_text("this is { not trig", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read"):
        load_dataset(broken)


class FailingDataset(Dataset):
    """Writes half a graph and then fails, like a serialiser hitting a bad term or a full disk."""

    def serialize(self, destination=None, format="trig", **kwargs):  # type: ignore[override]
        destination.write(b"@prefix vk: <https://w3id.org/vankien/ontology#> .\n<half")
        raise RuntimeError("serialisation failed halfway")


@pytest.mark.parametrize(
    "fmt", [pytest.param(name, id=name) for name in FORMATS if FORMATS[name].keeps_named_graphs]
)
def test_failed_save_leaves_the_old_graph_intact(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"graph{FORMATS[fmt].suffix}"
    save_dataset(chain_dataset(), path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="halfway"):
        save_dataset(FailingDataset(default_union=True), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind
    assert_same_named_graphs(chain_dataset(), load_dataset(path))


def test_save_creates_the_directory_and_replaces_the_old_graph(tmp_path: Path) -> None:
    path = tmp_path / "out" / "graph.trig"
    save_dataset(chain_dataset(), path)
    smaller = Dataset(default_union=True)
    smaller.graph(URIRef(ENTITIES)).add((URIRef(ID + "doc/tw/x"), URIRef(ID + "p"), Literal("1")))
    save_dataset(smaller, path)
    assert len(union_graph(load_dataset(path))) == 1


def test_saved_graph_has_the_usual_permissions(tmp_path: Path) -> None:
    """Readable by whoever may read a normally created file (a private 0600 temp file must not leak through)."""
    ordinary = tmp_path / "ordinary.txt"
    ordinary.write_text("x", encoding="utf-8")
    saved = save_dataset(chain_dataset(), tmp_path / "graph.trig")
    assert stat.S_IMODE(saved.stat().st_mode) == stat.S_IMODE(ordinary.stat().st_mode)


def test_merge_keeps_named_graphs_and_unions_same_names() -> None:
    first = chain_dataset()
    second = Dataset(default_union=True)
    extra = (URIRef(ID + "doc/tw/nq-01-tw-2000"), URIRef(ID + "p"), Literal("x"))
    second.graph(URIRef(ENTITIES)).add(extra)
    second.graph(URIRef(ID + "article/seed-c")).add(extra)
    merged = merge_datasets(first, second)
    assert graph_names(merged) == graph_names(first) | {ID + "article/seed-c"}
    assert extra in merged.graph(URIRef(ENTITIES))
    assert len(merged.graph(URIRef(ENTITIES))) == len(first.graph(URIRef(ENTITIES))) + 1
    assert isomorphic(merged.graph(URIRef(ARTICLE_A)), first.graph(URIRef(ARTICLE_A)))


def test_merge_is_idempotent() -> None:
    once = merge_datasets(chain_dataset())
    twice = merge_datasets(once, chain_dataset())
    assert_same_named_graphs(once, twice)
