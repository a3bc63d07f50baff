"""The extraction pipeline for one article: normalise → find → describe → relate → corefer → documents.

Pure and deterministic: the same Article always gives the same Extraction. Offsets in the result index the
article's text exactly as read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from loaders.attributes import (
    DATE_RE,
    Described,
    Found,
    Issuance,
    Tail,
    issued_by_a_body,
    level_of_organ,
    parse_date,
    read_issuance,
    read_tail,
)
from loaders.catalogue import load_catalogue
from loaders.corefer import corefer
from loaders.find import RawMention, congress_named_before, find_mentions, held_congress
from loaders.headers import header_issuance, page_title_issuance
from loaders.issuers import OrgMatch, find_orgs, match_org
from loaders.lexicon import IMPLEMENTING_VERBS, ITEM_MARK, TYPE_OF_HEAD, term_of
from loaders.model import Article, Document, Evidence, Extraction, Fact, Mention, Relation, Span
from loaders.normalize import NormalisedText, normalise
from loaders.relate import evidence_span, relate
from loaders.sentences import split_sentences

T = TypeVar("T")

# Which mention of a document names it best, for its type: a head noun with a number beats a plenum or congress
# name, which beats a bare symbol or a set.
_RULE_RANK = {
    "mention.numbered": 0,
    "mention.abbrev_number": 1,
    "mention.list_item": 2,
    "mention.garbled_symbol": 2,
    "mention.plenum": 3,
    "mention.congress": 4,
    "mention.congress_ellipsis": 4,
    "mention.bare_symbol": 5,
    "mention.of_body": 6,
    "mention.issued_unnumbered": 6,
    "mention.anaphor": 8,
    "mention.owned_ref": 8,
    "mention.self": 8,
    "mention.title": 8,
    "mention.count_set": 7,
}


def describe(nt: NormalisedText, raws: list[RawMention]) -> list[Described]:
    """Read each mention's tail (date, issuer, subject) and the issuance before it."""
    described: list[Described] = []
    floor = 0
    for i, raw in enumerate(raws):
        limit = raws[i + 1].start if i + 1 < len(raws) else len(nt.fold)
        read = read_tail(nt, raw, limit)
        tail = _central_keeps_its_issuer(raw, read)
        if tail is not read and described:
            described[-1] = _issuer_of_implementer(nt, described[-1], raw, read.issuers)
        if raw.rule == "mention.title":  # a page titled in capitals: its lead's main clause names the body
            issuance = page_title_issuance(nt, raw)
        else:
            issuance = read_issuance(nt, raw, floor, raws[i - 1].start if i else None) or header_issuance(
                nt, raw
            )
        if issuance and issuance.issuer and _local_for_central(raw, issuance.issuer):
            issuance = (
                None  # "Tỉnh ủy ban hành Kế hoạch 31 triển khai 3 nghị quyết: Nghị quyết số 57-NQ/TW, ..."
            )
        if (
            issuance
            and issuance.issuer
            and issuance.rule == "issuer.meeting"
            and issuance.issuer.level == "central"
            and level_of_organ(raw.organ) in _LOCAL_LEVELS
        ):
            # "Hội nghị đã biểu quyết thông qua Nghị quyết số 38-NQ/TU": the province's plenum, not the Centre's named
            # in the sentence before
            issuance = None
        if (
            issuance
            and issuance.issuer
            and tail.issuers
            and (
                tail.issuers[0].start >= tail.end
                or raw.type == "rules"
                or _WORK_PROGRAMME.match(nt.fold, raw.start)
            )
        ):
            # a body before "ban hành" wins over one that ends the subject, and over the body whose work rules
            # are named ("Ban Thường vụ Tỉnh ủy ban hành Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy")
            tail = Tail(tail.end, tail.date, tail.year, (), tail.term, tail.subject)
        described.append(Described(raw, tail, issuance))
        floor = max(tail.end, raw.end)
    described = _complete_elliptic_issuers(nt, described)
    shared = _share_list_dates(
        nt, _share_coordinated_issuers(nt, _share_list_issuers(_share_issuance(nt, described)))
    )
    if "cung ngay" in nt.fold:
        shared = _same_day_of_the_issued(nt, shared)
    if "quy che" in nt.fold or "quy dinh" in nt.fold:
        shared = _promulgated_rules(nt, shared)
    if "thu nhat" in nt.fold:  # (an enumeration opens with "Thứ nhất")
        shared = _enumerated_members(nt, shared)
    if "lan luot" in nt.fold:
        shared = _respectively(nt, shared)
    if " thu nhat" in nt.fold:
        shared = _ordinal_members(nt, shared)
    follows_up = "ban hanh" in nt.fold and any(w in nt.norm for w in _FOLLOW_UP_OPENINGS)
    shared = _follow_up_issuance(nt, shared) if follows_up else shared
    if "duoc " not in nt.fold or "ban hanh" not in nt.fold:  # ("được ban hành", "được X ban hành")
        return shared
    return _dated_after_title(nt, _passive_date_of_subject(nt, _passive_issuer_of_subject(nt, shared)))


# "Tỉnh ủy, Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy đã lần lượt ban hành A, B và C": one body each, in order.
_RESPECTIVELY_ISSUED = re.compile(r"\blan\s+luot\s+(?:ky\s+)?ban\s+hanh\s+(?:cac\s+)?$")


# "Ban Thường vụ Tỉnh ủy ban hành Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ tỉnh": whose work it
# plans, as with working rules
_WORK_PROGRAMME = re.compile(r"chuong\s+trinh\s+(?:lam\s+viec|cong\s+tac)\b")


# "Quyết định số 1540-QĐ/TU (ngày D, của X) [về] ban hành Quy chế ...": the verb of the decision's title
_PROMULGATED_BY = re.compile(r"(?:\bve\s+(?:viec\s+)?)?\bban\s+hanh\s+$")


def _promulgated_rules(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """Rules a numbered decision promulgates, with no body issuing them before: the decision's body issued them
    ("Quyết định số 2146-QĐ/TU ban hành Quy chế hoạt động của Ban Chỉ đạo": the body after "của" is whose work
    they rule)."""
    out = list(described)
    for i in range(1, len(out)):
        cur, decision = out[i], out[i - 1]
        if (
            cur.raw.type != "rules"
            or cur.raw.number is not None
            or decision.raw.type != "decision"
            or decision.raw.number is None
            or not decision.issuers
            or (cur.issuance is not None and cur.issuance.issuer is not None)
            or re.search(r"[.;:\n]", nt.fold[decision.raw.end : cur.raw.start])
            or not _PROMULGATED_BY.search(nt.fold, decision.raw.end, cur.raw.start)
        ):
            continue
        tail = Tail(cur.tail.end, cur.tail.date, cur.tail.year, (), cur.tail.term, cur.tail.subject)
        issuance = Issuance(decision.issuers[-1], None, "issuer.promulgating_decision")
        out[i] = Described(cur.raw, tail, issuance)
    return out


_ORDINAL_MEMBER = re.compile(r"\s+thu\s+(?:nhat|hai|ba|tu)\b")
_MEMBERS_REACH = 600


def _ordinal_members(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """'Ban Thường vụ Tỉnh ủy ban hành hai kế hoạch quan trọng. Kế hoạch thứ nhất, số 98-KH/TU, ...; Kế hoạch thứ
    hai, số 99-KH/TU, ...': each member was issued by the body, on the day, that issued the counted set."""
    out = list(described)
    for i, d in enumerate(out):
        raw = d.raw
        if d.issuers or raw.number is None or not _ORDINAL_MEMBER.search(nt.fold, raw.start, raw.end):
            continue
        counted = next(
            (
                c
                for c in reversed(out[:i])
                if c.raw.rule == "mention.count_set"
                and c.raw.type == raw.type
                and raw.start - c.raw.end <= _MEMBERS_REACH
            ),
            None,
        )
        issuers, date = (counted.issuers, counted.date) if counted is not None else ((), None)
        if not issuers:
            # "X ban hành hai kế hoạch quan trọng. Kế hoạch thứ nhất, ...": a count in words, not a counted set
            announced = None
            for m in _ANNOUNCED_SET.finditer(nt.fold, max(0, raw.start - _MEMBERS_REACH), raw.start):
                announced = m
            if announced is None:
                continue
            issuance = read_issuance(
                nt, RawMention(announced.start("n"), announced.end(), raw.type, "mention.count_set"), 0
            )
            if issuance is None or issuance.issuer is None:
                continue
            issuers, date = (*issuance.joint, issuance.issuer), issuance.date
        date = d.date or date
        tail = (
            d.tail
            if d.date
            else Tail(d.tail.end, date, d.tail.year, d.tail.issuers, d.tail.term, d.tail.subject)
        )
        out[i] = Described(raw, tail, d.issuance, tuple(issuers))
    return out


_ANNOUNCED_SET = re.compile(
    r"\bban\s+hanh\s+(?P<n>(?:hai|ba|bon|[234])\s+(?:nghi\s+quyet|ke\s+hoach|chuong\s+trinh(?:\s+hanh\s+dong)?"
    r"|chi\s+thi|quy\s+dinh|ket\s+luan|huong\s+dan|de\s+an|van\s+ban))\b"
)


def _respectively(nt: NormalisedText, described: list[Described]) -> list[Described]:
    out = list(described)
    for i, d in enumerate(out):
        issuance = d.issuance
        if (
            issuance is None
            or issuance.issuer is None
            or not issuance.joint
            or not _RESPECTIVELY_ISSUED.search(nt.fold, max(0, d.raw.start - 30), d.raw.start)
        ):
            continue
        bodies = sorted((*issuance.joint, issuance.issuer), key=lambda o: o.start)
        if " va " not in nt.fold[bodies[0].start : bodies[-1].end]:
            continue  # "Bộ Chính trị, Ban Bí thư lần lượt ban hành ...": one joint body, not a list of bodies
        run = [i]
        for j in range(i + 1, len(out)):
            following = out[j].issuance
            if following is None or following.issuer is not issuance.issuer:
                break
            run.append(j)
        if len(run) != len(bodies):
            continue
        for j, body in zip(run, bodies, strict=True):
            e = out[j]
            own = Issuance(body, issuance.date, "issuer.respectively")
            out[j] = Described(e.raw, e.tail, own, e.shared_issuers)
    return out


# "X đã ban hành 3 nghị quyết chuyên đề ... Thứ nhất là Nghị quyết số 04 ... Thứ hai là Nghị quyết số 05 ...": the
# members of a counted set, enumerated sentence by sentence, are issued by the set's body.
_ENUMERATION = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)thu\s+(?:nhat|hai|ba|tu|nam|sau|bay)\s*(?:,|:|la)?\s*(?:la\s+)?$"
)
_ENUMERATION_REACH = 3000


