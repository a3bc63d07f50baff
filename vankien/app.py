"""The typer application object; command modules register themselves on it (see vankien/cli.py)."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="vankien",
    help="Turn Vietnamese reporting on Party directives into a knowledge graph you can trace, query and view.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """vankien: Vietnamese Party directives as a knowledge graph."""
