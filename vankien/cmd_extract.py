"""`vankien extract`: print what the extraction engine finds in each input record."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from loaders.extract import extract
from loaders.model import Article, Extraction
from vankien.app import app


def extraction_as_json(result: Extraction) -> dict:
    """The eval FORMAT.md view of one article's extraction."""
    docs = []
    for doc in result.documents:
        docs.append(
            {
                "id": doc.local_id,
                "type": doc.type,
                "number": doc.number,
                "symbol": doc.symbol,
                "date": doc.date,
                "issuer": ", ".join(doc.issuer) or None,
                "level": doc.level,
                "subject": doc.subject,
                "term": doc.term,
                "mentions": [[m.span.start, m.span.end] for m in doc.mentions],
            }
        )
    impl = [[r.subject, r.object] for r in result.relations if r.predicate == "implements"]
    based = [[r.subject, r.object] for r in result.relations if r.predicate == "based_on"]
    return {"id": result.article.id, "documents": docs, "implements": impl, "based_on": based}


@app.command("extract")
def extract_command(
    files: list[Path] = typer.Argument(
        ..., help="JSON-lines files of {id, text, source} records, or .txt files."
    ),
    fmt: str = typer.Option("jsonl", "--format", help="Output format: jsonl (one JSON object per record)."),
) -> None:
    """Find the Party documents each record mentions, their attributes and relations (eval FORMAT.md)."""
    if fmt != "jsonl":
        raise typer.BadParameter("only 'jsonl' is supported", param_hint="--format")
    from loaders.read import read_inputs

    errors = 0
    for item in read_inputs(files):
        if not isinstance(item, Article):
            errors += 1
            typer.echo(f"error: {item}", err=True)
            continue
        try:
            result = extract(item)
        except Exception as exc:  # an engine bug on one record: report it, go on with the others
            errors += 1
            typer.echo(f"error: record {item.id!r}: extraction failed: {type(exc).__name__}: {exc}", err=True)
            continue
        sys.stdout.write(json.dumps(extraction_as_json(result), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if errors:
        typer.echo(f"{errors} record(s) skipped", err=True)
