"""Attributes of a mention: issue date, issuer, term, subject — read from the words around it.

After the mention ("the tail"): "(ngày 10/1/2022)", "ngày 12-4-2016", "(16/6/2022)", "ngày 08 tháng 01 năm 2020",
"năm 2013" (year only), "của <body>", "khóa XIII", "về <subject>".
Before it: "[Ngày D,] <body> [đã] ban hành <mention>", with the adviser ("tham mưu") and the signer ("Tổng Bí thư
... ký ban hành", "thay mặt <body>") told apart from the issuer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from loaders.find import RawMention
from loaders.issuers import OrgMatch, find_orgs, level_of_party_unit, match_org, named_committee_before
from loaders.lexicon import (
    HEAD_RE,
    IMPLEMENTING_VERBS,
    MEETING_ADOPTS,
    NUMBER_WORDS,
    TYPE_OF_HEAD,
    WORD_ORDINAL_RE,
)
from loaders.normalize import NormalisedText

# (the first days of a month may be written "mồng 3", "mùng 5")
_DMY = r"(?:m[ou]ng\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_DMY_WORDS = r"(?:m[ou]ng\s+)?(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})"
DATE_RE = re.compile(rf"(?:{_DMY}|{_DMY_WORDS})")
# "(ngày 10/1/2022)", ", ngày 14/4/2025", "ngày 9-8-2019", "(16/6/2022)", "[được] ban hành ngày ..."
# A meeting's days: "(từ) ngày 19 đến (ngày) 23/5/2018", "ngày 19-23/5/2018".
_TAIL_DAYS = re.compile(
    r"\s*,?\s*(?:tu\s+)?ngay\s+\d{1,2}(?:\s*[/.]\s*\d{1,2})?\s*(?:-|den|toi)\s*(?:ngay\s+)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
)
_TAIL_DATE = re.compile(
    # ("A và B cùng ngày 10/02/2021": the day both were issued)
    rf"\s*[,-]?\s*(?P<paren>\()?\s*(?:cung\s+(?=(?:(?:duoc\s+)?ban\s+hanh\s+)?ngay\s*\d))?"
    # ("được ký ngày", "được ký ban hành ngày", "ký, ban hành ngày": signed, the day it was issued)
    rf"(?:(?:da\s+)?(?:duoc\s+)?(?:ky(?:\s*,?\s*ban\s+hanh)?|ban\s+hanh|thong\s+qua|ra\s+doi)\s+(?(paren)|(?P<p2>\()?))?"
    # ("được ban hành cùng ngày 3/7/2025")
    rf"(?:(?:vao\s+)?(?:cung\s+)?ngay\s*)?(?:{_DMY}|{_DMY_WORDS})\s*(?(paren)\))(?(p2)\))"
)  # ("được ban hành (14/7/2023)": the bracket after the verb)
# "Kế hoạch số 37 về ... (ban hành ngày 21/8/2025) được ...": the issue date given aside, after the subject.
_DATED_ASIDE = re.compile(rf"\(\s*(?:da\s+|duoc\s+)?ban\s+hanh\s+(?:ngay\s*)?(?:{_DMY}|{_DMY_WORDS})\s*\)")
# "Chỉ thị 21 năm 2013", "Hướng dẫn số 09-HD/TU (2023) của ..."
_TAIL_YEAR = re.compile(r"\s*,?\s*(?:(?:ban\s+hanh\s+)?nam\s+(?P<y>\d{4})\b|\((?P<y2>(?:19|20)\d\d)\))")
_TAIL_OF = re.compile(
    r"\s*,?\s*(?:la\s+)?cua\s+"
)  # ("Nghị quyết số 15 ngày 1/6/2012 là của Hội nghị Trung ương 5")
# a notice conveys a body's conclusion: "Thông báo số 512-TB/TU ngày 12/7/2023 kết luận của Ban Thường vụ Thành ủy"
_COMMITTEE_CODES = frozenset({"TU", "HU", "QU", "THU", "ĐU"})
_TAIL_CONCLUSION_OF = re.compile(r"\s*,?\s*(?:(?:y\s+kien\s+)?ket\s+luan|y\s+kien\s+chi\s+dao)\s+cua\s+")
_QUOTE_CLOSES = re.compile(r"\s*[\"\x1a]")  # (curly quotes fold to \x1a)
_TAIL_OF_PARTY = re.compile(r"\s*cua\s+dang(?!\s+(?:uy|bo|doan)\b)\b")
# Every tail pattern starts (after spaces and a comma) with one of these: "(", ngày, năm, ban hành, của, do,
# được, khóa, nhiệm kỳ, hội nghị, "-", or a digit of a date.
_JOINT = re.compile(r"\s*va\s+")
# After a second body joined by a comma, what may follow when it is still the issuer ("của Bộ Chính trị, Ban Bí
# thư về ..."), not the subject of the next clause ("Căn cứ Quy định 69 của Bộ Chính trị, Ủy ban Kiểm tra Trung
# ương quyết định ...").
_ENDS_A_JOINT = re.compile(
    r"\s*(?:[,.;:()\[\]\x1a\"-]|$|(?:ve|ngay|khoa|va|nam|so|tai|da|duoc|thuc\s+hien|trien\s+khai)\b)"
)
_COMMA = re.compile(r"\s*,\s*")
_FRONTED = re.compile(r"\s*(?:can\s+cu|thuc\s+hien|theo|trien\s+khai|quan\s+triet|tren\s+co\s+so|de)\b")


def _sentence_start(fold: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last ". " or line break before it."""
    return max(fold.rfind(". ", 0, pos), fold.rfind("\n", 0, pos)) + 1


def _in_fronted_clause(fold: str, pos: int) -> bool:
    """Is ``pos`` in a clause fronted before the sentence's subject ("Căn cứ ... của Bộ Chính trị, <subject> ...")?"""
    return _FRONTED.match(fold, _sentence_start(fold, pos)) is not None


# The Party's central leadership, which lists its joint documents' bodies with a comma ("của Bộ Chính trị, Ban Bí
# thư"); a comma between one of them and a ministry's or an agency's committee ends a clause instead ("Thực hiện
# Nghị quyết số 04 của Ban Chấp hành Trung ương, Ban cán sự đảng Viện Kiểm sát nhân dân tối cao tổ chức ...").
_LEADERSHIP = frozenset({"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"})
_MEMBER_OF = re.compile(r"\buy\s+vien\s+$")
# "Theo [lãnh đạo, đại diện, ông X, Trưởng ...] <body>, ...": the source of what follows
_SOURCE_OF = re.compile(r"(?:^|[.;:\n]\s*|,\s*)theo\s+(?:[^\W\d_]+\s+){0,5}$")
_AT_MEETING_OF = re.compile(r"\b(?:tai|trong)\s+(?:ky\s+hop|hoi\s+nghi)(?:\s+[^\W_]+){0,4}\s+$")


def _comma_joins(first: OrgMatch, second: OrgMatch) -> bool:
    return second.level == "central" and (first.name in _LEADERSHIP) == (second.name in _LEADERSHIP)


def _central_comma(org: OrgMatch, fold: str) -> re.Match[str] | None:
    """ "của Bộ Chính trị, Ban Bí thư": central bodies issuing jointly are also listed with a comma."""
    return _COMMA.match(fold, org.end) if org.level == "central" else None


_TAIL_START = re.compile(r"\s*,?\s*(?:[-()nbcdkhvmgry\d]|tu\s+ngay|la\s+cua\b)")
# a joint document's bodies: "Nghị quyết liên tịch số 01 giữa Ban Thường vụ Huyện ủy và Đảng ủy Quân sự huyện"
_TAIL_BETWEEN = re.compile(r"\s*,?\s*giua\s+")
# only the plenum organisation starts so; also in brackets: "(Hội nghị Trung ương 8 khóa XIII)"
# ("của Hội nghị Tỉnh ủy lần thứ 11 (khóa XVI)": the committee by its name)
_PLENUM_OF_COMMITTEE = re.compile(
    r"hoi\s+nghi\s+(?:lan\s+thu\s+\w+\s+)?(?=ban\s+chap\s+hanh\b|(?:tinh|thanh|huyen|quan|thi|dang)\s+uy\b)"
)
_TAIL_PLENUM = re.compile(r"\s*,?\s*\(?\s*(?=hoi\s+nghi\b)")
# (also a relative clause: "Kế hoạch số 77-KH/TU mà Ban Thường vụ Tỉnh ủy ban hành để thực hiện ...")
# (also after the document's alias in brackets: "Quy định 15-QĐ/TU (gọi tắt là Quy định 15) được X ban hành")
_TAIL_BY = re.compile(r"\s*\)?\s*,?\s*(?:(?:vua|da|moi|cung)\s+)?(?:do|duoc|ma)\s+")
# (a body signs it too: "Kế hoạch số 110-KH/TU do Ban Thường vụ Tỉnh ủy Tiền Giang ký ngày 4/3/2019")
_ISSUED_AFTER_BODY = re.compile(
    r"\s*(?:(?:da|vua|cung)\s+)*(?:(?:ky\s+)?ban\s+hanh|thong\s+qua|ky(?=\s+(?:vao\s+)?ngay\s+\d))\b"
)
# "do <signer> thay mặt <body> ký (ban hành)": the signer acts for the body, which issues
# "Kế hoạch số 210-KH/TU do đồng chí X, Phó Bí thư Thường trực Tỉnh ủy ký ngày 4/4/2024": the signing date
_TAIL_SIGNED_ON = re.compile(
    rf"\s*,?\s*do\s+[^;:()\n.]{{2,100}}?\bky(?:\s+ban\s+hanh)?\s+(?:vao\s+)?ngay\s*(?:{_DMY}|{_DMY_WORDS})"
)
# "Kế hoạch số 20-KH/TU (do Ban Thường vụ Tỉnh ủy ban hành ngày 2/3/2021) về ...": the body and date aside
_TAIL_BY_ASIDE = re.compile(r"\s*\(\s*(?:(?:vua|da)\s+)?do\s+")
# its date and body in one bracket: "Quy định số 1250-QĐ/TU (ngày 5/2/2024 của Ban Thường vụ Tỉnh ủy) về ...",
# "Nghị quyết 57 (ngày 22/12/2024, của Bộ Chính trị)"
_TAIL_DATED_OF = re.compile(rf"\s*\(\s*(?:ngay\s*)?(?:{_DMY}|{_DMY_WORDS})\s*,?\s*cua\s+")
_CLOSES = re.compile(r"\s*\)")
_ISSUED_ASIDE_END = re.compile(
    rf"\s*(?:da\s+|vua\s+)?(?:ky\s+)?ban\s+hanh(?:\s+(?:vao\s+)?(?:ngay\s*)?(?:{_DMY}|{_DMY_WORDS}))?\s*\)"
)
_TAIL_BY_SIGNER = re.compile(
    r"\s*,?\s*do\s+(?:[^,;.:()\n]{2,60}?\bthay\s+mat\s+"
    # "do đồng chí X, Phó Bí thư Thường trực Huyện ủy ký thay mặt Ban Thường vụ Huyện ủy"
    r"|[^;.:()\n]{2,100}?\bky\s+(?:thay\s+mat|t\s*/\s*m)\s+)"
)
_SIGNED_AFTER_BODY = re.compile(
    r"\s*,?\s*(?:da\s+)?(?:ky(?:\s+ban\s+hanh)?|ban\s+hanh)\b|(?<=\S)(?=\s*[,.;]|\s*$)"
)
_ANOTHER_DATE = re.compile(r"\s*(?:,|va)\s*(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}")
_SIGNED_BEFORE_BODY = re.compile(r"\bky\s+(?:thay\s+mat|t\s*/\s*m)\s+$")
_TAIL_ABBREV = re.compile(r"[ \t]*\((?P<abbr>[^\W\d_]{1,6}\s?\d{0,4})\)")  # "(NQ21)", "(NQ)"
_TAIL_TERM = re.compile(r"\s*,?\s*-?\s*\(?\s*khoa\s+(?P<t>[ivxl]{1,6}|\d{1,2})\b\s*\)?")
_TAIL_TENURE = re.compile(r"\s*,?\s*nhiem\s+ky\s+\d{4}\s*-\s*\d{4}")
# (a title may open with a quote; a letter names whom it is sent to first: "Công văn số 1820-CV/TU gửi các cấp ủy
# trực thuộc về việc ...")
_SUBJECT_START = re.compile(
    r"(?:\s+gui\s+[^,;.:\n\d\"]{2,60}?(?=\s+ve\b))?\s*,?\s*[\"\x1a]?(?:ve\s+viec|ve)\s+"
)
# (also "kèm theo", "cùng với": "Nghị quyết số 11 về chuyển đổi số, kèm theo Kế hoạch số 88")
# The purpose of the document after its title, with no comma: " [được ban hành] nhằm/để [tiếp tục] thực hiện"
_PURPOSE_CLAUSE = re.compile(
    r"\s+(?:(?:da\s+)?duoc\s+ban\s+hanh\s+)?(?:nham|de)\s+(?:(?:tiep\s+tuc|to\s+chuc|trien\s+khai)\s+)?"
    rf"(?:{IMPLEMENTING_VERBS})\b"
)
_ALIAS_OPENS = re.compile(r"\s*[(,]\s*(?:sau\s+day\s+)?(?:goi\s+tat|viet\s+tat|goi)\s+(?:la\s+)?")
_TRAILING_JOIN = re.compile(
    r"(?:[\s,;]+(?:va|cung|hoac|kem\s+theo|cung\s+voi|thay\s+the(?:\s+cho)?|bai\s+bo)?)+\s*$"
)  # (and what it does to the next: "về cán bộ, thay thế <next mention>")
_SUBJECT_END = re.compile(r"[;\n]|\.\s|\.$|”|\"|…")


class Found:
    """A value read from the text, with the span (normalised offsets) and the rule that read it."""

    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = ("end", "rule", "start", "value")

    def __init__(self, value: str, start: int, end: int, rule: str) -> None:
        self.value: Final = value
        self.start: Final = start
        self.end: Final = end
        self.rule: Final = rule


class Tail:
    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = ("date", "end", "issuers", "subject", "term", "year")

    def __init__(
        self,
        end: int,
        date: Found | None = None,
        year: Found | None = None,
        issuers: tuple[OrgMatch, ...] = (),
        term: Found | None = None,
        subject: Found | None = None,
    ) -> None:
        self.end: Final = end  # where the mention's own description (date, issuer, term) ends
        self.date: Final = date
        self.year: Final = year
        self.issuers: Final = issuers
        self.term: Final = term
        self.subject: Final = subject


def parse_date(m: re.Match[str]) -> str | None:
    d = m.group("d") or m.group("d2")
    mo = m.group("m") or m.group("m2")
    y = m.group("y") or m.group("y2")
    try:
        value = date(int(y), int(mo), int(d))
    except (TypeError, ValueError):
        return None
    return value.isoformat() if 1930 <= value.year <= 2100 else None


