"""Recognise an issuing body in text: canonical name (abbreviations expanded), level, and the place name dropped.

"BTV Tỉnh uỷ Yên Bái" → ("Ban Thường vụ Tỉnh ủy", provincial, place "Yên Bái");
"Ban Chấp hành Trung ương Đảng khoá XIII" → ("Ban Chấp hành Trung ương", central, term "XIII").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from loaders.identity import find_province
from loaders.lexicon import (
    ARMY_UNIT,
    CENTRAL_CITIES,
    IMPLEMENTING_VERBS,
    NOT_PLACE_PHRASES,
    NOT_PLACE_WORDS,
    ORG_CANON,
    ORG_RE,
    term_of,
)
from loaders.normalize import NormalisedText, fold

_COMMITTEES = {
    "tinh uy": "Tỉnh ủy",
    "thanh uy": "Thành ủy",
    "huyen uy": "Huyện ủy",
    "quan uy": "Quận ủy",
    "thi uy": "Thị ủy",
    "dang uy": "Đảng ủy",
}
_UNITS = {
    "cac co quan dang tinh": "các cơ quan Đảng tỉnh",
    "cac co quan dang thanh pho": "các cơ quan Đảng thành phố",
    "tinh": "tỉnh",
    "thanh pho": "thành phố",
    "tp": "thành phố",
    "tphcm": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi xa": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
    "dac khu": "đặc khu",
    "khoi": "khối",
}
_COMMISSIONS = {
    "xay dung dang": "Xây dựng Đảng",
    "to chuc": "Tổ chức",
    "tuyen giao va dan van": "Tuyên giáo và Dân vận",
    "tuyen giao": "Tuyên giáo",
    "dan van": "Dân vận",
    "noi chinh": "Nội chính",
    "kinh te": "Kinh tế",
    "doi ngoai": "Đối ngoại",
    "tu tuong": "Tư tưởng - Văn hóa",
    "khoa giao": "Khoa giáo",
    "btg": "Tuyên giáo",
    "bdv": "Dân vận",
    "btc": "Tổ chức",
}
_UNIT_LEVEL = {
    "cac co quan dang tinh": "district",  # (under the Tỉnh ủy)
    "cac co quan dang thanh pho": "district",
    "tinh": "provincial",
    "thanh pho": "provincial",  # Thành ủy of a centrally-run city writes /TU
    "tp": "provincial",
    "tphcm": "provincial",
    "huyen": "district",
    "quan": "district",
    "thi xa": "district",
    "xa": "grassroots",
    "phuong": "grassroots",
    "thi tran": "grassroots",
    "dac khu": "grassroots",
    "khoi": "provincial",
}
_COMMITTEE_LEVEL = {
    "tinh uy": "provincial",
    "thanh uy": "provincial",
    "huyen uy": "district",
    "quan uy": "district",
    "thi uy": "district",
    "dang uy": "grassroots",
}


# The Party committee of an army unit, one level below the committee it answers to: the military regions, corps
# and services answer to the Central Military Commission (provincial, as the committees under the Centre);
# divisions and brigades to them (district); regiments and battalions are grassroots committees.
ARMY_UNIT_RE = re.compile(r"\b" + ARMY_UNIT + r"\b")
ARMY_UNIT_LEVELS = {
    "quan khu": "provincial",
    "quan doan": "provincial",
    "quan chung": "provincial",
    "binh chung": "provincial",
    "su doan": "district",
    "lu doan": "district",
    "trung doan": "grassroots",
    "tieu doan": "grassroots",
    "don bien": "grassroots",  # a border post, under the province's border guard command
    "canh sat": "district",  # a coast guard region ("Cảnh sát biển Vùng 4"), like a division
    "vung canh": "district",
}
# Party committees directly under the Central Committee, like "Đảng ủy các cơ quan Đảng Trung ương": provincial.
# (The Central Military Commission is the Centre's own: its documents, coded QUTW, are central ones; the press and
# every annotator of the shadow sets place it there.)
_UNDER_THE_CENTRE = frozenset({"Đảng ủy Công an Trung ương"})
_BOARDS = {
    "ban thuong vu": "Ban Thường vụ",
    "btv": "Ban Thường vụ",
    "thuong truc": "Thường trực",
    "thuong vu": "Thường vụ",
    "uy ban kiem tra": "Ủy ban Kiểm tra",
    "ubkt": "Ủy ban Kiểm tra",
}


_GRASSROOTS_INSTITUTION = re.compile(
    r"dang\s+uy\s+(?:so|benh\s+vien|truong(?!\s+dai\s+hoc)|cong\s+ty|bao|dai\s+(?:phat\s+thanh|truyen\s+hinh)|dai\b(?!\s+hoc)"
    r"|tap\s+chi)\b"
)


_INITIALS_SPELLED = {
    "duqs": "dang uy quan su",
    "duca": "dang uy cong an",
    "dubp": "dang uy bo doi bien phong",
    "duqh": "dang uy quoc hoi",
    "ducp": "dang uy chinh phu",
}
_COMMITTEE_INITIALS_FOLDED = re.compile(r"\b(?:duqs|duca|dubp|duqh|ducp)\b")


def _party_committee_of(folded: str, as_written: str) -> tuple[str, str | None]:
    """(name, level) of the Party committee of a body, a bloc or a commune (lexicon._PARTY_COMMITTEE_OF).

    Its level is one below the committee it answers to: under the Centre ("Đảng ủy Chính phủ", "Đảng ủy các cơ
    quan Đảng Trung ương", "Đảng ủy Khối ... Trung ương") provincial; under a province ("Đảng ủy Quân sự tỉnh",
    "Đảng ủy UBND tỉnh", "Đảng ủy Khối ... tỉnh") district; a commune's, a district body's, or a department's, a
    hospital's, a school's, a company's or a newspaper's (under its bloc), grassroots; groups, corporations,
    banks and universities, district.
    """
    folded = _COMMITTEE_INITIALS_FOLDED.sub(lambda m: _INITIALS_SPELLED[m.group(0)], folded)  # "ĐUQS tỉnh"
    if commune := _commune_unit(folded):
        return f"Đảng ủy {_UNITS[commune]}", "grassroots"
    if unit := ARMY_UNIT_RE.search(folded):
        # "Đảng ủy Trung đoàn 812": the number is the unit's name (Quân khu 4 and Quân khu 7 are two bodies)
        return " ".join(as_written.split()), ARMY_UNIT_LEVELS[
            " ".join(unit.group(0).split()[:2])
        ]  # ("quân chủng hải quân")
    name = " ".join(_expand_state_abbreviations(as_written).split())
    words = folded.split()
    if _GRASSROOTS_INSTITUTION.match(folded):
        # "Đảng ủy Sở Y tế", "Đảng ủy Bệnh viện ...", "Đảng ủy Báo Lao Động": a department's, a hospital's, a
        # school's, a company's or a newspaper's committee is a grassroots one, under its bloc
        return name, "grassroots"
    if words[-1] in ("uong", "phu", "hoi") or "trung uong" in folded:
        return name, "provincial"
    if words[-1] in ("huyen", "quan", "xa") and not folded.endswith("thanh pho"):
        return name, "grassroots"
    return name, "district"


def level_of_party_unit(unit: str) -> str | None:
    """The level of a Party organisation named by its unit ("Bệnh viện Trung ương Huế", "Tập đoàn Điện lực Việt
    Nam", "Quân khu 9"): that of its committee, "Đảng ủy <unit>"."""
    return _party_committee_of("dang uy " + " ".join(fold(unit).split()), "Đảng ủy " + unit)[1]


# The Party committee of a unit the lexicon does not name, read back from its verb: "Đảng ủy Vùng 4 Hải quân ban
# hành", "Đảng ủy Agribank Chi nhánh tỉnh ban hành", "Ban Thường vụ Đảng ủy Tổng cục Thuế đã ban hành". Its name
# opens with a capital; words in lower case only go on a capitalised one ("Cảnh sát biển", "Chi nhánh"), up to
# three, or place it ("tỉnh", "huyện"); it never ends with "và" ("Đảng ủy Khối tổng kết và ban hành" is no name).
_NAMED_COMMITTEE = re.compile(
    r"(?:^|(?<=[\s,;.:(]))(?P<board>(?:ban\s+thuong\s+vu|btv)\s+)?dang\s+uy\s+(?P<name>(?:[^\W_]+\s+){1,14}?)"
    r"(?:(?:da|vua|cung)\s+)*$"
)
_AND = re.compile(r"\bva\s+")
_ANOTHER_COMMITTEE = re.compile(
    r"\b(?:dang|tinh|huyen|thanh|quan|thi)\s+uy\b(?!\s+ban)"
)  # ("Cơ quan Ủy ban")
_UNIT_WORDS = frozenset({"tinh", "huyen", "thanh", "pho", "quan", "xa", "phuong", "thi"})
# what a body does, never part of its name in lower case: "Đảng ủy Khối tham mưu ban hành"
_ACTS = re.compile(
    r"\b(?:tham\s+muu|chi\s+dao|lanh\s+dao|phoi\s+hop|chu\s+tri|giao|ky|trinh|de\s+nghi|xay\s+dung|tong\s+ket"
    r"|so\s+ket|hop|to\s+chuc|thong\s+nhat|quyet\s+dinh|kip\s+thoi|khan\s+truong|chinh\s+thuc|tiep\s+tuc"
    rf"|{IMPLEMENTING_VERBS})\b"
)


def named_committee_before(nt: NormalisedText, start: int, end: int) -> OrgMatch | None:
    """A Party committee named by a unit the lexicon does not know, ending right before ``end`` (its verb)."""
    m = _NAMED_COMMITTEE.search(nt.fold, max(start, end - 160), end)
    if m is None:
        return None
    words = nt.norm[m.start("name") : m.end("name")].split()
    folded = nt.fold[m.start("name") : m.end("name")].split()
    if not words[0][:1].isupper() or folded[-1] == "va" or _ANOTHER_COMMITTEE.search(" ".join(folded)):
        return None  # ("Đảng ủy Quân sự tỉnh và Đảng ủy Công an tỉnh ký": two bodies, joint)
    name_start = m.start("name")
    for joint in _AND.finditer(nt.fold, name_start, m.end("name")):
        if ORG_RE.match(nt.fold, joint.end()):
            return None  # "Đảng ủy Quân sự tỉnh và Ban Thường vụ Tỉnh đoàn ký": two bodies
    for act in _ACTS.finditer(nt.fold, name_start, m.end("name")):
        if nt.norm[act.start()].islower():
            return None
    lower_run = 0
    for word, plain in zip(words, folded, strict=True):
        if word[:1].isupper() or word.isdigit() or plain in _UNIT_WORDS or plain == "va":
            lower_run = 0
        else:
            lower_run += 1
            if lower_run > 3:
                return None
    name = "Đảng ủy " + _expand_state_abbreviations(" ".join(words))
    if m.group("board"):
        name = "Ban Thường vụ " + name
    # no level: the name of an unknown unit does not say whom it answers to (the organ code decides)
    return OrgMatch(name=name, level=None, place=None, start=m.start(), end=m.end("name") - 1)


_MASS_ORG_UNITS = {
    "tinh": "provincial",
    "pho": "provincial",
    "huyen": "district",
    "quan": "district",
    "xa": "grassroots",
}
_BOARD_ABBREVIATIONS = re.compile(r"\b(?:BTV|BCH)\b")


def _expand_boards(name: str) -> str:
    return _BOARD_ABBREVIATIONS.sub(
        lambda m: "Ban Thường vụ" if m.group(0) == "BTV" else "Ban Chấp hành", name
    )


def _mass_org(folded: str, as_written: str) -> tuple[str, str | None]:
    """The Fatherland Front or a mass organisation as written (abbreviations expanded); its level from the unit
    that ends it ("tỉnh", "huyện"; "Tỉnh đoàn" is a province's), else unknown (the organ code decides)."""
    name = _expand_boards(_expand_state_abbreviations(as_written))
    words = folded.split()
    if words[-1] == "doan" and len(words) >= 2 and words[-2] in ("tinh", "thanh", "huyen", "quan"):
        return " ".join(name.split()), "provincial" if words[-2] in ("tinh", "thanh") else "district"
    if words[-1] == "phuong" or (words[-1] == "xa" and words[-2] != "thi"):
        return " ".join(name.split()), "grassroots"
    return " ".join(name.split()), _MASS_ORG_UNITS.get(words[-1]) if words[-1] != "xa" else "district"


def _commune_unit(folded: str) -> str | None:
    """'xa', 'phuong', 'thi tran' or 'dac khu' right after 'dang uy', if the committee is a commune's."""
    after = folded.split("dang uy", 1)[-1].strip()
    return next((u for u in ("xa", "phuong", "thi tran", "dac khu") if after == u), None)


# Abbreviations a body's name is written with, expanded in issuers: "Đảng ủy UBND tỉnh", "Ban cán sự đảng HĐND".
# (and the mass organisations': "Đảng đoàn Hội LHPN tỉnh", "Hội CCB", "LĐLĐ tỉnh")
# (in a body's name only: "Đảng ủy Công an TP. Hồ Chí Minh" is the city's; the dot goes with "TP")
_STATE_ABBREVIATIONS = re.compile(
    r"\b(UBND|HĐND|MTTQ|LHPN|CCB|LĐLĐ|BĐBP|KSND|TAND|BCH|BCS|TP|ĐUQS|ĐUCA|ĐUBP|ĐUQH|ĐUCP)\b(?:(?<=TP)\.)?"
)
_STATE_EXPANSIONS = {
    "TP": "Thành phố",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "LHPN": "Liên hiệp Phụ nữ",
    "CCB": "Cựu chiến binh",
    "LĐLĐ": "Liên đoàn Lao động",
    "BĐBP": "Bộ đội Biên phòng",
    "KSND": "Kiểm sát nhân dân",
    "TAND": "Tòa án nhân dân",
    "BCH": "Ban Chấp hành",
    "BCS": "Ban cán sự",
    "ĐUQS": "Đảng ủy Quân sự",
    "ĐUCA": "Đảng ủy Công an",
    "ĐUBP": "Đảng ủy Bộ đội Biên phòng",
    "ĐUQH": "Đảng ủy Quốc hội",
    "ĐUCP": "Đảng ủy Chính phủ",
}


def _expand_state_abbreviations(name: str) -> str:
    return _STATE_ABBREVIATIONS.sub(lambda m: _STATE_EXPANSIONS[m.group(1)], name)


# Organ codes that name one committee ("ThU" is a Thị ủy or a Thành ủy; "ĐU" any Đảng ủy): "BTV TU".
_COMMITTEE_OF_CODE = {"TU": "tinh uy", "HU": "huyen uy", "QU": "quan uy"}


class OrgMatch:
    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = ("end", "level", "name", "place", "start", "term")

    def __init__(
        self, name: str, level: str | None, place: str | None, start: int, end: int, term: str | None = None
    ) -> None:
        self.name: Final = name
        self.level: Final = level
        self.place: Final = place
        self.start: Final = start
        self.end: Final = end  # end of the whole phrase (place and term included)
        self.term: Final = term


def _words(folded: str) -> str:
    return " ".join(folded.split())


@lru_cache(maxsize=16)
def _key_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(keys, key=len, reverse=True)) + r")\b")


