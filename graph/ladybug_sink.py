"""The embedded sink: the property graph in a LadybugDB database file (``out/graph.lbug``), no server.

``write_embedded`` is what ``vankien build`` calls: it builds the database under a temporary name in the same
directory (bulk-loaded with COPY from files, ``graph.ladybug_copy``: it is new and empty) and moves it over the
old one only when it is complete, so a failure never leaves a half-written or corrupted database where readers
look. ``load_into_ladybug`` writes into a database in place, batch by batch,
each batch in its own transaction (a failed batch is rolled back). ``LadybugReader`` opens a database
read-only for the named queries and ad-hoc reads.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import ladybug
from rdflib import Dataset

from graph.cypher import (
    DEFAULT_BATCH_SIZE,
    BatchCounts,
    LoadReport,
    Progress,
    Statement,
    Table,
    count_statement,
    lookup_statement,
    schema_statements,
    upsert_statements,
    write_graph,
)
from graph.ladybug_copy import copy_graph
from graph.property import KEY, NODE_KINDS, REL_KINDS, PropertyGraph, Tables, to_property_graph
from graph.triple_index import GraphFile, paused_gc, property_tables_from_index

log = logging.getLogger(__name__)

DATABASE_NAME = "graph.lbug"
_WAL_SUFFIX = ".wal"  # LadybugDB's write-ahead log, next to the database file while it is open


class LadybugError(RuntimeError):
    """The embedded database cannot be opened, written or queried."""


@contextmanager
def open_connection(path: Path, read_only: bool = False) -> Iterator[ladybug.Connection]:
    """A connection to the database file at ``path`` (created if writable and missing), closed afterwards."""
    if read_only and not path.exists():
        raise LadybugError(f"no embedded database at {path}: run `vankien build` first")
    try:
        database = ladybug.Database(str(path), read_only=read_only)
    except RuntimeError as exc:
        raise LadybugError(f"cannot open {path}: {exc}") from exc
    connection = ladybug.Connection(database)
    try:
        yield connection
    finally:
        connection.close()
        database.close()


def execute(connection: ladybug.Connection, text: str, parameters: Mapping[str, Any] | None = None) -> Table:
    """Run one statement and return its result as a Table."""
    result = connection.execute(text, dict(parameters or {}))
    if isinstance(result, list):  # several statements in one text: the last one's result
        result = result[-1]
    columns = tuple(result.get_column_names())
    rows: list[tuple[Any, ...]] = []
    while result.has_next():
        rows.append(tuple(result.get_next()))
    return Table(columns, tuple(rows))


def create_schema(connection: ladybug.Connection) -> None:
    for statement in schema_statements("ladybug"):
        execute(connection, statement)


def load_into_ladybug(
    source: Dataset | PropertyGraph,
    path: Path,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
    merge: bool = False,
) -> LoadReport:
    """Write the property graph of ``source`` into the database at ``path`` (created if missing), in place.

    Idempotent: loading the same graph again creates nothing. Raises ``graph.cypher.BatchFailed`` when a
    batch fails; that batch is rolled back and the batches before it stay written. ``merge=True`` runs the
    writer's node MERGE statements instead of lookup + update + create (same result, slower here).
    """
    graph = source if isinstance(source, PropertyGraph) else to_property_graph(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_connection(path) as connection:
        create_schema(connection)
        before = _counts(connection)
        report = write_graph(graph, lambda batch: run_batch(connection, batch, merge), batch_size, progress)
        after = _counts(connection)
    # LadybugDB reports no write counters; an embedded database has one writer, so the difference of the
    # counts is what this load created (counting per batch instead cost ~15% of the load time at 100k rows).
    created = {target: after[target] - before[target] for target in after}
    return dataclasses.replace(
        report,
        nodes_created=sum(created[label] for label in NODE_KINDS),
        relationships_created=sum(created[rel_type] for rel_type in REL_KINDS),
    )


def _counts(connection: ladybug.Connection) -> dict[str, int]:
    return {t: execute(connection, count_statement(t)).rows[0][0] for t in (*NODE_KINDS, *REL_KINDS)}


def run_batch(connection: ladybug.Connection, statement: Statement, merge: bool = False) -> BatchCounts:
    """One batch in one transaction; on error the transaction is rolled back and the error re-raised.

    Node batches run as lookup + update + create (``graph.cypher.upsert_statements``: LadybugDB's node MERGE
    scans the table); ``merge=True``, and every relationship batch, runs the writer's MERGE statement.
    """
    execute(connection, "BEGIN TRANSACTION")
    try:
        for part in _upsert(connection, statement) if statement.kind == "node" and not merge else [statement]:
            execute(connection, part.text, part.parameters)
        execute(connection, "COMMIT")
    except BaseException:
        _rollback(connection)
        raise
    return BatchCounts()


def _upsert(connection: ladybug.Connection, statement: Statement) -> list[Statement]:
    keys = [{KEY: row[KEY]} for row in statement.parameters["rows"]]
    found = execute(connection, lookup_statement(statement.target), {"rows": keys})
    return upsert_statements(statement, {row[0] for row in found.rows})


def _rollback(connection: ladybug.Connection) -> None:
    with contextlib.suppress(RuntimeError):  # LadybugDB may have rolled back the failed transaction itself
        execute(connection, "ROLLBACK")


def write_embedded(ds: Dataset | PropertyGraph | GraphFile, out_dir: Path, name: str = DATABASE_NAME) -> Path:
    """Build ``out_dir/name`` from ``ds`` atomically and return its path: an existing database is replaced
    only once the new one is complete (on failure it stays as it was). The build hands it the graph file it
    has just written (a ``GraphFile``: the rows come from one pass over the file, ``graph.triple_index``).

    The new database is empty, so it is bulk-loaded (``graph.ladybug_copy``: one CSV file per table in the
    temporary folder, then COPY) rather than written by UNWIND batches; the content is the same."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / name
    workdir = Path(tempfile.mkdtemp(dir=out_dir, prefix=f".{name}."))
    try:
        built = workdir / name
        with paused_gc():  # rows are made and dropped by the million, none in a cycle
            report = bulk_load(_tables(ds), built, workdir)
        _swap_in(built, target)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    log.info("wrote %s: %d nodes, %d relationships", target, report.node_rows, report.relationship_rows)
    return target