def read_tail(nt: NormalisedText, mention: RawMention, limit: int) -> Tail:
    """The description right after a mention, up to ``limit`` (the next mention's start)."""
    fold = nt.fold
    pos = mention.end
    found_date = year = term = None
    issuers: list[OrgMatch] = []
    for _ in range(6):
        if not _TAIL_START.match(fold, pos):
            break  # nothing that can continue a description: the common case, decided with one match
        if (m := _TAIL_DATE.match(fold, pos)) and m.end() <= limit:
            iso = parse_date(m)
            separated = fold[m.start() : m.end()].lstrip().startswith(",")
            if (
                found_date is not None
                or iso is None
                # "27-NQ/TW, 28-NQ/TW cùng ngày 9/11/2022 và 17/11/2022": which is whose is not said
                or (fold.find("cung ngay", m.start(), m.end()) >= 0 and _ANOTHER_DATE.match(fold, m.end()))
                or (separated and _opens_issuance(nt, m.end(), limit))
                # "Theo tinh thần Nghị quyết số 36, ngày 8/6/2019, tỉnh Bến Tre tổ chức ...": the next clause's day
                or (separated and _PLACE_OPENS_CLAUSE.match(fold, m.end()) is not None)
                or _on_a_new_line(nt, m.start(), m.start("d") if m.group("d") else m.start("d2"))
            ):
                # a second date, or "..., ngày 12-4-2016, Tỉnh ủy đã ban hành NQ số 02": the next document's
                # ("Kết luận số 123 ngày 24/1/2025, Tỉnh ủy ban hành ..." with no comma: the mention's own date)
                break
            found_date = Found(iso, m.start(), m.end(), "date.after_mention")
        elif (
            (m := _TAIL_DATED_OF.match(fold, pos))
            and found_date is None
            and not issuers
            and (iso := parse_date(m))
            and (org := match_org(nt, m.end()))
            and (closed := _CLOSES.match(fold, org.end))
            and closed.end() <= limit
        ):
            found_date = Found(iso, m.start(), m.end(), "date.after_mention")
            issuers.append(org)
            pos = closed.end()
            continue
        elif (
            mention.type == "notice"
            # (a committee's own notice; the Central Office's, "150-TB/TW" or "2135-TB/VPTU", conveys another's)
            and (mention.organ or "").upper() in _COMMITTEE_CODES
            and not issuers
            and (m := _TAIL_CONCLUSION_OF.match(fold, pos))
            and (org := match_org(nt, m.end()))
            and org.end <= limit
        ):
            issuers.append(org)
            pos = org.end
            continue
        elif (m := _TAIL_SAME_DAY.match(fold, pos)) and m.end() <= limit and found_date is None:
            # "... và Kế hoạch số 13 cùng ngày ...", "Nghị quyết 19-NQ/TW ngày D ...; Nghị quyết 20-NQ/TW cùng ngày"
            central = level_of_organ(mention.organ) == "central"
            found_date = same_day(nt, m.start("same"), m.end(), central_ok=central)
            if found_date is None:
                break
        elif (m := _TAIL_DAYS.match(fold, pos)) and m.end() <= limit:
            pass  # "ngày 19 đến 23/5/2018": the plenum's days, no issue date
        elif (m := _TAIL_YEAR.match(fold, pos)) and m.end() <= limit and year is None:
            group = "y" if m.group("y") else "y2"
            year = Found(m.group(group), m.start(group), m.end(group), "year.after_mention")
        elif (m := _TAIL_ABBREV.match(fold, pos)) and m.end() <= limit:
            pass
        elif (m := _TAIL_TERM.match(fold, pos)) and m.end() <= limit and term is None:
            term = Found(m.group("t"), m.start(), m.end(), "term.after_mention")
        elif (m := _TAIL_TENURE.match(fold, pos)) and m.end() <= limit:
            pass
        elif (m := _TAIL_OF_PARTY.match(fold, pos)) and m.end() <= limit:
            pass  # "Nghị quyết Đại hội XIV của Đảng được thông qua ngày ...": the Party itself, not an issuer
        elif (
            (m := _TAIL_BY.match(fold, pos))
            and not issuers
            and (org := match_org(nt, m.end()))
            and (issued := _ISSUED_AFTER_BODY.match(fold, org.end) or _jointly_issued(nt, org))
        ):
            # "Kết luận số 21 do Bộ Chính trị ban hành", "... do X và Y cùng ban hành"
            issuers.extend(_bodies_before(nt, org, issued.start()))
            pos = issued.end()
            continue
        elif (
            (m := _TAIL_BETWEEN.match(fold, pos))
            and m.end() <= limit
            and not issuers
            and (org := match_org(nt, m.end()))
            and (joint := _JOINT.match(fold, org.end))
            and (other := match_org(nt, joint.end()))
        ):
            issuers.extend((org, other))
            pos = other.end
            continue
        elif (
            (m := _TAIL_SIGNED_ON.match(fold, pos))
            and m.end() <= limit
            and found_date is None
            and (iso := parse_date(m))
        ):
            found_date = Found(iso, m.start(), m.end(), "date.signed")
        elif (
            (m := _TAIL_BY_ASIDE.match(fold, pos))
            and not issuers
            and (org := match_org(nt, m.end()))
            and (aside := _ISSUED_ASIDE_END.match(fold, org.end))
            and aside.end() <= limit
        ):
            issuers.append(org)
            if found_date is None and (aside.group("d") or aside.group("d2")) and (iso := parse_date(aside)):
                found_date = Found(iso, aside.start(), aside.end(), "date.after_mention")
            pos = aside.end()
            continue
        elif (
            (m := _TAIL_BY_SIGNER.match(fold, pos))
            and not issuers
            and (org := match_org(nt, m.end()))
            and (
                (signed := _SIGNED_AFTER_BODY.match(fold, org.end))
                # "... do đồng chí X ký thay mặt Ban Thường vụ Tỉnh ủy nêu rõ ...": signed already
                or (signed := _SIGNED_BEFORE_BODY.search(fold, m.start(), m.end()))
            )
        ):
            issuers.append(org)  # "Chỉ thị số 45 do Tổng Bí thư Tô Lâm thay mặt Bộ Chính trị ký ban hành"
            pos = max(signed.end(), org.end)
            continue
        elif (m := _TAIL_PLENUM.match(fold, pos)) and not issuers and (org := match_org(nt, m.end())):
            issuers.append(org)  # "Nghị quyết số 18-NQ/TW, ngày 25/10/2017 Hội nghị lần thứ sáu BCH TW ..."
            pos = org.end
            continue
        elif (
            (m := _TAIL_OF.match(fold, pos))
            and not issuers
            and (
                (org := match_org(nt, m.end()))
                # "của Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 4": the committee in plenum
                or (
                    (plenum := _PLENUM_OF_COMMITTEE.match(fold, m.end()))
                    and (org := match_org(nt, plenum.end()))
                )
            )
        ):
            issuers.append(org)
            # Joint issuers: "của Ban Bí thư và Bộ Chính trị" — but not "của Bộ Chính trị, Tỉnh ủy đã ban hành ...",
            # where the second body starts the next clause.
            while (
                (joint := _JOINT.match(fold, org.end) or _central_comma(org, fold))
                and (nxt := match_org(nt, joint.end()))
                and (
                    joint.group(0).strip() != ","
                    or (
                        _comma_joins(org, nxt)
                        and (
                            _ENDS_A_JOINT.match(fold, nxt.end) is not None
                            or not _in_fronted_clause(fold, pos)
                        )
                    )
                )
                and not _ISSUE_VERB_AHEAD.match(fold[nxt.end :].lstrip(" ,"))
            ):
                issuers.append(nxt)
                org = nxt
            pos = org.end
            continue
        else:
            break
        pos = m.end()
    subject = _subject(nt, pos, limit)
    if subject is not None and (closed := _QUOTE_CLOSES.match(fold, subject.end)) is not None:
        # 'Nghị quyết số 05-NQ/TU “Về phát triển du lịch” của Ban Chấp hành Đảng bộ tỉnh được ban hành ngày ...':
        # the description goes on after a quoted title
        after = closed.end()
        if not issuers and (of := _TAIL_OF.match(fold, after)) and (org := match_org(nt, of.end())):
            issuers.append(org)
            after = org.end
        if (
            found_date is None
            and (dated := _TAIL_DATE.match(fold, after))
            and dated.end() <= limit
            and (iso := parse_date(dated))
        ):
            found_date = Found(iso, dated.start(), dated.end(), "date.after_mention")
            after = dated.end()
        if after > closed.end():
            subject = Found(subject.value, subject.start, after, subject.rule)
    if subject is not None and (
        aside := _DATED_ASIDE.search(fold, subject.start, min(limit, subject.end + 40))
    ):
        if found_date is None and (iso := parse_date(aside)):
            found_date = Found(iso, aside.start(), aside.end(), "date.aside")
        text = " ".join(nt.norm[subject.start : aside.start()].split()).strip(" ,:(")
        subject = Found(text, subject.start, aside.start(), subject.rule) if text else None
    # "Chỉ thị số 45 về ... do Tổng Bí thư Tô Lâm thay mặt Bộ Chính trị ký ban hành"
    if subject is not None and not issuers and (acting := _signer_in_subject(nt, subject)):
        org, subject = acting
        issuers.append(org)
    # "Kế hoạch số 05-KH/TU về chuyển đổi số do Tỉnh ủy ban hành ngày 3/4/2021": the body, and the day it issued it
    if (
        subject is not None
        and not issuers
        and (by := _issued_by_after_subject(nt, subject, limit))
        # "... Kế hoạch của Chính phủ triển khai Nghị quyết 68-NQ/TW về ... do Chính phủ ban hành": the State issued
        # the title's document, not the Party's
        and not (mention.organ is not None and by[0].name.startswith(_STATE_BODIES))
    ):
        org, subject, issued_on = by
        issuers.append(org)
        if found_date is None and issued_on is not None:
            found_date = issued_on
    if subject is not None and not issuers and (ending := _issuer_ending_subject(nt, mention, subject)):
        org, subject = ending
        issuers.append(org)
        if subject is not None and found_date is None and (ending_date := _date_ending_subject(nt, subject)):
            # "Nghị quyết số 45-NQ/TW về đội ngũ trí thức, cùng ngày 24/11/2023 của Ban Chấp hành Trung ương"
            found_date, subject = ending_date
    if (
        subject is not None
        and found_date is None
        and (closing := _date_ending_subject(nt, subject, _CLOSING_DAY))
    ):
        # "... và Nghị quyết số 06-NQ/TU về nông nghiệp, cùng ngày 3/7/2025.", "... về ... được ban hành cùng ngày D"
        found_date, subject = closing
    if term is None:
        term = next((Found(o.term, o.start, o.end, "term.of_issuer") for o in issuers if o.term), None)
    return Tail(pos, found_date, year, tuple(issuers), term, subject)


def _jointly_issued(nt: NormalisedText, org: OrgMatch) -> re.Match[str] | None:
    """'do X và Y cùng ban hành': the verb after the second body."""
    joint = _JOINT.match(nt.fold, org.end)
    other = match_org(nt, joint.end()) if joint else None
    return _ISSUED_AFTER_BODY.match(nt.fold, other.end) if other else None


def _bodies_before(nt: NormalisedText, org: OrgMatch, verb_start: int) -> tuple[OrgMatch, ...]:
    """``org``, and the body joined to it by "và" right before the verb."""
    joint = _JOINT.match(nt.fold, org.end)
    other = match_org(nt, joint.end()) if joint else None
    return (org, other) if other is not None and other.end <= verb_start else (org,)


_SIGNER_IN_SUBJECT = re.compile(r"\s+do\s+[^,;.:()\n]{2,60}?\bthay\s+mat\s+")


def _signer_in_subject(nt: NormalisedText, subject: Found) -> tuple[OrgMatch, Found | None] | None:
    """The body a signer acts for, at the end of the subject; the subject cut before "do"."""
    signed = _SIGNER_IN_SUBJECT.search(nt.fold, subject.start, subject.end)
    org = match_org(nt, signed.end()) if signed else None
    if signed is None or org is None or not _SIGNED_AFTER_BODY.match(nt.fold, org.end):
        return None
    text = " ".join(nt.norm[subject.start : signed.start()].split()).strip(" ,")
    return org, (Found(text, subject.start, signed.start(), subject.rule) if text else None)


_STATE_BODIES = (
    "Chính phủ",
    "Quốc hội",
    "Thủ tướng",
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Ủy ban Thường vụ Quốc hội",
)
_BY_IN_SUBJECT = re.compile(r"\s*,?\s+(?:(?:vua|da|moi)\s+)?(?:do|duoc)\s+")  # ("được X ban hành": passive)
_ISSUED_ON = re.compile(rf"\s*(?:vao\s+)?ngay\s*(?:{_DMY}|{_DMY_WORDS})")


def _issued_by_after_subject(
    nt: NormalisedText, subject: Found, limit: int
) -> tuple[OrgMatch, Found | None, Found | None] | None:
    """The body of "do <body> [đã] ban hành" after the subject, the subject cut before it, and the day after the
    verb if it says one. Only with the verb right after the body: "do" alone is also "because"."""
    for by in _BY_IN_SUBJECT.finditer(nt.fold, subject.start, subject.end):
        org = match_org(nt, by.end())
        if org is None or (issued := _ISSUED_AFTER_BODY.match(nt.fold, org.end)) is None:
            continue
        on = _ISSUED_ON.match(nt.fold, issued.end())
        iso = parse_date(on) if on is not None and on.end() <= limit else None
        text = " ".join(nt.norm[subject.start : by.start()].split()).strip(" ,:(")
        # the subject's text stops before "do", its span runs over the issuing: what follows ("... nhằm thực hiện
        # B") is read from there on
        end = max(subject.end, on.end() if on is not None and iso else issued.end())
        cut = Found(text, subject.start, end, subject.rule) if text else None
        return org, cut, (Found(iso, on.start(), on.end(), "date.after_mention") if on and iso else None)
    return None


def _on_a_new_line(nt: NormalisedText, start: int, date_start: int) -> bool:
    """A headline ends with a mention and the lead below opens with 'Ngày 20/2/2025, ...': not the mention's date.
    (A hard-wrapped line goes on in lower case: '... Nghị quyết số 57-NQ/TW\\nngày 22/12/2024 ...'.)"""
    newline = nt.norm.find("\n", start, date_start)  # a break inside the date ("năm\\n2020") is wrapping
    if newline < 0:
        return False
    word = nt.fold.find("ngay", start, date_start)
    if 0 <= word < newline:
        return (
            False  # "ban hành KH 210-KH/TU ngày\\n18/12/2024": the date phrase opened on the mention's line
        )
    first = nt.norm[newline : date_start + 1].strip(" \t\r\n,(")
    return (
        first[:1].isupper() or first[:1].isdigit()
    )  # "Ngày 20/2/2025, ..." or a timestamp "12/03/2025 08:15"


# After a body: a verb of its own clause ("tổ chức", "đã ban hành"), not "của", "khóa", "về" or a comma.
_COMMA_OR_SPACE = re.compile(r"\s*,?\s*")
_CLAUSE_VERB_AHEAD = re.compile(r"[\s,]*(?!cua\b|khoa\b|ve\b|nhiem\s+ky\b|lan\s+thu\b|va\b)[a-z]+\b")


