"""`vankien push`, `query`, `cypher`, `export`: the property graph in LadybugDB or Neo4j and its queries.

Exit codes: 0 done; 1 error (unreadable graph or database, unknown query or parameter, ambiguous value,
unreachable Neo4j, refused write, failed batch).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable
from rich.text import Text

from graph.cypher import BatchFailed, LoadReport, Table
from graph.ladybug_sink import LadybugError, LadybugReader, load_into_ladybug
from graph.neo4j_sink import (
    Neo4jReader,
    Neo4jSettings,
    Neo4jSinkError,
    export_neo4j_import,
    load_into_neo4j,
)
from graph.property import PropertyGraph, to_property_graph
from graph.store import StoreError, load_dataset
from queries.runner import QueryError, ensure_read_only, load_queries, named_query, run_cypher, run_sparql
from vankien.app import app

EXIT_ERROR = 1
DEFAULT_GRAPH = Path("out/graph.trig")
DEFAULT_DB = Path("out/graph.lbug")
FORMATS = ("table", "json", "csv")
_EXPECTED = (StoreError, LadybugError, Neo4jSinkError, BatchFailed, QueryError)

GraphOption = Annotated[Path, typer.Option("--graph", help="Graph file written by `vankien build`.")]
DbOption = Annotated[Path, typer.Option("--db", help="Embedded database written by `vankien build`.")]
FormatOption = Annotated[str, typer.Option("--format", help="table, json or csv.")]
ParamOption = Annotated[
    list[str] | None, typer.Option("--param", "-p", help="k=v; doc accepts an IRI or a symbol (21-KL/TW).")
]


def fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def read_property_graph(path: Path) -> PropertyGraph:
    try:
        return to_property_graph(load_dataset(path))
    except StoreError as error:
        raise fail(str(error)) from None


@app.command("push")
def push_command(
    to: Annotated[str, typer.Option("--to", help="neo4j (settings from NEO4J_* variables) or ladybug.")],
    graph: GraphOption = DEFAULT_GRAPH,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per transaction.")] = 1000,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Load the graph into Neo4j (or the embedded database, in place); loading again changes nothing."""
    if to not in ("neo4j", "ladybug"):
        raise typer.BadParameter("use neo4j or ladybug", param_hint="--to")
    rows = read_property_graph(graph)
    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(f"writing to {to}", total=rows.node_count() + rows.relationship_count())

            def advance(done: int) -> None:
                bar.advance(task, done)

            if to == "neo4j":
                report = load_into_neo4j(rows, Neo4jSettings.from_env(), batch_size, advance)
            else:
                report = load_into_ladybug(rows, db, batch_size, advance)
    except _EXPECTED as error:
        raise fail(str(error)) from None
    Console().print(load_summary(report, to))


def load_summary(report: LoadReport, target: str) -> RichTable:
    table = RichTable(title=f"pushed to {target} ({report.batches} batches)")
    for column in ("", "rows", "created", "matched"):
        table.add_column(column, justify="left" if not column else "right")
    table.add_row("nodes", *map(str, (report.node_rows, report.nodes_created, report.nodes_matched)))
    table.add_row(
        "relationships",
        *map(str, (report.relationship_rows, report.relationships_created, report.relationships_matched)),
    )
    return table


@app.command("query")
def query_command(
    name: Annotated[str | None, typer.Argument(help="Named query; leave out to list them.")] = None,
    param: ParamOption = None,
    neo4j: Annotated[bool, typer.Option("--neo4j", help="Run on Neo4j (NEO4J_* variables).")] = False,
    sparql: Annotated[bool, typer.Option("--sparql", help="Run the .rq version over the RDF graph.")] = False,
    db: DbOption = DEFAULT_DB,
    graph: GraphOption = DEFAULT_GRAPH,
    fmt: FormatOption = "table",
) -> None:
    """Run a named query (queries/*.cypher, or *.rq with --sparql) and print its rows."""
    check_format(fmt)
    if name is None:
        Console().print(query_list())
        return
    raw = parse_params(param or [])
    try:
        if sparql:
            table = run_sparql(named_query(name, "sparql"), raw, load_dataset(graph))
        elif neo4j:
            with Neo4jReader(Neo4jSettings.from_env()) as engine:
                table = run_cypher(named_query(name), raw, engine)
        else:
            with LadybugReader(db) as engine:
                table = run_cypher(named_query(name), raw, engine)
    except _EXPECTED as error:
        raise fail(str(error)) from None
    print_table(table, fmt, title=name)


@app.command("cypher")
def cypher_command(
    text: Annotated[str, typer.Argument(help="A read-only Cypher query.")],
    param: ParamOption = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
) -> None:
    """Run an ad-hoc read query on the embedded database (writes refused; the database opens read-only)."""
    check_format(fmt)
    try:
        ensure_read_only(text)
        with LadybugReader(db) as engine:
            table = engine.run(text, parse_params(param or []))
    except _EXPECTED as error:
        raise fail(str(error)) from None
    print_table(table, fmt)


@app.command("export")
def export_command(
    kind: Annotated[str, typer.Argument(help="neo4j-import: CSV files for neo4j-admin database import.")],
    directory: Annotated[Path, typer.Argument(help="Directory for the files.")],
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Write the property graph as files another tool imports, and print how to import them."""
    if kind != "neo4j-import":
        raise typer.BadParameter("only neo4j-import is supported", param_hint="KIND")
    files = export_neo4j_import(read_property_graph(graph), directory)
    typer.echo(f"wrote {len(files.nodes) + len(files.relationships)} CSV files to {directory}")
    typer.echo("import them into a stopped Neo4j 5 (this replaces the database):")
    typer.echo("  " + files.command())
    typer.echo(f"then create the constraints and indexes: cypher-shell -f {files.schema}")


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")


def parse_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{item!r} is not k=v", param_hint="--param")
        params[key.strip()] = value
    return params


def query_list() -> RichTable:
    table = RichTable(title="named queries (vankien query NAME --param k=v)")
    for column in ("name", "params", "sparql", "answers"):
        table.add_column(column)
    sparql = load_queries("sparql")
    for query in load_queries("cypher").values():
        has_rq = "yes" if query.name in sparql else ""
        table.add_row(Text(query.name), Text(", ".join(query.params)), has_rq, Text(query.answers))
    return table


def print_table(table: Table, fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        typer.echo(json.dumps(table.as_dicts(), ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        typer.echo(as_csv(table), nl=False)
    else:
        shown = RichTable(title=title, caption=f"{len(table.rows)} rows")
        for column in table.columns:
            shown.add_column(column)
        for row in table.rows:
            shown.add_row(*(Text(cell_text(value)) for value in row))  # Text: article strings are not markup
        Console().print(shown)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(cell_text(item) for item in value)
    return str(value)


def csv_cell(value: Any) -> str:
    """Lists as JSON arrays (one cell, unambiguous), null as an empty cell."""
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, list) else cell_text(value)


def as_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()
