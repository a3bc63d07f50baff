"""`vankien build` as a library function: inputs → extractions (parallel, cached) → resolution → RDF → outputs.

Every input ends as processed or as a ``Skipped`` with its reason (a crash of the extractor on one article is a
skip, a second article with the same id too). Extraction runs in worker processes over chunks of files and
reuses the cache for unchanged files (``vankien/build_inputs.py``, ``vankien/cache.py``); results are put back
in input order, so the graph does not depend on the number of workers. Resolution is corpus-wide; the RDF is
written in parts, in parallel (``vankien/build_rdf.py``). Every output goes into a staging folder next to
``out`` and is moved into place only once complete: an interrupted build leaves the previous outputs as they
were. See docs/scale.md.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import shutil
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from pathlib import Path
from typing import Any

from rdflib import Dataset

from graph.store import RdfFormat, ReadOnlyDataset, rdf_format, save_dataset
from graph.triple_index import INDEXED_FORMATS, GraphFile
from graph.validate import validate_dataset
from loaders.model import Extraction
from loaders.read import DEFAULT_MAX_BYTES, Skipped, iter_input_files
from loaders.resolve import Resolution, resolve_corpus
from loaders.to_rdf import to_dataset
from vankien.article_store import ArticleStore, Location
from vankien.build_inputs import InputResults, extract_inputs
from vankien.build_rdf import STREAMED_FORMATS, sample_resolution, write_streamed
from vankien.cache import ExtractionCache, open_cache

__all__ = ["BuildError", "BuildOutcome", "BuildRequest", "NothingToBuild", "build_graph", "write_reports"]
log = logging.getLogger(__name__)

# (stage, done, total): called as work advances, for a progress bar.
ProgressHook = Callable[[str, int, int], None]
# A sink writes its own outputs (e.g. the embedded database) into the staging folder from the graph just
# written; they are moved into ``out`` with the graph, so they follow the same all-or-nothing rule. It gets the
# graph file (a ``GraphFile``: the views come from one pass over it, ``graph.triple_index``) for TriG and
# N-Quads, else the read-only Dataset the build made to write Turtle or JSON-LD (docs/scale.md).
Sink = Callable[[Dataset | GraphFile, Path], object]
VALIDATION_MODES = ("auto", "full", "sample", "none")
FULL_VALIDATION_ARTICLES = 200  # pySHACL checks ~10,000 triples/s: above this, a sample keeps builds fast
SAMPLE_ARTICLES = 100


class BuildError(RuntimeError):
    """The build could not produce a graph; the previous outputs are untouched."""


class NothingToBuild(BuildError):
    """No input could be read; ``skipped`` says why for each."""

    def __init__(self, skipped: Sequence[Skipped]) -> None:
        super().__init__("nothing to build: no input could be read")
        self.skipped = tuple(skipped)


@dataclass(frozen=True)
class BuildRequest:
    paths: tuple[Path, ...]
    out: Path
    fmt: str = "trig"
    jobs: int = 0  # worker processes; 0 = one per CPU
    max_bytes: int = DEFAULT_MAX_BYTES
    use_cache: bool = True
    validation: str = "auto"  # auto | full | sample | none
    sinks: tuple[Sink, ...] = ()

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)


REPORT_NAME = "report.json"
SKIPPED_NAME = "skipped.txt"


@dataclass(frozen=True)
class BuildOutcome:
    """What a build read, skipped and produced; turned into the summary, skipped.txt and report.json."""

    articles: int
    skipped: tuple[str, ...]  # "where: reason", in input order
    ambiguous: tuple[Any, ...]
    unresolved: tuple[Any, ...]
    conforms: bool
    problems: int
    files: int = 0  # input files found (a JSON-lines file holds many articles)
    from_cache: int = 0  # files whose extraction was reused
    extracted: int = 0  # files read and extracted by this build
    skip_reasons: tuple[tuple[str, int], ...] = ()  # reason -> count, most common first
    documents: int = 0
    documents_by_type: tuple[tuple[str, int], ...] = ()
    documents_by_level: tuple[tuple[str, int], ...] = ()
    implements: int = 0  # distinct implementing -> implemented pairs
    organisations: int = 0
    quads: int = 0
    graph: str = ""
    validation: str = "full"  # "full", "sample of N articles", "none"
    validation_summary: str = ""  # the violations, when the graph does not conform
    jobs: int = 1
    timings: tuple[tuple[str, float], ...] = ()  # seconds per stage
    rdf_parts: int = 0  # parts the graph file was written in (0: written whole, by rdflib)
    rdf_parts_reused: int = 0  # of which copied from the cache of an earlier build


def write_reports(outcome: BuildOutcome, out: Path, graph_path: Path) -> None:
    """skipped.txt (always rewritten, so no stale list survives) and report.json for `vankien stats`."""
    out.mkdir(parents=True, exist_ok=True)
    (out / SKIPPED_NAME).write_text("".join(f"{line}\n" for line in outcome.skipped), encoding="utf-8")
    report = {
        "graph": graph_path.name,
        "articles": outcome.articles,
        "skipped": list(outcome.skipped),
        "conforms": outcome.conforms,
        "problems": outcome.problems,
        "ambiguous": [as_json(item) for item in outcome.ambiguous],
        "unresolved": [as_json(item) for item in outcome.unresolved],
        "tally": {
            "files": outcome.files,
            "from_cache": outcome.from_cache,
            "extracted": outcome.extracted,
            "skip_reasons": dict(outcome.skip_reasons),
            "rdf_parts": outcome.rdf_parts,
            "rdf_parts_reused": outcome.rdf_parts_reused,
        },
        "documents": outcome.documents,
        "implements": outcome.implements,
        "organisations": outcome.organisations,
        "quads": outcome.quads,
        "validation": outcome.validation,
        "timings": dict(outcome.timings),
    }
    (out / REPORT_NAME).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def as_json(item: Any) -> Any:
    """A resolver record as JSON: dataclasses as dicts, anything else as its string."""
    if is_dataclass(item) and not isinstance(item, type):
        return json.loads(json.dumps(asdict(item), ensure_ascii=False, default=str))
    return item if isinstance(item, str | int | float | dict | list) else str(item)


def count_documents(
    resolution: Resolution,
) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Documents by type and by level, most common first."""
    types = Counter(doc.type for doc in resolution.documents)
    levels = Counter(doc.level or "unknown" for doc in resolution.documents)
    return tuple(types.most_common()), tuple(levels.most_common())