def _opens_issuance(nt: NormalisedText, pos: int, limit: int) -> bool:
    """Is ``pos`` followed by ", <body> <verb>" (so that a date before it dates the next clause: "Thực hiện NQ 57,
    ngày 20/3/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị ...", "..., ngày 12-4-2016, Tỉnh ủy đã ban hành ...")?
    A plenum after the date is the mention's issuer ("NQ 18-NQ/TW, ngày 25/10/2017, Hội nghị lần thứ sáu ...")."""
    # without a comma too: "Sau khi ... Kết luận 150, ngày 20/4 Ban Thường vụ đã tổ chức ..."
    m = _COMMA_OR_SPACE.match(nt.fold, pos, limit)
    if not m or nt.fold.startswith("hoi nghi", m.end()):
        return False
    org = match_org(nt, m.end())
    return org is not None and _CLAUSE_VERB_AHEAD.match(nt.fold, org.end, limit) is not None


_DATE_THEN = re.compile(rf"ngay\s*(?:{_DMY}|\d{{1,2}}\s*[/.-]\s*\d{{1,2}})\s*,?\s*")


def _subject(nt: NormalisedText, pos: int, limit: int) -> Found | None:
    m = _SUBJECT_START.match(nt.fold, pos)
    if not m or m.end() >= limit:
        return None
    start = m.end()
    quoted = nt.norm[start : start + 1] in '“"'
    if quoted:
        start += 1
    stop = _SUBJECT_END.search(nt.norm, start, min(limit, start + 300))
    while stop is not None:
        if _title_goes_on_after(nt, stop):
            stop = _SUBJECT_END.search(nt.norm, stop.end(), min(limit, start + 300))
        elif not quoted and (after := _inner_quote_end(nt, start, stop)) is not None:
            stop = _SUBJECT_END.search(nt.norm, after, min(limit, start + 300))
        else:
            break
    end = stop.start() if stop else min(limit, start + 300)
    # "Thực hiện Chỉ thị 45 về đại hội ..., Ban Thường vụ ... ban hành ...": the subject ends before the body
    # (also after a headline's colon: "Triển khai Nghị quyết 68 về ...: Tỉnh ủy ban hành ...").
    for comma in re.finditer(r"[,:]\s*", nt.fold[start:end]):
        dated = _DATE_THEN.match(nt.fold, start + comma.end())  # "..., ngày 3/2/2023 Tỉnh ủy đã ban hành A"
        # (or "..., còn Thành ủy Cần Thơ triển khai ...": another body's clause)
        contrast = _CONTRAST.match(nt.fold, start + comma.end())
        after = dated.end() if dated else (contrast.end() if contrast else start + comma.end())
        # (a body's name opens with a capital: the look-up only there)
        if (
            (nt.norm[after : after + 1].isupper() and match_org(nt, after))
            or _ALSO.match(nt.fold, start + comma.end())
            or _WE_ISSUE.match(nt.fold, after)  # "..., chúng tôi đã ban hành A": a speaker's own body
            or _AND_ON_A_DAY_ISSUES.match(
                nt.fold, start + comma.end()
            )  # "..., và ngày 24/2 có Quy định số 226"
            or (
                comma.group().startswith(",")
                and (
                    _CUE_AFTER_COMMA.match(nt.fold, start + comma.end())
                    # "... về phát triển du lịch, ban hành Chương trình số 18": the body's next act
                    or _ISSUES_AFTER_COMMA.match(nt.fold, start + comma.end())
                )
            )
        ):
            # (or the sentence goes on: "..., đồng thời thực hiện C"; or the document's purpose follows its title:
            # "Quy định số 03 về chế độ báo cáo, thực hiện Quy định số 22-QĐ/TW")
            end = start + comma.start()
            break
    if (purpose := _PURPOSE_CLAUSE.search(nt.fold, start, end)) is not None:
        end = purpose.start()  # "về ... xây dựng xã hội học tập được ban hành nhằm tiếp tục thực hiện B"
    if (alias := _ALIAS_OPENS.search(nt.fold, start, end)) is not None:
        end = (
            alias.start()
        )  # "về luân chuyển cán bộ (gọi tắt là Quy định 15)": the alias is no part of the title
    if (joint := _TRAILING_JOIN.search(nt.fold, start, end)) is not None:
        end = joint.start()  # "về chuyển đổi số và <next mention>": the subject stops before the conjunction
    text = " ".join(nt.norm[start:end].split()).strip(" ,:(")
    return Found(text, start, end, "subject.ve") if text else None


# An official title may hold a semicolon: "Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống
# chính trị; kiên quyết ngăn chặn, đẩy lùi ...". The title goes on after ";" when a lower-case word follows that
# opens no clause of its own: no linking adverb, no verb of the report, no document, no body.
_CLAUSE_OPENER = re.compile(
    r"(?:dong\s+thoi|sau\s+do|qua\s+do|trong\s+(?:khi\s+)?do|tiep\s+(?:do|tuc|theo)|tu\s+do|nho\s+do|do\s+do|theo\s+do"
    r"|ngoai\s+ra|ben\s+canh\s+do|mat\s+khac|tuy\s+nhien|nhung|con|rieng|vi\s+vay|cac|nhieu|moi|tat\s+ca"
    r"|chi\s+dao|giao|yeu\s+cau|de\s+nghi|ban\s+hanh|to\s+chuc"
    rf"|{IMPLEMENTING_VERBS}|{HEAD_RE})\b"
)


def _inner_quote_end(nt: NormalisedText, start: int, stop: re.Match[str]) -> int | None:
    """A quoted phrase inside a title that does not open with a quote: 'về ngăn chặn những biểu hiện "tự diễn
    biến", "tự chuyển hóa" trong nội bộ'. Where the phrase ends (to search on from), or None when the quote ends
    the title."""
    quote = stop.group()
    if quote == "”":
        before = nt.norm[start : stop.start()]
        return stop.end() if before.count("“") > before.count("”") else None
    if quote != '"':
        return None
    close = nt.norm.find('"', stop.end(), stop.end() + 160)
    if close < 0 or any(c in nt.norm[stop.end() : close] for c in ";\n"):
        return None
    return close + 1


def _title_goes_on_after(nt: NormalisedText, stop: re.Match[str]) -> bool:
    if stop.group() != ";":
        return False
    word = stop.end() + len(nt.norm[stop.end() :]) - len(nt.norm[stop.end() :].lstrip(" "))
    if not nt.norm[word : word + 1].islower():
        return False
    return _CLAUSE_OPENER.match(nt.fold, word) is None and match_org(nt, word) is None


# (or a time before the body: "..., trước đây Thành ủy Cần Thơ đã ban hành A")
_CONTRAST = re.compile(
    r"(?:con|trong\s+khi|rieng|truoc\s+(?:day|do)|sau\s+do|hien\s+nay|vua\s+qua|gan\s+day)\s*,?\s+"
)
_AND_ON_A_DAY_ISSUES = re.compile(
    r"va\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,?\s*(?:(?:da|lai)\s+)?(?:co|ban\s+hanh)\b"
)
_WE_ISSUE = re.compile(r"chung\s+toi\s+(?:(?:da|vua|cung)\s+)*(?:ky\s+)?(?:ban\s+hanh|xay\s+dung)\b")
_CUE_AFTER_COMMA = re.compile(rf"(?:(?:de|nham|tiep\s+tuc)\s+)*(?:{IMPLEMENTING_VERBS})\b")
_ALSO = re.compile(r"(?:dong\s+thoi|qua\s+do|tu\s+do|sau\s+do)\b")
_ISSUES_AFTER_COMMA = re.compile(r"(?:(?:da|roi|cung)\s+)?(?:ky\s+)?ban\s+hanh\b(?!\s+kem\s+theo)")
_OF_IN_SUBJECT = re.compile(r"\s+cua\s+")
_UNDER_THE_CENTRE_NAME = re.compile(r"Trung ương|Chính phủ|Quốc hội")
_ORGANISATION_TOPIC = re.compile(r"(?:chuc\s+nang|nhiem\s+vu|to\s+chuc\s+bo\s+may|co\s+cau\s+to\s+chuc)\b")
# (or the clause's predicate: "... về tăng cường ... của Ban Thường vụ Tỉnh ủy đã được quán triệt ...")
_AFTER_SUBJECT_ISSUER = re.compile(r"^(?:[\s,.;:)\"”]*$|\s+(?:da|duoc|vua|dang|se)\s)")


# A date that closes a subject, before the body that closes it: ", (cùng) ngày 24/11/2023 [của ...]"
_COMMA_DAY = re.compile(r",\s*(?:cung\s+)?ngay\s*\d")


def _date_ending_subject(
    nt: NormalisedText, subject: Found, closing: re.Pattern[str] = _COMMA_DAY
) -> tuple[Found, Found | None] | None:
    """The date that ends ``subject`` (after a comma, or as ``closing`` finds it), and the subject without it."""
    days = list(closing.finditer(nt.fold, subject.start, subject.end))
    if not days:
        return None
    day = days[-1]
    dated = _TAIL_DATE.match(nt.fold, day.start(), subject.end)
    if dated is None or nt.fold[dated.end() : subject.end].strip(" ,") or (iso := parse_date(dated)) is None:
        return None
    text = " ".join(nt.norm[subject.start : day.start()].split()).strip(" ,:(")
    rest = Found(text, subject.start, day.start(), subject.rule) if text else None
    return Found(iso, dated.start(), dated.end(), "date.after_subject"), rest


# A date that closes a subject with no body after it: ", (cùng) (được ban hành) ngày D", " được ban hành (cùng)
# ngày D" (an issuing predicate, "cùng" when it is a list's day)
_CLOSING_DAY = re.compile(
    r",\s*(?:cung\s+)?(?:(?:da\s+)?duoc\s+ban\s+hanh\s+)?(?:cung\s+)?(?:vao\s+)?ngay\s*\d"
    r"|\s+(?:cung\s+)?(?:da\s+)?duoc\s+ban\s+hanh\s+(?:cung\s+)?(?:vao\s+)?ngay\s*\d"
)


def _issuer_ending_subject(
    nt: NormalisedText, mention: RawMention, subject: Found
) -> tuple[OrgMatch, Found | None] | None:
    """'Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân của Bộ Chính trị': a central body that ends the
    subject of a central document issued it; the subject stops before it. (A local body there is more often part
    of the subject; read_issuance's body before "ban hành" wins over this one, see extract.describe.)"""
    for of in _OF_IN_SUBJECT.finditer(nt.fold, subject.start, subject.end):
        org = match_org(nt, of.end())
        if org is None or not _AFTER_SUBJECT_ISSUER.match(nt.fold[org.end : subject.end]):
            continue
        if (
            org.level in ("provincial", "district", "grassroots")
            and level_of_organ(mention.organ) == "central"
            and not _UNDER_THE_CENTRE_NAME.search(
                org.name
            )  # "Đảng ủy Chính phủ": a committee under the Centre
            and not _ORGANISATION_TOPIC.match(
                nt.fold, subject.start
            )  # "về chức năng ... của Đảng ủy Chính phủ"
        ):
            # "Kế hoạch số 150-KH/TU về thực hiện Nghị quyết số 21-NQ/TW về ... của Ban Thường vụ Tỉnh ủy": the
            # local body closes the outer title; reported here so that it goes to the plan
            # (extract._central_keeps_its_issuer, extract._issuer_of_implementer)
            text = " ".join(nt.norm[subject.start : of.start()].split()).strip(" ,:(")
            return org, (Found(text, subject.start, of.start(), subject.rule) if text else None)
        if (
            org.level != "central"
            or level_of_organ(mention.organ) not in (None, "central")
            # "Quyết định 221-QĐ/TW về chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tổ chức Trung ương": its topic
            or _ORGANISATION_TOPIC.match(nt.fold, subject.start)
        ):
            return (
                None  # "Quy định 68-QĐ/TU về chức năng ... của Ủy ban Kiểm tra Tỉnh ủy": part of the subject
            )
        text = " ".join(nt.norm[subject.start : of.start()].split()).strip(" ,:(")
        return org, (Found(text, subject.start, of.start(), subject.rule) if text else None)
    return None


