"""The sinks' index made part by part in the workers, kept beside the parts, merged: the index of the whole file.

``graph.index_share``: each RDF part's share of the views' index is made by the worker that writes the part,
cached under the part's key, and merged in file order by the main process. These tests check that the merge
is exactly ``read_index`` of the whole file (every dict in insertion order, every term with every slot of its
rdflib state), in TriG and N-Quads, for any number of workers, from the cache or fresh; that an incremental
build with the default sinks reuses the shares of unchanged parts and writes exactly what a full build writes;
and that a share that cannot be made or read falls back to reading the file.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from rdflib import XSD, Literal, URIRef
from test_ladybug import dump

import loaders.extract
from graph import index_share
from graph.index_share import ShareError, merge_shares, read_share, write_share
from graph.ladybug_sink import DATABASE_NAME, write_embedded
from graph.network_cache import NETWORK_FILE, write_network_view
from graph.provenance import ProvenanceRecords
from graph.triple_index import (
    CompactIndex,
    GraphFile,
    GraphFileError,
    TripleIndex,
    ViewIndex,
    index_text,
    network_from_index,
    property_graph_from_index,
    read_index,
    with_provenance,
)
from loaders.model import Article
from loaders.read import read_inputs
from loaders.resolve import Resolution, resolve_corpus
from ontology.namespace import VK
from vankien import build_rdf
from vankien.build import BuildRequest, build_graph
from vankien.cache import CACHE_DIR
from vankien.rdf_part_cache import PARTS_DIR

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

ID = "https://w3id.org/vankien/id/"


def state(term: Any) -> tuple[Any, ...]:
    """A term with everything it holds: its type, text and, for a literal, every slot and the value's type."""
    if isinstance(term, Literal):
        slots = (term.language, term.datatype, term.value, type(term.value), term.ill_typed)
        return (type(term), str(term), *slots)
    return (type(term), str(term))


def objects_of(found: Any) -> list[Any]:
    return [state(o) for o in (found if isinstance(found, dict) else (found,))]


def layout(index: TripleIndex | CompactIndex) -> tuple[list[Any], ...]:
    """The whole index in insertion order, terms as their state: equal only if built the same way."""
    if isinstance(index, CompactIndex):
        index = index.expanded()
    by_subject = [
        (state(s), [(state(p), objects_of(found)) for p, found in described.items()])
        for s, described in index.by_subject.items()
    ]
    by_predicate = [(state(p), [state(s) for s in subjects]) for p, subjects in index.by_predicate.items()]
    by_object = [
        ((state(p), state(o)), [state(s) for s in subjects]) for (p, o), subjects in index.by_object.items()
    ]
    return by_subject, by_predicate, by_object


def records(found: ProvenanceRecords | None) -> Any:
    """Read-ahead records as sorted data: where each came from (which part, which order) does not count."""
    if found is None:
        return None
    network = {k: sorted(map(sorted_items, v)) for k, v in found.network.items()}
    return (network, {k: sorted(v) for k, v in found.rows.items()}, found.mentions,
            {k: sorted(v) for k, v in found.spans.items()}, found.origins)  # fmt: skip


