"""What ``resolve_corpus`` returns: the corpus's documents with one value per attribute, its organisations,
relations between IRIs, and the mentions that stayed ambiguous or unresolved (docs/identity.md)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from loaders.catalogue import CatalogueEntry
from loaders.identity import CENTRAL_SCOPE, DocumentKey, mint_iri
from loaders.model import Article, Document, Evidence
from loaders.normalize import normalise_name
from loaders.organisations import Organisation, resolve_organisation
from loaders.references import Reference
from ontology.namespace import TYPE_NAME_VI

T = TypeVar("T")


class ResolutionError(ValueError):
    """The corpus cannot be resolved as given (two articles with one id)."""


@dataclass(frozen=True)
class Unsettled:
    """A document mention that could not be given a corpus-wide identity, and why. It keeps its own node
    (``iri``), scoped to its article; ``candidates`` are the IRIs it might have meant."""

    article_id: str
    local_id: str
    surface: str
    iri: str
    reason: str
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResolvedRelation:
    article_id: str
    subject: str  # IRI
    predicate: str  # "implements" | "based_on"
    object: str  # IRI
    evidence: Evidence


@dataclass(frozen=True)
class Resolution:
    articles: tuple[Article, ...]
    documents: tuple[ResolvedDocument, ...]
    organisations: tuple[Organisation, ...]
    relations: tuple[ResolvedRelation, ...]
    ambiguous: tuple[Unsettled, ...]
    unresolved: tuple[Unsettled, ...]

    def iri_of(self, article_id: str, local_id: str) -> str:
        """IRI of the document an article's local id ("d0") was resolved to."""
        for doc in self.documents:
            for occ in doc.occurrences:
                if occ.article_id == article_id and occ.document.local_id == local_id:
                    return doc.iri
        raise KeyError((article_id, local_id))

    def document(self, iri: str) -> ResolvedDocument:
        for doc in self.documents:
            if doc.iri == iri:
                return doc
        raise KeyError(iri)


@dataclass(frozen=True)
class Occurrence:
    """One article's view of a resolved document."""

    article_id: str
    document: Document
    issuers: tuple[str, ...]  # IRIs of the bodies this article names as its issuers


@dataclass(frozen=True)
class ResolvedDocument:
    """A document of the corpus: its key and IRI, one value per attribute, every article that names it."""

    key: DocumentKey
    iri: str
    label: str
    type: str
    number: str | None
    symbol: str | None
    organ: str | None
    date: str | None
    year: int | None
    subject: str | None
    term: str | None
    congress: str | None
    plenum: int | None
    is_set: bool
    level: str | None
    province: str | None
    issuers: tuple[str, ...]  # IRIs
    occurrences: tuple[Occurrence, ...]
    catalogue: CatalogueEntry | None = None


# --- describing a resolved document -------------------------------------------------------------------------

_TYPE_NOUN = TYPE_NAME_VI


def most_common(values: Iterable[T | None]) -> T | None:
    """The most frequent known value; ties go to the smallest (deterministic whatever the input order)."""
    counts: dict[T, int] = defaultdict(int)
    for value in values:
        if value is not None:
            counts[value] += 1
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _label(doc: ResolvedDocument, surface: str) -> str:
    noun = _TYPE_NOUN[doc.type]
    if doc.is_set:
        return normalise_name(surface)
    if doc.symbol:
        return f"{noun} {doc.symbol}"
    if doc.number:
        return f"{noun} số {doc.number}"
    if doc.congress:
        return (
            f"{noun} Đại hội {doc.congress}"
            if doc.level == "central"
            else f"{noun} Đại hội Đảng bộ lần thứ {doc.congress}"
        )
    if doc.plenum is not None and doc.level in (None, "central"):
        return f"{noun} Trung ương {doc.plenum}" + (f" khóa {doc.term}" if doc.term else "")
    return normalise_name(surface)


def describe(key: DocumentKey, refs: list[Reference], entry: CatalogueEntry | None) -> ResolvedDocument:
    """One value per attribute: the catalogue's checked value, else the articles' most frequent one (the
    subject keeps the articles' own words when they give one)."""
    docs = [r.doc for r in refs]
    year = int(key.time) if key.time and key.time.isdigit() else most_common(r.year for r in refs)
    dates = [d.date for d in docs if d.date and (year is None or d.date[:4] == str(year))]
    with_issuers = [tuple(sorted(r.issuer_iris)) for r in refs if r.issuers]
    entry_issuers = (
        tuple(sorted(resolve_organisation(n, None, CENTRAL_SCOPE)[0].iri for n in entry.issuer))
        if entry
        else ()
    )
    occurrences = tuple(
        sorted(
            (Occurrence(r.article.id, r.doc, tuple(o.iri for o in r.issuers)) for r in refs),
            key=lambda o: (o.article_id, o.document.local_id),
        )
    )
    described = ResolvedDocument(
        key=key,
        iri=str(mint_iri(key)),
        label="",
        type=key.type,
        number=entry.number if entry else most_common(d.number for d in docs),
        symbol=entry.symbol if entry else most_common(d.symbol for d in docs),
        organ=entry.organ if entry else most_common(r.organ_code for r in refs),
        date=entry.date if entry else most_common(dates),
        year=year,
        subject=most_common(d.subject for d in docs) or (entry.subject if entry else None),
        term=entry.term if entry and entry.term else most_common(r.term for r in refs),
        congress=most_common(d.congress for d in docs),
        plenum=entry.plenum if entry and entry.plenum is not None else most_common(d.plenum for d in docs),
        is_set=any(d.is_set for d in docs),
        level="central" if key.is_central else most_common(r.level for r in refs),
        province=None if key.is_central else most_common(r.province for r in refs),
        issuers=entry_issuers or (most_common(with_issuers) or ()),
        occurrences=occurrences,
        catalogue=entry,
    )
    return replace(described, label=_label(described, occurrences[0].document.mentions[0].surface))
