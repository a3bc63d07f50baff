"""Find document mentions in normalised text: the mention grammar.

All offsets here are into ``NormalisedText.norm`` (== ``fold``); loaders/extract.py maps them to the original.
Five named rules, tried in this order, longest match kept where two overlap:

- ``mention.plenum``: documents named by a Central Committee plenum ("Nghị quyết Trung ương 4 (khóa XII)").
- ``mention.congress``: congress resolutions ("Nghị quyết Đại hội XIII", "... Đại hội Đảng bộ tỉnh lần thứ XV").
- ``mention.numbered``: a head noun or abbreviation with a number and maybe a symbol ("Kế hoạch số 123-KH/TU",
  "NQ số 02", "Chỉ thị 21", "Kết luận số 37/TW"), with elliptical lists ("NQ số 18, 19").
- ``mention.bare_symbol``: a full Party symbol with no head noun ("... và 19-NQ/TW").
- ``mention.of_body`` / ``mention.count_set``: unnumbered documents tied to a body ("chương trình hành động của
  Tỉnh ủy") or counted sets after "ban hành" ("ban hành 2 đề án, 4 quy định").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from loaders.anchors import Anchors, find_anchors
from loaders.issuers import provincial_city_article
from loaders.lexicon import (
    ABBREV_RE,
    CENTRAL_CITIES,
    HEAD_RE,
    IMPLEMENTING_VERBS,
    MEETING_ADOPTS,
    NUMBER_WORDS,
    ORG_RE,
    TYPE_OF_HEAD,
    UNIT_WORD_RE,
    WORD_ORDINAL_RE,
    ordinal_value,
    term_of,
)
from loaders.normalize import NormalisedText
from loaders.symbols import parse_symbol


class RawMention:
    """A mention before attributes and coreference; offsets into the normalised text."""

    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = (
        "congress",
        "congress_unit",
        "end",
        "generic_head",
        "group",
        "is_set",
        "is_state",
        "number",
        "organ",
        "plenum",
        "rule",
        "start",
        "symbol",
        "terms",
        "type",
        "unit_level",
    )

    def __init__(
        self,
        start: int,
        end: int,
        type: str,
        rule: str,
        number: str | None = None,
        symbol: str | None = None,
        organ: str | None = None,
        is_state: bool = False,
        congress: str | None = None,
        congress_unit: str | None = None,
        plenum: int | None = None,
        terms: tuple[str, ...] = (),
        is_set: bool = False,
        group: int | None = None,
        generic_head: bool = False,
        unit_level: str | None = None,
    ) -> None:
        self.start: Final = start
        self.end: Final = end
        self.type: Final = type
        self.rule: Final = rule
        self.number: Final = number
        self.symbol: Final = symbol
        self.organ: Final = organ
        # state-style symbol ("111/NQ-CP"): a Government/People's Committee document
        self.is_state: Final = is_state
        self.congress: Final = congress  # ordinal of the congress (Roman)
        # None for the national congress; "tỉnh", "huyện", "thành phố" ...
        self.congress_unit: Final = congress_unit
        self.plenum: Final = plenum
        self.terms: Final = terms
        self.is_set: Final = is_set
        self.group: Final = group  # mentions of one elliptical list share a group id (they share issuer/tail)
        # a head without number that only names a document in context ("NQ Đại hội")
        self.generic_head: Final = generic_head
        # the level of the congress's unit when its name alone does not give it (a provincial city's)
        self.unit_level: Final = unit_level


def _head_type(head_folded: str) -> str:
    return TYPE_OF_HEAD[" ".join(head_folded.split())]


def _matches_at(
    pattern: re.Pattern[str], nt: NormalisedText, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    for start in starts:
        if (m := pattern.match(nt.fold, start)) is not None:
            yield m


# --- numbered mentions --------------------------------------------------------------------------------------
# "79a-KH/TU": a letter after the number only where a symbol's type code follows (a supplementary document)
_SUFFIX = r"(?:[a-z](?=\s*-\s*[a-z]{1,5}\s*/))?"
# (five digits only before a symbol's type code: the Central Office numbers its letters "Công văn số 14200-CV/VPTW",
# also with a thousands dot, "Công văn số 15.230-CV/VPTW")
_NUMBER = r"(?P<num>(?:(?:\d{5}|\d{2}\.\d{3})(?=\s*-\s*[a-z]{1,5}\s*/)|\d{1,4})" + _SUFFIX + r")(?!\d)"
# After a head noun: "số", "số:", "số:" with spaces; an inline abbreviation "(NQ)".
# Modifiers between the head and the number: "Nghị quyết chuyên đề số 05", "Kế hoạch liên tịch số 3".
_HEAD_MODIFIER = (
    r"(?:\s+(?:chuyen\s+de|lien\s+tich|lien\s+nganh|chung|phoi\s+hop|lam\s+viec|hoat\s+dong)"
    # "Kế hoạch thứ nhất, số 98-KH/TU", "kế hoạch thứ hai (số 177-KH/TU ...)": one of the set just announced
    r"|\s+thu\s+(?:nhat|hai|ba|tu)\s*[,(]?(?=\s*so\b))?"
)
# (a day and month are no number: "... một nghị quyết chuyên đề\n04/07/2024 17:36", a headline over its posting date)
_NOT_A_DATE = r"(?!\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\b)"
_NUMBERED = re.compile(
    # ("Kế hoạch (số 36-KH/TU)": its number in brackets)
    rf"\b(?P<head>{HEAD_RE}|{ABBREV_RE}){_HEAD_MODIFIER}(?:\s*\((?:{ABBREV_RE})\))?\s*(?:\((?=\s*so\b)\s*)?"
    # (a symbol in quotes: 'Kế hoạch số “75-KH/TU”')
    rf"(?P<so>so\s*:?\s*(?P<quote>[\"\x1a]\s*)?)?{_NUMBER}" + _NOT_A_DATE,
)
# A number right after a head noun without "số" that is a quantity, not a document number:
# "Kế hoạch 5 năm", "Chương trình 2 triệu", "Nghị quyết 3 lần".
_QUANTITY_AFTER = re.compile(
    r"\s*(?:nam\b(?!\s+\d{4}\b(?!\s*-\s*\d{4}))|thang\b|ngay\s+dem\b|%|ty\b|trieu\b|nguoi\b|lan\b|dong\b|muc\b|"
    r"diem\b|dieu\b|noi\b|nhom\b|buoc\b|"
    # "kiểm tra 112 đảng viên, kết luận 87 đảng viên có vi phạm": the verb, counting whom it concerns
    r"dang\s+vien\b|to\s+chuc\s+(?:co\s+so\s+)?dang\b|chi\s+bo\b|can\s+bo\b|truong\s+hop\b|tap\s+the\b|"
    r"ca\s+nhan\b|dong\s+chi\b|vu\s+viec\b|"
    r"so\b|"  # "hướng dẫn 1 số nội dung": "1 số" is "some"
    r"/\s*\d{1,3}\b(?!\s*/))"  # "vượt kế hoạch 15/17 chỉ tiêu": a fraction
)
# A head named by its kind of work before its number: "Kế hoạch tuyên truyền số 12-KH/HU", "Chương trình kiểm tra,
# giám sát số 05-CTr/ĐU", "Quyết định kỷ luật số 30-QĐ/UBKT": up to six lower-case words (checked on the text as
# written), then "số" and the number. Never across a function word, a date word, a body or another head, so that
# "Kế hoạch của Tỉnh ủy số 12" or "Kế hoạch thực hiện Nghị quyết số 5" stay what they were.
_DESIGNATION_WORD_STOP = (
    r"va|cua|de|nham|ve|theo|tai|gui|nhu|voi|cho|trong|duoc|da|bao|tu|den|tren|nay|ngay|thang|nam|so|"
    + HEAD_RE
)
# ("cơ sở" folds to "co so": "quy định mức lương cơ sở 2,34" is no document)
_DESIGNATED_NUMBERED = re.compile(
    rf"\b(?P<head>{HEAD_RE})(?P<designation>(?:\s+(?!(?:{_DESIGNATION_WORD_STOP})\b)[^\W\d_]+"
    # (and the year it covers: "Chương trình kiểm tra, giám sát năm 2025 số 28-CTr/TU")
    rf"(?:\s*,(?=\s*giam\s+sat\b))?|\s+nam\s+\d{{4}}(?=\s+so\b)){{1,6}}?)(?<!\sco)\s+(?P<so>so\s*:?\s*){_NUMBER}(?![.,]\d)"
)
# Elliptical list after a numbered mention: "NQ số 18, 19 của ...", "Kết luận số 14 và 21".
_LIST_ITEM = re.compile(r"(?:\s*,\s*(?:va\s+)?|\s+va\s+)(?:so\s+)?(?P<num>\d{1,4})(?![\d/]|\.\d)")
# (or the term of both: "Nghị quyết số 18, 19 (khóa XII)", "... 18, 19 khóa XII")
_LIST_FOLLOW = re.compile(
    r"\s*(?:[,;.)]|cua\b|ngay\b|ve\b|va\b|cung\b|$|-\s*[a-z]{1,5}\s*/|\(?\s*khoa\s+[ivxl]{1,6}\b)"
)


_DECIMAL_AFTER = re.compile(r"[.,]\d")
# The organs of a company's own resolutions: its shareholders' meeting, its board, its members' council.
_COMPANY_ORGANS = frozenset({"ĐHĐCĐ", "ĐHCĐ", "HĐQT", "HĐTV"})


def _numbered_matches(nt: NormalisedText, heads: Iterable[int]) -> Iterator[re.Match[str]]:
    for start in heads:
        m = _NUMBERED.match(nt.fold, start)
        if m is None:
            # (six words at most, then "số": a cheap look for it first, the regex only where it may match)
            if nt.fold.find(" so", start, start + 70) < 0:
                continue
            m = _DESIGNATED_NUMBERED.match(nt.fold, start)
            if (
                m is None
                or any(c.isupper() for c in nt.norm[m.start("designation") : m.end("designation")])
                or ORG_RE.search(nt.fold, m.start("designation"), m.end("designation")) is not None
            ):
                continue
        yield m


def _numbered(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found: list[RawMention] = []
    group = 0
    for m in _numbered_matches(nt, anchors.heads):
        head = " ".join(m.group("head").split())
        is_abbrev = head in {"nq", "kl", "ct", "ctr", "cthd", "kh", "hd", "tb", "qd", "da"}
        if is_abbrev and not nt.norm[m.start("head")].isupper():
            continue  # "kh", "ct" in lower case are ordinary syllables, not abbreviations
        num = m.group("num")
        if nt.fold.startswith(".", m.end()) and _DECIMAL_AFTER.match(nt.fold, m.end()):
            continue  # "Nghị quyết số 66.7/2025/NQ-CP": a decimal, no number ("NQ số 18,19" is a list)
        end, symbol, organ, is_state, code_type = parse_symbol(nt, m.end(), num)
        if m.groupdict().get("quote") and nt.fold[end : end + 1] in ('"', "\x1a"):
            end += 1  # (the closing quote belongs to the mention)
        if organ in _COMPANY_ORGANS:
            continue  # "Nghị quyết số 05/2024/NQ-ĐHĐCĐ": a company's shareholders, no Party or state document
        if (
            m.group("so") is None
            and symbol is None
            and organ is None
            and (_QUANTITY_AFTER.match(nt.fold, m.end()) or (len(num) == 4 and 1930 <= int(num) <= 2100))
        ):
            continue  # "Kế hoạch 2024": a year ("Nghị quyết 1658" of the Central Military Commission is not)
        type_ = _head_type(head)
        # "văn bản 2", "chương trình 135": too vague without "số" or a symbol, unless the article named a programme
        # of that number before ("... Chương trình hành động số 35-CTr/TU ... Chương trình 35")
        if (
            head in ("van ban", "chuong trinh")
            and symbol is None
            and m.group("so") is None
            and (
                head == "van ban" or not any(f.type == "action_programme" and f.number == num for f in found)
            )
        ):
            continue
        if head in ("qd", "van ban") and code_type:
            # ("các văn bản số 156-KH/TU, 157-KH/TU, 160-HD/TU": "văn bản" names no type; the code does)
            type_ = code_type
        start = m.start()
        if head == "thong bao ket luan" and code_type == "conclusion":
            # "Văn phòng Trung ương Đảng thông báo Kết luận số 127-KL/TW": the verb, then the conclusion (a notice
            # of a conclusion is "Thông báo kết luận số 25-TB/TU")
            conclusion = nt.fold.find("ket", start, m.end("head"))
            if nt.norm[start].islower() and nt.norm[conclusion].isupper():
                start, type_ = conclusion, "conclusion"
        group += 1
        found.append(
            RawMention(
                start=start,
                end=end,
                type=type_,
                rule="mention.abbrev_number" if is_abbrev else "mention.numbered",
                number=num,
                symbol=symbol,
                organ=organ,
                is_state=is_state,
                group=group,
            )
        )
        found.extend(_list_items(nt, end, type_, group, by_code=head == "van ban", head_code=code_type))
    return found


# "NQ/ 26 TW", "KL/21/TW": a symbol scrambled by the page, the type code first. Number and level survive.
_GARBLED = re.compile(r"\b(?P<head>nq|kl|ct|kh|ctr)\s*/\s*(?P<num>\d{1,4})\s*/?\s*(?P<organ>tw|tu|t\.\s?u)\b")


def _garbled(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    for m in _matches_at(_GARBLED, nt, anchors.heads):
        if not nt.norm[m.start()].isupper():
            continue
        organ = "TW" if m.group("organ") != "tu" or nt.norm[m.start("organ") + 1] == "Ư" else "TU"
        found.append(
            RawMention(
                m.start(),
                m.end(),
                TYPE_OF_HEAD[m.group("head")],
                "mention.garbled_symbol",
                number=m.group("num"),
                organ=organ,
            )
        )
    return found


def _list_items(
    nt: NormalisedText, pos: int, type_: str, group: int, by_code: bool = False, head_code: str | None = None
) -> list[RawMention]:
    items: list[RawMention] = []
    while True:
        m = _LIST_ITEM.match(nt.fold, pos)
        if not m:
            return items
        end, symbol, organ, is_state, code_type = parse_symbol(nt, m.end(), m.group("num"))
        if not by_code and head_code and code_type and code_type != head_code:
            # "... thực hiện Nghị quyết số 43-NQ/TW, số 21-CTr/TU thực hiện ...": another list's item (its code
            # says so), not this head's
            return items
        # (a bare number must end the item; one with its symbol is an item whatever follows: "... 32-CTr/TU và
        # 33-CTr/TU thực hiện ...")
        if symbol is None and not _LIST_FOLLOW.match(nt.fold, end):
            return items
        items.append(
            RawMention(
                start=m.start("num"),
                end=end,
                type=code_type if by_code and code_type else type_,
                rule="mention.list_item",
                number=m.group("num"),
                symbol=symbol,
                organ=organ,
                is_state=is_state,
                group=group,
            )
        )
        pos = end


# --- bare symbols -------------------------------------------------------------------------------------------
_BARE_SYMBOL = re.compile(r"(?<![\w/.-])(?P<num>\d{1,4}[a-z]?)(?=\s*-\s*[a-z]{1,5}\s*/)")


# A reproduced header's type line, a few lines below its number line
_DECISION_TYPE_LINE = re.compile(r"\n[ \t|*]*quyet\s+dinh[ \t|]*(?:\n|$)")
_TYPE_LINE_REACH = 300


def _bare_symbols(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    for m in _matches_at(_BARE_SYMBOL, nt, anchors.symbols):
        end, symbol, organ, _, code_type = parse_symbol(nt, m.end(), m.group("num"), any_code=False)
        if code_type == "regulation" and _DECISION_TYPE_LINE.search(nt.fold, end, end + _TYPE_LINE_REACH):
            code_type = "decision"  # "Số 1520-QĐ/TU" over the type line "QUYẾT ĐỊNH": QĐ is also Quyết định
        if symbol and code_type:
            found.append(
                RawMention(m.start(), end, code_type, "mention.bare_symbol", m.group("num"), symbol, organ)
            )
    return found


# --- congress resolutions -----------------------------------------------------------------------------------
_ORD = r"(?P<{0}>[ivxl]{{1,6}}|\d{{1,2}})\b"
# ("Đảng bộ Quân đội", "Đảng bộ Quân khu": the army's; "quận" is never followed by those words)
# (and the Party organisations under the Centre since 2025: "Đảng bộ các cơ quan Đảng Trung ương", "Đảng bộ Chính
# phủ", "Đảng bộ Quốc hội", "Đảng bộ Công an Trung ương")
_UNIT = (
    # ("TP", "TP.HCM", "TPHCM": the city; Hồ Chí Minh City by its initials)
    r"(?P<{0}>tinh|thanh\s+pho|tp\b\.?(?:\s*hcm\b)?|tphcm\b|huyen|quan\s+doi|quan\s+khu|quan(?!\s+(?:doi|khu|chung|doan|su|uy)\b)|thi\s+xa|xa"
    r"|phuong|dac\s+khu|cac\s+co\s+quan\s+dang\s+trung\s+uong|chinh\s+phu|quoc\s+hoi|cong\s+an\s+trung\s+uong)"
)
_DELEGATES = r"(?:\s+dai\s+bieu)?"  # "Đại hội đại biểu Đảng bộ tỉnh", "Đại hội đại biểu toàn quốc"
# fmt: off
_CONGRESS_NAMES = (
    # "Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội Đảng toàn quốc lần thứ XIII"
    _DELEGATES + r"(?:\s+dang)?\s+toan\s+quoc(?:\s+lan\s+thu\s+" + _ORD.format("o1") + r")?"
    # "Đại hội Đảng bộ tỉnh [Bình Thuận] lần thứ XIV"
    r"|" + _DELEGATES + r"\s+dang\s+bo\s+" + _UNIT.format("u1")
    + r"(?P<place1>(?:\s+[^\W\d_]+){0,3}?|\s+\d{1,3})\s+lan\s+thu\s+" + _ORD.format("o2")
    # "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội"
    # ("Đại hội lần thứ XIII của Đảng": the Party's)
    + r"|" + _DELEGATES + r"\s+lan\s+thu\s+" + _ORD.format("o3") + r"(?:\s+dang\s+bo\s+" + _UNIT.format("u3")
    + r"|\s+cua\s+dang)?"
    # "Đại hội Đảng bộ tỉnh [khóa X]"
    r"|" + _DELEGATES + r"\s+dang\s+bo\s+" + _UNIT.format("u4") + r"(?:\s+khoa\s+" + _ORD.format("o4") + r")?"
    # "Đại hội XIII [của Đảng]", "Đại hội XVII Đảng bộ tỉnh"
    r"|\s+" + _ORD.format("o5") + r"(?:\s+cua\s+dang|" + _DELEGATES + r"\s+dang\s+bo\s+" + _UNIT.format("u5") + r")?"
)
_CONGRESS = re.compile(
    r"\b(?P<head>nghi\s+quyet|nq)(?:\s*\(nq\))?\s+(?:" + _ORD.format("o0") + r"\s+)?dai\s+hoi"
    r"(?:" + _CONGRESS_NAMES
    # "NQ Đại hội" (an alias of the article's congress resolution, if it has exactly one)
    + r"|(?P<bare>))"
)
# The congress itself, named before a bare "Nghị quyết Đại hội": "Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI
# đã thông qua Nghị quyết Đại hội", "Đại hội XIV của Đảng thành công ... thực hiện Nghị quyết Đại hội".
_CONGRESS_EVENT = re.compile(r"\bdai\s+hoi(?:" + _CONGRESS_NAMES + r")")
_CONGRESS_EVENT_REACH = 3000
# fmt: on


# The congress of a union, the Front or an association: "Nghị quyết Đại hội XIII Công đoàn Việt Nam", "... Đại hội
# XIII Hội LHPN Việt Nam", "Nghị quyết Đại hội đại biểu Phụ nữ thành phố lần thứ XVII"
# (on the same line, and not a meeting: "Nghị quyết Đại hội XIV của Đảng\nHội nghị ...", a headline then its lead)
_MASS_ORGANISATION_AFTER = re.compile(
    r"[ \t]+(?:dai\s+bieu\s+)?(?:cong\s+doan|lien\s+doan\s+lao\s+dong|(?:lien\s+hiep\s+)?phu\s+nu|lhpn"
    r"|hoi(?!\s+nghi\b)|doan\s+tncs"
    r"|doan\s+thanh\s+nien|thanh\s+nien|mat\s+tran\s+to\s+quoc|mttq|nong\s+dan|cuu\s+chien\s+binh)\b"
)
_GENERIC_MASS_CONGRESS = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s+cac\s+cap\b")
_MASS_CONGRESS_NAME = re.compile(
    r"(?:\s+[^\W_]+){0,6}?(?:\s+lan\s+thu\s+[ivxl\d]+)?(?=\s*(?:[,;.:()\n]|$)|\s+(?:va|nhiem\s+ky|cua|de|nham)\b)"
)
_GENERIC_CONGRESS_AFTER = re.compile(r"\s+(?:dang\s+)?(?:cac\s+cap|co\s+so)")


# "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và huyện lần thứ XXI": a second congress by ellipsis.
_CONGRESS_ELLIPSIS = re.compile(
    r"\s*(?:,|va)\s*(?:dang\s+bo\s+)?" + _UNIT.format("u") + r"\s+lan\s+thu\s+" + _ORD.format("o")
)
_UNIT_NAMES = {
    "tinh": "tỉnh",
    "thanh pho": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "quan doi": "Quân đội",
    "quan khu": "Quân khu",
    "thi xa": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "dac khu": "đặc khu",
    "cac co quan dang trung uong": "các cơ quan Đảng Trung ương",
    "chinh phu": "Chính phủ",
    "quoc hoi": "Quốc hội",
    "cong an trung uong": "Công an Trung ương",
}


def _city_level(nt: NormalisedText, unit: str | None, place: str | None) -> str | None:
    """ "district" for a provincial city's congress: named ("thành phố Cà Mau", not a centrally-run city), or
    unnamed in an article whose city committee is a provincial city's ("Thành ủy Long Khánh", "08-CTr/ThU")."""
    if unit != "thành phố":
        return None
    named = " ".join((place or "").split())
    if named.isdigit():
        return None
    if named:
        return None if named in CENTRAL_CITIES else "district"
    return "district" if provincial_city_article(nt) else None


