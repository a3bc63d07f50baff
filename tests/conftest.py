"""Shared pytest fixtures. Each area keeps its fixtures in its own clearly marked section."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import pytest

# ────────────────────────────────────────────────────────────────────────────────────────────────────
# HTML view (tests/test_view.py, tests/test_view_browser.py): a hand-built networkx view (docs/rdf.md
# "The networkx view") of two provinces implementing a central conclusion, with evidence sentences.
# ────────────────────────────────────────────────────────────────────────────────────────────────────

ID = "https://w3id.org/vankien/id/"
KL21 = ID + "doc/tw/kl-21-tw-2021"
KH03 = ID + "doc/tw/kh-03-tw-2021"
DAIHOI = ID + "doc/tw/nq-daihoi-xiii"
BT_KH123 = ID + "doc/ben-tre/kh-123-tu-2022"
BT_NQ02 = ID + "doc/ben-tre/nq-02-tu-2016"
BT_DAIHOI = ID + "doc/ben-tre/nq-daihoi-x"
VL_CTR15 = ID + "doc/vinh-long/ctr-15-tu-2021"
VL_KH45 = ID + "doc/vinh-long/kh-45-tu-2023"
BCHTW = ID + "org/tw/ban-chap-hanh-trung-uong"
BCT = ID + "org/tw/bo-chinh-tri"
BT_BTV = ID + "org/ben-tre/ban-thuong-vu-tinh-uy"
BT_TU = ID + "org/ben-tre/tinh-uy"
VL_BCH = ID + "org/vinh-long/ban-chap-hanh-dang-bo-tinh"


def view_document(label: str, doc_type: str, **attributes: Any) -> dict[str, Any]:
    """Node attributes of a document as graph.network.to_networkx writes them (every key present)."""
    keys = ("number", "symbol", "organ", "date", "year", "level", "province", "subject", "term", "issuer")
    return {
        "kind": "document",
        "label": label,
        "type": doc_type,
        **dict.fromkeys(keys),
        "issuer_iri": None,
        "mentions": 1,
        **attributes,
    }


def view_organisation(label: str, level: str, province: str | None = None) -> dict[str, Any]:
    return {"kind": "organisation", "label": label, "level": level, "province": province}


def view_evidence(sentence: str, article: str = "bai-01", source: str = "seeds/bai-01.txt") -> dict[str, Any]:
    return {"article": article, "source": source, "sentence": sentence, "start": 0, "end": len(sentence),
            "rule": "implements.thuc_hien_frame"}  # fmt: skip


_VIEW_DOCUMENTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (KL21, "21-KL/TW", "conclusion", {"symbol": "21-KL/TW", "number": "21", "date": "2021-10-25",
     "year": 2021, "level": "central", "term": "XIII", "issuer": "Ban Chấp hành Trung ương",
     "subject": "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"}),
    (KH03, "03-KH/TW", "plan", {"symbol": "03-KH/TW", "number": "03", "date": "2021-12-01", "year": 2021,
     "level": "central", "issuer": "Bộ Chính trị"}),
    (DAIHOI, "Nghị quyết Đại hội XIII", "resolution", {"level": "central", "year": 2021}),
    (BT_KH123, "123-KH/TU", "plan", {"symbol": "123-KH/TU", "number": "123", "date": "2022-01-10",
     "year": 2022, "level": "provincial", "province": "Bến Tre", "issuer": "Ban Thường vụ Tỉnh ủy"}),
    (BT_NQ02, "Nghị quyết số 02", "resolution", {"number": "02", "date": "2016-04-12", "year": 2016,
     "level": "provincial", "province": "Bến Tre", "issuer": "Tỉnh ủy"}),
    (BT_DAIHOI, "Nghị quyết Đại hội X", "resolution", {"level": "provincial", "province": "Bến Tre",
     "year": 2015}),
    (VL_CTR15, "15-CTr/TU", "action_programme", {"symbol": "15-CTr/TU", "number": "15", "date": "2021-11-20",
     "year": 2021, "level": "provincial", "province": "Vĩnh Long"}),
    (VL_KH45, "45-KH/TU", "plan", {"symbol": "45-KH/TU", "number": "45", "year": 2023, "level": "provincial",
     "province": "Vĩnh Long"}),
]  # fmt: skip


def _view_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for iri, label, doc_type, attributes in _VIEW_DOCUMENTS:
        g.add_node(iri, **view_document(label, doc_type, **attributes))
    g.add_node(BCHTW, **view_organisation("Ban Chấp hành Trung ương", "central"))
    g.add_node(BCT, **view_organisation("Bộ Chính trị", "central"))
    g.add_node(BT_BTV, **view_organisation("Ban Thường vụ Tỉnh ủy", "provincial", "Bến Tre"))
    g.add_node(BT_TU, **view_organisation("Tỉnh ủy", "provincial", "Bến Tre"))
    g.add_node(VL_BCH, **view_organisation("Ban Chấp hành Đảng bộ tỉnh", "provincial", "Vĩnh Long"))
    implements = [
        (KH03, KL21, "Bộ Chính trị ban hành Kế hoạch 03-KH/TW để thực hiện Kết luận 21-KL/TW.", 37),
        (
            BT_KH123,
            KL21,
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 123-KH/TU thực hiện Kết luận 21-KL/TW.",
            77,
        ),
        (BT_KH123, KH03, "Kế hoạch 123-KH/TU cụ thể hóa Kế hoạch 03-KH/TW của Bộ Chính trị.", 40),
        (VL_CTR15, KL21, "Chương trình hành động 15-CTr/TU thực hiện Kết luận 21-KL/TW của Trung ương.", 26),
        (VL_KH45, VL_CTR15, "Kế hoạch 45-KH/TU triển khai Chương trình hành động 15-CTr/TU.", None),
        (BT_NQ02, BT_DAIHOI, "Thực hiện Nghị quyết Đại hội X, Tỉnh ủy ban hành Nghị quyết số 02.", None),
    ]
    for source, target, sentence, lag in implements:
        g.add_edge(source, target, key="implements", evidence=[view_evidence(sentence)], lag_days=lag)
    for document, issuer in [
        (KL21, BCHTW),
        (KH03, BCT),
        (BT_KH123, BT_BTV),
        (BT_NQ02, BT_TU),
        (VL_CTR15, VL_BCH),
    ]:
        g.add_edge(document, issuer, key="issued_by", evidence=[])
    g.add_edge(BCT, BCHTW, key="sub_organization_of", evidence=[])
    g.add_edge(BT_BTV, BT_TU, key="sub_organization_of", evidence=[])
    return g


@pytest.fixture
def view_graph() -> nx.MultiDiGraph:
    """A fresh copy per test: KL 21 implemented by a central plan and two provinces' documents."""
    return _view_graph()


@pytest.fixture
def make_view_document() -> Callable[..., dict[str, Any]]:
    return view_document


@pytest.fixture
def make_view_evidence() -> Callable[..., dict[str, Any]]:
    return view_evidence


# ── end of HTML view section ──────────────────────────────────────────────────────────────────────


# ────────────────────────────────────────────────────────────────────────────────────────────────────
# Property graph (tests/test_property.py, test_ladybug.py, test_queries.py, test_neo4j.py): the fixture corpus
# (tests/fixtures/property_corpus.trig) as RDF and as property-graph rows. A module may override either.
# ────────────────────────────────────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def ds():  # type: ignore[no-untyped-def]
    from property_corpus import CORPUS

    from graph.store import load_dataset

    return load_dataset(CORPUS)


@pytest.fixture(scope="module")
def pg(ds):  # type: ignore[no-untyped-def]
    from graph.property import to_property_graph

    return to_property_graph(ds)