def _enumerated_members(nt: NormalisedText, described: list[Described]) -> list[Described]:
    out = list(described)
    for i, d in enumerate(out):
        if (
            d.issuance
            or d.tail.issuers
            or not _ENUMERATION.search(nt.fold, max(0, d.raw.start - 30), d.raw.start)
        ):
            continue
        bodies = [
            e.issuance.issuer
            for e in out[:i]
            if e.raw.rule == "mention.count_set"
            and e.raw.type == d.raw.type
            and e.issuance is not None
            and e.issuance.issuer is not None
            and d.raw.start - e.raw.end <= _ENUMERATION_REACH
        ]
        issuer = bodies[-1] if bodies else None
        if issuer is not None and _level_fits(d.raw, issuer):
            out[i] = Described(d.raw, d.tail, Issuance(issuer, None, "issuer.enumerated"), d.shared_issuers)
    return out


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n])[\s\x1a\"(]*$")


# "Đề án số 04-ĐA/TU của ... về phát triển đội ngũ cán bộ trẻ giai đoạn 2022-2030 được ban hành ngày 11/11/2022"
_PASSIVE_DATED = re.compile(r"\s(?:da\s+)?duoc\s+(?:ky\s+)?ban\s+hanh\s+(?:vao\s+)?(?:ngay\s*)?(?=\d)")


