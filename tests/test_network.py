"""The networkx view (docs/rdf.md "The networkx view") and tracing over it, on a hand-built Dataset.

``CHAIN_TRIG`` follows the RDF contract with named graphs: a central conclusion implemented by a central plan,
a provincial plan and a district plan below it (three levels), a second province's plan with the same symbol,
two 15-NQ/TW of different years, catalogue evidence, and two articles asserting the same edge.
"""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Dataset

from graph.network import to_networkx
from graph.store import union_graph
from graph.trace import (
    UnknownDocument,
    find_documents,
    implementation_chain_up,
    implementation_tree,
)

CHAIN_TRIG = """
@prefix vk: <https://w3id.org/vankien/ontology#> .
@prefix vkid: <https://w3id.org/vankien/id/> .
@prefix tw: <https://w3id.org/vankien/id/doc/tw/> .
@prefix bt: <https://w3id.org/vankien/id/doc/ben-tre/> .
@prefix vl: <https://w3id.org/vankien/id/doc/vinh-long/> .
@prefix twog: <https://w3id.org/vankien/id/org/tw/> .
@prefix btog: <https://w3id.org/vankien/id/org/ben-tre/> .
@prefix art: <https://w3id.org/vankien/id/article/> .
@prefix ev: <https://w3id.org/vankien/id/evidence/> .
@prefix men: <https://w3id.org/vankien/id/mention/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .

<https://w3id.org/vankien/id/graph/entities> {
  tw:kl-21-tw-2021 a vk:Conclusion ; rdfs:label "Kết luận 21-KL/TW"@vi ; vk:docType "conclusion" ;
    vk:number "21" ; vk:symbol "21-KL/TW" ; vk:organCode "TW" ; vk:dateIssued "2021-10-25"^^xsd:date ;
    vk:year 2021 ; vk:level vk:central ; vk:term "XIII" ;
    vk:subject "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị" ;
    vk:issuedBy twog:ban-chap-hanh-trung-uong .
  tw:kh-03-tw-2021 a vk:Plan ; rdfs:label "Kế hoạch 03-KH/TW"@vi ; vk:docType "plan" ;
    vk:number "03" ; vk:symbol "03-KH/TW" ; vk:organCode "TW" ; vk:dateIssued "2021-12-01"^^xsd:date ;
    vk:year 2021 ; vk:level vk:central ; vk:issuedBy twog:bo-chinh-tri .
  bt:kh-123-tu-2022 a vk:Plan ; rdfs:label "Kế hoạch 123-KH/TU"@vi ; vk:docType "plan" ;
    vk:number "123" ; vk:symbol "123-KH/TU" ; vk:organCode "TU" ; vk:dateIssued "2022-01-10"^^xsd:date ;
    vk:year 2022 ; vk:level vk:provincial ; vk:province "Bến Tre" ;
    vk:issuedBy btog:ban-thuong-vu-tinh-uy .
  bt:kh-07-hu-2022 a vk:Plan ; rdfs:label "Kế hoạch 07-KH/HU"@vi ; vk:docType "plan" ;
    vk:number "07" ; vk:symbol "07-KH/HU" ; vk:organCode "HU" ; vk:dateIssued "2022-03-01"^^xsd:date ;
    vk:year 2022 ; vk:level vk:district ; vk:province "Bến Tre" .
  vl:kh-123-tu-2022 a vk:Plan ; rdfs:label "Kế hoạch 123-KH/TU"@vi ; vk:docType "plan" ;
    vk:number "123" ; vk:symbol "123-KH/TU" ; vk:organCode "TU" ; vk:year 2022 ; vk:level vk:provincial ;
    vk:province "Vĩnh Long" .
  bt:nq-02-tu-2016 a vk:Resolution ; rdfs:label "Nghị quyết số 02"@vi ;
    vk:docType "resolution" ; vk:number "02" ; vk:organCode "TU" ; vk:dateIssued "2016-04-12"^^xsd:date ;
    vk:year 2016 ; vk:level vk:provincial ; vk:province "Bến Tre" ;
    vk:subject "tăng cường xây dựng Đảng trong sạch, vững mạnh" .
  tw:nq-15-tw-2012 a vk:Resolution ; rdfs:label "Nghị quyết 15-NQ/TW"@vi ;
    vk:docType "resolution" ; vk:number "15" ; vk:symbol "15-NQ/TW" ; vk:dateIssued "2012-06-01"^^xsd:date ;
    vk:year 2012 ; vk:level vk:central .
  tw:nq-15-tw-2022 a vk:Resolution ; rdfs:label "Nghị quyết 15-NQ/TW"@vi ;
    vk:docType "resolution" ; vk:number "15" ; vk:symbol "15-NQ/TW" ; vk:dateIssued "2022-05-05"^^xsd:date ;
    vk:year 2022 ; vk:level vk:central .
  tw:nq-57-tw-2024 a vk:Resolution ; rdfs:label "Nghị quyết 57-NQ/TW"@vi ;
    vk:docType "resolution" ; vk:number "57" ; vk:symbol "57-NQ/TW" ; vk:dateIssued "2024-12-22"^^xsd:date ;
    vk:year 2024 ; vk:level vk:central ; vk:issuedBy twog:bo-chinh-tri .
  tw:qd-41-tw-2021 a vk:Regulation ; rdfs:label "Quy định 41-QĐ/TW"@vi ;
    vk:docType "regulation" ; vk:number "41" ; vk:symbol "41-QĐ/TW" ; vk:year 2021 ; vk:level vk:central .

  twog:ban-chap-hanh-trung-uong a vk:Organisation ; rdfs:label "Ban Chấp hành Trung ương"@vi ;
    vk:level vk:central .
  twog:bo-chinh-tri a vk:Organisation ; rdfs:label "Bộ Chính trị"@vi ; vk:level vk:central ;
    org:subOrganizationOf twog:ban-chap-hanh-trung-uong .
  btog:ban-thuong-vu-tinh-uy a vk:Organisation ; rdfs:label "Ban Thường vụ Tỉnh ủy"@vi ;
    vk:level vk:provincial ; vk:province "Bến Tre" .
}

art:seed-a {
  art:seed-a a vk:Article ; vk:sourceId "seed-a" ; vk:source "seeds/a.txt" ; vk:province "Bến Tre" .
  bt:kh-123-tu-2022 vk:mentionedIn art:seed-a ;
    vk:implements tw:kh-03-tw-2021 ;
    vk:basedOn bt:nq-02-tu-2016 ;
    vk:issuedBy btog:ban-thuong-vu-tinh-uy .
  bt:kh-07-hu-2022 vk:implements bt:kh-123-tu-2022 .
  men:aaaaaaaaaaaaaaa1 a vk:Mention ; vk:mentionOf bt:kh-123-tu-2022 ;
    prov:wasDerivedFrom art:seed-a ; vk:start 10 ; vk:end 19 ; vk:surface "123-KH/TU" ;
    vk:rule "mention.symbol" .
  ev:eeeeeeeeeeeeeee1 a vk:Evidence ;
    rdf:subject bt:kh-123-tu-2022 ; rdf:predicate vk:implements ;
    rdf:object tw:kh-03-tw-2021 ; prov:wasDerivedFrom art:seed-a ;
    vk:start 0 ; vk:end 80 ;
    vk:sentence "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 123-KH/TU thực hiện Kế hoạch 03-KH/TW." ;
    vk:rule "implements.thuc_hien" .
  ev:eeeeeeeeeeeeeee2 a vk:Evidence ;
    rdf:subject bt:kh-07-hu-2022 ; rdf:predicate vk:implements ;
    rdf:object bt:kh-123-tu-2022 ; prov:wasDerivedFrom art:seed-a ;
    vk:start 81 ; vk:end 140 ;
    vk:sentence "Huyện ủy ban hành Kế hoạch 07-KH/HU để thực hiện Kế hoạch 123-KH/TU." ;
    vk:rule "implements.de_thuc_hien" .
}

art:seed-b {
  art:seed-b a vk:Article ; vk:sourceId "seed-b" ; vk:source "seeds/b.txt" .
  bt:kh-123-tu-2022 vk:implements tw:kh-03-tw-2021 .
  vl:kh-123-tu-2022 vk:implements tw:kl-21-tw-2021 .
  men:aaaaaaaaaaaaaaa2 a vk:Mention ; vk:mentionOf bt:kh-123-tu-2022 ;
    prov:wasDerivedFrom art:seed-b ; vk:start 5 ; vk:end 14 ; vk:surface "KH 123" ;
    vk:rule "mention.abbrev_number" .
  ev:eeeeeeeeeeeeeee3 a vk:Evidence ;
    rdf:subject bt:kh-123-tu-2022 ; rdf:predicate vk:implements ;
    rdf:object tw:kh-03-tw-2021 ; prov:wasDerivedFrom art:seed-b ;
    vk:start 3 ; vk:end 60 ; vk:sentence "Tỉnh ủy triển khai thực hiện Kế hoạch 03-KH/TW bằng KH 123." ;
    vk:rule "implements.trien_khai" .
}

<https://w3id.org/vankien/id/graph/catalogue> {
  tw:kh-03-tw-2021 vk:implements tw:kl-21-tw-2021 .
  ev:eeeeeeeeeeeeeee4 a vk:Evidence ;
    rdf:subject tw:kh-03-tw-2021 ; rdf:predicate vk:implements ;
    rdf:object tw:kl-21-tw-2021 ; prov:wasDerivedFrom <https://example.org/catalogue/03-kh-tw> ;
    vk:rule "catalogue" .
}
"""

