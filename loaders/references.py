"""What one article's document tells about its identity, and which known documents it may be.

A ``Reference`` gathers the parts of a ``DocumentKey`` a mention gives (type, number, organ code, year,
term, province, level, issuers), read from the document and its article. ``compatible`` says whether a known
document (a ``Candidate``, from the corpus or the catalogue) can be the one the reference names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from loaders.catalogue import CatalogueEntry
from loaders.identity import (
    DocumentKey,
    article_province,
    canonical_province,
    level_of_organ,
    normalise_number,
    normalise_organ,
    organ_slug,
    province_scope,
    source_scope,
    year_fits_term,
)
from loaders.lexicon import term_of
from loaders.model import Article, Document
from loaders.organisations import Organisation, resolve_organisation

# Organ code of a document whose symbol the text does not give, from its level (central: /TW, province: /TU).
_ORGAN_OF_LEVEL = {"central": "tw", "provincial": "tu"}


@dataclass(frozen=True)
class Reference:
    article: Article
    doc: Document
    src: str  # the article's source scope ("src-1a2b3c4d")
    province: str | None  # canonical province of a local document
    level: str | None
    number: str | None  # normalised ("02")
    organ: str | None  # organ slug from the text's symbol or organ code
    inferred_organ: str | None  # organ slug guessed from the issuer or the level
    organ_code: str | None  # display form ("TW", "ThU") for vk:organCode
    year: int | None
    term: str | None
    issuers: tuple[Organisation, ...]  # the bodies the article names as issuers
    organisations: tuple[Organisation, ...]  # the issuers and all their ancestors
    published_year: int | None

    @property
    def local_scope(self) -> str:
        """Scope of a local document: its province, else its source."""
        return province_scope(self.province) if self.province else self.src

    @property
    def scope(self) -> str | None:
        """Key scope when the level is known. District and grassroots bodies are rarely named with their
        district, so their documents stay with their source: two districts' 12-KH/HU never merge."""
        if self.level is None:
            return None
        if self.level == "central":
            return "tw"
        return self.local_scope if self.level == "provincial" else self.src

    @cached_property  # asked for again and again while placing; a frozen dataclass keeps it in __dict__
    def issuer_iris(self) -> frozenset[str]:
        return frozenset(o.iri for o in self.issuers)

    @property
    def surface(self) -> str:
        return self.doc.mentions[0].surface


def _year(doc: Document) -> int | None:
    if doc.year is not None:
        return doc.year
    if doc.date and doc.date[:4].isdigit():
        return int(doc.date[:4])
    return None


def _published_year(article: Article) -> int | None:
    return int(article.published[:4]) if article.published and article.published[:4].isdigit() else None


@dataclass(frozen=True)
class _ArticleContext:
    """What every reference of one article shares: worked out once per article, not once per document."""

    src: str
    province: str | None
    published_year: int | None


def _context(article: Article) -> _ArticleContext:
    return _ArticleContext(source_scope(article), article_province(article), _published_year(article))


def reference_of(doc: Document, article: Article) -> Reference:
    return _reference(doc, article, _context(article))


def references_of(article: Article, documents: Iterable[Document]) -> list[Reference]:
    """``reference_of`` each document of one article."""
    context = _context(article)
    return [_reference(doc, article, context) for doc in documents]


def _reference(doc: Document, article: Article, context: _ArticleContext) -> Reference:
    src = context.src
    province = canonical_province(doc.issuer_province) or context.province
    chains = tuple(resolve_organisation(name, province, src) for name in doc.issuer)
    issuers = tuple(chain[0] for chain in chains)
    level = doc.level or level_of_organ(doc.organ) or next((o.level for o in issuers if o.level), None)
    named_organ = next((o.organ for o in issuers if o.organ), None)
    inferred = organ_slug(named_organ) if named_organ else _ORGAN_OF_LEVEL.get(level or "")
    return Reference(
        article=article,
        doc=doc,
        src=src,
        province=None if level == "central" else province,
        level=level,
        number=normalise_number(doc.number) if doc.number else None,
        organ=organ_slug(doc.organ) if doc.organ else None,
        inferred_organ=inferred,
        organ_code=normalise_organ(doc.organ) if doc.organ else named_organ,
        year=_year(doc),
        term=term_of(doc.term) if doc.term else None,
        issuers=issuers,
        organisations=tuple(o for chain in chains for o in chain),
        published_year=context.published_year,
    )


@dataclass(frozen=True)
class Candidate:
    """A document known to the corpus or the catalogue, with what compatibility needs to know of it."""

    key: DocumentKey
    level: str | None
    terms: frozenset[str]
    plenums: frozenset[int]
    issuers: frozenset[str]  # IRIs
    entry: CatalogueEntry | None = None

    @property
    def year(self) -> int | None:
        return int(self.key.time) if self.key.time and self.key.time.isdigit() else None


def candidate_of_entry(entry: CatalogueEntry) -> Candidate:
    issuers = frozenset(resolve_organisation(name, None, "tw")[0].iri for name in entry.issuer)
    terms = frozenset({entry.term} if entry.term else ())
    plenums = frozenset({entry.plenum} if entry.plenum is not None else ())
    return Candidate(entry.key, "central", terms, plenums, issuers, entry)


def _scope_fits(ref: Reference, cand: Candidate) -> bool:
    if cand.key.is_central:
        return ref.level in (None, "central")
    return ref.level != "central" and cand.key.scope == (ref.scope or ref.local_scope)


def _time_fits(ref: Reference, cand: Candidate) -> bool:
    year = cand.year
    if ref.year is not None and year != ref.year:
        return False
    if ref.term:
        if cand.terms and ref.term not in cand.terms:
            return False
        if not cand.terms and cand.key.is_central and year is not None and not year_fits_term(year, ref.term):
            return False
    # an article cannot cite a document issued after it was published
    return not (ref.published_year and year and year > ref.published_year)


def compatible(ref: Reference, cand: Candidate, *, same_organ: bool = True) -> bool:
    """Can ``cand`` be the document ``ref`` names? Unknown parts of the reference match anything."""
    key = cand.key
    if key.type != ref.doc.type or key.number != ref.number:
        return False
    if same_organ and ref.organ and key.organ != ref.organ:
        return False
    level = cand.level or level_of_organ(key.organ)
    if ref.level and level and ref.level != level:
        return False
    if not _scope_fits(ref, cand) or not _time_fits(ref, cand):
        return False
    return not (ref.issuer_iris and cand.issuers and not (ref.issuer_iris & cand.issuers))


def plenum_compatible(ref: Reference, cand: Candidate) -> bool:
    """Can ``cand`` be the plenum document ("Nghị quyết Trung ương 4 khóa XII") ``ref`` names?"""
    if cand.key.type != ref.doc.type or not cand.key.is_central or ref.doc.plenum not in cand.plenums:
        return False
    return ref.term is None or ref.term in cand.terms
