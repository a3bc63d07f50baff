"""Within-article identity: which mentions name the same document.

- Numbered mentions with the same type and number are one document unless their symbols, organ codes or dates
  disagree ("Nghị quyết số 57-NQ/TW" ... "Nghị quyết 57" ... "NQ 57"); a bare symbol joins the document with that
  symbol whatever its head noun.
- Congress resolutions: same congress (level unit and ordinal). "Nghị quyết Đại hội XI" in an article that names the
  provincial XI congress is that resolution; "NQ Đại hội" alone is the article's only congress resolution, if any.
- Plenum documents: same head, plenum and term; a plenum name in parentheses right after a numbered mention is
  another name of that document ("Nghị quyết số 60-NQ/TW (Nghị quyết Hội nghị lần thứ 11 ...)").
- "Chỉ thị của Bộ Chính trị" joins the article's only directive of that body, when there is exactly one.
Pure; returns groups of indices into the described mentions, in order of first mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from loaders.attributes import APPOSED_HEAD, Described, level_of_organ
from loaders.find import RawMention
from loaders.lexicon import IMPLEMENTING_VERBS, LEVEL_OF_UNIT_WORD, UNIT_WORD_RE, ordinal_value
from loaders.normalize import NormalisedText, fold


def _compatible(a: Described, b: Described) -> bool:
    ra, rb = a.raw, b.raw
    if ra.number is None or rb.number is None or ra.number.lstrip("0") != rb.number.lstrip("0"):
        return False
    if ra.symbol and rb.symbol and ra.symbol != rb.symbol:
        return False
    if ra.type != rb.type and not (ra.symbol and ra.symbol == rb.symbol):
        return False
    if ra.organ and rb.organ and ra.organ != rb.organ:
        return False
    da, db = a.date, b.date
    if da and db and da.value != db.value:
        return False
    # "Chỉ thị 35-CT/TW năm 2019 ... Chỉ thị số 35-CT/TW ngày 14/6/2024": two directives of one number
    ya, yb = _year(a), _year(b)
    if ya and yb and ya != yb and not _one_central_term(a, b):
        return False
    # "Nghị quyết Trung ương 4 khóa XI (Nghị quyết số 12-NQ/TW) và Nghị quyết số 12-NQ/TW năm 2022": a term and a
    # year of another term
    if _terms_clash(a, b) or _terms_clash(b, a):
        return False
    # "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX ... Nghị quyết 25-NQ/TW ... khóa X": two terms
    ta, tb = a.tail.term, b.tail.term
    if ta is not None and tb is not None and ta.value.upper() != tb.value.upper():
        return False
    # "Tỉnh ủy Đồng Tháp ban hành NQ 03-NQ/TU ...; Tỉnh ủy An Giang cũng ban hành NQ 03-NQ/TU": two provinces'
    pa, pb = _places(a), _places(b)
    if pa and pb and not pa & pb:
        return False
    # a bare short form names a state document too: "Nghị quyết số 98/2023/QH15 ... thực hiện Nghị quyết 98"
    return ra.is_state == rb.is_state or _bare(ra) or _bare(rb)


def _bare(raw: RawMention) -> bool:
    return raw.symbol is None and raw.organ is None and not raw.is_state


# The Centre numbers its documents anew after each national congress (the first days of each): a central symbol
# is one document within one term ("Kết luận số 01-KL/TW ngày 18/5/2021 ... thực hiện Kết luận số 01-KL/TW năm 2023").
_CENTRAL_CONGRESSES = ("2001-04-19", "2006-04-18", "2011-01-12", "2016-01-21", "2021-01-25", "2026-01-19")


def _central_term(d: Described) -> int | None:
    """The index of the term a central document belongs to, by its date, or by its year unless a congress met
    that year (then the year alone does not say)."""
    if d.date is not None:
        day = d.date.value
        return sum(1 for start in _CENTRAL_CONGRESSES if start <= day) or None
    if d.tail.year is None:
        return None
    year = d.tail.year.value
    if any(start.startswith(year) for start in _CENTRAL_CONGRESSES):
        return None
    return sum(1 for start in _CENTRAL_CONGRESSES if start[:4] < year) or None


_TERM_INDEX = {"IX": 1, "X": 2, "XI": 3, "XII": 4, "XIII": 5, "XIV": 6}  # (as _central_term counts them)


def _terms_clash(a: Described, b: Described) -> bool:
    """Does ``a`` name a Central Committee term (khóa XI, after it or in a plenum's name) that ``b``'s date or year
    falls outside?"""
    named = (
        a.tail.term.value if a.tail.term is not None else (a.raw.terms[0] if len(a.raw.terms) == 1 else None)
    )
    if named is None or b.raw.organ not in ("TW", "TƯ") or (a.raw.organ or "TW") not in ("TW", "TƯ"):
        return False
    index, other = _TERM_INDEX.get(named.upper()), _central_term(b)
    return index is not None and other is not None and index != other


def _one_central_term(a: Described, b: Described) -> bool:
    """Do two mentions of one central symbol, of different years, fall in one term (so name one document)?"""
    if a.raw.organ not in ("TW", "TƯ") or b.raw.organ not in ("TW", "TƯ") or (a.date and b.date):
        return False
    ta, tb = _central_term(a), _central_term(b)
    return ta is not None and ta == tb


def _year(d: Described) -> str | None:
    if d.date is not None:
        return d.date.value[:4]
    return d.tail.year.value if d.tail.year is not None else None


def _places(d: Described) -> frozenset[str]:
    return frozenset(o.place for o in d.issuers if o.place)


def _issuer_names(d: Described) -> frozenset[str]:
    return frozenset(o.name for o in d.issuers)


def _committee(name: str) -> str:
    """A committee for its standing board or standing office: "Ban Thường vụ Huyện ủy" -> "Huyện ủy"; and for
    the executive committee it is: "Ban Chấp hành Đảng bộ tỉnh" -> "Tỉnh ủy"."""
    name = name.removeprefix("Ban Thường vụ ").removeprefix("Thường trực ")
    return _EXECUTIVE_IS.get(name, name)


# "Ban Chấp hành Đảng bộ tỉnh" is the Tỉnh ủy (a city's: the Thành ủy)
_EXECUTIVE_IS = {
    "Ban Chấp hành Đảng bộ tỉnh": "Tỉnh ủy",
    "Ban Chấp hành Đảng bộ thành phố": "Thành ủy",
    "Ban Chấp hành Đảng bộ huyện": "Huyện ủy",
    "Ban Chấp hành Đảng bộ quận": "Quận ủy",
    "Ban Chấp hành Đảng bộ thị xã": "Thị ủy",
}


def corefer(
    nt: NormalisedText, described: list[Described], implementing: Sequence[tuple[int, int]] = ()
) -> list[list[int]]:
    """Groups of mention indices, one group per document. ``implementing``: (implementer, implemented) mention
    pairs, which let a headline's unnumbered programme join the numbered one implementing the same document."""
    groups: list[list[int]] = []
    owner: dict[int, int] = {}

    def join(index: int, group: int) -> None:
        groups[group].append(index)
        owner[index] = group

    def new(index: int) -> None:
        groups.append([index])
        owner[index] = len(groups) - 1

    pending_generic: list[int] = []
    pending_of_body: list[int] = []
    pending_owned: list[int] = []
    pending_titled: list[int] = []
    pending_unit: list[int] = []
    for i, d in enumerate(described):
        raw = d.raw
        if raw.rule == "mention.plenum" and i > 0 and _is_parenthetical_alias(nt, described[i - 1], d):
            join(i, owner[i - 1])
        elif i > 0 and i - 1 in owner and _is_parenthetical_alias(nt, d, described[i - 1]):
            join(i, owner[i - 1])  # "Nghị quyết Hội nghị lần thứ tư ... (Nghị quyết số 04-NQ/TW)"
        elif raw.number is not None:
            match = _last_matching(groups, partial(_fits_all, _compatible, described, d))
            join(i, match) if match is not None else new(i)
        elif raw.rule.startswith("mention.congress") and raw.generic_head and raw.congress is None:
            pending_generic.append(i)
        elif raw.rule.startswith("mention.congress"):
            match = _last_matching(groups, partial(_fits_first, _same_congress, described, d))
            if match is None and raw.congress is None and raw.congress_unit:
                # "Nghị quyết Đại hội Đảng bộ tỉnh" after "... Đảng bộ tỉnh Cao Bằng lần thứ XIX": the article's one
                # congress of that unit (named later, in a headline over the body: settled after the loop)
                of_unit = [
                    g
                    for g, group in enumerate(groups)
                    if group and _fits_first(_same_unit_congress, described, d, group)
                ]
                if len(of_unit) == 1:
                    match = of_unit[0]
                elif not of_unit:
                    pending_unit.append(i)
                    continue
            join(i, match) if match is not None else new(i)
        elif raw.rule == "mention.plenum":
            match = _last_matching(groups, partial(_fits_first, _same_plenum, described, d))
            if match is None and _TYPE_LINE_OPENS.search(nt.norm, max(0, raw.start - 2), raw.start + 1):
                # a reproduced header's type line naming its plenum ("Số 21-KL/TW ... KẾT LUẬN\nHỘI NGHỊ LẦN THỨ TƯ
                # BAN CHẤP HÀNH TRUNG ƯƠNG ..."): the document of the header's number line, a few lines above
                match = _last_matching(groups, partial(_header_of_type_near, nt, described, d))
            join(i, match) if match is not None else new(i)
        elif raw.rule in (
            "mention.charter",
            "mention.named",
            "mention.count_set",
            "mention.mass_congress",
            "mention.local_plenum",
        ):
            # "Điều lệ Đảng" again is the same Charter; "4 chương trình hành động" in the headline and the lead; a
            # union's congress resolution named again
            match = _last_matching(groups, partial(_same_charter, nt, described, d))
            join(i, match) if match is not None else new(i)
        elif (
            raw.rule == "mention.of_body"
            and i > 0
            and i - 1 in owner
            and _titles_itself(nt, described[i - 1], d)
        ):
            join(
                i, owner[i - 1]
            )  # "Quy chế số 01-QC/TU về Quy chế làm việc của Ban Chấp hành ...": its own name
        elif raw.rule == "mention.of_body":
            pending_of_body.append(i)
        elif raw.rule == "mention.owned_ref":
            pending_owned.append(i)
        elif raw.rule == "mention.issued_unnumbered":
            pending_titled.append(i)
        elif raw.rule == "mention.self":
            # "... ban hành Kế hoạch thực hiện như sau:" in a reproduced document: the document of its header
            match = _last_matching(groups, partial(_header_of_type, described, d))
            if match is None:
                match = _last_matching(groups, partial(_antecedent_not_a_meetings, nt, described, d))
            if match is not None:
                join(i, match)
        elif raw.rule == "mention.anaphor" and nt.fold.startswith("van ban", raw.start):
            # "văn bản này": a document of any type, the one the paragraph reports issued, else the last named
            match = _last_matching(groups, partial(_issued_antecedent, nt, described, d, any_type=True))
            if match is None:
                match = _last_matching(groups, partial(_antecedent, nt, described, d, any_type=True))
            if match is not None:
                join(i, match)
        elif raw.rule == "mention.anaphor":
            # the last document of its type in the paragraph, else before it ("Theo báo cáo, Tỉnh ủy ban hành
            # Kế hoạch 112 để thực hiện Nghị quyết." after a lead naming the resolution); none: it names nothing
            match = None
            if _PURPOSE_BEFORE.search(nt.fold, max(0, raw.start - 40), raw.start):
                # "Để triển khai nghị quyết, X ban hành ...": the resolution the article reports issued, not the last
                # one named in a title
                match = _last_matching(
                    groups, partial(_issued_antecedent, nt, described, d, same_paragraph=False)
                )
                if match is None:
                    # (nor one named only as what another of its type carries out)
                    match = _last_matching(
                        groups, partial(_antecedent, nt, described, d, skip_carried_out=True)
                    )
            if match is None and _ISSUED_AFTER.match(nt.fold, raw.end):
                # "Nghị quyết chuyên đề được ban hành ngày ...": one the article says was issued, not the last
                # resolution it names ("... ban hành Nghị quyết số 520 về lãnh đạo thực hiện Nghị quyết số 33")
                match = _last_matching(groups, partial(_issued_antecedent, nt, described, d))
                if match is None:
                    # "Sau khi Nghị quyết được ban hành, ...": nor one named only as what another of its type
                    # carries out
                    match = _last_matching(
                        groups, partial(_antecedent, nt, described, d, skip_carried_out=True)
                    )
            if match is None:
                match = _last_matching(groups, partial(_antecedent, nt, described, d))
            if match is None and not _DEMONSTRATIVE.search(nt.fold, raw.start, raw.end):
                # a bare head may reach back past the paragraph; "Nghị quyết này" points within it
                match = _last_matching(groups, partial(_antecedent, nt, described, d, same_paragraph=False))
            if match is not None:
                join(i, match)
        else:
            new(i)
    unnumbered_of_unit: dict[str, int] = {}
    for i in pending_unit:
        # a headline's "Nghị quyết Đại hội Đảng bộ tỉnh" over a body naming "... lần thứ XI": that congress
        of_unit = [
            g
            for g, group in enumerate(groups)
            if group and _fits_first(_same_unit_congress, described, described[i], group)
        ]
        unit = described[i].raw.congress_unit or ""
        if len(of_unit) == 1:
            join(i, of_unit[0])
        elif (
            not of_unit
            and unit in unnumbered_of_unit
            and _same_period(nt, described, groups[unnumbered_of_unit[unit]][0], i)
        ):
            # no ordinal anywhere: "Nghị quyết Đại hội Đảng bộ tỉnh" (headline) and "Nghị quyết Đại hội đại biểu Đảng
            # bộ tỉnh nhiệm kỳ 2025 - 2030" (body) name the article's one congress of that unit
            join(i, unnumbered_of_unit[unit])
        else:
            new(i)
            if not of_unit:
                unnumbered_of_unit.setdefault(unit, owner[i])
    _settle_bare_congresses(described, groups, owner)
    for i in pending_generic:
        congresses = {owner[j] for j in owner if described[j].raw.rule.startswith("mention.congress")}
        if len(congresses) == 1:
            join(i, congresses.pop())
    for i in pending_of_body:
        if (row_mate := _row_mate(nt, described, i)) is not None and row_mate in owner:
            join(
                i, owner[row_mate]
            )  # "57-NQ/TW | 22/12/2024 | Nghị quyết của Bộ Chính trị về ...": the row's document
        elif _NAMED_BY_ITS_WORK.search(nt.fold, described[i].raw.start, described[i].raw.end):
            new(
                i
            )  # "Chương trình kiểm tra, giám sát toàn khóa của X": a document of its own, not X's numbered one
        else:
            _settle_of_body(described, groups, owner, i, join, new)
    for i in pending_owned:
        # "thực hiện chương trình của Tỉnh ủy": the one document of that type the article names for that owner
        if (match := _owned_antecedent(nt, described, groups, i)) is not None:
            join(i, match)
    for i in pending_titled:
        # "Tỉnh ủy X ban hành Nghị quyết về phát triển du lịch" (a headline) and "Nghị quyết số 06-NQ/TU về phát
        # triển du lịch ..." (the body): the same document when the titles agree; otherwise a document of its own
        match = _last_matching(groups, partial(_same_title, described, described[i]))
        if match is None:
            match = _same_target(described, groups, owner, implementing, i)
        if match is None and (apposed := _apposed_number(nt, described, i)) is not None:
            match = owner[apposed]
        if match is None and (lead := _lead_document(nt, described, i)) is not None and lead in owner:
            match = owner[lead]
        if match is None:
            match = _numbered_later(nt, described, groups, pending_titled, i)
        join(i, match) if match is not None else new(i)
    _join_plenum_names(nt, described, groups)
    for group in groups:
        group.sort()
    return sorted((g for g in groups if g), key=lambda g: described[g[0]].raw.start)


_PLENUM_OF = re.compile(
    r"hoi\s+nghi\s+(?:lan\s+thu\s+)?(?P<n>\w+)(?:\s+(?:ban\s+chap\s+hanh|bch))?\s+trung\s+uong|trung\s+uong\s+(?P<m>\d{1,2})\b"
)
_TERM_OF = re.compile(r"khoa\s+(?P<t>[ivxl]{1,6})\b")
_CONTENT_WORD = re.compile(r"[a-z]{2,}")
_FUNCTION_WORDS = frozenset(
    {"ve", "va", "cua", "cac", "trong", "nhung", "den", "nam", "tiep", "tuc", "mot", "so"}
)


def _join_plenum_names(nt: NormalisedText, described: list[Described], groups: list[list[int]]) -> None:
    """'Triển khai Nghị quyết Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn' (a headline) and 'Nghị
    quyết số 19-NQ/TW của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn ...' (the body): a
    plenum names several documents, so only the numbered one of that plenum, term and type whose title holds the
    plenum name's title words is the same document."""
    for gi, group in enumerate(groups):
        if not group or any(described[i].raw.rule != "mention.plenum" for i in group):
            continue
        named = [described[i] for i in group if described[i].tail.subject is not None]
        # (named without a title: "thực hiện Nghị quyết Trung ương 4 khóa XII" is the one numbered resolution of
        # that plenum and term the article names, when it names exactly one)
        words = _content_words(named[0].tail.subject.value) if named else set()  # type: ignore[union-attr]
        plenum = named[0].raw if named else described[group[0]].raw
        if (named and len(words) < 2) or plenum.plenum is None or (not named and not plenum.terms):
            continue
        matches = []
        for gj, other in enumerate(groups):
            if gj == gi or not other:
                continue
            d = described[other[0]]
            if d.raw.number is None or d.raw.type != plenum.type or (named and d.tail.subject is None):
                continue
            tail = nt.fold[d.raw.end : max(d.tail.end, d.raw.end + 1)]
            of = _PLENUM_OF.search(tail)
            number = ordinal_value(of.group("n") or of.group("m") or "") if of else None
            term = _TERM_OF.search(tail)
            if number != plenum.plenum or (
                plenum.terms and term and term.group("t").upper() not in plenum.terms
            ):
                continue
            if not named:
                if term is not None:
                    matches.append(gj)
            elif words <= _content_words(d.tail.subject.value):  # type: ignore[union-attr]
                matches.append(gj)
        if (
            not named
            and sum(
                1
                for other in groups
                if other
                and described[other[0]].raw.number is not None
                and described[other[0]].raw.type == plenum.type
                and described[other[0]].raw.organ in ("TW", "TƯ")
            )
            != 1
        ):
            continue  # "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 6": which is not said
        if len(matches) == 1:
            groups[matches[0]].extend(group)
            group.clear()


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(fold(text)) if w not in _FUNCTION_WORDS}