def _congress(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found: list[RawMention] = []
    matches = list(_matches_at(_CONGRESS, nt, anchors.resolutions))
    # a bare "Nghị quyết Đại hội" is the article's congress resolution when it names one (loaders.corefer), else the
    # resolution of the congress the article names
    names_one = any(m.group("bare") is None for m in matches)
    for m in matches:
        bare = m.group("bare") is not None
        if bare and _GENERIC_CONGRESS_AFTER.match(nt.fold, m.end()):
            continue  # "nghị quyết đại hội đảng các cấp": every congress, not one document
        if (other := _MASS_ORGANISATION_AFTER.match(nt.fold, m.end())) is not None:
            if not nt.norm[m.start()].isupper() or _GENERIC_MASS_CONGRESS.match(nt.fold, other.end()):
                continue  # "nghị quyết đại hội phụ nữ các cấp": every congress of theirs, not a document
            # "Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ ...": a union's congress, not a Party one (not
            # "Nghị quyết Đại hội XIII" cut short, which coreference would take for the Party's): named in full
            end = _MASS_CONGRESS_NAME.match(nt.fold, other.end())
            found.append(
                RawMention(
                    m.start(), end.end() if end else other.end(), "resolution", "mention.mass_congress"
                )
            )
            continue
        if bare and (named := _named_unit_congress(nt, m.start())) is not None:
            found.append(named)
            continue
        names = m
        if (
            bare
            and not names_one
            and nt.norm[m.end() - 7].isupper()
            and (event := congress_named_before(nt, m.start()))
        ):
            names, bare = event, False  # "Nghị quyết Đại hội" of the congress the article just named
        groups = names.groupdict()
        ordinal = next((groups[g] for g in ("o0", "o1", "o2", "o3", "o4", "o5") if groups.get(g)), None)
        if names is m and ordinal and ordinal.isdigit() and "\n" in nt.fold[m.start() : m.end()]:
            continue  # "Nghị quyết Đại hội\n15/07/2025 - 08:30": a headline over its posting time, no ordinal
        unit_raw = next((groups[g] for g in ("u1", "u3", "u4", "u5") if groups.get(g)), None)
        if (
            bare
            and not names_one
            and nt.norm[m.end() - 7].isupper()
            and (held := held_congress(nt, m.start()))
        ):
            # "Đảng bộ xã Thạch Bình tổ chức Đại hội đại biểu lần thứ XXV ... Nghị quyết Đại hội": that congress
            bare, unit_raw, ordinal = False, held.group("u"), held.group("o")
        term = term_of(ordinal) if ordinal else None
        if ordinal and term is None:
            continue
        # "Đại hội XIII" alone may be the national congress or, in a provincial article, the province's own:
        # coreference decides (loaders/corefer.py); "đại biểu toàn quốc" or "của Đảng" settle it here.
        national = bool(
            groups.get("o1")
            or ((groups.get("o5") or groups.get("o3")) and names.group(0).endswith("cua dang"))
        )
        if not national and groups.get("o5") and not groups.get("u5") and term is not None:
            # "Nghị quyết Đại hội XIV" in an article that names no local congress of that number: the Party's
            national = _only_the_national_congress(nt, term)
        unit = _UNIT_NAMES.get(" ".join(unit_raw.split())) if unit_raw else None
        if unit is None and not national and term is not None and _past_national(term):
            # "Nghị quyết Đại hội XVI" (no national congress of that number yet) in an article about one unit's
            # congress ("Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ XVII"): an earlier one of that unit
            unit = _the_one_congress_unit(nt)
        place = groups.get("place1")
        if unit_raw and unit_raw.startswith("tp"):
            unit = "thành phố"
            place = "ho chi minh" if "hcm" in unit_raw else place
        if unit and (number := (groups.get("place1") or "").strip()).isdigit():
            unit = f"{unit} {number}"  # "Đại hội Đảng bộ Quân khu 9 lần thứ XI": the unit by its number
        found.append(
            RawMention(
                start=m.start(),
                end=m.end(),
                type="resolution",
                rule="mention.congress",
                congress=term,
                congress_unit=unit,
                generic_head=bare or (unit is None and not national),
                unit_level=_city_level(nt, unit, place),
            )
        )
        if (
            unit
            and names is m
            and (e := _CONGRESS_ELLIPSIS.match(nt.fold, m.end()))
            and term_of(e.group("o"))
        ):
            unit2 = _UNIT_NAMES[" ".join(e.group("u").split())]
            found.append(
                RawMention(
                    e.start("u"),
                    e.end(),
                    "resolution",
                    "mention.congress_ellipsis",
                    congress=term_of(e.group("o")),
                    congress_unit=unit2,
                )
            )
    return found


_LOCAL_CONGRESS_EVENT = re.compile(
    r"\bdai\s+hoi\s+(?:dai\s+bieu\s+)?dang\s+bo\s+[^.;\n]{0,40}?lan\s+thu\s+(?P<o>[ivxl]{1,6}|\d{1,2})\b"
)


_LAST_NATIONAL_CONGRESS = 14  # (January 2026)
_CONGRESS_UNIT = re.compile(
    r"\bdai\s+hoi\s+(?:dai\s+bieu\s+)?dang\s+bo\s+(?P<u>tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong)\b[^.;\n]{0,40}?"
    r"lan\s+thu\s+(?:[ivxl]{1,6}|\d{1,2})\b"
)


def _past_national(term: str) -> bool:
    return (ordinal_value(term.lower()) or 0) > _LAST_NATIONAL_CONGRESS


def _the_one_congress_unit(nt: NormalisedText) -> str | None:
    """The unit whose congresses the article names, when they are all of one kind of unit."""
    units = {" ".join(m.group("u").split()) for m in _CONGRESS_UNIT.finditer(nt.fold)}
    return _UNIT_NAMES.get(units.pop()) if len(units) == 1 else None


def _only_the_national_congress(nt: NormalisedText, term: str) -> bool:
    """Does the article name no local congress of that number ("Nghị quyết Đại hội XIII" is the Party's, the one
    every article cites by its number alone, unless the article names a local congress of that number: "Đại hội
    Đảng bộ tỉnh lần thứ XIII", "Nghị quyết XIII Đại hội Đảng bộ tỉnh")?"""
    if (ordinal_value(term.lower()) or 0) > _LAST_NATIONAL_CONGRESS:
        return False  # "Nghị quyết Đại hội XIX" (the Party has held fourteen)
    if any(term_of(m.group("o")) == term for m in _LOCAL_CONGRESS_EVENT.finditer(nt.fold)):
        return False
    # ("Nghị quyết XI Đại hội Đảng bộ tỉnh", "Đại hội XIV Đảng bộ huyện": the ordinal before the organisation)
    return re.search(rf"\b{term.lower()}\s+(?:dai\s+hoi\s+)?(?:dai\s+bieu\s+)?dang\s+bo\b", nt.fold) is None


def congress_named_before(nt: NormalisedText, start: int) -> re.Match[str] | None:
    """The last congress named with its ordinal and whose it is before ``start`` in the article (its headline
    included; "Đại hội XIII" alone may be the Party's or a province's), not one
    the article's people attend or look ahead to ("bầu đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIV")."""
    last = None
    for event in _CONGRESS_EVENT.finditer(nt.fold, max(0, start - _CONGRESS_EVENT_REACH), start):
        known = event.group("o1") or event.group("o2") or (event.group("o3") and event.group("u3"))
        known = known or (
            (event.group("o5") or event.group("o3"))
            and (event.group("u5") or event.group(0).endswith("cua dang"))
        )
        if known and not _ATTENDED.search(nt.fold, max(0, event.start() - 16), event.start()):
            last = event
    return last


# A unit's Party organisation holding its congress: "Đảng bộ xã Thạch Bình tổ chức Đại hội đại biểu lần thứ XXV"
_HELD_CONGRESS = re.compile(
    r"\bdang\s+bo\s+(?P<u>xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|thanh\s+pho)\b\s+(?P<place>[^\W\d_]+)(?:\s+[^\W\d_]+){0,3}?"
    r"(?:\s+\d{1,2})?\s+(?:da\s+|vua\s+)?to\s+chuc\s+dai\s+hoi(?:\s+dai\s+bieu)?(?:\s+lan\s+thu\s+(?P<o>[ivxl]{1,6}|\d{1,2}))?"
)


def held_congress(nt: NormalisedText, start: int) -> re.Match[str] | None:
    """The last congress a unit's Party organisation is said to hold before ``start``, in reach."""
    last = None
    for held in _HELD_CONGRESS.finditer(nt.fold, max(0, start - _CONGRESS_EVENT_REACH), start):
        if nt.norm[
            held.start("place")
        ].isupper():  # a named unit ("Đảng bộ xã tổ chức ...": whose is not said)
            last = held
    return last


# (or a congress documents go to: "dự thảo các văn kiện trình Đại hội XIV của Đảng")
_ATTENDED = re.compile(r"\b(?:du|tien\s+toi|huong\s+toi|chao\s+mung|chuan\s+bi|truoc\s+them|trinh)\s+$")


# A congress of a Party organisation named by its own name: "Nghị quyết Đại hội Đảng bộ Quân chủng Phòng không -
# Không quân lần thứ X", "... Đảng bộ Đại học Thái Nguyên lần thứ XXVI", "... Đảng bộ các cơ quan Đảng tỉnh lần thứ I",
# an army unit by its number: "... Đảng bộ Quân khu 9 lần thứ XI"
_NAMED_UNIT_CONGRESS = re.compile(
    r"(?:nghi\s+quyet|nq)\s+dai\s+hoi(?:\s+dai\s+bieu)?\s+dang\s+bo\s+"
    r"(?P<name>(?:[^\W\d_]+(?:\s+-)?\s+){1,8}?(?:\d{1,4}\s+)?)"
    r"lan\s+thu\s+(?P<o>[ivxl]{1,6}|\d{1,2})\b"
)


def _named_unit_congress(nt: NormalisedText, start: int) -> RawMention | None:
    m = _NAMED_UNIT_CONGRESS.match(nt.fold, start)
    if m is None:
        return None
    name = " ".join(nt.norm[m.start("name") : m.end("name")].split())
    term = term_of(m.group("o"))
    if term is None or not (name[:1].isupper() or name.startswith("các ")):
        return None  # a name, not an ordinary phrase
    return RawMention(m.start(), m.end(), "resolution", "mention.congress", congress=term, congress_unit=name)


# --- plenum documents ---------------------------------------------------------------------------------------
_PLENUM_HEAD = r"(?:nghi\s+quyet|ket\s+luan|quy\s+dinh|chi\s+thi|nq|kl)"
_PLENUM = re.compile(
    r"\b(?P<cac>cac\s+)?(?P<heads>" + _PLENUM_HEAD + r"(?:\s*,\s*" + _PLENUM_HEAD + r")*"
    r"(?:\s+va\s+" + _PLENUM_HEAD + r")?)(?:\s+|(?=tw\s*\d))"  # "NQTW 4", "NQTW4": the abbreviation glued
    r"(?:cua\s+(?=hoi\s+nghi))?(?:hoi\s+nghi\s+)?(?:lan\s+thu\s+(?P<n1>\d{1,2}|"
    + WORD_ORDINAL_RE
    + r")\s*,?\s*)?"
    r"(?:(?:ban\s+chap\s+hanh|bch)\s+)?(?:trung\s+uong|t\.\s?u|tw|(?P<tu>tu)(?=\s*\d))(?:\s+dang)?"
    r"(?:\s*(?:lan\s+thu\s+)?(?P<n2>\d{1,2})(?![\d/-]))?"
    r"(?:\s*[,(-]?\s*\(?\s*khoa\s+(?P<terms>(?:[ivxl]{1,6}|\d{1,2})(?:\s*,\s*(?:[ivxl]{1,6}|\d{1,2}))*)\b\s*\)?)?"
)


def _trim_end(nt: NormalisedText, start: int, end: int) -> int:
    """Drop trailing spaces and punctuation, and a closing parenthesis the span did not open."""
    while end > start and (
        nt.fold[end - 1] in " \n\t,(-" or (nt.fold[end - 1] == ")" and "(" not in nt.fold[start:end])
    ):
        end -= 1
    return end


def _plenum(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    # "các quy định, kết luận Hội nghị ...": the plural determiner belongs to the mention
    starts = [p - 4 if nt.fold[max(0, p - 4) : p] == "cac " else p for p in anchors.plenum_heads]
    for m in _matches_at(_PLENUM, nt, starts):
        plenum = ordinal_value(m.group("n1") or m.group("n2") or "")
        if not plenum or (m.group("tu") and nt.norm[m.start("tu") : m.end("tu")] != "TƯ"):
            continue  # "Nghị quyết TƯ 4" abbreviates Trung ương; "nghị quyết từ 4 ..." does not
        heads = re.split(r"\s*,\s*|\s+va\s+", m.group("heads"))
        terms = tuple(t for t in (term_of(x) for x in re.split(r"\s*,\s*", m.group("terms") or "")) if t)
        end = _trim_end(nt, m.start(), m.end())
        is_set = len(heads) > 1 or len(terms) > 1 or m.group("cac") is not None
        found.append(
            RawMention(
                start=m.start(),
                end=end,
                type=_head_type(heads[0]),
                rule="mention.plenum",
                plenum=plenum,
                terms=terms,
                is_set=is_set,
            )
        )
    return found


# --- unnumbered documents of a body, counted sets -----------------------------------------------------------
_OF_BODY_HEADS = (
    r"chuong\s+trinh\s+hanh\s+dong|chuong\s+trinh\s+cong\s+tac|ke\s+hoach|nghi\s+quyet|ket\s+luan|chi\s+thi"
    r"|quy\s+dinh|de\s+an|huong\s+dan|thong\s+bao\s+ket\s+luan|quy\s+che|de\s+cuong|thong\s+tri"
)
# Some are named by what they rule or check before "của": "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh",
# "Chương trình kiểm tra, giám sát năm 2025 của ...".
# The period a programme covers: "năm 2025", "toàn khóa (nhiệm kỳ 2015-2020)", "nhiệm kỳ 2020-2025", "6 tháng cuối năm
# 2025", "quý III/2025", "quý II năm 2024"
_PERIOD = (
    r"(?:toan\s+khoa(?:\s+nhiem\s+ky\s+\d{4}\s*-\s*\d{4})?|nam\s+\d{4}|nhiem\s+ky\s+\d{4}\s*-\s*\d{4}"
    r"|6\s+thang\s+(?:dau|cuoi)\s+nam\s+\d{4}|quy\s+(?:[ivx]{1,3}|\d)(?:\s*[/.-]\s*\d{4}|\s+nam\s+\d{4})?)"
)
_OF_BODY = re.compile(
    rf"\b(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh(?=\s+kiem\s+tra))(?P<name>\s+(?:lam\s+viec|phoi\s+hop|hoat\s+dong"
    r"|kiem\s+tra\s*,?\s+giam\s+sat)(?:\s+" + _PERIOD + r")?)?\s+cua\s+"
)
_PLURAL_BEFORE = re.compile(r"(?:\b(?:cac|nhung|nhieu|moi|mot\s+so|nay|do|cung|tung)\s+|\d+\s+)$")
# "các chỉ đạo, hướng dẫn của ...", "các chỉ thị, nghị quyết của ...": a plural determiner governs the whole list.
_PLURAL_LIST_BEFORE = re.compile(r"\b(?:cac|nhung|nhieu|moi)\s+[^.;:\n]{0,40}?(?:,|\bva)\s*$")
# (a count of decisions too: "ban hành 12 quyết định điều động, bổ nhiệm cán bộ")

_COUNT_SET = re.compile(
    # (the count in digits or in words: "ban hành ba nghị quyết chuyên đề")
    rf"\b(?P<count>\d{{1,3}}|{NUMBER_WORDS})\s+(?P<head>{_OF_BODY_HEADS}|quyet\s+dinh|chuong\s+trinh)\b(?:\s+chuyen\s+de\b)?"
)  # ("6 nghị quyết chuyên đề, 4 chương trình và 12 đề án")
_ISSUE_BEFORE = re.compile(r"ban\s+hanh\s+$")
_ISSUED_THEN_AND = re.compile(rf"\bban\s+hanh\s+(?:{HEAD_RE})\s+so\s+[^.;:\n]{{1,60}}?\s+va\s+$")
_INCLUDING_BEFORE = re.compile(r"(?:trong\s+do(?:\s+co)?|gom|bao\s+gom)\s*:?\s*$")
_SET_SEPARATOR = re.compile(r"\s*(?:,|va)\s*$")
# (or another noun of the set: "44 quy định, quy chế, 16 đề án")
_SET_MODIFIER_GAP = re.compile(r"(?:\s*,)?\s+[^\W\d][^\d.;:()\n\"\x1a]{0,50}?(?:,|\s+va)\s+")
_SET_GAP_VERB = re.compile(rf"\b(?:ban\s+hanh|tham\s+muu|chi\s+dao|{IMPLEMENTING_VERBS})\b")
_BY_MEANS_SET = re.compile(rf"\b(?:{IMPLEMENTING_VERBS})\s+(?:bang|thanh)\s+$")


# In lower case these heads name a specific document of a body ("chương trình hành động của Tỉnh ủy"); the others
# are ordinary nouns in lower case ("theo quy định của ...", "hướng dẫn của ...", "nghị quyết của cấp ủy").
_LOWER_CASE_OF_BODY = frozenset({"chuong trinh hanh dong", "chuong trinh cong tac", "ke hoach", "de an"})
_GENERIC_BEFORE = re.compile(r"\b(?:theo|dung|cac|nhung|moi|tung|bam\s+sat)\s+$")
_GENERIC_ITEM_BEFORE = re.compile(
    r"\b(?:nghi\s+quyet|chi\s+thi|ket\s+luan|quy\s+dinh|huong\s+dan|chu\s+truong|chi\s+dao)\s+cua\s+[^,;.]{2,40}?,\s*$"
)


_HEADING_LINE = re.compile(r"[ \t]*")
_LINE_ENDS_AFTER_BODY = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]*(?:\n|$)")


def _line_start(fold: str, pos: int) -> int:
    return fold.rfind("\n", 0, pos) + 1


def _of_body(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    for m in _matches_at(_OF_BODY, nt, anchors.body_heads):
        org = ORG_RE.match(nt.fold, m.end())
        before = nt.fold[max(0, m.start() - 50) : m.start()]
        head = " ".join(m.group("head").split())
        if not org or org.group(0) == "trung uong" or _PLURAL_BEFORE.search(before):
            continue  # bare "Trung ương" is too vague to make a document of
        if _PLURAL_LIST_BEFORE.search(before) or _GENERIC_BEFORE.search(before):
            continue
        if (item := _GENERIC_ITEM_BEFORE.search(nt.fold, max(0, m.start() - 70), m.start())) and nt.norm[
            item.start()
        ].islower():
            continue  # "bám sát nghị quyết của Tỉnh ủy, kế hoạch của UBND tỉnh": a list of what guides, in general
        if not nt.norm[m.start()].isupper() and head not in _LOWER_CASE_OF_BODY:
            continue
        if m.group("name") and not m.group("head").startswith(("quy che", "chuong trinh")):
            continue  # "Nghị quyết làm việc của ..." is not a name
        if (
            _HEADING_LINE.fullmatch(nt.fold, _line_start(nt.fold, m.start()), m.start())
            and _LINE_ENDS_AFTER_BODY.match(nt.fold, org.end())
            and not nt.norm[m.start() : org.end()].isupper()
        ):
            continue  # a subheading: "Kết luận của Ban Thường vụ" alone on its line (not a title in capitals)
        end = m.end("name") if m.group("name") else m.end("head")
        found.append(RawMention(m.start(), end, _head_type(m.group("head")), "mention.of_body"))
    return found


# "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 87": an unnumbered document is specific when a
# named body issues it and its title follows (a cue or "về"). Capitalised head: "ban hành kế hoạch thực hiện" in
# lower case is the ordinary noun ("các cấp ủy ban hành kế hoạch thực hiện").
_ISSUED_HEAD = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh(?=\s+(?:lam\s+viec|kiem\s+tra|giam\s+sat)\b))\b(?:\s+chuyen\s+de\b)?"
)
# "<body> [place] [đã] ban hành ": the verb right before the head, the body (lexicon.ORG_RE) at most four
# words (its place) before the verb.
# ("thông qua": a committee's plenary adopting its resolution)
# ("đã có": "Bộ Chính trị đã có Kết luận về ...")
_ISSUE_VERB_BEFORE = re.compile(
    r"(?:(?:da|vua|moi|chinh\s+thuc|kip\s+thoi|con)\s+)?(?:ban\s+hanh|thong\s+qua|xay\s+dung|(?<!de\s)(?<!dua\s)\bra)\s+$"
    r"|\b(?:da|vua)\s+co\s+$"
)
# A later item of the verb's objects: "ban hành Quy chế làm việc khóa I, Chương trình công tác năm 2025 và Kế
# hoạch kiểm tra, giám sát ..." (the verb within the clause, no sentence break between)
_LATER_ITEM = re.compile(r"(?:\s*[,;]|\s+va)\s+$")
_ISSUE_VERB_IN_CLAUSE = re.compile(r"\b(?:ban\s+hanh|thong\s+qua)\s+(?=[^.:!?\n]*$)")
# (and a plenary's number and term: "Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (khóa XX) đã thông qua")
# (and a merged province's qualifier: "Ban Thường vụ Tỉnh ủy Đồng Tháp (mới) đã ban hành")
# (and its plenary: "Hội nghị Ban Chấp hành Đảng bộ xã X lần thứ 6 đã thống nhất ban hành")
# (and a discussion first: "... đã thảo luận, thông qua Chương trình hành động ...")
# (a place in brackets or after a comma: "Đảng ủy phường Thạc Gián (quận Thanh Khê)", "Chi bộ ấp 3, xã Phú Nhuận")
_PLACE_WORDS_TO = re.compile(
    r"(?:\s+[^\W\d_]+|\s+\d{1,2}|\s*\(\s*khoa\s+[ivxl\d]+\s*\)|\s*\(\s*(?:moi|cu|sau\s+(?:sap\s+nhap|hop\s+nhat))\s*\)"
    r"|\s*\(\s*(?:[^\W\d_]+\s*){1,6}\)|\s*,\s*(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|tp)\b"
    r"){0,9}(?:\s+thao\s+luan\s*,)?\s*$"
)
# Words that make the issuing unreal: not yet, future, a request, a duty, a condition, a forecast.
_NOT_YET_ISSUED = re.compile(
    r"\b(?:chua|se|can(?!\s+cu)|phai|de\s+nghi|yeu\s+cau|neu|du\s+kien|chuan\s+bi|khong|chi\s+dao|dang\s+xay\s+dung)\b"
)
_GENERIC_BODY_BEFORE = re.compile(r"\b(?:cac|nhung|moi|cap|100%)\s+$")
_TITLE_AFTER = re.compile(
    rf"\s+(?:(?:de|nham)\s+)?(?:ve\b|(?:to\s+chuc\s+)?(?:trien\s+khai\s+)?(?:{IMPLEMENTING_VERBS})\b)"
    # or what kind of plan, programme or outline it is: "Chương trình làm việc toàn khóa", "Chương trình kiểm
    # tra, giám sát năm 2025", "Kế hoạch tổ chức đại hội ...", "Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025",
    # "Đề cương tuyên truyền ..."
    r"|\s+(?:lam\s+viec|cong\s+tac|kiem\s+tra|giam\s+sat|to\s+chuc|lanh\s+dao|tuyen\s+truyen|toan\s+khoa)\b"
    r"|\s+nam\s+\d{4}\b"  # "Chương trình công tác năm 2025"
    r"|\s*[\"\x1a]\s*ve\b"  # a quoted title: 'Nghị quyết chuyên đề "Về phát triển nông nghiệp hữu cơ ..."'
)