def _find_key(table: dict[str, str], folded: str) -> str | None:
    m = _key_pattern(tuple(table)).search(folded)
    return m.group(1) if m else None


# "ĐUQS", "ĐUCA", "ĐUBP", "ĐUQH", "ĐUCP" (lexicon._PARTY_COMMITTEE_OF)
_COMMITTEE_INITIALS = re.compile(r"\bdu(?:qs|ca|bp|qh|cp)\b")


@lru_cache(maxsize=4096)
def _canonical(kind: str, folded: str, as_written: str) -> tuple[str, str | None]:
    """(name, level) of an organisation head from its grammar group."""
    committee = _find_key(_COMMITTEES, folded)
    unit = _find_key(_UNITS, folded.split("dang bo", 1)[-1]) if "dang bo" in folded else None
    if kind == "@board_of":
        initials = _COMMITTEE_INITIALS.search(folded)
        cut = initials.start() if initials is not None else folded.index("dang uy")  # "BTV ĐUQS tỉnh"
        words = len(folded[:cut].split())
        board = _BOARDS[" ".join(folded.split()[:words])]
        name, level = _party_committee_of(folded[cut:], " ".join(as_written.split()[words:]))
        return f"{board} {name}", level
    if kind == "@party_committee_of":
        return _party_committee_of(folded, as_written)
    if kind == "@standing" and committee:
        tail = folded.split(committee, 1)[1].strip()
        level = "provincial" if tail else _COMMITTEE_LEVEL[committee]
        suffix = " " + " ".join(as_written.split()[-len(tail.split()) :]) if tail else ""
        return "Ban Thường vụ " + _COMMITTEES[committee] + suffix, level
    if kind == "@executive" and folded.split("dang bo", 1)[-1].split()[:1] == ["khoi"]:
        # "Ban Chấp hành Đảng bộ Khối Doanh nghiệp Trung ương": the bloc's committee (its level as "Đảng ủy Khối ...")
        words = len(folded.split("dang bo", 1)[0].split()) + 2
        bloc = " ".join(as_written.split()[words:])
        _, level = _party_committee_of("dang uy " + folded.split("dang bo", 1)[-1].strip(), "Đảng ủy " + bloc)
        return f"Ban Chấp hành Đảng bộ {bloc}", level
    if kind in ("@executive", "@congress") and unit:
        prefix = "Ban Chấp hành" if kind == "@executive" else "Đại hội"
        return f"{prefix} Đảng bộ {_UNITS[unit]}", _UNIT_LEVEL[unit]
    if kind == "@inspection" and committee:
        return "Ủy ban Kiểm tra " + _COMMITTEES[committee], _COMMITTEE_LEVEL[committee]
    if kind == "@commission" and committee:
        office = (
            "Văn phòng"
            if folded.startswith("van phong")
            else "Ban " + _COMMISSIONS[_find_key(_COMMISSIONS, folded) or "to chuc"]
        )
        unit = next(
            (u for u in ("xa", "phuong", "thi tran", "dac khu") if folded.endswith(" dang uy " + u)), None
        )
        if unit is not None:  # "Ban Xây dựng Đảng Đảng ủy xã": a commune's commission
            return f"{office} Đảng ủy {_UNITS[unit]}", "grassroots"
        return f"{office} {_COMMITTEES[committee]}", _COMMITTEE_LEVEL[committee]
    if kind == "@cell":
        # "Chi bộ khu phố 3": the number places the cell, like a place name
        # ("số" goes only with its number: "Chi bộ Công ty Xổ số kiến thiết" keeps it)
        cell_words = as_written.split()
        cell = [
            w
            for n, w in enumerate(cell_words)
            if not w.isdigit()
            and not (w.casefold() == "số" and cell_words[n + 1 : n + 2] and cell_words[n + 1].isdigit())
        ]
        return "Chi bộ " + " ".join(cell[2:]), "grassroots"
    if kind == "@steering" and committee:
        number = next((w for w in folded.split() if w.isdigit()), None)
        of = "của " if " cua " in folded else ""  # as written: "Ban Chỉ đạo 57 của Tỉnh ủy"
        name = f"Ban Chỉ đạo {number} {of}" if number else "Ban Chỉ đạo "
        return name + _COMMITTEES[committee], _COMMITTEE_LEVEL[committee]
    if kind == "@central_commission":
        return f"Ban {_COMMISSIONS[_find_key(_COMMISSIONS, folded) or 'to chuc']} Trung ương", "central"
    if kind == "@committee" and committee:
        return _COMMITTEES[committee], _COMMITTEE_LEVEL[committee]
    if kind == "@standing_office" and committee:
        return "Thường trực " + _COMMITTEES[committee], _COMMITTEE_LEVEL[committee]
    if kind == "@party_organisation":
        unit_key = _find_key(_UNITS, folded.split("dang bo", 1)[-1]) or "tinh"
        return f"Đảng bộ {_UNITS[unit_key]}", _UNIT_LEVEL[unit_key]
    if kind == "@review_steering":  # as written; whose, by the committee after "của", else "Trung ương"
        level = (
            "provincial"
            if folded.endswith(("tinh uy", "thanh uy"))
            else "district"
            if folded.endswith("huyen uy")
            else "central"
            if "trung uong" in folded or "bo chinh tri" in folded
            else None
        )
        return " ".join(as_written.split()), level
    if kind == "@bare_steering":
        return "Ban Chỉ đạo", None
    if kind == "@bare_party_group":  # alone: whose, and so its level, only a fuller name earlier says
        return "Đảng đoàn", None
    if kind == "@bare_standing":
        return "Ban Thường vụ", None
    if kind == "@bare_executive":
        return "Ban Chấp hành Đảng bộ", None
    if kind == "@bare_board_of_executive":
        return "Ban Chấp hành", None
    if kind == "@central_steering":
        return " ".join(as_written.split()), "central"
    if kind == "@provincial_steering":
        return " ".join(as_written.split()), "provincial"
    if kind == "@standing_code":
        code = as_written.split()[-1]
        if code in _COMMITTEE_OF_CODE:
            return "Ban Thường vụ " + _COMMITTEES[_COMMITTEE_OF_CODE[code]], _COMMITTEE_LEVEL[
                _COMMITTEE_OF_CODE[code]
            ]
        return "Ban Thường vụ", None  # "Ban Thường vụ từ ...": not a code
    if kind == "@led_body" and folded.startswith(("ban chap hanh dang bo ", "bch dang bo ")):
        # "Ban Chấp hành Đảng bộ Tổng công ty ...", "... Đảng bộ Bệnh viện ...": the committee of that body, at the
        # level of its "Đảng ủy"
        body = folded.split("dang bo ", 1)[1]
        _, level = _party_committee_of("dang uy " + body, "Đảng ủy " + body)
        return " ".join(_expand_state_abbreviations(as_written).split()), level
    if kind == "@led_body":
        unit = folded.split()[-1]
        led_level = {"tinh": "provincial", "pho": "provincial", "huyen": "district", "quan": "district"}.get(
            unit
        )
        return " ".join(_expand_state_abbreviations(as_written).split()), led_level or (
            "district" if folded.endswith("thi xa") else "central"
        )
    if kind == "@national_party_body":
        # "Ban Chấp hành Đảng bộ Chính phủ": under the Centre, as the Party committees it elects
        return " ".join(_expand_boards(as_written).split()), "provincial"
    if kind == "@mass_org":
        return _mass_org(folded, as_written)
    if kind in ("@people_committee", "@people_council"):
        unit_key = (
            _find_key(_UNITS, folded.split()[-1] if folded.split()[-1] != "pho" else "thanh pho") or "tinh"
        )
        head = "Ủy ban nhân dân" if kind == "@people_committee" else "Hội đồng nhân dân"
        return f"{head} {_UNITS[unit_key]}", _UNIT_LEVEL[unit_key]
    return kind, "central"


