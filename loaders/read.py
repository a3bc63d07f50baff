"""Read inputs into Articles: files, directories and stdin holding text, HTML, JSON or JSON lines.

Never stops on a bad input: a file or record that cannot be read becomes a :class:`Skipped` with a one-line
reason, and reading goes on. The order is deterministic and memory stays bounded: JSON lines are streamed line
by line, other files are read whole only under a size limit checked with ``stat`` first. See docs/inputs.md.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import BinaryIO

from loaders.decode import Decoded, UndecodableError, declared_html_charset, decode_bytes, extract_html
from loaders.model import Article, ExtractionError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000  # 20 MB: far above any news article, low enough to never exhaust memory
SIDECAR_NAME = "metadata.json"
STDIN = "-"
_STDIN_WHERE = "<stdin>"
_SIDECAR_MAX_BYTES = 5_000_000
_KIND_OF_SUFFIX = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}
_UNICODE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-16/32: lines are not byte lines
_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?<(!doctype\s+html|html|head|body)\b", re.I)
_ISO_DATE_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Skipped:
    """An input (file or record) that could not be read, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class FileMetadata:
    """What is known about an input besides its text (from a sidecar, the HTML page or a record's source)."""

    outlet: str | None = None
    province: str | None = None
    published: str | None = None  # ISO date or a prefix of one; other spellings are dropped
    title: str | None = None
    dateline: str | None = None  # kept for a later Article field; Article has none yet

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, object]) -> FileMetadata:
        """Known fields with non-blank string values; anything else is ignored."""
        values = {f.name: _text_field(mapping.get(f.name)) for f in fields(cls)}
        return cls(**{**values, "published": _iso_date(values["published"])})

    def over(self, base: FileMetadata) -> FileMetadata:
        """This metadata, with ``base`` filling the fields this one does not know."""
        return replace(base, **{f.name: v for f in fields(self) if (v := getattr(self, f.name)) is not None})


@dataclass(frozen=True)
class InputFile:
    """A file to read, where it was found (for its id) and its sidecar metadata. ``Path("-")`` is stdin."""

    path: Path
    root: Path | None = None  # the directory argument it was found under; None for a file argument
    metadata: FileMetadata | None = None


@dataclass(frozen=True)
class _Origin:
    """Where Articles read from one input come from: their id, where to report problems, their source."""

    id: str
    where: str
    source: str
    metadata: FileMetadata = field(default_factory=FileMetadata)