@dataclass
class _Clock:
    """Seconds spent per stage, in order."""

    stages: dict[str, float] = field(default_factory=dict)
    _last: float = field(default_factory=time.perf_counter)

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = self.stages.get(stage, 0.0) + now - self._last
        self._last = now


def build_graph(request: BuildRequest, progress: ProgressHook | None = None) -> BuildOutcome:
    """Build the graph and every output into ``request.out``, atomically. Raises BuildError (and StoreError
    for an unknown format); on any error or interruption the previous outputs stay as they were."""
    chosen = rdf_format(name=request.fmt)
    if request.validation not in VALIDATION_MODES:
        raise BuildError(f"unknown validation mode {request.validation!r}: use {', '.join(VALIDATION_MODES)}")
    clock = _Clock()
    report = progress or (lambda stage, done, total: None)
    items = list(iter_input_files(request.paths))
    clock.lap("list inputs")
    caches: list[ExtractionCache] = []

    def cache() -> ExtractionCache:
        caches.append(open_cache(request.out))
        return caches[-1]

    store = ArticleStore(_store_folder(request.out))  # the full extractions, on disk until the build ends
    committed = ExitStack()  # from the moment the outputs move in to the end (_committed)
    try:
        inputs = extract_inputs(
            items, request.max_bytes, request.workers, cache if request.use_cache else None, report, store
        )
        clock.lap("read + extract")
        extractions, skipped = unique_articles(inputs.outcomes, inputs.locations, store)
        inputs.outcomes, inputs.locations = [], []  # the extractions list alone keeps what is still needed
        if not extractions:
            raise NothingToBuild(skipped)
        with _long_lived_objects():
            report("resolving", 0, 1)
            resolution = _resolve(extractions)
            del extractions  # the resolution holds what it needs of them
            report("resolving", 1, 1)
            gc.freeze()  # the resolution lives until the end too
            clock.lap("resolve")
            with _Staging(request.out) as staging:
                written = _write_outputs(request, chosen, resolution, store, staging, report, clock)
                outcome = _outcome(request, inputs, resolution, skipped, written)
                outcome = replace(outcome, timings=_seconds(clock))
                write_reports(outcome, staging, staging / written.graph_name)
                committed.enter_context(_committed())
                _swap_into(staging, request.out)
            for opened in caches:
                opened.prune()  # only after a complete build: entries of files gone or changed
        clock.lap("swap + prune cache")
    finally:
        for opened in caches:
            opened.close()
        store.close()
        committed.close()
    return replace(outcome, timings=_seconds(clock))


def _store_folder(out: Path) -> Path | None:
    """Where the article store's unnamed file goes: beside the output (a disk the user chose, not a RAM-backed
    /tmp), when that folder exists."""
    parent = out.resolve().parent
    return parent if parent.is_dir() else None


def _seconds(clock: _Clock) -> tuple[tuple[str, float], ...]:
    return tuple((stage, round(seconds, 3)) for stage, seconds in clock.stages.items())


