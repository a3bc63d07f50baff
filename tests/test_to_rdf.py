"""The RDF writer (loaders/to_rdf.py): docs/rdf.md on a small hand-built corpus, against a golden TriG file.

Regenerate the golden file after an intended change with ``VANKIEN_UPDATE_GOLDEN=1 .venv/bin/pytest
tests/test_to_rdf.py`` and read the diff before committing it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV

from graph.network import to_networkx
from graph.validate import validate_dataset
from loaders.model import Article, Document, Evidence, Extraction, Fact, Mention, Relation, Span
from loaders.resolve import resolve_corpus
from loaders.to_rdf import CATALOGUE_GRAPH, ENTITIES_GRAPH, to_dataset
from ontology.namespace import VK, VKID

GOLDEN = Path(__file__).parent / "golden" / "small.trig"


def doc(article: Article, local_id: str, type_: str, surface: str, facts: tuple[str, ...] = (), **attributes):
    """A document with one mention; ``facts`` names attributes whose value is written in the text as given."""
    start = article.text.index(surface)
    found = []
    for name in facts:
        value = str(attributes[name])
        at = article.text.index(value)
        found.append(Fact(name, value, f"test.{name}", Span(at, at + len(value))))
    mention = Mention(Span(start, start + len(surface)), surface, "test.mention")
    return Document(local_id=local_id, type=type_, mentions=(mention,), facts=tuple(found), **attributes)


def relation(article: Article, subject: str, obj: str, sentence_end: int | None = None) -> Relation:
    end = sentence_end if sentence_end is not None else len(article.text)
    evidence = Evidence(Span(0, end), article.text[:end], "test.implements_frame")
    return Relation(subject, "implements", obj, evidence)


def yen_bai() -> Extraction:
    article = Article(
        "yb-1",
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 43-KH/TU ngày 23/3/2022 để thực hiện Kết luận số 21 "
        "của Ban Chấp hành Trung ương Đảng khóa XIII.",
        source="tests/yb-1.txt",
        province="Yên Bái",
        published="2022-04-02",
        outlet="Báo Yên Bái",
    )
    plan = doc(
        article,
        "d0",
        "plan",
        "Kế hoạch số 43-KH/TU",
        facts=("symbol",),
        number="43",
        symbol="43-KH/TU",
        organ="TU",
        date="2022-03-23",
        year=2022,
        issuer=("Ban Thường vụ Tỉnh ủy",),
        level="provincial",
    )
    kl21 = doc(
        article,
        "d1",
        "conclusion",
        "Kết luận số 21",
        number="21",
        issuer=("Ban Chấp hành Trung ương",),
        level="central",
        term="XIII",
        facts=("term",),
    )
    return Extraction(article, (plan, kl21), (relation(article, "d0", "d1"),))


def ben_tre() -> Extraction:
    article = Article(
        "bt-1",
        "BDK - Tỉnh ủy ban hành Nghị quyết số 02-NQ/TU năm 2016 thực hiện Nghị quyết Đại hội Đảng bộ tỉnh "
        "lần thứ X. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 43-KH/TU triển khai Kết luận 21-KL/TW.",
        source="tests/bt-1.txt",
        published="2020-02-07",
    )
    nq02 = doc(
        article,
        "d0",
        "resolution",
        "Nghị quyết số 02-NQ/TU",
        number="02",
        symbol="02-NQ/TU",
        organ="TU",
        year=2016,
        issuer=("Tỉnh ủy",),
        level="provincial",
        facts=("year",),
    )
    congress = doc(
        article,
        "d1",
        "resolution",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X",
        congress="X",
        level="provincial",
    )
    plan = doc(
        article,
        "d2",
        "plan",
        "Kế hoạch số 43-KH/TU",
        number="43",
        symbol="43-KH/TU",
        organ="TU",
        year=2021,
        issuer=("Ban Thường vụ Tỉnh ủy",),
        level="provincial",
    )
    kl21 = doc(
        article,
        "d3",
        "conclusion",
        "Kết luận 21-KL/TW",
        number="21",
        symbol="21-KL/TW",
        organ="TW",
        year=2021,
        level="central",
    )
    first_sentence = article.text.index(". ") + 1
    relations = (relation(article, "d0", "d1", first_sentence), relation(article, "d2", "d3"))
    return Extraction(article, (nq02, congress, plan, kl21), relations)


def vague() -> Extraction:
    article = Article("vg-1", "Các chi bộ học tập Nghị quyết Trung ương 6 khóa XII.", source="tests/vg-1.txt")
    plenum = doc(
        article, "d0", "resolution", "Nghị quyết Trung ương 6 khóa XII", plenum=6, term="XII", level="central"
    )
    return Extraction(article, (plenum,))


def small_dataset() -> Dataset:
    return to_dataset(resolve_corpus([yen_bai(), ben_tre(), vague()]))


def graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for triple in g:
                copy.add(triple)
            out[str(g.identifier)] = copy
    return out


def diff_text(expected: Graph, actual: Graph) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = [
        "only in expected:",
        *sorted(f"  {t}" for t in only_expected.serialize(format="nt").splitlines()),
    ]
    lines += ["only in actual:", *sorted(f"  {t}" for t in only_actual.serialize(format="nt").splitlines())]
    return "\n".join(lines)


def assert_same_dataset(expected: Dataset, actual: Dataset) -> None:
    want, got = graphs(expected), graphs(actual)
    assert sorted(got) == sorted(want), "named graphs differ"
    for name in want:
        assert isomorphic(want[name], got[name]), f"graph {name}:\n{diff_text(want[name], got[name])}"


def test_small_corpus_matches_the_golden_file() -> None:
    ds = small_dataset()
    if os.environ.get("VANKIEN_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(ds.serialize(format="trig"), encoding="utf-8")
    expected = Dataset(default_union=True)
    expected.parse(GOLDEN, format="trig")
    assert_same_dataset(expected, ds)


def canonical_nquads(ds: Dataset) -> list[str]:
    """Sorted N-Quads: a byte-stable form (no blank nodes), unlike TriG's hash-seed-dependent layout."""
    return sorted(line for line in ds.serialize(format="nquads").splitlines() if line.strip())