def read_inputs(
    paths: Iterable[Path | str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Article | Skipped]:
    """Every Article in the given files, directories (recursively) and ``-`` (stdin), and every skip."""
    for item in iter_input_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield from read_file(item.path, item.root, item.metadata, max_bytes=max_bytes, stdin=stdin)
        except Exception as exc:  # the last line of defence: one bad file must never stop the others
            log.exception("unexpected error reading %s", item.path)
            yield Skipped(str(item.path), f"unexpected error: {type(exc).__name__}: {exc}")


def iter_input_files(paths: Iterable[Path | str]) -> Iterator[InputFile | Skipped]:
    """The files to read, in order: arguments as given, directories walked depth-first in name order.

    Hidden entries (``.name``) and sidecars are left out of directory walks; a file met twice is read once.
    A broken sidecar or an unreadable directory is reported as a Skipped. Paths that do not exist are passed
    on (``read_file`` reports them), so every argument shows up in the output.
    """
    seen: set[Path] = set()
    sidecars = _SidecarCache()
    for given in paths:
        path = Path(given)
        if str(path) == STDIN:
            if path not in seen:
                seen.add(path)
                yield InputFile(path)
            continue
        root = path if _is_dir(path) else None
        if root is not None:
            found_files = _walk(path, _real_path(path))
        else:
            found_files = iter([_Found(path, _real_path(path.parent), _real_path(path))])
        for found in found_files:
            if isinstance(found, Skipped):
                yield found
            elif found.key not in seen:
                seen.add(found.key)
                metadata, problems = sidecars.lookup(found.path, found.real_parent)
                yield from problems
                yield InputFile(found.path, root, metadata)


def read_file(
    path: Path,
    root: Path | None = None,
    metadata: FileMetadata | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Skipped]:
    """The Articles in one file (one, or one per record), or why it or a record was skipped.

    The Article id is the path relative to ``root`` (the directory argument), or the file name when ``root``
    is None; ``metadata`` (from the sidecar) wins over what an HTML page or a record says about itself.
    """
    if str(path) == STDIN:
        yield from _read_stdin(stdin or sys.stdin.buffer, metadata or FileMetadata(), max_bytes)
        return
    origin = _Origin(file_id(path, root), str(path), str(path), metadata or FileMetadata())
    if path.name == SIDECAR_NAME:
        yield Skipped(origin.where, "sidecar metadata, not an article")
        return
    kind = _KIND_OF_SUFFIX.get(path.suffix.lower(), "sniff")
    try:
        status = path.stat()
    except OSError as exc:
        yield Skipped(origin.where, _os_reason(exc))
        return
    if not stat.S_ISREG(status.st_mode):
        yield Skipped(origin.where, _not_a_file_reason(path, status.st_mode))
        return
    size = status.st_size
    try:
        if size == 0:
            yield Skipped(origin.where, "empty file")
        elif kind == "jsonl":
            yield from _read_jsonl_file(path, origin, size, max_bytes)
        elif size > max_bytes:
            yield Skipped(origin.where, _too_large(size, max_bytes))
        else:
            yield from _read_blob(path.read_bytes(), kind, origin)
    except OSError as exc:
        yield Skipped(origin.where, _os_reason(exc))


def file_id(path: Path, root: Path | None) -> str:
    """A file's Article id: its path relative to the directory argument (``/``-separated), else its name."""
    return path.relative_to(root).as_posix() if root is not None else path.name


def file_digest(path: Path) -> str:
    """SHA-256 of a file's raw bytes (hex), read in chunks: the key for an incremental cache."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def article_from_record(
    record: object,
    where: str,
    *,
    fallback_id: str | None = None,
    defaults: FileMetadata | None = None,
    encoding: str | None = None,
) -> Article:
    """An Article from a ``{"id", "text", "source"}`` record, or ExtractionError saying what is wrong.

    ``source`` is a URL or path string, or an object with ``province``, ``outlet``, ``url``, ``published``,
    ``file`` (and ``title``); ``defaults`` (sidecar metadata) fill what the record does not say.
    """
    if not isinstance(record, dict):
        raise ExtractionError("record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ExtractionError("record has no text")
    source = record.get("source")
    described = source if isinstance(source, dict) else {}
    own = FileMetadata.from_mapping({**described, "title": record.get("title") or described.get("title")})
    meta = own.over(defaults or FileMetadata())
    return Article(
        id=_record_id(record.get("id")) or fallback_id or where,
        text=text,
        source=_text_field(described.get("url"))
        or _text_field(described.get("file"))
        or _text_field(source)
        or where,
        province=meta.province,
        outlet=meta.outlet,
        published=meta.published,
        title=meta.title,
        encoding=encoding,
    )


def read_sidecar(directory: Path) -> tuple[dict[str, FileMetadata], list[Skipped]]:
    """A directory's ``metadata.json`` (file name -> metadata; ``_`` keys are comments) and its problems."""
    path = directory / SIDECAR_NAME
    where = str(path)
    try:
        if not path.is_file():
            return {}, []
        size = path.stat().st_size
        if size > _SIDECAR_MAX_BYTES:
            return {}, [Skipped(where, f"sidecar metadata ignored: {_too_large(size, _SIDECAR_MAX_BYTES)}")]
        value = json.loads(decode_bytes(path.read_bytes()).text)
    except (OSError, UndecodableError, ValueError, RecursionError) as exc:
        reason = _os_reason(exc) if isinstance(exc, OSError) else _json_reason(exc)
        return {}, [Skipped(where, f"sidecar metadata ignored: {reason}")]
    if not isinstance(value, dict):
        return {}, [Skipped(where, "sidecar metadata ignored: not a JSON object")]
    entries = {
        k: FileMetadata.from_mapping(v)
        for k, v in value.items()
        if not k.startswith("_") and isinstance(v, dict)
    }
    problems = [
        Skipped(f"{where}: {k}", "sidecar entry ignored: not a JSON object")
        for k, v in value.items()
        if not k.startswith("_") and not isinstance(v, dict)
    ]
    return entries, problems


class _SidecarCache:
    """Each directory's sidecar, read once; its problems are reported with the first file of the directory."""

    def __init__(self) -> None:
        self._entries: dict[Path, dict[str, FileMetadata]] = {}

    def lookup(self, path: Path, directory: Path) -> tuple[FileMetadata | None, list[Skipped]]:
        """The sidecar metadata of ``path``; ``directory``: its folder with symlinks resolved."""
        problems: list[Skipped] = []
        if directory not in self._entries:
            self._entries[directory], problems = read_sidecar(path.parent)
        return self._entries[directory].get(path.name), problems


@dataclass(frozen=True)
class _Found:
    """A file met in a walk: its path as found, its folder and itself with symlinks resolved (the key that
    reads a file met twice once)."""

    path: Path
    real_parent: Path
    key: Path


def _walk(directory: Path, real_directory: Path) -> Iterator[_Found | Skipped]:
    """Files under ``directory`` in name order; ``real_directory``: it with symlinks resolved, so that a plain
    file's real path is that plus its name (resolving each file's whole path was most of listing a corpus)."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield Skipped(str(directory), _os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if _is_dir(entry):  # symlinked directories are not followed: no cycles, no escaping the tree
            yield from _walk(path, real_directory / entry.name)
        elif entry.name != SIDECAR_NAME:
            key = _real_path(path) if _is_symlink(entry) else real_directory / entry.name
            yield _Found(path, real_directory, key)


def _is_symlink(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return True  # (resolved the slow way)


def _is_dir(path: Path | os.DirEntry[str]) -> bool:
    try:
        return path.is_dir(follow_symlinks=False) if isinstance(path, os.DirEntry) else path.is_dir()
    except OSError:  # unreadable: treated as a file, so that read_file reports why
        return False


def _not_a_file_reason(path: Path, mode: int) -> str:
    if not stat.S_ISDIR(mode):
        return "not a regular file"  # a FIFO or device would block or never end
    return "symlink to a directory (not followed)" if path.is_symlink() else "a directory"


def _real_path(path: Path) -> Path:
    """The path with symlinks resolved; unlike Path.resolve, never raises (on a symlink loop, say)."""
    return Path(os.path.realpath(path))


def _read_blob(raw: bytes, kind: str, origin: _Origin) -> Iterator[Article | Skipped]:
    """One whole input already in memory (under the size limit): decode it, then read it as its kind says."""
    declared = declared_html_charset(raw) if kind in ("html", "sniff") else None
    try:
        decoded = decode_bytes(raw, declared)
    except UndecodableError as exc:
        yield Skipped(origin.where, str(exc))
        return
    if not decoded.text.strip():
        yield Skipped(origin.where, "empty file (only whitespace)")
        return
    if kind == "sniff":
        kind = "html" if _HTML_START.match(decoded.text) else "text"
    if kind == "json":
        yield from _json_records(decoded, origin)
    elif kind == "jsonl":
        yield from _jsonl_records(enumerate(decoded.text.splitlines(), 1), origin, encoding=decoded.label)
    elif kind == "html":
        yield _html_article(decoded, origin)
    else:
        yield _article(decoded.text, origin, FileMetadata(), decoded.label)


def _read_jsonl_file(path: Path, origin: _Origin, size: int, max_bytes: int) -> Iterator[Article | Skipped]:
    """JSON lines streamed line by line; only a UTF-16/32 file (rare) is read whole, under the size limit."""
    with path.open("rb") as stream:
        head = stream.peek(8192)[:8192]
        if head.startswith(_UNICODE_BOMS) and size > max_bytes:
            yield Skipped(origin.where, _too_large(size, max_bytes))
        elif head.startswith(_UNICODE_BOMS):
            yield from _read_blob(stream.read(), "jsonl", origin)
        elif head.count(b"\x00") * 100 > len(head):  # more than a corrupt line or two: not JSON lines at all
            yield Skipped(origin.where, "binary file (NUL bytes)")
        else:
            yield from _jsonl_records(_bounded_lines(stream, max_bytes), origin, max_bytes)


def _read_stdin(stream: BinaryIO, metadata: FileMetadata, max_bytes: int) -> Iterator[Article | Skipped]:
    """Stdin: JSON lines are streamed when the first line is a JSON object; anything else is read whole."""
    origin = _Origin("stdin", _STDIN_WHERE, _STDIN_WHERE, metadata)
    first = stream.readline(max_bytes + 1)
    if not first:
        yield Skipped(_STDIN_WHERE, "empty input")
    elif _is_json_object(first):
        lines = itertools.chain([(1, first)], _bounded_lines(stream, max_bytes, start=2))
        yield from _jsonl_records(lines, origin, max_bytes)
    else:
        raw = first + stream.read(max_bytes + 1 - len(first))
        if len(raw) > max_bytes:
            yield Skipped(_STDIN_WHERE, f"larger than the {_human_size(max_bytes)} limit")
        else:
            yield from _read_stdin_blob(raw, origin)


def _read_stdin_blob(raw: bytes, origin: _Origin) -> Iterator[Article | Skipped]:
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"[", b"{") and _is_json(raw):
        yield from _read_blob(raw, "json", origin)
    elif head == b"{":  # not one JSON value: JSON lines whose first line is broken
        yield from _read_blob(raw, "jsonl", origin)
    else:
        yield from _read_blob(raw, "sniff", origin)


def _bounded_lines(stream: BinaryIO, max_bytes: int, start: int = 1) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, never holding more than ``max_bytes``: a longer line is drained and yielded as None."""
    for number in itertools.count(start):
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _jsonl_records(
    lines: Iterable[tuple[int, bytes | str | None]],
    origin: _Origin,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[Article | Skipped]:
    """One Article or Skipped per non-blank line (``str`` lines are already decoded with ``encoding``)."""
    records = 0
    for number, line in lines:
        where = f"{origin.where}:{number}"
        if line is None:
            records += 1
            yield Skipped(where, f"line larger than the {_human_size(max_bytes)} limit")
        elif line.strip():
            records += 1
            yield _record_article(line, where, f"{origin.id}:{number}", origin, encoding)
    if not records:
        yield Skipped(origin.where, "no records (only blank lines)")


def _record_article(
    line: bytes | str, where: str, fallback_id: str, origin: _Origin, encoding: str | None
) -> Article | Skipped:
    try:
        decoded = decode_bytes(line) if isinstance(line, bytes) else Decoded(line, encoding or "utf-8")
        record = _parse_json(decoded.text.rstrip("\r\n"))  # the line end is not part of the record
        return article_from_record(
            record, where, fallback_id=fallback_id, defaults=origin.metadata, encoding=decoded.label
        )
    except (UndecodableError, ExtractionError) as exc:
        return Skipped(where, str(exc))
    except (ValueError, RecursionError) as exc:
        return Skipped(where, _json_reason(exc, with_line=False))


def _json_records(decoded: Decoded, origin: _Origin) -> Iterator[Article | Skipped]:
    try:
        value = _parse_json(decoded.text)
    except (ValueError, RecursionError) as exc:
        yield Skipped(origin.where, _json_reason(exc))
        return
    if isinstance(value, dict):
        items = [(origin.where, origin.id, value)]
    elif isinstance(value, list):
        items = [(f"{origin.where}[{i}]", f"{origin.id}[{i}]", record) for i, record in enumerate(value)]
    else:
        items = []
        yield Skipped(origin.where, "not a JSON object or a list of objects")
    if isinstance(value, list) and not value:
        yield Skipped(origin.where, "no records (empty list)")
    for where, fallback_id, record in items:
        try:
            yield article_from_record(
                record, where, fallback_id=fallback_id, defaults=origin.metadata, encoding=decoded.label
            )
        except ExtractionError as exc:
            yield Skipped(where, str(exc))


def _html_article(decoded: Decoded, origin: _Origin) -> Article | Skipped:
    content = extract_html(decoded.text)
    if not content.text.strip():
        return Skipped(origin.where, "no text in the HTML page")
    if content.extractor != "trafilatura":
        log.info("%s: no main text found, using the whole page body", origin.where)
    page = FileMetadata(outlet=content.outlet, published=_iso_date(content.published), title=content.title)
    return _article(content.text, origin, page, decoded.label)


def _article(text: str, origin: _Origin, own: FileMetadata, encoding: str) -> Article:
    meta = origin.metadata.over(own)
    return Article(
        id=origin.id,
        text=text,
        source=origin.source,
        province=meta.province,
        outlet=meta.outlet,
        published=meta.published,
        title=meta.title,
        encoding=encoding,
    )


def _parse_json(text: str) -> object:
    """``json.loads``, with each lone surrogate in a string ("\\ud800" escapes: valid JSON, invalid Unicode, and
    unwritable as UTF-8 in any output) replaced by U+FFFD, one character for one, so offsets stay those of the text."""
    value = json.loads(text)
    return _replace_surrogates(value) if "\\u" in text else value


def _replace_surrogates(value: object) -> object:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    return value


def _is_json_object(line: bytes) -> bool:
    return _is_json(line) and line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{")


def _is_json(raw: bytes) -> bool:
    try:
        json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    return True


def _record_id(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _text_field(value)


def _text_field(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _iso_date(value: str | None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a timestamp is cut to its date); None for other spellings."""
    match = _ISO_DATE_PREFIX.match(value or "")
    if match and value is not None and value[match.end() : match.end() + 1] in ("", "T", " "):
        return match.group()
    if value:
        log.info("publication date %r is not an ISO date; ignored", value)
    return None


def _json_reason(exc: Exception, *, with_line: bool = True) -> str:
    if isinstance(exc, json.JSONDecodeError):
        at = f"line {exc.lineno} column {exc.colno}" if with_line else f"column {exc.colno}"
        return f"not valid JSON: {exc.msg.removesuffix(' at')} at {at}"
    if isinstance(exc, RecursionError):
        return "not valid JSON: nested too deeply"
    return f"not valid JSON: {exc}"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def _too_large(size: int, limit: int) -> str:
    return f"larger than the {_human_size(limit)} limit ({_human_size(size)})"


def _human_size(size: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"
