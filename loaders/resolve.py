"""From per-article extractions to one set of documents for the corpus (docs/identity.md).

Mentions are placed in tiers, each consulting only the tiers before it, so the result never depends on the
order of the input:
0. complete: number, organ code from the text, year and scope (central, or a known province);
1. inferable: as 0, but the organ code is inferred from the issuer or the level; placed on a unique tier-0
   candidate when there is one;
2. incomplete ("Kết luận số 21", "Nghị quyết Trung ương 4 khóa XII"): a unique compatible candidate among the
   documents of tiers 0-1 (the corpus), else in the catalogue of central documents. Two candidates or more:
   ambiguous, reported and scoped to the article, never guessed.
Unnumbered documents (congress, plenum, set-mentions, others) are keyed by what names them.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from loaders.catalogue import Catalogue, CatalogueEntry, load_catalogue
from loaders.describe import ResolvedDocument, describe
from loaders.identity import CENTRAL_SCOPE, DocumentKey, mint_iri, slug
from loaders.model import Article, Evidence, Extraction
from loaders.organisations import Organisation, resolve_organisation
from loaders.references import (
    Candidate,
    Reference,
    candidate_of_entry,
    compatible,
    plenum_compatible,
    reference_of,
)

__all__ = [
    "Catalogue",
    "Resolution",
    "ResolutionError",
    "ResolvedDocument",
    "ResolvedRelation",
    "Unsettled",
    "load_catalogue",
    "resolve_corpus",
]
log = logging.getLogger(__name__)


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
class _Placement:
    ref: Reference
    key: DocumentKey
    status: str = "resolved"  # | "ambiguous" | "unresolved"
    reason: str = ""
    candidates: tuple[str, ...] = ()


# --- placing one reference ---------------------------------------------------------------------------------


def _own_key(ref: Reference, scope: str, organ: str | None = None) -> DocumentKey:
    time = str(ref.year) if ref.year is not None else (f"khoa-{ref.term.lower()}" if ref.term else None)
    return DocumentKey(ref.doc.type, ref.number or "x", organ or ref.organ or ref.inferred_organ, time, scope)


def _scope_note(ref: Reference, key: DocumentKey) -> str:
    """Why a numbered document with a full key is still scoped to its source ("" when it is not)."""
    if not key.scope.startswith("src-"):
        return ""
    if ref.level == "provincial":
        return "province unknown: scoped to its source"
    return f"{ref.level} document: its district or unit is not named, scoped to its source"


def _complete(ref: Reference, scope: str, organ: str) -> _Placement:
    key = _own_key(ref, scope, organ)
    note = _scope_note(ref, key)
    return _Placement(ref, key, "unresolved" if note else "resolved", note)


def _choose(ref: Reference, found: list[Candidate], fallback: Callable[[], _Placement], what: str) -> _Placement:
    if len(found) == 1:
        return _Placement(ref, found[0].key)
    if len(found) > 1:
        iris = tuple(sorted(str(mint_iri(c.key)) for c in found))
        key = _own_key(ref, ref.src) if ref.number else _named_key(ref, ref.src)
        return _Placement(ref, key, "ambiguous", f"{len(found)} {what} candidates", iris)
    return fallback()


def _place_inferable(ref: Reference, pool: list[Candidate], scope: str) -> _Placement:
    assert ref.inferred_organ is not None
    found = [c for c in pool if compatible(ref, c, same_organ=False)]
    if len(found) > 1:  # "43-KH/TU" and "43-KH/BTCTU": the issuer's own code decides
        found = [c for c in found if c.key.organ == ref.inferred_organ] or found
    return _choose(ref, found, lambda: _complete(ref, scope, ref.inferred_organ or ""), "corpus")


def _place_incomplete(ref: Reference, pool: list[Candidate], catalogue: list[Candidate]) -> _Placement:
    def from_catalogue() -> _Placement:
        return _choose(ref, [c for c in catalogue if compatible(ref, c)], fallback, "catalogue")

    def fallback() -> _Placement:
        if ref.term and ref.scope and not ref.scope.startswith("src-"):
            return _Placement(ref, _own_key(ref, ref.scope))  # numbers restart each term: type+number+term is one
        reason = "no year or term, and no candidate in the corpus or the catalogue"
        return _Placement(ref, _own_key(ref, ref.src), "unresolved", reason)

    return _choose(ref, [c for c in pool if compatible(ref, c)], from_catalogue, "corpus")


def _named_key(ref: Reference, scope: str) -> DocumentKey:
    doc = ref.doc
    term = f"khoa-{ref.term.lower()}" if ref.term else None
    if doc.congress:
        return DocumentKey(doc.type, f"daihoi-{doc.congress.lower()}", None, None, scope)
    if doc.plenum is not None:
        return DocumentKey(doc.type, f"{'tw' if scope == CENTRAL_SCOPE else 'hn'}{doc.plenum}", None, term, scope)
    return DocumentKey(doc.type, f"{'set-' if doc.is_set else ''}{slug(doc.subject or ref.surface, 48)}", None,
                       None, ref.src)


def _place_named(ref: Reference, pool: list[Candidate], catalogue: list[Candidate]) -> _Placement:
    doc = ref.doc
    if doc.is_set:
        return _Placement(ref, _named_key(ref, ref.src))
    if doc.plenum is not None and ref.level in (None, "central"):

        def fallback() -> _Placement:
            if ref.term:
                return _Placement(ref, _named_key(ref, CENTRAL_SCOPE))
            return _Placement(ref, _named_key(ref, ref.src), "unresolved", "plenum named without its term")

        def from_catalogue() -> _Placement:
            return _choose(ref, [c for c in catalogue if plenum_compatible(ref, c)], fallback, "catalogue")

        return _choose(ref, [c for c in pool if plenum_compatible(ref, c)], from_catalogue, "corpus")
    if doc.congress or doc.plenum is not None:
        scope = ref.scope or ref.src
        key = _named_key(ref, scope)
        if scope.startswith("src-"):
            return _Placement(ref, key, "unresolved", "congress or plenum of an unknown province or level")
        return _Placement(ref, key)
    return _Placement(ref, _named_key(ref, ref.src), "unresolved", "unnumbered: named only by its article")