# After an organisation: "Đảng" (of the Central Committee), a term "khóa XIII" / "- khóa XIII", a place name.
_TERM_AFTER = re.compile(r"\s*[-,(]?\s*khoa\s+(?P<term>[ivxl]{1,6}|\d{1,2})\b\)?")
_DANG_AFTER = re.compile(r"\s+dang\b")


# Words of a place name: spaces between them, or a dash between two names ("Bà Rịa - Vũng Tàu").
# (never across a line: "Tạo đột phá từ Nghị quyết 17 của Tỉnh ủy\nThứ Hai, 06/07/2023" is a headline, then its
# posting date)
_WORD_AFTER = re.compile(
    r"(?:[ \t]+|[ \t]*-[ \t]*(?=[^\W\d_])|(?<=\.))(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)?)"
)  # "TP.HCM": after a dot; "Cư M'gar", "Ea H’leo": an apostrophe inside a word of the Central Highlands
_CITY_PREFIX = re.compile(r"\s+(?:thanh\s+pho|tp\s*\.?)\s*")
# The dot of a "TP." that ends a body's name as matched ("Đảng ủy Công an TP. Hồ Chí Minh": the name pattern stops
# before the dot, since no word boundary follows it)
_CITY_DOT = re.compile(r"(?<=\btp)\.(?=[ \t]*[^\W\d_])")
# A place in brackets after the body's own place: "Huyện ủy Quảng Điền (Thừa Thiên Huế)", "(TP Huế)".
_BRACKETED_PLACE = re.compile(r"\s*\(\s*[^\W\d_]+(?:[ .]+[^\W\d_]+){0,4}\s*\)")
# The opening of that bracket, up to its name: "(", "(tỉnh ", "(TP ", "(thành phố ".
_BRACKET_UNIT = re.compile(r"\s*\(\s*(?:(?:tinh|thanh\s+pho|tp\.?|huyen|quan|thi\s+xa)\s+)?")
_PLACE_WORDS = 5


