"""The Cypher writer: schema and batched, parameterised MERGE statements both engines accept.

Every statement is built from the closed mapping of ``graph.property`` (labels, relationship types, property
names); values reach the engine only through the ``$rows`` parameter. The statements use the subset of Cypher
that Neo4j 5 and LadybugDB share: ``UNWIND $rows AS row MERGE (n:Label {iri: row.iri}) SET n.p = row.p, ...``
(one explicit SET per property: LadybugDB has no ``SET n += map``), and for relationships two separate MATCHes
(the comma form is a cross product in LadybugDB) before the MERGE.

MERGE on the key plus SET of every property makes loading idempotent: loading the same graph twice leaves the
same nodes, relationships and values. ``write_graph`` runs the batches through a sink-supplied function that
executes one statement in one transaction, so a failed batch leaves the database as it was before that batch.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from graph.property import KEY, NODE_KINDS, REL_KINDS, NodeKind, Property, PropertyGraph, RelKind, Row

log = logging.getLogger(__name__)

Engine = Literal["ladybug", "neo4j"]
DEFAULT_BATCH_SIZE = 1000
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LADYBUG_TYPES = {"string": "STRING", "int": "INT64", "strings": "STRING[]"}
# Indexes beyond the key, for the properties the named queries filter on.
_NEO4J_INDEXES: dict[str, tuple[str, ...]] = {
    "Document": ("symbol", "province", "level"),
    "Organisation": ("label",),
    "Article": ("province",),
}


class WriterError(ValueError):
    """A statement was asked for a label, type or property outside the property graph's closed set."""


class BatchFailed(RuntimeError):
    """One batch could not be written; the database is as it was before that batch (earlier ones stay)."""

    def __init__(self, statement: Statement, cause: BaseException) -> None:
        self.statement = statement
        self.cause = cause
        last = statement.first_row + statement.rows - 1
        super().__init__(
            f"writing {statement.target} rows {statement.first_row}-{last} failed ({cause}); "
            "that batch was rolled back"
        )


@dataclass(frozen=True)
class Statement:
    """One batch: the Cypher text, its parameters (``rows``) and what it writes."""

    text: str
    parameters: Mapping[str, Any]
    target: str  # the node label or relationship type written
    kind: Literal["node", "relationship"]
    first_row: int  # index of the batch's first row among the target's rows
    rows: int