ID = "https://w3id.org/vankien/id/"
KL21 = ID + "doc/tw/kl-21-tw-2021"
KH03 = ID + "doc/tw/kh-03-tw-2021"
KH123_BT = ID + "doc/ben-tre/kh-123-tu-2022"
KH123_VL = ID + "doc/vinh-long/kh-123-tu-2022"
KH07 = ID + "doc/ben-tre/kh-07-hu-2022"
NQ02 = ID + "doc/ben-tre/nq-02-tu-2016"
NQ15_2012 = ID + "doc/tw/nq-15-tw-2012"
NQ15_2022 = ID + "doc/tw/nq-15-tw-2022"
NQ57 = ID + "doc/tw/nq-57-tw-2024"
QD41 = ID + "doc/tw/qd-41-tw-2021"
BTV_BT = ID + "org/ben-tre/ban-thuong-vu-tinh-uy"
BCT = ID + "org/tw/bo-chinh-tri"
BCH = ID + "org/tw/ban-chap-hanh-trung-uong"


def chain_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(data=CHAIN_TRIG, format="trig")
    return ds


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    return to_networkx(chain_dataset())


# --- the view --------------------------------------------------------------------------------


def test_nodes_are_documents_and_organisations_keyed_by_iri(g: nx.MultiDiGraph) -> None:
    documents = {n for n, d in g.nodes(data=True) if d["kind"] == "document"}
    organisations = {n for n, d in g.nodes(data=True) if d["kind"] == "organisation"}
    assert documents == {KL21, KH03, KH123_BT, KH123_VL, KH07, NQ02, NQ15_2012, NQ15_2022, NQ57, QD41}
    assert organisations == {BTV_BT, BCT, BCH}


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        pytest.param(
            KL21,
            {"label": "21-KL/TW", "type": "conclusion", "number": "21", "symbol": "21-KL/TW",
             "date": "2021-10-25", "year": 2021, "level": "central", "province": None, "term": "XIII",
             "issuer": "Ban Chấp hành Trung ương", "mentions": 0},
            id="central-conclusion",
        ),
        pytest.param(
            KH123_BT,
            {"label": "123-KH/TU", "type": "plan", "level": "provincial", "province": "Bến Tre",
             "issuer": "Ban Thường vụ Tỉnh ủy", "mentions": 2, "date": "2022-01-10"},
            id="provincial-plan-two-mentions",
        ),
        pytest.param(
            NQ02,
            {"label": "Nghị quyết số 02", "symbol": None, "number": "02", "issuer": None,
             "subject": "tăng cường xây dựng Đảng trong sạch, vững mạnh"},
            id="no-symbol-label-falls-back",
        ),
        pytest.param(KH123_VL, {"date": None, "year": 2022, "province": "Vĩnh Long"}, id="year-only"),
        pytest.param(BTV_BT, {"kind": "organisation", "label": "Ban Thường vụ Tỉnh ủy", "level": "provincial",
                              "province": "Bến Tre"}, id="organisation"),
    ],
)  # fmt: skip
def test_node_attributes(g: nx.MultiDiGraph, iri: str, expected: dict) -> None:
    assert {key: g.nodes[iri][key] for key in expected} == expected


