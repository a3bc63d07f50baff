"""The build's sinks build their views from one pass over the graph file: exactly the views rdflib gives.

``graph.triple_index`` reads a TriG or N-Quads file into an index of the statements the views read, and the
views are computed from it by the same code as from an rdflib Dataset (``network_of``, ``property_graph_of``).
These tests compare, on every kind of graph we have, the views from the index with ``to_networkx`` and
``to_property_graph`` of the same file loaded into rdflib: nodes, edges, keys and every attribute in order
(evidence lists included), and every node and relationship row. Then the build: its sinks read the file, their
outputs equal the views of the file loaded into rdflib, and a failing sink keeps the previous outputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pytest
from networkx.readwrite import json_graph
from property_corpus import CORPUS as PROPERTY_CORPUS
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import SKOS
from test_ladybug import dump
from test_network import CHAIN_TRIG
from test_to_rdf import small_dataset

from graph.ladybug_sink import DATABASE_NAME, write_embedded
from graph.network import to_networkx
from graph.network_cache import load_network, write_network_view
from graph.property import to_property_graph
from graph.store import ReadOnlyDataset, StoreError, UnionView, load_dataset, save_dataset, union_graph
from graph.terms import RDF_PREDICATE, TYPE
from graph.triple_index import (
    VIEW_PREDICATES,
    CompactIndex,
    GraphFile,
    GraphFileError,
    IndexMiss,
    TripleIndex,
    ViewIndex,
    network_from_index,
    property_graph_from_index,
    property_tables_from_index,
    read_index,
    with_provenance,
)
from ontology.namespace import VK
from vankien.build import BuildError, BuildRequest, build_graph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

ID = "https://w3id.org/vankien/id/"
FORMATS = ("trig", "nq")


def build(corpus: Path, out: Path, fmt: str = "trig", sinks: tuple = ()) -> Path:
    request = BuildRequest(
        paths=(corpus,), out=out, fmt=fmt, jobs=1, use_cache=False, validation="none", sinks=sinks
    )
    build_graph(request)
    return out / f"graph.{fmt}"


def rdflib_written(ds: Dataset, folder: Path) -> dict[str, Path]:
    """``ds`` as rdflib writes it, in both formats (another writer than the build's)."""
    return {fmt: save_dataset(ds, folder / f"graph.{fmt}") for fmt in FORMATS}


@pytest.fixture(scope="module")
def graph_files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """(corpus, format) -> graph file, for every corpus in both formats."""
    generated = tmp_path_factory.mktemp("generated")
    generate(generated, 0.25, seed=7)
    found: dict[tuple[str, str], Path] = {}
    for name, corpus in (("seeds", ROOT / "seeds"), ("generated", generated / "articles")):
        for fmt in FORMATS:
            found[(name, fmt)] = build(corpus, tmp_path_factory.mktemp(f"{name}-{fmt}") / "out", fmt)
    chain = Dataset(default_union=True)
    chain.parse(data=CHAIN_TRIG, format="trig")
    hand_built = {
        "flags-and-catalogue": small_dataset(),
        "chain": chain,
        "property": load_dataset(PROPERTY_CORPUS),
    }
    for name, ds in hand_built.items():
        for fmt, path in rdflib_written(ds, tmp_path_factory.mktemp(name)).items():
            found[(name, fmt)] = path
    return found


CORPORA = [
    pytest.param(corpus, fmt, id=f"{corpus}-{fmt}")
    for corpus in ("seeds", "generated", "flags-and-catalogue", "chain", "property")
    for fmt in FORMATS
]


def ordered(g: nx.MultiDiGraph) -> dict:
    """Nodes and edges in insertion order with every attribute: equal only if built the same way."""
    return json_graph.node_link_data(g, edges="edges")


def index_of(path: Path, form: str) -> ViewIndex:
    """The file's index as ``read_index`` makes it, in the compact form the build's sinks read, or compact
    with its evidence and mention nodes read ahead into records (as the build's shares have them)."""
    index = read_index(path)
    if form == "read-ahead":
        index = with_provenance(index)
    return index if form == "index" else index.compacted()


BOTH_FORMS = pytest.mark.parametrize("form", ["index", "compact", "read-ahead"])


@BOTH_FORMS
@pytest.mark.parametrize(("corpus", "fmt"), CORPORA)
def test_the_network_view_from_the_file_is_to_networkx(
    graph_files: dict, corpus: str, fmt: str, form: str
) -> None:
    path = graph_files[(corpus, fmt)]
    expected = to_networkx(load_dataset(path))
    assert expected.number_of_edges(), "the corpus must give edges for this test to mean something"
    assert ordered(network_from_index(index_of(path, form))) == ordered(expected)


@BOTH_FORMS
@pytest.mark.parametrize(("corpus", "fmt"), CORPORA)
def test_the_property_graph_from_the_file_is_to_property_graph(
    graph_files: dict, corpus: str, fmt: str, form: str
) -> None:
    path = graph_files[(corpus, fmt)]
    expected = to_property_graph(load_dataset(path))
    assert expected.relationships["IMPLEMENTS"] and expected.relationships["MENTIONED_IN"]
    index = index_of(path, form)
    assert property_graph_from_index(index) == expected
    tables = property_tables_from_index(index)  # what the embedded sink writes: each table made when read
    assert {label: tuple(tables.node_rows(label)) for label in tables.node_labels} == expected.nodes
    for rel_type in tables.relationship_types:
        assert tuple(tables.relationship_rows(rel_type)) == expected.relationships[rel_type]
        assert tuple(tables.relationship_rows(rel_type)) == expected.relationships[rel_type]  # read again


def test_the_compact_index_answers_every_lookup_as_the_index(graph_files: dict) -> None:
    path = graph_files[("generated", "trig")]
    dicts, compact = read_index(path), index_of(path, "compact")
    for index, same in ((dicts.union, compact.union), (dicts.entities, compact.entities)):
        assert isinstance(index, TripleIndex) and isinstance(same, CompactIndex)
        assert_same_answers(index, same)


def assert_same_answers(index: TripleIndex, compact: CompactIndex) -> None:
    for subject in index.by_subject:
        for predicate in VIEW_PREDICATES:
            found = list(index.objects(subject, predicate))
            assert list(compact.objects(subject, predicate)) == found
            assert compact.value(subject, predicate) == index.value(subject, predicate)
            assert all((subject, predicate, obj) in compact for obj in found)
            assert (subject, predicate, Literal("none of them")) not in compact
    for predicate in index.by_predicate:
        assert list(compact.subjects(predicate)) == list(index.subjects(predicate))
        assert list(compact.subject_objects(predicate)) == list(index.subject_objects(predicate))
    for predicate, obj in index.by_object:
        assert list(compact.subjects(predicate, obj)) == list(index.subjects(predicate, obj))
    assert list(compact.objects(URIRef(ID + "nothing"), VK.symbol)) == []
    with pytest.raises(IndexMiss):
        list(compact.subjects(VK.symbol))


def test_the_hand_built_corpora_have_what_the_comparison_must_cover(graph_files: dict) -> None:
    flagged = load_dataset(graph_files[("flags-and-catalogue", "trig")])
    notes = {str(note).split(":")[0] for note in flagged.objects(None, SKOS.editorialNote)}
    assert "ambiguous" in notes
    g = to_networkx(flagged)
    evidence = [e for _, _, data in g.edges(data=True) for e in data["evidence"]]
    assert any(e["rule"] == "catalogue" and e["article"] is None for e in evidence)
    assert to_property_graph(load_dataset(graph_files[("property", "trig")])).relationships["BASED_ON"]


def test_reading_ahead_moves_the_evidence_and_mentions_out_and_leaves_what_it_cannot_settle(
    graph_files: dict,
) -> None:
    """The seeds' mentions and their relations' evidence become records, the evidence of attribute values
    (which no view shows) is dropped; evidence of a relation citing no article (the catalogue's) stays in the
    union, where the views read it as before (the tests above: the same views)."""
    for corpus in ("seeds", "flags-and-catalogue"):
        whole = read_index(graph_files[(corpus, "trig")])
        before = list(whole.union.subjects(TYPE, VK.Evidence))
        index = with_provenance(whole)
        assert index.provenance and index.provenance.spans and index.provenance.network
        assert not list(index.union.subjects(TYPE, VK.Mention))
        assert sum(index.provenance.mentions.values()) == sum(map(len, index.provenance.spans.values()))
        kept = list(index.union.subjects(TYPE, VK.Evidence))
        assert kept and len(kept) < len(before) / 2
        assert all(index.union.value(node, VK.rule) == Literal("catalogue") for node in kept)
        assert {index.union.value(node, RDF_PREDICATE) for node in kept} == {VK.issuedBy}
        with pytest.raises(ValueError, match="once"):
            with_provenance(index)


MULTI_GRAPH_TRIG = """@prefix vk: <https://w3id.org/vankien/ontology#> .
@prefix vkid: <https://w3id.org/vankien/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
vkid:graph\\/entities { vkid:doc\\/tw\\/kl-21-tw-2021 a vk:Conclusion ; vk:number "21" ; vk:year 2021 ;
    rdfs:label "Kết luận 21-KL/TW"@vi ; vk:dateIssued "2021-10-25"^^xsd:date . }
vkid:article\\/a { vkid:doc\\/tw\\/kl-21-tw-2021 a vk:Conclusion ; vk:number "021" ; vk:year "2020"^^xsd:string ;
    vk:mentionedIn vkid:article\\/a . vkid:article\\/a a vk:Article ; vk:sourceId "a" . }
vkid:article\\/b { vkid:doc\\/tw\\/kl-21-tw-2021 a vk:Conclusion ; vk:symbol "21-KL/TW" , "20-KL/TW" ;
    vk:mentionedIn vkid:article\\/a . }
"""


def test_a_statement_in_several_graphs_counts_once_and_the_entities_graph_wins(tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"
    path.write_text(MULTI_GRAPH_TRIG, encoding="utf-8")
    index = read_index(path)
    node = network_from_index(index).nodes[ID + "doc/tw/kl-21-tw-2021"]
    assert (node["number"], node["year"], node["symbol"]) == ("21", 2021, "20-KL/TW")  # smallest of the union
    assert ordered(network_from_index(index)) == ordered(to_networkx(load_dataset(path)))
    assert property_graph_from_index(index) == to_property_graph(load_dataset(path))
    years = set(index.union.objects(URIRef(ID + "doc/tw/kl-21-tw-2021"), VK.year))
    assert years == {Literal(2021), Literal("2020")}  # "x"^^xsd:string is the plain literal "x", as in rdflib


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        pytest.param("graph.trig", "<a> <b> { oops", "cannot read", id="malformed-trig"),
        pytest.param("graph.nq", "<a> <b> <c> <g>\n", "cannot read", id="malformed-nquads"),
        pytest.param("graph.ttl", "<a> <b> <c> .\n", "only TriG and N-Quads", id="turtle-has-no-graphs"),
        pytest.param("missing.trig", None, "cannot read", id="missing-file"),
    ],
)
def test_a_file_the_index_cannot_read_says_why(
    tmp_path: Path, name: str, text: str | None, message: str
) -> None:
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(GraphFileError, match=message):
        read_index(path)