_LEAD_REACH = 1200
_MENU_LINES = 2
_POSTING_TIME = re.compile(
    r"[\s|,:()+-]*(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat|cap\s+nhat|dang\s+ngay|ngay\s+dang|luot\s+xem|gmt"
    r"|[\d/.:]+)[\s|,:()+-]*)+"
)


def _lead_document(nt: NormalisedText, described: list[Described], index: int) -> int | None:
    """'Đảng ủy xã X ra Nghị quyết lãnh đạo xây dựng nông thôn mới' (the headline, the article's first line) and
    'Ngày 9/8/2021, Đảng ủy xã X ban hành Nghị quyết số 12-NQ/ĐU về ...' (the lead): a headline names the
    document its lead reports, the first numbered one of its type after it, when the issuers do not disagree."""
    d = described[index]
    fold = nt.fold
    line_start = fold.rfind("\n", 0, d.raw.start) + 1
    first_line_end = fold.find("\n", d.raw.start)
    headline = fold[line_start:first_line_end].strip()
    if (
        first_line_end < 0
        or fold[line_start : d.raw.start].strip() == ""
        or len(headline) > 200
        or headline.endswith((".", ":", ";"))
        # the headline opens the article, under a menu line or two at most ("Trang chủ | Thời sự | ...")
        or fold.count("\n", 0, line_start) > _MENU_LINES
        or any(line.strip().endswith((".", ":", ";")) for line in fold[:line_start].split("\n"))
    ):
        return None  # (not a headline, which has no final stop; or the line is a document's own title)
    # the lead: the first non-empty line after the headline (in a list of headlines, the next headline), past the
    # posting time ("17/07/2024 14:23 GMT+7", "Thứ Sáu, 12/12/2021 - 10:12", "Cập nhật: 15:45 06/12/2023")
    lead_start = len(fold) - len(fold[first_line_end:].lstrip())
    while (line_end := fold.find("\n", lead_start)) > 0 and _POSTING_TIME.fullmatch(
        fold, lead_start, line_end
    ):
        lead_start = len(fold) - len(fold[line_end:].lstrip())
    lead_end = nt.fold.find("\n", lead_start)
    lead_end = len(nt.fold) if lead_end < 0 else min(lead_end, lead_start + _LEAD_REACH)
    for j in range(index + 1, len(described)):
        e = described[j]
        if e.raw.start >= lead_end:
            return None
        if e.raw.type != d.raw.type:
            continue
        if e.raw.number is None:
            return None  # another unnumbered one first: the lead does not name it
        names, others = _issuer_names(d), _issuer_names(e)
        if names and others and not {_committee(n) for n in names} & {_committee(n) for n in others}:
            continue  # another body's, named by the lead ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, ...")
        if (
            d.tail.subject
            and e.tail.subject
            and not (_content_words(d.tail.subject.value) & _content_words(e.tail.subject.value))
        ):
            return (
                None  # "... Nghị quyết về phát triển du lịch xanh" over "Nghị quyết số 06 về chuyển đổi số"
            )
        return j
    return None