# Hồ Chí Minh City written as one word or with its initials: "Thành ủy TPHCM", "Thành ủy TP HCM", "Thành ủy HCM"
_HCM = re.compile(r"\s+(?:tp\s*\.?\s*)?hcm\b")
_PLACE_NUMBER = re.compile(r" \d{1,2}\b(?!\s*[/.-]\s*\d)")  # not the start of a date
_PROVINCE_APPOSED = re.compile(r",[ \t]*(?:tinh|thanh\s+pho|tp\.?)[ \t]")
# Urban units named by a number: "Quận 3", "Phường 12"
_NUMBERED_UNIT = re.compile(r"\s+(?:quan|phuong)\s+\d{1,2}\b")


_UNIT_DESCRIPTOR = re.compile(
    r"\s+(?:bien\s+gioi|vung\s+cao|vung\s+bien|mien\s+nui|ven\s+bien|dao|dac\s+biet\s+kho\s+khan)\s+"
)


def _place_after(nt: NormalisedText, pos: int) -> tuple[str | None, int]:
    """A capitalised place name right after ``pos`` ("Yên Bái", "Sơn Trà", "Hà Nội"), at most five words."""
    if (hcm := _HCM.match(nt.fold, pos)) is not None and nt.norm[hcm.end() - 3 : hcm.end()] == "HCM":
        return nt.norm[pos : hcm.end()].strip(), hcm.end()
    if (numbered := _NUMBERED_UNIT.match(nt.fold, pos)) is not None and nt.norm[pos:].lstrip()[:1].isupper():
        return nt.norm[pos : numbered.end()].strip(), numbered.end()  # "Quận ủy Quận 3", "Đảng ủy Phường 12"
    described = _UNIT_DESCRIPTOR.match(nt.fold, pos)
    if described is not None and nt.norm[described.end() : described.end() + 1].isupper():
        pos = described.end() - 1  # "Đảng ủy xã biên giới Thanh Thủy": what kind of commune, then its name
    city = _CITY_PREFIX.match(
        nt.fold, pos
    )  # "Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP. Cần Thơ", "TP.HCM"
    if city and nt.norm[city.end() : city.end() + 1].isupper():
        pos = city.end() - 1 if nt.norm[city.end() - 1].isspace() else city.end()
    elif (dot := _CITY_DOT.match(nt.fold, pos)) is not None:
        pos = dot.end()
    words: list[tuple[int, int]] = []
    for m in _WORD_AFTER.finditer(nt.norm, pos, min(len(nt.norm), pos + 70)):
        if m.start() != (words[-1][1] if words else pos) or len(words) == _PLACE_WORDS:
            break
        start, end = m.start("w"), m.end("w")
        if not nt.norm[start].isupper() or not _may_be_place(nt, start, end):
            break
        words.append((start, end))
    if not words:
        return None, pos
    end = words[-1][1]
    if (numbered := _PLACE_NUMBER.match(nt.fold, end)) is not None:
        end = numbered.end()  # "phường Hà Giang 1", "xã Tân Phú 2": new units named by a number
    if (province := _PROVINCE_APPOSED.match(nt.fold, end)) is not None:
        # "Ban Chấp hành Đảng bộ xã Minh Quang, tỉnh Tuyên Quang ban hành": the commune's province, said aside
        _, after = _place_after(nt, province.end() - 1)
        if after > province.end() - 1:
            end = after
    bracket = _BRACKETED_PLACE.match(nt.norm, end)
    if (
        bracket
        and (name := _BRACKET_UNIT.match(nt.fold, end))
        and nt.norm[name.end() : name.end() + 1].isupper()
    ):
        end = bracket.end()
    return nt.norm[words[0][0] : words[-1][1]], end