def _tables(ds: Dataset | PropertyGraph | GraphFile) -> Tables:
    if isinstance(ds, GraphFile):  # rows made while the files for COPY are written: the graph is never held
        return property_tables_from_index(ds.index)
    return ds if isinstance(ds, PropertyGraph) else to_property_graph(ds)


def bulk_load(graph: Tables, path: Path, workdir: Path) -> LoadReport:
    """Load ``graph`` into a new database at ``path`` with COPY, through files in ``workdir``; a table COPY
    cannot express goes through the UNWIND batches (``graph.ladybug_copy``)."""
    if path.exists():
        raise LadybugError(f"{path} exists: the bulk load writes only a new database")
    with open_connection(path) as connection:
        create_schema(connection)
        return copy_graph(
            graph,
            workdir,
            lambda text: execute(connection, text),
            lambda part: write_graph(part, lambda batch: run_batch(connection, batch)),
        )


def _swap_in(built: Path, target: Path) -> None:
    """Move the closed, complete database over ``target``; the old one's log must not replay onto it."""
    leftover = built.with_name(built.name + _WAL_SUFFIX)
    if leftover.exists():
        raise LadybugError(f"{built} was not closed cleanly; the old database is kept")
    target.with_name(target.name + _WAL_SUFFIX).unlink(missing_ok=True)
    os.replace(built, target)


class LadybugReader:
    """Read-only access for queries: ``with LadybugReader(path) as db: db.run(text, params)``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._context: Any = None
        self._connection: ladybug.Connection | None = None

    def __enter__(self) -> LadybugReader:
        self._context = open_connection(self.path, read_only=True)
        self._connection = self._context.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._context.__exit__(kind, exc, tb)
        self._connection = None

    def run(self, text: str, parameters: Mapping[str, Any] | None = None) -> Table:
        if self._connection is None:
            raise LadybugError("the reader is not open: use it in a `with` block")
        try:
            return execute(self._connection, text, parameters)
        except RuntimeError as exc:
            raise LadybugError(str(exc)) from exc
