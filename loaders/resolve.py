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
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from loaders.catalogue import Catalogue, load_catalogue
from loaders.collector import paused_collector
from loaders.identity import CENTRAL_SCOPE, DocumentKey, mint_iri, short_hash, slug
from loaders.model import Extraction
from loaders.organisations import Organisation, resolve_organisation
from loaders.references import (
    Candidate,
    Reference,
    candidate_of_entry,
    compatible,
    plenum_compatible,
    references_of,
)
from loaders.resolution import (
    Occurrence,
    Resolution,
    ResolutionError,
    ResolvedDocument,
    ResolvedRelation,
    Unsettled,
    describe,
    most_common,
)

__all__ = [
    "Catalogue",
    "Occurrence",
    "Resolution",
    "ResolutionError",
    "ResolvedDocument",
    "ResolvedRelation",
    "Unsettled",
    "load_catalogue",
    "resolve_corpus",
]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Placement:
    ref: Reference
    key: DocumentKey
    status: str = "resolved"  # | "ambiguous" | "unresolved"
    reason: str = ""
    candidates: tuple[str, ...] = ()


# --- placing one reference ----------------------------------------------------------------------------------


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


def _choose(
    ref: Reference, found: list[Candidate], fallback: Callable[[], _Placement], what: str
) -> _Placement:
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
            # numbers restart each term: type, number and term name one document
            return _Placement(ref, _own_key(ref, ref.scope))
        reason = "no year or term, and no candidate in the corpus or the catalogue"
        return _Placement(ref, _own_key(ref, ref.src), "unresolved", reason)

    return _choose(ref, [c for c in pool if compatible(ref, c)], from_catalogue, "corpus")


def _named_key(ref: Reference, scope: str) -> DocumentKey:
    """Key of an unnumbered document from what names it; sets and others mean something only in their article."""
    doc = ref.doc
    if doc.is_set:
        return DocumentKey(doc.type, f"set-{_name_part(ref.surface)}", None, None, ref.src)
    if doc.congress:
        # a congress of a Party organisation named by its own name ("Đảng bộ Đại học Thái Nguyên") is not the
        # province's congress of the same number: its name is part of the key
        named = next((i for i in doc.issuer if _NAMED_CONGRESS_BODY.match(i)), None)
        unit = f"-{_name_part(named.split('Đảng bộ ', 1)[1])}" if named else ""
        return DocumentKey(doc.type, f"daihoi-{doc.congress.lower()}{unit}", None, None, scope)
    if doc.plenum is not None:
        # "Hội nghị Trung ương 4" (tw4), or a local committee's "hội nghị lần thứ 5" (hn5)
        prefix = "tw" if ref.level in (None, "central") else "hn"
        term = f"khoa-{ref.term.lower()}" if ref.term else None
        return DocumentKey(doc.type, f"{prefix}{doc.plenum}", None, term, scope)
    return DocumentKey(doc.type, _name_part(doc.subject or ref.surface), None, None, ref.src)


_NAMED_CONGRESS_BODY = re.compile(
    r"Đại hội (?:đại biểu )?Đảng bộ (?!(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|Quân đội|Quân khu)$)\S"
)


def _name_part(text: str) -> str:
    """A readable slug of a name; a long one is cut at a word and keeps a hash of the whole, to stay unique."""
    whole = slug(text, limit=400)
    if len(whole) <= 48:
        return whole
    return f"{whole[:40].rsplit('-', 1)[0]}-{short_hash(whole, length=6)}"


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
    if doc.mentions[0].rule == "mention.charter":  # "Điều lệ Đảng": one for the whole Party
        return _Placement(ref, DocumentKey(doc.type, _name_part(ref.surface), None, None, CENTRAL_SCOPE))
    return _Placement(ref, _named_key(ref, ref.src), "unresolved", "unnumbered: named only by its article")


# --- placing the corpus -------------------------------------------------------------------------------------


def _tier(ref: Reference) -> int:
    if ref.doc.is_set or ref.number is None:
        return 3  # named: congress, plenum, set, other
    if ref.scope is None or ref.year is None:
        return 2
    if ref.organ:
        return 0
    return 1 if ref.inferred_organ else 2


def _pool(placements: list[_Placement], catalogue: Catalogue) -> list[Candidate]:
    """Every placed document with a year, as a candidate for the references of later tiers."""
    grouped: dict[DocumentKey, list[Reference]] = defaultdict(list)
    for placement in placements:
        if placement.status != "ambiguous" and placement.key.time and placement.key.time.isdigit():
            grouped[placement.key].append(placement.ref)
    pool = []
    for key, refs in sorted(grouped.items(), key=lambda kv: str(mint_iri(kv[0]))):
        entry = catalogue.entry(key)
        from_entry = candidate_of_entry(entry) if entry else None
        terms = {r.term for r in refs if r.term} | set(from_entry.terms if from_entry else ())
        plenums = {r.doc.plenum for r in refs if r.doc.plenum is not None} | set(
            from_entry.plenums if from_entry else ()
        )
        issuers = {iri for r in refs for iri in r.issuer_iris} | set(from_entry.issuers if from_entry else ())
        level = "central" if key.is_central else most_common([r.level for r in refs])
        pool.append(Candidate(key, level, frozenset(terms), frozenset(plenums), frozenset(issuers), entry))
    return pool


