"""Bulk load of a new, empty LadybugDB database: one CSV file per node label and relationship type, then COPY.

``write_embedded`` always builds a fresh database, so it does not need the UNWIND writer's lookups and MERGEs:
each table is written to ``<workdir>/<target>.csv`` and read in by one ``COPY <target> FROM (LOAD ...)``.
The content is exactly what ``load_into_ladybug`` would store (tests/test_ladybug_copy.py compares both).

How values travel, given how LadybugDB 0.22 reads CSV (checked on the engine):
- Every string is quoted (``"`` doubled inside, backslashes literal); a null is an *unquoted* empty field.
  LadybugDB reads an unquoted empty field as NULL and a quoted one as ``""``. Python 3.11's csv module cannot
  write the two differently (``QUOTE_NOTNULL`` is 3.12), so the fields are written here; quoted newlines need
  ``PARALLEL=false``.
- Lists (``STRING[]``) cannot be CSV lists: LadybugDB keeps quote characters inside list elements. A list is
  written as one string, each element followed by S = U+001F, and the COPY's LOAD subquery reads the
  elements back with ``regexp_extract_all(column, '([^S]*)S', 1)``: ``[]`` is ``""``, ``[""]`` is ``"S"``,
  a null list an empty field. No lambda: ``string_split`` and ``regexp_split_to_array`` drop empty pieces,
  and mending them in ``list_transform`` made LadybugDB 0.22 fail on the 20 MB corpus from the second such
  COPY on ("the buffer pool is full" with ``substring``, a segmentation fault with ``CASE``).
- Columns are declared in ``LOAD WITH HEADERS (...)``: no type sniffing (``2021-1-1`` stays that string).
- The file path goes into the statement text (LadybugDB takes no parameter there): quoted as a string
  literal, with glob characters bracketed (LadybugDB expands ``*``, ``?``, ``[...]`` in paths).

What COPY would store differently, the table goes through the UNWIND writer instead (``NotCopyable``, a
warning in the log): a key that is not a string or is repeated (the writer keeps the last row), a
relationship whose ends are not nodes (the writer's MATCH drops it) or that is repeated, a value not of its
property's kind, a list element holding U+001F, text that is not valid Unicode. The
build's property graph has none of these; hand-made graphs may.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from graph.cypher import LoadReport
from graph.property import KEY, NODE_KINDS, REL_KINDS, Property, PropertyGraph, Row, Tables

log = logging.getLogger(__name__)

LIST_SEPARATOR = "\x1f"  # ends every list element in a file
_CSV_OPTIONS = "HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', PARALLEL=false"
_LOAD_TYPES = {"string": "STRING", "int": "INT64", "strings": "STRING"}  # lists travel as one string
_INT64 = range(-(2**63), 2**63)
_GLOB = re.compile(r"([*?\[\]{}])")
_WRITE_BUFFER = 1 << 20

RunStatement = Callable[[str], object]  # runs one statement; its result is not read
WriteRows = Callable[[PropertyGraph], LoadReport]


class NotCopyable(ValueError):
    """A row holds something COPY from these files would not store as the UNWIND writer does."""


class CopyFailed(RuntimeError):
    """LadybugDB refused a COPY; the database being built is incomplete and must not be used."""


@dataclass(frozen=True)
class TableFile:
    """One table's rows written for COPY: the target, the columns in file order, and the file."""

    target: str
    columns: tuple[Property, ...]  # the key column(s) first, typed "string"
    path: Path
    rows: int


def copy_graph(graph: Tables, workdir: Path, run: RunStatement, write_rows: WriteRows) -> LoadReport:
    """Load ``graph`` into the empty database behind ``run`` (runs one statement), table by table, through
    files in ``workdir`` (each removed once copied). Nodes first: relationships need their ends. A table
    COPY cannot express is handed to ``write_rows`` (the UNWIND writer) as a graph of that table alone.

    Each table's rows are read once while its file is written (``PropertyTables`` makes them then and keeps
    none): only a table that falls back to ``write_rows`` is read again."""
    rows: dict[str, int] = {}
    keys: dict[str, set[str]] = {}
    for label in graph.node_labels:
        keys[label] = set()
        write_file = partial(write_node_file, label, graph.node_rows(label), workdir, keys[label])
        alone = partial(_node_table, graph, label, keys)
        rows[label] = _load_table(alone, label, write_file, run, write_rows)
    for rel_type in graph.relationship_types:
        rel_rows = graph.relationship_rows(rel_type)
        write_file = partial(write_relationship_file, rel_type, rel_rows, keys, workdir)
        alone = partial(_relationship_table, graph, rel_type)
        rows[rel_type] = _load_table(alone, rel_type, write_file, run, write_rows)
    return LoadReport(rows)


def _node_table(graph: Tables, label: str, keys: dict[str, set[str]]) -> PropertyGraph:
    """The nodes of ``label`` alone, read again; ``keys[label]`` becomes every string key among them (the
    file's pass stopped at the row COPY could not take)."""
    node_rows = tuple(graph.node_rows(label))
    keys[label] = {row[KEY] for row in node_rows if isinstance(row.get(KEY), str)}
    return PropertyGraph({label: node_rows}, {})


def _relationship_table(graph: Tables, rel_type: str) -> PropertyGraph:
    return PropertyGraph({}, {rel_type: tuple(graph.relationship_rows(rel_type))})


