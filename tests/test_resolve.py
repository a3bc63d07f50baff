"""Corpus resolution (loaders/resolve.py) and the catalogue (loaders/catalogue.py), on hand-built extractions.

Each article is a sentence of our own; documents are built by hand with the spans the extractor would give, so
these tests do not depend on the extractor.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from loaders.catalogue import Catalogue, CatalogueError, load_catalogue
from loaders.model import Article, Document, Evidence, Extraction, Mention, Relation, Span
from loaders.resolve import Resolution, ResolutionError, resolve_corpus

ID = "https://w3id.org/vankien/id/"


def short(iri: str) -> str:
    return iri.removeprefix(ID)


def doc(article: Article, local_id: str, type_: str, surface: str, **attributes: object) -> Document:
    start = article.text.index(surface)
    mention = Mention(Span(start, start + len(surface)), surface, "test.mention")
    return Document(local_id=local_id, type=type_, mentions=(mention,), **attributes)  # type: ignore[arg-type]


def implements(article: Article, subject: str, obj: str) -> Relation:
    return Relation(
        subject, "implements", obj, Evidence(Span(0, len(article.text)), article.text, "test.implements")
    )


def iris(resolution: Resolution, article_id: str) -> dict[str, str]:
    """local id -> short IRI, for one article."""
    out = {}
    for d in resolution.documents:
        for occ in d.occurrences:
            if occ.article_id == article_id:
                out[occ.document.local_id] = short(d.iri)
    return out


# --- a few articles -----------------------------------------------------------------------------------------

YB = Article(
    "yb-1",
    "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 43-KH/TU ngày 23/3/2022 để thực hiện Kết luận số 21 "
    "ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII.",
    source="tests/yb-1.txt",
    province="Yên Bái",
    published="2022-04-02",
)
YB_PLAN = doc(
    YB,
    "d0",
    "plan",
    "Kế hoạch số 43-KH/TU",
    number="43",
    symbol="43-KH/TU",
    organ="TU",
    date="2022-03-23",
    year=2022,
    issuer=("Ban Thường vụ Tỉnh ủy",),
    level="provincial",
)
YB_KL21 = doc(
    YB,
    "d1",
    "conclusion",
    "Kết luận số 21",
    number="21",
    date="2021-10-25",
    year=2021,
    issuer=("Ban Chấp hành Trung ương",),
    level="central",
    term="XIII",
)
YB_EXTRACTION = Extraction(YB, (YB_PLAN, YB_KL21), (implements(YB, "d0", "d1"),))

BT = Article(
    "bt-1",
    "BDK - Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 43-KH/TU ngày 10/5/2022 "
    "về thực hiện Kết luận 21-KL/TƯ.",
    source="tests/bt-1.txt",
    published="2022-05-12",
)
BT_PLAN = doc(
    BT,
    "d0",
    "plan",
    "Kế hoạch số 43-KH/TU",
    number="43",
    symbol="43-KH/TU",
    organ="TU",
    date="2022-05-10",
    year=2022,
    issuer=("Ban Thường vụ Tỉnh ủy",),
    level="provincial",
)
BT_KL21 = doc(BT, "d1", "conclusion", "Kết luận 21-KL/TƯ", number="21", symbol="21-KL/TW", organ="TW")
BT_EXTRACTION = Extraction(BT, (BT_PLAN, BT_KL21), (implements(BT, "d0", "d1"),))


def plain(article_id: str, text: str, province: str | None = None, published: str | None = None) -> Article:
    return Article(article_id, text, source=f"tests/{article_id}.txt", province=province, published=published)


def single(article: Article, type_: str, surface: str, **attributes: object) -> Extraction:
    return Extraction(article, (doc(article, "d0", type_, surface, **attributes),))


# --- identity: province, term, source -----------------------------------------------------------------------


def test_same_symbol_in_two_provinces_is_two_documents() -> None:
    result = resolve_corpus([YB_EXTRACTION, BT_EXTRACTION])
    assert iris(result, "yb-1")["d0"] == "doc/yen-bai/kh-43-tu-2022"
    assert iris(result, "bt-1")["d0"] == "doc/ben-tre/kh-43-tu-2022"  # province from the "BDK - " dateline
    assert result.document(ID + "doc/ben-tre/kh-43-tu-2022").province == "Bến Tre"
    # the central conclusion both cite is one document
    kl21 = result.document(ID + "doc/tw/kl-21-tw-2021")
    assert {o.article_id for o in kl21.occurrences} == {"yb-1", "bt-1"}


def test_same_symbol_in_two_terms_is_two_documents() -> None:
    a = plain("t-2012", "Nghị quyết số 15-NQ/TW ngày 01/6/2012 về chính sách xã hội.")
    b = plain("t-2022", "Nghị quyết số 15-NQ/TW ngày 05/5/2022 của Bộ Chính trị.")
    common = {"number": "15", "symbol": "15-NQ/TW", "organ": "TW", "level": "central"}
    result = resolve_corpus(
        [
            single(a, "resolution", "Nghị quyết số 15-NQ/TW", date="2012-06-01", year=2012, **common),
            single(b, "resolution", "Nghị quyết số 15-NQ/TW", date="2022-05-05", year=2022, **common),
        ]
    )
    assert iris(result, "t-2012")["d0"] == "doc/tw/nq-15-tw-2012"
    assert iris(result, "t-2022")["d0"] == "doc/tw/nq-15-tw-2022"


def test_unknown_province_is_scoped_to_the_source() -> None:
    text = "Tỉnh ủy ban hành Kế hoạch số 123-KH/TU năm 2022."
    attrs = {"number": "123", "symbol": "123-KH/TU", "organ": "TU", "year": 2022, "level": "provincial"}
    a, b = plain("u-1", text), plain("u-2", text)
    result = resolve_corpus(
        [
            single(a, "plan", "Kế hoạch số 123-KH/TU", **attrs),
            single(b, "plan", "Kế hoạch số 123-KH/TU", **attrs),
        ]
    )
    first, second = iris(result, "u-1")["d0"], iris(result, "u-2")["d0"]
    assert first != second
    assert first.startswith("doc/src-") and first.endswith("/kh-123-tu-2022")
    assert all(d.province is None for d in result.documents)
    assert [(u.article_id, u.reason) for u in result.unresolved] == [
        ("u-1", "province unknown: scoped to its source"),
        ("u-2", "province unknown: scoped to its source"),
    ]


def test_the_issuers_place_name_wins_over_the_articles_province() -> None:
    a = plain("p-1", "Kế hoạch số 05-KH/TU của Ban Thường vụ Tỉnh ủy Yên Bái năm 2023.", province="Bến Tre")
    result = resolve_corpus(
        [
            single(
                a,
                "plan",
                "Kế hoạch số 05-KH/TU",
                number="05",
                symbol="05-KH/TU",
                organ="TU",
                year=2023,
                issuer=("Ban Thường vụ Tỉnh ủy",),
                issuer_province="Yên Bái",
            )
        ]
    )
    (document,) = result.documents
    assert short(document.iri) == "doc/yen-bai/kh-05-tu-2023"
    assert [short(i) for i in document.issuers] == ["org/yen-bai/ban-thuong-vu-tinh-uy"]


def test_regulation_and_decision_sharing_qd_are_two_documents() -> None:
    a = plain("qd", "Quy định số 41-QĐ/TW và Quyết định số 41-QĐ/TW năm 2021.")
    attrs = {"number": "41", "symbol": "41-QĐ/TW", "organ": "TW", "year": 2021, "level": "central"}
    extraction = Extraction(
        a,
        (
            doc(a, "d0", "regulation", "Quy định số 41-QĐ/TW", **attrs),
            doc(a, "d1", "decision", "Quyết định số 41-QĐ/TW", **attrs),
        ),
    )
    assert iris(resolve_corpus([extraction]), "qd") == {
        "d0": "doc/tw/qd-quy-dinh-41-tw-2021",
        "d1": "doc/tw/qd-quyet-dinh-41-tw-2021",
    }


# --- incomplete mentions ------------------------------------------------------------------------------------


def test_short_form_is_resolved_in_the_corpus_of_its_province_only() -> None:
    later = plain("yb-2", "Tỉnh ủy sơ kết Kế hoạch số 43 của Ban Thường vụ Tỉnh ủy.", province="Yên Bái")
    elsewhere = plain(
        "vl-1", "Tỉnh ủy sơ kết Kế hoạch số 43 của Ban Thường vụ Tỉnh ủy.", province="Vĩnh Long"
    )
    short_form = {"number": "43", "issuer": ("Ban Thường vụ Tỉnh ủy",)}
    result = resolve_corpus(
        [
            YB_EXTRACTION,
            single(later, "plan", "Kế hoạch số 43", **short_form),
            single(elsewhere, "plan", "Kế hoạch số 43", **short_form),
        ]
    )
    assert iris(result, "yb-2")["d0"] == "doc/yen-bai/kh-43-tu-2022"
    assert iris(result, "vl-1")["d0"].startswith("doc/src-")
    (unresolved,) = result.unresolved
    assert unresolved.article_id == "vl-1" and "no year" in unresolved.reason


def test_a_document_without_symbol_joins_the_one_with_it() -> None:
    """Tier 1: "Kế hoạch số 43 ngày 23/3/2022" of the Ban Thường vụ is the corpus's 43-KH/TU of that date."""
    other = plain("yb-3", "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 43 ngày 23/3/2022.", province="Yên Bái")
    result = resolve_corpus(
        [
            YB_EXTRACTION,
            single(
                other,
                "plan",
                "Kế hoạch số 43",
                number="43",
                date="2022-03-23",
                year=2022,
                issuer=("Ban Thường vụ Tỉnh ủy",),
            ),
        ]
    )
    assert iris(result, "yb-3")["d0"] == "doc/yen-bai/kh-43-tu-2022"
    assert len(result.document(ID + "doc/yen-bai/kh-43-tu-2022").occurrences) == 2


