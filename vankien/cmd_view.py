"""`vankien view`: write an interactive HTML view (pyvis / vis-network) of the graph or a part of it.

Exit codes: 0 written; 1 error (unreadable graph, unknown focus, bad filter, nothing matches, too many nodes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph.store import StoreError
from graph.view import (
    DEFAULT_MAX_NODES,
    ViewError,
    ViewTooLargeError,
    load_network,
    render_html,
    select_subgraph,
    write_html,
)
from vankien.app import app

EXIT_ERROR = 1
DEFAULT_GRAPH = Path("out/graph.trig")
NARROWING_HINT = "narrow it with --focus DOC [--depth N], --province P, --type T or --since DATE"


@app.command("view")
def view_command(
    out: Annotated[
        Path, typer.Option("--out", help="HTML file to write (one self-contained, offline file).")
    ],
    graph: Annotated[
        Path, typer.Option("--graph", help="Graph file written by `vankien build`.")
    ] = DEFAULT_GRAPH,
    focus: Annotated[
        str | None,
        typer.Option(
            "--focus", help="Show the neighbourhood of a document: symbol (21-KL/TW), mention or IRI."
        ),
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Steps around --focus to show.")] = 1,
    province: Annotated[
        str | None, typer.Option("--province", help="Only this province's documents.")
    ] = None,
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type", help="Only these document types (plan, conclusion, Kế hoạch, ...); repeatable."
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only documents issued on or after this date.")
    ] = None,
    tree: Annotated[bool, typer.Option("--tree", help="Draw implementation trees top-down.")] = False,
    title: Annotated[
        str | None, typer.Option("--title", help="Page title (default: what the view shows).")
    ] = None,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", min=1, help="Refuse views larger than this.")
    ] = DEFAULT_MAX_NODES,
) -> None:
    """Write an HTML view of the graph: all of it, a document's neighbourhood, a province, types, a period."""
    try:
        view = select_subgraph(load_network(graph), focus, depth, province, types or (), since)
        path = write_html(render_html(view, tree=tree, title=title, max_nodes=max_nodes), out)
    except ViewTooLargeError as error:
        typer.echo(f"error: {error}; {NARROWING_HINT}, or pass --max-nodes {error.nodes}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    except (ViewError, StoreError, OSError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    typer.echo(f"wrote {path}: {view.number_of_nodes()} nodes, {view.number_of_edges()} edges")