def _load_table(
    alone: Callable[[], PropertyGraph],
    target: str,
    write_file: Callable[[], TableFile],
    run: RunStatement,
    write_rows: WriteRows,
) -> int:
    try:
        table = write_file()
    except NotCopyable as reason:
        log.warning("%s is written by UNWIND batches, not COPY: %s", target, reason)
        return write_rows(alone()).rows.get(target, 0)
    try:
        if table.rows:
            run(copy_statement(table))
    except RuntimeError as exc:  # LadybugDB raises RuntimeError for every engine error
        raise CopyFailed(f"COPY {target} from {table.path.name} failed: {exc}") from exc
    finally:
        table.path.unlink(missing_ok=True)
    log.info("copied %d %s rows", table.rows, target)
    return table.rows


def write_node_file(
    label: str, rows: Iterable[Row], directory: Path, keys: set[str] | None = None
) -> TableFile:
    """``directory/<label>.csv``: ``iri`` then the label's properties; raises NotCopyable (no file left).
    ``keys``: a set that gains the rows' keys (all of them once the file is written)."""
    kind = NODE_KINDS.get(label)
    if kind is None:  # the UNWIND writer refuses it with its own error
        raise NotCopyable(f"{label!r} is not a node label of the property graph")
    seen: set[str] = set() if keys is None else keys

    def check(row: Row) -> None:
        key = row.get(KEY)
        if not isinstance(key, str):
            raise NotCopyable(f"a key is {key!r}, not a string")
        if key in seen:
            raise NotCopyable(f"the key {key!r} is on several rows")
        seen.add(key)

    return _write_file(label, (Property(KEY), *kind.properties), rows, check, directory)


def write_relationship_file(
    rel_type: str, rows: Iterable[Row], node_keys: Mapping[str, set[str]], directory: Path
) -> TableFile:
    """``directory/<TYPE>.csv``: ``src``, ``dst`` then the type's properties; raises NotCopyable (no file
    left) for a relationship whose ends are not among ``node_keys`` of its labels, or that is repeated."""
    kind = REL_KINDS.get(rel_type)
    if kind is None:
        raise NotCopyable(f"{rel_type!r} is not a relationship type of the property graph")
    sources, targets = node_keys.get(kind.source, set()), node_keys.get(kind.target, set())
    seen: set[tuple[str, str]] = set()

    def check(row: Row) -> None:
        source, target = row.get("src"), row.get("dst")
        if not (isinstance(source, str) and isinstance(target, str)):
            raise NotCopyable(f"an end is not a string: {source!r} -> {target!r}")
        if source not in sources or target not in targets:
            raise NotCopyable(
                f"{source!r} -> {target!r}: an end is not a {kind.source} or {kind.target} node"
            )
        if (source, target) in seen:
            raise NotCopyable(f"the relationship {source!r} -> {target!r} is on several rows")
        seen.add((source, target))

    return _write_file(rel_type, (Property("src"), Property("dst"), *kind.properties), rows, check, directory)


def _write_file(
    target: str,
    columns: Sequence[Property],
    rows: Iterable[Row],
    check: Callable[[Row], None],
    directory: Path,
) -> TableFile:
    path = directory / f"{target}.csv"  # the target is one of the closed set: a plain identifier
    encoders = [(p.name, _ENCODERS[p.kind]) for p in columns]
    count = 0
    try:
        with path.open("w", encoding="utf-8", newline="", buffering=_WRITE_BUFFER) as out:
            out.write(",".join(p.name for p in columns) + "\n")
            for row in rows:
                check(row)
                out.write(",".join(encode(row[name]) for name, encode in encoders) + "\n")
                count += 1
    except (NotCopyable, KeyError, UnicodeEncodeError) as exc:
        path.unlink(missing_ok=True)
        reason = f"row {count}: {exc}" if not isinstance(exc, KeyError) else f"row {count} has no {exc}"
        raise NotCopyable(reason) from exc
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return TableFile(target, tuple(columns), path, count)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _string_field(value: Any) -> str:
    if value is None:
        return ""  # unquoted: NULL
    if not isinstance(value, str):
        raise NotCopyable(f"{value!r} is not a string")
    return _quoted(value)


def _int_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int) or value not in _INT64:
        raise NotCopyable(f"{value!r} is not a 64-bit integer")
    return str(value)


def _list_field(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, list | tuple):
        raise NotCopyable(f"{value!r} is not a list")
    for element in value:
        if not isinstance(element, str) or LIST_SEPARATOR in element:
            raise NotCopyable(f"the list element {element!r} is not a string without U+001F")
    return _quoted("".join(element + LIST_SEPARATOR for element in value))


_ENCODERS: dict[str, Callable[[Any], str]] = {
    "string": _string_field,
    "int": _int_field,
    "strings": _list_field,
}


def copy_statement(table: TableFile) -> str:
    """``COPY <target> FROM (LOAD WITH HEADERS (<columns>) FROM '<file>' (<options>) RETURN <values>)``."""
    declared = ", ".join(f"`{p.name}` {_LOAD_TYPES[p.kind]}" for p in table.columns)
    values = ", ".join(_read_back(p) for p in table.columns)
    source = f"LOAD WITH HEADERS ({declared}) FROM {path_literal(table.path)} ({_CSV_OPTIONS})"
    return f"COPY {table.target} FROM ({source} RETURN {values})"


def _read_back(prop: Property) -> str:
    column = f"`{prop.name}`"
    if prop.kind != "strings":
        return column
    return f"regexp_extract_all({column}, '([^{LIST_SEPARATOR}]*){LIST_SEPARATOR}', 1)"


def path_literal(path: Path) -> str:
    """``path`` as a Cypher string literal LadybugDB reads as that one file: glob characters bracketed
    (``[*]`` matches ``*``), then backslashes and quotes escaped."""
    literal = _GLOB.sub(r"[\1]", str(path))
    return "'" + literal.replace("\\", "\\\\").replace("'", "\\'") + "'"