def test_short_form_is_resolved_through_the_catalogue() -> None:
    a = plain("c-1", "Các cấp ủy quán triệt Kết luận số 21 của Trung ương.", published="2022-01-10")
    result = resolve_corpus([single(a, "conclusion", "Kết luận số 21", number="21", level="central")])
    document = result.document(ID + "doc/tw/kl-21-tw-2021")
    assert document.catalogue is not None and document.catalogue.symbol == "21-KL/TW"
    assert (document.symbol, document.date, document.term, document.plenum) == (
        "21-KL/TW",
        "2021-10-25",
        "XIII",
        4,
    )
    assert not result.ambiguous and not result.unresolved


def test_without_a_catalogue_the_short_form_stays_unresolved() -> None:
    a = plain("c-2", "Các cấp ủy quán triệt Kết luận số 21 của Trung ương.")
    result = resolve_corpus(
        [single(a, "conclusion", "Kết luận số 21", number="21", level="central")], Catalogue()
    )
    (unresolved,) = result.unresolved
    assert short(unresolved.iri).startswith("doc/src-") and short(unresolved.iri).endswith("/kl-21-tw")


PLENUMS = [
    pytest.param("resolution", 4, "XII", ["doc/tw/nq-04-tw-2016"], id="tw4-xii"),
    pytest.param("resolution", 4, "XI", ["doc/tw/nq-12-tw-2012"], id="tw4-xi"),
    pytest.param("conclusion", 4, "XIII", ["doc/tw/kl-21-tw-2021"], id="tw4-xiii-conclusion"),
    pytest.param("resolution", 6, "XII", ["doc/tw/nq-18-tw-2017", "doc/tw/nq-19-tw-2017"], id="tw6-xii-two"),
    pytest.param("resolution", 4, None, ["doc/tw/nq-04-tw-2016", "doc/tw/nq-12-tw-2012"], id="tw4-no-term"),
    pytest.param("resolution", 7, "XII", [], id="not-in-catalogue"),
]