def _may_be_place(nt: NormalisedText, start: int, end: int) -> bool:
    word = nt.norm[start:end].lower()
    if word in NOT_PLACE_WORDS:
        return False
    following = _WORD_AFTER.match(nt.norm, end)
    return following is None or (word, following.group("w").lower()) not in NOT_PLACE_PHRASES


def match_org(nt: NormalisedText, pos: int) -> OrgMatch | None:
    """The organisation phrase starting exactly at ``pos`` (folded text), or None."""
    m = ORG_RE.match(nt.fold, pos)
    if not m:
        code = _CODE_COMMITTEE.match(nt.norm, pos)
        return _code_committee(nt, code) if code is not None and _out_of_a_symbol(nt, pos) else None
    return _org_from_match(nt, m)


# A committee by its code, as portals write it: "HU Triệu Sơn ban hành", "ĐU xã Tân Lập", "TU Nghệ An". Read in the
# text as written (capitals only: "hủ", "từ", "dự" fold the same) and never inside a symbol ("12-KH/HU").
_CODE_COMMITTEE = re.compile(
    r"\b(?P<code>TU|HU|QU|ThU|ĐU)(?:\s+(?P<unit>xã|phường|thị trấn|đặc khu))?\b(?=\s)"
)
_CODE_NAMES = {"TU": "tinh uy", "HU": "huyen uy", "QU": "quan uy", "ThU": "thanh uy", "ĐU": "dang uy"}