def test_asking_about_a_predicate_the_index_does_not_keep_fails_loudly(graph_files: dict) -> None:
    union = read_index(graph_files[("seeds", "trig")]).union
    with pytest.raises(IndexMiss, match="editorialNote"):
        list(union.subjects(URIRef("http://www.w3.org/2004/02/skos/core#editorialNote")))


# --- the build's sinks read the file ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-build") / "out"
    build(ROOT / "seeds", out, sinks=(write_network_view, write_embedded))
    return out


def test_the_build_writes_the_views_of_its_graph_file(seeds_build: Path, tmp_path: Path) -> None:
    parsed = load_dataset(seeds_build / "graph.trig")
    saved = load_network(seeds_build / "graph.trig")  # the saved file's layout is graph/network_cache.py's
    assert saved is not None and ordered(saved) == ordered(to_networkx(parsed))
    expected = dump(write_embedded(parsed, tmp_path))
    assert expected["IMPLEMENTS"] and dump(seeds_build / DATABASE_NAME) == expected


def failing_sink(source: object, staging: Path) -> None:
    (staging / "half-written.txt").write_text("partial", encoding="utf-8")
    assert isinstance(source, GraphFile) and source.path.parent == staging  # the sinks read the file written
    raise RuntimeError("disk full")


def writing_sink(source: object, staging: Path) -> None:
    assert isinstance(source, Dataset)
    source.add((URIRef(ID + "x"), URIRef(ID + "y"), Literal("z")))