def _dated_after_title(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """A passive predicate after a document's title dates that document; after the title of the document a
    sentence's subject carries out, when that one has its own date, it dates the subject ("Chương trình số 20 ...
    thực hiện Nghị quyết số 13 ngày 2/4/2022 ... về ... được ban hành ngày 15/8/2022")."""
    out = list(described)
    for i, d in enumerate(out):
        subject_of = d.tail.subject
        if subject_of is None:
            continue
        # (the title may run on over the predicate: it ends at punctuation)
        m = _PASSIVE_DATED.search(nt.fold, subject_of.start, subject_of.end + 4)
        if m is None or (i + 1 < len(out) and out[i + 1].raw.start < m.start()):
            continue
        found = DATE_RE.match(nt.fold, m.end())
        iso = parse_date(found) if found else None
        if found is None or iso is None:
            continue
        k = i
        if d.date is not None:
            subject = out[i - 1] if i > 0 else None
            if (
                subject is None
                or subject.date is not None
                or not _CUE_AFTER_DOCUMENT.fullmatch(nt.fold, subject.tail.end, d.raw.start)
                or not _OPENS_SENTENCE.search(nt.fold, max(0, subject.raw.start - 40), subject.raw.start)
            ):
                continue
            k = i - 1
        t = out[k].tail
        dated = Found(iso, found.start(), found.end(), "date.passive_predicate")
        out[k] = Described(
            out[k].raw,
            Tail(t.end, dated, t.year, t.issuers, t.term, t.subject),
            out[k].issuance,
            out[k].shared_issuers,
        )
    return out


def _title_holding(nt: NormalisedText, described: list[Described], index: int) -> int | None:
    """The document opening the sentence whose title (cut at the next mention) runs up to ``index``: every
    document between is named in it, and no issuing verb comes between."""
    sentence_start = (
        max(
            nt.fold.rfind(". ", 0, described[index].raw.start),
            nt.fold.rfind("\n", 0, described[index].raw.start),
        )
        + 1
    )
    for j in range(index - 1, -1, -1):
        d = described[j]
        if d.raw.start < sentence_start:
            return None
        if (
            d.tail.subject is not None
            and j + 1 < index
            and not nt.fold[d.tail.subject.end : described[j + 1].raw.start].strip()
            and _OPENS_SENTENCE.search(nt.fold, max(0, d.raw.start - 40), d.raw.start)
            and "ban hanh" not in nt.fold[d.raw.end : described[index].raw.start]
        ):
            return j
    return None


_PASSIVE_BY_BEFORE = re.compile(r"\bduoc\s+$")
# "... Nghị quyết số 57-NQ/TW được Ban Thường vụ Tỉnh ủy ban hành ngày 20/11/2023": the date of a passive predicate
_PASSIVE_ISSUED_BEFORE_DATE = re.compile(
    r"\s*,?\s*(?:da\s+)?duoc\s+(?:[^\W\d_]+\s+){1,8}?(?:ky\s+)?ban\s+hanh(?:\s+vao)?(?:\s+ngay)?\s*$"
)
# a title running on to the document named in it: "về tổ chức học tập, quán triệt, tuyên truyền và triển khai thực
# hiện <document>"
_TITLE_RUNS_TO = re.compile(
    rf"[^.;:!?()\n]{{0,160}}\b(?:{IMPLEMENTING_VERBS}|tuyen\s+truyen|hoc\s+tap|pho\s+bien)(?:\s+thuc\s+hien)?\s+"
)


def _passive_issuer_of_subject(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """'Kế hoạch số 141-KH/TU về tổ chức học tập, triển khai thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành
    Trung ương Đảng khóa XIII được Ban Thường vụ Tỉnh ủy ban hành[ ngày D]': "được X ban hành" after a document in
    the title of the one opening the sentence is that one's predicate: X issued it (on D), not the document
    between."""
    out = list(described)
    for i in range(1, len(out)):
        obj = out[i]
        t = obj.tail
        by = t.issuers[0] if t.issuers and obj.issuance is None else None
        if by is not None and not _PASSIVE_BY_BEFORE.search(
            nt.fold, max(obj.raw.end, by.start - 12), by.start
        ):
            by = None
        date = t.date
        if date is not None and not (
            (by is not None and date.start > by.start)
            or _PASSIVE_ISSUED_BEFORE_DATE.fullmatch(nt.fold, obj.raw.end, date.start)
        ):
            date = None
        if by is None and date is None:
            continue
        holder = _title_holding(nt, out, i)
        if holder is None:
            before = out[i - 1]
            title_start = (
                before.tail.subject.start if before.tail.subject else max(before.tail.end, before.raw.end)
            )
            if _TITLE_RUNS_TO.fullmatch(
                nt.fold, title_start, obj.raw.start
            ) is None or not _OPENS_SENTENCE.search(nt.fold, max(0, before.raw.start - 40), before.raw.start):
                continue
            holder = i - 1
        subject = out[holder]
        if by is not None and subject.issuers:
            by = None
        if date is not None and subject.tail.date is not None:
            date = None
        if by is None and date is None:
            continue
        out[i] = Described(
            obj.raw,
            Tail(t.end, None if date else t.date, t.year, () if by else t.issuers, t.term, t.subject),
            obj.issuance,
            obj.shared_issuers,
        )
        s = subject.tail
        moved = Found(date.value, date.start, date.end, "date.passive_predicate") if date else s.date
        out[holder] = Described(
            subject.raw,
            Tail(s.end, moved, s.year, s.issuers, s.term, s.subject),
            Issuance(by, None, "issuer.passive_predicate") if by else subject.issuance,
            subject.shared_issuers,
        )
    return out


def _passive_date_of_subject(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """'Chương trình hành động số 50-CTr/TU thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị được ban hành ngày
    26/5/2025': "được ban hành ngày D" is the sentence's predicate, so D dates the programme that opens the sentence,
    not the resolution it implements."""
    out = list(described)
    for i in range(1, len(out)):
        subject, obj = out[i - 1], out[i]
        found = obj.tail.date
        keeps_its_date = False
        agent = None
        if (after := _ISSUED_ON_AFTER.match(nt.fold, obj.tail.end)) is not None and (
            found is not None or after.group("agent")
        ):
            # "Kế hoạch số 15 về thực hiện Nghị quyết số 04 ngày 30/10/2016 của X được ban hành ngày 9/1/2017": the
            # object has its own date (or none); the predicate's is the next one, and its body the issuer
            value = parse_date(after)
            found = Found(value, after.start(), after.end(), "date.passive_predicate") if value else None
            keeps_its_date = True
            if after.group("agent"):
                agent = match_org(nt, after.start("agent"))
                if agent is None or agent.end > after.end("agent"):
                    found, agent = None, None
        passive = found is not None and (
            keeps_its_date or "duoc ban hanh" in nt.fold[found.start : found.end]
        )
        if found is not None and passive:
            # "Kế hoạch số 102 ... về thực hiện Kế hoạch số 55 của X và Quy định số 41 của Y được ban hành ngày D":
            # the title that opens the sentence holds every document between
            opener = _title_holding(nt, out, i)
            if opener is not None:
                subject = out[opener]
                i_subject = opener
            else:
                i_subject = i - 1
        else:
            i_subject = i - 1
        if (
            found is None
            or subject.date is not None
            or not passive
            or not (
                _CUE_AFTER_DOCUMENT.fullmatch(nt.fold, subject.tail.end, out[i_subject + 1].raw.start)
                # "Thông báo kết luận số 120 về tình hình thực hiện Nghị quyết số 12 được ban hành ngày D": named
                # inside the subject's title, where it stops
                or (
                    subject.tail.subject is not None
                    and not nt.fold[subject.tail.subject.end : out[i_subject + 1].raw.start].strip()
                )
            )
            or not _OPENS_SENTENCE.search(nt.fold, max(0, subject.raw.start - 40), subject.raw.start)
        ):
            continue
        moved = Found(found.value, found.start, found.end, "date.passive_predicate")
        t = subject.tail
        issuance = subject.issuance
        if agent is not None and not subject.issuers:
            issuance = Issuance(agent, None, "issuer.passive_predicate")
        out[i_subject] = Described(
            subject.raw,
            Tail(t.end, moved, t.year, t.issuers, t.term, t.subject),
            issuance,
            subject.shared_issuers,
        )
        if keeps_its_date:
            continue
        t = obj.tail
        out[i] = Described(
            obj.raw, Tail(t.end, None, t.year, t.issuers, t.term, t.subject), obj.issuance, obj.shared_issuers
        )
    return out


_ISSUED_ON_AFTER = re.compile(
    rf"\s*,?\s*(?:da\s+)?duoc\s+(?P<agent>(?:[^\W\d_]+\s+){{1,8}}?)?(?:ky\s+)?ban\s+hanh\s+(?:vao\s+)?ngay\s*"
    rf"(?:{DATE_RE.pattern})(?![\d/])"
)  # ("..., được Ban Thường vụ Tỉnh ủy Cao Bằng ban hành ngày 28/4/2025": its issuer too)


# ("Kế hoạch số 21-KH/TU và số 22-KH/TU": the second item starts at its number)
_LIST_JOIN = re.compile(
    r"^\s*(?:,|va|,\s*va|[,;:]?\s*(?:trong\s+do(?:\s+co)?|gom|bao\s+gom|nhu)\s*:?)\s*(?:so\s*)?$"
)
# between items that each have their own subject ("A về ..., kèm theo B về ...": B goes with A)
# (items on their own lines keep their marks: ";\n(ii) Quyết định số ...")
_ITEM_JOIN = re.compile(
    rf"^\s*(?:,|;|va|[,;]\s*va|,?\s*(?:kem\s+theo|cung\s+voi)|,\s*cung)\s*(?:\n\s*{ITEM_MARK}\s*)?$"
)
# after an item's object (and its term: "Nghị quyết Đại hội ... lần thứ I, nhiệm kỳ 2025 - 2030;"): a comma or "và"
# would continue the objects
_NEXT_ITEM = re.compile(
    rf"^(?:\s*,?\s*nhiem\s+ky\s+\d{{4}}\s*-\s*\d{{4}})?(?:\s*;\s*(?:va\s*)?(?:\n\s*{ITEM_MARK}\s*)?"
    r"|\s*,\s*cung(?:\s+voi)?\s+)$"  # (", cùng Kế hoạch số 315 ...": issued with it)
)
# ("..., cùng với Kế hoạch số 301-KH/TU thực hiện ...": issued with it)
_NEXT_ITEM_OR_AND = re.compile(r"^\s*(?:[;,]\s*)?(?:va\s*|cung(?:\s+voi)?\s+)?$")
_ALONG_WITH_END = re.compile(r",\s*cung(?:\s+voi)?\s*$")


def _level_fits(raw: RawMention, org: OrgMatch) -> bool:
    """A body can have issued the mention: its level agrees with the mention's organ code, when both are known."""
    if raw.organ == "ĐU":
        # every Party committee of a commune, an enterprise, an army unit or the Government writes "ĐU"
        return "Đảng ủy" in org.name or "Đảng bộ" in org.name
    if raw.organ in ("TU", "HU") and org.name.startswith(("Đảng ủy", "Ban Thường vụ Đảng ủy")):
        return (
            False  # "TU", "HU" are the province's and the district's committees, not a body's Party committee
        )
    own = level_of_organ(raw.organ)
    return own is None or org.level is None or own == org.level


def _central_keeps_its_issuer(raw: RawMention, tail: Tail) -> Tail:
    """A central document (organ TW) is never issued by a local body: in 'Hội nghị quán triệt Nghị quyết số
    57-NQ/TW của Tỉnh ủy Phú Thọ' the body is the conference's, so it is not the resolution's issuer."""
    if not tail.issuers or level_of_organ(raw.organ) != "central":
        return tail
    if all(_local_for_central(raw, org) for org in tail.issuers):
        return Tail(tail.end, tail.date, tail.year, (), tail.term, tail.subject)
    return tail


def _local_for_central(raw: RawMention, org: OrgMatch) -> bool:
    """A local body named as the issuer of a central document (organ TW): it cannot be."""
    return (
        level_of_organ(raw.organ) == "central"
        and org.level in _LOCAL_LEVELS
        and not _NATIONAL.search(org.name)
    )


_LOCAL_LEVELS = frozenset({"provincial", "district", "grassroots"})
# Between a document and the object of its cue: "Kế hoạch số 77-KH/TU thực hiện <B>", "..., để triển khai thực hiện
# <B>", "Kế hoạch số 98-KH/TU của Tỉnh ủy về thực hiện <B>"
_CUE_AFTER_DOCUMENT = re.compile(
    rf"\s*,?\s*(?:de\s+|ve\s+(?:viec\s+)?)?(?:{IMPLEMENTING_VERBS})(?:\s+thuc\s+hien)?\s*"
)


def _issuer_of_implementer(
    nt: NormalisedText, previous: Described, raw: RawMention, issuers: tuple[OrgMatch, ...]
) -> Described:
    """'Kế hoạch số 77-KH/TU thực hiện Nghị quyết số 20-NQ/TW của Ban Thường vụ Tỉnh ủy': the local body that
    cannot have issued the central object issued the plan implementing it, when the plan names no issuer and
    its organ code fits."""
    tail = previous.tail
    if previous.issuers or not all(_level_fits(previous.raw, org) for org in issuers):
        return previous
    if not (
        _CUE_AFTER_DOCUMENT.fullmatch(nt.fold, tail.subject.end if tail.subject else tail.end, raw.start)
        # "Kế hoạch số 150-KH/TU về triển khai thực hiện <B>": the cue read as the plan's subject
        or (
            tail.subject is not None
            and _SUBJECT_IS_A_CUE.fullmatch(nt.fold, tail.subject.start - 3, raw.start)
        )
    ):
        return previous
    own = Tail(tail.end, tail.date, tail.year, issuers, tail.term, tail.subject)
    return Described(previous.raw, own, previous.issuance, previous.shared_issuers)


_SUBJECT_IS_A_CUE = re.compile(
    rf"ve\s+(?:viec\s+)?(?:trien\s+khai\s+)?(?:{IMPLEMENTING_VERBS})(?:\s+thuc\s+hien)?\s*"
)


# Committees under the Centre are national, not local, bodies: "Nghị quyết số 1657-NQ/QUTW của Quân ủy Trung ương".
_NATIONAL = re.compile(r"Trung ương|Chính phủ|Quốc hội")


def _share_issuance(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """'X ban hành Chương trình số 20 và Kế hoạch số 85': both are issued by X (and dated by their own tails);
    also 'X ban hành Nghị quyết số 05 về A; Kế hoạch số 12 về B và Đề án số 03 về C'."""
    out = list(described)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (
            i >= 2
            and not prev.issuance
            and (_named_by(nt, out[i - 2], prev) or _listed_with(nt, out[i - 2], prev))
        ):
            # "X ban hành Kế hoạch 110 về tổ chức thực hiện Chỉ thị 23; Kế hoạch 111 về ...": the item before
            # is the document Kế hoạch 110's subject names
            source, gap_start = out[i - 2], prev.tail.subject.end if prev.tail.subject else prev.tail.end
            if prev.tail.subject is not None and (
                along := _ALONG_WITH_END.search(nt.fold, prev.tail.subject.start, prev.tail.subject.end)
            ):
                gap_start = along.start()  # (a title runs over commas: "... trong tình hình mới, cùng với")
            k = i - 2
            while (
                not source.issuance
                and k >= 1
                and (_named_by(nt, out[k - 1], source) or _listed_with(nt, out[k - 1], source))
            ):
                # "X ban hành HD 25 thực hiện QĐ 232 về thi hành Điều lệ Đảng; HD 26 ...": QĐ 232 names the
                # Charter and is itself HD 25's object: the issued item is two steps back (or more, over a
                # list of objects: "X ban hành CTr 01 thực hiện NQ A và NQ B; KH 05 ...")
                k -= 1
                source = out[k]
            # "X ban hành CTr 15 thực hiện NQ 26 về ... và CTr 16 thực hiện NQ 28": "và" before an item with a
            # cue of its own starts the next item; otherwise it would continue the objects. So does "và" before
            # a document of the issued item's own organ after a higher one its subject names: "X ban hành KH 305
            # về tổng kết NQ 18-NQ/TW và KH 306-KH/TU về ..."
            # (with a title of its own, and not named before: "KH 105 về quán triệt NQ 21-NQ/TW và CTr 45-CTr/TU
            # trong toàn Đảng bộ" names the programme it propagates)
            # (or its cue names: "X ban hành KH 35-KH/TU thực hiện Nghị quyết Hội nghị Trung ương 4 và KH
            # 36-KH/TU về ...": a plenum's resolution outranks any organ)
            next_of_own = (
                cur.raw.organ is not None
                and cur.raw.organ == source.raw.organ
                # (a title or a day of its own: "... quán triệt NQ 43-NQ/TW và KH 145-KH/TU ngày 20/4/2023 ...")
                and (cur.tail.subject is not None or cur.tail.date is not None)
                and not cur.tail.issuers
                and _named_by(nt, source, prev)
                and (
                    _organ_rank(prev, out[: i - 1]) > _organ_rank(cur)
                    or prev.raw.rule in _NAMED_BY_ISSUER
                    # "KH 88-KH/TU về sơ kết Nghị quyết số 10-NQ/TU và Đề án số 05-ĐA/TU về ...": a plan after
                    # the organ's own resolution
                    or (
                        _organ_rank(prev) == _organ_rank(cur)
                        and cur.raw.type in _MOSTLY_LOCAL_TYPES
                        and prev.raw.type not in _MOSTLY_LOCAL_TYPES
                    )
                )
                and not any(d.raw.symbol == cur.raw.symbol for d in out[:i])
            )
            join = _NEXT_ITEM_OR_AND if _CUE_AFTER.match(nt.fold, cur.tail.end) or next_of_own else _NEXT_ITEM
            if (
                cur.raw.type == prev.raw.type
                and cur.raw.type != source.raw.type
                and cur.raw.organ is not None
                and cur.raw.organ == prev.raw.organ
            ):
                # "Bộ Chính trị ban hành KH 08 thực hiện NQ 18 về ...; NQ 19 về ...; NQ 20 ...": the objects go on
                continue
        else:
            subject = prev.tail.subject
            source, gap_start = prev, subject.end if subject else prev.tail.end
            join = _ITEM_JOIN if subject else _LIST_JOIN
        issuer = source.issuance.issuer if source.issuance else None
        if cur.issuance or cur.tail.issuers or issuer is None or not _level_fits(cur.raw, issuer):
            continue
        if cur.raw.rule in _NAMED_BY_ISSUER:
            continue  # "... kết quả Đại hội XII và Nghị quyết Đại hội XII của Đảng": the congress issued it
        if nt.fold[gap_start : gap_start + 1] in ('"', "\x1a", ")"):
            # the closing quote of a quoted title: 'về “Học tập và làm theo Bác” và Kế hoạch số 10'; the closing
            # bracket of an apposition: 'ban hành Quy chế làm việc (Quyết định số 01-QĐ/UBKTTW) và Hướng dẫn số 02'
            gap_start += 1
        gap = nt.fold[gap_start : cur.raw.start]
        if (
            join.match(gap)
            # 'ban hành Quy chế làm việc (Quyết định số 01-QĐ/UBKTTW)': the decision that promulgates it
            or (source.raw.rule == "mention.issued_unnumbered" and _OPENS_APPOSITION.fullmatch(gap))
            # "X ban hành Kế hoạch số 40-KH/TU về học tập, quán triệt nghị quyết và Chỉ thị số 03-CT/TU về ...": the
            # title went on past the cue that cut it, then the next item of the same organ
            or (
                source.tail.subject is not None
                and cur.raw.organ is not None
                and cur.raw.organ == source.raw.organ
                and _STUDY_VERBS_BETWEEN.match(gap) is not None
                and _TITLE_GOES_ON_AND.fullmatch(gap) is not None
            )
            or (source.raw.rule == "mention.count_set" and _SET_COMPLEMENT.match(gap))
            or (source.raw.rule == "mention.issued_unnumbered" and _TITLE_COMPLEMENT.match(gap))
            # "X ban hành Quyết định số 215 kiện toàn Ban Chỉ đạo 35 của tỉnh và Kế hoạch số 92 triển khai ...":
            # a title without "về", then the next item with a cue of its own
            or (
                source.tail.subject is None
                and _BARE_TITLE_AND.fullmatch(gap)
                and _CUE_AFTER.match(nt.fold, cur.tail.end) is not None
            )
            # "X ban hành Hướng dẫn số 93-HD/BTGTU tuyên truyền ...; Kế hoạch số 41-KH/BTGTU tổ chức ...", "Bộ Chính
            # trị ban hành Quyết định số 304-QĐ/TW thành lập ... và Quy định số 299-QĐ/TW về ...": a bare title, then
            # the next item of the same organ
            or (
                source.tail.subject is None
                and cur.raw.organ is not None
                and cur.raw.organ == source.raw.organ
                and (
                    _BARE_TITLE_THEN.fullmatch(gap)
                    or _BARE_TITLE_AND.fullmatch(gap)
                    or _SEMICOLON_ONLY.fullmatch(gap)
                )
                is not None
            )
        ):
            joint = source.issuance.joint if source.issuance else ()
            # the issuing's date too: "Ngày 25/12/2023, X ban hành các chương trình sau: A; B và C" (its own
            # date, read after it, still wins)
            issued_on = source.issuance.date if source.issuance else None
            out[i] = Described(cur.raw, cur.tail, Issuance(issuer, issued_on, "issuer.ban_hanh_list", joint))
    return out


# A title without "về", opening with what the document does
_BARE_TITLE = (
    r"\s*(?:kien\s+toan|thanh\s+lap|to\s+chuc|tuyen\s+truyen|tang\s+cuong|day\s+manh|nang\s+cao|phat\s+trien"
    r"|doi\s+moi|quy\s+dinh|ban\s+hanh|phan\s+cong|chi\s+dinh|bo\s+sung"
    # (a notice's conclusion, a guideline's guidance: "Thông báo số 45-TB/TU kết luận về chủ trương ...")
    r"|ket\s+luan|huong\s+dan|dieu\s+chinh|phe\s+duyet)\b[^.;:\n]{0,120}?"
)
# "X ban hành Kế hoạch số 95-KH/TU; Kế hoạch số 96-KH/TU và ...": items of one organ, only a semicolon between
_SEMICOLON_ONLY = re.compile(r"\s*;\s*(?:va\s+)?")
_BARE_TITLE_AND = re.compile(_BARE_TITLE + r"\s*,?\s*va\s+")
_BARE_TITLE_THEN = re.compile(_BARE_TITLE + rf"\s*;\s*(?:va\s+)?(?:\n\s*{ITEM_MARK}\s*)?")
_OPENS_APPOSITION = re.compile(r"(?:\s+khoa\s+[ivxl]{1,6})?\s*\(\s*")
# What a counted set was for, before the next item: "ban hành 12 quyết định điều động, bổ nhiệm cán bộ, Quy định
# số 05 ..."
_SET_COMPLEMENT = re.compile(r"^[^\d.;:()]{0,60}?,\s*(?:va\s+)?$")
# ... and what names an unnumbered document: "ban hành Quy chế làm việc khóa I, Chương trình công tác năm 2025 và ..."
_TITLE_COMPLEMENT = re.compile(r"^[^.;:()]{0,80}?(?:,\s*(?:va\s+)?|\s+va\s+)$")
_CUE_AFTER = re.compile(
    # (a guideline's own verb first: "Hướng dẫn số 03-HD/UBKTTU hướng dẫn thực hiện Quy định số 85")
    rf"\s*\(?\s*(?:de\s+|nham\s+|ve\s+(?:viec\s+)?)?(?:huong\s+dan\s+)?(?:to\s+chuc\s+)?(?:trien\s+khai\s+)?"
    # (or studying it first: "Kế hoạch số 35-KH/HU học tập, quán triệt ...")
    rf"(?:{IMPLEMENTING_VERBS}|hoc\s+tap\s*,?\s+(?:{IMPLEMENTING_VERBS}))\b"
)
# (also a run of them: "Kế hoạch số 84 tổ chức học tập, quán triệt Nghị quyết số 12"; or in brackets: "Chương
# trình số 18 (thực hiện Nghị quyết 19) và Chương trình số 21 (thực hiện Nghị quyết 20)")
_CUE_BETWEEN = re.compile(
    r"\s*\(?\s*(?:de\s+|nham\s+)?(?:huong\s+dan\s+)?(?:to\s+chuc\s+)?(?:trien\s+khai\s+)?"
    rf"(?:(?:hoc\s+tap|nghien\s+cuu|tuyen\s+truyen|pho\s+bien|{IMPLEMENTING_VERBS})\s*(?:,|va)\s*)*"
    rf"(?:{IMPLEMENTING_VERBS})\s*$"
)


def _named_by(nt: NormalisedText, item: Described, named: Described) -> bool:
    """Does ``item`` name ``named``, as its subject's last words or as its cue's object?"""
    return (
        _ends_subject_of(nt, item, named)
        or _object_of(nt, item, named)
        or _object_after_title(nt, item, named)
        # "Quyết định số 1125 thành lập Tổ công tác triển khai Nghị quyết số 57 và Kế hoạch số 178": what the body
        # it sets up is to carry out
        or (
            not item.tail.subject
            and _BODY_SET_UP_FOR.fullmatch(nt.fold, item.tail.end, named.raw.start) is not None
        )
    )


_BODY_SET_UP_FOR = re.compile(
    rf"\s*(?:thanh\s+lap|kien\s+toan)\s[^.;:()\n\d]{{3,80}}?\s(?:{IMPLEMENTING_VERBS})\s*"
)


def _object_after_title(nt: NormalisedText, item: Described, named: Described) -> bool:
    """Is ``named`` the object of the purpose after ``item``'s title ("Quy định số 18 về ... được ban hành để thực
    hiện Quy định số 96")?"""
    subject = item.tail.subject
    return (
        subject is not None
        and _PURPOSE_THEN_OBJECT.fullmatch(nt.fold, subject.end, named.raw.start) is not None
    )


_PURPOSE_THEN_OBJECT = re.compile(
    r"[\s,\"\x1a]*(?:(?:da\s+)?duoc\s+ban\s+hanh\s+)?(?:de|nham)\s+(?:(?:tiep\s+tuc|to\s+chuc|trien\s+khai)\s+)?"
    rf"(?:{IMPLEMENTING_VERBS})(?:\s+thuc\s+hien)?\s*"
)


def _listed_with(nt: NormalisedText, first: Described, second: Described) -> bool:
    """Are ``first`` and ``second`` items of one list of objects ("thực hiện NQ A và NQ B"), neither issued?"""
    if first.issuance or second.issuance or first.tail.subject:
        return False
    return (
        _LIST_JOIN_ONLY.fullmatch(nt.fold, max(first.tail.end, first.raw.end), second.raw.start) is not None
    )


_LIST_JOIN_ONLY = re.compile(r"\s*(?:,|va|,\s*va)\s*")
_ORGAN_RANKS = {"central": 3, "provincial": 2, "district": 1, "grassroots": 0}


def _organ_rank(d: Described, earlier: Sequence[Described] = ()) -> int:
    """The rank of the level of ``d``'s organ code; for a short form ("Nghị quyết 21"), that of the same type and
    number named in full ``earlier`` ("Nghị quyết số 21-NQ/TW")."""
    organ = d.raw.organ
    if organ is None and d.raw.number is not None:
        organ = next(
            (
                e.raw.organ
                for e in reversed(earlier)
                if e.raw.type == d.raw.type and e.raw.number == d.raw.number
            ),
            None,
        )
    level = level_of_organ(organ)
    return _ORGAN_RANKS.get(level, -1) if level else -1


def _object_of(nt: NormalisedText, item: Described, named: Described) -> bool:
    """Is ``named`` the object of ``item``'s own cue ("Tỉnh ủy ban hành A thực hiện B; C ...")?"""
    return not item.tail.subject and _CUE_BETWEEN.match(nt.fold, item.tail.end, named.raw.start) is not None


def _ends_subject_of(nt: NormalisedText, item: Described, named: Described) -> bool:
    """Is ``named`` the document that ``item``'s subject ends on ("về việc thực hiện Chỉ thị số 23")?"""
    subject = item.tail.subject
    return subject is not None and (
        not nt.fold[subject.end : named.raw.start].strip()
        # "về nghiên cứu, học tập, quán triệt và tuyên truyền các nghị quyết ...": the subject stops at the cue
        or _STUDY_VERBS_BETWEEN.fullmatch(nt.fold, subject.end, named.raw.start) is not None
    )


_TITLE_GOES_ON_AND = re.compile(r"[^.;:()\d]{0,80}?\s+va\s+")
_STUDY_VERBS_BETWEEN = re.compile(
    rf"(?:[\s,]*(?:va\s+)?(?:hoc\s+tap|nghien\s+cuu|tuyen\s+truyen|pho\s+bien|{IMPLEMENTING_VERBS}))+\s+"
    r"(?:(?:cac|nhung)\s+)?"
)


_NAMED_BY_ISSUER = frozenset(
    {"mention.congress", "mention.congress_ellipsis", "mention.plenum", "mention.charter"}
)
_MOSTLY_LOCAL_TYPES = frozenset({"plan", "action_programme", "project"})


@lru_cache(maxsize=1)
def _catalogued_issuers() -> dict[str, tuple[str, ...]]:
    """The bodies of the central documents the shipped catalogue knows, by symbol (loaders/data/catalogue.json)."""
    return {entry.symbol: entry.issuer for entry in load_catalogue().documents}


@lru_cache(maxsize=1)
def _catalogued_dates() -> dict[str, str]:
    """The issue dates of the central documents the shipped catalogue knows, by symbol."""
    return {entry.symbol: entry.date for entry in load_catalogue().documents}


def _of_another_day(raw: RawMention, day: str) -> bool:
    """Does the catalogue date this central symbol on another day close to ``day``? (A symbol comes back each term,
    five years on: "18-NQ/TW" of 2017 and of 2022, so only a day within two years of the catalogued one says no.)"""
    known = _catalogued_dates().get(raw.symbol or "")
    return known is not None and known != day and abs(int(known[:4]) - int(day[:4])) <= 2


def _share_coordinated_issuers(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """'Quy định số 01-QĐ/UBKTTW và Hướng dẫn số 02-HD/UBKTTW của Ủy ban Kiểm tra Trung ương': one body for
    both, when nothing else describes the first and the symbols name the same organ."""
    out = list(described)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        raw, tail = cur.raw, cur.tail
        if (
            not cur.issuers
            and tail.subject is not None
            and raw.organ is not None
            and raw.organ == nxt.raw.organ
            and raw.type == nxt.raw.type
            and nxt.tail.subject is not None
            and nxt.tail.issuers
            and _TITLED_ITEMS_JOIN.fullmatch(nt.fold, tail.subject.end, nxt.raw.start)
            and _level_fits(raw, nxt.tail.issuers[0])
        ):
            # "Nghị quyết số 21-NQ/TW về công tác dân số và Nghị quyết số 20-NQ/TW về bảo vệ sức khỏe nhân dân của Ban
            # Chấp hành Trung ương": titled items of one type and organ, the body after the last title
            out[i] = Described(raw, tail, cur.issuance, shared_issuers=nxt.tail.issuers)
            continue
        if cur.issuers or tail.subject or raw.number is None or raw.organ != nxt.raw.organ:
            continue
        # "Nghị quyết số 18-NQ/TW (khóa XII) và Nghị quyết số 19-NQ/TW (khóa XII) của X": a term of its own is
        # part of a list's parallel items only when the next item names the same one
        if tail.term and (nxt.tail.term is None or nxt.tail.term.value != tail.term.value):
            continue
        # Items of two types share the body ("Kết luận số 14-KL/TW và Quy định số 144-QĐ/TW của Bộ Chính trị",
        # "Chỉ thị 05 và Kết luận 01 của Bộ Chính trị") unless the catalogue knows the first as another body's:
        # "Kết luận số 21-KL/TW và Kế hoạch số 03-KH/TW của Bộ Chính trị" (the conclusion of the Central Committee)
        known = _catalogued_issuers().get(raw.symbol or "")
        shared = nxt.tail.issuers or nxt.shared_issuers
        if (
            raw.type != nxt.raw.type
            and shared
            and (
                (known and shared[-1].name not in known)
                # "Kế hoạch 12 và Nghị quyết 57 của Bộ Chính trị": a plan with no symbol is more likely the province's
                or (raw.organ is None and raw.type in _MOSTLY_LOCAL_TYPES and shared[-1].level == "central")
            )
        ):
            continue
        # the first item may carry its own date: "Kết luận số 12 ngày 6/8/2021 và Kết luận số 14 ... của X"
        if shared and _LIST_JOIN.match(nt.fold[tail.end : nxt.raw.start]) and _level_fits(raw, shared[0]):
            date = nxt.tail.date
            named_before = raw.symbol is not None and any(d.raw.symbol == raw.symbol for d in out[:i])
            if (
                tail.date is None
                and date is not None
                and nxt.raw.end <= date.start < shared[0].start
                and not named_before  # ("... bổ sung Chỉ thị số 35-CT/TW và Chỉ thị số 45-CT/TW ngày ...": 35 is dated)
                # one kind only: "Chỉ thị số 05-CT/TW và Quy định số 55-QĐ/TW ngày 19/12/2016 của Bộ Chính trị" dates
                # the regulation, not the directive
                and (raw.type == nxt.raw.type or "cung ngay" in nt.fold[date.start : date.end])
                # ("Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW ngày 4/5/2025": 57 is of another day)
                and not _of_another_day(raw, date.value)
            ):
                # "NQ 12-NQ/TU, NQ 13-NQ/TU và NQ 14-NQ/TU ngày 4/4/2024 của X": one description for the list
                tail = Tail(tail.end, date, tail.year, tail.issuers, tail.term, tail.subject)
            out[i] = Described(raw, tail, cur.issuance, shared_issuers=shared)
    return out


# Bodies named by a shortened name once the full one has been given: "Ban đã ban hành ..." after "Trưởng Ban Tuyên
# giáo và Dân vận Thành ủy", "Ban Thường vụ ban hành ..." after "Ban Thường vụ Tỉnh ủy".
# (and "Đảng ủy Bộ" after "Đảng ủy Bộ Ngoại giao", "Ban Thường vụ Đảng ủy" after "Ban Thường vụ Đảng ủy Than ...")
_ELLIPTIC = frozenset(
    {
        "Ban",
        "Ban Thường vụ",
        "Ban Chấp hành",
        "Đảng ủy",
        "Đảng ủy Bộ",
        "Ban Thường vụ Đảng ủy",
        "Đảng ủy Khối",
        "Ban cán sự đảng",
        "Đảng đoàn",
        "Ban Chỉ đạo",
        "Ủy ban",
        "Ủy ban Kiểm tra",
        "Chi bộ",
    }
)
_ELLIPSIS_REACH = 3000
_NAME_NO_ONE = (
    "Ban",
    "Ban Chấp hành",
    "Ban cán sự đảng",
    "Ủy ban",
    "Ủy ban Kiểm tra",
)  # alone, with no full name before
# "Ban" alone is a commission ("Ban Tuyên giáo", "Ban Tổ chức"), not a committee's board
_NOT_A_COMMISSION = ("Ban Thường vụ", "Ban Chấp hành", "Ban Bí thư", "Ban Thường trực")


def _complete_elliptic_issuers(nt: NormalisedText, described: list[Described]) -> list[Described]:
    out = []
    for d in described:
        issuance = d.issuance
        if issuance is not None and issuance.issuer is not None and issuance.issuer.name in _ELLIPTIC:
            full = _named_before(nt, issuance.issuer)
            if full is not None or issuance.issuer.name in _NAME_NO_ONE:
                issuance = Issuance(full, issuance.date, issuance.rule, issuance.joint)
                d = Described(d.raw, d.tail, issuance, d.shared_issuers)
        tail = d.tail
        if any(org.name in _ELLIPTIC for org in tail.issuers):
            # "Ban Thường vụ Đảng ủy phường X ban hành Thông báo số 45 kết luận của Ban Thường vụ về ..."
            issuers = tuple(
                (_named_before(nt, org) or org) if org.name in _ELLIPTIC else org for org in tail.issuers
            )
            tail = Tail(tail.end, tail.date, tail.year, issuers, tail.term, tail.subject)
            d = Described(d.raw, tail, d.issuance, d.shared_issuers)
        out.append(d)
    return out


def _named_before(nt: NormalisedText, short: OrgMatch) -> OrgMatch | None:
    """The last body named before ``short`` whose name ``short`` begins, with ``short``'s position."""
    for org in reversed(find_orgs(nt, max(0, short.start - _ELLIPSIS_REACH), short.start)):
        if (
            org.name.startswith(short.name + " ")
            and org.name not in _ELLIPTIC
            and not (short.name == "Ban" and org.name.startswith(_NOT_A_COMMISSION))
        ):
            return OrgMatch(org.name, org.level, org.place, short.start, short.end, org.term)
        if (
            short.name == "Ban Thường vụ Đảng ủy"
            and org.name.startswith("Đảng ủy ")
            and org.name not in _ELLIPTIC
        ):
            # "Đảng ủy các cơ quan Đảng thành phố ban hành A; Ban Thường vụ Đảng ủy ban hành B": that committee's
            return OrgMatch(
                "Ban Thường vụ " + org.name, org.level, org.place, short.start, short.end, org.term
            )
    return None


_SAME_DAY = re.compile(r"\bcung\b")
_CUE_RIGHT_BEFORE_OBJECT = re.compile(rf"\b(?:{IMPLEMENTING_VERBS})\s+$")
_OF_AFTER_DATE = re.compile(r"\s*,?\s*cua\b")


def _same_day_of_the_issued(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """'X ban hành KH 20 thực hiện NQ 20 và KH 21 thực hiện NQ 21, cùng ngày 12/3/2018': the day is the issued
    plans', not that of the last document they carry out."""
    out = list(described)
    for i, d in enumerate(out):
        date = d.tail.date
        if (
            date is None
            or not _SAME_DAY.search(nt.fold, date.start, date.end)
            # (a bare "cùng ngày" takes the day named before; "cùng ngày D của Ban Chấp hành Trung ương" dates the
            # documents carried out, whose body follows)
            or not any(c.isdigit() for c in nt.fold[date.start : date.end])
            or _OF_AFTER_DATE.match(nt.fold, date.end)
            or not _CUE_RIGHT_BEFORE_OBJECT.search(nt.fold, max(0, d.raw.start - 30), d.raw.start)
        ):
            continue
        sentence_start = max(
            nt.fold.rfind(". ", 0, d.raw.start) + 2, nt.fold.rfind("\n", 0, d.raw.start) + 1, 0
        )
        issued = [
            j
            for j in range(i)
            if out[j].raw.start >= sentence_start and issued_by_a_body(out[j]) and out[j].date is None
        ]
        if len(issued) < 2:
            continue
        moved = Found(date.value, date.start, date.end, "date.same_day_of_issued")
        for j in issued:
            t = out[j].tail
            out[j] = Described(
                out[j].raw,
                Tail(t.end, moved, t.year, t.issuers, t.term, t.subject),
                out[j].issuance,
                out[j].shared_issuers,
            )
        t = d.tail
        out[i] = Described(
            d.raw, Tail(t.end, None, t.year, t.issuers, t.term, t.subject), d.issuance, d.shared_issuers
        )
    return out


_TITLED_ITEMS_JOIN = re.compile(r"\s*(?:[,;]|[,;]?\s*va)\s*")
_DATE_RIGHT_AFTER = re.compile(r"[\s,]*(?:\(\s*)?(?:cung\s+)?(?:ngay\s+)?$")  # ("... và B cùng ngày D")


def _share_list_dates(nt: NormalisedText, described: list[Described]) -> list[Described]:
    """'ban hành Nghị quyết số 05-NQ/TU, Nghị quyết số 06-NQ/TU và Nghị quyết số 07-NQ/TU ngày 15/3/2021 về ...':
    a date right after the last of a list of one type and organ, the others undated, dates them all."""
    out = list(described)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        raw, tail, date = cur.raw, cur.tail, nxt.tail.date
        if tail.date is not None or date is None or raw.number is None:
            continue
        # "A và B cùng ngày D", "..., cùng được ban hành ngày D": whatever their types
        same_day = _SAME_DAY.search(nt.fold, date.start, date.end) is not None
        if tail.issuers and not (same_day and tail.subject is not None):
            continue  # (titled items of their own bodies share a day said to be the same: "A của X về ... và B của
            # Y về ... được ban hành cùng ngày D")
        if same_day and not any(c.isdigit() for c in nt.fold[date.start : date.end]):
            continue  # "A ngày D thực hiện B và C cùng ngày": a bare "cùng ngày" is A's day, given to C alone
        if tail.subject is not None and not (same_day and date.rule == "date.after_subject"):
            continue
        if tail.subject is not None:
            # "A về X và B về Y, cùng ngày D của Z": each titled item of the list, its day and its body
            if _TITLED_ITEMS_JOIN.fullmatch(nt.fold, tail.subject.end, nxt.raw.start) and (
                raw.organ == nxt.raw.organ or tail.issuers
            ):
                issuers = tail.issuers or nxt.tail.issuers
                dated = Tail(tail.end, date, tail.year, issuers, tail.term, tail.subject)
                out[i] = Described(raw, dated, cur.issuance, cur.shared_issuers)
            continue
        if (
            not same_day and (raw.type != nxt.raw.type or raw.organ != nxt.raw.organ)
        ) or date.start < nxt.raw.end:
            continue
        if raw.symbol is not None and any(d.raw.symbol == raw.symbol for d in out[:i]):
            continue  # "... Chỉ thị số 35-CT/TW và Chỉ thị số 45-CT/TW ngày ...": 35 was named before, with its own
        if _of_another_day(raw, date.value):
            continue  # "Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW ngày 4/5/2025": 57 is of another day
        shared_already = date.start >= nxt.tail.end  # given to the next item by the one after it
        if _LIST_JOIN.match(nt.fold[tail.end : nxt.raw.start]) and (
            shared_already or _DATE_RIGHT_AFTER.match(nt.fold[nxt.raw.end : date.start])
        ):
            dated = Tail(tail.end, date, tail.year, tail.issuers, tail.term, tail.subject)
            out[i] = Described(raw, dated, cur.issuance, cur.shared_issuers)
    return out


# "..., Nghị quyết số 43 và Nghị quyết số 44. Các nghị quyết đều được Ban Chấp hành Trung ương ban hành ngày
# 24/11/2023.": a plural of the type opening the next sentence gives the body and the date to those just named.
_FOLLOW_UP_OPENINGS = ("Các ", "Cả ", "Hai ", "Ba ", "Bốn ")  # ("Hai kế hoạch trên do X ban hành")
_FOLLOW_UP = re.compile(
    r"(?:cac|(?:ca\s+)?(?:hai|ba|bon))\s+(?P<head>nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh|ke\s+hoach"
    r"|chuong\s+trinh(?:\s+hanh\s+dong)?|de\s+an|huong\s+dan)(?:\s+(?:nay|tren|neu\s+tren))?\s+(?:deu\s+|cung\s+)?"
    r"(?:duoc\s+|do\s+)?"
)
_FOLLOW_UP_VERB = re.compile(r"\s*(?:ky\s+)?ban\s+hanh\b\s*(?:cung\s+|vao\s+)?(?:ngay\s+)?")


_OPENS_AFTER = re.compile(r"[.!?]\s+$")


def _sentence_openings(nt: NormalisedText, words: tuple[str, ...]) -> list[int]:
    """Where a sentence opens with one of ``words`` (capitalised, as written): str.find, then a look behind."""
    found = []
    for word in words:
        at = nt.norm.find(word)
        while at >= 0:
            if at == 0 or _OPENS_AFTER.search(nt.fold, max(0, at - 4), at):
                found.append(at)
            at = nt.norm.find(word, at + 1)
    return sorted(found)


def _follow_up_issuance(nt: NormalisedText, described: list[Described]) -> list[Described]:
    out = list(described)
    for start in _sentence_openings(nt, _FOLLOW_UP_OPENINGS):
        m = _FOLLOW_UP.match(nt.fold, start)
        if m is None:
            continue
        org = match_org(nt, m.end())
        verb = _FOLLOW_UP_VERB.match(nt.fold, org.end if org else m.end())
        if verb is None or (org is None and not verb.group(0).rstrip().endswith("ngay")):
            continue
        date = None
        if (d := DATE_RE.match(nt.fold, verb.end())) and (iso := parse_date(d)):
            date = Found(iso, d.start(), d.end(), "date.follow_up")
        head = TYPE_OF_HEAD.get(" ".join(m.group("head").split()))
        near = max(0, start - 8)
        ended = near + len(nt.fold[near:start].rstrip(" \t\n.!?"))  # where the sentence before ends
        sentence_start = max(nt.fold.rfind(". ", 0, ended), nt.fold.rfind("\n", 0, ended)) + 1
        for i, d_ in enumerate(out):
            raw = d_.raw
            if not (sentence_start <= raw.start < m.start()) or raw.number is None:
                continue
            if raw.type != head:
                continue
            tail = d_.tail
            if date is not None and tail.date is None:
                tail = Tail(tail.end, date, tail.year, tail.issuers, tail.term, tail.subject)
            shared = d_.shared_issuers if d_.issuers or org is None else (org,)
            out[i] = Described(raw, tail, d_.issuance, shared)
    return out


def _share_list_issuers(described: list[Described]) -> list[Described]:
    """One issuer for a whole list: 'NQ số 18, 19 của Ban Chấp hành Trung ương' (named after the last item),
    'Ban Thường vụ ban hành 2 đề án, 4 quy định' (named before the first)."""
    shared: dict[int, tuple] = {}
    for d in described:
        if d.raw.group is not None and d.tail.issuers:
            shared[d.raw.group] = d.tail.issuers
    for d in described:
        if d.raw.group is not None and d.raw.group not in shared and d.issuance and d.issuance.issuer:
            shared[d.raw.group] = (*d.issuance.joint, d.issuance.issuer)
    # ... and its date, when the numbers share one symbol's code: "các Kế hoạch số 115, 116-KH/HU ngày 10/8/2022"
    dates: dict[int, Found] = {}
    for d in described:
        if d.raw.group is not None and d.raw.symbol is not None and d.tail.date is not None:
            dates[d.raw.group] = d.tail.date
    out = []
    for d in described:
        group_issuers = shared.get(d.raw.group) if d.raw.group is not None else None
        if group_issuers and not d.tail.issuers and not (d.issuance and d.issuance.issuer):
            d = Described(d.raw, d.tail, d.issuance, shared_issuers=group_issuers)
        group_date = dates.get(d.raw.group) if d.raw.group is not None else None
        if group_date is not None and d.raw.symbol is None and d.date is None:
            t = d.tail
            d = Described(
                d.raw,
                Tail(t.end, group_date, t.year, t.issuers, t.term, t.subject),
                d.issuance,
                d.shared_issuers,
            )
        out.append(d)
    return out


def _first(items: list[Described], pick: Callable[[Described], T | None]) -> tuple[T, Described] | None:
    for d in items:
        value = pick(d)
        if value:
            return value, d
    return None


def _titled_last(members: list[Described]) -> list[Described]:
    """A headline's unnumbered mention names its issuer loosely ("Tỉnh ủy ban hành Nghị quyết về ..."); the
    numbered mention in the body ("Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 06 ...") says who issued it."""
    if any(d.raw.rule == "mention.of_body" for d in members) and any(
        d.raw.number is not None and d.issuers for d in members
    ):
        # "Chương trình hành động của Tỉnh ủy" in a headline, "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành
        # động số 01-CTr/TU" in the body: the body's words for who issued it
        members = sorted(members, key=lambda d: d.raw.rule == "mention.of_body")
    if all(d.raw.rule not in ("mention.issued_unnumbered", "mention.self") for d in members):
        return members
    # a reproduced document's own words ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch ... như sau:") name the body
    # more closely than the committee in its header
    return sorted(
        members, key=lambda d: (d.raw.rule != "mention.self", d.raw.rule == "mention.issued_unnumbered")
    )


def _span(nt: NormalisedText, start: int, end: int) -> Span:
    return Span(*nt.to_original(start, end))


def _mention(nt: NormalisedText, raw: RawMention) -> Mention:
    span = _span(nt, raw.start, raw.end)
    return Mention(span, nt.original[span.start : span.end], raw.rule)


_PLENUM_BODY = re.compile(r"hoi\s+nghi\s+(?:lan\s+thu\s+\w+\s+)?")


def _implicit_issuer(nt: NormalisedText, raw: RawMention) -> str | None:
    """Documents whose name says who issued them: plenum and congress documents. A local congress is named as the
    text names it, with or without "đại biểu" (both name one organisation: loaders.organisations)."""
    if raw.rule == "mention.plenum":
        return "Ban Chấp hành Trung ương"
    if raw.rule == "mention.local_plenum":
        # "Nghị quyết Hội nghị Thành ủy lần thứ 19": the committee in plenum, as the text names it
        at = _PLENUM_BODY.search(nt.fold, raw.start, raw.end)
        org = match_org(nt, at.end()) if at is not None else None
        return org.name if org is not None else None
    if raw.rule.startswith("mention.congress") and not raw.generic_head:
        if raw.congress_unit is None:
            return "Đại hội đại biểu toàn quốc"
        named = nt.fold[raw.start : raw.end]
        if named.endswith("dai hoi") and (
            (event := congress_named_before(nt, raw.start)) is not None
            or (event := held_congress(nt, raw.start)) is not None
        ):
            named = event.group(0)  # "Nghị quyết Đại hội" of the congress named (or held) before it
        delegates = "đại biểu " if "dai hoi dai bieu" in named else ""
        return f"Đại hội {delegates}Đảng bộ {raw.congress_unit}"
    return None


def _rank(d: Described) -> tuple[int, int]:
    return _RULE_RANK.get(d.raw.rule, 9), d.raw.start


def _first_found(members: list[Described]) -> dict[str, Found]:
    """The first date, year, subject and term read around the mentions, in text order."""
    found: dict[str, Found] = {}
    for d in members:
        tail = d.tail
        for name, value in (
            ("date", d.date),
            ("year", tail.year),
            ("subject", tail.subject),
            ("term", tail.term),
        ):
            if value and name not in found:
                found[name] = value
    return found


def _only_the_centre(nt: NormalisedText, orgs: tuple[OrgMatch, ...]) -> bool:
    """Is the body named only as "Trung ương" (the Central Committee, by the last resort of the lexicon)?"""
    return len(orgs) == 1 and nt.fold[orgs[0].start : orgs[0].end] == "trung uong"


def build_document(nt: NormalisedText, local_id: str, members: list[Described]) -> Document:
    """Merge the mentions of one document into its description, recording where each attribute came from."""
    ranked = sorted(members, key=_rank) if len(members) > 1 else members
    best = ranked[0].raw
    # The best-ranked mention that has each value (one pass: most documents have one or two mentions).
    number = symbol = organ = congress = implicit = level = None
    plenum: int | None = None
    terms: tuple[str, ...] = ()
    for d in ranked:
        raw = d.raw
        number, symbol, organ = number or raw.number, symbol or raw.symbol, organ or raw.organ
        congress, plenum, terms = congress or raw.congress, plenum or raw.plenum, terms or raw.terms
        level = level or d.level
    # (a congress is named best where its number is: "Nghị quyết Đại hội Đảng bộ tỉnh" in a headline, "Nghị quyết Đại
    # hội đại biểu Đảng bộ tỉnh lần thứ XI" in the body)
    # (and, with no number, where it is named in full: "... Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030")
    by_naming = sorted(ranked, key=lambda d: (d.raw.congress is None, d.raw.start - d.raw.end))
    for d in by_naming if len(ranked) > 1 else ranked:
        implicit = implicit or _implicit_issuer(nt, d.raw)
    specific = (
        next((d for d in ranked if d.raw.organ or d.raw.congress_unit), None) if len(ranked) > 1 else None
    )
    if specific is not None:
        # a mention with its symbol or its congress's unit says the level best: "Nghị quyết 3488 của Quân ủy Trung
        # ương" in a headline, "Nghị quyết số 3488-NQ/QUTW" in the body (a central code; the commission sits under
        # the Centre); "Nghị quyết Đại hội" in a headline, "... Đại hội Đảng bộ tỉnh lần thứ XVI" in the body
        level = specific.level or level
    read = _first_found(members)
    facts: list[Fact] = []

    def fact(attribute: str) -> str | None:
        found = read.get(attribute)
        if found is None:
            return None
        facts.append(Fact(attribute, found.value, found.rule, _span(nt, found.start, found.end)))
        return found.value

    date = fact("date")
    year_found = read.get("year")
    year = int(date[:4]) if date else (int(year_found.value) if year_found else None)
    issuer_from = _first(_titled_last(members), lambda d: d.issuers)
    if issuer_from is not None and len(members) > 1 and _only_the_centre(nt, issuer_from[0]):
        # "... Nghị quyết 66 của Trung ương" in a headline, "... của Bộ Chính trị" in the body: the body it names
        named = _first(
            _titled_last(members), lambda d: d.issuers if not _only_the_centre(nt, d.issuers) else None
        )
        issuer_from = named or issuer_from
    issuers: tuple[str, ...] = ()
    issuer_province = None
    if issuer_from:
        orgs, d = issuer_from
        issuers = tuple(dict.fromkeys(o.name for o in orgs))
        issuer_province = next((o.place for o in orgs if o.place), None)
        rule = "issuer.cua" if d.tail.issuers else ("issuer.list" if d.shared_issuers else d.issuance.rule)  # type: ignore[union-attr]
        for o in orgs:
            facts.append(Fact("issuer", o.name, rule, _span(nt, o.start, o.end)))
    elif implicit:
        issuers = (implicit,)
        facts.append(Fact("issuer", implicit, "issuer.named_by_body", _span(nt, best.start, best.end)))
    subject = fact("subject")
    term = fact("term")
    if term is None and len(terms) == 1:
        term = terms[0]
    return Document(
        local_id=local_id,
        type=best.type,
        number=number,
        symbol=symbol,
        organ=organ,
        date=date,
        year=year,
        issuer=issuers,
        issuer_province=issuer_province,
        level=level,
        subject=subject,
        term=term_of(term) if term else None,
        congress=congress,
        plenum=plenum,
        is_set=any(d.raw.is_set for d in members),
        mentions=tuple(_mention(nt, d.raw) for d in sorted(members, key=lambda d: d.raw.start)),
        facts=tuple(facts),
    )


def extract(article: Article) -> Extraction:
    """Every Party document the article mentions, with attributes and relations. Pure; no I/O."""
    nt = normalise(article.text)
    raws = find_mentions(nt)
    described = describe(nt, raws)
    sentences = split_sentences(nt.norm)
    mention_relations = relate(nt, sentences, described)
    implementing = [(r.subject, r.object) for r in mention_relations if r.predicate == "implements"]
    groups = corefer(nt, described, implementing)
    doc_of: dict[int, str] = {}
    documents: list[Document] = []
    for n, group in enumerate(groups):
        local_id = f"d{n}"
        for i in group:
            doc_of[i] = local_id
        documents.append(build_document(nt, local_id, [described[i] for i in group]))
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for r in mention_relations:
        subject, obj = doc_of.get(r.subject), doc_of.get(r.object)
        if subject is None or obj is None or subject == obj or (subject, r.predicate, obj) in seen:
            continue
        seen.add((subject, r.predicate, obj))
        span = _span(nt, *evidence_span(nt, described, r))
        evidence = Evidence(span, article.text[span.start : span.end], r.rule)
        relations.append(Relation(subject, r.predicate, obj, evidence))
    return Extraction(article=article, documents=tuple(documents), relations=tuple(relations))
