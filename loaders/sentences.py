"""Sentence boundaries, for evidence and for keeping relations inside one sentence.

A sentence ends at ". ", "! ", "? ", "…" followed by a capital, or at a blank line / a line break followed by a
capital (headlines, captions, bylines are their own sentences). Abbreviation dots ("T.Ư", "TP.HCM", "Tp. Hà Nội")
and dates ("1.2.2022") do not end a sentence. A single line break inside a sentence (hard-wrapped text such as
"... của Ban Thường vụ\\nTỉnh ủy Bắc Kạn ...") does not end it when the next line starts in lower case or with a
name that continues the phrase; we accept over-long sentences rather than cut a mention in two.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Break after sentence punctuation followed by space and an upper-case letter / opening quote / digit-less start.
_BREAK = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“(]?[A-ZĐÀ-Ỹ])|\n\s*\n+|\n(?=\s*[-•+*]\s)")
# A single newline ends a sentence when the previous line ends with sentence punctuation or looks like a title.
_LINE_END = re.compile(r"(?<=[.!?…:\"”])\s*\n")
_ABBREV_BEFORE = re.compile(r"(?:\b[A-ZĐ][a-zđ]?|\bTP|\bTp|\bT|\bThS|\bTS|\bPGS|\bGS|\bNxb|\bst)\.$")


@dataclass(frozen=True)
class Sentences:
    bounds: tuple[tuple[int, int], ...]
    _starts: tuple[int, ...]

    def containing(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.bounds[max(i, 0)] if self.bounds else (0, 0)


def split_sentences(text: str) -> Sentences:
    """Sentence spans of ``text`` (normalised text; same offsets as the original when aligned)."""
    cuts: set[int] = set()
    for m in _BREAK.finditer(text):
        head = text[max(0, m.start() - 4) : m.start()]
        if _ABBREV_BEFORE.search(head):
            continue
        cuts.add(m.end())
    for m in _LINE_END.finditer(text):
        cuts.add(m.end())
    bounds: list[tuple[int, int]] = []
    start = 0
    for cut in sorted(cuts):
        if cut > start:
            bounds.append(_strip(text, start, cut))
            start = cut
    if start < len(text):
        bounds.append(_strip(text, start, len(text)))
    bounds = [b for b in bounds if b[1] > b[0]]
    return Sentences(tuple(bounds), tuple(b[0] for b in bounds))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
