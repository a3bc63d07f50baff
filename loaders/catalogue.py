"""The catalogue of central documents (loaders/data/catalogue.json): checked facts that enrich the graph.

News often names a central document without its symbol or date ("Kết luận số 21", "Nghị quyết Trung ương 4
khóa XII"); the catalogue says which document that is, and every fact taken from it keeps its source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from loaders.identity import CENTRAL_SCOPE, DocumentKey, normalise_number, normalise_organ, organ_slug
from loaders.model import DOC_TYPES


class CatalogueError(ValueError):
    """The catalogue file is missing a field or has a wrong value; the message names the entry."""


@dataclass(frozen=True)
class CatalogueEntry:
    symbol: str
    type: str
    number: str
    organ: str
    date: str
    issuer: tuple[str, ...]
    term: str | None
    plenum: int | None
    subject: str | None
    source: str

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @cached_property
    def key(self) -> DocumentKey:
        number = normalise_number(self.number)
        return DocumentKey(self.type, number, organ_slug(self.organ), str(self.year), CENTRAL_SCOPE)


@dataclass(frozen=True)
class PlenumEntry:
    """What a plenum name ("Nghị quyết Trung ương 6 khóa XII") refers to: one document, or several."""

    name: str
    plenum: int
    term: str
    symbols: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Catalogue:
    documents: tuple[CatalogueEntry, ...] = ()
    plenums: tuple[PlenumEntry, ...] = ()

    @cached_property
    def _by_key(self) -> dict[DocumentKey, CatalogueEntry]:
        return {entry.key: entry for entry in self.documents}

    def entry(self, key: DocumentKey) -> CatalogueEntry | None:
        return self._by_key.get(key)

    def plenum_documents(self, plenum: int, term: str | None) -> tuple[CatalogueEntry, ...]:
        """Documents of plenum N of a term (of every term when ``term`` is None)."""
        found: list[CatalogueEntry] = []
        for row in self.plenums:
            if row.plenum != plenum or (term is not None and row.term != term):
                continue
            found.extend(e for e in self.documents if e.symbol in row.symbols and e.term == row.term)
        return tuple(found)


def _entry(row: dict, where: str) -> CatalogueEntry:
    try:
        symbol = str(row["symbol"])
        organ = symbol.rsplit("/", 1)[1]
        entry = CatalogueEntry(
            symbol=symbol,
            type=str(row["type"]),
            number=str(row["number"]),
            organ=normalise_organ(organ),
            date=str(row["date"]),
            issuer=tuple(row["issuer"]),
            term=row.get("term"),
            plenum=row.get("plenum"),
            subject=row.get("subject"),
            source=str(row["source"]),
        )
    except (KeyError, IndexError, TypeError) as exc:
        raise CatalogueError(f"{where}: missing or malformed field ({exc})") from exc
    if entry.type not in DOC_TYPES or not entry.date[:4].isdigit() or not entry.source.strip():
        raise CatalogueError(f"{where}: needs a known type, an ISO date and a source")
    return entry


def _plenum(row: dict, where: str) -> PlenumEntry:
    try:
        return PlenumEntry(
            str(row["name"]),
            int(row["plenum"]),
            str(row["term"]),
            tuple(row["documents"]),
            str(row["source"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogueError(f"{where}: missing or malformed field ({exc})") from exc


def load_catalogue(path: Path | None = None) -> Catalogue:
    """The shipped catalogue, or the one at ``path`` (same JSON shape)."""
    if path is None:
        text = resources.files("loaders").joinpath("data/catalogue.json").read_text(encoding="utf-8")
        where = "loaders/data/catalogue.json"
    else:
        text, where = path.read_text(encoding="utf-8"), str(path)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"{where}: not JSON ({exc})") from exc
    documents = tuple(_entry(r, f"{where} documents[{i}]") for i, r in enumerate(raw.get("documents", ())))
    plenums = tuple(_plenum(r, f"{where} plenums[{i}]") for i, r in enumerate(raw.get("plenums", ())))
    known = {e.symbol for e in documents}
    for row in plenums:
        missing = [s for s in row.symbols if s not in known]
        if missing:
            raise CatalogueError(f"{where}: plenum {row.name!r} names unknown documents {missing}")
    return Catalogue(documents, plenums)
