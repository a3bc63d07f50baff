"""The Neo4j sink: the same statements as the embedded sink, sent with the official driver; and the CSV files
for ``neo4j-admin database import full`` (the fast path for a large, empty database).

Connection settings come from the environment (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) and
the password never appears in a message or a repr. Every batch runs in a managed write transaction
(``session.execute_write``): the driver retries transient errors, and a batch that fails is rolled back whole.
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import Dataset

from graph.cypher import (
    DEFAULT_BATCH_SIZE,
    BatchCounts,
    LoadReport,
    Progress,
    Statement,
    Table,
    schema_statements,
    write_graph,
)
from graph.property import KEY, NODE_KINDS, REL_KINDS, Property, PropertyGraph, to_property_graph

log = logging.getLogger(__name__)

ARRAY_DELIMITER = "\x1f"  # ASCII unit separator: never part of article text, unlike ";" (the default)
_CSV_TYPES = {"string": "", "int": ":long", "strings": ":string[]"}


class Neo4jSinkError(RuntimeError):
    """Neo4j cannot be reached, refuses the credentials, or a setting is missing."""


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str
    username: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Neo4jSettings:
        env = os.environ if environ is None else environ
        uri = env.get("NEO4J_URI", "").strip()
        if not uri:
            raise Neo4jSinkError("NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687)")
        return cls(
            uri=uri,
            username=env.get("NEO4J_USERNAME", "neo4j"),
            password=env.get("NEO4J_PASSWORD", ""),
            database=env.get("NEO4J_DATABASE") or None,
        )


def connect(settings: Neo4jSettings) -> Any:
    """A driver that has reached the server; errors name the URI, never the password."""
    import neo4j
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

    driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise Neo4jSinkError(f"Neo4j at {settings.uri} refused user {settings.username!r}") from exc
    except (ServiceUnavailable, Neo4jError, OSError, ValueError) as exc:
        driver.close()
        raise Neo4jSinkError(f"cannot reach Neo4j at {settings.uri}: {type(exc).__name__}") from exc
    return driver


def load_into_neo4j(
    source: Dataset | PropertyGraph,
    settings: Neo4jSettings,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> LoadReport:
    """Write the property graph of ``source`` into Neo4j: schema first, then one managed write transaction
    per batch. Idempotent; raises ``graph.cypher.BatchFailed`` on a failed batch (rolled back; earlier ones
    stay)."""
    graph = source if isinstance(source, PropertyGraph) else to_property_graph(source)
    driver = connect(settings)
    try:
        with driver.session(database=settings.database) as session:
            for statement in schema_statements("neo4j"):
                session.run(statement).consume()  # schema changes need their own auto-commit transactions
            return write_graph(graph, lambda s: _run_batch(session, s), batch_size, progress)
    finally:
        driver.close()


def _run_batch(session: Any, statement: Statement) -> BatchCounts:
    counters = session.execute_write(_write, statement.text, statement.parameters)
    return BatchCounts(counters.nodes_created, counters.relationships_created)


def _write(tx: Any, text: str, parameters: Mapping[str, Any]) -> Any:
    return tx.run(text, dict(parameters)).consume().counters


class Neo4jReader:
    """Read queries in managed read transactions: ``with Neo4jReader(settings) as db: db.run(text)``."""

    def __init__(self, settings: Neo4jSettings) -> None:
        self.settings = settings
        self._driver: Any = None

    def __enter__(self) -> Neo4jReader:
        self._driver = connect(self.settings)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._driver is not None:
            self._driver.close()
        self._driver = None

    def run(self, text: str, parameters: Mapping[str, Any] | None = None) -> Table:
        if self._driver is None:
            raise Neo4jSinkError("the reader is not open: use it in a `with` block")
        with self._driver.session(database=self.settings.database) as session:
            return session.execute_read(_read, text, dict(parameters or {}))


def _read(tx: Any, text: str, parameters: Mapping[str, Any]) -> Table:
    result = tx.run(text, parameters)
    columns = tuple(result.keys())
    return Table(columns, tuple(tuple(record.values()) for record in result))


# ---------------------------------------------------------------------------------------------------------
# neo4j-admin import files
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportFiles:
    """The CSV files written for ``neo4j-admin database import full`` and the schema to run afterwards."""

    nodes: tuple[Path, ...]
    relationships: tuple[Path, ...]
    schema: Path

    def command(self, database: str = "neo4j") -> str:
        """The command line that imports the files into an empty (or overwritten) database."""
        parts = [
            "neo4j-admin database import full --overwrite-destination",
            f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X} --multiline-fields=true",
            *(f"--nodes={path.resolve()}" for path in self.nodes),
            *(f"--relationships={path.resolve()}" for path in self.relationships),
            database,
        ]
        return " \\\n  ".join(parts)


def export_neo4j_import(source: Dataset | PropertyGraph, directory: Path) -> ImportFiles:
    """One CSV file per label and relationship type with neo4j-admin's typed headers, and schema.cypher."""
    graph = source if isinstance(source, PropertyGraph) else to_property_graph(source)
    directory.mkdir(parents=True, exist_ok=True)
    nodes = []
    for label, kind in NODE_KINDS.items():
        header = [f"{KEY}:ID", *(_csv_column(p) for p in kind.properties), ":LABEL"]
        rows = (
            [row[KEY], *(_csv_value(row[p.name]) for p in kind.properties), label]
            for row in graph.nodes[label]
        )
        nodes.append(_write_csv(directory / f"{label.lower()}.csv", header, rows))
    relationships = []
    for rel_type, rel in REL_KINDS.items():
        header = [":START_ID", ":END_ID", ":TYPE", *(_csv_column(p) for p in rel.properties)]
        rows = (
            [row["src"], row["dst"], rel_type, *(_csv_value(row[p.name]) for p in rel.properties)]
            for row in graph.relationships[rel_type]
        )
        relationships.append(_write_csv(directory / f"{rel_type.lower()}.csv", header, rows))
    schema = directory / "schema.cypher"
    schema.write_text(
        "".join(f"{statement};\n" for statement in schema_statements("neo4j")), encoding="utf-8"
    )
    return ImportFiles(tuple(nodes), tuple(relationships), schema)


def _csv_column(prop: Property) -> str:
    return prop.name + _CSV_TYPES[prop.kind]


def _csv_value(value: Any) -> str:
    """Empty for null (neo4j-admin then sets no property); lists joined with the array delimiter."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(item).replace(ARRAY_DELIMITER, " ") for item in value)
    return str(value)


def _write_csv(path: Path, header: Sequence[str], rows: Any) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path