# Working rules are named by what they rule, with no "về": "ban hành Quy chế làm việc nhiệm kỳ 2025 - 2030".
_RULES_TITLE = re.compile(r"\s+(?:lam\s+viec|hoat\s+dong|phoi\s+hop)\b")
_ISSUED_RIGHT_BEFORE = re.compile(r"\bban\s+hanh\s+$")
# Projects by what they do, with no "về": "ban hành Đề án sắp xếp, tổ chức lại ...", "Đề án tái cơ cấu Tổng công ty"
_PROJECT_TITLE = re.compile(
    r"\s+(?:sap\s+xep|tai\s+co\s+cau|nang\s+cao|phat\s+trien|doi\s+moi|chuyen\s+doi|thanh\s+lap|kien\s+toan"
    r"|hoan\s+thien|day\s+manh|tang\s+cuong|xay\s+dung)\b"
)


def _body_issuing_at(nt: NormalisedText, head: int) -> re.Match[str] | None:
    """The body of '<body> [place] [đã] ban hành <head>', if the verb stands right before ``head``."""
    verb = _ISSUE_VERB_BEFORE.search(nt.fold, max(0, head - 30), head)
    if verb is None and _LATER_ITEM.search(nt.fold, max(0, head - 6), head):
        verb = _ISSUE_VERB_IN_CLAUSE.search(nt.fold, max(0, head - 250), head)
    if verb is None:
        return None
    bodies = list(ORG_RE.finditer(nt.fold, max(0, verb.start() - 90), verb.start()))
    if (
        bodies
        and _PLENUM_OF.search(nt.fold, max(0, bodies[-1].start() - 10), bodies[-1].start())
        and _PLENUM_TO.fullmatch(nt.fold, bodies[-1].end(), verb.start())
    ):
        return bodies[
            -1
        ]  # "Hội nghị Thành ủy lần thứ 2 khóa I, thông qua Chương trình hành động thực hiện ..."
    if not bodies or not _PLACE_WORDS_TO.match(nt.fold, bodies[-1].end(), verb.start()):
        # a committee's plenary adopting it: "Hội nghị (đã thảo luận,) thống nhất thông qua Nghị quyết về ..."
        return _MEETING_BEFORE.search(nt.fold, max(0, verb.start() - 60), verb.start())
    return bodies[-1]