def _same_target(
    described: list[Described],
    groups: list[list[int]],
    owner: dict[int, int],
    implementing: Sequence[tuple[int, int]],
    index: int,
) -> int | None:
    """'Thành ủy ban hành Chương trình hành động thực hiện Nghị quyết 68' (a headline) and 'Chương trình hành động
    số 40-CTr/TU thực hiện Nghị quyết số 68-NQ/TW' (the body): the only numbered document of the type that
    implements the same document."""
    targets = {owner[o] for s, o in implementing if s == index and o in owner}
    if not targets:
        return None
    kind = described[index].raw.type
    found = {
        owner[s]
        for s, o in implementing
        if s != index
        and s in owner
        and o in owner
        and owner[o] in targets
        and described[s].raw.type == kind
        and described[s].raw.number is not None
    }
    return found.pop() if len(found) == 1 else None


Same = Callable[[Described, Described], bool]


def _fits_all(same: Same, described: list[Described], d: Described, group: list[int]) -> bool:
    """Every numbered member of the group is the same document as ``d`` (a plenum name joined as an alias has no
    number to compare), and there is one."""
    numbered = [j for j in group if described[j].raw.number is not None]
    return (
        bool(numbered)
        and all(same(described[j], d) for j in numbered)
        # (nor of another term than a plenum name joined as its alias: "Nghị quyết Trung ương 4 khóa XI (Nghị
        # quyết số 12-NQ/TW) và Nghị quyết số 12-NQ/TW năm 2022")
        and not any(_terms_clash(described[j], d) for j in group if described[j].raw.number is None)
    )