# --- before the mention: "<body> [đã] ban hành <mention>" ------------------------------------------------------
_ISSUE_VERB = re.compile(
    r"(?=[bcdkmnpqrstvx])"  # the first letters of every form below: the engine passes over other positions fast
    # (a comma only after a linking adverb: "nông thôn mới, đồng thời ban hành" holds no adverb "mới")
    # ("đã phải ban hành": had to)
    r"(?:(?:(?:da|vua|kip\s+thoi|khan\s+truong|chinh\s+thuc|moi|cung|tiep\s+tuc|nhanh\s+chong|con|(?:buoc\s+)?phai"
    r"|truc\s+tiep)\s+)|"
    r"(?:(?:ngay\s+)?sau\s+do|tiep\s+(?:do|theo)|dong\s+thoi|thong\s+nhat|bieu\s+quyet)(?:\s*,)?\s+)*(?P<sign>ky\s+)?(?:ban\s+hanh|xay\s+dung|thong\s+qua|phe\s+duyet|(?:(?:vua|da)\s+)?co|"
    r"(?<!de\s)(?<!dua\s)(?<!nay\s)(?<!tra\s)\bra|"
    # joint documents are signed by their bodies: "Ban Tuyên giáo Tỉnh ủy và Đài Phát thanh ... ký Kế hoạch liên
    # tịch số 01", "ký kết Quy chế phối hợp số 05"
    r"\bky(?:\s+ket)?|"
    r"(?:cu\s+the\s+hoa|the\s+che\s+hoa)\s+(?:bang|thanh|trong|tai)|"
    r"(?:trien\s+khai(?:\s+thuc\s+hien)?|thuc\s+hien|quan\s+triet)\s+(?:bang|thong\s+qua|qua))"
    # "ban hành tiếp Kế hoạch số 12", "ban hành thêm ...", "ban hành đồng thời A, B và C"
    r"(?:\s+(?:tiep|them|dong\s+thoi|cung\s+luc))?"
    # ("ban hành ngày 1/8/2025 Nghị quyết số 04": the day between the verb and what it issued)
    r"(?:\s*,?\s*(?:vao\s+)?ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,?)?"
    r"\s+(?:cac\s+)?$"  # "ban hành các chương trình số 1, 2"
)
# Also "<body> xây dựng <mention>" (drafting it), "thông qua" (a committee adopting its resolution), "vừa có",
# "ra" ("Ban Bí thư ra Chỉ thị số 36"; not "đề ra", "đưa ra", "nảy ra", "tra ra"),
# and the passive "B được <body> cụ thể hóa bằng <mention>".
# What may stand between the issuing body and "ban hành": a term, "Đảng", punctuation, adverbs, a time
# ("đến tháng 4/2024 mới ban hành"), "đã thảo luận, thông qua".
_GAP_OK = re.compile(
    r"^(?:[\s,\-()]|khoa\s+(?:[ivxl]{1,6}|\d{1,2})\b|dang\b|da\b|vua\b|kip\s+thoi\b|khan\s+truong\b|"
    r"chinh\s+thuc\b|moi\b|cung\b|tiep\s+tuc\b|nhanh\s+chong\b|(?:ngay\s+)?sau\s+do\b|"
    rf"lan\s+thu\s+(?:\d+|{WORD_ORDINAL_RE})\b|"  # (a plenum's number: "Hội nghị Tỉnh ủy lần thứ mười bốn")
    r"hop\b|thao\s+luan\b|thong\s+nhat\b|(?:den|trong|vao)\s+(?:thang|ngay|nam)\s+[\d/.\-]+|"
    # a report of its own act: "Tỉnh ủy cho biết đã ban hành ...", "Ban Thường vụ báo cáo đã ban hành ..."
    r"cho\s+biet\b|khang\s+dinh\b|bao\s+cao\b|lan\s+luot\b|"
    r"cham\b|som\b|muon\b|"  # "Đảng ủy xã X chậm ban hành Kế hoạch ..."
    r"chu\s+tri\b(?!\s*,)|"  # "chỉ đạo Ban Dân vận Tỉnh ủy chủ trì ban hành Hướng dẫn số 33-HD/BDVTU"
    # "Ban Thường vụ Huyện ủy đã lãnh đạo(, chỉ đạo) ban hành 12 nghị quyết" (but a body that only "chỉ đạo ban
    # hành" directs others to issue)
    r"lanh\s+dao\b(?:\s*,\s*chi\s+dao\b)?|"
    r"tung\b|lam\s+thoi\b|truoc\s+day\b|"  # "Tỉnh ủy Khánh Hòa từng ban hành ...", "Tỉnh ủy lâm thời ban hành"
    r"chung\s+toi\b|"  # a speaker's own body: "Đảng ủy xã chúng tôi đã ban hành ..."
    # where it is, aside: "Chi bộ thôn Đông, xã Tân Lập, huyện Đan Phượng ban hành ..."
    # ("..., Quận 1 ban hành": a district by its number; "Đảng ủy phường Mỹ Đình 1": a place's number)
    r",\s*(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|thanh\s+pho|tp)\s+(?:(?:[^\W\d_]+\s*){1,4}|\d{1,2}\b)(?=,|\s|$)|"
    r"(?<=\s)\d{1,2}\b(?=\s+(?:da\s+|vua\s+|cung\s+)*ban\s+hanh\b)|"
    # ... or in brackets: "Chi bộ ấp 3, xã Phú Nhuận (TP Bến Tre) xây dựng ..."
    r"\(\s*(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|thanh\s+pho|tp)\s+(?:[^\W\d_]+\s*){1,4}\)|"
    # what the body is among others: "Huyện ủy X là địa phương đầu tiên (trong tỉnh) ban hành ..."
    r"la\s+(?:mot\s+trong\s+(?:nhung|cac)\s+)?(?:don\s+vi|dia\s+phuong|cap\s+uy|co\s+quan|dang\s+bo)"
    r"(?:\s+(?:dau\s+tien|som\s+nhat|som|tien\s+phong|trong\s+tinh|cua\s+tinh|trong\s+ca\s+nuoc))*\b)*$"
)
# "Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị quán triệt và ban hành Kế hoạch ...": the body is the subject of both
# coordinated verbs ("đã lãnh đạo, chỉ đạo, quán triệt và ban hành"): a short verb phrase, closed by "và" or a comma.
_PLACE_ON_NEXT_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?P<place>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]+(?:(?:da|vua)\s+)?"
)
_COORDINATED_GAP = re.compile(
    # (a plenum's number and term first: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10 đã quán triệt và ...")
    rf"^\s+(?:lan\s+thu\s+(?:\d+|{WORD_ORDINAL_RE})\s+)?(?:\(?khoa\s+[ivxl]+\)?\s+)?"
    r"(?:da\s+|vua\s+|cung\s+)?(?:[a-z]+,?\s+){0,9}?[a-z]+(?:\s+va|\s*,)\s+$"
)
_ISSUE_VERB_AHEAD = re.compile(
    r"(?:(?:da|vua|kip\s+thoi|khan\s+truong|chinh\s+thuc|moi|cung|tiep\s+tuc|nhanh\s+chong|sau\s+do|(?:buoc\s+)?phai"
    r"|truc\s+tiep)\s+)*"
    r"(?:ky\s+)?ban\s+hanh\b"
)
# "TP. Cần Thơ", "TP.HCM" do not end a clause; nor does a line break before a word in lower case (checked in
# _clause_start: hard-wrapped text, "Ban Thường vụ Tỉnh ủy\\nban hành Kế hoạch ...")
_CLAUSE_START = re.compile(r"(?:[;:!?\n]|(?<!\btp)\.)(?!\d)")
# (or by its leave: "Được sự ủy quyền của Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư ký ban hành ...")
_ON_BEHALF = re.compile(r"(?:thay\s+mat|(?:duoc\s+su\s+)?uy\s+quyen\s+cua|thua\s+uy\s+quyen(?:\s+cua)?)\s+")
# A bracketed aside between a body and its verb
_ASIDE_BEFORE_VERB = re.compile(
    r"\s*\([^()\n]{2,80}\)\s*,?\s*(?:(?:da|vua|cung|truoc\s+day|tung|lan\s+luot)\s+)*$"
)
# A body's apposition between it and its verb, set off by commas: ", cơ quan thường trực của ..., đã ban hành"
_APPOSITION_BEFORE_VERB = re.compile(
    r"\s*,\s*(?:la\s+)?(?:co\s+quan|don\s+vi|to\s+chuc)\s[^,;]{0,100},\s*(?:(?:da|vua|cung)\s+)*$"
    # or between dashes: "Ban Thường vụ Tỉnh ủy Sơn La – cơ quan lãnh đạo ... – đã ban hành"
    r"|\s*[\x1a-]\s+[^\x1a;.]{2,120}?\s[\x1a-]\s*(?:(?:da|vua|cung)\s+)*$"
)
_STEERING_NAMED = re.compile(r"\bban\s+chi\s+dao\s+trung\s+uong\s+ve\b")
_WORD_BEFORE = re.compile(r"(?P<word>[^\W_]+)[ \t]+$")


def _name_goes_on_before(nt: NormalisedText, start: int) -> bool:
    """Is the word right before ``start`` (on its line) capitalised or a number, so part of a longer name?"""
    before = _WORD_BEFORE.search(nt.norm, max(0, start - 16), start)
    return before is not None and (before.group("word")[:1].isupper() or before.group("word").isdigit())


def _bare_name_before(name: str) -> re.Pattern[str]:
    """A name's first word alone right before the verb, maybe with adverbs ("Ban cũng chủ động ban hành ...")."""
    return re.compile(
        rf"(?:^|[,;]\s*|\s)(?P<ban>{name})\s+(?:(?:cung|da|vua|chu\s+dong|tiep\s+tuc|kip\s+thoi)\s+)*$"
    )


# (pattern, the forms it must be written in, or any; the name; its level) — "Ban" is a commission, not a board
_BARE_NAMES: tuple[tuple[re.Pattern[str], tuple[str, ...] | None, str, str | None], ...] = (
    (_bare_name_before("ban"), ("Ban", "BAN"), "Ban", None),
    (_bare_name_before(r"chi\s+bo"), None, "Chi bộ", "grassroots"),
    (_bare_name_before(r"uy\s+ban"), ("Ủy ban", "ỦY BAN"), "Ủy ban", None),
)

# (on the body's line, and not a body's name ending so: "... của Bộ Chính trị, Ban Bí thư\nBan Thường vụ Tỉnh ủy ...")
_TITLE_BEFORE = re.compile(
    r"(?<!\bban\s)\b(?:bi\s+thu|chu\s+tich|truong\s+ban|pho\s+ban|uy\s+vien|chanh\s+van\s+phong|truong|pho)[ \t]+$"
)


class Issuance:
    """Who issued the mention and when, read from the clause before "ban hành"."""

    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = ("date", "issuer", "joint", "rule")

    def __init__(
        self, issuer: OrgMatch | None, date: Found | None, rule: str, joint: tuple[OrgMatch, ...] = ()
    ) -> None:
        self.issuer: Final = issuer
        self.date: Final = date
        self.rule: Final = rule
        self.joint: Final = (
            joint  # bodies issuing with it: "Ban Tuyên giáo Tỉnh ủy và Ủy ban MTTQ tỉnh ban hành"
        )


_DAY_AFTER_VERB = re.compile(rf"\bngay\s+(?:{_DMY})(?=\s*,?\s*$)")


def read_issuance(
    nt: NormalisedText, mention: RawMention, floor: int, previous_start: int | None = None
) -> Issuance | None:
    """``[Ngày D,] <body> [đã] ban hành <mention>``; ``floor`` is where the previous mention's tail ended and
    ``previous_start`` where that mention starts ("<body> đã quán triệt <previous> và ban hành <mention>").

    Also the list form ``<body> đã ban hành nhiều văn bản như: <mention>; <mention>; ...`` (rule
    ``issuer.ban_hanh_list_intro``), where every item without an issuer of its own is the body's.
    """
    fold = nt.fold
    window_start = max(floor, mention.start - 300)
    verb = None
    if (
        any(fold.rfind(verb, window_start, mention.start) >= 0 for verb in _VERB_HINTS)
        or fold.startswith(" ra ", mention.start - 4)
        or fold.startswith(" ky ", mention.start - 4)
        or fold.startswith(" ky ket ", mention.start - 8)
        or fold.rfind(" co ", max(window_start, mention.start - 12), mention.start)
        >= 0  # "X có Nghị quyết số"
    ):
        verb = _ISSUE_VERB.search(fold, max(window_start, mention.start - 80), mention.start)
    if verb is None:
        return _issuance_elsewhere(nt, mention, previous_start)
    clause_start = _clause_start(nt, window_start, verb.start())
    issuer, rule = _issuer_before_verb(nt, clause_start, verb.start())
    if issuer is None and previous_start is not None and floor > previous_start:
        # a body whose name holds the mention before: "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Tỉnh ủy ban
        # hành Kế hoạch số 12-KH/BCĐ"
        issuer = _body_around(nt, previous_start, verb.start())
    if issuer is None and (listed := _body_of_list_intro(nt, clause_start, verb.start())) is not None:
        issuer, rule = listed, "issuer.list_of_tasks"
    if issuer is None and (meeting := _body_of_meeting(nt, clause_start, verb.start())) is not None:
        issuer, rule = meeting, "issuer.meeting"
    if issuer is None and _FRONTED_ISSUING.search(fold, max(0, verb.start() - 40), verb.start()):
        # "Cùng với việc ban hành A về ..., Ban Thường vụ Tỉnh ủy chỉ đạo ...": the main clause's subject
        fronted = _subject_after_fronted(nt, mention.end)
        if fronted is not None:
            issuer, rule = fronted, "issuer.fronted_issuing"
    if issuer is None and (adviser := _adviser_issuing_next(nt, verb.start())) is not None:
        # (before "đồng thời" and "và": "UBKT Trung ương tham mưu giúp Bộ Chính trị ban hành A; đồng thời ban hành B")
        clause_start, issuer, rule = adviser.start, adviser, "issuer.adviser_then"
        if (
            (mention.organ or "").upper() in _COMMITTEE_CODES
            and adviser.name.startswith(_DRAFTING_BODIES)  # (its commissions and office)
            # ("...; chủ động ban hành Kế hoạch số 5-KH/TU": on its own initiative, the adviser's)
            and "chu dong" not in fold[max(0, verb.start() - 20) : verb.start()]
        ):
            # "Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành A; đồng thời ban hành Quyết định số
            # 1521-QĐ/TU": under the committee's own code, the advised body's (its commission writes "BTCTU")
            issuer = _advised_body(nt, adviser, verb.start()) or issuer
    if (
        issuer is not None
        and "xay dung" in verb.group(0)
        and issuer.name.startswith(_DRAFTING_BODIES)
        and not _COMMISSION_CODE.match(mention.organ or "")
    ):
        # "Ban Tuyên giáo Tỉnh ủy đã xây dựng Kế hoạch 20 trình Ban Thường vụ ban hành": it drafts (but a plan
        # under its own code, "Kế hoạch số 35-KH/BTGHU", is its own)
        issuer = None
    if (
        issuer is None
        and previous_start is not None
        and (
            _AND_ONLY.match(fold, floor, verb.start())
            or (verb.group(0).startswith(_THEN) and _THEN_AGAIN.match(fold, floor, verb.start()))
            # "Thành ủy Cần Thơ đã quán triệt A về ..., ban hành B": the verb after a comma that ends A's title,
            # in A's clause
            or (
                _COMMA_BEFORE_VERB.search(fold, max(floor, verb.start() - 16), verb.start()) is not None
                and _clause_start(nt, floor, verb.start()) == floor
            )
        )
    ):
        issuer = _body_of_earlier_verb(nt, previous_start)
        if issuer is not None:
            # (its clause, for the date before it: "Ngày 9/9/2024, X sơ kết ... A; đồng thời ban hành B")
            clause_start = min(clause_start, _clause_start(nt, max(0, previous_start - 200), previous_start))
    if issuer is None and verb.group(0).startswith(_THEN) and _THEN_AGAIN.match(fold, floor, verb.start()):
        # "Ngày 14/2, Ban Thường vụ Tỉnh ủy ban hành A thực hiện B; đồng thời ban hành C": the body and the date
        # of the sentence's first "ban hành"
        sentence_start = _sentence_start(fold, verb.start())
        first = _FIRST_ISSUE.search(fold, sentence_start, verb.start())
        if first is not None:
            clause_start = _clause_start(nt, sentence_start, first.start())
            issuer, rule = _issuer_before_verb(nt, clause_start, first.start())
        elif (opening := find_orgs(nt, sentence_start, verb.start())) and _SENTENCE_OPENING.fullmatch(
            fold, sentence_start, opening[0].start
        ):
            # "Ban Thường vụ Tỉnh ủy tổng kết ... Kết luận 01; đồng thời ban hành C": the sentence's subject
            clause_start, issuer, rule = sentence_start, opening[0], "issuer.then_again"
    if (
        issuer is None
        and previous_start is not None
        and _COMMA.fullmatch(fold, floor, verb.start())
        and (frame := _CLAUSE_FRAME_BEFORE.search(fold, max(0, previous_start - 40), previous_start))
        is not None
    ):
        # "X ban hành A1; thực hiện B2, ban hành A2": each later clause's frame, then the verb of the sentence's
        # first issuing clause
        sentence_start = _sentence_start(fold, frame.start())
        first = _FIRST_ISSUE.search(fold, sentence_start, frame.start())
        if first is not None:
            issuer, rule = _issuer_before_verb(
                nt, _clause_start(nt, sentence_start, first.start()), first.start()
            )
    if issuer is None and (
        day := _AND_ON_A_DAY_BEFORE.search(fold, max(clause_start, verb.start() - 40), verb.start())
    ):
        # "Bộ Chính trị đã có Quy định số 225 về ..., và ngày 24/2 có Quy định số 226": the clause before's body
        clause_start = day.start() + 1
        issuer = _body_of_previous_issuing(nt, clause_start)
        if (
            issuer is None
            and previous_start is not None
            and (before := _ISSUE_VERB.search(fold, max(0, previous_start - 80), previous_start))
        ):
            # (the clause before issued with "có": "Bộ Chính trị đã có Quy định số 225")
            issuer, _ = _issuer_before_verb(nt, _clause_start(nt, 0, before.start()), before.start())
        rule = "issuer.previous_clause"
    if issuer is None and _DATE_ONLY_CLAUSE.fullmatch(fold, clause_start, verb.start()):
        # "...; ngày 5/1/2023, ban hành Kế hoạch số 121", "Ngày 10/1/2018, ban hành tiếp Kế hoạch số 58": the body of
        # the issuing clause before, in the paragraph
        issuer = _body_of_previous_issuing(nt, clause_start)
        rule = "issuer.previous_clause"
    if (
        issuer is None
        and _SUBJECTLESS_CLAUSE.fullmatch(fold, clause_start, verb.start())
        and (fold[clause_start - 1 : clause_start] == ";" or _CONNECTIVE_OPENS.match(fold, clause_start))
    ):
        # "Ban Thường vụ Tỉnh ủy đã họp 6 phiên ...; ban hành Kế hoạch 281", "... quán triệt B. Đồng thời, ban hành
        # Kế hoạch 196": the subject of the sentence (or of the one before, after a connective)
        sentence_start = _sentence_start(fold, clause_start)
        if _CONNECTIVE_OPENS.match(fold, sentence_start) and sentence_start > 2:
            sentence_start = _sentence_start(fold, sentence_start - 2)
        opening = find_orgs(nt, sentence_start, clause_start)
        if opening and _SENTENCE_OPENING.fullmatch(fold, sentence_start, opening[0].start):
            issuer, rule = opening[0], "issuer.sentence_subject"
    date_end = issuer.start if issuer and issuer.start >= clause_start else verb.start()
    found_date = _date_before(nt, clause_start, date_end)
    if (
        found_date is None
        and (between := _DAY_AFTER_VERB.search(fold, verb.start(), mention.start)) is not None
    ):
        # "X ban hành ngày 1/8/2025 Nghị quyết số 04": the day said between the verb and the document
        iso = parse_date(between)
        found_date = Found(iso, between.start(), between.end(), "date.after_verb") if iso else None
    if found_date is not None and issuer is not None and _REPORTED.search(fold, issuer.end, verb.start()):
        found_date = (
            None  # "Ngày 12/8/2023, Ban Thường vụ Tỉnh ủy báo cáo đã ban hành A": the day of the report
        )
    if issuer is None and found_date is None:  # a verb with no body ("trong đó có ..."): look further
        return _issuance_elsewhere(nt, mention, previous_start)
    if issuer is not None and rule == "issuer.thay_mat" and (also := _central_after(nt, issuer)):
        return Issuance(
            also, found_date, rule, (issuer,)
        )  # "Thay mặt Bộ Chính trị, Ban Bí thư, đồng chí ..."
    return Issuance(issuer, found_date, rule, _joint_before(nt, clause_start, issuer) if issuer else ())


