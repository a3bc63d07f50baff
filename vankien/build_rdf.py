"""Write the RDF of a large corpus in parts, in parallel, reusing the parts an earlier build already wrote.

``loaders.to_rdf.to_dataset`` is compositional: the entities graph depends only on the documents, flags and
organisations; an article's graph only on that article, the occurrences of documents in it and its relations.
So the resolution is cut into parts, each part's statements are written as text straight from the resolution
(``loaders.rdf_text``: the same triples as ``to_dataset``, without rdflib objects), sorted, into a part file,
and the parts are concatenated in a fixed order: the same graph as ``to_dataset(resolution)``
(tests/test_build_scale.py), byte-identical for any number of workers.

The cut is stable under small changes, so that an incremental build finds most parts unchanged: entities in
buckets of a hash of their IRI (a new document changes one bucket), articles in runs that end where an
article's id hashes to 0 modulo the run length (content-defined: a new article changes its run only). Each part
written is kept in the build cache (``vankien.rdf_part_cache``) under a hash of its content, and copied from
there when the same part comes again. Asked to (``shares``), the worker also makes the part's share of the
sinks' index (``graph.index_share``), kept and reused beside the part, so the sinks parse only the new parts.

TriG: ``@prefix`` lines, then graph blocks (a graph may appear in several) of statements grouped by subject
(``<s> a vk:Plan ; vk:year 2022 .``), like rdflib's own TriG; N-Quads: one row per quad.
"""

from __future__ import annotations

import logging
import os
import shutil
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO, TypeVar

from graph.index_share import write_share
from graph.triple_index import GraphFileError, index_text, with_provenance
from loaders.collector import paused_collector
from loaders.organisations import Organisation
from loaders.rdf_terms import PREFIXES
from loaders.rdf_text import Statement, dataset_statements
from loaders.resolve import Occurrence, Resolution, ResolvedDocument, Unsettled
from vankien.article_store import ArticleStore
from vankien.rdf_part_cache import CachedPart, PartCache, open_part_cache, part_key

log = logging.getLogger(__name__)

STREAMED_FORMATS = ("trig", "nq")
DOCUMENTS_PER_PART = 1000  # entities: about this many documents a bucket (a power of two of buckets)
ARTICLES_PER_PART = 250  # articles: about this many a run; never more than 4 times as many
ProgressHook = Callable[[str, int, int], None]
_Entity = TypeVar("_Entity", ResolvedDocument, Organisation, Unsettled)


@dataclass(frozen=True)
class Part:
    """A slice of the resolution; ``articles_only``: write only its article graphs (entities come elsewhere)."""

    resolution: Resolution
    articles_only: bool


@dataclass(frozen=True)
class StreamedGraph:
    path: Path
    quads: int
    reused: int = 0  # parts copied from the cache
    parts: int = 0
    # The views' index in shares, one per part in file order (graph.index_share); () when not asked for or
    # when a part has none. Those not in the cache are in ``scratch``, which the caller removes when done.
    shares: tuple[Path, ...] = ()
    scratch: Path | None = None


@dataclass(frozen=True)
class _Job:
    part: Part
    fmt: str
    path: Path  # where to write it, unless the cache has it
    cache: PartCache | None
    share: Path | None = None  # where to save its share of the views' index, unless the cache has it
    store: ArticleStore | None = None  # where the full extractions are, when the resolution was made light

    def full_part(self) -> Part:
        """The part as written: an article part of a light resolution gets its full articles back."""
        if self.store is None or not self.part.articles_only:
            return self.part
        return Part(self.store.restore(self.part.resolution), articles_only=True)

    def key(self) -> str:
        """The part's key in the cache; a part to restore is keyed without restoring it."""
        if self.store is not None and self.part.articles_only:
            light = self.part.resolution
            return part_key(light, True, self.fmt, restored_from=self.store.digests(light))
        return part_key(self.part.resolution, self.part.articles_only, self.fmt)


def write_streamed(
    resolution: Resolution,
    path: Path,
    fmt: str,
    workers: int,
    report: ProgressHook | None = None,
    cached_in: Path | None = None,
    shares: bool = False,
    store: ArticleStore | None = None,
) -> StreamedGraph:
    """Write ``resolution`` as TriG or N-Quads at ``path`` (a fresh file in a staging folder); with
    ``cached_in`` (the output folder), reuse and keep the parts in its build cache. ``shares``: also make
    the views' index of each part in the workers (``graph.index_share``), kept beside the part. ``store``:
    the resolution was made from light extractions (``vankien.article_store``); each article part is
    restored from it in the worker that writes it."""
    parts = split(resolution)
    cache = open_part_cache(cached_in) if cached_in is not None else None
    folder = path.with_name(f".{path.name}.parts")
    folder.mkdir()
    scratch = path.with_name(f".{path.name}.views") if shares else None
    if scratch is not None:
        scratch.mkdir()
    jobs = [
        _Job(part, fmt, folder / f"{n:06d}", cache, scratch / f"{n:06d}" if scratch else None, store)
        for n, part in enumerate(parts)
    ]
    written: list[CachedPart] = []
    for done, result in enumerate(_run(jobs, workers), 1):
        written.append(result)
        if report:
            report("writing RDF", done, len(jobs))
    with path.open("xb") as out:
        if fmt == "trig":
            out.write(_trig_header())
        for n, part in enumerate(written):
            written[n] = _append(out, part, jobs[n])
        out.flush()
        os.fsync(out.fileno())
    share_paths = [part.share for part in written]
    if cache is not None:  # the new parts move into the cache; parts no longer used are dropped
        share_paths = cache.keep(written)
    shutil.rmtree(folder)
    reused = sum(part.reused for part in written)
    found = tuple(p for p in share_paths if p is not None)
    kept = found if scratch is not None and len(found) == len(written) else ()
    return StreamedGraph(path, sum(part.quads for part in written), reused, len(written), kept, scratch)


