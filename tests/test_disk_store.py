"""Large graphs reach the build's sinks through an on-disk Oxigraph store: the same outputs as in memory.

The build writes graph.trig, then (above ``disk_store_quads``) bulk-loads it into a pyoxigraph store in its
staging folder and gives the sinks a read-only rdflib Dataset over it. These tests force that threshold low and
check the network view and the LadybugDB database are the same as when the graph is in memory, that the store
reads back exactly the quads rdflib parses, and that nothing is left behind, on success or failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from rdflib import RDFS, XSD, Dataset, Graph, Literal, URIRef
from test_ladybug import dump

from graph.disk_store import DiskStoreError, bulk_load, on_disk_dataset, read_only_dataset
from graph.ladybug_sink import DATABASE_NAME, write_embedded
from graph.network import to_networkx
from graph.network_cache import NETWORK_FILE, write_network_view
from graph.property import to_property_graph
from graph.store import ReadOnlyDataset, StoreError, UnionView, load_dataset, union_graph
from vankien.build import SINK_STORE_NAME, BuildError, BuildRequest, build_graph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

ID = "https://w3id.org/vankien/id/"
IN_MEMORY = 10**12  # a threshold no test graph reaches
ON_DISK = 1  # every graph goes through the store


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    generated = tmp_path_factory.mktemp("generated")
    generate(generated, 0.25, seed=7)
    return {"seeds": ROOT / "seeds", "generated": generated / "articles"}


def build(corpus: Path, out: Path, disk_store_quads: int, sinks: tuple = ()) -> None:
    request = BuildRequest(
        paths=(corpus,),
        out=out,
        jobs=1,
        use_cache=False,
        validation="none",  # a full validation builds the in-memory Dataset, which the sinks would then reuse
        sinks=sinks or (write_network_view, write_embedded),
        disk_store_quads=disk_store_quads,
    )
    build_graph(request)


@pytest.fixture(scope="module")
def builds(corpora: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    found = {}
    for name, corpus in corpora.items():
        for mode, threshold in (("memory", IN_MEMORY), ("disk", ON_DISK)):
            out = tmp_path_factory.mktemp(f"{name}-{mode}") / "out"
            build(corpus, out, threshold)
            found[(name, mode)] = out
    return found


CORPORA = [pytest.param("seeds", id="seeds"), pytest.param("generated", id="generated-corpus")]


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_network_view_is_the_same_in_memory_and_on_disk(builds: dict, corpus: str) -> None:
    memory, disk = builds[(corpus, "memory")], builds[(corpus, "disk")]
    assert (memory / "graph.trig").read_bytes() == (disk / "graph.trig").read_bytes()
    in_memory = json.loads((memory / NETWORK_FILE).read_text(encoding="utf-8"))
    on_disk = json.loads((disk / NETWORK_FILE).read_text(encoding="utf-8"))
    assert in_memory["graph"]["edges"], "the corpus must give edges for this test to mean something"
    assert on_disk == in_memory


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_embedded_database_is_the_same_in_memory_and_on_disk(builds: dict, corpus: str) -> None:
    in_memory = dump(builds[(corpus, "memory")] / DATABASE_NAME)
    assert in_memory["IMPLEMENTS"] and in_memory["MENTIONED_IN"]
    assert dump(builds[(corpus, "disk")] / DATABASE_NAME) == in_memory


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_store_reads_back_exactly_the_quads_rdflib_parses(
    builds: dict, corpus: str, tmp_path: Path
) -> None:
    graph_file = builds[(corpus, "memory")] / "graph.trig"
    parsed = load_dataset(graph_file)
    with on_disk_dataset(graph_file, tmp_path / "store") as stored:
        assert set(stored.quads()) == set(parsed.quads())  # literals included: "x" stays "x", 1 stays 1
        assert len(stored) == len(parsed)  # the union counts a triple held by several graphs once
        assert {g.identifier for g in stored.graphs()} >= {URIRef(ID + "graph/entities")}
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_disk_build_leaves_no_store_or_staging_behind(builds: dict, corpus: str) -> None:
    memory, disk = builds[(corpus, "memory")], builds[(corpus, "disk")]
    assert sorted(p.name for p in disk.iterdir()) == sorted(p.name for p in memory.iterdir())
    assert not (disk / SINK_STORE_NAME).exists()
    assert [p.name for p in disk.parent.iterdir()] == ["out"]


def failing_sink(ds: Dataset, staging: Path) -> None:
    (staging / "half-written.txt").write_text("partial", encoding="utf-8")
    assert (staging / SINK_STORE_NAME).is_dir()  # the sinks do read from the on-disk store
    raise RuntimeError("disk full")


def writing_sink(ds: Dataset, staging: Path) -> None:
    ds.add((URIRef(ID + "x"), URIRef(ID + "y"), Literal("z")))


@pytest.mark.parametrize(
    ("sink", "threshold", "message"),
    [
        pytest.param(failing_sink, ON_DISK, "disk full", id="a-sink-raises"),
        pytest.param(writing_sink, ON_DISK, "read-only", id="a-sink-tries-to-change-the-graph-on-disk"),
        pytest.param(writing_sink, IN_MEMORY, "read-only", id="a-sink-tries-to-change-the-graph-in-memory"),
    ],
)
def test_a_failed_sink_keeps_the_previous_outputs(
    corpora: dict[str, Path], tmp_path: Path, sink: object, threshold: int, message: str
) -> None:
    out = tmp_path / "out"
    build(corpora["seeds"], out, threshold)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    with pytest.raises(BuildError, match=message):
        build(corpora["seeds"], out, threshold, sinks=(write_network_view, sink))
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # staging folder and store removed


TRIG = """@prefix vk: <https://w3id.org/vankien/ontology#> .
@prefix vkid: <https://w3id.org/vankien/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
vkid:graph\\/entities { vkid:doc\\/tw\\/kl-21-tw-2021 a vk:Conclusion ; vk:number "21" ; vk:year 2021 ;
    rdfs:label "Kết luận 21-KL/TW"@vi ; vk:dateIssued "2021-10-25"^^xsd:date . }