def garbling_sink(source: object, staging: Path) -> None:
    assert isinstance(source, GraphFile)
    for share in source.shares:  # the index is merged from the parts' shares when the workers made them ...
        share.write_bytes(b"garbled")  # ... and read from the file when one cannot be read
    source.path.write_text("<a> <b> { oops", encoding="utf-8")


@pytest.mark.parametrize(
    ("fmt", "sinks", "message"),
    [
        pytest.param("trig", (write_network_view, failing_sink), "disk full", id="a-sink-raises"),
        pytest.param("nq", (garbling_sink, write_network_view), "cannot read", id="the-file-cannot-be-read"),
        pytest.param(
            "ttl", (write_network_view, writing_sink), "read-only", id="turtle-dataset-is-read-only"
        ),
    ],
)
def test_a_failed_sink_keeps_the_previous_outputs(
    tmp_path: Path, fmt: str, sinks: tuple, message: str
) -> None:
    out = tmp_path / "out"
    build(ROOT / "seeds", out, fmt, sinks=(write_network_view,))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    with pytest.raises(BuildError, match=message):
        build(ROOT / "seeds", out, fmt, sinks=sinks)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # the staging folder is removed


def test_a_turtle_build_gives_its_sinks_the_dataset_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ROOT / "seeds", out, "ttl", sinks=(write_network_view,))
    saved = load_network(out / "graph.ttl")
    assert saved is not None and saved.number_of_edges()
    assert {kind for _, kind in saved.nodes(data="kind")} == {"document", "organisation"}


# --- Turtle and JSON-LD builds: the sinks read the Dataset written, read-only, through a view of its union -------


def read_only_multi_graph() -> tuple[Dataset, ReadOnlyDataset]:
    ds = Dataset(default_union=True)
    ds.parse(data=MULTI_GRAPH_TRIG, format="trig")
    return ds, ReadOnlyDataset(store=ds.store, default_union=True)


def test_the_union_of_a_read_only_dataset_is_a_view_with_the_same_triples_as_a_copy() -> None:
    ds, read_only = read_only_multi_graph()
    union = union_graph(read_only)
    assert isinstance(union, UnionView)
    assert set(union) == set(union_graph(ds))
    assert len(union) == len(set(union_graph(ds)))  # a triple held by several graphs counts once
    with pytest.raises(StoreError, match="read-only"):
        union.add((URIRef(ID + "x"), VK.number, Literal("22")))
    with pytest.raises(StoreError, match="read-only"):
        read_only.add((URIRef(ID + "x"), VK.number, Literal("22")))
