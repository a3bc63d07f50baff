"""Read and extract the input files of a build: from the cache when unchanged, else in worker processes.

Workers take chunks of files, read and extract them themselves (``loaders.read.read_file`` then
``loaders.extract.extract``) and send back each file's outcomes packed for the cache, so the main process only
lists, hashes and stores. Results are put back in input order, whatever the number of workers.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import stat
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

import loaders.extract
from loaders.model import Article, Extraction
from loaders.read import STDIN, InputFile, Skipped, file_digest, read_file
from vankien.article_store import ArticleStore, Location
from vankien.cache import ExtractionCache, Outcome, cache_key, pack, unpack, unpack_light

log = logging.getLogger(__name__)

CHUNK_BYTES = 1_000_000  # about a second of extraction per chunk: a smooth progress bar, little IPC overhead
CHUNK_FILES = 200
CACHE_BATCH = 500  # cached files read from sqlite at once
ProgressHook = Callable[[str, int, int], None]
CRASH_REASON = "extraction failed"


@dataclass(frozen=True)
class FileTask:
    index: int  # position in the build's input list
    item: InputFile
    max_bytes: int
    key: str | None  # cache key, None when the result is not to be cached (stdin, unreadable, over the limit)
    size: int = 0


@dataclass
class InputResults:
    """What each input gave, in input order, and where it came from. With an article store, the extractions
    are light copies (``vankien.article_store.lighten``) and ``locations`` says where each full one is."""

    outcomes: list[list[Outcome]]
    files: int
    from_cache: int = 0
    extracted: int = 0
    locations: list[list[Location | None]] = field(default_factory=list)


def extract_inputs(
    items: list[InputFile | Skipped],
    max_bytes: int,
    workers: int,
    cache: Callable[[], ExtractionCache] | None,
    report: ProgressHook,
    store: ArticleStore | None = None,
) -> InputResults:
    """Outcomes of every input: a Skipped stays as it is; files come from the cache or are extracted now.

    ``cache`` opens the cache on first use (so a build with nothing to read creates no folder); None: no cache.
    ``store``: keep the full extractions there and return light copies (bounded memory, docs/scale.md).
    """
    results: list[list[Outcome] | None] = [[i] if isinstance(i, Skipped) else None for i in items]
    locations: list[list[Location | None]] = [[None] for _ in items]

    def unpacked(index: int, blob: bytes) -> list[Outcome]:
        if store is None:
            return unpack(blob)
        outcomes = unpack_light(blob)
        locations[index] = [None if full is None else store.add(full) for _, full in outcomes]
        return [outcome for outcome, _ in outcomes]

    tasks = [_task(index, item, max_bytes, cache is not None) for index, item in enumerate(items)]
    keyed = {t.index: t.key for t in tasks if t is not None and t.key is not None}
    cached = cache() if cache is not None and keyed else None
    if cached is not None:
        wanted = list(keyed.items())
        for start in range(0, len(wanted), CACHE_BATCH):  # a batch of blobs in memory at a time
            batch = wanted[start : start + CACHE_BATCH]
            hits = cached.get_many([key for _, key in batch])
            for index, key in batch:
                if key in hits:
                    results[index] = unpacked(index, hits[key])
    pending = [t for t in tasks if t is not None and results[t.index] is None]
    found = InputResults([], files=sum(isinstance(i, InputFile) for i in items), extracted=len(pending))
    found.from_cache = sum(1 for index in keyed if results[index] is not None)
    done, total = len(items) - len(pending), len(items)
    report("extracting", done, total)
    for chunk in run_chunks(chunk_tasks(pending), workers):
        fresh = [(key, blob) for _, key, blob in chunk if key is not None]
        if cached is not None and fresh:
            cached.put_many(fresh)  # committed per chunk: a killed build keeps the work done
        for index, _, blob in chunk:
            results[index] = unpacked(index, blob)
        done += len(chunk)
        report("extracting", done, total)
    found.outcomes = [r for r in results if r is not None]
    if store is not None:
        found.locations = [where for where, r in zip(locations, results, strict=True) if r is not None]
    return found


def _task(index: int, item: InputFile | Skipped, max_bytes: int, cached: bool) -> FileTask | None:
    """A FileTask for a file; its cache key only for a regular file worth hashing."""
    if isinstance(item, Skipped):
        return None
    if str(item.path) == STDIN:
        return FileTask(index, item, max_bytes, None)
    try:
        status = item.path.stat()
    except OSError:  # read_file says why
        return FileTask(index, item, max_bytes, None)
    # FIFOs would block the hash; files over the limit are skipped unread (JSON lines are streamed: any size)
    worth = stat.S_ISREG(status.st_mode) and (
        status.st_size <= max_bytes or item.path.suffix.lower() == ".jsonl"
    )
    if not (cached and worth):
        return FileTask(index, item, max_bytes, None, status.st_size)
    try:
        digest = file_digest(item.path)
    except OSError:
        return FileTask(index, item, max_bytes, None, status.st_size)
    return FileTask(index, item, max_bytes, cache_key(item, digest, max_bytes), status.st_size)


def chunk_tasks(tasks: list[FileTask]) -> list[list[FileTask]]:
    """Consecutive tasks in chunks of about CHUNK_BYTES (or CHUNK_FILES); stdin alone, in this process."""
    chunks: list[list[FileTask]] = []
    current: list[FileTask] = []
    size = 0
    for task in tasks:
        if current and (size + task.size > CHUNK_BYTES or len(current) >= CHUNK_FILES):
            chunks.append(current)
            current, size = [], 0
        current.append(task)
        size += task.size
    if current:
        chunks.append(current)
    return chunks


def run_chunks(chunks: list[list[FileTask]], workers: int) -> Iterator[list[tuple[int, str | None, bytes]]]:
    """Each chunk's results, in chunk order; worker processes unless one job (or one chunk) is enough.

    Stdin can be read only by this process: a chunk holding it is run here.
    """
    local = [c for c in chunks if any(str(t.item.path) == STDIN for t in c)]
    remote = [c for c in chunks if c not in local]
    yield from (extract_chunk(c) for c in local)
    if workers <= 1 or len(remote) <= 1:
        yield from (extract_chunk(c) for c in remote)
        return
    with worker_pool(min(workers, len(remote))) as pool:
        yield from pool.map(extract_chunk, remote)


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Forked workers that never see Ctrl-C: the main process alone handles it, stops the pool and cleans up.

    SIGINT is blocked while the workers are forked (they inherit the mask, then ignore the signal and unblock
    it), so a Ctrl-C sent to the whole process group cannot kill a worker before it is ready, which would break
    the pool. Forking (not spawning) starts workers at once; the long-lived objects of the main process are
    frozen out of the garbage collector (see vankien.build), so workers do not walk them.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = ProcessPoolExecutor(workers, multiprocessing.get_context("fork"), initializer=_ignore_sigint)
        pool.submit(int)  # with fork, the first submit starts every worker
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)  # the running chunks are short
        raise
    pool.shutdown(wait=True)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def extract_chunk(chunk: list[FileTask]) -> list[tuple[int, str | None, bytes]]:
    """(index, cache key, packed outcomes) of each file of the chunk: runs in a worker."""
    results = []
    for task in chunk:
        outcomes = read_and_extract(task)
        # an extractor crash is not cached: the next build tries again (the fix changes EXTRACTOR_VERSION anyway)
        crashed = any(isinstance(o, Skipped) and o.reason.startswith(CRASH_REASON) for o in outcomes)
        results.append((task.index, None if crashed else task.key, pack(outcomes)))
    return results


def read_and_extract(task: FileTask) -> list[Outcome]:
    """Every Article of one file extracted; anything that fails is a Skipped with the reason, never a crash."""
    item = task.item
    try:
        read = list(read_file(item.path, item.root, item.metadata, max_bytes=task.max_bytes))
    except Exception as exc:  # the reader's last line of defence, as in loaders.read.read_inputs
        log.exception("unexpected error reading %s", item.path)
        return [Skipped(str(item.path), f"unexpected error: {type(exc).__name__}: {exc}")]
    return [r if isinstance(r, Skipped) else _extract_one(r) for r in read]


def _extract_one(article: Article) -> Extraction | Skipped:
    try:
        return loaders.extract.extract(article)
    except Exception as exc:  # a bug on one article must not lose the other thousands; logged in full
        log.exception("extraction failed for %s", article.id)
        where = article.source or article.id
        if not where.endswith(article.id):  # a record of a JSON-lines file: say which one
            where = f"{where} ({article.id})"
        return Skipped(where, f"{CRASH_REASON}: {type(exc).__name__}: {exc}")
