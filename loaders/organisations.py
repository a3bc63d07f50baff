"""Party organisations: from a name as an article states it to a node in the W3C ORG hierarchy.

Names arrive expanded by the extractor ("Ban Thường vụ Tỉnh ủy") with place names dropped; matching folds
case, diacritics and tone placement ("uỷ"/"ủy", "Ð"/"Đ") so every spelling lands on one node. "Tỉnh ủy",
"Ban Thường vụ Tỉnh ủy" and "Ban Chấp hành Đảng bộ tỉnh" are distinct bodies of one provincial Party
organisation (Đảng bộ tỉnh, the root): never merged, linked by org:subOrganizationOf. A local body without a
place name belongs to the province of its article; when that is unknown it is scoped to the article's source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.identity import CENTRAL_SCOPE, find_province, org_iri, province_scope, slug
from loaders.normalize import fold, normalise_name


@dataclass(frozen=True)
class Organisation:
    iri: str
    label: str
    level: str | None
    province: str | None = None
    parent: str | None = None  # IRI of the organisation it is a sub-organisation of
    organ: str | None = None  # organ code its documents carry in their symbol ("TW", "TU", "HU")


# --- central bodies -----------------------------------------------------------------------------------------
# slug -> (label, parent slug, organ code). The Party is the root; Đại hội elects the Central Committee, which
# elects the Politburo, the Secretariat and the Inspection Commission, and runs its commissions.
_CENTRAL: dict[str, tuple[str, str | None, str | None]] = {
    "dang-cong-san-viet-nam": ("Đảng Cộng sản Việt Nam", None, None),
    "dai-hoi-dai-bieu-toan-quoc": ("Đại hội đại biểu toàn quốc", "dang-cong-san-viet-nam", "TW"),
    "ban-chap-hanh-trung-uong": ("Ban Chấp hành Trung ương", "dang-cong-san-viet-nam", "TW"),
    "bo-chinh-tri": ("Bộ Chính trị", "ban-chap-hanh-trung-uong", "TW"),
    "ban-bi-thu": ("Ban Bí thư", "ban-chap-hanh-trung-uong", "TW"),
    "ban-to-chuc-trung-uong": ("Ban Tổ chức Trung ương", "ban-chap-hanh-trung-uong", "BTCTW"),
    "ban-tuyen-giao-trung-uong": ("Ban Tuyên giáo Trung ương", "ban-chap-hanh-trung-uong", "BTGTW"),
    "ban-dan-van-trung-uong": ("Ban Dân vận Trung ương", "ban-chap-hanh-trung-uong", None),
    "ban-noi-chinh-trung-uong": ("Ban Nội chính Trung ương", "ban-chap-hanh-trung-uong", None),
    "ban-kinh-te-trung-uong": ("Ban Kinh tế Trung ương", "ban-chap-hanh-trung-uong", None),
    "van-phong-trung-uong": ("Văn phòng Trung ương", "ban-chap-hanh-trung-uong", "VPTW"),
    "uy-ban-kiem-tra-trung-uong": ("Ủy ban Kiểm tra Trung ương", "ban-chap-hanh-trung-uong", "UBKTTW"),
}
# Folded spellings (after the trailing "Đảng" / "Đảng Cộng sản Việt Nam" is cut) -> slug.
_CENTRAL_NAMES: tuple[tuple[str, str], ...] = (
    (r"dang cong san viet nam|dang", "dang-cong-san-viet-nam"),
    # "Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội XIII", "Đại hội Đảng toàn quốc"
    (
        r"dai hoi(?: dai bieu)?(?: dang)?(?: toan quoc)?(?: lan thu [ivxl]+| [ivxl]+)?",
        "dai-hoi-dai-bieu-toan-quoc",
    ),
    (r"(?:ban chap hanh|bch) (?:trung uong|tw)|bchtw|trung uong|tw", "ban-chap-hanh-trung-uong"),
    (r"bo chinh tri|bct", "bo-chinh-tri"),
    (r"ban bi thu(?: trung uong)?|bbt", "ban-bi-thu"),
    (r"ban to chuc trung uong", "ban-to-chuc-trung-uong"),
    (r"ban tuyen giao trung uong", "ban-tuyen-giao-trung-uong"),
    (r"ban dan van trung uong", "ban-dan-van-trung-uong"),
    (r"ban noi chinh trung uong", "ban-noi-chinh-trung-uong"),
    (r"ban kinh te trung uong", "ban-kinh-te-trung-uong"),
    (r"van phong trung uong", "van-phong-trung-uong"),
    (r"uy ban kiem tra trung uong", "uy-ban-kiem-tra-trung-uong"),
)
# Any other "Ban ... Trung ương" (Ban Đối ngoại, Ban Tuyên giáo và Dân vận, ...) is a central commission too.
_OTHER_CENTRAL_COMMISSION = re.compile(r"ban [a-z ]+ trung uong")


def central_chain(name_slug: str) -> tuple[Organisation, ...]:
    """A central body and its ancestors, the body first."""
    chain: list[Organisation] = []
    current: str | None = name_slug
    while current is not None:
        label, parent, organ = _CENTRAL[current]
        iri = str(org_iri(CENTRAL_SCOPE, current))
        parent_iri = str(org_iri(CENTRAL_SCOPE, parent)) if parent else None
        chain.append(Organisation(iri, label, "central", None, parent_iri, organ))
        current = parent
    return tuple(chain)


# --- local bodies -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Unit:
    """One kind of local Party organisation: its committee ("Tỉnh ủy") and itself ("Đảng bộ tỉnh")."""

    key: str
    level: str
    committee: str
    party: str
    organ: str


_PROVINCE = _Unit("tinh", "provincial", "Tỉnh ủy", "Đảng bộ tỉnh", "TU")
_CITY = _Unit("thanh-pho", "provincial", "Thành ủy", "Đảng bộ thành phố", "TU")
_DISTRICTS = {
    "huyen": _Unit("huyen", "district", "Huyện ủy", "Đảng bộ huyện", "HU"),
    "quan": _Unit("quan", "district", "Quận ủy", "Đảng bộ quận", "QU"),
    "thi": _Unit("thi-xa", "district", "Thị ủy", "Đảng bộ thị xã", "ThU"),
    "thanh": _Unit("thanh-pho", "district", "Thành ủy", "Đảng bộ thành phố", "ThU"),  # a provincial city
}
_COMMITTEE_RE = re.compile(r"(?P<body>.*?)\s*\b(?P<unit>tinh|thanh|huyen|quan|thi) uy\b(?:\s+(?P<place>.+))?")
_PARTY_RE = re.compile(
    r"(?P<body>ban chap hanh|bch|dai hoi(?: dai bieu)?|)\s*"
    r"\bdang bo (?P<unit>tinh|thanh pho|huyen|quan|thi xa)\b(?:\s+(?P<place>.+))?"
)
_BODY_ALIASES = {"btv": "ban thuong vu", "bch": "ban chap hanh", "dai hoi dai bieu": "dai hoi"}
_UNIT_WORDS = {"tinh": "tinh", "thanh pho": "thanh", "huyen": "huyen", "quan": "quan", "thi xa": "thi"}


@dataclass(frozen=True)
class _Place:
    province: str | None
    scope: str  # IRI scope of the unit's bodies
    suffix: str  # "-chau-thanh" for a named district, "" otherwise


def _unit_of(word: str, province: str | None) -> _Unit | None:
    """ "thanh" is a centrally-run city's committee (provincial) or a provincial city's (district)."""
    if word == "tinh":
        return _PROVINCE
    if word == "thanh":
        found = find_province(province)
        if found is None:
            return None
        return _CITY if found.kind == "city" else _DISTRICTS["thanh"]
    return _DISTRICTS[word]


def _place_of(unit: _Unit, place: str | None, province: str | None, fallback_scope: str) -> _Place:
    if unit.level == "provincial":
        named = find_province(place)
        province = named.name if named else province
        return _Place(province, province_scope(province) if province else fallback_scope, "")
    if place and province:
        return _Place(province, province_scope(province), "-" + slug(place))
    return _Place(province, fallback_scope, "")


def _local_chain(body: str, body_label: str, unit: _Unit, place: _Place) -> tuple[Organisation, ...]:
    """The named body, then its parents up to the Đảng bộ (and the province's Đảng bộ for a district)."""

    def make(kind: str, label: str, parent: Organisation | None, organ: str | None) -> Organisation:
        iri = str(org_iri(place.scope, slug(kind) + place.suffix))
        return Organisation(iri, label, unit.level, place.province, parent.iri if parent else None, organ)

    above: tuple[Organisation, ...] = ()
    if unit.level == "district" and place.province:  # a district's Party organisation sits in its province's
        above = _local_chain("", "", _CITY if _is_city(place.province) else _PROVINCE, _province_place(place))
    root = make(f"dang-bo-{unit.key}", unit.party, above[0] if above else None, None)
    committee_slug = fold(unit.committee)
    if body == "":
        return (root, *above)
    if body == "committee":
        return (make(committee_slug, unit.committee, root, unit.organ), root, *above)
    if body in ("ban thuong vu", "thuong truc"):
        standing = make(
            f"ban-thuong-vu-{committee_slug}", f"Ban Thường vụ {unit.committee}", root, unit.organ
        )
        if body == "ban thuong vu":
            return (standing, root, *above)
        label = f"Thường trực {unit.committee}"
        return (make(f"thuong-truc-{committee_slug}", label, standing, unit.organ), standing, root, *above)
    if body in ("ban chap hanh", "dai hoi"):
        label = f"{'Ban Chấp hành' if body == 'ban chap hanh' else 'Đại hội'} {unit.party}"
        return (make(label, label, root, unit.organ), root, *above)
    committee = make(committee_slug, unit.committee, root, unit.organ)
    label = f"{body_label} {unit.committee}"  # a commission: Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Huyện ủy
    return (make(label, label, committee, None), committee, root, *above)


def _is_city(province: str) -> bool:
    found = find_province(province)
    return found is not None and found.kind == "city"


def _province_place(place: _Place) -> _Place:
    assert place.province is not None
    return _Place(place.province, province_scope(place.province), "")


# --- the entry point ----------------------------------------------------------------------------------------


_CENTRAL_PATTERNS = tuple((re.compile(pattern), name_slug) for pattern, name_slug in _CENTRAL_NAMES)
_NOT_WORD = re.compile(r"[^a-z0-9 ]")
_QUALIFIERS = re.compile(r"\s+(?:khoa [ivxl]+|nhiem ky|lan thu)\b.*$")
_OF_THE_PARTY = re.compile(r"\s+dang(?: cong san viet nam)?$")


def _folded(name: str) -> tuple[str, str]:
    """(spelling-normalised name, its folded form with punctuation as spaces): same length, aligned."""
    norm = normalise_name(name)
    folded = _NOT_WORD.sub(" ", fold(norm))
    # qualifiers that do not change the body: "... Trung ương khóa XIII", "... lần thứ X, nhiệm kỳ 2020-2025"
    cut = _QUALIFIERS.search(folded)
    if cut:
        norm, folded = norm[: cut.start()], folded[: cut.start()]
    return norm.strip(), " ".join(folded.split())


# A source scope no article has (theirs are "src-" and 8 hex digits): the stand-in while a name's organisation is
# worked out, so that the answer for a body its name places is computed once, not once per article's source.
_ANY_SOURCE = "src-anysource"


def resolve_organisation(name: str, province: str | None, fallback_scope: str) -> tuple[Organisation, ...]:
    """The organisation ``name`` denotes, followed by its ancestors. ``province``: where the article (or the
    issuer's dropped place name) puts it; ``fallback_scope``: the article's source scope, for the unknown."""
    found = _resolve_organisation(name, province, _ANY_SOURCE)
    # the source scope only ever goes into IRIs: an answer without the stand-in holds for every source
    if any(_ANY_SOURCE in org.iri or _ANY_SOURCE in (org.parent or "") for org in found):
        return _resolve_organisation(name, province, fallback_scope)
    return found


@lru_cache(maxsize=4096)  # pure; most names are placed by themselves or the province, not by the source
def _resolve_organisation(name: str, province: str | None, fallback_scope: str) -> tuple[Organisation, ...]:
    norm, folded = _folded(name)
    central = _OF_THE_PARTY.sub("", folded)
    for pattern, name_slug in _CENTRAL_PATTERNS:
        if pattern.fullmatch(central):
            return central_chain(name_slug)
    if _OTHER_CENTRAL_COMMISSION.fullmatch(central):
        iri = str(org_iri(CENTRAL_SCOPE, slug(norm)))
        parent = central_chain("ban-chap-hanh-trung-uong")
        return (Organisation(iri, norm, "central", None, parent[0].iri, None), *parent)
    local = _resolve_local(norm, folded, province, fallback_scope)
    if local:
        return local
    level = "grassroots" if re.match(r"(?:dang uy|chi bo)\b", folded) else None
    return (
        Organisation(
            str(org_iri(fallback_scope, slug(norm))), norm, level, province, None, "ĐU" if level else None
        ),
    )


def _resolve_local(norm: str, folded: str, province: str | None, fallback: str) -> tuple[Organisation, ...]:
    party = _PARTY_RE.fullmatch(folded)
    committee = None if party else _COMMITTEE_RE.fullmatch(folded)
    match = party or committee
    if match is None:
        return ()
    place = match.group("place")
    unit_word = _UNIT_WORDS[match.group("unit")] if party else match.group("unit")
    named_province = _province_name(place) or province
    unit = _unit_of(unit_word, named_province)
    if unit is None:
        return ()
    body = _BODY_ALIASES.get(match.group("body"), match.group("body"))
    if committee and body == "":
        body = "committee"
    return _local_chain(body, _body_label(norm), unit, _place_of(unit, place, named_province, fallback))


def _body_label(norm: str) -> str:
    """ "Ban Tổ chức" of "Ban Tổ chức Tỉnh ủy", in the article's own spelling (fold keeps offsets)."""
    head = re.search(r"\b(?:tinh|thanh|huyen|quan|thi)\s+uy\b", fold(norm))
    label = norm[: head.start()].strip(" ,-") if head else norm
    return label[:1].upper() + label[1:]


def _province_name(place: str | None) -> str | None:
    found = find_province(place)
    return found.name if found else None