def _out_of_a_symbol(nt: NormalisedText, pos: int) -> bool:
    return nt.fold[pos - 1 : pos] not in ("/", "-")


def _code_committee(nt: NormalisedText, m: re.Match[str]) -> OrgMatch:
    code, unit = m.group("code"), m.group("unit")
    if code == "ĐU" and unit:
        name, level = f"Đảng ủy {unit}", "grassroots"  # "ĐU xã Tân Lập"
    else:
        key = _CODE_NAMES[code]
        name, level = _COMMITTEES[key], "district" if code == "ThU" else _COMMITTEE_LEVEL[key]
    place, end = _place_after(nt, m.end())
    return OrgMatch(name=name, level=level, place=place, start=m.start(), end=end)


_BARE_COMMITTEES = frozenset(
    {
        "Đảng ủy",
        "Ban Thường vụ Đảng ủy",
        "Thường trực Đảng ủy",
        "Ban Chấp hành Đảng bộ",
        "Ủy ban Kiểm tra Đảng ủy",
    }
)
_SYLLABLE_LETTERS = 7  # a Vietnamese syllable has at most seven letters ("nghiêng")


def _is_brand(place: str) -> bool:
    """An enterprise's name where a place would be: one word that is no Vietnamese syllable ("Vietcombank",
    "VietinBank") or an acronym ("VNPT", "BIDV")."""
    if " " in place or "-" in place:
        return False
    return len(place) > _SYLLABLE_LETTERS or (len(place) >= 3 and place.isupper()) or not place[1:].islower()