@pytest.mark.parametrize(("type_", "plenum", "term", "candidates"), PLENUMS)
def test_plenum_names_through_the_catalogue(
    type_: str, plenum: int, term: str | None, candidates: list
) -> None:
    surface = f"Nghị quyết Trung ương {plenum}" + (f" khóa {term}" if term else "")
    a = plain("pl", f"Tiếp tục thực hiện {surface} về xây dựng Đảng.")
    result = resolve_corpus([single(a, type_, surface, plenum=plenum, term=term, level="central")])
    iri = iris(result, "pl")["d0"]
    if len(candidates) == 1:
        assert iri == candidates[0] and not result.ambiguous
    elif candidates:
        (ambiguous,) = result.ambiguous
        assert [short(c) for c in ambiguous.candidates] == candidates
        assert iri.startswith("doc/src-") and short(ambiguous.iri) == iri
    else:
        assert iri == "doc/tw/nq-tw7-khoa-xii" and not result.ambiguous


NQ15 = [
    pytest.param({}, None, None, id="ambiguous"),
    pytest.param({"issuer": ("Bộ Chính trị",)}, None, "doc/tw/nq-15-tw-2022", id="issuer-decides"),
    pytest.param({}, "2019-03-01", "doc/tw/nq-15-tw-2012", id="publication-date-decides"),
    pytest.param({"term": "XI"}, None, "doc/tw/nq-15-tw-2012", id="term-decides"),
]


