"""The incremental build cache: what reading and extracting one input file gave, keyed by its content.

One sqlite file (``OUT/.cache/extractions.sqlite``) maps a key to a compressed pickle of the file's outcomes
(``Extraction`` for each article read, ``Skipped`` for each record that could not be). The key hashes the file's
raw bytes, where it was found (its path, directory argument and sidecar metadata make the Article's id, source
and province) and the size limit, together with :data:`EXTRACTOR_VERSION`; so an unchanged file is never read or
extracted twice, and any change to the file, its metadata or the extraction engine misses the cache.

sqlite writes are transactions: a build that is killed keeps the entries it already committed (the next build
resumes from them) and never leaves a corrupt cache.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from importlib import resources, util
from pathlib import Path

from loaders.model import Extraction
from loaders.read import InputFile, Skipped
from vankien.light import lighten

log = logging.getLogger(__name__)

CACHE_DIR = ".cache"
CACHE_NAME = "extractions.sqlite"
# Each outcome is compressed on its own, beside its light copy, so that a build can keep one article's packed
# bytes (its on-disk store, vankien/article_store.py) and resolve the light copy without packing again.
PACK_FORMAT = "per-outcome zlib pickles, with light copies"  # part of every key
# Every module that turns file bytes into an Extraction (the import closure of loaders.read and
# loaders.extract; tests/test_build_scale.py checks it stays complete).
EXTRACTION_MODULES: tuple[str, ...] = (
    "loaders.anchors",
    "loaders.attributes",
    "loaders.catalogue",
    "loaders.corefer",
    "loaders.decode",
    "loaders.extract",
    "loaders.find",
    "loaders.headers",
    "loaders.identity",  # through loaders.catalogue
    "loaders.issuers",
    "loaders.lexicon",
    "loaders.model",
    "loaders.native",
    "loaders.normalize",
    "loaders.read",
    "loaders.relate",
    "loaders.sentences",
    "loaders.symbols",
)
# What makes the light copy stored beside each extraction (vankien/light.py): the province of an article, from
# its metadata, outlet or dateline, decides how much of its text the copy keeps.
LIGHT_COPY_MODULES: tuple[str, ...] = ("loaders.identity", "vankien.light")
LIGHT_COPY_DATA: tuple[str, ...] = ("data/outlets.json", "data/provinces.json")
# Data the extraction itself reads (the catalogue's bodies decide whether a list shares one: loaders/extract.py).
EXTRACTION_DATA: tuple[str, ...] = ("data/catalogue.json",)
_FORMAT = 2  # bump when the stored value's shape changes
Outcome = Extraction | Skipped


def extractor_version(modules: Iterable[str] = EXTRACTION_MODULES + LIGHT_COPY_MODULES) -> str:
    """A hash of the source of every extraction module (and of what makes the light copies): any change to the
    engine invalidates the cache."""
    digest = hashlib.sha256(f"format {_FORMAT}".encode())
    for data in (*EXTRACTION_DATA, *LIGHT_COPY_DATA):
        digest.update(data.encode() + b"\0" + resources.files("loaders").joinpath(data).read_bytes())
    for name in sorted(modules):
        spec = util.find_spec(name)
        if spec is None or spec.origin is None:
            raise RuntimeError(f"extraction module {name} not found")
        # A compiled module (loaders/native.py) runs its .py source: hash that, not the small import shim.
        source = Path(spec.origin).with_name(name.rpartition(".")[2] + ".py")
        digest.update(name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = extractor_version()


def cache_key(item: InputFile, digest: str, max_bytes: int) -> str:
    """The key of one input file: its content, where it was found, the size limit, the extractor version."""
    context = repr((str(item.path), str(item.root), item.metadata, max_bytes, PACK_FORMAT))
    return hashlib.sha256(f"{EXTRACTOR_VERSION}\0{digest}\0{context}".encode()).hexdigest()


def pack(outcomes: list[Outcome]) -> bytes:
    """The stored form of a file's outcomes (Extractions and Skipped are frozen dataclasses: picklable): each
    outcome packed on its own, with the light copy of each extraction (``vankien.light``) beside it."""
    return pickle.dumps(
        [(pack_one(o), pack_one(lighten(o)) if isinstance(o, Extraction) else None) for o in outcomes],
        protocol=pickle.HIGHEST_PROTOCOL,
    )


def pack_one(outcome: Outcome) -> bytes:
    return zlib.compress(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack_one(packed: bytes) -> Outcome:
    """An outcome from :func:`pack_one`; only ever reads what this program wrote into its own folders."""
    outcome: Outcome = pickle.loads(zlib.decompress(packed))
    return outcome


def unpack(blob: bytes) -> list[Outcome]:
    """Outcomes from :func:`pack`; only ever reads blobs this program wrote into its own output folder."""
    return [unpack_one(full) for full, _ in pickle.loads(blob)]


def unpack_light(blob: bytes) -> list[tuple[Outcome, bytes | None]]:
    """Each outcome of a blob from :func:`pack` as its light copy (a Skipped as it is), with the packed full
    extraction (None for a Skipped): the main process of a build never unpacks the full ones."""
    return [(unpack_one(light or full), full if light else None) for full, light in pickle.loads(blob)]


class ExtractionCache:
    """Per-file outcomes in sqlite. ``get`` marks what the current build used; ``prune`` drops the rest."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash-safe
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS outcomes (key TEXT PRIMARY KEY, version TEXT, blob BLOB, used INTEGER)"
        )
        self._db.execute("CREATE TABLE IF NOT EXISTS builds (id INTEGER PRIMARY KEY AUTOINCREMENT)")
        with self._db:
            self.build_id = self._db.execute("INSERT INTO builds DEFAULT VALUES").lastrowid or 0

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        """The stored blobs of the keys present; each is marked as used by this build."""
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):  # sqlite caps the number of bound parameters
            batch = keys[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(f"SELECT key, blob FROM outcomes WHERE key IN ({marks})", batch)
            found.update(rows.fetchall())
        with self._db:
            self._db.executemany(
                "UPDATE outcomes SET used = ? WHERE key = ?", ((self.build_id, key) for key in found)
            )
        return found

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store blobs (one transaction): committed at once, so a killed build keeps them."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO outcomes (key, version, blob, used) VALUES (?, ?, ?, ?)",
                ((key, EXTRACTOR_VERSION, blob, self.build_id) for key, blob in items),
            )

    def prune(self) -> int:
        """Drop entries this build did not use (files gone or changed, older extractor); return how many."""
        with self._db:
            removed = self._db.execute("DELETE FROM outcomes WHERE used < ?", (self.build_id,)).rowcount
            self._db.execute("DELETE FROM builds WHERE id < ?", (self.build_id,))
        log.info("cache: %d stale entries removed", removed)
        return removed

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM outcomes").fetchone()[0])

    def keys(self) -> Iterator[str]:
        yield from (row[0] for row in self._db.execute("SELECT key FROM outcomes"))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_cache(out: Path) -> ExtractionCache:
    return ExtractionCache(out / CACHE_DIR / CACHE_NAME)