_MEETING_BEFORE = re.compile(rf"\b{MEETING_ADOPTS}$")
# A numbered decision, its date and body, then the verb that promulgates what follows
_DECISION_PROMULGATES = re.compile(r"\bquyet\s+dinh\s+(?:so\s+)?\d{1,5}\b[^.;:\n]{0,140}?\s+ban\s+hanh\s+$")
# A committee's plenum named by its body and number, then what it adopted
_PLENUM_OF = re.compile(r"\bhoi\s+nghi\s+$")
_PLENUM_TO = re.compile(
    r"\s+lan\s+thu\s+\w+(?:\s*[,(-]?\s*khoa\s+[ivxl\d]+\)?)?(?:\s*,?\s*nhiem\s+ky\s+\d{4}\s*-\s*\d{4})?\s*,?\s*"
    r"(?:(?:da|cung|vua)\s+)*(?:thao\s+luan\s*,?\s*)?(?:(?:va\s+)?thong\s+nhat\s+)?"
)


def _issued_unnumbered(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    for m in _matches_at(_ISSUED_HEAD, nt, anchors.body_heads):
        if not nt.norm[m.start()].isupper() or not (
            _TITLE_AFTER.match(nt.fold, m.end())
            or (m.group("head").startswith("quy") and _RULES_TITLE.match(nt.fold, m.end()))
            or (
                # (issued: "xây dựng Đề án sắp xếp ..." drafts one, "thông qua" may be a plenum's draft)
                m.group("head").startswith("de an")
                and _PROJECT_TITLE.match(nt.fold, m.end())
                and _ISSUED_RIGHT_BEFORE.search(nt.fold, max(0, m.start() - 24), m.start())
            )
        ):
            continue
        if (
            _CLAUSE_OPENS.search(nt.fold, max(0, m.start() - 3), m.start())
            and _OPENING_HEAD.match(nt.fold, m.start())
            and nt.fold.rfind(f"{' '.join(m.group('head').split())} so ", 0, m.start()) >= 0
        ):
            continue  # "X ban hành Chỉ thị số 40 về ...; Chỉ thị nhằm thực hiện B": the one just named (an anaphor)
        body = _body_issuing_at(nt, m.start())
        if body is None and m.group("head").startswith("quy"):
            # rules a numbered decision promulgates: "Quyết định số 1050-QĐ/TU (ngày ..., của ...) ban hành Quy chế
            # phối hợp giữa ..."
            body = _DECISION_PROMULGATES.search(nt.fold, max(0, m.start() - 160), m.start())
        if body is None or _GENERIC_BODY_BEFORE.search(nt.fold, max(0, body.start() - 8), body.start()):
            continue
        clause = max(nt.fold.rfind(c, 0, body.start()) for c in ".;:?!\n")
        if _NOT_YET_ISSUED.search(nt.fold, clause + 1, m.start()) or "?" in nt.fold[m.end() : m.end() + 200]:
            continue  # "chưa / sẽ / cần ban hành Kế hoạch ...", "đề nghị ... ban hành", "Nếu ...", a question
        # "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:": a reproduced document naming itself
        rule = "mention.self" if _SELF_TITLE.match(nt.fold, m.end()) else "mention.issued_unnumbered"
        named = _DESIGNATION.match(nt.fold, m.end())
        end = named.end() if named else m.end()
        found.append(RawMention(m.start(), end, _head_type(m.group("head")), rule))
    return found


# What a named document is, spanned with its head so that two of one article stay apart ("Chương trình làm việc toàn
# khóa", "Chương trình kiểm tra, giám sát năm 2025"): a kind of work, then words up to punctuation, a function word,
# a cue or another document.
_DESIGNATION_STOP = (
    rf"va|cua|de|nham|ve|theo|tai|gui|nhu|voi|cho|trong|duoc|da|bao|tu|den|tren|nay|{IMPLEMENTING_VERBS}"
    rf"|tuyen\s+truyen|{HEAD_RE}"
)
_DESIGNATION = re.compile(
    r"\s+(?:lam\s+viec|cong\s+tac|kiem\s+tra(?:\s*,\s*giam\s+sat)?|giam\s+sat|to\s+chuc|lanh\s+dao|toan\s+khoa"
    r"|nam\s+\d{4})\b"
    rf"(?:[ \t]+(?!(?:{_DESIGNATION_STOP})\b)[^\W_]+(?:\s*-\s*\d+)?){{0,10}}?"
    rf"(?=\s*[,.;:()\"]|\s*$|[ \t]*\n|\s+(?:{_DESIGNATION_STOP})\b)"
)


# ("... như sau:", "... với các nội dung sau:", "... gồm những nội dung chủ yếu sau:")
_SELF_TITLE = re.compile(
    r"[^.;:\n]{0,120}?\b(?:nhu\s+sau|(?:cac|nhung)\s+noi\s+dung(?:\s+[a-z]+){0,3}?\s+sau)\s*(?::|\.?[ \t]*(?:\n|$))"
)  # (the colon lost in a copy: "... ban hành Kế hoạch thực hiện như sau." closing its line)


# "Kế hoạch số 77-KH/TU thực hiện Nghị quyết này": a demonstrative names the last document of that type (settled
# by corefer; with none before, it names nothing).
# The same with a bare capitalised head right after a cue, closing its clause or before "và": "Thực hiện Chỉ thị, Ban
# Thường vụ ... ban hành ...", "Kế hoạch số 180-KH/ĐU thực hiện Quy định.", "... để thực hiện Chỉ thị và chỉ đạo
# ..." (lower case it is the ordinary noun).
_ANAPHOR = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh(?:\s+hanh\s+dong)?)(?:\s+chuyen\s+de)?\s+(?:nay|noi\s+tren|neu\s+tren|tren)\b"
    r"(?!\s+dia\s+ban)"
)  # ("Nghị quyết chuyên đề này")  # "Chương trình này": a programme of the article (corefer checks there is one)
# (or before where, to whom, into what or how: "để cụ thể hóa Nghị quyết thành 5 nhóm nhiệm vụ", "... Chỉ thị tới
# từng chi bộ", "... Nghị quyết vào cuộc sống", "... Kết luận nghiêm túc")
_BARE_HEAD = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)(?:\s+chuyen\s+de)?(?=\s*[,.;]|\s*$|\s+(?:va|cua|den\s+nam|tren\s+dia\s+ban|trong|bang|thong\s+qua"
    r"|thanh|vao|tai|o|den|toi|cho|doi\s+voi|nham|de|(?:co\s+)?hieu\s+qua|nghiem\s+tuc|sau\s+rong|kip\s+thoi|dong\s+bo"
    r"|nam\s+\d{4})\b)"  # ("Thực hiện Chỉ thị năm 2024, ...": the one of that year named before)
)
# (also the verbs of a plan that propagates or studies it: "Kế hoạch số 112 về tuyên truyền Nghị quyết.")
_CUE_RIGHT_BEFORE = re.compile(
    rf"\b(?:{IMPLEMENTING_VERBS}|tuyen\s+truyen|hoc\s+tap|pho\s+bien)"
    r"(?:\s+(?:co\s+)?(?:thang\s+loi|hieu\s+qua|nghiem\s+tuc|tot|dong\s+bo|quyet\s+liet))?"
    r"(?:\s+(?:mot\s+so\s+)?(?:noi\s+dung|nhiem\s+vu)(?:\s+cua)?)?\s+$"
)
# A bare capitalised head opening a sentence, then what it was made for: "Kế hoạch được ban hành nhằm thực hiện
# Chỉ thị số 45", "Nghị quyết nhằm cụ thể hóa ...", "Nghị quyết là bước cụ thể hóa ...", "Đề án được xây dựng để
# cụ thể hóa ...": the last document of that type (corefer).
_VERBS_ON_A_LINE = IMPLEMENTING_VERBS.replace(r"\s+", r"[ \t]+")
_OPENING_HEAD = re.compile(
    # ("Quy định mới được ban hành để cụ thể hóa B": the new one, the article's)
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)(?:\s+chuyen\s+de)?(?=(?:\s+moi)?(?:\s+(?:nay|tren))?"
    # (issued, signed or born, maybe on a day: "Kế hoạch ra đời ngày 12/1/2018 nhằm thực hiện ...")
    r"(?:\s+(?:(?:duoc|da\s+duoc)\s+(?:ban\s+hanh|xay\s+dung|ky(?:\s+ban\s+hanh)?)|ra\s+doi)"
    r"(?:\s+(?:vao\s+)?(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?\s*,?)?"
    rf"\s+(?:nham|de|la\s+van\s+ban|la\s+(?:mot\s+)?(?:buoc|su)|tren\s+co\s+so)\s+(?:(?:tiep\s+tuc|trien\s+khai)\s+)?"
    rf"(?:{IMPLEMENTING_VERBS})\b"
    # "Nghị quyết được cụ thể hóa từ Nghị quyết Đại hội ...": what it was drawn from
    rf"|(?:\s+(?:nay|tren))?\s+(?:da\s+)?duoc\s+(?:cu\s+the\s+hoa|the\s+che\s+hoa)\s+tu\b"
    # "Nghị quyết được (Tỉnh ủy) cụ thể hóa bằng Kế hoạch số 62-KH/TU": what a document named after it carries out
    r"|(?:\s+(?:nay|tren))?\s+(?:da\s+)?duoc\s+(?:[^\W\d_]+\s+){0,6}?(?:cu\s+the\s+hoa|trien\s+khai|the\s+che\s+hoa)"
    r"\s+(?:bang|thong\s+qua)\b"
    # "Kế hoạch được ban hành thực hiện Kế hoạch số 01-KH/TW ..."
    rf"|(?:\s+(?:nay|tren))?\s+(?:da\s+)?duoc\s+ban\s+hanh\s+(?:(?:tiep\s+tuc|trien\s+khai)\s+)?(?:{IMPLEMENTING_VERBS})\b"
    # or the cue right after it, on its line: "Nghị quyết cụ thể hóa Nghị quyết Đại hội Đảng bộ huyện ..." (not a
    # reproduced header's "KẾ HOẠCH" above its title line)
    # ("Kế hoạch cũng đồng thời thực hiện Kết luận số 20": what else it carries out)
    r"|(?:[ \t]+(?:cung|dong[ \t]+thoi|con))*"
    rf"[ \t]+(?:(?:tiep[ \t]+tuc|trien[ \t]+khai)[ \t]+)?(?:{_VERBS_ON_A_LINE})\b)"
)
_OPENING_ABBREVIATION = re.compile(
    _OPENING_HEAD.pattern.replace(
        rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)(?:\s+chuyen\s+de)?", r"(?P<head>nq|kh|kl|ctr|hd)", 1
    )
)
# ... or when it was issued: "Kế hoạch được ban hành ngày 12 tháng 8 năm 2025", "Nghị quyết chuyên đề được ban hành
# ngày ..." (the date is read from its tail).
_OPENING_DATED = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)(?:\s+chuyen\s+de)?"
    r"(?=\s+(?:da\s+)?duoc\s+(?:ky(?:\s*,?\s*ban\s+hanh)?|ban\s+hanh)\s+(?:(?:vao\s+)?ngay\s*\d|\(\s*(?:ngay\s*)?\d))"
)  # (or in brackets: "Ngay sau khi Nghị quyết được ban hành (14/7/2023), ...")
_AFTER_WHEN = re.compile(r"\b(?:sau\s+)?khi\s+$")  # "Ngay sau khi Nghị quyết được ban hành (D)"
# ... or with no date, closing the clause: "Ngay sau khi Kết luận được ban hành, Ban Thường vụ Tỉnh ủy ban hành A để
# thực hiện" (what A carries out; corefer settles which)
_ISSUED_WHEN = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)(?:\s+chuyen\s+de)?(?=\s+(?:da\s+)?duoc\s+(?:ky\s*,?\s*)?ban\s+hanh\s*,)"
)
# In lower case too, right after a numbered document and its cue and closing the clause: "ban hành Kế hoạch số
# 25-KH/TU triển khai nghị quyết.", "... Kế hoạch số 170-KH/TU tiếp tục thực hiện kết luận trong thời gian tới"
# (a document carrying out "the resolution" names the one the article is about; corefer settles which).
_NUMBERED_THEN_CUE = re.compile(
    r"\d[\w.-]*/\s*[a-z][\w.&-]*(?:\s*,?\s*\(?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\)?)?"
    # (its title first: "Đề án số 05-ĐA/TU về phát triển kinh tế cửa khẩu để thực hiện nghị quyết.")
    r"(?:\s+ve\s+[^.;:\n\d]{2,100}?(?=\s+(?:de|nham)\s))?"
    r"\s*,?\s+(?:(?:tiep\s+tuc|de|nham|to\s+chuc|ve(?:\s+viec)?)\s+)*"
    # (what the plan is about first: "Kế hoạch số 230-KH/TU về học tập, quán triệt nghị quyết.")
    r"(?:(?:hoc\s+tap|nghien\s+cuu|tuyen\s+truyen|pho\s+bien)\s*(?:,\s*|\s+va\s+))*"
    rf"(?:{IMPLEMENTING_VERBS})(?:\s+thuc\s+hien)?\s+$"
)  # ("... Kế hoạch số 60-KH/TU ngày 1/6/2022 để tổ chức quán triệt nghị quyết.")
# (with its date between: "Kế hoạch số 45-KH/HU ngày 12/8/2016 để triển khai thực hiện chỉ thị, đồng thời ...")
_LOWER_HEAD_ENDS = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)(?=\s*[.;]|\s*$|\s+(?:trong\s+thoi\s+gian\s+toi|tren\s+dia\s+ban)\b"
    r"|\s*,\s*(?:dong\s+thoi|qua\s+do|tu\s+do)\b"
    # ("... Kế hoạch số 455-KH/TU triển khai thực hiện kết luận, giao chỉ tiêu cho từng địa phương": what the plan
    # does next; not a generic list "thực hiện nghị quyết, chỉ thị của Đảng")
    rf"|\s*,\s*(?!(?:va|hoac|{HEAD_RE})\b)[a-z]+\s+[a-z])"
)
# ... and opening a sentence, in a purpose frame before its comma: "Để thực hiện nghị quyết, Thành ủy ban hành ..."
_FRONTED_PURPOSE = re.compile(
    rf"(?:^|[.!?]\s+|\n\s*)(?:(?:de|nham)\s+)?(?:tiep\s+tuc\s+)?(?:(?:{IMPLEMENTING_VERBS})(?:\s*,\s*|\s+va\s+|\s+)){{0,2}}"
    rf"(?:{IMPLEMENTING_VERBS})\s+$"
)  # (or the cue alone: "Thực hiện nghị quyết, Tỉnh ủy ban hành ...", two: "Quán triệt và triển khai nghị quyết, ...")
# ... or in a purpose frame that brings it to life: "Để đưa nghị quyết vào cuộc sống, Tỉnh ủy ban hành ..."
_FRONTED_TO_LIFE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:de|nham)\s+(?:som\s+)?dua\s+$")
_HEAD_TO_LIFE = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh(?:\s+hanh\s+dong)?)(?=\s+vao\s+(?:cuoc\s+song|thuc\s+tien)\b)"
)
_HEAD_THEN_COMMA = re.compile(rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh(?:\s+hanh\s+dong)?)(?=\s*,)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_CLAUSE_OPENS = re.compile(r";\s+$")