def test_edges_by_relation(g: nx.MultiDiGraph) -> None:
    edges = {(u, v, k) for u, v, k in g.edges(keys=True)}
    assert edges == {
        (KH03, KL21, "implements"),
        (KH123_BT, KH03, "implements"),
        (KH07, KH123_BT, "implements"),
        (KH123_VL, KL21, "implements"),
        (KH123_BT, NQ02, "based_on"),
        (KL21, BCH, "issued_by"),
        (KH03, BCT, "issued_by"),
        (NQ57, BCT, "issued_by"),
        (KH123_BT, BTV_BT, "issued_by"),
        (BCT, BCH, "sub_organization_of"),
    }


@pytest.mark.parametrize(
    ("edge", "lag"),
    [
        pytest.param((KH03, KL21), 37, id="central-plan-37-days"),
        pytest.param((KH123_BT, KH03), 40, id="provincial-40-days"),
        pytest.param((KH07, KH123_BT), 50, id="district-50-days"),
        pytest.param((KH123_VL, KL21), None, id="unknown-date-no-lag"),
    ],
)
def test_lag_days_on_implements(g: nx.MultiDiGraph, edge: tuple[str, str], lag: int | None) -> None:
    assert g.edges[(*edge, "implements")]["lag_days"] == lag


def test_evidence_from_every_article_with_source(g: nx.MultiDiGraph) -> None:
    evidence = g.edges[KH123_BT, KH03, "implements"]["evidence"]
    assert [(e["article"], e["source"], e["rule"], e["start"], e["end"]) for e in evidence] == [
        ("seed-a", "seeds/a.txt", "implements.thuc_hien", 0, 80),
        ("seed-b", "seeds/b.txt", "implements.trien_khai", 3, 60),
    ]
    assert evidence[0]["sentence"].startswith("Ban Thường vụ Tỉnh ủy ban hành")
    assert evidence[0]["article_iri"] == ID + "article/seed-a"