def _append(out: BinaryIO, part: CachedPart, job: _Job) -> CachedPart:
    """Copy a part to the end of ``out``; a cached part deleted since the cache was listed is written again."""
    try:
        source = part.path.open("rb")
    except OSError:
        if not part.reused:
            raise
        log.warning("RDF part %s vanished from the cache: written again", part.path.name)
        quads = write_part(job.full_part(), job.fmt, job.path, durable=True)
        part = replace(part, path=job.path, quads=quads, reused=False)
        source = part.path.open("rb")
    with source:
        shutil.copyfileobj(source, out, 1 << 20)
    return part


# The jobs of the running write_streamed: forked workers inherit them, and get only their index (pickling
# the parts, article texts included, to send them would cost more than writing them).
_FORKED_JOBS: list[_Job] = []


def _run(jobs: list[_Job], workers: int) -> Iterable[CachedPart]:
    if workers <= 1 or len(jobs) <= 1:
        yield from (_write_job(job) for job in jobs)
        return
    from vankien.build_inputs import worker_pool

    _FORKED_JOBS[:] = jobs
    try:
        with worker_pool(min(workers, len(jobs))) as pool:  # forks every worker now, with the jobs
            yield from pool.map(_write_forked, range(len(jobs)))
    finally:
        _FORKED_JOBS.clear()


def _write_forked(index: int) -> CachedPart:
    return _write_job(_FORKED_JOBS[index])


def _write_job(job: _Job) -> CachedPart:
    """The part from the cache when it has it (same key: same content, same text), else written anew; and
    its share of the views' index when asked for, from the cache or made from the part's text."""
    if job.cache is None:
        written = CachedPart("", job.path, write_part(job.full_part(), job.fmt, job.path))
    else:
        key = job.key()
        found = job.cache.get(key)
        written = found or CachedPart(
            key, job.path, write_part(job.full_part(), job.fmt, job.path, durable=True)
        )
    if job.share is None or written.share is not None:
        return written
    return replace(
        written, share=_make_share(written.path, job.fmt, job.share, durable=job.cache is not None)
    )


def _make_share(part: Path, fmt: str, path: Path, durable: bool) -> Path | None:
    """The views' index of the part file ``part`` saved at ``path``; None when it cannot be (the sinks will
    read the whole graph file instead)."""
    header = _trig_header() if fmt == "trig" else b""
    try:
        write_share(with_provenance(index_text(header + part.read_bytes(), fmt)), path, durable)
    except (OSError, GraphFileError) as exc:
        log.warning("no share of the views' index for the RDF part %s: %s", part.name, exc)
        path.unlink(missing_ok=True)
        return None
    return path


def _trig_header() -> bytes:
    """The ``@prefix`` lines that start a TriG file (a part alone has none)."""
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES).encode() + b"\n"


def write_part(part: Part, fmt: str, path: Path, durable: bool = False) -> int:
    """Statements of one part, sorted per graph (the bytes never depend on hashing or scheduling); how many.
    ``durable``: on disk before returning (it goes into the cache).

    TriG groups a subject's statements (``s p o ; p o .``) and writes vocabulary terms with their prefix,
    as rdflib's own TriG does: the file is smaller and loads faster. N-Quads is one full row per quad.
    """
    with paused_collector():  # millions of short-lived, acyclic tuples: collecting them is wasted time
        statements = dataset_statements(part.resolution, fmt == "trig", part.articles_only)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for name in sorted(statements):
            rows = sorted(set(statements[name]))
            count += len(rows)
            graph = f"<{name}>"
            if fmt == "nq":
                out.writelines(f"{s} {p} {o} {graph} .\n" for s, p, o in rows)
            else:
                out.write(f"{graph} {{\n")
                out.writelines(_grouped(rows))
                out.write("}\n")
        if durable:
            out.flush()
            os.fsync(out.fileno())
    return count


def _grouped(rows: list[Statement]) -> Iterator[str]:
    """A subject's statements together: ``s p o ;``, then ``    p o ;`` lines, the last one ending in ``.``."""
    for subject, group in groupby(rows, itemgetter(0)):
        yield f"{subject} " + " ;\n    ".join([f"{p} {o}" for _, p, o in group]) + " .\n"


# --- cutting the resolution --------------------------------------------------------------------------------------