def _anaphors(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    for start in anchors.body_heads:
        m = _ANAPHOR.match(nt.fold, start)
        if m is not None and _PLURAL_DETERMINER_BEFORE.search(nt.fold, max(0, start - 10), start):
            continue  # "Các nghị quyết này đều nhằm ...", "hai kế hoạch trên": several (loaders.relate)
        if (
            m is None
            and nt.norm[start].isupper()
            and _CUE_RIGHT_BEFORE.search(nt.fold, max(0, start - 45), start)
        ):
            m = _BARE_HEAD.match(nt.fold, start)
        if m is None and _NUMBERED_THEN_CUE.search(nt.fold, max(0, start - 160), start):
            m = _LOWER_HEAD_ENDS.match(nt.fold, start)
        if m is None and _FRONTED_PURPOSE.search(nt.fold, max(0, start - 60), start):
            m = _HEAD_THEN_COMMA.match(nt.fold, start)
        if m is None and _FRONTED_TO_LIFE.search(nt.fold, max(0, start - 20), start):
            m = _HEAD_TO_LIFE.match(nt.fold, start)
        if m is None and (
            (nt.norm[start].isupper() and _SENTENCE_OPENS.search(nt.fold, max(0, start - 4), start))
            or _CLAUSE_OPENS.search(nt.fold, max(0, start - 3), start)  # "...; nghị quyết được xây dựng ..."
        ):
            m = _OPENING_HEAD.match(nt.fold, start) or _OPENING_DATED.match(nt.fold, start)
        if m is None and nt.norm[start].isupper() and _AFTER_WHEN.search(nt.fold, max(0, start - 9), start):
            m = _OPENING_DATED.match(nt.fold, start) or _ISSUED_WHEN.match(nt.fold, start)
        if m is not None:
            found.append(RawMention(m.start(), m.end(), _head_type(m.group("head")), "mention.anaphor"))
    # "HU ban hành KH số 245-KH/HU thực hiện NQ.", "NQ được xây dựng để cụ thể hóa B": an abbreviation alone, in
    # capitals, after a cue or opening a sentence that says what it carries out (not "CT": also a company's)
    if "NQ" in nt.norm or "KH" in nt.norm or "KL" in nt.norm or "HD" in nt.norm or "CTr" in nt.norm:
        for m in _ABBREVIATION_ALONE.finditer(nt.fold):
            start = m.start()
            if not (nt.norm[start].isupper() and nt.norm[start + 1].isupper()):
                continue
            if (
                _CUE_RIGHT_BEFORE.search(nt.fold, max(0, start - 45), start)
                and _ABBREVIATION_CLOSES.match(nt.fold, m.end())
            ) or (
                _SENTENCE_OPENS.search(nt.fold, max(0, start - 4), start)
                and _OPENING_ABBREVIATION.match(nt.fold, start)
            ):
                found.append(RawMention(start, m.end(), _head_type(m.group("head")), "mention.anaphor"))
    # "Thực hiện Quyết định này, ...": a decision named before, after a cue only ("quyết định" is also a verb and
    # a word for any decision)
    start = nt.fold.find("quyet dinh ")
    while start >= 0:
        m = _DECISION_ANAPHOR.match(nt.fold, start)
        # (or opening a sentence, capitalised: "Quyết định này nhằm triển khai B", "Quyết định thực hiện B và C")
        opens = (
            nt.norm[start] == "Q" and _SENTENCE_OPENS.search(nt.fold, max(0, start - 4), start) is not None
        )
        if m is None and opens:
            m = _DECISION_OPENING.match(nt.fold, start)
        if m is not None and (opens or _CUE_RIGHT_BEFORE.search(nt.fold, max(0, start - 45), start)):
            found.append(RawMention(m.start(), m.end(), "decision", "mention.anaphor"))
        start = nt.fold.find("quyet dinh ", start + 11)
    # "văn bản này", "văn bản trên": a document of any type (corefer settles which); not "các văn bản trên"
    start = nt.fold.find("van ban ")
    while start >= 0:
        m = _ANY_DOCUMENT_ANAPHOR.match(nt.fold, start)
        if (
            m is not None
            and not _PLURAL_BEFORE.search(nt.fold, max(0, start - 12), start)
            and not _COUNTED_BEFORE.search(nt.fold, max(0, start - 8), start)
        ):
            found.append(RawMention(m.start(), m.end(), "other", "mention.anaphor"))
        start = nt.fold.find("van ban ", start + 8)
    return found


_COUNTED_BEFORE = re.compile(r"\b(?:hai|ba|bon|nam|sau|cac)\s+$")  # "Hai văn bản này": several
_PLURAL_DETERMINER_BEFORE = re.compile(r"\b(?:hai|ba|bon|cac|nhung|[234])\s+$")
_ABBREVIATION_ALONE = re.compile(r"\b(?P<head>nq|kh|kl|ctr|hd)\b(?!\s*(?:so\b|\d|[-/(]))")
_ABBREVIATION_CLOSES = re.compile(
    r"(?=\s*[,.;]|\s*$|\s+(?:va|cua|tren\s+dia\s+ban|trong|bang|thong\s+qua|vao|toi|cho|nham|de|(?:co\s+)?hieu\s+qua"
    r"|nghiem\s+tuc)\b)"
)
_DECISION_ANAPHOR = re.compile(r"\bquyet\s+dinh\s+(?:nay|noi\s+tren|neu\s+tren|tren)\b(?!\s+dia\s+ban)")
_DECISION_OPENING = re.compile(
    _OPENING_HEAD.pattern.replace(
        rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)(?:\s+chuyen\s+de)?", r"(?P<head>quyet\s+dinh)", 1
    )
)
_ANY_DOCUMENT_ANAPHOR = re.compile(r"\bvan\s+ban\s+(?:nay|noi\s+tren|neu\s+tren|tren)\b(?!\s+dia\s+ban)")