def test_catalogue_evidence_reports_its_source(g: nx.MultiDiGraph) -> None:
    [evidence] = g.edges[KH03, KL21, "implements"]["evidence"]
    assert evidence["rule"] == "catalogue"
    assert evidence["article"] is None
    assert evidence["source"] == "https://example.org/catalogue/03-kh-tw"


def test_edge_without_evidence_has_empty_list(g: nx.MultiDiGraph) -> None:
    assert g.edges[KH123_VL, KL21, "implements"]["evidence"] == []


def test_undescribed_endpoint_still_becomes_a_node() -> None:
    ds = chain_dataset()
    ds.parse(
        data="""@prefix vk: <https://w3id.org/vankien/ontology#> .
        <https://w3id.org/vankien/id/article/x> {
          <https://w3id.org/vankien/id/doc/tw/nq-99-tw-2020> vk:implements
              <https://w3id.org/vankien/id/doc/tw/nq-98-tw-2019> . }""",
        format="trig",
    )
    g = to_networkx(ds)
    assert g.nodes[ID + "doc/tw/nq-98-tw-2019"]["kind"] == "document"
    assert g.nodes[ID + "doc/tw/nq-98-tw-2019"]["label"] == "nq-98-tw-2019"


def test_view_of_a_flattened_graph_is_the_same_and_input_untouched(g: nx.MultiDiGraph) -> None:
    """A Turtle file has no named graphs: the view falls back to the union and must not add any graph."""
    flat = Dataset(default_union=True)
    flat.parse(data=union_graph(chain_dataset()).serialize(format="turtle"), format="turtle")
    names = {str(graph.identifier) for graph in flat.graphs()}
    flat_view = to_networkx(flat)
    assert {str(graph.identifier) for graph in flat.graphs()} == names
    assert dict(flat_view.nodes(data=True)) == dict(g.nodes(data=True))
    assert sorted(flat_view.edges(keys=True, data=True)) == sorted(g.edges(keys=True, data=True))