def test_the_same_input_gives_the_same_quads_in_any_order_and_process(tmp_path: Path) -> None:
    again = to_dataset(resolve_corpus([vague(), ben_tre(), yen_bai()]))
    here = canonical_nquads(small_dataset())
    assert here == canonical_nquads(again)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from test_to_rdf import small_dataset, canonical_nquads; "
        "print('\\n'.join(canonical_nquads(small_dataset())))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert other.stdout.splitlines() == here


def test_union_of_two_corpora_equals_the_merge_of_their_graphs() -> None:
    separately = [to_dataset(resolve_corpus([yen_bai()])), to_dataset(resolve_corpus([ben_tre(), vague()]))]
    merged = Dataset(default_union=True)
    for ds in separately:
        for s, p, o, g in ds.quads((None, None, None, None)):
            merged.graph(g).add((s, p, o))
    assert_same_dataset(small_dataset(), merged)


def test_the_dataset_satisfies_the_shapes() -> None:
    report = validate_dataset(small_dataset())
    assert report.conforms, report


def test_no_blank_nodes() -> None:
    ds = small_dataset()
    assert not any(
        isinstance(term, BNode) for quad in ds.quads((None, None, None, None)) for term in quad[:3]
    )


def test_article_graph_holds_the_article_its_mentions_relations_and_evidence() -> None:
    ds = small_dataset()
    article = VKID["article/bt-1"]
    g = ds.graph(article)
    plan, kl21 = VKID["doc/ben-tre/kh-43-tu-2021"], VKID["doc/tw/kl-21-tw-2021"]
    assert (article, VK.province, Literal("Bến Tre")) in g  # from the "BDK - " dateline
    assert (
        article,
        URIRef("https://schema.org/datePublished"),
        Literal("2020-02-07", datatype=XSD.date),
    ) in g
    assert (plan, VK.implements, kl21) in g and (plan, VK.mentionedIn, article) in g
    assert (plan, VK.issuedBy, VKID["org/ben-tre/ban-thuong-vu-tinh-uy"]) in g
    (evidence,) = [e for e in g.subjects(RDF.predicate, VK.implements) if (e, RDF.subject, plan) in g]
    assert g.value(evidence, VK.rule) == Literal("test.implements_frame")
    assert g.value(evidence, PROV.wasDerivedFrom) == article
    mentions = set(g.subjects(VK.mentionOf, plan))
    assert {str(g.value(m, VK.surface)) for m in mentions} == {"Kế hoạch số 43-KH/TU"}