def _fits_first(same: Same, described: list[Described], d: Described, group: list[int]) -> bool:
    return same(described[group[0]], d)


def _named_by_its_meeting(described: list[Described], group: list[int]) -> bool:
    """A congress's or a plenum's resolution, or the Charter: never the document a text names as itself ("Thực
    hiện Nghị quyết Đại hội ..., Ban Chấp hành ... ban hành Nghị quyết về ... với các nội dung sau:")."""
    return described[group[0]].raw.rule.startswith(("mention.congress", "mention.plenum", "mention.charter"))


def _antecedent_not_a_meetings(
    nt: NormalisedText, described: list[Described], d: Described, group: list[int]
) -> bool:
    return not _named_by_its_meeting(described, group) and _antecedent(
        nt, described, d, group, same_paragraph=False
    )


# (a line that opens in capitals: "\nKẾT LUẬN")
_TYPE_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*[A-ZĐ]")
_HEADER_REACH = 300


def _header_of_type_near(
    nt: NormalisedText, described: list[Described], d: Described, group: list[int]
) -> bool:
    first = described[group[0]]
    return (
        _header_of_type(described, d, group)
        and d.raw.start - first.raw.end <= _HEADER_REACH
        and nt.norm[d.raw.start : d.raw.start + 8].isupper()
    )


