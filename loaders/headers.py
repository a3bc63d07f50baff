"""The header of an official document reproduced in a page: the issuing body, the number line, the date line, the
type in capitals and the title.

    ĐẢNG BỘ TỈNH ĐẮK LẮK
    BAN THƯỜNG VỤ TỈNH ỦY
    *
    Số 47-KH/TU
    Đắk Lắk, ngày 25 tháng 7 năm 2025
    KẾ HOẠCH
    thực hiện Kết luận số 150-KL/TW ...

A page listing documents as records of fields gives the same facts:

    Số/Ký hiệu: 152-KH/TU
    Ngày ban hành: 05/09/2025
    Trích yếu: Kế hoạch thực hiện Nghị quyết số 71-NQ/TW ...
    Cơ quan ban hành: Ban Thường vụ Tỉnh ủy

The document is the mention on the number line (``Số 47-KH/TU``, ``Số: 12-CTr/TU``): the body above it issues it
(``issuer.header``), the place-and-date line below dates it (``date.header``), and a title that opens with a cue
makes it implement the cue's object (``implements.header``). Offsets are into the normalised text.
"""

from __future__ import annotations

import re

from loaders.attributes import DATE_RE, Found, Issuance, parse_date
from loaders.find import RawMention
from loaders.issuers import match_org
from loaders.normalize import NormalisedText

# The number line: "Số 47-KH/TU", "Số: 47-KH/TU", after table bars or spaces; searched up to the mention.
_NUMBER_LINE = re.compile(r"(?:^|\n)[ \t|]*so\s*:?\s*$")
# The date line right below, or below the motto beside it: "Đắk Lắk, ngày 25 tháng 7 năm 2025", "Hà Nội, ngày
# 03/10/2024".
_DATE_LINE = re.compile(
    r"(?:[ \t|]*\n[^\n]{0,40}?)?[ \t|]*\n[ \t|]*(?:[^\W\d_][^\n,]{0,30},\s*)?ngay\s+(?=\d)"
)
# A record's number field: "Số/Ký hiệu: 152-KH/TU", "Số ký hiệu:", "Ký hiệu:".
_NUMBER_FIELD = re.compile(r"(?:^|\n)[ \t|]*(?:so\s*/\s*ky\s+hieu|so\s+ky\s+hieu|ky\s+hieu)\s*:?\s*$")
# The record's other fields, up to the next number field: its date and its issuing body.
_DATE_FIELD = re.compile(r"\n[ \t|]*ngay\s+ban\s+hanh\s*:\s*")
_ISSUER_FIELD = re.compile(r"\n[ \t|]*co\s+quan\s+ban\s+hanh\s*:\s*")
_NEXT_NUMBER_FIELD = re.compile(r"\n[ \t|]*(?:so\s*/\s*ky\s+hieu|so\s+ky\s+hieu|ky\s+hieu)\s*:")
_RECORD_SPAN = 600
# The summary field opening with the type and a cue: "Trích yếu: Kế hoạch thực hiện ...".
_SUMMARY_THEN_CUE = re.compile(r"\n[ \t|]*trich\s+yeu\s*:\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+$")
# Lines above the number line that may stand between it and the body: "*", "---", the Party's name.
_LINES_ABOVE = 4
# The type line in capitals, then the title line opening with a cue: "KẾ HOẠCH\nthực hiện ...".
_TYPE_THEN_TITLE = re.compile(r"\n[ \t|]*(?P<type>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3})[ \t|]*\n[ \t|]*$")


def on_number_line(nt: NormalisedText, mention: RawMention) -> bool:
    """Does the mention stand alone after 'Số' at the start of a line?"""
    return _NUMBER_LINE.search(nt.fold, max(0, mention.start - 12), mention.start) is not None


def on_number_field(nt: NormalisedText, mention: RawMention) -> bool:
    """Does the mention stand alone in a record's number field ("Số/Ký hiệu: 152-KH/TU")?"""
    return _NUMBER_FIELD.search(nt.fold, max(0, mention.start - 16), mention.start) is not None


def _record_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    """The date and body fields of the record whose number field holds the mention."""
    end = min(len(nt.fold), mention.end + _RECORD_SPAN)
    if (following := _NEXT_NUMBER_FIELD.search(nt.fold, mention.end, end)) is not None:
        end = following.start()
    found_date = issuer = None
    if (field := _DATE_FIELD.search(nt.fold, mention.end, end)) and (
        d := DATE_RE.match(nt.fold, field.end())
    ):
        iso = parse_date(d)
        found_date = Found(iso, d.start(), d.end(), "date.record") if iso else None
    if field := _ISSUER_FIELD.search(nt.fold, mention.end, end):
        issuer = match_org(nt, field.end())
    if issuer is None and found_date is None:
        return None
    return Issuance(issuer, found_date, "issuer.header")


def header_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    """The body named on a line above the number line and the date of the line below, if the mention is a
    header's number; the date and body fields if it is a record's."""
    if on_number_field(nt, mention):
        return _record_issuance(nt, mention)
    if not on_number_line(nt, mention):
        return None
    found_date = None
    if (line := _DATE_LINE.match(nt.fold, mention.end)) and (d := DATE_RE.match(nt.fold, line.end())):
        iso = parse_date(d)
        found_date = Found(iso, d.start(), d.end(), "date.header") if iso else None
    line_start = nt.fold.rfind("\n", 0, mention.start) + 1
    issuer = None
    for _ in range(_LINES_ABOVE):
        if line_start <= 0:
            break
        above = nt.fold.rfind("\n", 0, line_start - 1) + 1
        text = nt.fold[above : line_start - 1]
        offset = len(text) - len(text.lstrip(" \t|"))
        org = match_org(nt, above + offset)
        if org is not None and not nt.fold[org.end : line_start - 1].strip(" \t|"):
            issuer = org
            break
        line_start = above
    if issuer is None and found_date is None:
        return None
    return Issuance(issuer, found_date, "issuer.header")


def header_of_title(
    nt: NormalisedText, header_mentions: list[tuple[int, RawMention]], cue_start: int
) -> int | None:
    """The header document whose title opens with the cue at ``cue_start`` ("KẾ HOẠCH\\nthực hiện B", "Trích yếu:
    Kế hoạch thực hiện B"): the index of the number-line mention at most a few lines above, if the line before the
    cue is a type in capitals or the cue follows the type in a summary field."""
    line = _TYPE_THEN_TITLE.search(nt.fold, max(0, cue_start - 60), cue_start)
    if line is None or not nt.norm[line.start("type") : line.end("type")].isupper():
        line = _SUMMARY_THEN_CUE.search(nt.fold, max(0, cue_start - 60), cue_start)
    if line is None:
        return None
    for index, mention in reversed(header_mentions):
        if mention.end <= line.start() and line.start() - mention.end < 200:
            return index
    return None