def split(resolution: Resolution) -> list[Part]:
    """Entity buckets (by a hash of the IRI), then runs of articles (cut where an id's hash says so)."""
    index = _OccurrenceIndex(resolution)
    entities = [Part(bucket, articles_only=False) for bucket in _entity_buckets(resolution)]
    runs = _article_runs([a.id for a in resolution.articles])
    return entities + [Part(index.subset(ids), articles_only=True) for ids in runs]


def _stable_hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))  # the same in every process and every build (unlike hash())


def _entity_buckets(resolution: Resolution) -> list[Resolution]:
    """Documents (without occurrences), flags and organisations by a hash of their IRI, in a power of two of
    buckets: the bucket count only changes when the corpus doubles, and a new entity changes one bucket."""
    wanted = -(-len(resolution.documents) // DOCUMENTS_PER_PART)
    count = 1 << max(wanted - 1, 0).bit_length()
    docs = _bucketed((replace(doc, occurrences=()) for doc in resolution.documents), count)
    orgs = _bucketed(resolution.organisations, count)
    ambiguous, unresolved = _bucketed(resolution.ambiguous, count), _bucketed(resolution.unresolved, count)
    buckets = [Resolution((), docs[n], orgs[n], (), ambiguous[n], unresolved[n]) for n in range(count)]
    return [b for b in buckets if b.documents or b.organisations or b.ambiguous or b.unresolved]


def _bucketed(items: Iterable[_Entity], count: int) -> list[tuple[_Entity, ...]]:
    buckets: list[list[_Entity]] = [[] for _ in range(count)]
    for item in items:
        buckets[_stable_hash(item.iri) % count].append(item)
    return [tuple(bucket) for bucket in buckets]


def _article_runs(ids: list[str]) -> list[list[str]]:
    """Consecutive articles, a run ending before an id whose hash is 0 modulo ARTICLES_PER_PART (or at 4 times
    that length): where runs end depends on the ids around, not on positions, so inserting articles changes
    only the runs they fall in."""
    runs: list[list[str]] = []
    current: list[str] = []
    for article_id in ids:
        boundary = _stable_hash(article_id) % ARTICLES_PER_PART == 0
        if current and (boundary or len(current) >= 4 * ARTICLES_PER_PART):
            runs.append(current)
            current = []
        current.append(article_id)
    if current:
        runs.append(current)
    return runs


class _OccurrenceIndex:
    """Which documents occur in which article, and each article's relations, for cutting by articles."""

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.occurrences: dict[str, list[tuple[int, Occurrence]]] = defaultdict(list)
        for position, doc in enumerate(resolution.documents):
            for occ in doc.occurrences:
                self.occurrences[occ.article_id].append((position, occ))
        self.relations = defaultdict(list)
        for rel in resolution.relations:
            self.relations[rel.article_id].append(rel)
        self.articles = {a.id: a for a in resolution.articles}

    def subset(self, ids: list[str], with_targets: bool = False) -> Resolution:
        """The articles ``ids`` with their occurrences and relations (and the documents their relations
        point to, with ``with_targets``: a self-contained sample to validate)."""
        kept: dict[int, list[Occurrence]] = defaultdict(list)
        for article_id in ids:
            for position, occ in self.occurrences[article_id]:
                kept[position].append(occ)
        relations = tuple(rel for article_id in ids for rel in self.relations[article_id])
        docs = self.resolution.documents
        if with_targets:
            position_of = {d.iri: n for n, d in enumerate(docs)}
            for rel in relations:
                for iri in (rel.subject, rel.object):
                    kept.setdefault(position_of[iri], [])
        documents = tuple(_with(docs[n], kept[n], light=not with_targets) for n in sorted(kept))
        iris = {d.iri for d in documents}
        return Resolution(
            articles=tuple(self.articles[i] for i in ids),
            documents=documents,
            organisations=self.resolution.organisations if with_targets else (),
            relations=relations,
            ambiguous=tuple(f for f in self.resolution.ambiguous if with_targets and f.iri in iris),
            unresolved=tuple(f for f in self.resolution.unresolved if with_targets and f.iri in iris),
        )


def _with(doc: ResolvedDocument, occurrences: list[Occurrence], light: bool) -> ResolvedDocument:
    """The document with only these occurrences; ``light``: without the attributes that only feed the
    entities and catalogue graphs (written by the entity parts), so an article part does not make them."""
    if not light:
        return replace(doc, occurrences=tuple(occurrences))
    return replace(
        doc,
        occurrences=tuple(occurrences),
        **dict.fromkeys(("number", "symbol", "organ", "date", "year", "subject", "term", "congress"), None),
        **dict.fromkeys(("plenum", "level", "province", "catalogue"), None),
        is_set=False,
        issuers=(),
    )


def sample_resolution(resolution: Resolution, size: int) -> Resolution:
    """``size`` articles spread evenly over the corpus, with everything their graphs refer to: validating it
    checks the shapes of those articles, their documents and the documents they implement."""
    articles = resolution.articles
    step = max(1, len(articles) // max(size, 1))
    ids = [a.id for a in articles[::step][:size]]
    return _OccurrenceIndex(resolution).subset(ids, with_targets=True)