def _header_of_type(described: list[Described], d: Described, group: list[int]) -> bool:
    first = described[group[0]]
    return (
        first.raw.type == d.raw.type
        and first.raw.start < d.raw.start
        and first.issuance is not None
        and first.issuance.rule == "issuer.header"
    )


def _words(text: str) -> str:
    return " ".join(text.split())


def _same_charter(nt: NormalisedText, described: list[Described], d: Described, group: list[int]) -> bool:
    first = described[group[0]].raw
    return first.rule == d.raw.rule and _words(nt.fold[first.start : first.end]) == _words(
        nt.fold[d.raw.start : d.raw.end]
    )


# "này" points within the paragraph; "trên", "nói trên", "nêu trên" ("above") reach a paragraph or two back
_DEMONSTRATIVE = re.compile(r"\s(?:nay)$")


def _numbered_later(
    nt: NormalisedText, described: list[Described], groups: list[list[int]], titled: list[int], index: int
) -> int | None:
    """'Hội nghị thông qua Nghị quyết về lãnh đạo thực hiện nhiệm vụ năm 2025. Theo Nghị quyết số 45-NQ/TU, ...':
    a document issued by its title, then named in a later sentence by its number alone, is one document when it
    is the article's only titled one of that type and the only numbered one, of the same local level."""
    d = described[index]
    if any(j != index and described[j].raw.type == d.raw.type for j in titled):
        return None
    numbered = [
        g
        for g, group in enumerate(groups)
        if group and described[group[0]].raw.number is not None and described[group[0]].raw.type == d.raw.type
    ]
    if len(numbered) != 1:
        return None
    group = groups[numbered[0]]
    first = described[group[0]]
    own = level_of_organ(first.raw.organ)
    if (
        first.raw.start < d.raw.end
        or any(described[j].tail.subject is not None for j in group)
        # (named again, not reported issued itself: "Hội nghị thống nhất ban hành Nghị quyết số 09-NQ/TU"; but
        # adopted, then issued in the same paragraph: "Hội nghị ... đã biểu quyết thông qua Nghị quyết về phát triển
        # kinh tế tư nhân. Ngay sau hội nghị, Tỉnh ủy ban hành Nghị quyết số 18-NQ/TU")
        or (
            any(described[j].issuance is not None or described[j].date is not None for j in group)
            and not (
                nt.fold.find("thong qua", max(0, d.raw.start - 30), d.raw.start) >= 0
                and "\n" not in nt.fold[d.raw.end : first.raw.start]
            )
        )
        or (own is not None and d.level is not None and own != d.level)
        # (a central one is named by its number in headline lists of other documents: never joined)
        or "central" in (own, d.level)
        or not _SENTENCE_BREAK.search(nt.fold, d.raw.end, first.raw.start)
    ):
        return None
    return numbered[0]


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _titles_itself(nt: NormalisedText, numbered: Described, named: Described) -> bool:
    """Does ``numbered``'s title open with ``named``, a document of its own type ("Quy chế số 01-QC/TU về Quy chế
    làm việc của ...")?"""
    return (
        numbered.raw.number is not None
        and numbered.raw.type == named.raw.type
        and _ABOUT_ITSELF.fullmatch(nt.fold, max(numbered.tail.end, numbered.raw.end), named.raw.start)
        is not None
    )