def _body_around(nt: NormalisedText, inside: int, verb_start: int) -> OrgMatch | None:
    """The body named across ``inside`` and ending right before the verb at ``verb_start``."""
    for org in find_orgs(nt, max(0, inside - 80), verb_start):
        if org.start < inside < org.end and _GAP_OK.match(nt.fold[org.end : verb_start]):
            return org
    return None


def _adviser_issuing_next(nt: NormalisedText, verb_start: int) -> OrgMatch | None:
    """'Ban Tuyên giáo Tỉnh ủy đã tham mưu (Ban Thường vụ) ban hành A; chủ động ban hành B': the adviser that
    opens the sentence issued B, the next clause's "ban hành" with no body of its own."""
    fold = nt.fold
    semicolon = fold.rfind(";", max(0, verb_start - 30), verb_start)
    if semicolon < 0 or not _ADVERBS_ONLY.fullmatch(fold, semicolon + 1, verb_start):
        return None
    sentence_start = _sentence_start(fold, semicolon)
    opening = find_orgs(nt, sentence_start, semicolon)
    if not opening or not _SENTENCE_OPENING_CLAUSE.fullmatch(fold, sentence_start, opening[0].start):
        return None
    return opening[0] if _ADVISES.match(fold, opening[0].end) else None


_ADVERBS_ONLY = re.compile(r"\s*(?:(?:chu\s+dong|tiep\s+tuc|kip\s+thoi|dong\s+thoi|con|cung|da)\s+)*")
# what may open a sentence before its subject: a date or a year ("Năm 2022, ", "Ngày 3/4, ")
_SENTENCE_OPENING_CLAUSE = re.compile(r"[\s,]*(?:(?:ngay|nam|thang)\s+[\d/.-]+[\s,]*)?")
_ADVISES = re.compile(r"\s+(?:(?:da|cung|vua|thuong\s+xuyen|chu\s+dong)\s+)*tham\s+muu\b")
_ADVISED = re.compile(
    r"\s+(?:(?:da|cung|vua|thuong\s+xuyen|chu\s+dong)\s+)*tham\s+muu(?:\s+(?:cho|giup))?\s+"
)


def _advised_body(nt: NormalisedText, adviser: OrgMatch, before: int) -> OrgMatch | None:
    """The body an adviser advised: "<adviser> đã tham mưu <body> ban hành ..." (before ``before``)."""
    advises = _ADVISED.match(nt.fold, adviser.end)
    if advises is None:
        return None
    advised = match_org(nt, advises.end())
    return advised if advised is not None and advised.end <= before else None


# "<body> [đã] giao [cho] <adviser> [chủ trì,] tham mưu ban hành": the words between the two bodies and after the
# adviser
_ASSIGNS = re.compile(r"\s+(?:(?:da|vua|cung)\s+)?(?:chi\s+dao\s+|phan\s+cong\s+)?giao(?:\s+cho)?\s+")
_ASSIGNED_ADVISES = re.compile(r"\s+(?:chu\s+tri\s*,?\s*(?:va\s+)?)?tham\s+muu\s+")


# A cheap test before the verb regex: every issuing verb holds one of these ("có", "qua" alone are everywhere:
# "có" is looked for right before the mention only).
_VERB_HINTS = (
    "hanh",
    "xay dung",
    "thong qua",
    "phe duyet",  # "Ban Thường vụ Tỉnh ủy phê duyệt Đề án số 06-ĐA/TU": the committee approving it issues it
    "vua co",
    "da co",
    "hoa bang",
    "hoa thanh",
    "hoa trong",  # "B được X cụ thể hóa trong A"
    "hoa tai",
    "khai bang",
    "hien bang",
    "triet bang",
    "khai qua",  # "B đã được X triển khai qua A"
    "hien qua",
    "triet qua",
)
# Commissions and offices draft documents for their committee: "xây dựng" by them is not issuing.
# The organ codes of a committee's commissions and office ("BTGTU", "BDVHU", "BTCTW", "VPTU", "BNCTU", "BKTTU")
_COMMISSION_CODE = re.compile(r"(?:BTG|BDV|BTC|BNC|BKT|VP)", re.IGNORECASE)
_DRAFTING_BODIES = (
    "Ban Tổ chức",
    "Ban Tuyên giáo",
    "Ban Dân vận",
    "Ban Nội chính",
    "Ban Kinh tế",
    "Văn phòng",
)
# "<body> quán triệt A và ban hành B"; "<body> ban hành A về ...; đồng thời ban hành B": the same body goes on
# ("đồng thời" after A's title; a bare "và" only right after A, since A's title may hold other subjects' verbs).
_AND_ONLY = re.compile(r"\s*,?\s*va\s+(?:da\s+|cung\s+)?$")
_COMMA_BEFORE_VERB = re.compile(r",\s*(?:(?:da|cung|roi)\s+)?$")
# A later clause's own frame: "...; thực hiện Chỉ thị số 28, ban hành ..."
_CLAUSE_FRAME_BEFORE = re.compile(
    # (maybe after "tiếp đó," / "đồng thời": "...; tiếp đó, thực hiện Kết luận số 51, ban hành ...")
    rf";\s*(?:(?:tiep\s+(?:do|theo)|dong\s+thoi|sau\s+do)\s*,?\s*)?(?:(?:de|nham)\s+)?(?:tiep\s+tuc\s+)?"
    rf"(?:{IMPLEMENTING_VERBS})(?:\s+thuc\s+hien)?\s+$"
)
_THEN_AGAIN = re.compile(
    r"[^.!?\n]*[,;]\s*(?:(?:va|nay)\s+)?$"
)  # before a verb phrase opening with "đồng thời"
_THEN = (
    "dong thoi",
    "sau do",
    "ngay sau do",
    "tiep do",
    "tiep theo",
    "tiep tuc",  # ("...; nay tiếp tục ban hành C")
    "thong nhat",  # ("X đã cho ý kiến vào Đề án ...; thống nhất ban hành C")
)  # "...; đồng thời ban hành C", "..., sau đó ban hành C"
_FIRST_ISSUE = re.compile(r"\b(?:ky\s+)?ban\s+hanh\b")
# A clause with no subject before its verb: after a semicolon, or a sentence opening with a connective
_CONNECTIVE = r"(?:dong\s+thoi|cung\s+voi\s+do|ben\s+canh\s+do|tiep\s+(?:do|theo))\s*,"
_SUBJECTLESS_CLAUSE = re.compile(rf"[\s;]*(?:{_CONNECTIVE}\s*)?")
_CONNECTIVE_OPENS = re.compile(rf"\s*{_CONNECTIVE}")
_SENTENCE_OPENING = re.compile(
    r"[\s,]*(?:(?:trong|vao|dau|cuoi|tu)\s+)?(?:(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4})?[\s,]*"
    r"|(?:nam|thang|quy)\s+[\divx]{1,4}(?:\s*[/.-]\s*\d{4})?[\s,]*|nam\s+\d{4}[\s,]*"
    # ("Cũng tại phiên họp, Ban Thường vụ Tỉnh ủy ...")
    r"|(?:cung\s+)?tai\s+[^,.;:\n]{1,30},\s*)?"
)  # ("Năm 2021, Đảng ủy xã X tổ chức tổng kết ..., đồng thời ban hành ...")
# "<body> đã tổ chức quán triệt <previous mention>": a short verb phrase, no punctuation, not "của" (a count of
# years in it: "đã tổ chức tổng kết 5 năm thực hiện <previous mention>").
_VERB_PHRASE = re.compile(r"\s+(?:da\s+|vua\s+|cung\s+)?(?!cua\b)(?:[a-z]+\s+|\d{1,2}\s+(?=nam\b)){1,9}$")


_AND_BETWEEN = re.compile(
    r"\s+(?:va|phoi\s+hop(?:\s+voi)?|cung\s+voi)\s+"
)  # ("A phối hợp với B ban hành ...")
_COMMA_BETWEEN = re.compile(r"\s*,\s*")


def _date_before(nt: NormalisedText, clause_start: int, end: int) -> Found | None:
    """The last "ngày D" of the clause before ``end``: the issuing's date ("Cùng ngày, X ban hành": the date
    named last before the clause)."""
    found_date = None
    for d in DATE_RE.finditer(nt.fold, clause_start, end):
        before = nt.fold[max(clause_start, d.start() - 12) : d.start()]
        if (
            (iso := parse_date(d))
            and (
                ("ngay" in before[-6:] and not _SINCE.search(before))
                or _opens_with_time_of_day(nt, clause_start, d.start())
                or _DAY_LEAD.fullmatch(nt.fold, clause_start, d.start()) is not None
            )
            # "Tại Hội nghị ngày 12/8/2023, Bình Dương báo cáo đã ban hành A": the day of the report
            and not _REPORTED.search(nt.fold, d.end(), end)
        ):
            found_date = Found(iso, d.start(), d.end(), "date.before_ban_hanh")
    if found_date is None and (same := nt.fold.find("cung ngay", clause_start, end)) >= 0:
        found_date = same_day(nt, same, same + len("cung ngay"))
    return found_date


_PLACE_OPENS_CLAUSE = re.compile(
    r"\s*,\s*(?:tinh|huyen|thi\s+xa|thanh\s+pho|xa|phuong|dia\s+phuong|cac\s+(?:cap|dia\s+phuong|don\s+vi))\b"
    r"(?!\s+uy\b)"
)
_REPORTED = re.compile(r"\b(?:bao\s+cao|cho\s+biet|thong\s+tin)\b")
# A clause opening with its day in other words: "Chiều thứ Sáu (22/3/2024), ...", "Ngày hôm sau (6/2/2024), ...",
# "Ngay từ mùng 5/2/2024, ..." (the date itself may open with "mùng")
_DAY_LEAD = re.compile(
    r"\W*(?:(?:sang|chieu|toi|trua)\s+)?"
    r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat|(?:ngay\s+)?hom\s+(?:sau|truoc|nay)|ngay\s+tu)?\s*\(?\s*"
)


# "Chiều 14/4/2025, Ban Thường vụ Tỉnh ủy ban hành A": the day, opening the clause with a time of day ("sang" and
# "chieu" only there: "lùi sang 15/4/2025" is when something moves to)
_TIME_OF_DAY = re.compile(r"(?:sang|chieu|trua)\s+$")


def _opens_with_time_of_day(nt: NormalisedText, clause_start: int, date_start: int) -> bool:
    word = _TIME_OF_DAY.search(nt.fold, max(clause_start, date_start - 7), date_start)
    return word is not None and not nt.fold[clause_start : word.start()].strip(" \t\n,.;:-()")


# A date an event runs from or until is not the issuing's: "đi vào hoạt động từ ngày 1/7/2025, Đảng ủy xã ban hành"
# (a word, not the end of a symbol: "98-KH/TU ngày 16/7/2018")
_SINCE = re.compile(r"(?:^|\s)(?:tu|den|truoc|sau|ke\s+tu)\s+ngay\s*$")


# "cùng ngày" after a mention: "Kế hoạch số 12 ngày 28/7/2025 thực hiện A, và Kế hoạch số 13 cùng ngày thực hiện B"
_TAIL_SAME_DAY = re.compile(r"\s*,?\s*(?:\(\s*)?(?:ban\s+hanh\s+)?(?P<same>cung\s+ngay)\b\s*\)?")
_CENTRAL_DATE = re.compile(r"/\s*(?:tw|t\.\s?u)\s*,?\s*\(?\s*ngay\s*$")
_SAME_DAY_REACH = 1500  # about a paragraph: "cùng ngày" refers to a date the reader has just read


_REPLACED_DATED = re.compile(r"\b(?:thay\s+the(?:\s+cho)?|bai\s+bo|het\s+hieu\s+luc)\b[^.;\n]{0,50}$")


def same_day(nt: NormalisedText, start: int, end: int, central_ok: bool = False) -> Found | None:
    """ "Cùng ngày" ("the same day") at ``[start, end)``: the last full date ("ngày D") written before it."""
    last = None
    for d in DATE_RE.finditer(nt.fold, max(0, start - _SAME_DAY_REACH), start):
        if (iso := parse_date(d)) and "ngay" in nt.fold[max(0, d.start() - 6) : d.start()]:
            if not central_ok and _CENTRAL_DATE.search(nt.fold, max(0, d.start() - 20), d.start()):
                continue  # "... thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024. Cùng ngày, ...": not that day
            if _SINCE.search(nt.fold, max(0, d.start() - 16), d.start()):
                continue  # "Xã A được thành lập từ ngày 1/7/2025 ... Cùng ngày, ...": a period's bound
            if _REPLACED_DATED.search(nt.fold, max(0, d.start() - 60), d.start()):
                continue  # "Quy định này thay thế Quy định số 05-QĐ/TU ngày 10/3/2021. Cùng ngày, ...": the old one's
            last = iso
    return Found(last, start, end, "date.cung_ngay") if last else None