def _next_body_in_topic(nt: NormalisedText, start: int, end: int) -> int | None:
    """Where a comma inside a steering committee's topic opens another body's clause (a capital, then a body)."""
    for comma in re.finditer(r",\s*", nt.norm[start:end]):
        after = start + comma.end()
        if nt.norm[after : after + 1].isupper() and ORG_RE.match(nt.fold, after):
            return start + comma.start()
    return None


_UNIT_NUMBER = re.compile(r"\s+(?:(?P<unit>quan|phuong)\s+)?(?P<n>\d{1,2})\b(?![/.,-]\d)")


def _org_from_match(nt: NormalisedText, m: re.Match[str]) -> OrgMatch:
    kind = ORG_CANON[int((m.lastgroup or "o0")[1:])]  # each alternative is one named group: o0, o1, ...
    folded = _words(m.group(0))
    as_written = nt.norm[m.start() : m.end()]
    if kind == "@central_steering" and (cut := _next_body_in_topic(nt, m.start(), m.end())) is not None:
        # "Ban Chỉ đạo Trung ương về phát triển khoa học, ..., Đảng ủy Quốc hội ban hành ...": the next clause's body
        as_written = nt.norm[m.start() : cut]
        return OrgMatch(" ".join(as_written.split()), "central", None, m.start(), cut)
    if kind.startswith("@"):
        name, level = _canonical(kind, folded, as_written)
    else:
        name, level = kind, "provincial" if kind in _UNDER_THE_CENTRE else "central"
    end = m.end()
    term = None
    place = None
    if (unit_number := _UNIT_NUMBER.match(nt.fold, end)) is not None and (
        folded.endswith((" phuong", " quan")) or (folded == "quan uy" and unit_number.group("unit"))
    ):
        # "Đảng ủy phường 9", "Quận ủy quận 8": a unit named by its number
        unit = "quận" if (unit_number.group("unit") or folded).endswith("quan") else "phường"
        place, end = f"{unit} {unit_number.group('n')}", unit_number.end()
    elif level != "central" or kind.startswith("@"):
        place, end = _place_after(nt, end)
        if place is not None and name in _BARE_COMMITTEES and _is_brand(place):
            name, place = (
                f"{name} {place}",
                None,
            )  # "Đảng ủy Vietcombank", "Đảng ủy VNPT": a name, not a place
    if level == "provincial" and place is not None and folded.endswith(("thanh uy", "thanh pho")):
        level = _city_level(place)
    elif (
        level == "provincial"
        and place is None
        and folded.endswith("thanh uy")
        and provincial_city_article(nt)
    ):
        # "Thành ủy đã ban hành ..." in an article about "Thành ủy Phủ Lý": a provincial city's, not a centrally-run
        # one's
        level = "district"
    dang = _DANG_AFTER.match(nt.fold, end)
    if dang and level == "central":
        end = dang.end()
    t = _TERM_AFTER.match(nt.fold, end)
    if t:
        term, end = term_of(t.group("term")), t.end()
    return OrgMatch(name=name, level=level, place=place, start=m.start(), end=end, term=term)