# A back-reference by its owner, right after a cue: "thực hiện chương trình của Tỉnh ủy", "Quán triệt chỉ thị của
# tỉnh", "cụ thể hóa kế hoạch của Đảng ủy xã bằng ...": the document of that type the article named for that body
# or that level (corefer settles which; with none, or several, it names nothing). The owner is a body or a level
# word alone ("của tỉnh", not "của tỉnh Quảng Trị").
_OWNED_REF = re.compile(
    rf"(?P<head>{_OF_BODY_HEADS}|chuong\s+trinh)\s+cua\s+"
    rf"(?:(?P<level>{UNIT_WORD_RE})\b(?!\s+[^\W\d_]+\s+(?:ban\s+hanh|da)\b))?"
)
_CUE_BEFORE_REF = re.compile(rf"\b(?:{IMPLEMENTING_VERBS})(?:\s+(?:thuc\s+hien|dong\s+bo|nghiem\s+tuc))?\s+$")


# ... or opening a clause that says what it carries out: "Chương trình của Tỉnh ủy được ban hành ngày 10/7/2022 để
# thực hiện Kết luận số 34-KL/TW", "...; kế hoạch của Đảng ủy xã lại cụ thể hóa Kế hoạch 174-KH/HU".
_OWNED_OPENS = re.compile(r"(?:^|[.!?:;,]\s+|\n\s*)$")
_OWNED_THEN_CUE = re.compile(
    r"[^.;:\n\d]{0,60}?\s(?:(?:da\s+)?duoc\s+ban\s+hanh[^.;:\n]{0,40}?\s)?(?:(?:de|nham|lai|cung|deu)\s+)*"
    rf"(?:tiep\s+tuc\s+)?(?:{IMPLEMENTING_VERBS})\b"
)