def sorted_items(record: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((key, repr(value)) for key, value in record.items())


def same_index(merged: ViewIndex, whole: ViewIndex) -> bool:
    return (merged.quads, layout(merged.union), layout(merged.entities), records(merged.provenance)) == (
        whole.quads,
        layout(whole.union),
        layout(whole.entities),
        records(whole.provenance),
    )


@pytest.fixture(scope="module")
def resolution(tmp_path_factory: pytest.TempPathFactory) -> Resolution:
    folder = tmp_path_factory.mktemp("generated")
    generate(folder, 0.1, seed=11)
    articles = [a for a in read_inputs([folder / "articles", ROOT / "seeds"]) if isinstance(a, Article)]
    return resolve_corpus([loaders.extract.extract(a) for a in articles])


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_rdf, "ARTICLES_PER_PART", 10)
    monkeypatch.setattr(build_rdf, "DOCUMENTS_PER_PART", 20)


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize(
    ("fmt", "workers", "cached"),
    [
        pytest.param("trig", 1, False, id="trig-one-worker"),
        pytest.param("trig", 2, True, id="trig-two-workers-cached"),
        pytest.param("nq", 2, False, id="nquads-two-workers"),
        pytest.param("nq", 1, True, id="nquads-one-worker-cached"),
    ],
)
def test_the_merged_shares_are_the_index_of_the_whole_file(
    resolution: Resolution, tmp_path: Path, fmt: str, workers: int, cached: bool
) -> None:
    cache = tmp_path / "out" if cached else None
    written = build_rdf.write_streamed(
        resolution, tmp_path / f"graph.{fmt}", fmt, workers, cached_in=cache, shares=True
    )
    assert written.parts >= 5 and len(written.shares) == written.parts
    whole = with_provenance(read_index(written.path))
    assert same_index(merge_shares(written.shares), whole)
    assert whole.union.by_predicate[VK.mentionedIn]  # the views' relations are there to compare
    assert whole.provenance and whole.provenance.network and whole.provenance.spans  # and evidence read ahead
    if cached:  # again, every part and share from the cache
        again = build_rdf.write_streamed(
            resolution, tmp_path / f"again.{fmt}", fmt, workers, cached_in=cache, shares=True
        )
        assert again.reused == again.parts and set(again.shares) == set(written.shares)
        assert same_index(merge_shares(again.shares), whole)


def test_a_subject_in_several_parts_takes_its_place_as_in_one_pass() -> None:
    """Merging adds what ``add`` would, in the order ``add`` would: a subject placed by an earlier part keeps
    its place, a new one comes at its first new triple, several objects keep the file's order."""
    a, b, c = (URIRef(ID + name) for name in "abc")
    first = [(a, VK.mentionedIn, c), (a, VK.symbol, Literal("1"))]
    second = [
        (b, VK.mentionedIn, c),
        (a, VK.mentionedIn, b),
        (a, VK.mentionedIn, c),
        (a, VK.symbol, Literal("2")),
    ]
    one_pass, earlier, later = TripleIndex(), TripleIndex(), TripleIndex()
    for triple in first + second:
        one_pass.add(*triple)
    for triple in first:
        earlier.add(*triple)
    for triple in second:
        later.add(*triple)
    earlier.merge(later)
    assert layout(earlier) == layout(one_pass)
    assert list(earlier.objects(a, VK.mentionedIn)) == [c, b]


def test_the_compact_merge_is_the_merge() -> None:
    """``CompactIndex.merge`` (what the sinks read) adds what ``TripleIndex.merge`` adds, in the same orders,
    a subject of several parts included, and answers the views' lookups alike."""
    a, b, c = (URIRef(ID + name) for name in "abc")
    parts = [
        [(a, VK.mentionedIn, c), (a, VK.symbol, Literal("1")), (c, VK.issuedBy, b)],
        [
            (b, VK.mentionedIn, c),
            (a, VK.mentionedIn, b),
            (a, VK.mentionedIn, c),
            (a, VK.symbol, Literal("2")),
        ],
        [(a, VK.docType, Literal("plan")), (b, VK.mentionOf, a), (a, VK.symbol, Literal("1"))],
    ]
    merged, compact = TripleIndex(), CompactIndex()
    for part in parts:
        merged.merge(index_of(part))
        compact.merge(index_of(part))
    compact.seal()
    assert layout(compact) == layout(merged)
    for subject in (a, b, c):
        for predicate in (VK.mentionedIn, VK.symbol, VK.docType, VK.issuedBy, VK.mentionOf):
            assert list(compact.objects(subject, predicate)) == list(merged.objects(subject, predicate))
            assert compact.value(subject, predicate) == merged.value(subject, predicate)
    assert list(compact.subjects(VK.mentionedIn)) == list(merged.subjects(VK.mentionedIn)) == [a, a, b]
    assert list(compact.subjects(VK.mentionOf, a)) == [b]
    assert (a, VK.symbol, Literal("2")) in compact and (a, VK.symbol, Literal("3")) not in compact
    with pytest.raises(ValueError, match="sealed"):
        compact.merge(index_of(parts[0]))