vkid:article\\/a { vkid:doc\\/tw\\/kl-21-tw-2021 a vk:Conclusion ; vk:number "21" . }
vkid:article\\/b { vkid:doc\\/tw\\/kl-21-tw-2021 a vk:Conclusion . }
"""
KL21 = URIRef(ID + "doc/tw/kl-21-tw-2021")
VK = "https://w3id.org/vankien/ontology#"


@pytest.fixture
def small(tmp_path: Path) -> Dataset:
    graph_file = tmp_path / "graph.trig"
    graph_file.write_text(TRIG, encoding="utf-8")
    return read_only_dataset(bulk_load(graph_file, tmp_path / "store"))


@pytest.mark.parametrize(
    ("graph", "predicate", "expected"),
    [
        pytest.param(None, VK + "number", [Literal("21")], id="union-returns-a-triple-of-three-graphs-once"),
        pytest.param(ID + "graph/entities", VK + "year", [Literal(2021)], id="one-named-graph"),
        pytest.param(ID + "article/b", VK + "number", [], id="a-graph-without-it"),
        pytest.param(
            None, str(RDFS.label), [Literal("Kết luận 21-KL/TW", lang="vi")], id="language-tag-kept"
        ),
        pytest.param(
            None, VK + "dateIssued", [Literal("2021-10-25", datatype=XSD.date)], id="typed-literal-kept"
        ),
    ],
)
def test_patterns_read_the_union_or_one_graph(
    small: Dataset, graph: str | None, predicate: str, expected: list
) -> None:
    source = union_graph(small) if graph is None else Graph(store=small.store, identifier=URIRef(graph))
    assert list(source.objects(KL21, URIRef(predicate))) == expected


def test_the_union_of_a_read_only_dataset_is_a_view_not_a_copy(small: Dataset) -> None:
    union = union_graph(small)
    assert isinstance(union, UnionView)
    assert len(union) == 5  # type, number, year, label, date: each once
    assert (KL21, None, Literal("nothing")) not in union
    assert list(union.subjects(URIRef(VK + "number"), Literal("21"))) == [KL21]
    with pytest.raises(StoreError, match="read-only"):
        union.add((KL21, URIRef(VK + "number"), Literal("22")))


def test_a_read_only_dataset_over_memory_has_the_same_union_as_a_copy() -> None:
    ds = Dataset()
    ds.parse(data=TRIG, format="trig")
    view = union_graph(ReadOnlyDataset(store=ds.store, default_union=True))
    assert set(view) == set(union_graph(ds))


def test_the_store_refuses_writes(small: Dataset) -> None:
    with pytest.raises(StoreError, match="read-only"):
        small.add((KL21, URIRef(VK + "number"), Literal("22")))
    with pytest.raises(DiskStoreError, match="read-only"):  # through a graph, the store itself refuses
        small.graph(URIRef(ID + "graph/entities")).add((KL21, URIRef(VK + "number"), Literal("22")))
    with pytest.raises(DiskStoreError, match="read-only"):
        small.graph(URIRef(ID + "graph/entities")).remove((KL21, None, None))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "graph.ttl", "<urn:a> <urn:b> <urn:c> .", "only TriG and N-Quads", id="turtle-has-no-graphs"
        ),
        pytest.param("graph.trig", "<urn:a> <urn:b> .", "cannot load", id="malformed-trig"),
    ],
)
def test_loading_what_the_store_cannot_hold_says_why(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    graph_file = tmp_path / name
    graph_file.write_text(content, encoding="utf-8")
    with pytest.raises(DiskStoreError, match=message), on_disk_dataset(graph_file, tmp_path / "store"):
        pass
    assert not (tmp_path / "store").exists()


def test_the_views_over_the_store_equal_the_views_in_memory(builds: dict, tmp_path: Path) -> None:
    graph_file = builds[("seeds", "memory")] / "graph.trig"
    parsed = load_dataset(graph_file)
    with on_disk_dataset(graph_file, tmp_path / "store") as stored:
        assert to_property_graph(stored) == to_property_graph(parsed)
        from_disk, from_memory = to_networkx(stored), to_networkx(parsed)
    assert dict(from_disk.nodes(data=True)) == dict(from_memory.nodes(data=True))
    assert list(from_disk.edges(keys=True, data=True)) == list(from_memory.edges(keys=True, data=True))