def _owned_refs(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    for start in anchors.body_heads:
        m = _OWNED_REF.match(nt.fold, start)
        if m is None:
            continue
        if not _CUE_BEFORE_REF.search(nt.fold, max(0, start - 40), start) and not (
            _OWNED_OPENS.search(nt.fold, max(0, start - 4), start) and _OWNED_THEN_CUE.match(nt.fold, m.end())
        ):
            continue
        if m.group("level"):
            after = nt.norm[m.end() : m.end() + 2].lstrip()
            if after[:1].isupper():
                continue  # "của tỉnh Quảng Trị": a place, another matter
        elif not ORG_RE.match(nt.fold, m.end()):
            continue
        found.append(RawMention(m.start(), m.end("head"), _head_type(m.group("head")), "mention.owned_ref"))
    return found


_OF = re.compile(r"\s+cua\s+")
_COUNT_BEFORE = re.compile(rf"\b(?:\d{{1,3}}|{NUMBER_WORDS})\s+$")


def _count_sets(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found: list[RawMention] = []
    starts = [c.start() for p in anchors.body_heads if (c := _COUNT_BEFORE.search(nt.fold, max(0, p - 6), p))]
    for m in _matches_at(_COUNT_SET, nt, starts):
        before = nt.fold[max(0, m.start() - 40) : m.start()]
        follows_issue = (
            _ISSUE_BEFORE.search(before) is not None
            or (
                # "đã ban hành 126 văn bản, trong đó có 2 nghị quyết, 5 chỉ thị"
                _INCLUDING_BEFORE.search(before) is not None
                and "ban hanh" in nt.fold[max(0, m.start() - 160) : m.start()]
            )
            # "đã ban hành Chương trình hành động số 04-CTr/TU và 4 nghị quyết chuyên đề": the verb's next object
            or _ISSUED_THEN_AND.search(nt.fold, max(0, m.start() - 120), m.start()) is not None
        )
        follows_set = bool(found) and (
            (found[-1].end >= m.start() - 6 and _SET_SEPARATOR.search(before) is not None)
            # "16 quyết định kiểm tra, giám sát, 21 thông báo kết luận": after what the set before was for
            or (
                m.start() - found[-1].end <= 60
                and _SET_MODIFIER_GAP.fullmatch(nt.fold, found[-1].end, m.start()) is not None
                and _SET_GAP_VERB.search(nt.fold, found[-1].end, m.start()) is None
            )
        )
        if " ".join(m.group("head").split()) == "chuong trinh" and not follows_set:
            continue  # a bare "N chương trình" only in a list of sets ("3 chương trình thành phần" is a part)
        # "B được X cụ thể hóa bằng 3 nghị quyết chuyên đề và 5 chương trình hành động": the means of a cue
        follows_issue = follows_issue or _BY_MEANS_SET.search(before) is not None
        of = _OF.match(nt.fold, m.end())
        # (a count in words only when issued or listed: "thực hiện ba nghị quyết của Bộ Chính trị" refers back)
        of_body = (
            of is not None and ORG_RE.match(nt.fold, of.end()) is not None and m.group("count")[0].isdigit()
        )
        if follows_issue or follows_set or of_body:
            group = found[-1].group if follows_set and found else 1000 + m.start()
            found.append(
                RawMention(
                    m.start(),
                    m.end(),
                    _head_type(m.group("head")),
                    "mention.count_set",
                    is_set=True,
                    group=group,
                )
            )
    return found


# Another country's party: "Nghị quyết Đại hội XI Đảng Nhân dân Cách mạng Lào", "Nghị quyết Hội nghị Trung ương 3
# khóa XX của Đảng Cộng sản Trung Quốc" are not documents of the Communist Party of Vietnam.
_FOREIGN_PARTY = re.compile(
    r"\s*,?\s*(?:khoa\s+[ivxl\d]+\s*,?\s*)?(?:cua\s+)?(?:(?:dai\s+hoi\s+dong|hoi\s+dong\s+bao\s+an)\s+lien\s+hop\s+quoc|"
    r"dang\s+(?:nhan\s+dan\s+cach\s+mang\s+lao|lao\s+dong\s+trieu\s+tien"
    r"|cong\s+san\s+(?!viet\s+nam)(?:trung\s+quoc|cuba|lien\s+xo|phap|nhat|an\s+do|[a-z]+\s+[a-z]+)))"
)  # (and the United Nations' resolutions: "Nghị quyết 2758 của Đại hội đồng Liên hợp quốc")


# The Party's own founding documents, named without a number: "Điều lệ Đảng", "Cương lĩnh xây dựng đất nước trong
# thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)" (domain.md: type "other").
_CHARTER = re.compile(
    r"\b(?:dieu\s+le\s+dang(?!\s+(?:bo|uy|vien|doan)\b)(?:\s+cong\s+san\s+viet\s+nam)?"
    r"|cuong\s+linh\s+(?:chinh\s+tri\s+)?xay\s+dung\s+dat\s+nuoc(?:\s+trong\s+thoi\s+ky\s+qua\s+do\s+len\s+chu\s+nghia"
    r"\s+xa\s+hoi)?"
    r"|cuong\s+linh\s+chinh\s+tri(?:\s+cua\s+dang)?)"  # "Điều lệ Đảng và Cương lĩnh chính trị"
)


# A project or programme named by its quoted title: Đề án “Phát triển văn hóa đọc trong cộng đồng đến năm 2030”.
_QUOTED_TITLE = re.compile(
    r"(?P<head>de\s+an|chuong\s+trinh)\s+[\"\u201c\x1a](?P<title>[^\"\u201d\x1a\n]{8,220})[\"\u201d\x1a]"
)


def _quoted_titles(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    return [
        RawMention(m.start(), m.end(), _head_type(m.group("head")), "mention.named")
        for m in _matches_at(_QUOTED_TITLE, nt, anchors.body_heads)
        if nt.norm[m.start()].isupper()
        # a programme by its quoted name is a campaign or a broadcast ('Chương trình “Tiếp sức đến trường”'), unless
        # a body issues it
        and (
            m.group("head").startswith("de")
            or _ISSUE_BEFORE.search(nt.fold, max(0, m.start() - 12), m.start())
        )
    ]


def _charters(nt: NormalisedText) -> list[RawMention]:
    if "dieu le" not in nt.fold and "cuong linh" not in nt.fold:
        return []
    return [
        RawMention(m.start(), m.end(), "other", "mention.charter")
        for m in _CHARTER.finditer(nt.fold)
        if nt.norm[m.start()].isupper()
    ]


# A province's or a district's committee in plenum names its resolution: "Nghị quyết Hội nghị Thành ủy lần thứ 19",
# "Nghị quyết Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết Hội nghị Ban Chấp hành Đảng bộ thành phố
# lần thứ hai" (the Centre's plenums: _plenum)
# ("Kết luận Hội nghị Tỉnh ủy lần thứ 21": the conclusion of that plenum, too)
_LOCAL_PLENUM = re.compile(
    r"\b(?P<head>nghi\s+quyet|nq|ket\s+luan)\s+(?:cua\s+)?hoi\s+nghi\s+(?:lan\s+thu\s+(?P<n1>\d{1,2}|"
    + WORD_ORDINAL_RE
    + r")\s+)?"
    r"(?P<body>(?:ban\s+chap\s+hanh|bch)\s+dang\s+bo\s+(?P<u1>tinh|thanh\s+pho|huyen|quan|thi\s+xa)"
    r"|(?P<u2>tinh|thanh|huyen|quan|thi)\s+uy)"
    r"(?:\s+lan\s+thu\s+(?P<n2>\d{1,2}|" + WORD_ORDINAL_RE + r"))?"
)
_LOCAL_UNITS = {"tinh": "tỉnh", "thanh": "thành phố", "thanh pho": "thành phố", "huyen": "huyện", "quan": "quận",
                "thi": "thị xã", "thi xa": "thị xã"}  # fmt: skip


def _local_plenum(nt: NormalisedText, anchors: Anchors) -> list[RawMention]:
    found = []
    for m in _matches_at(_LOCAL_PLENUM, nt, anchors.plenum_heads):
        if not (m.group("n1") or m.group("n2")) or not nt.norm[m.start()].isupper():
            continue
        unit = _LOCAL_UNITS[" ".join((m.group("u1") or m.group("u2")).split())]
        kind = "conclusion" if m.group("head").startswith("ket") else "resolution"
        found.append(RawMention(m.start(), m.end(), kind, "mention.local_plenum", congress_unit=unit))
    return found


def find_mentions(nt: NormalisedText) -> list[RawMention]:
    """Every document mention in the text, without overlaps, in text order."""
    anchors = find_anchors(nt)
    candidates = [
        *_plenum(nt, anchors),
        *_local_plenum(nt, anchors),
        *_congress(nt, anchors),
        *_numbered(nt, anchors),
        *_garbled(nt, anchors),
        *_bare_symbols(nt, anchors),
        *_count_sets(nt, anchors),
        *_of_body(nt, anchors),
        *_issued_unnumbered(nt, anchors),
        *_anaphors(nt, anchors),
        *_owned_refs(nt, anchors),
        *_charters(nt),
        *_quoted_titles(nt, anchors),
    ]
    # Earlier rules win ties; otherwise the longer mention wins where two overlap.
    priority = {id(c): i for i, c in enumerate(candidates)}
    kept: list[RawMention] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), priority[id(c)])):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept) and not _FOREIGN_PARTY.match(
            nt.fold, cand.end
        ):
            kept.append(cand)
    kept = [k for k in kept if k.number is not None or not _in_a_draft(nt, k.start)]
    kept.sort(key=lambda c: c.start)
    if (title := _page_title(nt, kept)) is not None:
        kept.insert(0, title)
    return kept