_CITY_CODE = re.compile(r"-[a-z]{2,4}\s*/\s*thu\b")  # "08-CTr/ThU": a provincial city's committee
_CITY_COMMITTEE = re.compile(
    r"\bthanh\s+uy\s+(?:(?:tp\.?|thanh\s+pho)\s*)?(?P<place>[a-z]+(?:\s+[a-z]+){0,2})"
)


def provincial_city_article(nt: NormalisedText) -> bool:
    """Does the article name a provincial city's committee: a ThU code, or "Thành ủy" and a capitalised place
    that is not a centrally-run city ("Thành ủy Long Khánh", not "Thành ủy Cần Thơ" nor "Thành ủy đã ...")?"""
    return _names_a_provincial_city(nt.fold, nt.norm)


# (asked for each bare "Thành ủy" of an article: strings keep their hash, so a cache hit is cheap)
@lru_cache(maxsize=8)
def _names_a_provincial_city(folded: str, norm: str) -> bool:
    if _CITY_CODE.search(folded):
        return True
    provincial = False
    for m in _CITY_COMMITTEE.finditer(folded):
        if not norm[m.start("place")].isupper() or _TITLE_BEFORE_CITY.search(
            folded, max(0, m.start() - 24), m.start()
        ):
            continue  # "Thành ủy đã ...", "Bí thư Thành ủy Nguyễn Văn Nên": no place
        words = m.group("place").split()
        if any(" ".join(words[:k]) in CENTRAL_CITIES for k in range(1, len(words) + 1)):
            return False  # a centrally-run city's committee named: a bare "Thành ủy" is more likely that one
        provincial = True
    return provincial


# A person's title before "Thành ủy <name>" ("Bí thư Thành ủy Nguyễn Văn Nên")
_TITLE_BEFORE_CITY = re.compile(
    r"\b(?:bi\s+thu|uy\s+vien|truong\s+ban|chu\s+nhiem|chanh\s+van\s+phong)(?:\s+thuong\s+truc)?\s+$"
)


def _city_level(place: str) -> str:
    """A city's committee or Party organisation by its name: a centrally-run city's is provincial ("Thành ủy Cần
    Thơ"), any other city's district ("Thành ủy Pleiku", "Đảng bộ thành phố Lai Châu": the provincial capital)."""
    found = find_province(place)
    return "provincial" if found is not None and found.kind == "city" else "district"


def find_orgs(nt: NormalisedText, start: int, end: int) -> list[OrgMatch]:
    """Every organisation phrase inside ``[start, end)``, in text order."""
    out = []
    pos = start
    codes = [c for c in _CODE_COMMITTEE.finditer(nt.norm, start, end) if _out_of_a_symbol(nt, c.start())]
    while pos < end:
        m = ORG_RE.search(nt.fold, pos, end)
        code = next((c for c in codes if c.start() >= pos), None)
        if code is not None and (m is None or code.start() < m.start()):
            org = _code_committee(nt, code)
            out.append(org)
            pos = max(code.end(), org.end)
            continue
        if not m:
            break
        org = _org_from_match(nt, m)
        out.append(org)
        # past its place too: "Thị ủy Điện Bàn ban hành" holds no body "Ban"
        pos = max(m.end(), org.end)
    return out
