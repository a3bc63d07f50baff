"""The RDF parts earlier builds wrote, kept by content, so that an incremental build copies the unchanged ones.

A part's text is a pure function of its slice of the resolution, of the format and of the code that writes it.
So each part written is kept as ``OUT/.cache/rdf-parts/<key>.<quads>.<bytes>``, the key being a SHA-256 of:
- :func:`writer_version`: every file of the ``loaders`` and ``ontology`` packages (code and data: province
  and outlet tables feed article IRIs and provinces), the part writer's modules and rdflib's version; any
  change misses the whole cache, with no version to bump by hand;
- the format and the kind of part;
- the part's content as the writer reads it (articles, their occurrences and relations; or documents, flags
  and organisations), pickled without memo, so the bytes depend on the values only, never on which objects
  happen to be shared.

A part is moved in under its final name with one rename, after it was written and synced; the size in the name
is checked when the cache is read. After each build the parts it did not use are deleted: the cache stays the
size of one graph. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import shutil
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import cache
from importlib import util
from operator import attrgetter
from pathlib import Path
from typing import ClassVar

import pyoxigraph
import rdflib

from loaders.resolve import Resolution
from vankien.cache import CACHE_DIR

log = logging.getLogger(__name__)

PARTS_DIR = "rdf-parts"
_FORMAT = 1  # bump when the part files' naming or layout changes
_PACKAGES = ("loaders", "ontology")
# the part writer, and what restores a light slice before writing it (its keys are made before restoring)
_MODULES = (
    "vankien.build_rdf",
    "vankien.rdf_part_cache",
    "vankien.article_store",
    "vankien.cache",
    "vankien.light",
)
# the share: the index, its pickling, and the evidence and mention records the views make (graph.provenance)
_VIEW_MODULES = (
    "graph.triple_index",
    "graph.index_share",
    "graph.provenance",
    "graph.network",
    "graph.property",
    "graph.store",
    "graph.terms",
    "ontology.namespace",
)
_SHARE_MARK = "views-"  # a share is <part key>.views-<views_version>.<bytes>


@dataclass(frozen=True)
class CachedPart:
    key: str  # "" when no cache is used
    path: Path
    quads: int
    reused: bool = False  # read from the cache (else written by this build)
    share: Path | None = None  # its share of the views' index (graph.index_share), when one was asked for
    share_reused: bool = False  # the share was read from the cache


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in _PACKAGES:
        spec = util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise RuntimeError(f"package {name} not found")
        for folder in spec.submodule_search_locations:
            files += (p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for name in _MODULES:
        spec = util.find_spec(name)
        if spec is None or spec.origin is None:
            raise RuntimeError(f"module {name} not found")
        files.append(Path(spec.origin))
    return sorted(files)


@cache
def views_version() -> str:
    """A hash of what decides a part's share of the views' index besides the part's text: the index's and the
    share's code (with the views' code that makes its evidence and mention records), and the parser's and
    rdflib's versions. Shares are named with it, so a change of that code
    makes them again from the cached parts, which stay."""
    digest = hashlib.sha256(f"pyoxigraph {pyoxigraph.__version__} rdflib {rdflib.__version__}".encode())
    for name in _VIEW_MODULES:
        spec = util.find_spec(name)
        if spec is None or spec.origin is None:
            raise RuntimeError(f"module {name} not found")
        digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:12]


@cache
def writer_version() -> str:
    """A hash of everything that decides a part's text besides its content (see the module's docstring)."""
    digest = hashlib.sha256(f"format {_FORMAT} rdflib {rdflib.__version__}".encode())
    for path in _source_files():
        digest.update(f"{path.parent.name}/{path.name}".encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def part_key(
    resolution: Resolution,
    articles_only: bool,
    fmt: str,
    restored_from: tuple[tuple[str, bytes], ...] | None = None,
) -> str:
    """The key of a part: what the writer reads of its slice of the resolution, the format, the writer.

    ``restored_from``: ``resolution`` is a light slice that the writer restores first
    (``vankien.article_store``), from extractions with these digests (by article id). The light slice and
    the digests decide the restored one, so the key is made from them, and a part found in the cache is
    never restored: restoring and pickling the full articles was most of an incremental build's RDF stage.
    """
    if restored_from is not None:
        content: object = (
            "light",
            resolution.articles,
            resolution.documents,
            resolution.relations,
            restored_from,
        )
    elif (
        articles_only
    ):  # its documents stand for their IRI and occurrences only (entity parts write the rest)
        documents = tuple((doc.iri, doc.occurrences) for doc in resolution.documents)
        content = (resolution.articles, documents, resolution.relations)
    else:
        content = (
            resolution.documents,
            resolution.organisations,
            resolution.ambiguous,
            resolution.unresolved,
        )
    buffer = io.BytesIO()
    _ValuePickler(buffer).dump((articles_only, fmt, content))
    digest = hashlib.sha256(f"{writer_version()}\0".encode())
    digest.update(buffer.getbuffer())
    return digest.hexdigest()


class _ValuePickler(pickle.Pickler):
    """Pickles a dataclass as its class and field values, and never memoises: equal values give equal bytes,
    whichever objects happen to be shared (the data is acyclic frozen dataclasses, tuples and strings). Only
    hashed, never loaded."""

    _fields: ClassVar[dict[type, Callable[[object], tuple[object, ...]] | None]] = {}  # None: not a dataclass

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=5)
        self.fast = True  # no memo (the C pickler's switch: set on the instance)

    def reducer_override(self, obj: object) -> object:
        kind = type(obj)
        if kind not in self._fields:
            self._fields[kind] = (
                _field_values(obj) if is_dataclass(obj) and not isinstance(obj, type) else None
            )
        values = self._fields[kind]
        return NotImplemented if values is None else (kind, values(obj))


def _field_values(obj: object) -> Callable[[object], tuple[object, ...]]:
    names = [f.name for f in fields(obj)]  # type: ignore[arg-type]
    if len(names) == 1:  # attrgetter of one name returns the value itself
        return lambda o: (getattr(o, names[0]),)
    return attrgetter(*names)


class PartCache:
    """The part files of a folder, by key, and their shares of the views' index. ``get`` and ``share_path`` in
    any process; ``keep`` in the main one, after a build."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: dict[str, CachedPart] = {}
        self.shares: dict[str, Path] = {}
        writer_version()  # once, here: forked workers inherit them
        self.share_mark = f"{_SHARE_MARK}{views_version()}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for path in folder.iterdir():
                self._list(path)
        except OSError as exc:  # an unreadable cache is an empty one: the parts are written again
            log.warning("RDF part cache %s unusable: %s", folder, exc)

    def _list(self, path: Path) -> None:
        key, _, rest = path.name.partition(".")
        first, _, size = rest.partition(".")
        if not size.isdigit() or path.stat().st_size != int(size):  # damaged or foreign: unused, so pruned
            return
        if first.isdigit():
            self.entries[key] = CachedPart(key, path, int(first), reused=True)
        elif first == self.share_mark:
            self.shares[key] = path

    def get(self, key: str) -> CachedPart | None:
        found = self.entries.get(key)
        share = self.shares.get(key)
        if found is None or share is None:
            return found
        return replace(found, share=share, share_reused=True)

    def keep(self, parts: list[CachedPart]) -> list[Path | None]:
        """Move the parts (and shares) this build wrote into the cache; delete the entries it did not use.
        Returns where each part's share now is."""
        used: set[str] = set()
        shares = [part.share for part in parts]
        try:
            for n, part in enumerate(parts):
                if part.reused:
                    used.add(part.path.name)
                elif part.key:
                    name = f"{part.key}.{part.quads}.{part.path.stat().st_size}"
                    _move(part.path, self.folder / name)
                    used.add(name)
                if part.share is not None and part.share_reused:
                    used.add(part.share.name)
                elif part.share is not None and part.key:
                    name = f"{part.key}.{self.share_mark}.{part.share.stat().st_size}"
                    _move(part.share, self.folder / name)
                    used.add(name)
                    shares[n] = self.folder / name
            for path in self.folder.iterdir():
                if path.name not in used:
                    path.unlink()
        except OSError as exc:  # the graph is written: a cache that cannot be updated costs time only
            log.warning("RDF part cache %s not updated: %s", self.folder, exc)
        return shares


def _move(source: Path, target: Path) -> None:
    """Into place with one rename (copied next to it first when on another file system)."""
    try:
        os.replace(source, target)
    except OSError:
        staged = target.with_name(f".{target.name}.tmp")
        shutil.copyfile(source, staged)
        with staged.open("rb+") as copy:
            os.fsync(copy.fileno())
        os.replace(staged, target)


def open_part_cache(out: Path) -> PartCache:
    return PartCache(out / CACHE_DIR / PARTS_DIR)