_DRAFT_BEFORE = re.compile(r"\bdu\s+thao\s+(?:cac\s+)?$")


def _in_a_draft(nt: NormalisedText, start: int) -> bool:
    """'góp ý vào dự thảo Nghị quyết của Ban Chấp hành Đảng bộ tỉnh': a draft in running text is no document yet
    (FORMAT.md). A draft named as an item, with a capital ("...; Dự thảo kế hoạch của BCH Đảng bộ huyện về thực hiện
    NQ 26"), is kept: the development set annotates it."""
    draft = _DRAFT_BEFORE.search(nt.fold, max(0, start - 9), start)
    return draft is not None and nt.norm[draft.start()] == "d"


# A page that is itself a document, with no header: its title in capitals on the first line, then a lead opening
# with what it carries out ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 3 NĂM 2025\nThực hiện Kế hoạch số 45-KH/TU ..., Ban
# Tuyên giáo Tỉnh ủy đề nghị ..."). "Định hướng" is no head noun in running text ("định hướng phát triển").
_PAGE_TITLE = re.compile(rf"\s*(?P<head>{HEAD_RE}|dinh\s+huong)\b[^\n]{{4,200}}")
_LEAD_CUE = re.compile(rf"[ \t]*\n\s*(?:tiep\s+tuc\s+)?(?:{IMPLEMENTING_VERBS})\s")
# ... unless the lead reports a document issued, which is then the page's ("..., Tỉnh ủy ban hành Kế hoạch số 12")
_ISSUED_IN_LEAD = re.compile(r"\b(?:ban\s+hanh|xay\s+dung|thong\s+qua)\s+$")


def _page_title(nt: NormalisedText, kept: list[RawMention]) -> RawMention | None:
    title = _PAGE_TITLE.match(nt.fold)
    if title is None or not (lead := _LEAD_CUE.match(nt.fold, title.end())):
        return None
    start, end = title.start("head"), len(nt.fold[: title.end()].rstrip())
    if not nt.norm[start:end].isupper() or any(k.start < end for k in kept):
        return None  # (a headline in capitals naming a numbered document is that document's)
    paragraph_end = nt.fold.find("\n", lead.end())
    paragraph_end = len(nt.fold) if paragraph_end < 0 else paragraph_end
    if any(
        k.start < paragraph_end and _ISSUED_IN_LEAD.search(nt.fold, max(0, k.start - 30), k.start)
        for k in kept
    ):
        return None
    head = " ".join(title.group("head").split())
    return RawMention(start, end, "other" if head == "dinh huong" else _head_type(head), "mention.title")