def _by_name(pool: list[Candidate]) -> dict[tuple[str, str], list[Candidate]]:
    """Candidates by (type, number): a reference only ever matches its own type and number."""
    index: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for candidate in pool:
        index[(candidate.key.type, candidate.key.number)].append(candidate)
    return index


def _place_all(refs: list[Reference], catalogue: Catalogue) -> list[_Placement]:
    tiers: dict[int, list[Reference]] = defaultdict(list)
    for ref in refs:
        tiers[_tier(ref)].append(ref)
    placed = [_complete(r, r.scope or r.src, r.organ or "") for r in tiers[0]]
    index = _by_name(_pool(placed, catalogue))
    placed += [_place_inferable(r, index[(r.doc.type, r.number or "")], r.scope or r.src) for r in tiers[1]]
    pool = _pool(placed, catalogue)
    index = _by_name(pool)
    from_catalogue = [candidate_of_entry(e) for e in catalogue.documents]
    placed += [_place_incomplete(r, index[(r.doc.type, r.number or "")], from_catalogue) for r in tiers[2]]
    with_plenum = [c for c in pool if c.plenums]
    placed += [_place_named(r, with_plenum, from_catalogue) for r in tiers[3]]
    return placed


# --- the corpus ---------------------------------------------------------------------------------------------


def _organisations(refs: list[Reference], documents: list[ResolvedDocument]) -> tuple[Organisation, ...]:
    found: dict[str, list[Organisation]] = defaultdict(list)
    for org in (o for r in refs for o in r.organisations):
        found[org.iri].append(org)
    for doc in documents:
        for name in doc.catalogue.issuer if doc.catalogue else ():
            for org in resolve_organisation(name, None, CENTRAL_SCOPE):
                found[org.iri].append(org)

    def richest(org: Organisation) -> tuple:
        values = (org.label, org.level, org.province, org.parent, org.organ)
        return tuple((v is None, v or "") for v in values)

    return tuple(min(found[iri], key=richest) for iri in sorted(found))


def _unsettled(placement: _Placement) -> Unsettled:
    ref = placement.ref
    iri = str(mint_iri(placement.key))
    return Unsettled(
        ref.article.id, ref.doc.local_id, ref.surface, iri, placement.reason, placement.candidates
    )


def _relations(
    extractions: list[Extraction], iri_of: dict[tuple[str, str], str]
) -> tuple[ResolvedRelation, ...]:
    out = []
    for extraction in extractions:
        article_id = extraction.article.id
        for rel in extraction.relations:
            subject, obj = iri_of[(article_id, rel.subject)], iri_of[(article_id, rel.object)]
            if subject == obj:
                log.warning(
                    "%s: %s %s %s resolve to one document; relation dropped",
                    article_id,
                    rel.subject,
                    rel.predicate,
                    rel.object,
                )
                continue
            out.append(ResolvedRelation(article_id, subject, rel.predicate, obj, rel.evidence))
    return tuple(
        sorted(out, key=lambda r: (r.article_id, r.subject, r.predicate, r.object, r.evidence.span.start))
    )


def resolve_corpus(extractions: Iterable[Extraction], catalogue: Catalogue | None = None) -> Resolution:
    """Every document of the corpus with its identity, attributes and mentions; relations between IRIs;
    what stayed ambiguous or unresolved. ``catalogue``: the shipped one if None; ``Catalogue()`` for none."""
    catalogue = load_catalogue() if catalogue is None else catalogue
    with paused_collector():  # about a third of the time at 100 MB went to collections that freed nothing
        return _resolve_sorted(sorted(extractions, key=lambda e: e.article.id), catalogue)


def _resolve_sorted(items: list[Extraction], catalogue: Catalogue) -> Resolution:
    ids = [e.article.id for e in items]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ResolutionError(f"article ids must be unique; repeated: {', '.join(dupes)}")
    refs = [ref for e in items for ref in references_of(e.article, e.documents)]
    placements = _place_all(refs, catalogue)
    grouped: dict[DocumentKey, list[_Placement]] = defaultdict(list)
    for placement in placements:
        grouped[placement.key].append(placement)
    documents = sorted(
        (describe(key, [p.ref for p in group], catalogue.entry(key)) for key, group in grouped.items()),
        key=lambda d: d.iri,
    )
    iri_of = {(p.ref.article.id, p.ref.doc.local_id): str(mint_iri(p.key)) for p in placements}
    by_position = sorted(placements, key=lambda p: (p.ref.article.id, p.ref.doc.local_id))
    return Resolution(
        articles=tuple(e.article for e in items),
        documents=tuple(documents),
        organisations=_organisations(refs, documents),
        relations=_relations(items, iri_of),
        ambiguous=tuple(_unsettled(p) for p in by_position if p.status == "ambiguous"),
        unresolved=tuple(_unsettled(p) for p in by_position if p.status == "unresolved"),
    )