_ABOUT_ITSELF = re.compile(r"\s*,?\s*(?:ve\s+viec\s+ban\s+hanh|ve(?:\s+viec)?)\s+")


def _last_matching(groups: list[list[int]], test: Callable[[list[int]], bool]) -> int | None:
    for gi in range(len(groups) - 1, -1, -1):
        if groups[gi] and test(groups[gi]):
            return gi
    return None


def _apposed_number(nt: NormalisedText, described: list[Described], unnumbered: int) -> int | None:
    """'Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết 57 (Chương trình số 25-CTr/TU)': the
    numbered mention in brackets names the unnumbered one the verb issued (loaders.attributes.APPOSED_HEAD)."""
    start = described[unnumbered].raw.start
    for j in range(unnumbered + 1, len(described)):
        d = described[j]
        if d.raw.number is None or d.issuance is None or d.issuance.rule != "issuer.apposed":
            continue
        m = APPOSED_HEAD.search(nt.fold, max(0, d.raw.start - 260), d.raw.start)
        if m is not None and m.start("head") == start and d.raw.type == described[unnumbered].raw.type:
            return j
    return None


def _is_parenthetical_alias(nt: NormalisedText, numbered: Described, plenum: Described) -> bool:
    """'Nghị quyết số 04-NQ/TW (Nghị quyết Trung ương 4 khóa XII)' or the other way round: one document; also a
    project by its quoted title, then its number: 'Đề án “...” (Đề án số 03-ĐA/TU)'."""
    first, second = sorted((numbered, plenum), key=lambda d: d.raw.start)
    end = first.tail.end if first is plenum else first.raw.end
    between = nt.fold[max(end, first.raw.end) : second.raw.start]
    if first is numbered and first.tail.subject is None and between.strip() not in ("(", ", ("):
        # after its date and body: "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa
        # XIII (Kết luận Hội nghị Trung ương 4 khóa XIII)"
        between = nt.fold[max(first.tail.end, first.raw.end) : second.raw.start]
    return (
        numbered.raw.number is not None
        and (plenum.raw.rule == "mention.plenum" or (plenum.raw.rule == "mention.named" and first is plenum))
        and numbered.raw.type == plenum.raw.type
        and between.strip() in ("(", ", (")
    )


# "NQ 57 thay thế NQ 52 ...; Nghị quyết này": a replaced or repealed document is not what "this" names.
# (not past an issuing verb: "Căn cứ A, B, Ban Thường vụ ban hành Quyết định số 1788" issues the decision)
_BASIS_BEFORE = re.compile(
    r"\b(?:tren\s+co\s+so|can\s+cu(?:\s+vao)?)\b(?:(?!\b(?:ban\s+hanh|xay\s+dung)\b)[^.;:!?\n])*$"
)
_REPLACED_BEFORE = re.compile(r"\b(?:thay\s+the(?:\s+cho)?|bai\s+bo)\s+$")


def _antecedent(
    nt: NormalisedText,
    described: list[Described],
    anaphor: Described,
    group: list[int],
    same_paragraph: bool = True,
    any_type: bool = False,
    skip_carried_out: bool = False,
) -> bool:
    """A document of the anaphor's type (of any type for ``any_type``) named earlier (in the same paragraph, no
    blank line between, when ``same_paragraph``), not one named only as replaced (nor, for ``skip_carried_out``,
    only as what another of its type carries out)."""
    last = described[group[-1]].raw
    same_type = any_type or described[group[0]].raw.type == anaphor.raw.type
    replaced = all(
        _REPLACED_BEFORE.search(nt.fold, max(0, described[j].raw.start - 20), described[j].raw.start)
        # ("... được ban hành trên cơ sở Nghị quyết Đại hội và định hướng của Nghị quyết số 26. Để đưa Nghị quyết vào
        # cuộc sống, ...": a document named only as a basis is not what the bare head takes up)
        or _BASIS_BEFORE.search(nt.fold, max(0, described[j].raw.start - 160), described[j].raw.start)
        for j in group
    )
    return (
        same_type
        and not replaced
        and last.start < anaphor.raw.start
        and (not same_paragraph or "\n\n" not in nt.norm[last.end : anaphor.raw.start])
        and not _carries_out(nt, described, last, anaphor.raw.start)
        and not (
            skip_carried_out and all(_carried_out_by_one_of_its_type(nt, described, group, j) for j in group)
        )
    )