def test_while_merging_an_iri_whose_text_hashes_as_another_s_stays_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Shares' IRIs are interned by the hash of their text (the text itself would be a second copy)."""
    text = ID + "a"
    monkeypatch.setattr(index_share, "_interning", [True])
    monkeypatch.setattr(index_share, "_iris", {hash(text): URIRef(ID + "b")})  # as a collision would leave it
    monkeypatch.setattr(index_share, "_iris_colliding", {})
    found = index_share._iri(text)
    assert found == URIRef(text) and index_share._iri(text) is found
    assert index_share._iri(ID + "b") == URIRef(ID + "b")


def test_a_compact_index_is_saved_as_the_same_share(tmp_path: Path) -> None:
    a, b, c = (URIRef(ID + name) for name in "abc")
    triples = [
        (a, VK.mentionedIn, c),
        (a, VK.mentionedIn, b),
        (b, VK.mentionOf, a),
        (a, VK.symbol, Literal("1")),
    ]
    write_share(ViewIndex(index_of(triples), TripleIndex(), 4), tmp_path / "dicts")
    write_share(ViewIndex(index_of(triples).compacted(), TripleIndex(), 4), tmp_path / "compact")
    assert (tmp_path / "compact").read_bytes() == (tmp_path / "dicts").read_bytes()
    assert layout(read_share(tmp_path / "compact").union) == layout(index_of(triples))


def index_of(triples: list[tuple[URIRef, URIRef, Any]]) -> TripleIndex:
    index = TripleIndex()
    for triple in triples:
        index.add(*triple)
    return index


@pytest.mark.parametrize(
    "literal",
    [
        pytest.param(Literal("Kết luận 21-KL/TW"), id="plain"),
        pytest.param(Literal(""), id="empty"),
        pytest.param(Literal("Kết luận", lang="vi"), id="language"),
        pytest.param(Literal("0021", datatype=XSD.integer), id="integer-normalised"),
        pytest.param(Literal("2021-10-25", datatype=XSD.date), id="date"),
        pytest.param(Literal("2021-13-45", datatype=XSD.date), id="ill-typed-date"),
        pytest.param(Literal("abc", datatype=XSD.integer), id="ill-typed-integer"),
        pytest.param(Literal("1.50", datatype=XSD.decimal), id="decimal"),
        pytest.param(Literal("true", datatype=XSD.boolean), id="boolean"),
        pytest.param(Literal("x", datatype=URIRef(ID + "type")), id="unknown-datatype"),
        pytest.param(Literal('a "quoted"\nline \\ ', datatype=XSD.normalizedString), id="normalised-string"),
    ],
)
def test_a_share_gives_back_each_term_as_rdflib_made_it(tmp_path: Path, literal: Literal) -> None:
    index = TripleIndex()
    index.add(URIRef(ID + "s"), VK.number, literal)
    index.add(URIRef(ID + "s"), VK.number, Literal(str(literal)))
    write_share(ViewIndex(index, TripleIndex(), 2), tmp_path / "share")
    back = read_share(tmp_path / "share")
    assert layout(back.union) == layout(index) and back.quads == 2


def test_blank_nodes_give_no_share_and_the_sinks_read_the_file(tmp_path: Path) -> None:
    text = b"<http://e/s> <https://w3id.org/vankien/ontology#issuedBy> _:b <http://e/g> .\n"
    with pytest.raises(GraphFileError, match="unsupported term"):
        index_text(text, "nq")


