"""Core data types of the extraction pipeline.

Frozen dataclasses, validated in ``__post_init__`` only; no I/O. Offsets are always Python code-point offsets into
``Article.text`` exactly as it was read (never into a normalised copy).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Document type ids (see docs/domain and FORMAT.md). The Vietnamese head noun decides the type, not the symbol.
DOC_TYPES: tuple[str, ...] = (
    "resolution",
    "conclusion",
    "directive",
    "regulation",
    "decision",
    "rules",
    "action_programme",
    "plan",
    "guideline",
    "circular",
    "notice",
    "project",
    "report",
    "dispatch",
    "other",
)
LEVELS: tuple[str, ...] = ("central", "provincial", "district", "grassroots")
PREDICATES: tuple[str, ...] = ("implements", "based_on")


class ExtractionError(ValueError):
    """A record that cannot be turned into an Article (no text, wrong shape)."""


@dataclass(frozen=True)
class Article:
    """One input text with what is known about where it came from."""

    id: str
    text: str
    source: str = ""  # file path or URL the text was read from
    province: str | None = None  # from metadata, outlet or dateline
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or a prefix of one (YYYY-MM)
    title: str | None = None
    encoding: str | None = None  # what the reader detected, for the record

    def __post_init__(self) -> None:
        if not self.id:
            raise ExtractionError("an article needs a non-empty id")
        if not isinstance(self.text, str):
            raise ExtractionError(f"article {self.id!r}: text must be a string")


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in the original article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True)
class Mention:
    """One place where a document is named: ``article.text[span.start:span.end] == surface``."""

    span: Span
    surface: str
    rule: str  # the grammar rule that recognised it, for `explain`


@dataclass(frozen=True)
class Fact:
    """Why one attribute of a document has its value: the rule and the text it came from."""

    attribute: str
    value: str
    rule: str
    span: Span


@dataclass(frozen=True)
class Document:
    """A document as one article describes it (all its mentions merged within the article)."""

    local_id: str  # "d0", "d1", ... unique within the article
    type: str
    number: str | None = None
    symbol: str | None = None  # normalised NUMBER-TYPE/ORGAN, or None when the text gives no full symbol
    organ: str | None = None  # organ code from the symbol ("TW", "TU", "HU", ...), also from partial symbols
    date: str | None = None  # ISO date of issue, only when the text states it
    year: int | None = None  # year of issue when only the year is known (or from the date)
    issuer: tuple[
        str, ...
    ] = ()  # issuing bodies as the text names them, abbreviations expanded, places dropped
    issuer_province: str | None = None  # the place name dropped from the issuer, when it names one
    level: str | None = None
    subject: str | None = None  # the "về ..." phrase
    term: str | None = None  # khóa, as a Roman numeral ("XIII")
    congress: str | None = None  # for congress resolutions: ordinal of the congress, Roman ("XIII")
    plenum: int | None = None  # for plenum documents: "Hội nghị Trung ương 4" -> 4
    is_set: bool = False  # a set-mention ("2 đề án", "nghị quyết, kết luận Hội nghị Trung ương 4")
    mentions: tuple[Mention, ...] = ()
    facts: tuple[Fact, ...] = ()

    def __post_init__(self) -> None:
        if self.type not in DOC_TYPES:
            raise ValueError(f"unknown document type {self.type!r}")
        if self.level is not None and self.level not in LEVELS:
            raise ValueError(f"unknown level {self.level!r}")
        if not self.mentions:
            raise ValueError(f"document {self.local_id} has no mention")

    @property
    def first_span(self) -> Span:
        return self.mentions[0].span


@dataclass(frozen=True)
class Evidence:
    """Where a relation is asserted: the sentence span in the article and the rule that fired."""

    span: Span
    sentence: str
    rule: str


@dataclass(frozen=True)
class Relation:
    """``subject predicate object`` between two documents of one article (by local id)."""

    subject: str
    predicate: str
    object: str
    evidence: Evidence

    def __post_init__(self) -> None:
        if self.predicate not in PREDICATES:
            raise ValueError(f"unknown predicate {self.predicate!r}")
        if self.subject == self.object:
            raise ValueError("a document cannot relate to itself")


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    documents: tuple[Document, ...] = ()
    relations: tuple[Relation, ...] = field(default=())

    def document(self, local_id: str) -> Document:
        for doc in self.documents:
            if doc.local_id == local_id:
                return doc
        raise KeyError(local_id)