@dataclass(frozen=True)
class Table:
    """What a read query returns, the same from every engine: column names and rows of plain Python values."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class BatchCounts:
    """What one batch did, as the engine reports it (LadybugDB: from counts taken before and after)."""

    nodes_created: int = 0
    relationships_created: int = 0


@dataclass(frozen=True)
class LoadReport:
    """Rows written per label and type, and how many of them created something new (the rest matched)."""

    rows: Mapping[str, int] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    batches: int = 0

    @property
    def node_rows(self) -> int:
        return sum(n for target, n in self.rows.items() if target in NODE_KINDS)

    @property
    def relationship_rows(self) -> int:
        return sum(n for target, n in self.rows.items() if target in REL_KINDS)

    @property
    def nodes_matched(self) -> int:
        return self.node_rows - self.nodes_created

    @property
    def relationships_matched(self) -> int:
        return self.relationship_rows - self.relationships_created


def schema_statements(engine: Engine) -> tuple[str, ...]:
    """Statements that declare the schema; each may run again without effect (IF NOT EXISTS)."""
    if engine == "ladybug":
        nodes = [
            f"CREATE NODE TABLE IF NOT EXISTS {kind.label}"
            f"({KEY} STRING PRIMARY KEY{_ladybug_columns(kind.properties)})"
            for kind in NODE_KINDS.values()
        ]
        rels = [
            f"CREATE REL TABLE IF NOT EXISTS {kind.type}"
            f"(FROM {kind.source} TO {kind.target}{_ladybug_columns(kind.properties)})"
            for kind in REL_KINDS.values()
        ]
        return tuple(nodes + rels)
    if engine == "neo4j":
        statements = []
        for label in NODE_KINDS:
            name = label.lower()
            statements.append(
                f"CREATE CONSTRAINT {name}_{KEY} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{KEY} IS UNIQUE"
            )
            statements += [
                f"CREATE INDEX {name}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
                for prop in _NEO4J_INDEXES.get(label, ())
            ]
        return tuple(statements)
    raise WriterError(f"unknown engine {engine!r}")


def _ladybug_columns(properties: Sequence[Property]) -> str:
    return "".join(f", {_checked(p.name)} {_LADYBUG_TYPES[p.kind]}" for p in properties)


def node_statement(label: str, null_columns: frozenset[str] = frozenset()) -> str:
    """``UNWIND $rows AS row MERGE (n:Label {iri: row.iri}) SET n.p = row.p, ...``.

    ``null_columns`` are set to a literal NULL: LadybugDB types a parameter column that is null in every row
    as STRING, which it will not store in an INT64 property; NULL (no value) is what those rows hold anyway.
    """
    kind = _node_kind(label)
    merge = f"UNWIND $rows AS row MERGE (n:{kind.label} {{{KEY}: row.{KEY}}})"
    return merge + _set_clause("n", kind.properties, null_columns)


def relationship_statement(rel_type: str, null_columns: frozenset[str] = frozenset()) -> str:
    """``UNWIND $rows AS row MATCH (a:From {iri: row.src}) MATCH (b:To {iri: row.dst})
    MERGE (a)-[r:TYPE]->(b) SET r.p = row.p, ...``."""
    kind = _rel_kind(rel_type)
    match = (
        f"UNWIND $rows AS row MATCH (a:{kind.source} {{{KEY}: row.src}}) "
        f"MATCH (b:{kind.target} {{{KEY}: row.dst}}) MERGE (a)-[r:{kind.type}]->(b)"
    )
    return match + _set_clause("r", kind.properties, null_columns)


def _set_clause(variable: str, properties: Sequence[Property], null_columns: frozenset[str]) -> str:
    if not properties:
        return ""
    assignments = [
        f"{variable}.{_checked(p.name)} = {'NULL' if p.name in null_columns else 'row.' + p.name}"
        for p in properties
    ]
    return " SET " + ", ".join(assignments)


def statements(graph: PropertyGraph, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Statement]:
    """Every batch of ``graph``: all nodes first (relationships need their ends), then relationships."""
    if batch_size < 1:
        raise WriterError("the batch size must be at least 1")
    for label, rows in graph.nodes.items():
        node_kind = _node_kind(label)
        yield from _batches(rows, batch_size, node_kind.label, "node", node_kind.properties, node_statement)
    for rel_type, rows in graph.relationships.items():
        rel_kind = _rel_kind(rel_type)
        yield from _batches(
            rows, batch_size, rel_kind.type, "relationship", rel_kind.properties, relationship_statement
        )


def _batches(
    rows: Sequence[Row],
    size: int,
    target: str,
    kind: Literal["node", "relationship"],
    properties: Sequence[Property],
    build: Callable[[str, frozenset[str]], str],
) -> Iterator[Statement]:
    for first in range(0, len(rows), size):
        batch = list(rows[first : first + size])
        nulls = _null_columns(properties, batch)
        yield Statement(build(target, nulls), {"rows": batch}, target, kind, first, len(batch))


def _null_columns(properties: Sequence[Property], rows: Sequence[Row]) -> frozenset[str]:
    return frozenset(
        p.name for p in properties if p.kind != "string" and all(r[p.name] is None for r in rows)
    )


# --- node upsert without MERGE ------------------------------------------------------------------------------
# LadybugDB 0.22 plans `UNWIND ... MERGE (n:Label {iri: ...})` as a scan of the whole table: a batch of 1000
# documents took 0.2 s on an empty table and 1.1 s at 60k nodes, while MATCH on the primary key stays at ~6 ms
# per 1000 and CREATE stays flat. For an embedded database (one writer) the same effect as MERGE comes from:
# look the batch's keys up, SET the nodes that exist, CREATE the others, in the batch's transaction. These
# statements are in the subset both engines accept; Neo4j keeps MERGE (indexed there, safe with concurrent
# writers). Relationships keep MERGE everywhere: LadybugDB matches `(a {iri})-[r]->(b {iri})` no faster.


def lookup_statement(label: str) -> str:
    """Which of ``$rows`` (``{iri}`` each) exist: returns their ``iri``."""
    kind = _node_kind(label)
    return f"UNWIND $rows AS row MATCH (n:{kind.label} {{{KEY}: row.{KEY}}}) RETURN n.{KEY} AS {KEY}"


def update_statement(label: str, null_columns: frozenset[str] = frozenset()) -> str:
    kind = _node_kind(label)
    head = f"UNWIND $rows AS row MATCH (n:{kind.label} {{{KEY}: row.{KEY}}})"
    return head + _set_clause("n", kind.properties, null_columns)


def create_statement(label: str, null_columns: frozenset[str] = frozenset()) -> str:
    kind = _node_kind(label)
    head = f"UNWIND $rows AS row CREATE (n:{kind.label} {{{KEY}: row.{KEY}}})"
    return head + _set_clause("n", kind.properties, null_columns)


def upsert_statements(statement: Statement, existing: set[str]) -> list[Statement]:
    """A node batch as an update of the nodes whose ``iri`` is in ``existing`` and a creation of the others;
    an ``iri`` repeated within the batch keeps its last row (as MERGE then SET would)."""
    kind = _node_kind(statement.target)
    rows = list({row[KEY]: row for row in statement.parameters["rows"]}.values())
    parts = []
    for build, part in (
        (update_statement, [r for r in rows if r[KEY] in existing]),
        (create_statement, [r for r in rows if r[KEY] not in existing]),
    ):
        if part:
            text = build(kind.label, _null_columns(kind.properties, part))
            parts.append(Statement(text, {"rows": part}, kind.label, "node", statement.first_row, len(part)))
    return parts


RunBatch = Callable[[Statement], BatchCounts]
Progress = Callable[[int], None]


def write_graph(
    graph: PropertyGraph,
    run_batch: RunBatch,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> LoadReport:
    """Run every batch through ``run_batch`` (one statement, one transaction); raise BatchFailed on the first
    failure, after which the database holds exactly the batches before it."""
    rows: dict[str, int] = {}
    nodes_created = relationships_created = batches = 0
    for statement in statements(graph, batch_size):
        try:
            counts = run_batch(statement)
        except BatchFailed:
            raise
        except Exception as exc:  # the engines raise their own error types; report them all the same way
            raise BatchFailed(statement, exc) from exc
        rows[statement.target] = rows.get(statement.target, 0) + statement.rows
        nodes_created += counts.nodes_created
        relationships_created += counts.relationships_created
        batches += 1
        if progress is not None:
            progress(statement.rows)
    log.info("wrote %d batches: %s", batches, rows)
    return LoadReport(rows, nodes_created, relationships_created, batches)


def _node_kind(label: str) -> NodeKind:
    if label not in NODE_KINDS:
        raise WriterError(f"{label!r} is not a node label of the property graph ({', '.join(NODE_KINDS)})")
    return NODE_KINDS[label]


def _rel_kind(rel_type: str) -> RelKind:
    if rel_type not in REL_KINDS:
        raise WriterError(
            f"{rel_type!r} is not a relationship type of the property graph ({', '.join(REL_KINDS)})"
        )
    return REL_KINDS[rel_type]


def _checked(name: str) -> str:
    """A property name goes into statement text: it must be a plain identifier (the mapping's are)."""
    if not _IDENTIFIER.match(name):
        raise WriterError(f"{name!r} is not a valid property name")
    return name


def count_statement(target: str) -> str:
    """``RETURN count(...) AS n`` of one label or relationship type (both engines)."""
    if target in NODE_KINDS:
        return f"MATCH (n:{target}) RETURN count(n) AS n"
    kind = _rel_kind(target)
    return f"MATCH (:{kind.source})-[r:{kind.type}]->(:{kind.target}) RETURN count(r) AS n"