# --- tracing --------------------------------------------------------------------------------


def test_tree_down_three_levels(g: nx.MultiDiGraph) -> None:
    tree = implementation_tree(g, KL21)
    assert tree.document.label == "21-KL/TW"
    assert [(c.document.iri, c.lag_days) for c in tree.children] == [(KH03, 37), (KH123_VL, None)]
    [provincial] = tree.children[0].children
    assert (provincial.document.iri, provincial.lag_days, provincial.document.province) == (
        KH123_BT,
        40,
        "Bến Tre",
    )
    assert provincial.document.issuer == "Ban Thường vụ Tỉnh ủy"
    [district] = provincial.children
    assert (district.document.iri, district.lag_days, district.children) == (KH07, 50, ())
    assert tree.size() == 5


def test_tree_depth_limit_marks_truncation(g: nx.MultiDiGraph) -> None:
    tree = implementation_tree(g, KL21, max_depth=1)
    assert [c.document.iri for c in tree.children] == [KH03, KH123_VL]
    assert tree.children[0].truncated and not tree.children[0].children
    assert not tree.children[1].truncated  # nothing below it was cut off


def with_cycle(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The chain plus a wrong edge making it circular: 21-KL/TW "implements" the district plan."""
    cyclic = g.copy()
    cyclic.add_edge(KL21, KH07, key="implements", evidence=[], lag_days=None)
    return cyclic


def test_tree_stops_at_a_cycle(g: nx.MultiDiGraph) -> None:
    tree = implementation_tree(with_cycle(g), KL21)
    district = tree.children[0].children[0].children[0]
    assert district.document.iri == KH07
    [repeat] = district.children
    assert repeat.document.iri == KL21 and repeat.cycle and repeat.children == ()


def test_chain_up_from_district_to_central(g: nx.MultiDiGraph) -> None:
    [chain] = implementation_chain_up(g, KH07)
    assert [(link.document.iri, link.lag_days) for link in chain] == [
        (KH07, 50),
        (KH123_BT, 40),
        (KH03, 37),
        (KL21, None),
    ]


def test_chain_up_stops_at_a_cycle(g: nx.MultiDiGraph) -> None:
    [chain] = implementation_chain_up(with_cycle(g), KH07)
    assert [link.document.iri for link in chain] == [KH07, KH123_BT, KH03, KL21]


def test_chain_up_of_a_top_document_is_itself(g: nx.MultiDiGraph) -> None:
    assert [[link.document.iri for link in chain] for chain in implementation_chain_up(g, KL21)] == [[KL21]]


def test_chain_up_follows_every_branch(g: nx.MultiDiGraph) -> None:
    branching = g.copy()
    branching.add_edge(KH123_BT, NQ57, key="implements", evidence=[], lag_days=None)
    chains = implementation_chain_up(branching, KH07)
    assert sorted(tuple(link.document.iri for link in chain) for chain in chains) == sorted(
        [(KH07, KH123_BT, KH03, KL21), (KH07, KH123_BT, NQ57)]
    )


def test_tracing_an_organisation_or_unknown_iri_raises(g: nx.MultiDiGraph) -> None:
    with pytest.raises(UnknownDocument):
        implementation_tree(g, BCT)
    with pytest.raises(UnknownDocument):
        implementation_chain_up(g, ID + "doc/tw/nq-1-tw-1900")


# --- finding documents --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("21-KL/TW", [KL21], id="symbol"),
        pytest.param("21-KL/TƯ", [KL21], id="symbol-TƯ"),
        pytest.param("21-kl/t.ư", [KL21], id="symbol-T.Ư-lower"),
        pytest.param("21 - KL / TW", [KL21], id="symbol-spaces"),
        pytest.param("21-KL-TW", [KL21], id="symbol-hyphen"),
        pytest.param("21-kl/tw", [KL21], id="symbol-lower"),
        pytest.param("Kết luận 21", [KL21], id="head-noun"),
        pytest.param("kết luận số 21", [KL21], id="head-noun-so"),
        pytest.param("ket luan 21", [KL21], id="no-diacritics"),
        pytest.param("KL 21", [KL21], id="abbreviation"),
        pytest.param("Nghị quyết số 57", [NQ57], id="resolution-so"),
        pytest.param("NQ 57/TW", [NQ57], id="abbreviation-organ"),
        pytest.param("Nghị quyết 57-NQ/TW", [NQ57], id="head-and-symbol"),
        pytest.param("NQ số 2", [NQ02], id="leading-zero"),
        pytest.param("Nghị quyết (NQ) số 02", [NQ02], id="head-with-abbrev-in-brackets"),
        pytest.param("02-NQ/TU", [NQ02], id="symbol-matches-organ-code-without-symbol"),
        pytest.param("QĐ 41", [QD41], id="QĐ-is-regulation-or-decision"),
        pytest.param("Quy định 41", [QD41], id="quy-dinh"),
        pytest.param("Quyết định 41", [], id="quyet-dinh-is-not-quy-dinh"),
        pytest.param("Chỉ thị 21", [], id="wrong-type"),
        pytest.param("21-KL/TU", [], id="wrong-organ"),
        pytest.param("15-NQ/TW", [NQ15_2012, NQ15_2022], id="ambiguous-symbol-oldest-first"),
        pytest.param("123-KH/TU", [KH123_VL, KH123_BT], id="ambiguous-two-provinces-year-only-first"),
        pytest.param("Kế hoạch 123", [KH123_VL, KH123_BT], id="ambiguous-mention"),
        pytest.param(KL21, [KL21], id="iri"),
        pytest.param("vkid:doc/tw/kl-21-tw-2021", [KL21], id="prefixed-iri"),
        pytest.param("doc/tw/kl-21-tw-2021", [KL21], id="relative-iri"),
        pytest.param(BCT, [], id="organisation-iri-is-not-a-document"),
        pytest.param("xây dựng Đảng trong sạch", [NQ02], id="words-of-subject"),
        pytest.param("07-KH/HU Bến Tre", [KH07], id="words-of-symbol-and-province"),
        pytest.param("xây dựn", [], id="whole-words-only"),
        pytest.param("Kế hoạch 999", [], id="unknown"),
    ],
)
def test_find_documents(g: nx.MultiDiGraph, query: str, expected: list[str]) -> None:
    assert [doc.iri for doc in find_documents(g, query)] == expected


def test_find_documents_sees_a_document_added_after_an_earlier_query(g: nx.MultiDiGraph) -> None:
    """Queries by number use an index of the view; a view that grows must not be answered from a stale one."""
    view = g.copy()
    assert find_documents(view, "Kế hoạch 999") == []
    view.add_node("urn:test:kh999", kind="document", type="plan", number="999", label="Kế hoạch 999")
    assert [doc.iri for doc in find_documents(view, "Kế hoạch 999")] == ["urn:test:kh999"]