def _central_after(nt: NormalisedText, org: OrgMatch) -> OrgMatch | None:
    """A second central body after a comma: "thay mặt Bộ Chính trị, Ban Bí thư"."""
    comma = _COMMA_BETWEEN.match(nt.fold, org.end)
    nxt = match_org(nt, comma.end()) if comma and "," in comma.group(0) else None
    return nxt if nxt is not None and org.level == nxt.level == "central" else None


def _joint_before(nt: NormalisedText, clause_start: int, issuer: OrgMatch) -> tuple[OrgMatch, ...]:
    """The bodies joined to the issuer by "và" right before it, not governed by "của" ("Ban Tuyên giáo Tỉnh ủy
    và Ủy ban MTTQ tỉnh ban hành Kế hoạch liên tịch ...")."""
    joint: list[OrgMatch] = []
    first = issuer
    for org in reversed(find_orgs(nt, clause_start, issuer.start)):
        if org.end > first.start:
            break
        if not _AND_BETWEEN.fullmatch(nt.fold, org.end, first.start) and not (
            org.level is not None
            and org.level == first.level
            and (org.level != "central" or _comma_joins(org, first))
            and _COMMA_BETWEEN.fullmatch(nt.fold, org.end, first.start)
        ):
            break  # a comma joins bodies of one level: "Bộ Chính trị, Ban Bí thư", "Tỉnh ủy, Ban Thường vụ Tỉnh ủy"
        if _MEMBER_OF.search(nt.fold, max(0, org.start - 8), org.start):
            break  # "Ủy viên Ban Chấp hành Trung ương, Ban cán sự đảng Bộ Xây dựng đã ban hành": a title, not a body
        if _SOURCE_OF.search(nt.fold, max(0, org.start - 40), org.start):
            break  # "Theo lãnh đạo Ban Tổ chức Thành ủy, Ban Thường vụ Thành ủy đã ban hành": who says so
        if _AT_MEETING_OF.search(nt.fold, max(0, org.start - 40), org.start):
            break  # "Tại Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh, Tỉnh ủy đã ban hành": where, not who
        if nt.fold[max(0, org.start - 10) : org.start].strip().endswith(("cua", "nhiem ky")):
            return ()  # "... nhiệm kỳ Quốc hội khóa XV, Đảng đoàn Quốc hội đã ban hành": a term, not a body
        joint.insert(0, org)
        first = org
    return tuple(joint)


# "Huyện ủy triển khai Nghị quyết số 57 bằng Kế hoạch số 12": the body that carries out B issues A.
_BY_MEANS_BEFORE = re.compile(r"\s(?:bang|thong\s+qua)\s+(?:viec\s+ban\s+hanh\s+)?(?:cac\s+)?$")
# Where the body is may stand aside, after commas or in brackets: "Chi bộ thôn Nà Pài (xã Bằng Thành, tỉnh Thái
# Nguyên) đã triển khai thực hiện B bằng A", "Chi bộ làng Ia Tiêm, xã Chư Á (thành phố Pleiku) đã cụ thể hóa B bằng A"
_WHERE_ASIDE = (
    r"(?:\s*,\s*(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|thanh\s+pho)\s+(?:[^\W\d_]+\s*){1,4}?)*"
    r"(?:\s*\([^()\n]{2,80}\))?"
)
_CUE_OPENS_AFTER_BODY = re.compile(
    _WHERE_ASIDE + r"\s+(?:da\s+|vua\s+|kip\s+thoi\s+)?(?:" + IMPLEMENTING_VERBS + r")(?:\s+thuc\s+hien)?\s+"
)
_CUE_AFTER_BODY = re.compile(
    _WHERE_ASIDE
    + r"\s+(?:da\s+|vua\s+|kip\s+thoi\s+)?(?:"
    + IMPLEMENTING_VERBS
    + r")(?:\s+thuc\s+hien)?\s+(?:cac\s+)?$"
)


def _issuance_elsewhere(
    nt: NormalisedText, mention: RawMention, previous_start: int | None
) -> Issuance | None:
    """No "<body> ban hành" right before the mention: a list's introduction, a named group, "bằng", "trong đó"."""
    return (
        _group_of_body_issuance(
            nt, mention
        )  # ("ban hành KH 96 về thực hiện các quy định của Bộ Chính trị: ...")
        or _list_intro_issuance(nt, mention)
        or _by_means_issuance(nt, mention, previous_start)
        or _including_issuance(nt, mention)
        or _apposed_issuance(nt, mention)
        or _stated_in_issuance(nt, mention)
        or _directed_at_issuance(nt, mention)
        or _labelled_issuance(nt, mention)
        or _bracketed_issuance(nt, mention)
    )


# "gồm Huyện ủy Mường Lát (Kế hoạch số 135-KH/HU ngày 30/11/2022)", "Huyện ủy Vị Xuyên ban hành sớm nhất, ngày
# 20/1/2023 (Kế hoạch số 215-KH/HU)": the body right before the bracket issued the bracketed document.
_BODY_THEN_BRACKET = re.compile(
    r"(?:\s+(?:(?:da|cung)\s+)?ban\s+hanh(?:\s+(?:som|muon|cham|dau\s+tien)(?:\s+nhat)?)?)?\s*,?\s*"
    r"(?:(?:vao\s+)?ngay\s+(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*)?\(\s*"
)


def _bracketed_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    fold = nt.fold
    if not fold[max(0, mention.start - 3) : mention.start].rstrip().endswith("("):
        return None
    orgs = find_orgs(nt, max(0, mention.start - 90), mention.start)
    if not orgs or (tie := _BODY_THEN_BRACKET.fullmatch(fold, orgs[-1].end, mention.start)) is None:
        return None
    found_date = None
    if tie.group("date") and (d := DATE_RE.match(fold, tie.start("date"))) and (iso := parse_date(d)):
        found_date = Found(iso, d.start(), d.end(), "date.bracketed")
    return Issuance(orgs[-1], found_date, "issuer.bracketed")


# "Tại Kết luận số 126-KL/TW, Bộ Chính trị, Ban Bí thư yêu cầu ...": the body speaking in its own document.
_AT_BEFORE = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|,\s+)(?:\(\w+\)\s*-\s*)?tai\s+$")
_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:da|cung|tiep\s+tuc)\s+)*(?:yeu\s+cau|giao|chi\s+dao|khang\s+dinh|neu\s+ro|xac\s+dinh|de\s+ra"
    r"|nhan\s+manh|chi\s+ro|ket\s+luan|dong\s+y|quyet\s+dinh|cho\s+phep|thong\s+nhat)\b"
)
_STATED_REACH = 160
_BODY_AND = re.compile(r"\s*(?:,|va)\s*")


def _stated_in_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    fold = nt.fold
    if not _AT_BEFORE.search(fold, max(0, mention.start - 12), mention.start):
        return None
    comma = fold.find(",", mention.end, mention.end + _STATED_REACH)
    if comma < 0 or any(c in fold[mention.end : comma] for c in ".;:\n"):
        return None
    start = comma + 1 + len(fold[comma + 1 :]) - len(fold[comma + 1 :].lstrip())
    org = match_org(nt, start)
    if org is None:
        return None
    bodies = [org]
    while (join := _BODY_AND.match(fold, bodies[-1].end)) and (nxt := match_org(nt, join.end())):
        bodies.append(nxt)
    if not _SPEAKS_AFTER.match(fold, bodies[-1].end):
        return None
    return Issuance(bodies[0], None, "issuer.stated_in", tuple(bodies[1:]))


# "Tỉnh ủy: Chương trình hành động số 04-CTr/TU (...); Nghị quyết số 07-NQ/TU (...). Ban Thường vụ Tỉnh ủy: ...":
# a body labelling the items after its colon issued each item that opens after the colon or a semicolon
_LABEL_REACH = 400


def _labelled_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    fold = nt.fold
    colon = fold.rfind(":", max(0, mention.start - _LABEL_REACH), mention.start)
    if colon < 0 or any(c in fold[colon : mention.start] for c in ".!?\n"):
        return None
    item_start = max(colon, fold.rfind(";", colon, mention.start)) + 1
    if fold[item_start : mention.start].strip(" -+*") != "":
        return (
            None  # only a mention that opens its item: "... (thực hiện Nghị quyết Đại hội XIII)" is no item
        )
    start = max(fold.rfind(". ", 0, colon) + 2, fold.rfind("\n", 0, colon) + 1, 0)
    start += len(fold[start:colon]) - len(fold[start:colon].lstrip(" -+*"))
    org = match_org(nt, start)
    if org is None or fold[org.end : colon].strip():
        return None
    return Issuance(org, None, "issuer.label")


# "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 789-CV/TU, ...": the body whose direction the
# document carries; "Ban Thường vụ Tỉnh ủy (đã) thống nhất chủ trương tại Thông báo số 2145-TB/TU": the body that
# agreed in it
_DIRECTION_OF = re.compile(r"\b(?:y\s+kien\s+)?chi\s+dao\s+cua\s+")
_AT_RIGHT_BEFORE = re.compile(r"\s+tai\s+$")
_AGREED_AT = re.compile(
    r"\s+(?:(?:da|cung|vua)\s+)*(?:thong\s+nhat(?:\s+chu\s+truong)?|dong\s+y(?:\s+chu\s+truong)?|ket\s+luan"
    r"|cho\s+chu\s+truong|chi\s+dao)\s+tai\s+$"
)


def _directed_at_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    fold = nt.fold
    if not fold.startswith("tai ", mention.start - 4):
        return None  # (both forms end with "tại" right before the mention: a cheap test first)
    window = max(0, mention.start - 160)
    # (the last direction before the mention)
    direction = next(reversed(list(_DIRECTION_OF.finditer(fold, window, mention.start))), None)
    if direction is not None:
        org = match_org(nt, direction.end())
        if org is not None and _AT_RIGHT_BEFORE.fullmatch(fold, org.end, mention.start):
            return Issuance(org, None, "issuer.directed_at")
    orgs = find_orgs(nt, max(0, mention.start - 100), mention.start)
    if orgs and _AGREED_AT.fullmatch(fold, orgs[-1].end, mention.start):
        return Issuance(orgs[-1], None, "issuer.directed_at")
    return None


# "X ban hành kế hoạch thực hiện Nghị quyết số 44-NQ/TW ... (Kế hoạch số 205-KH/TU, ngày 12/01/2024)", "X ban hành
# nghị quyết chuyên đề về chuyển đổi số – Nghị quyết số 03-NQ/ĐU ngày ... –": the mention in brackets or between
# dashes names the document the verb's object described, unnumbered, with a head of the mention's type.
APPOSED_HEAD = re.compile(
    rf"(?P<verb>ban\s+hanh|xay\s+dung)\s+(?:(?:cac|mot|nhung)\s+)?(?P<head>{HEAD_RE})\b(?!\s*(?:so\b|\d))"
    r"[^.;:!?\n()]{0,200}?(?:\(|\s-)\s*$"
)


def _apposed_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    if not nt.fold.endswith(("(", "- "), max(0, mention.start - 2), mention.start):
        return None
    m = APPOSED_HEAD.search(nt.fold, max(0, mention.start - 260), mention.start)
    if m is None or TYPE_OF_HEAD.get(" ".join(m.group("head").split())) != mention.type:
        return None
    clause_start = _clause_start(nt, max(0, m.start() - 300), m.start())
    issuer, _ = _issuer_before_verb(nt, clause_start, m.start())
    found_date = _date_before(nt, clause_start, issuer.start if issuer else m.start())
    joint = _joint_before(nt, clause_start, issuer) if issuer else ()
    return Issuance(issuer, found_date, "issuer.apposed", joint) if issuer or found_date else None


# "Tỉnh ủy đã ban hành 126 văn bản, trong đó có 2 nghị quyết, ...": what is included was issued by the same body.
_ISSUED_INCLUDING = re.compile(
    # (also in the next sentence: "X đã ban hành 12 nghị quyết, 25 kế hoạch và 6 chỉ thị. Trong đó, Kế hoạch số 18 ...")
    # (a count may have its thousands marked: "ban hành 1.025 văn bản, trong đó 30 chỉ thị")
    r"(?P<verb>ban\s+hanh)\s+(?:[^.;:]|(?<=\d)\.(?=\d{3}))"
    r"{0,120}?[,;.]?\s*(?:trong\s+do(?:\s+co|\s*,?\s*(?:dang\s+chu\s+y|noi\s+bat)(?:\s+(?:la|co|nhu))?)?|gom|bao\s+gom)"
    r"\s*[:,]?\s*$"  # ("...; trong đó đáng chú ý là Chỉ thị số 31")
)


# ... or a plural issued, then examples: "Tỉnh ủy đã ban hành nhiều nghị quyết chuyên đề quan trọng như Nghị quyết số
# 05 ...", "Ban trực tiếp ban hành 45 hướng dẫn, kế hoạch, công văn, như Hướng dẫn số 101 ..."
_ISSUED_SUCH_AS = re.compile(
    r"(?P<verb>ban\s+hanh)\s+(?:moi\s+)?(?:nhieu|cac|mot\s+so|hang\s+loat|\d{1,4})\s+[^.;:\d]{0,120}?,?\s*"
    r"(?:nhu|chang\s+han(?:\s+nhu)?)\s*:?\s*$"
)


# ... and a count or a plural issued, then the next sentence naming some: "Năm 2024, Ban Thường vụ Tỉnh ủy đã ban
# hành nhiều văn bản về công tác cán bộ. Nổi bật là Quy định số 1056 ...", "... ban hành các kế hoạch thực hiện nghị
# quyết của Trung ương. Cụ thể, Kế hoạch số 12 ...", "Tiêu biểu là", "Điển hình là".
_ISSUED_THEN_NAMED = re.compile(
    # (a count may follow the first: "ban hành 9 chỉ thị, 66 kế hoạch. Cụ thể năm 2023: Kế hoạch số 180 ...")
    r"(?P<verb>ban\s+hanh)\s+(?:moi\s+)?(?:nhieu|cac|mot\s+so|hang\s+loat|\d{1,3})\s+"
    r"(?:[^.;:\d]|(?<=[\s,])\d{1,3}(?=\s)){0,120}?[.;,:]\s*"
    r"(?:cu\s+the|noi\s+bat|tieu\s+bieu|dien\s+hinh)(?:\s+(?:la|nhu|co))?(?:\s+(?:trong\s+)?nam\s+\d{4})?\s*[:,]?\s*$"
)


def _including_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    if "ban hanh" not in nt.fold[max(0, mention.start - 150) : mention.start]:
        return None
    m = (
        _ISSUED_INCLUDING.search(nt.fold, max(0, mention.start - 150), mention.start)
        or _ISSUED_THEN_NAMED.search(nt.fold, max(0, mention.start - 150), mention.start)
        or _ISSUED_SUCH_AS.search(nt.fold, max(0, mention.start - 150), mention.start)
    )
    if m is None:
        return None
    clause_start = _clause_start(nt, max(0, m.start() - 300), m.start())
    issuer, _ = _issuer_before_verb(nt, clause_start, m.start("verb"))
    return (
        Issuance(issuer, None, "issuer.including", _joint_before(nt, clause_start, issuer))
        if issuer
        else None
    )