# "Đảng ủy phường ban hành Kế hoạch số 18-KH/ĐU ngày 15/9/2025 thực hiện kế hoạch này": the plan of the clause
# carries "this plan" out, so it is not the plan meant (a document does not implement itself).
_CUE_RIGHT_BEFORE = re.compile(rf"\b(?:{IMPLEMENTING_VERBS})\s+$")


def _carries_out(
    nt: NormalisedText, described: list[Described], candidate: RawMention, anaphor_start: int
) -> bool:
    """Is ``candidate`` the document right before the cue that governs the anaphor at ``anaphor_start``?"""
    between = nt.fold[candidate.end : anaphor_start]
    return (
        len(between) < 80
        and not any(candidate.end <= d.raw.start < anaphor_start for d in described)
        and not any(c in between for c in ".;!?\n")
        and _CUE_RIGHT_BEFORE.search(nt.fold, max(0, anaphor_start - 40), anaphor_start) is not None
    )


_ISSUED_AFTER = re.compile(
    r"(?:\s+(?:nay|tren))?\s+(?:da\s+)?duoc\s+(?:ky(?:\s*,?\s*ban\s+hanh)?|ban\s+hanh)\b"
)
_PURPOSE_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|\n\s*)(?:de|nham)\s+(?:\w+\s+){{0,3}}(?:{IMPLEMENTING_VERBS})\s+$"
)


def _issued_antecedent(
    nt: NormalisedText,
    described: list[Described],
    anaphor: Described,
    group: list[int],
    same_paragraph: bool = True,
    any_type: bool = False,
) -> bool:
    # (a document the article says someone issued; one of a counted set is no single antecedent)
    return (
        _antecedent(nt, described, anaphor, group, same_paragraph, any_type)
        and described[group[0]].raw.rule != "mention.count_set"
        and any(described[j].issuance is not None for j in group)
    )


# (a sentence's text before a mention, up to the cue that governs it)
_CUE_IN_CLAUSE = re.compile(rf"\b(?:{IMPLEMENTING_VERBS})\b[^.;!?\n]*$")


def _carried_out_by_one_of_its_type(
    nt: NormalisedText, described: list[Described], group: list[int], j: int
) -> bool:
    """ "Nghị quyết số 06 được ban hành nhằm cụ thể hóa Nghị quyết Đại hội và Nghị quyết số 11. Để triển khai thực
    hiện Nghị quyết, ...": a document named only as what another of its type carries out is not what a bare head
    in a purpose takes up."""
    mention = described[j].raw
    cue = _CUE_IN_CLAUSE.search(nt.fold, max(0, mention.start - 200), mention.start)
    return cue is not None and any(
        k not in group
        and described[k].raw.type == mention.type
        and described[k].raw.end <= cue.start()
        and not any(c in nt.fold[described[k].raw.end : cue.start()] for c in ".;!?\n")
        for k in range(j)
    )


def _title(d: Described) -> str:
    return " ".join(d.tail.subject.value.casefold().split()) if d.tail.subject else ""


def _same_title(described: list[Described], unnumbered: Described, group: list[int]) -> bool:
    """A numbered document of the unnumbered mention's type whose title starts like it (three words at least)."""
    title = _title(unnumbered)
    if len(title.split()) < 3:
        return False
    first = described[group[0]].raw
    names = _issuer_names(unnumbered)
    return (
        first.type == unnumbered.raw.type
        and first.number is not None
        and any(
            _title(described[j]).startswith(title) or title.startswith(_title(described[j]) or "\0")
            for j in group
        )
        # (not another body's: "Tỉnh ủy ban hành Chỉ thị về đại hội đảng bộ các cấp ..." over "Thực hiện Chỉ thị
        # số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, ... ban hành Chỉ thị số 23-CT/TU")
        and not any(
            (others := _issuer_names(described[j]))
            and names
            and not {_committee(n) for n in names} & {_committee(n) for n in others}
            for j in group
        )
    )


def _same_congress(a: Described, b: Described) -> bool:
    ra, rb = a.raw, b.raw
    return (
        ra.rule.startswith("mention.congress")
        and ra.congress == rb.congress
        and ra.congress_unit == rb.congress_unit
    )


_CONGRESS_PERIOD = re.compile(r"[\s,(-]*nhiem\s+ky\s+(?P<start>\d{4})")


def _same_period(nt: NormalisedText, described: list[Described], a: int, b: int) -> bool:
    """Two congress mentions without an ordinal: unless each says its term ("nhiệm kỳ 2020 - 2025") and they
    differ."""
    periods = {
        m.group("start")
        for m in (_CONGRESS_PERIOD.match(nt.fold, described[i].raw.end) for i in (a, b))
        if m is not None
    }
    return len(periods) <= 1