@contextmanager
def _long_lived_objects() -> Iterator[None]:
    """The extractions live until the end of the build: keep them out of the garbage collector's full passes,
    which would otherwise walk millions of objects again and again, in this process and in forked workers."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _resolve(extractions: list[Extraction]) -> Resolution:
    try:
        return resolve_corpus(extractions)
    except Exception as exc:  # a resolver bug must not touch the previous graph
        log.exception("resolution failed")
        raise BuildError(f"resolution failed: {type(exc).__name__}: {exc}") from exc


def unique_articles(
    outcomes: list[list[Extraction | Skipped]],
    locations: list[list[Location | None]] | None = None,
    store: ArticleStore | None = None,
) -> tuple[list[Extraction], list[Skipped]]:
    """Extractions in input order; a second article with an id already read is skipped, not merged. With a
    ``store``, the kept articles' full extractions are those at ``locations`` (parallel to ``outcomes``)."""
    extractions: list[Extraction] = []
    skipped: list[Skipped] = []
    first_source: dict[str, str] = {}
    where = (w for file_locations in locations or () for w in file_locations)
    for outcome in (o for file_outcomes in outcomes for o in file_outcomes):
        location = next(where, None)
        if isinstance(outcome, Skipped):
            skipped.append(outcome)
            continue
        article = outcome.article
        if article.id in first_source:
            reason = f"duplicate article id {article.id!r} (first read from {first_source[article.id]})"
            skipped.append(Skipped(article.source or article.id, reason))
            continue
        first_source[article.id] = article.source or article.id
        extractions.append(outcome)
        if store is not None:
            if location is None:
                raise BuildError(f"no stored extraction for article {article.id!r}")
            store.keep(article.id, location)
    return extractions, skipped


# --- outputs ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Written:
    graph_name: str
    quads: int
    validation: str  # "full", "sample of N articles", "none"
    conforms: bool
    problems: int
    summary: str
    parts: int = 0
    parts_reused: int = 0


def _write_outputs(
    request: BuildRequest,
    chosen: RdfFormat,
    resolution: Resolution,
    store: ArticleStore,
    staging: Path,
    report: ProgressHook,
    clock: _Clock,
) -> _Written:
    """The graph file, the validation and the sinks' outputs, all inside ``staging``. ``resolution`` was made
    from light extractions: whatever writes articles restores them from ``store`` first."""
    mode = request.validation
    if mode == "auto":
        mode = "full" if len(resolution.articles) <= FULL_VALIDATION_ARTICLES else "sample"
    whole: list[Dataset] = []  # the whole corpus as one rdflib Dataset, made only when something needs it

    def dataset() -> Dataset:
        if not whole:
            whole.append(to_dataset(store.restore(resolution)))
        return whole[0]

    graph_name = f"graph{chosen.suffix}"
    shares: tuple[Path, ...] = ()
    if chosen.name in STREAMED_FORMATS:
        streamed = write_streamed(
            resolution,
            staging / graph_name,
            chosen.name,
            request.workers,
            report,
            cached_in=request.out if request.use_cache else None,  # reuse the RDF parts of earlier builds
            shares=_shares_pay(request),  # the workers also make the sinks' index, part by part
            store=store,
        )
        quads, shares, scratch = streamed.quads, streamed.shares, streamed.scratch
    else:  # Turtle flattens named graphs and JSON-LD nests them: rdflib writes those from one Dataset
        save_dataset(dataset(), staging / graph_name, chosen.name)
        quads, scratch = len(dataset()), None
    clock.lap("write RDF")
    report("validating", 0, 1)
    written = _validate(mode, resolution, store, dataset, graph_name, quads)
    if chosen.name in STREAMED_FORMATS:
        written = replace(written, parts=streamed.parts, parts_reused=streamed.reused)
    report("validating", 1, 1)
    clock.lap("validate")
    try:
        if request.sinks:
            _run_sinks(request.sinks, _sink_source(staging / graph_name, dataset, shares), staging, clock)
    finally:
        if scratch is not None:  # not an output: it must not be moved into `out`
            shutil.rmtree(scratch, ignore_errors=True)
    return written


def _shares_pay(request: BuildRequest) -> bool:
    """Whether the workers should make the sinks' index in shares (``graph.index_share``): they cost about a
    third more than reading the file at once, so they pay when kept for the next build, or made by several
    workers; a one-worker build without cache reads the file."""
    return bool(request.sinks) and (request.use_cache or request.workers > 1)


def _sink_source(
    graph_file: Path, dataset: Callable[[], Dataset], shares: tuple[Path, ...]
) -> Dataset | GraphFile:
    """What the sinks read: the TriG or N-Quads file just written, its views' index merged from the ``shares``
    the workers made of its parts (else from one pass over the file: time linear in the quads, memory that of
    the statements the views read); else the Dataset made to write Turtle or JSON-LD (those flatten or nest
    the named graphs), read-only so the views read its union uncopied."""
    if rdf_format(graph_file).name in INDEXED_FORMATS:
        return GraphFile(graph_file, shares)
    return ReadOnlyDataset(store=dataset().store, default_union=True)


