"""The build's full extractions on disk, while the main process resolves light copies of them.

Article texts, every mention span and fact, and the evidence sentences are most of what a build holds, yet only
the writer of the article parts reads them, one part at a time, in a worker. So the main process keeps, per
article, a light copy for the resolution (``vankien.light.lighten``, made by the extraction workers and kept in
the cache beside the full one) and the article's packed extraction in an anonymous temporary file
(:class:`ArticleStore`). :meth:`ArticleStore.restore` puts the full articles, documents and evidence back into
a slice of the resolution, in whichever process writes that slice: the restored slice equals the same slice of
a resolution of the full extractions (tests/test_article_store.py), so neither the graph nor the keys of the
cached RDF parts change.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from loaders.model import Evidence, Extraction
from loaders.resolve import Occurrence, Resolution, ResolvedDocument, ResolvedRelation
from vankien.cache import unpack_one


class Location(NamedTuple):
    offset: int
    length: int
    digest: bytes  # of the packed bytes: equal digests, equal extractions (keys the cached RDF parts)


class ArticleStore:
    """Packed extractions (``vankien.cache.pack_one``) appended to an anonymous temporary file, read back with
    ``pread`` by this process or any worker forked from it. The file has no name: it is gone when the store is
    closed or the process ends, however it ends."""

    def __init__(self, folder: Path | None = None) -> None:
        try:
            self._file = tempfile.TemporaryFile(dir=folder, buffering=0)  # noqa: SIM115 (closed by close())
        except OSError:  # a folder we may not write in: the system's temporary folder will do
            self._file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115
        self._end = 0
        self._where: dict[str, Location] = {}

    def add(self, packed: bytes) -> Location:
        """Append one packed extraction; its location, to give to :meth:`keep` if its article is kept."""
        location = Location(self._end, len(packed), hashlib.blake2b(packed, digest_size=16).digest())
        view = memoryview(packed)
        while view:  # a raw file may write less than asked
            view = view[self._file.write(view) or 0 :]
        self._end += len(packed)
        return location

    def keep(self, article_id: str, location: Location) -> None:
        """The article ``article_id`` of the build is the extraction at ``location``."""
        self._where[article_id] = location

    def __len__(self) -> int:
        return len(self._where)

    def digest(self, article_id: str) -> bytes:
        """What identifies the article's full extraction: a part made light is keyed by the light slice and
        these, without restoring it (``vankien.rdf_part_cache.part_key``)."""
        return self._where[article_id].digest

    def extraction(self, article_id: str) -> Extraction:
        offset, length, _ = self._where[article_id]
        outcome = unpack_one(os.pread(self._file.fileno(), length, offset))
        if not isinstance(outcome, Extraction) or outcome.article.id != article_id:
            raise ValueError(f"the article store does not hold {article_id!r} where it was put")
        return outcome

    def digests(self, resolution: Resolution) -> tuple[tuple[str, bytes], ...]:
        """The digest of every extraction :meth:`restore` reads for ``resolution``, by article id, sorted: with
        the light slice, they decide what it restores."""
        return tuple(
            (article_id, self.digest(article_id)) for article_id in sorted(_articles_read(resolution))
        )

    def restore(self, resolution: Resolution) -> Resolution:
        """``resolution`` (a slice of one made from light extractions) with the full articles, the documents'
        mentions and facts and the relations' evidence of the articles it holds."""
        ids = _articles_read(resolution)
        if not ids:
            return resolution  # entities only: nothing was made light
        full = {article_id: self.extraction(article_id) for article_id in sorted(ids)}
        return replace(
            resolution,
            articles=tuple(full[a.id].article for a in resolution.articles),
            documents=tuple(_restored_document(doc, full) for doc in resolution.documents),
            relations=tuple(_restored_relation(rel, full[rel.article_id]) for rel in resolution.relations),
        )

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _articles_read(resolution: Resolution) -> set[str]:
    """The articles whose extractions restoring ``resolution`` reads."""
    ids = {a.id for a in resolution.articles}
    ids.update(occ.article_id for doc in resolution.documents for occ in doc.occurrences)
    ids.update(rel.article_id for rel in resolution.relations)
    return ids


def _restored_document(doc: ResolvedDocument, full: dict[str, Extraction]) -> ResolvedDocument:
    if not doc.occurrences:
        return doc
    occurrences = tuple(
        Occurrence(occ.article_id, full[occ.article_id].document(occ.document.local_id), occ.issuers)
        for occ in doc.occurrences
    )
    return replace(doc, occurrences=occurrences)


def _restored_relation(relation: ResolvedRelation, extraction: Extraction) -> ResolvedRelation:
    light = relation.evidence
    evidence: dict[tuple[int, int, str], Evidence] = {
        (r.evidence.span.start, r.evidence.span.end, r.evidence.rule): r.evidence
        for r in extraction.relations
    }
    return replace(relation, evidence=evidence[(light.span.start, light.span.end, light.rule)])