def test_attribute_facts_become_evidence_in_the_article_graph() -> None:
    g = small_dataset().graph(VKID["article/yb-1"])
    (evidence,) = g.subjects(RDF.predicate, VK.symbol)
    assert g.value(evidence, RDF.object) == Literal("43-KH/TU")
    assert g.value(evidence, VK.rule) == Literal("test.symbol")
    assert str(g.value(evidence, VK.sentence)) == "43-KH/TU"


def test_catalogue_facts_cite_their_source() -> None:
    ds = small_dataset()
    catalogue, entities = ds.graph(CATALOGUE_GRAPH), ds.graph(ENTITIES_GRAPH)
    kl21 = VKID["doc/tw/kl-21-tw-2021"]
    assert entities.value(kl21, VK.dateIssued) == Literal("2021-10-25", datatype=XSD.date)
    (evidence,) = [
        e for e in catalogue.subjects(RDF.predicate, VK.dateIssued) if (e, RDF.subject, kl21) in catalogue
    ]
    assert catalogue.value(evidence, VK.rule) == Literal("catalogue")
    assert "vankien domain guide" in str(catalogue.value(evidence, PROV.wasDerivedFrom))


def test_ambiguous_mentions_are_flagged_with_their_candidates() -> None:
    entities = small_dataset().graph(ENTITIES_GRAPH)
    (flagged,) = [s for s in entities.subjects(VK.docType, None) if "/doc/src-" in str(s) and "tw6" in str(s)]
    note = str(entities.value(flagged, URIRef("http://www.w3.org/2004/02/skos/core#editorialNote")))
    assert note.startswith("ambiguous:")
    seen = {str(o) for o in entities.objects(flagged, URIRef("http://www.w3.org/2000/01/rdf-schema#seeAlso"))}
    assert seen == {str(VKID["doc/tw/nq-18-tw-2017"]), str(VKID["doc/tw/nq-19-tw-2017"])}


@pytest.mark.parametrize(
    ("organisation", "parent"),
    [
        pytest.param("org/ben-tre/ban-thuong-vu-tinh-uy", "org/ben-tre/dang-bo-tinh", id="standing"),
        pytest.param("org/ben-tre/tinh-uy", "org/ben-tre/dang-bo-tinh", id="committee"),
        pytest.param("org/tw/ban-chap-hanh-trung-uong", "org/tw/dang-cong-san-viet-nam", id="central"),
    ],
)
def test_organisations_are_linked_in_the_entities_graph(organisation: str, parent: str) -> None:
    entities = small_dataset().graph(ENTITIES_GRAPH)
    assert (
        VKID[organisation],
        URIRef("http://www.w3.org/ns/org#subOrganizationOf"),
        VKID[parent],
    ) in entities


def test_the_networkx_view_reads_what_was_written() -> None:
    g = to_networkx(small_dataset())
    plan, kl21 = str(VKID["doc/yen-bai/kh-43-tu-2022"]), str(VKID["doc/tw/kl-21-tw-2021"])
    data = g.get_edge_data(plan, kl21, key="implements")
    assert data["lag_days"] == (149)  # 2021-10-25 -> 2022-03-23
    assert g.nodes[plan]["province"] == "Yên Bái" and g.nodes[kl21]["level"] == "central"