def _by_means_issuance(
    nt: NormalisedText, mention: RawMention, previous_start: int | None
) -> Issuance | None:
    fold = nt.fold
    if previous_start is None or not _BY_MEANS_BEFORE.search(fold, max(0, mention.start - 32), mention.start):
        return None
    if _CLAUSE_START.search(fold, previous_start, mention.start):
        return None
    clause_start = _clause_start(nt, max(0, previous_start - 400), previous_start)
    orgs = find_orgs(nt, clause_start, previous_start)
    if orgs and _CUE_AFTER_BODY.fullmatch(fold, orgs[-1].end, previous_start):
        return Issuance(orgs[-1], None, "issuer.by_means")
    # "Tỉnh ủy đã cụ thể hóa Quy định 101 của Ban Bí thư, Quy định 55 ... và Quy định 08 ... lần lượt bằng A, B và
    # C": the body before the cue, which governs the whole list ("của" bodies in between are the objects')
    for org in reversed(orgs):
        cue = _CUE_OPENS_AFTER_BODY.match(fold, org.end)
        if cue is not None and not fold[max(clause_start, org.start - 5) : org.start].strip().endswith("cua"):
            return Issuance(org, None, "issuer.by_means")
    return None


_AND_ON_A_DAY_BEFORE = re.compile(
    r"[,;]\s*va\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,?\s*(?:(?:da|lai)\s+)?$"
)
_DATE_ONLY_CLAUSE = re.compile(
    r"[\s,;]*(?:va\s+)?(?:(?:sau\s+do|tiep\s+do|tiep\s+theo|den)\s*,?\s*)?"
    r"(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|thang\s+\d{1,2}\s*[/.-]\s*\d{4}|cung\s+ngay"
    r"|(?:(?:dau|giua|cuoi)\s+)?nam\s+\d{4})[\s,]*"  # ("...; năm 2017 ban hành Kế hoạch số 52-KH/TU ...")
    r"(?:(?:da|tiep\s+tuc|lai|co)\s+)?"
)  # ("...; cùng ngày ban hành Kết luận số 150", "..., và ngày 24/2 có Quy định số 226")
_PREVIOUS_REACH = 600


def _body_of_previous_issuing(nt: NormalisedText, clause_start: int) -> OrgMatch | None:
    """The body of the last "<body> [đã] ban hành" before ``clause_start`` in its paragraph."""
    fold = nt.fold
    paragraph = max(
        fold.rfind("\n", max(0, clause_start - _PREVIOUS_REACH), clause_start) + 1,
        clause_start - _PREVIOUS_REACH,
    )
    found = None
    for verb in _FIRST_ISSUE.finditer(fold, paragraph, clause_start):
        body, _ = _issuer_before_verb(nt, _clause_start(nt, paragraph, verb.start()), verb.start())
        if body is not None:
            found = body
    return found


_OF_BEFORE = re.compile(r"\bcua\s+$")


def _body_of_earlier_verb(nt: NormalisedText, previous_start: int) -> OrgMatch | None:
    """'Huyện ủy Yên Thế đã tổ chức quán triệt Quy định 144 và ban hành Kế hoạch 203': the body of the first verb
    issues the document of the second."""
    clause_start = _clause_start(nt, max(0, previous_start - 200), previous_start)
    # (not a document's body named after "của": "Huyện ủy X quán triệt CT 35 của Bộ Chính trị và KH 245 ...")
    orgs = [
        o for o in find_orgs(nt, clause_start, previous_start) if not _OF_BEFORE.search(nt.fold, 0, o.start)
    ]
    if (
        orgs
        and _VERB_PHRASE.match(nt.fold, orgs[-1].end, previous_start)
        and "cua " not in nt.fold[orgs[-1].end : previous_start]
    ):
        return orgs[-1]
    return None


def _clause_start(nt: NormalisedText, start: int, end: int) -> int:
    for c in _CLAUSE_START.finditer(nt.fold, start, end):
        if nt.fold[c.start()] == "\n" and (
            nt.norm[c.end() : c.end() + 8].lstrip(" \t")[:1].islower()
            # or inside a body's name: "Ban Thường vụ\\nThành ủy ban hành ..."
            or _NAME_GOES_ON.search(nt.fold, max(0, c.start() - 24), c.start()) is not None
        ):
            continue  # a hard-wrapped line goes on in lower case: "Ban Thường vụ Tỉnh ủy\\nban hành ..."
        start = c.end()
    return start


_NAME_GOES_ON = re.compile(
    r"\b(?:ban\s+thuong\s+vu|ban\s+chap\s+hanh|uy\s+ban\s+kiem\s+tra|thuong\s+truc|ban\s+(?:tuyen\s+giao|to\s+chuc|dan\s+van)"
    # (or broken after its first word: "Ban\nThường vụ Tỉnh ủy", "Ủy ban\nKiểm tra", "Đảng\nủy xã")
    r"|(?<![^\W\d_])(?:ban|uy\s+ban|dang|ban\s+chap|ban\s+thuong)"
    # (or before its place: "Ban Thường vụ Tỉnh ủy\nBạc Liêu ban hành")
    r"|\b(?:tinh|huyen|thanh|quan|thi|dang)\s+uy)"
    r"[ \t]*$"
)


# An enumerated task that opens with the verb: "Ban Thường vụ Huyện ủy đã:\na) ban hành Kế hoạch số 112 ...;\nb) ...",
# "Đảng ủy Khối đã thực hiện các nhiệm vụ:\n1) ban hành ..." (the body that opens the introduction issues).
_TASK_OPENS = re.compile(
    r"[ \t]*(?:" + r"(?:[-+*\u2022\u2013\x1a]|\(?\d{1,2}[.)]|\(?[a-z][.)])" + r")?[ \t]*$"
)
_INTRO_LEAD = re.compile(r"[^\n:;]{0,40}$")


# "Hội nghị [đã thảo luận,] thống nhất ban hành ..." after the sentence that named the plenary: the committee
# whose plenary it is ("Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5", "Hội nghị Ban Chấp hành ... lần thứ 5").
_MEETING_CLAUSE = re.compile(rf"\s*{MEETING_ADOPTS}(?:da\s+)?")
# (its term first: "Ban Chấp hành Đảng bộ tỉnh Tây Ninh khóa I, nhiệm kỳ 2025-2030 tổ chức Hội nghị lần thứ 3")
_HELD_BY = re.compile(
    r"(?:\s+khoa\s+[ivxl]{1,6}\b)?(?:\s*,?\s*nhiem\s+ky\s+\d{4}\s*-\s*\d{4}\s*,?)?\s+(?:(?:da|vua)\s+)?to\s+chuc\s+$"
)


_DOCUMENT_OF_PLENUM = re.compile(r"\b(?:nghi\s+quyet|ket\s+luan|quy\s+dinh|nq|kl)\s+$")
_PLENUM_NUMBER = re.compile(rf"hoi\s+nghi\s+lan\s+thu\s+(?:\d{{1,2}}|{WORD_ORDINAL_RE})\s+")


def _body_of_meeting(nt: NormalisedText, clause_start: int, verb_start: int) -> OrgMatch | None:
    fold = nt.fold
    if not _MEETING_CLAUSE.fullmatch(fold, clause_start, verb_start):
        return None
    named = fold.rfind("hoi nghi", max(0, clause_start - 800), clause_start)
    while named > 0 and _DOCUMENT_OF_PLENUM.search(fold, max(0, named - 12), named):
        # ("... quán triệt Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương": a plenum's document, not
        # the meeting being held)
        named = fold.rfind("hoi nghi", max(0, clause_start - 800), named)
    # (the plenary is named in the paragraph before at most: a press release's next paragraph "Hội nghị thống nhất
    # ban hành ...")
    if named < 0 or nt.norm.count("\n\n", named, clause_start) > 1:
        return None
    numbered = _PLENUM_NUMBER.match(fold, named)  # "Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ tỉnh khóa XI"
    after = (
        match_org(nt, named + len("hoi nghi") + 1)
        or (match_org(nt, numbered.end()) if numbered else None)
        or match_org(nt, named)
    )
    if after is not None:
        # "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng"
        return after
    before = find_orgs(nt, max(0, named - 100), named)
    if before and _HELD_BY.fullmatch(fold, before[-1].end, named):
        return before[-1]  # "Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5"
    return None


# An issuing fronted before the main clause: "Cùng với việc ban hành A, ...", "Bên cạnh việc ban hành A, ...",
# "Sau khi ban hành A, ..." (the verb's subject is the main clause's)
_FRONTED_ISSUING = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)(?:cung\s+voi|ben\s+canh|song\s+song\s+voi|ngoai|sau\s+khi)\s+(?:viec\s+)?"
    r"(?:da\s+)?$"
)


def _subject_after_fronted(nt: NormalisedText, after: int) -> OrgMatch | None:
    """The body opening the main clause after a fronted issuing: the first ", <body> <verb>" of the sentence (the
    document's title may hold commas)."""
    fold = nt.fold
    end = len(fold)
    for stop in ".!?\n;":
        found = fold.find(stop, after)
        if 0 <= found < end:
            end = found
    comma = fold.find(",", after, end)
    while comma >= 0:
        start = comma + 1
        while start < end and fold[start] == " ":
            start += 1
        org = match_org(nt, start)
        if org is not None and org.end < end and _CLAUSE_VERB_AHEAD.match(fold, org.end, end):
            return org
        comma = fold.find(",", comma + 1, end)
    return None


def _body_of_list_intro(nt: NormalisedText, clause_start: int, verb_start: int) -> OrgMatch | None:
    fold = nt.fold
    line_start = fold.rfind("\n", 0, verb_start) + 1
    # (the verb opens its line, after the item's mark at most: "1. Ban hành ...", whose "." ends no clause)
    if line_start == 0 or not _TASK_OPENS.fullmatch(fold, line_start, verb_start):
        return None
    colon = fold.rfind(":", max(0, line_start - 1500), line_start)
    if colon < 0 or _ends_a_sentence(fold, colon, line_start):
        return None
    intro_start = fold.rfind("\n", 0, colon) + 1
    orgs = find_orgs(nt, intro_start, colon)
    if (
        orgs
        and not fold[orgs[-1].end : colon].strip()
        and fold[max(intro_start, orgs[-1].start - 5) : orgs[-1].start].strip().endswith("cua")
    ):
        # "Kết quả cụ thể hóa nghị quyết năm 2022 của Tỉnh ủy Thái Bình:\n1. Ban hành ...": items that open with
        # the verb are what the body closing the intro did
        return orgs[-1]
    if not orgs or not _INTRO_LEAD.fullmatch(fold, intro_start, orgs[0].start):
        return None
    if fold[max(intro_start, orgs[0].start - 5) : orgs[0].start].strip().endswith("cua"):
        return None  # "Các văn bản của X:" lists documents, handled by _plural_of_intro_issuance
    return orgs[0]


def _issuer_before_verb(
    nt: NormalisedText, clause_start: int, verb_start: int
) -> tuple[OrgMatch | None, str]:
    """The body that is the subject of "ban hành" in ``fold[clause_start:verb_start]``, if any."""
    fold = nt.fold
    on_behalf = _ON_BEHALF.search(fold, clause_start, verb_start)
    if (
        on_behalf
        and (org := match_org(nt, on_behalf.end()))
        # ("Thừa ủy quyền của Ban Bí thư, Ban Tổ chức Trung ương ban hành": a body acting by leave issues itself)
        and (
            on_behalf.group(0).startswith("thay")
            # (a body in a person's title is no body acting: "đồng chí Phó Bí thư Thường trực Tỉnh ủy đã ký")
            or all(
                _TITLE_BEFORE.search(fold, max(0, o.start - 20), o.start)
                for o in find_orgs(nt, org.end, verb_start)
            )
        )
    ):
        return org, "issuer.thay_mat"  # the signer acts for the body; the body issues
    orgs = find_orgs(nt, clause_start, verb_start)
    if steering := _STEERING_NAMED.search(fold, max(0, verb_start - 200), verb_start):
        # "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, ... ban hành": a name with commas, which
        # the clause (cut at the last comma) does not hold
        org = match_org(nt, steering.start())
        if org is not None and not fold[org.end : verb_start].strip():
            return org, "issuer.ban_hanh_before"
    # A body named by the first word of its name alone, in full earlier (completed by loaders.extract): "Ban đã có
    # Hướng dẫn ...", "Sau hội nghị, chi bộ ban hành Nghị quyết số 03-NQ/CB", "Ủy ban ban hành Kế hoạch số 08"
    for pattern, written, name, level in _BARE_NAMES:
        bare = pattern.search(fold, max(clause_start, verb_start - 40), verb_start)
        if (
            bare is not None
            and (written is None or nt.norm[bare.start("ban") : bare.end("ban")] in written)
            and not any(o.start <= bare.start("ban") < o.end for o in orgs)  # "Thị ủy Điện Bàn ban hành"
        ):
            return OrgMatch(name, level, None, bare.start("ban"), bare.end("ban")), "issuer.ban_hanh_before"
    if orgs and (apposition := _APPOSITION_BEFORE_VERB.search(fold, orgs[0].end, verb_start)):
        # "Ban Thường vụ Tỉnh ủy, cơ quan thường trực của Ban Chỉ đạo ..., đã ban hành": the body before it
        orgs = [o for o in orgs if o.end <= apposition.start()]
        if not fold[orgs[-1].end : apposition.start()].strip():
            return orgs[-1], "issuer.ban_hanh_before"
    aside = _ASIDE_BEFORE_VERB.search(fold, orgs[0].end, verb_start) if orgs else None
    if aside is not None:
        # "Đảng ủy Trường Đại học Vinh (trực thuộc Tỉnh ủy Nghệ An) ban hành", "Đảng ủy Lữ đoàn 147 (Quân chủng
        # Hải quân) đã ban hành": the body before the bracket
        orgs = [o for o in orgs if o.end <= aside.start()]
        if orgs and not fold[orgs[-1].end : aside.start()].strip():
            return orgs[-1], "issuer.ban_hanh_before"
    named = named_committee_before(nt, clause_start, verb_start)
    if (
        named is not None
        # (nor the complement of a longer name: "Ban Chỉ đạo 35 Đảng ủy Công an tỉnh", "Ban Tổ chức Đảng ủy ...";
        # a body named inside it is no rival: "Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
        and not _name_goes_on_before(nt, named.start)
        and not any(o.start < named.start < o.end for o in orgs)
        and not any(o.start == named.start and o.end >= named.end for o in orgs)
        and not _TITLE_BEFORE.search(fold, max(0, named.start - 20), named.start)
    ):
        # "Đảng ủy Vùng 4 Hải quân ban hành", "Đảng ủy Công ty TNHH MTV Thống Nhất ban hành": a committee of a unit
        # the lexicon does not name, or names only in part
        return named, "issuer.named_committee"
    if not orgs or _TITLE_BEFORE.search(fold, max(0, orgs[-1].start - 20), orgs[-1].start):
        return None, "issuer.ban_hanh_before"  # "Bí thư Tỉnh ủy Nguyễn Văn A ký ban hành": the person signs
    if (
        len(orgs) >= 2
        and orgs[-2].name.startswith("Chi bộ")
        and _COMMA.fullmatch(fold, orgs[-2].end, orgs[-1].start) is not None
        and _GAP_OK.match(fold[orgs[-1].end : verb_start]) is not None
    ):
        # "Chi bộ Phòng Tổng hợp, Văn phòng Tỉnh ủy ban hành": the cell, the office it belongs to set aside
        return orgs[-2], "issuer.cell"
    # The org phrase already consumed a place name after it; anything else in the gap means the body is not the
    # subject of "ban hành" (e.g. "Tổng Bí thư Tô Lâm ký ban hành": a signer, not a body).
    gap = fold[orgs[-1].end : verb_start]
    if "tham muu" in gap:
        if (
            len(orgs) > 1
            and _ASSIGNS.fullmatch(fold, orgs[-2].end, orgs[-1].start)
            and _ASSIGNED_ADVISES.fullmatch(gap)
        ):
            # "Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy chủ trì, tham mưu ban hành A": the body that gives
            # the drafting out issues
            return orgs[-2], "issuer.assigns_the_adviser"
        return None, "issuer.ban_hanh_before"  # the adviser is not the issuer
    if _GAP_OK.match(gap) or _COORDINATED_GAP.match(gap):
        return orgs[-1], "issuer.ban_hanh_before"
    if (place := _PLACE_ON_NEXT_LINE.fullmatch(gap)) is not None and nt.norm[
        orgs[-1].end + place.start("place") : orgs[-1].end + place.end("place")
    ].istitle():
        return orgs[
            -1
        ], "issuer.ban_hanh_before"  # "Ban Thường vụ Tỉnh ủy\nBạc Liêu ban hành": a hard-wrapped line
    return None, "issuer.ban_hanh_before"