def _same_unit_congress(a: Described, b: Described) -> bool:
    ra, rb = a.raw, b.raw
    return (
        ra.rule.startswith("mention.congress")
        and ra.congress is not None
        and ra.congress_unit == rb.congress_unit
    )


def _same_plenum(a: Described, b: Described) -> bool:
    ra, rb = a.raw, b.raw
    if ra.rule != "mention.plenum" or ra.type != rb.type or ra.plenum != rb.plenum:
        return False
    return ra.terms == rb.terms or not ra.terms or not rb.terms


def _settle_bare_congresses(
    described: list[Described], groups: list[list[int]], owner: dict[int, int]
) -> None:
    """'Nghị quyết Đại hội XI' (no unit) joins the local congress XI of the same article when there is one."""
    for gi, group in enumerate(groups):
        first = described[group[0]].raw
        if not first.rule.startswith("mention.congress") or first.congress_unit or not first.generic_head:
            continue
        for gj, other in enumerate(groups):
            o = described[other[0]].raw
            if (
                gj != gi
                and o.rule.startswith("mention.congress")
                and o.congress_unit
                and o.congress == first.congress
            ):
                other.extend(group)
                for i in group:
                    owner[i] = gj
                group.clear()
                break


_NAMED_BY_ITS_WORK = re.compile(r"\b(?:lam\s+viec|cong\s+tac|kiem\s+tra|giam\s+sat|phoi\s+hop|toan\s+khoa)\b")


def _row_mate(nt: NormalisedText, described: list[Described], i: int) -> int | None:
    """The one numbered mention of the same type on the table row (a line of cells) of the unnumbered mention ``i``:
    a summary cell describes the document of its row."""
    fold, raw = nt.fold, described[i].raw
    start = fold.rfind("\n", 0, raw.start) + 1
    end = fold.find("\n", raw.end)
    end = len(fold) if end < 0 else end
    if "|" not in fold[start:end]:
        return None
    mates = [
        j
        for j, d in enumerate(described)
        if start <= d.raw.start < end and d.raw.number is not None and d.raw.type == raw.type
    ]
    return mates[0] if len(mates) == 1 else None


_OWNER_LEVEL = re.compile(rf"\s+cua\s+(?P<level>{UNIT_WORD_RE})\b")


def _owned_antecedent(
    nt: NormalisedText, described: list[Described], groups: list[list[int]], i: int
) -> int | None:
    """The group of the one earlier numbered document of the reference's type whose body is the owner ("chương
    trình của Tỉnh ủy"), or whose level is the owner's ("chỉ thị của tỉnh"); None if none or several."""
    d = described[i]
    names = {_committee(n) for n in _issuer_names(d)}
    level = _OWNER_LEVEL.match(nt.fold, d.raw.end)
    wanted = LEVEL_OF_UNIT_WORD[" ".join(level.group("level").split())] if level else None
    if not names and wanted is None:
        return None

    def owned(group: list[int]) -> bool:
        if wanted is not None:
            return any(
                wanted in {o.level for o in described[j].issuers}
                or level_of_organ(described[j].raw.organ) == wanted
                for j in group
            )
        return bool(names & {_committee(n) for j in group for n in _issuer_names(described[j])})

    found = [
        gi
        for gi, g in enumerate(groups)
        if g
        and described[g[0]].raw.type == d.raw.type
        and described[g[0]].raw.number
        and described[g[0]].raw.start < d.raw.start
        and owned(g)
    ]
    return found[0] if len(found) == 1 else None


def _settle_of_body(
    described: list[Described],
    groups: list[list[int]],
    owner: dict[int, int],
    i: int,
    join: Callable[[int, int], None],
    new: Callable[[int], None],
) -> None:
    d = described[i]
    names = _issuer_names(d)

    def issuer_fits(group: list[int]) -> bool:
        known = set().union(*(_issuer_names(described[j]) for j in group))
        # the numbered mention may not name its issuer; "Kế hoạch của Huyện ủy" is its standing board's plan
        return not known or bool({_committee(n) for n in names} & {_committee(n) for n in known})

    candidates = [
        gi
        for gi, g in enumerate(groups)
        if g
        and described[g[0]].raw.type == d.raw.type
        and described[g[0]].raw.number
        and names
        and issuer_fits(g)
    ]
    # one that names that body beats others that name none ("cụ thể hóa kế hoạch của Đảng ủy xã bằng Kế hoạch số
    # 08-KH/CB": the commune's plan named before, not the cell's plan whose body is unsaid)
    named = [gi for gi in candidates if any(_issuer_names(described[j]) for j in groups[gi])]
    if len(candidates) == 1 or len(named) == 1:
        join(i, candidates[0] if len(candidates) == 1 else named[0])
    elif (
        not candidates and (same := _last_matching(groups, partial(_same_of_body, described, d))) is not None
    ):
        join(
            i, same
        )  # "Chương trình hành động của Tỉnh ủy" in the headline and again in the body: one programme
    else:
        new(i)


def _same_of_body(described: list[Described], d: Described, group: list[int]) -> bool:
    """An earlier unnumbered document of the same type named by the same body, with no other title."""
    first = described[group[0]]
    if first.raw.rule != "mention.of_body" or first.raw.type != d.raw.type:
        return False
    if not _issuer_names(d) or _issuer_names(first) != _issuer_names(d):
        return False
    titles = {s.value for s in (*(described[j].tail.subject for j in group), d.tail.subject) if s is not None}
    return len(titles) <= 1