def _run_sinks(sinks: Sequence[Sink], source: Dataset | GraphFile, staging: Path, clock: _Clock) -> None:
    """Each sink in turn, timed as the stage ``sinks: <name>`` (the first to read the views' index makes it)."""
    for sink in sinks:
        name = getattr(sink, "__name__", type(sink).__name__)
        try:
            sink(source, staging)
        except Exception as exc:  # the previous outputs stay: nothing has been moved into `out` yet
            log.exception("sink %s failed", name)
            raise BuildError(f"{name} failed: {type(exc).__name__}: {exc}") from exc
        clock.lap(f"sinks: {name}")


def _validate(
    mode: str,
    resolution: Resolution,
    store: ArticleStore,
    dataset: Callable[[], Dataset],
    graph_name: str,
    quads: int,
) -> _Written:
    if mode == "none":
        return _Written(graph_name, quads, "none", True, 0, "")
    if mode == "full":
        checked, label = dataset(), "full"
    else:
        sample = store.restore(sample_resolution(resolution, SAMPLE_ARTICLES))
        checked, label = to_dataset(sample), f"sample of {len(sample.articles)} articles"
    result = validate_dataset(checked)
    summary = "" if result.conforms else result.summary(limit=20)
    return _Written(graph_name, quads, label, result.conforms, len(result.violations), summary)


def _outcome(
    request: BuildRequest,
    inputs: InputResults,
    resolution: Resolution,
    skipped: list[Skipped],
    written: _Written,
) -> BuildOutcome:
    by_type, by_level = count_documents(resolution)
    implements = {(r.subject, r.object) for r in resolution.relations if r.predicate == "implements"}
    return BuildOutcome(
        articles=len(resolution.articles),
        skipped=tuple(str(s) for s in skipped),
        ambiguous=resolution.ambiguous,
        unresolved=resolution.unresolved,
        conforms=written.conforms,
        problems=written.problems,
        files=inputs.files,
        from_cache=inputs.from_cache,
        extracted=inputs.extracted,
        skip_reasons=tuple(Counter(s.reason for s in skipped).most_common()),
        documents=len(resolution.documents),
        documents_by_type=by_type,
        documents_by_level=by_level,
        implements=len(implements),
        organisations=len(resolution.organisations),
        quads=written.quads,
        graph=str(request.out / written.graph_name),
        validation=written.validation,
        validation_summary=written.summary,
        jobs=request.workers,
        rdf_parts=written.parts,
        rdf_parts_reused=written.parts_reused,
    )


# --- atomic replacement ----------------------------------------------------------------------------------------

STAGING_MARK = ".tmp-"


class _Staging:
    """``OUT.tmp-<pid>-<n>`` next to ``out`` (same file system: renames are atomic), removed on exit.

    Staging folders left by a killed build (their process is gone) are removed first.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.path = self.out.with_name(f"{self.out.name}{STAGING_MARK}{os.getpid()}-{time.monotonic_ns()}")

    def __enter__(self) -> Path:
        remove_stale_staging(self.out)
        try:
            self.path.mkdir(parents=True)
            return self.path
        except BaseException:  # a Ctrl-C right after the folder is made: __exit__ will not be called
            shutil.rmtree(self.path, ignore_errors=True)
            raise

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def remove_stale_staging(out: Path) -> list[Path]:
    """Remove the staging folders of builds of ``out`` whose process no longer runs; return them."""
    removed = []
    for candidate in out.parent.glob(f"{out.name}{STAGING_MARK}*"):
        pid = candidate.name[len(out.name) + len(STAGING_MARK) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


@contextmanager
def _committed() -> Iterator[None]:
    """Once the outputs start moving in, the build is committed: Ctrl-C is ignored until ``build_graph`` returns
    (moments: the renames, pruning and closing the cache), so it never leaves old and new outputs mixed nor
    reports "previous outputs kept" after replacing them. (In the main thread only: Python handles signals there.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _swap_into(staging: Path, out: Path) -> None:
    """Move every output from ``staging`` into ``out`` with os.replace (atomic per file), the graph last."""
    out.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in staging.iterdir())
    names.sort(key=lambda name: name.startswith("graph."))  # reports first: the graph is what readers open
    for name in names:
        source, target = staging / name, out / name
        if source.is_dir() and target.is_dir():  # a directory cannot be replaced while not empty
            old = staging / f".old-{name}"
            os.replace(target, old)
        os.replace(source, target)
    _fsync_dir(out)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
