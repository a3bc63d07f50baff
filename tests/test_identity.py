"""Document identity and IRIs, provinces, outlets (loaders/identity.py); organisations (organisations.py)."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import URIRef
from rdflib.term import _is_valid_uri

from loaders.identity import (
    TYPE_CODE,
    DocumentKey,
    IdentityError,
    all_provinces,
    article_iri,
    article_province,
    canonical_province,
    level_of_organ,
    mint_iri,
    normalise_number,
    normalise_organ,
    slug,
    source_scope,
    term_years,
)
from loaders.model import DOC_TYPES, Article
from loaders.organisations import resolve_organisation

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/vankien/id/"


def short(iri: str) -> str:
    return iri.removeprefix(ID)


# --- IRIs ---------------------------------------------------------------------------------------------------

MINTED = [
    pytest.param(DocumentKey("conclusion", "21", "tw", "2021", "tw"), "doc/tw/kl-21-tw-2021", id="central"),
    pytest.param(
        DocumentKey("resolution", "02", "tu", "2016", "ben-tre"), "doc/ben-tre/nq-02-tu-2016", id="local"
    ),
    pytest.param(
        DocumentKey("plan", "123", "tu", "2022", "src-1a2b3c4d"),
        "doc/src-1a2b3c4d/kh-123-tu-2022",
        id="source",
    ),
    pytest.param(
        DocumentKey("resolution", "daihoi-xiii", None, None, "tw"), "doc/tw/nq-daihoi-xiii", id="congress"
    ),
    pytest.param(
        DocumentKey("resolution", "tw4", None, "khoa-xii", "tw"), "doc/tw/nq-tw4-khoa-xii", id="plenum"
    ),
    pytest.param(
        DocumentKey("resolution", "daihoi-xi", None, None, "vinh-long"),
        "doc/vinh-long/nq-daihoi-xi",
        id="local-congress",
    ),
    pytest.param(
        DocumentKey("regulation", "41", "tw", "2021", "tw"), "doc/tw/qd-quy-dinh-41-tw-2021", id="regulation"
    ),
    pytest.param(
        DocumentKey("decision", "41", "tw", "2021", "tw"), "doc/tw/qd-quyet-dinh-41-tw-2021", id="decision"
    ),
    pytest.param(
        DocumentKey("conclusion", "21", "tw", "khoa-xiii", "tw"), "doc/tw/kl-21-tw-khoa-xiii", id="term"
    ),
]


@pytest.mark.parametrize(("key", "expected"), MINTED)
def test_mint_iri_is_the_readable_iri_of_the_contract(key: DocumentKey, expected: str) -> None:
    assert mint_iri(key) == URIRef(ID + expected)


def test_every_type_has_its_own_code() -> None:
    assert set(TYPE_CODE) == set(DOC_TYPES)
    assert len(set(TYPE_CODE.values())) == len(TYPE_CODE)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"type": "law"}, "unknown document type", id="type"),
        pytest.param({"scope": ""}, "needs a number", id="scope"),
        pytest.param({"number": ""}, "needs a number", id="number"),
    ],
)
def test_a_key_that_names_nothing_is_refused(kwargs: dict, message: str) -> None:
    fields = {"type": "plan", "number": "1", "organ": "tu", "time": "2022", "scope": "ben-tre"} | kwargs
    with pytest.raises(IdentityError, match=message):
        DocumentKey(**fields)


any_text = st.text(min_size=1, max_size=30)
keys = st.builds(
    DocumentKey,
    type=st.sampled_from(DOC_TYPES),
    number=any_text.filter(str.strip),
    organ=st.none() | any_text,
    time=st.none() | any_text,
    scope=any_text.filter(str.strip),
)


@given(keys)
def test_iris_are_valid_ascii_and_stable(key: DocumentKey) -> None:
    iri = mint_iri(key)
    assert iri.isascii()
    assert not re.search(r"\s", iri)
    assert _is_valid_uri(iri)
    assert iri.startswith(ID + "doc/")
    assert mint_iri(DocumentKey(key.type, key.number, key.organ, key.time, key.scope)) == iri


realistic_keys = st.builds(
    DocumentKey,
    type=st.sampled_from(DOC_TYPES),
    number=st.integers(1, 999).map(lambda n: normalise_number(str(n))),
    organ=st.sampled_from(["tw", "tu", "hu", "vptw", "du"]),
    time=st.integers(1990, 2030).map(str),
    scope=st.sampled_from(["tw", *(slug(p.name) for p in all_provinces()), "src-0a1b2c3d"]),
)


@given(realistic_keys, realistic_keys)
def test_distinct_keys_get_distinct_iris(a: DocumentKey, b: DocumentKey) -> None:
    assert (a == b) == (mint_iri(a) == mint_iri(b))


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_article_iris_are_valid_and_keep_ids_apart(a: str, b: str) -> None:
    assert _is_valid_uri(article_iri(a)) and article_iri(a).isascii()
    assert (a == b) == (article_iri(a) == article_iri(b))


def test_readable_article_ids_are_kept_as_they_are() -> None:
    assert article_iri("seed-003") == URIRef(ID + "article/seed-003")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Thừa Thiên - Huế", "thua-thien-hue", id="dash"),
        pytest.param("Đắk Lắk", "dak-lak", id="d-stroke"),
        pytest.param("\u00d0ồng Khởi", "dong-khoi", id="eth"),
        pytest.param("Ban Thường vụ Tỉnh uỷ", "ban-thuong-vu-tinh-uy", id="old-tone"),
        pytest.param("Nghe\u0323\u0302 An", "nghe-an", id="nfd"),
        pytest.param("!!", "x", id="nothing-left"),
    ],
)
def test_slug_folds_vietnamese(text: str, expected: str) -> None:
    assert slug(text) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [("2", "02"), ("02", "02"), ("123", "123"), (" 04 ", "04"), ("05a", "05a")],
)
def test_numbers_compare_as_numbers(number: str, expected: str) -> None:
    assert normalise_number(number) == expected


@pytest.mark.parametrize(
    ("organ", "code", "level"),
    [
        pytest.param("TW", "TW", "central", id="tw"),
        pytest.param("TƯ", "TW", "central", id="tu-horn"),
        pytest.param("T.Ư", "TW", "central", id="dotted"),
        pytest.param("VPTW", "VPTW", "central", id="commission"),
        pytest.param("TU", "TU", "provincial", id="province"),
        pytest.param("BTCTU", "BTCTU", "provincial", id="provincial-commission"),
        pytest.param("HU", "HU", "district", id="district"),
        pytest.param("ThU", "THU", "district", id="town"),
        pytest.param("ĐU", "ĐU", "grassroots", id="commune"),
        pytest.param("XYZ", "XYZ", None, id="unknown"),
    ],
)
def test_organ_codes(organ: str, code: str, level: str | None) -> None:
    assert normalise_organ(organ) == code
    assert level_of_organ(organ) == level


def test_central_terms_span_their_congresses() -> None:
    assert term_years("XIII") == range(2021, 2027)
    assert 2016 in term_years("XII") and 2021 in term_years("XII")  # type: ignore[operator]
    assert term_years("nonsense") is None


# --- provinces ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        pytest.param("TP.HCM", "Hồ Chí Minh", id="tphcm"),
        pytest.param("Thành phố Hồ Chí Minh", "Hồ Chí Minh", id="full-city"),
        pytest.param("Thừa Thiên - Huế", "Thừa Thiên Huế", id="tt-hue-dash"),
        pytest.param("Thừa Thiên Huế", "Thừa Thiên Huế", id="tt-hue"),
        pytest.param("tỉnh Bến Tre", "Bến Tre", id="prefix"),
        pytest.param("Hoà Bình", "Hòa Bình", id="old-tone"),
        pytest.param("Đăk Lăk", "Đắk Lắk", id="variant"),
        pytest.param("Yen Bai", "Yên Bái", id="no-diacritics"),
        pytest.param("Huế", "Huế", id="hue-2025"),
        pytest.param("Atlantis", None, id="unknown"),
        pytest.param("", None, id="empty"),
    ],
)
def test_province_spellings(name: str, canonical: str | None) -> None:
    assert canonical_province(name) == canonical


def test_provinces_before_and_after_2025() -> None:
    provinces = all_provinces()
    assert sum(p.before_2025 for p in provinces) == 63
    assert sum(p.after_2025 for p in provinces) == 34
    cities = {p.name for p in provinces if p.kind == "city"}
    assert cities == {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def test_every_merge_points_to_a_province_of_2025_and_no_spelling_is_shared() -> None:
    raw = json.loads(resources.files("loaders").joinpath("data/provinces.json").read_text(encoding="utf-8"))
    after = {row["name"] for row in raw["provinces"] if row["after_2025"]}
    seen: dict[str, str] = {}
    for row in raw["provinces"]:
        if "merged_into" in row:
            assert row["merged_into"] in after, row
        for spelling in (row["name"], *row.get("aliases", ())):
            assert canonical_province(spelling) == row["name"], spelling
            assert seen.setdefault(slug(spelling), row["name"]) == row["name"], spelling


SEED_003 = (ROOT / "seeds" / "003_80bacc515ea115a5.txt").read_text(encoding="utf-8")
SEED_004 = (ROOT / "seeds" / "004_9efd6e5f72b2b280.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("article", "province"),
    [
        pytest.param(Article("m", "Bài viết.", province="TP.HCM"), "Hồ Chí Minh", id="metadata"),
        pytest.param(Article("o", "Bài viết.", outlet="Báo Đồng Khởi"), "Bến Tre", id="outlet"),
        pytest.param(Article("n", "Bài viết.", outlet="Báo Thái Nguyên"), "Thái Nguyên", id="outlet-named"),
        pytest.param(Article("s3", SEED_003), "Bến Tre", id="seed-dateline-dash"),
        pytest.param(Article("s4", SEED_004), "Vĩnh Long", id="seed-dateline-paren"),
        pytest.param(Article("u", "(XYZ) Tỉnh ủy ban hành kế hoạch."), None, id="unknown-code"),
        pytest.param(Article("l", "x" * 2100 + "\nBDK - Tỉnh ủy ban hành."), None, id="dateline-too-late"),
        pytest.param(Article("t", "Tuổi trẻ.", outlet="Báo Tuổi Trẻ"), None, id="national-outlet"),
    ],
)
def test_article_province(article: Article, province: str | None) -> None:
    assert article_province(article) == province


def test_source_scope_hashes_the_source() -> None:
    a = source_scope(Article("a", "x", source="seeds/a.txt"))
    assert re.fullmatch(r"src-[0-9a-f]{8}", a)
    assert a == source_scope(Article("other-id", "y", source="seeds/a.txt"))
    assert a != source_scope(Article("a", "x", source="seeds/b.txt"))
    assert source_scope(Article("a", "x")) != source_scope(Article("b", "x"))  # no source: the id


# --- organisations ------------------------------------------------------------------------------------------

ORGS = [
    pytest.param("Bộ Chính trị", None, "tw/bo-chinh-tri", "tw/ban-chap-hanh-trung-uong", id="politburo"),
    pytest.param(
        "Ban Chấp hành Trung ương Đảng",
        None,
        "tw/ban-chap-hanh-trung-uong",
        "tw/dang-cong-san-viet-nam",
        id="central-committee-dang",
    ),
    pytest.param(
        "ban chấp hành trung ương khóa XIII",
        None,
        "tw/ban-chap-hanh-trung-uong",
        "tw/dang-cong-san-viet-nam",
        id="central-committee-term",
    ),
    pytest.param("Ban Bí thư", None, "tw/ban-bi-thu", "tw/ban-chap-hanh-trung-uong", id="secretariat"),
    pytest.param(
        "Đại hội đại biểu toàn quốc lần thứ XIII",
        None,
        "tw/dai-hoi-dai-bieu-toan-quoc",
        "tw/dang-cong-san-viet-nam",
        id="congress",
    ),
    pytest.param(
        "Ủy ban Kiểm tra Trung ương",
        None,
        "tw/uy-ban-kiem-tra-trung-uong",
        "tw/ban-chap-hanh-trung-uong",
        id="inspection",
    ),
    pytest.param(
        "Ban Tổ chức Trung ương",
        None,
        "tw/ban-to-chuc-trung-uong",
        "tw/ban-chap-hanh-trung-uong",
        id="organisation-commission",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy",
        "Bến Tre",
        "ben-tre/ban-thuong-vu-tinh-uy",
        "ben-tre/dang-bo-tinh",
        id="standing",
    ),
    pytest.param(
        "BAN THƯỜNG VỤ TỈNH UỶ",
        "Bến Tre",
        "ben-tre/ban-thuong-vu-tinh-uy",
        "ben-tre/dang-bo-tinh",
        id="standing-caps-old-tone",
    ),
    pytest.param("Tỉnh ủy", "Bến Tre", "ben-tre/tinh-uy", "ben-tre/dang-bo-tinh", id="committee"),
    pytest.param(
        "Ban Chấp hành Đảng bộ tỉnh",
        "Bến Tre",
        "ben-tre/ban-chap-hanh-dang-bo-tinh",
        "ben-tre/dang-bo-tinh",
        id="executive",
    ),
    pytest.param(
        "Ban Tổ chức Tỉnh ủy",
        "Yên Bái",
        "yen-bai/ban-to-chuc-tinh-uy",
        "yen-bai/tinh-uy",
        id="provincial-commission",
    ),
    pytest.param(
        "Đại hội Đảng bộ tỉnh lần thứ X",
        "Bến Tre",
        "ben-tre/dai-hoi-dang-bo-tinh",
        "ben-tre/dang-bo-tinh",
        id="provincial-congress",
    ),
    pytest.param(
        "Đại hội đại biểu Đảng bộ tỉnh",  # the congress's full name: the same organisation
        "Bến Tre",
        "ben-tre/dai-hoi-dang-bo-tinh",
        "ben-tre/dang-bo-tinh",
        id="provincial-congress-of-delegates",
    ),
    pytest.param("Thành ủy", "Hà Nội", "ha-noi/thanh-uy", "ha-noi/dang-bo-thanh-pho", id="city"),
    pytest.param("Tỉnh ủy Yên Bái", None, "yen-bai/tinh-uy", "yen-bai/dang-bo-tinh", id="place-in-name"),
    pytest.param(
        "Huyện ủy Châu Thành",
        "Bến Tre",
        "ben-tre/huyen-uy-chau-thanh",
        "ben-tre/dang-bo-huyen-chau-thanh",
        id="named-district",
    ),
    pytest.param("Huyện ủy", "Bến Tre", "src-0a1b2c3d/huyen-uy", "src-0a1b2c3d/dang-bo-huyen", id="district"),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy",
        None,
        "src-0a1b2c3d/ban-thuong-vu-tinh-uy",
        "src-0a1b2c3d/dang-bo-tinh",
        id="unknown-province",
    ),
]


@pytest.mark.parametrize(("name", "province", "iri", "parent"), ORGS)
def test_organisation_nodes(name: str, province: str | None, iri: str, parent: str) -> None:
    org = resolve_organisation(name, province, "src-0a1b2c3d")[0]
    assert short(org.iri) == f"org/{iri}"
    assert org.parent is not None and short(org.parent) == f"org/{parent}"


def test_provincial_bodies_stay_distinct_and_linked() -> None:
    names = ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh"]
    chains = [resolve_organisation(n, "Bến Tre", "src-0a1b2c3d") for n in names]
    iris = {chain[0].iri for chain in chains}
    assert len(iris) == 3
    roots = {chain[-1].iri for chain in chains}
    assert {short(r) for r in roots} == {"org/ben-tre/dang-bo-tinh"}
    assert all(c[0].province == "Bến Tre" and c[0].level == "provincial" for c in chains)


def test_a_district_sits_in_its_province() -> None:
    chain = resolve_organisation("Huyện ủy", "Bến Tre", "src-0a1b2c3d")
    assert [short(o.iri) for o in chain] == [
        "org/src-0a1b2c3d/huyen-uy",
        "org/src-0a1b2c3d/dang-bo-huyen",
        "org/ben-tre/dang-bo-tinh",
    ]
    assert chain[0].level == "district" and chain[0].organ == "HU"


def test_an_unknown_body_is_scoped_to_its_source() -> None:
    (org,) = resolve_organisation("Hội Nông dân", "Bến Tre", "src-0a1b2c3d")
    assert short(org.iri) == "org/src-0a1b2c3d/hoi-nong-dan" and org.level is None and org.parent is None


@pytest.mark.parametrize(
    ("name", "province", "by_source"),
    [
        pytest.param("Hội Nông dân", "Bến Tre", True, id="unknown-body"),
        pytest.param("Huyện ủy", "Bến Tre", True, id="unnamed-district"),
        pytest.param("Ban Thường vụ Tỉnh ủy", None, True, id="province-unknown"),
        pytest.param("Ban Thường vụ Tỉnh ủy", "Bến Tre", False, id="province-known"),
        pytest.param("Huyện ủy Châu Thành", "Bến Tre", False, id="named-district"),
        pytest.param("Bộ Chính trị", None, False, id="central"),
    ],
)
def test_only_an_organisation_the_text_cannot_place_depends_on_the_source(
    name: str, province: str | None, by_source: bool
) -> None:
    # answers are shared between sources when the source is not part of them: each source gets its own otherwise
    first = resolve_organisation(name, province, "src-0a1b2c3d")
    second = resolve_organisation(name, province, "src-99999999")
    assert (first != second) is by_source
    assert all("src-99999999" not in o.iri for o in first) and all(
        "src-0a1b2c3d" not in o.iri for o in second
    )
    assert not any("anysource" in o.iri or "anysource" in (o.parent or "") for o in (*first, *second))