@pytest.mark.parametrize(("extra", "published", "expected"), NQ15)
def test_number_without_year_and_two_catalogue_candidates(
    extra: dict, published: str | None, expected
) -> None:
    a = plain("n15", "Thực hiện Nghị quyết số 15 của Trung ương.", published=published)
    result = resolve_corpus(
        [single(a, "resolution", "Nghị quyết số 15", number="15", level="central", **extra)]
    )
    if expected is None:
        (ambiguous,) = result.ambiguous
        assert [short(c) for c in ambiguous.candidates] == ["doc/tw/nq-15-tw-2012", "doc/tw/nq-15-tw-2022"]
        assert ambiguous.reason == "2 catalogue candidates"
    else:
        assert iris(result, "n15")["d0"] == expected and not result.ambiguous


def test_two_corpus_candidates_leave_the_mention_ambiguous_but_keep_its_relations() -> None:
    first = plain("k-1", "Kế hoạch số 12-KH/TU năm 2016.", province="Bến Tre")
    second = plain("k-2", "Kế hoạch số 12-KH/TU năm 2021.", province="Bến Tre")
    vague = plain("k-3", "Huyện ủy ban hành Chương trình số 7 thực hiện Kế hoạch số 12.", province="Bến Tre")
    full = {"number": "12", "symbol": "12-KH/TU", "organ": "TU", "level": "provincial"}
    vague_extraction = Extraction(
        vague,
        (
            doc(vague, "d0", "action_programme", "Chương trình số 7", number="7", issuer=("Huyện ủy",)),
            doc(vague, "d1", "plan", "Kế hoạch số 12", number="12"),
        ),
        (implements(vague, "d0", "d1"),),
    )
    result = resolve_corpus(
        [
            single(first, "plan", "Kế hoạch số 12-KH/TU", year=2016, **full),
            single(second, "plan", "Kế hoạch số 12-KH/TU", year=2021, **full),
            vague_extraction,
        ]
    )
    (ambiguous,) = result.ambiguous
    assert [short(c) for c in ambiguous.candidates] == [
        "doc/ben-tre/kh-12-tu-2016",
        "doc/ben-tre/kh-12-tu-2021",
    ]
    (relation,) = result.relations
    assert relation.object == ambiguous.iri and relation.evidence.rule == "test.implements"


# --- unnumbered documents -----------------------------------------------------------------------------------


def test_congress_resolutions() -> None:
    central_a = plain("dh-1", "Cụ thể hóa Nghị quyết Đại hội XIII của Đảng.")
    central_b = plain("dh-2", "Thực hiện Nghị quyết Đại hội XIII của Đảng.", province="Bến Tre")
    local = plain("dh-3", "(VLO) Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI.")
    unknown = plain("dh-4", "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI.")
    result = resolve_corpus(
        [
            single(central_a, "resolution", "Nghị quyết Đại hội XIII", congress="XIII", level="central"),
            single(central_b, "resolution", "Nghị quyết Đại hội XIII", congress="XIII", level="central"),
            single(
                local,
                "resolution",
                "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI",
                congress="XI",
                level="provincial",
            ),
            single(
                unknown,
                "resolution",
                "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI",
                congress="XI",
                level="provincial",
            ),
        ]
    )
    assert iris(result, "dh-1")["d0"] == iris(result, "dh-2")["d0"] == "doc/tw/nq-daihoi-xiii"
    assert iris(result, "dh-3")["d0"] == "doc/vinh-long/nq-daihoi-xi"
    assert iris(result, "dh-4")["d0"].startswith("doc/src-")
    assert result.document(ID + "doc/tw/nq-daihoi-xiii").label == "Nghị quyết Đại hội XIII"


def test_a_congress_of_a_named_organisation_is_not_the_provinces() -> None:
    text = (
        "(VLO) Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI và Nghị quyết Đại hội Đảng bộ Trường Chính trị "
        "lần thứ XI."
    )
    article = plain("dh-5", text)
    extraction = Extraction(
        article=article,
        documents=(
            doc(
                article,
                "d0",
                "resolution",
                "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI",
                congress="XI",
                level="provincial",
                issuer=("Đại hội Đảng bộ tỉnh",),
            ),
            doc(
                article,
                "d1",
                "resolution",
                "Nghị quyết Đại hội Đảng bộ Trường Chính trị lần thứ XI",
                congress="XI",
                level="provincial",
                issuer=("Đại hội Đảng bộ Trường Chính trị",),
            ),
        ),
        relations=(),
    )
    found = iris(resolve_corpus([extraction]), "dh-5")
    assert found["d0"] == "doc/vinh-long/nq-daihoi-xi"
    assert found["d1"] != found["d0"] and found["d1"].startswith("doc/vinh-long/nq-daihoi-xi-")


