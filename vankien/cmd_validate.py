"""`vankien validate FILE`: check an RDF file against the SHACL shapes (union of all its graphs)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rdflib import Dataset
from rdflib.util import guess_format

from vankien.app import app

EXIT_NOT_CONFORMING = 1
EXIT_BAD_INPUT = 2


class UnreadableRdf(ValueError):
    """The file is missing, of an unknown format or not parseable."""


def load_dataset(path: Path) -> Dataset:
    """Parse ``path`` into a union Dataset; the format comes from the suffix (.trig, .nq, .ttl, .jsonld)."""
    rdf_format = guess_format(str(path))
    if rdf_format is None:
        raise UnreadableRdf(f"{path}: cannot tell the RDF format from the suffix (.trig, .nq, .ttl, .jsonld)")
    if not path.is_file():
        raise UnreadableRdf(f"{path}: cannot read: no such file")
    ds = Dataset(default_union=True)
    try:
        # triple formats (.ttl, .nt) land in the default graph; .trig/.nq/.jsonld keep their named graphs
        ds.parse(str(path), format=rdf_format)
    except Exception as error:  # rdflib's parsers raise many unrelated types; all mean "not this format"
        raise UnreadableRdf(f"{path}: cannot parse as {rdf_format}: {error}") from error
    return ds


@app.command("validate")
def validate_command(
    file: Annotated[
        Path, typer.Argument(help="RDF file: .trig or .nq (named graphs), .ttl, .nt or .jsonld.")
    ],
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many violations.")] = 100,
) -> None:
    """Check a knowledge-graph file against the SHACL shapes; exit 1 when it does not conform."""
    from graph.validate import validate_dataset  # pySHACL is slow to import: only when validating

    try:
        ds = load_dataset(file)
    except UnreadableRdf as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    report = validate_dataset(ds)
    typer.echo(report.summary(limit=limit))
    if not report.conforms:
        raise typer.Exit(EXIT_NOT_CONFORMING)