# '"bộ tứ nghị quyết" của Bộ Chính trị gồm các Nghị quyết số 57, 59, 66 và 68': a named group of a body, listed.
# (or a plural of a type, then a colon: "thực hiện các quy định của Bộ Chính trị: Quy định số 50, ...")
_GROUP_OF_BODY = re.compile(
    r"\bcua\s+(?P<body>[^,;.\d]{3,60}?)\s+(?:bao\s+gom|gom)\s*:?\s*(?:cac\s+)?$"
    rf"|\b(?:cac|nhung)\s+(?:{HEAD_RE})\s+cua\s+(?P<body2>[^,;.:\d]{{3,60}}?)\s*:\s*$"
)


def _group_of_body_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    if (
        nt.fold.rfind("gom", max(0, mention.start - 20), mention.start) < 0
        and nt.fold.rfind(":", max(0, mention.start - 4), mention.start) < 0
    ):  # cheap test before the regex
        return None
    m = _GROUP_OF_BODY.search(nt.fold, max(0, mention.start - 100), mention.start)
    group = ("body" if m.group("body") is not None else "body2") if m else "body"
    org = match_org(nt, m.start(group)) if m else None
    if m is None or org is None or org.end != m.end(group):
        return None
    return Issuance(org, None, "issuer.group_of_body")


_LIST_INTRO = re.compile(r"(?:ban\s+hanh|xay\s+dung|cu\s+the\s+hoa|the\s+che\s+hoa)\b[^.;:!?\n]{0,120}:\s*$")
# A list item's mark: "-", "+", "•", "1.", "2)", "a)".
# (\x1a: "•" in the folded text; a number or letter may be bracketed: "(1)", "(a)")
_ITEM_MARK = r"(?:[-+*\u2022\u2013\x1a]|\(?\d{1,2}[.)]|\(?[a-z][.)])"
_OPENS_ITEM = re.compile(r"\s*(?:" + _ITEM_MARK + r"\s*)?")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_MARK_AHEAD = re.compile(r"\s*" + _ITEM_MARK + r"\s")
_MARK_BEHIND = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}|[a-z])$")


def _ends_a_sentence(fold: str, start: int, end: int) -> bool:
    """A sentence ends between ``start`` and ``end``; the lines of a list ("\\n- ...", "\\n2. ...") and the full
    stops of its items do not end the sentence that introduced it."""
    for m in _SENTENCE_END.finditer(fold, start, end):
        at = m.start()
        if _MARK_AHEAD.match(fold, at + 1):
            continue  # a new item follows: "...;\n- Kế hoạch", "... số.\n2. Kế hoạch"
        if fold[at] == "." and _MARK_BEHIND.search(fold, max(0, at - 8), at):
            continue  # the full stop of an item's number: "\n2. Kế hoạch"
        return True
    return False


def _list_intro_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    """'Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản như: Chỉ thị số 22 ...; Kế hoạch số 140 ...', also as a
    list of lines ("... trong đó có:\\n- Kế hoạch số 12 ...;\\n- Kế hoạch số 13 ...")."""
    fold = nt.fold
    window = max(0, mention.start - 800)
    item_start = max(
        fold.rfind(":", window, mention.start),
        fold.rfind(";", window, mention.start),
        fold.rfind("\n", window, mention.start),
    )
    if item_start < 0 or not _OPENS_ITEM.fullmatch(fold, item_start + 1, mention.start):
        return (
            None  # only the mention that opens an item; "... thực hiện Kết luận 12" inside it is not issued
        )
    colon = fold.rfind(":", window, mention.start)
    if colon < 0 or _ends_a_sentence(fold, colon, mention.start):
        return None
    intro = _LIST_INTRO.search(fold, max(0, colon - 160), colon + 1)
    issuer = None
    if intro is not None:
        verbs = [intro.start()]
        while (later := _LIST_INTRO.search(fold, verbs[-1] + 1, colon + 1)) is not None:
            verbs.append(later.start())
        # the verb closest to the colon that has a body: "Để cụ thể hóa B, Huyện ủy ban hành:" (not "cụ thể hóa"),
        # "X ban hành nhiều văn bản chỉ đạo công tác xây dựng Đảng, trong đó có:" (not "xây dựng")
        for verb in reversed(verbs):
            clause_start = _clause_start(nt, max(0, verb - 300), verb)
            issuer, _ = _issuer_before_verb(nt, clause_start, verb)
            if issuer is not None:
                break
    if issuer is None and intro is not None:
        # "Hội nghị đã thảo luận, thống nhất ban hành:\n1. ...": the committee whose plenary it is
        verb = verbs[-1]
        clause_start = _clause_start(nt, max(0, verb - 300), verb)
        issuer = _body_of_meeting(nt, clause_start, verb)
    if issuer is None:  # (or a heading: "Kết quả ban hành văn bản năm 2022 của Ban Thường vụ Tỉnh ủy:")
        return (
            _plural_of_intro_issuance(nt, colon)
            or _counted_set_issuance(nt, colon)
            or _body_line_issuance(nt, colon)
        )
    # "Ngày 16/6/2022, Hội nghị Trung ương 5 ban hành các nghị quyết: ...": the date is every item's
    joint = _joint_before(nt, clause_start, issuer)
    return Issuance(issuer, _date_before(nt, clause_start, issuer.start), "issuer.ban_hanh_list_intro", joint)


def _body_line_issuance(nt: NormalisedText, colon: int) -> Issuance | None:
    """A line that names a body and opens a list: "Ban Tuyên giáo Trung ương:\n- Hướng dẫn số 142 ...;\n- Công
    văn số 1720 ..." (a page grouping documents by the body that issued them)."""
    line_start = nt.fold.rfind("\n", 0, colon) + 1
    text = nt.fold[line_start:colon]
    org = match_org(nt, line_start + len(text) - len(text.lstrip(" \t|-*\x1a")))
    if org is None or nt.fold[org.end : colon].strip():
        return None
    return Issuance(org, None, "issuer.list_intro_of")


# "Các chương trình hành động của Ban Chấp hành Đảng bộ tỉnh: Chương trình số 12 ...; Chương trình số 13 ...":
# a plural of document nouns, "của" and a body, then the colon that opens the items.
# (or documents as a heading names them: "Văn bản nổi bật của Thị ủy Phú Mỹ năm 2022 gồm:", "Kết quả ban hành văn
# bản năm 2022 của Ban Thường vụ Tỉnh ủy:")
_PLURAL_OF_INTRO = re.compile(
    # ("Kết quả thực hiện một số văn bản của Đảng ủy xã:")
    r"\b(?:(?:cac|nhung|mot\s+so)\s+(?:chuong\s+trinh|ke\s+hoach|nghi\s+quyet|chi\s+thi|ket\s+luan|quy\s+dinh|de\s+an"
    r"|quyet\s+dinh|huong\s+dan|thong\s+bao|van\s+ban)|danh\s+muc(?:\s+cac)?\s+van\s+ban"
    r"|(?:(?<=\n)|^)(?:ket\s+qua\s+ban\s+hanh\s+)?van\s+ban(?=\s+(?:noi\s+bat|chu\s+yeu|nam\s+\d{4})))"
    r"\b[a-z0-9 ,]{0,40}?\s+cua\s+"
)
# (a time may come between the body and the colon: "... của Đảng ủy xã từ khi thành lập:", "... năm 2025:")
_INTRO_CLOSE = re.compile(
    r"(?:\s+(?:tu|trong|nam|nhiem\s+ky|giai\s+doan|den|thang|quy)\b[^:.;\n]{0,40}?)?"
    r"[\s,]*(?:(?:bao\s+gom|gom|nhu|sau\s+day|sau)\s*)?:"
)


# "X đã ban hành 10 chương trình công tác ...\n\nMười chương trình gồm: Chương trình số 01 ...; ...", "... ban hành
# đồng bộ 4 chương trình hành động ...\n\nCụ thể gồm: ...": the items are the counted set's, issued by X.
_SET_INTRO = re.compile(r"(?:^|\n|[.!?]\s)[^\n.;:]{0,40}?\b(?:gom|bao\s+gom)\s*:$")
_COUNTED_ISSUE = re.compile(
    r"\bban\s+hanh\s+(?:dong\s+bo\s+|dong\s+thoi\s+)?(?:\d{1,3}|" + NUMBER_WORDS + r")\s+"
    r"(?:nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh|ke\s+hoach|chuong\s+trinh|de\s+an|huong\s+dan|van\s+ban)\b"
)
_SET_REACH = 700


def _counted_set_issuance(nt: NormalisedText, colon: int) -> Issuance | None:
    fold = nt.fold
    if not _SET_INTRO.search(fold, max(0, colon - 60), colon + 1):
        return None
    issued = list(_COUNTED_ISSUE.finditer(fold, max(0, colon - _SET_REACH), colon))
    if not issued or "ban hanh" in fold[issued[-1].end() : colon]:
        return None
    verb = issued[-1]
    clause_start = _clause_start(nt, max(0, verb.start() - 300), verb.start())
    issuer, _ = _issuer_before_verb(nt, clause_start, verb.start())
    return Issuance(issuer, None, "issuer.counted_set") if issuer else None


def _plural_of_intro_issuance(nt: NormalisedText, colon: int) -> Issuance | None:
    fold = nt.fold
    intro = next(reversed(list(_PLURAL_OF_INTRO.finditer(fold, max(0, colon - 160), colon))), None)
    if intro is None or (org := match_org(nt, intro.end())) is None:
        return None
    closed = _INTRO_CLOSE.match(fold, org.end, colon + 1)
    if closed is None or closed.end() != colon + 1:
        return None
    return Issuance(org, None, "issuer.list_intro_of")


# --- a mention with everything read around it ---------------------------------------------------------------------
_ORGAN_LEVELS = (
    (re.compile(r"^(?:TW|.*TW|.*W)$"), "central"),
    (re.compile(r"^(?:CP|TTG|QH|UBTVQH)$"), "central"),
    (re.compile(r"^(?:TU|.*TU)$"), "provincial"),
    (re.compile(r"^(?:HĐND|UBND)$"), "provincial"),
    (re.compile(r"^(?:HU|QU|THU|.*HU|.*QU)$"), "district"),
    (re.compile(r"^(?:ĐU|DU)$"), "grassroots"),
    (re.compile(r"^CB$"), "grassroots"),  # a Party cell's: "Nghị quyết số 02-NQ/CB"
)


_STEERING_CODE = re.compile(r"BCĐ\d{0,3}")


def level_of_organ(organ: str | None) -> str | None:
    """Level from the organ code of a symbol: TW central, TU provincial, HU/QU/ThU district, ĐU and CB grassroots."""
    if not organ:
        return None
    organ = organ.upper()
    return next((level for pattern, level in _ORGAN_LEVELS if pattern.match(organ)), None)


class Described:
    """A mention with its tail and the issuance read before it."""

    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = ("issuance", "raw", "shared_issuers", "tail")

    def __init__(
        self,
        raw: RawMention,
        tail: Tail,
        issuance: Issuance | None,
        shared_issuers: tuple[OrgMatch, ...] = (),
    ) -> None:
        self.raw: Final = raw
        self.tail: Final = tail
        self.issuance: Final = issuance
        # from the end of an elliptical list ("NQ số 18, 19 của ...")
        self.shared_issuers: Final = shared_issuers

    @property
    def issuers(self) -> tuple[OrgMatch, ...]:
        if self.tail.issuers:
            return self.tail.issuers
        if self.shared_issuers:
            return self.shared_issuers
        if self.issuance and self.issuance.issuer:
            return (*self.issuance.joint, self.issuance.issuer)
        return ()

    @property
    def date(self) -> Found | None:
        return self.tail.date or (self.issuance.date if self.issuance else None)

    @property
    def level(self) -> str | None:
        """From the issuer, else the organ code, else what names the document (plenum, congress)."""
        raw = self.raw
        if raw.rule == "mention.plenum":
            return "central"
        if (
            raw.rule.startswith("mention.congress") or raw.rule == "mention.local_plenum"
        ) and raw.congress_unit:
            return (
                raw.unit_level
                or {
                    "huyện": "district",
                    "quận": "district",
                    "thị xã": "district",
                    "xã": "grassroots",
                    "phường": "grassroots",
                    "đặc khu": "grassroots",
                    "Quân đội": "central",  # the Party organisation of the whole army answers to the Centre
                    "tỉnh": "provincial",
                    "thành phố": "provincial",
                    # the Party organisation of a body by its name ("Đại hội Đảng bộ Bệnh viện ..."): its committee's
                }.get(raw.congress_unit)
                or level_of_party_unit(raw.congress_unit)
            )
        if raw.rule.startswith("mention.congress"):
            return "central"
        own = level_of_organ(raw.organ)
        for org in self.issuers:
            if org.level:
                # a Thành ủy is a province's (TU) or a provincial city's (ThU): the organ code tells which
                if own == "district" and org.level == "provincial" and "Thành ủy" in org.name:
                    return own
                # a committee under the Centre writing a central code ("1657-NQ/QUTW" of the Quân ủy Trung ương)
                if own == "central" and "Trung ương" in org.name:
                    return own
                return org.level
        organ = (raw.organ or "").upper()
        if own is None and organ == "ĐUK":
            # a bloc's committee (Đảng ủy Khối) named by its code alone: most often a province's bloc, one step
            # above the grassroots (a central bloc's documents name their body: "... Khối các cơ quan Trung ương")
            return "district"
        if own is None and _STEERING_CODE.fullmatch(organ):
            # a steering committee by its code alone ("02-KH/BCĐ", "05-KH/BCĐ35"): the province's, most often (the
            # Centre's write "BCĐTW")
            return "provincial"
        return own


def issued_by_a_body(d: Described) -> bool:
    """Does the clause before the mention say which body issued it ("X ban hành <mention>")?"""
    return d.issuance is not None and d.issuance.issuer is not None