def test_set_mentions_stay_in_their_article() -> None:
    surface = "nghị quyết, kết luận Hội nghị Trung ương 4"
    a, b = plain("s-1", f"Triển khai {surface} khóa XII."), plain("s-2", f"Quán triệt {surface} khóa XII.")
    result = resolve_corpus(
        [
            single(a, "resolution", surface, is_set=True, plenum=4),
            single(b, "resolution", surface, is_set=True, plenum=4),
        ]
    )
    first, second = iris(result, "s-1")["d0"], iris(result, "s-2")["d0"]
    assert first != second and "/nq-set-" in first
    assert all(d.is_set for d in result.documents)


# --- the result as a whole ----------------------------------------------------------------------------------


def test_order_of_the_input_does_not_matter() -> None:
    later = plain("yb-2", "Tỉnh ủy sơ kết Kế hoạch số 43 của Ban Thường vụ Tỉnh ủy.", province="Yên Bái")
    corpus = [
        YB_EXTRACTION,
        BT_EXTRACTION,
        single(later, "plan", "Kế hoạch số 43", number="43", issuer=("Ban Thường vụ Tỉnh ủy",)),
    ]
    results = {resolve_corpus(list(order)) for order in itertools.permutations(corpus)}
    assert len(results) == 1


def test_relations_and_issuers_are_mapped_to_iris() -> None:
    result = resolve_corpus([YB_EXTRACTION])
    (relation,) = result.relations
    assert (short(relation.subject), relation.predicate, short(relation.object)) == (
        "doc/yen-bai/kh-43-tu-2022",
        "implements",
        "doc/tw/kl-21-tw-2021",
    )
    plan = result.document(relation.subject)
    assert [short(i) for i in plan.issuers] == ["org/yen-bai/ban-thuong-vu-tinh-uy"]
    assert plan.label == "Kế hoạch 43-KH/TU" and plan.level == "provincial" and plan.province == "Yên Bái"


def test_every_organisation_parent_is_described() -> None:
    result = resolve_corpus([YB_EXTRACTION, BT_EXTRACTION])
    known = {o.iri for o in result.organisations}
    assert all(o.parent in known for o in result.organisations if o.parent)
    assert {short(i) for i in known} >= {
        "org/yen-bai/ban-thuong-vu-tinh-uy",
        "org/yen-bai/dang-bo-tinh",
        "org/ben-tre/ban-thuong-vu-tinh-uy",
        "org/tw/ban-chap-hanh-trung-uong",
        "org/tw/dang-cong-san-viet-nam",
    }


def test_the_catalogue_value_wins_and_the_articles_subject_is_kept() -> None:
    a = plain("w-1", "Kết luận số 21-KL/TW ngày 26/10/2021 về đẩy mạnh xây dựng Đảng.")
    result = resolve_corpus(
        [
            single(
                a,
                "conclusion",
                "Kết luận số 21-KL/TW",
                number="21",
                symbol="21-KL/TW",
                organ="TW",
                date="2021-10-26",
                year=2021,
                level="central",
                subject="đẩy mạnh xây dựng Đảng",
            )
        ]
    )
    document = result.document(ID + "doc/tw/kl-21-tw-2021")
    assert document.date == "2021-10-25"  # the checked date, not the article's slip
    assert document.subject == "đẩy mạnh xây dựng Đảng"


def test_repeated_article_ids_are_refused() -> None:
    with pytest.raises(ResolutionError, match="yb-1"):
        resolve_corpus([YB_EXTRACTION, YB_EXTRACTION])


# --- the catalogue ------------------------------------------------------------------------------------------


def test_the_shipped_catalogue_is_consistent() -> None:
    catalogue = load_catalogue()
    symbols = {e.symbol for e in catalogue.documents}
    assert {"12-NQ/TW", "04-NQ/TW", "18-NQ/TW", "19-NQ/TW", "21-KL/TW", "41-QĐ/TW", "36-HD/VPTW"} <= symbols
    assert all(e.source.strip() for e in catalogue.documents)
    for row in catalogue.plenums:
        for entry in catalogue.plenum_documents(row.plenum, row.term):
            assert (entry.plenum, entry.term) == (row.plenum, row.term), entry
    keys = [e.key for e in catalogue.documents]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{not json", "not JSON", id="json"),
        pytest.param(
            json.dumps({"documents": [{"symbol": "1-NQ/TW"}]}), r"documents\[0\]", id="missing-field"
        ),
        pytest.param(
            json.dumps(
                {
                    "documents": [],
                    "plenums": [
                        {"name": "TW 1", "plenum": 1, "term": "XI", "documents": ["9-NQ/TW"], "source": "x"}
                    ],
                }
            ),
            "unknown documents",
            id="plenum-names-nothing",
        ),
    ],
)
def test_a_broken_catalogue_says_where(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(path)
