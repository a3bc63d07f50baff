"""What makes two mentions the same document, and the one place IRIs are minted (docs/identity.md).

A document is identified by its type, number, issuing organ code, year (or term) and, for every non-central
document, its province: Party numbers restart each term and in each province. The scope of a key is ``"tw"``
for central documents, the slug of the province for local ones, and ``src-<8 hex>`` (a hash of the article's
source) when nothing better is known, so that two unknown provinces' ``123-KH/TU`` never merge.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import URIRef

from loaders.lexicon import roman_to_int
from loaders.model import DOC_TYPES, Article
from loaders.normalize import fold, normalise_name
from ontology.namespace import VKID

CENTRAL_SCOPE = "tw"

# Type id -> code in IRIs. From the type (the Vietnamese head noun), never from the symbol's letters: "QĐ" is
# both Quy định (regulation) and Quyết định (decision), which must not share IRIs.
TYPE_CODE: dict[str, str] = {
    "resolution": "nq",
    "conclusion": "kl",
    "directive": "ct",
    "regulation": "qd-quy-dinh",
    "decision": "qd-quyet-dinh",
    "rules": "qc",
    "action_programme": "ctr",
    "plan": "kh",
    "guideline": "hd",
    "circular": "tt",
    "notice": "tb",
    "project": "da",
    "report": "bc",
    "dispatch": "cv",
    "other": "vb",
}
assert set(TYPE_CODE) == set(DOC_TYPES)


class IdentityError(ValueError):
    """A key that cannot name a document (unknown type, empty scope)."""


@dataclass(frozen=True)
class DocumentKey:
    """Identity of a document. ``number``: the normalised number, or for unnumbered documents what names them
    ("daihoi-xiii", "tw4"); ``organ``: the lower-case ASCII organ code; ``time``: the year, or "khoa-xiii"."""

    type: str
    number: str
    organ: str | None
    time: str | None
    scope: str

    def __post_init__(self) -> None:
        if self.type not in TYPE_CODE:
            raise IdentityError(f"unknown document type {self.type!r}")
        if not self.scope or not self.number:
            raise IdentityError("a document key needs a number (or name) and a scope")

    @property
    def is_central(self) -> bool:
        return self.scope == CENTRAL_SCOPE


# --- text to IRI-safe pieces --------------------------------------------------------------------------------


@lru_cache(maxsize=65536)  # pure; IRIs are minted many times over for the same few names
def slug(text: str, limit: int = 60) -> str:
    """ASCII slug: diacritics folded (đ → d), lower case, runs of anything else → "-". Never empty."""
    folded = fold(normalise_name(text))
    cleaned = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return cleaned[:limit].rstrip("-") or "x"


def short_hash(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def normalise_number(number: str) -> str:
    """ "02", "2" and "02 " are one number ("02", two digits at least, as Party symbols write them)."""
    text = number.strip()
    if text.isdigit():
        return f"{int(text):02d}"
    match = re.fullmatch(r"0*(\d+)(.*)", text)
    if match:
        return f"{int(match.group(1)):02d}{slug(match.group(2)) if match.group(2).strip() else ''}"
    return slug(text)


def normalise_organ(organ: str) -> str:
    """Display form of an organ code: "TƯ", "T.Ư", "tw" → "TW"; "Đu" → "ĐU"."""
    return normalise_name(organ).upper().replace(".", "").replace(" ", "").replace("TƯ", "TW")


def organ_slug(organ: str) -> str:
    return slug(normalise_organ(organ))


def level_of_organ(organ: str | None) -> str | None:
    """Level an organ code names: ..TW central, HU/QU/ThU district, ..TU provincial, ĐU grassroots."""
    if not organ:
        return None
    code = organ_slug(organ)
    if code.endswith("tw"):
        return "central"
    if code in {"hu", "qu", "thu"}:
        return "district"
    if code.endswith("tu"):
        return "provincial"
    if code in ("du", "cb"):  # a commune's committee, a Party cell
        return "grassroots"
    return None


# --- provinces and articles ---------------------------------------------------------------------------------


def _province_key(name: str) -> str:
    folded = fold(normalise_name(name))
    folded = re.sub(r"^(tinh|thanh pho|tp\.?)\s*", "", folded.strip())
    return re.sub(r"[^a-z0-9]", "", folded)


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "province" | "city" (centrally-run: its committee is a Thành ủy)
    before_2025: bool
    after_2025: bool


@lru_cache(maxsize=1)
def _provinces() -> dict[str, Province]:
    raw = json.loads(resources.files("loaders").joinpath("data/provinces.json").read_text(encoding="utf-8"))
    table: dict[str, Province] = {}
    for row in raw["provinces"]:
        province = Province(row["name"], row["kind"], row["before_2025"], row["after_2025"])
        for spelling in (row["name"], *row.get("aliases", ())):
            table[_province_key(spelling)] = province
    return table


def all_provinces() -> tuple[Province, ...]:
    return tuple(sorted(set(_provinces().values()), key=lambda p: p.name))


def find_province(name: str | None) -> Province | None:
    """The province a name spells ("TP.HCM", "tỉnh Bến Tre", "Thừa Thiên - Huế"), or None."""
    if not name or not name.strip():
        return None
    return _provinces().get(_province_key(name))


def canonical_province(name: str | None) -> str | None:
    province = find_province(name)
    return province.name if province else None


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    raw = json.loads(resources.files("loaders").joinpath("data/outlets.json").read_text(encoding="utf-8"))
    by_name = {_province_key(o["name"]): o["province"] for o in raw["outlets"]}
    by_dateline = {o["dateline"]: o["province"] for o in raw["outlets"] if o.get("dateline")}
    return by_name, by_dateline


# A dateline opens the body of provincial news: "BDK - Thực hiện ..." (Báo Đồng Khởi), "(VLO) Qua nửa ...".
_DATELINE_RE = re.compile(
    r"^[ \t]*(?:\((?P<paren>[A-ZĐ]{2,6})\)|(?P<dash>[A-ZĐ]{2,6})[ \t]*[-–—])[ \t]", re.M
)


def province_of_outlet(outlet: str | None) -> str | None:
    if not outlet:
        return None
    by_name, _ = _outlets()
    known = by_name.get(_province_key(outlet))
    if known:
        return known
    named = re.sub(r"^bao\s+", "", fold(normalise_name(outlet)).strip())  # "Báo Bến Tre" names its province
    return canonical_province(named) if named != fold(normalise_name(outlet)).strip() else None


def province_of_dateline(text: str) -> str | None:
    _, by_dateline = _outlets()
    for match in _DATELINE_RE.finditer(text[:2000]):
        code = match.group("paren") or match.group("dash")
        if code in by_dateline:
            return by_dateline[code]
    return None


def article_province(article: Article) -> str | None:
    """Province of an article: its metadata, else its outlet, else the dateline code in its first lines."""
    return (
        canonical_province(article.province)
        or province_of_outlet(article.outlet)
        or province_of_dateline(article.text)
    )


def source_scope(article: Article) -> str:
    """Scope for what only the article identifies: ``src-`` + 8 hex of sha1 of its source (its id if none)."""
    return "src-" + short_hash(article.source or article.id, length=8)


def province_scope(province: str) -> str:
    return slug(province)


# --- terms (khóa) of the Central Committee ------------------------------------------------------------------


def term_number(term: str | None) -> int | None:
    return roman_to_int(term) if term else None


def term_years(term: str | None) -> range | None:
    """Calendar years a central term spans, both ends included (congresses: 1986, 1991, ... 2021, 2026)."""
    n = term_number(term)
    if n is None or n < 6:
        return None
    start = 1956 + 5 * n  # VI 1986, XII 2016, XIII 2021
    return range(start, start + 6)


def year_fits_term(year: int, term: str) -> bool:
    years = term_years(term)
    return years is None or year in years


# --- the one minting function and its siblings --------------------------------------------------------------


@lru_cache(maxsize=1 << 16)  # pure; a document is placed once per article that names it
def mint_iri(key: DocumentKey) -> URIRef:
    """``vkid:doc/{scope}/{typecode}-{number}-{organ}-{time}``; parts that are unknown are left out."""
    parts = [TYPE_CODE[key.type], key.number, key.organ, key.time]
    local = "-".join(slug(p, limit=80) for p in parts if p)
    scope = "/".join(slug(piece) for piece in key.scope.split("/"))
    return URIRef(str(VKID[f"doc/{scope}/{local}"]))


@lru_cache(maxsize=1 << 16)  # pure; the same bodies are named again and again
def org_iri(scope: str, name_slug: str) -> URIRef:
    return URIRef(str(VKID[f"org/{slug(scope)}/{slug(name_slug, limit=80)}"]))


def article_iri(article_id: str) -> URIRef:
    """``vkid:article/{id}``; an id with characters unsafe in an IRI gets a slug plus a hash (unique)."""
    if re.fullmatch(r"[A-Za-z0-9._-]+", article_id):
        return URIRef(str(VKID[f"article/{article_id}"]))
    return URIRef(str(VKID[f"article/{slug(article_id)}-{short_hash(article_id, length=8)}"]))


def mention_iri(article_id: str, start: int, end: int, document_iri: str) -> URIRef:
    return URIRef(str(VKID[f"mention/{short_hash('mention', article_id, start, end, document_iri)}"]))


def evidence_iri(*statement: object) -> URIRef:
    return URIRef(str(VKID[f"evidence/{short_hash('evidence', *statement)}"]))