def test_an_unreadable_share_makes_the_sinks_read_the_file(
    resolution: Resolution, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    written = build_rdf.write_streamed(resolution, tmp_path / "graph.trig", "trig", 1, shares=True)
    written.shares[-1].write_bytes(written.shares[-1].read_bytes()[:-100])  # as a crash mid-write leaves it
    with pytest.raises(ShareError):
        merge_shares(written.shares)
    assert same_index(GraphFile(written.path, written.shares).index, read_index(written.path))
    assert "reading" in caplog.text and "for the views" in caplog.text


# --- the build: incremental with the default sinks equals a full build -------------------------------------------


def views(out: Path) -> tuple[bytes, dict]:
    return (out / NETWORK_FILE).read_bytes(), dump(out / DATABASE_NAME)


def shares_in_cache(out: Path) -> set[str]:
    return {p.name for p in (out / CACHE_DIR / PARTS_DIR).iterdir() if ".views-" in p.name}


@pytest.mark.usefixtures("small_parts")
def test_an_incremental_build_reuses_the_shares_and_writes_what_a_full_build_writes(tmp_path: Path) -> None:
    generate(tmp_path / "c", 0.1, seed=5)
    corpus = tmp_path / "c" / "articles"
    sinks = (write_network_view, write_embedded)
    request = BuildRequest(paths=(corpus,), out=tmp_path / "inc", jobs=2, validation="none", sinks=sinks)
    build_graph(request)
    before = shares_in_cache(request.out)
    generate(tmp_path / "c", 0.01, seed=6, batch="b1", number_base=5001)
    build_graph(request)
    after = shares_in_cache(request.out)
    assert len(before & after) >= len(after) // 2 and after - before  # most reused, the changed ones made
    full = replace(request, out=tmp_path / "full", use_cache=False, jobs=1)
    build_graph(full)
    assert (request.out / "graph.trig").read_bytes() == (full.out / "graph.trig").read_bytes()
    assert views(request.out) == views(full.out)
    assert not [p.name for p in request.out.iterdir() if p.name.startswith(".graph")]  # no scratch left
    parts = [p for p in (request.out / CACHE_DIR / PARTS_DIR).iterdir() if ".views-" not in p.name]
    assert len(after) == len(parts)  # a share per part kept, no stale one


def quad(subject: str, predicate: str, obj: str, graph: str) -> bytes:
    """An N-Quads line; ``vk:x``, ``rdf:x``, ``prov:x`` and ``id:x`` stand for the full IRIs."""
    spaces = {"vk:": "https://w3id.org/vankien/ontology#", "id:": ID, "prov:": "http://www.w3.org/ns/prov#",
              "rdf:": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}  # fmt: skip
    terms = [next((f"<{iri}{t[len(p):]}>" for p, iri in spaces.items() if t.startswith(p)), t)
             for t in (subject, predicate, obj, graph)]  # fmt: skip
    return (" ".join(terms) + " .\n").encode()


E, A = "id:evidence/e", "id:article/a"
SPLIT_ARTICLE = [  # an article's evidence in one part, more about the article in the next
    b"".join(
        quad(*triple, A)
        for triple in (
            (A, "rdf:type", "vk:Article"),
            (E, "rdf:type", "vk:Evidence"),
            (E, "rdf:subject", "id:doc/x"),
            (E, "rdf:predicate", "vk:implements"),
            (E, "rdf:object", "id:doc/y"),
            (E, "prov:wasDerivedFrom", A),
            ("id:doc/x", "vk:implements", "id:doc/y"),
        )
    ),
    quad(A, "vk:source", '"later"', "id:article/b"),
]


def test_evidence_read_ahead_without_what_another_part_says_of_its_article_is_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A part's evidence records read its article there; if another part describes that article too (the
    build's parts never split an article's graph), the records could be wrong: the sinks read the file."""
    shares = []
    for at, text in enumerate(SPLIT_ARTICLE):
        shares.append(tmp_path / f"share{at}")
        write_share(with_provenance(index_text(text, "nq")), shares[-1])
    (tmp_path / "graph.nq").write_bytes(b"".join(SPLIT_ARTICLE))
    with pytest.raises(ShareError, match="several parts"):
        merge_shares(shares)
    index = GraphFile(tmp_path / "graph.nq", tuple(shares)).index
    assert index.provenance is None and "for the views" in caplog.text
    evidence = network_from_index(index).edges[ID + "doc/x", ID + "doc/y", "implements"]["evidence"]
    assert [record["source"] for record in evidence] == ["later"]
    assert property_graph_from_index(index).relationships["IMPLEMENTS"][0]["sources"] == ["later"]
