"""Sentence boundaries, for evidence and for keeping relations inside one sentence.

A sentence ends at ". ", "! ", "? ", "…" followed by a capital (or an opening quote or bracket), at a blank line,
at a line break after sentence punctuation or a colon or after a line that is only a posting time, and before a
bulleted line or a lead's dateline. Abbreviation dots ("T.Ư",
"TP. Hà Nội") do not end a sentence, and neither does a single line break inside running text (hard-wrapped
pages: "... của Ban Thường vụ\\nTỉnh ủy Bắc Kạn ..."): an over-long sentence is better than a mention cut in two.

Boundaries are found lazily, around the positions asked for: articles are long and mentions few, so scanning
every sentence of every article would cost more than the rest of extraction together.
"""

from __future__ import annotations

import bisect
import re

_PUNCT = ".!?…"
_ABBREV_BEFORE = re.compile(r"(?:\b[A-ZĐ][a-zđ]?|\bTP|\bTp|\bThS|\bTS|\bPGS|\bGS|\bNxb|\bst)\.$")
# ... but a Roman ordinal is no initial: "Nghị quyết Đại hội Đảng bộ xã lần thứ I. Thực hiện ..."
_ORDINAL_BEFORE = re.compile(r"(?:lần thứ|khóa|khoá|Khóa|Khoá|Đại hội) [IVXL]\.$")
_OPENERS = "\"“‘'([«"
_LINE_END_PUNCT = '.!?…:"”'
# Words written with a capital only when they open a sentence: a line starting with one starts a sentence even
# when the line before has no final punctuation (a headline, a breadcrumb, a dateline above the lead). Names
# ("Tỉnh ủy", "Hội nghị Trung ương 8") can open a wrapped line mid-sentence, so they are not in the list.
_SENTENCE_OPENER = re.compile(
    r"(?:Thực hiện|Triển khai|Quán triệt|Căn cứ|Để|Nhằm|Theo|Ngày|Sáng|Chiều|Tối|Trước đó|Sau đó|Năm|Vừa qua|"
    r"Thời gian qua|Tiếp tục|Cụ thể|Trong|Qua|Từ|Tại|Với|Đến nay|Hiện nay|Như vậy)\b"
    # a dateline opening the lead, under a headline or a posting time: "(QTO) - Thực hiện ...", "Cà Mau (CMO) - ..."
    r"|(?:[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4} )?\([^()\n]{1,30}\)\s*[-–—]\s"
    # ... or an outlet's code without brackets: "BBN - Thực hiện ..."
    r"|[A-ZĐ][A-Za-zĐ]{1,5}(?:\.[A-Za-z]{2,3})?\s*[-–—]\s"  # ("VOV.VN - ", "VTV.vn - ")
    # ... or its code in brackets with no dash: "(HNM) Thực hiện ..."
    r"|\([A-ZĐ][A-Za-zĐ]{1,7}\)\s+(?=[A-ZĐ])"
)
# A line that is only a posting time: "22/04/2022 - 06:15", "10:25 | 12/09/2023"
_TIMESTAMP_LINE = re.compile(r"[\d\s/:.,|()+\-–]*\d[\d\s/:.,|()+\-–]*")


class Sentences:
    """Sentence spans of one (normalised) text, computed on demand and cached."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        # where a sentence can end (_PUNCT, "\n"), sorted; built on first use
        self._marks: list[int] | None = None

    def _break_marks(self) -> list[int]:
        """Positions of every sentence punctuation mark and line break, found once per text: the scans back and
        forth around each mention then walk this list instead of searching the text again for each mark (a mark
        that is absent, like "…" in most articles, cost a search of the whole text each time)."""
        if self._marks is None:
            marks: list[int] = []
            for mark in (*_PUNCT, "\n"):
                i = self.text.find(mark)
                while i >= 0:
                    marks.append(i)
                    i = self.text.find(mark, i + 1)
            marks.sort()
            self._marks = marks
        return self._marks

    def containing(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self._starts[i] <= pos < self._ends[i]:
            return self._starts[i], self._ends[i]
        start, end = _strip(self.text, self._start_before(pos), self._end_after(pos))
        j = bisect.bisect_left(self._starts, start)
        self._starts.insert(j, start)
        self._ends.insert(j, end)
        return start, end

    def _is_break(self, k: int) -> bool:
        """Is there a sentence break right after index ``k`` (a punctuation mark or a newline)?"""
        text, n = self.text, len(self.text)
        if text[k] == "\n":
            b = k - 1
            while b >= 0 and text[b] in " \t\r":
                b -= 1
            a = k + 1
            while a < n and text[a] in " \t\r":
                a += 1
            return (
                b < 0
                or text[b] in _LINE_END_PUNCT
                or _TIMESTAMP_LINE.fullmatch(text, text.rfind("\n", 0, b) + 1, b + 1) is not None
                or a >= n
                or text[a] == "\n"
                or text.startswith(("- ", "• ", "+ ", "* "), a)
                or _SENTENCE_OPENER.match(text, a) is not None
                or (_opens_in_lower_case(text, a) and _is_caps_line(text, b))
            )
        nxt = k + 1
        while nxt < n and text[nxt] in '"”’)':
            nxt += 1
        if nxt >= n:
            return True
        if not text[nxt].isspace():
            return False
        while nxt < n and text[nxt].isspace():
            nxt += 1
        if nxt >= n or not (text[nxt].isupper() or text[nxt] in _OPENERS):
            return False
        return (
            text[k] != "."
            or not _ABBREV_BEFORE.search(text[max(0, k - 4) : k + 1])
            or _ORDINAL_BEFORE.search(text[max(0, k - 16) : k + 1]) is not None
        )

    def _start_before(self, pos: int) -> int:
        """Just after the last break before ``pos`` (0 if none)."""
        marks = self._break_marks()
        for j in range(bisect.bisect_left(marks, pos) - 1, -1, -1):
            if self._is_break(marks[j]):
                return marks[j] + 1
        return 0

    def _end_after(self, pos: int) -> int:
        """Just after the first break at or after ``pos`` (the text's end if none)."""
        marks = self._break_marks()
        for j in range(bisect.bisect_left(marks, pos), len(marks)):
            if self._is_break(marks[j]):
                return marks[j] + 1
        return len(self.text)


_NOT_LETTER = re.compile(r"[\W\d_]+")


def _is_caps_line(text: str, last: int) -> bool:
    """Is the line ending at ``last`` a title in capitals ("TỈNH ỦY BAN HÀNH KẾ HOẠCH ...")?"""
    line = text[text.rfind("\n", 0, last) + 1 : last + 1]
    return line == line.upper() and len(_NOT_LETTER.sub("", line)) >= 8


def _opens_in_lower_case(text: str, start: int) -> bool:
    """Does the line at ``start`` begin with a word in ordinary case ("Thực", not "NAI": a title wrapped on)?"""
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end - start >= 2 and text[start].isupper() and text[start + 1 : end].islower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> Sentences:
    """A lazy sentence index over ``text`` (normalised text: same offsets as the original when aligned)."""
    return Sentences(text)
