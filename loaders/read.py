"""Read inputs into Articles. Minimal first version: JSON lines and plain text (replaced by the full reader)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.model import Article, ExtractionError


@dataclass(frozen=True)
class Skipped:
    """An input (file or record) that could not be read, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def article_from_record(record: object, where: str) -> Article:
    if not isinstance(record, dict):
        raise ExtractionError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ExtractionError("no text")
    source = record.get("source")
    meta = source if isinstance(source, dict) else {}
    return Article(
        id=str(record.get("id") or where),
        text=text,
        source=str(meta.get("url") or meta.get("file") or (source if isinstance(source, str) else "") or where),
        province=meta.get("province"),
        outlet=meta.get("outlet"),
        published=meta.get("published"),
    )


def read_inputs(paths: Iterable[Path]) -> Iterator[Article | Skipped]:
    for path in paths:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for n, line in enumerate(lines, 1):
                    if not line.strip():
                        continue
                    where = f"{path}:{n}"
                    try:
                        yield article_from_record(json.loads(line), where)
                    except (json.JSONDecodeError, ExtractionError) as exc:
                        yield Skipped(where, str(exc))
        else:
            yield Article(id=path.stem, text=path.read_text(encoding="utf-8"), source=str(path))
