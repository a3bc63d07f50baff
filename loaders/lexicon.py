"""The words of the domain grammar, as regex parts over *folded* text (lower case, no diacritics).

Each alternative carries a comment with a real form it exists for. Patterns here are fragments; loaders/find.py
and loaders/attributes.py assemble them into the mention and attribute grammars.
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- document head nouns -------------------------------------------------------------------------------------
# Reports ("Báo cáo số 150-BC/TU") are not documents a plan implements or a body issues as policy: the
# annotation rules leave them out, so the grammar does not name them (their symbols still parse after a head).
# (folded head, type id). Longest first matters: "chuong trinh hanh dong" before "chuong trinh",
# "thong bao ket luan" before "thong bao".
HEAD_NOUNS: tuple[tuple[str, str], ...] = (
    ("chuong trinh hanh dong", "action_programme"),
    ("chuong trinh cong tac", "action_programme"),  # "5 chương trình công tác của Huyện ủy"
    ("chuong trinh", "action_programme"),  # "Chương trình số 47-CTr/TU"
    ("thong bao ket luan", "notice"),
    ("nghi quyet", "resolution"),
    # the two letter-drop typos of the commonest head that district websites print ("Ngị quyết", "Nghị quết")
    ("ngi quyet", "resolution"),
    ("nghi quet", "resolution"),
    ("ket luan", "conclusion"),
    ("chi thi", "directive"),
    ("quy dinh", "regulation"),
    ("quyet dinh", "decision"),
    ("quy che", "rules"),
    ("ke hoach", "plan"),
    ("huong dan", "guideline"),
    ("thong tri", "circular"),
    ("thong bao", "notice"),
    ("de an", "project"),
    ("cong van", "dispatch"),
    ("de cuong", "other"),  # "Đề cương tuyên truyền ...": a propaganda outline
    ("cuong linh", "other"),
    ("dieu le", "other"),
    ("to trinh", "other"),
    ("quy trinh", "other"),  # "Quy trình số 08-QT/TU": a procedure (domain.md names no type of its own)
    ("van ban", "other"),  # "văn bản số 238/UBND-KGVX"
)

# Abbreviated heads used in news ("NQ số 02", "NQ 21", "KH số 5"). They must be followed by a number.
ABBREVIATED_HEADS: tuple[tuple[str, str], ...] = (
    ("nq", "resolution"),
    ("kl", "conclusion"),
    ("ct", "directive"),
    ("ctrhd", "action_programme"),  # "CTrHĐ số 25-CTr/TU"
    ("ctr", "action_programme"),
    ("cthd", "action_programme"),
    ("kh", "plan"),
    ("hd", "guideline"),
    ("tb", "notice"),
    ("qd", "regulation"),  # QĐ is both Quy định and Quyết định; in Party news mostly Quy định
    ("da", "project"),
)

# Type code inside a symbol -> type, used only when no head noun names the document ("123-KH/TU" alone).
SYMBOL_CODE_TYPES: dict[str, str] = {
    "nq": "resolution",
    "kl": "conclusion",
    "ct": "directive",
    "qd": "regulation",
    "qdi": "regulation",
    "qc": "rules",
    "ctr": "action_programme",
    "cthd": "action_programme",
    "kh": "plan",
    "hd": "guideline",
    "tt": "circular",
    "tb": "notice",
    "da": "project",
    "cv": "dispatch",
}

# Canonical spelling of the type code in a normalised symbol.
CODE_SPELLING: dict[str, str] = {
    "nq": "NQ",
    "kl": "KL",
    "ct": "CT",
    "qd": "QĐ",
    "qdi": "QĐi",
    "qc": "QC",
    "ctr": "CTr",
    "cthd": "CTHĐ",
    "kh": "KH",
    "hd": "HD",
    "tt": "TT",
    "tb": "TB",
    "da": "ĐA",
    "bc": "BC",
    "cv": "CV",
}


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


HEAD_RE = _alternation([h for h, _ in HEAD_NOUNS])
ABBREV_RE = _alternation([h for h, _ in ABBREVIATED_HEADS])
TYPE_OF_HEAD: dict[str, str] = dict(HEAD_NOUNS) | dict(ABBREVIATED_HEADS)

# The centrally-run cities (folded): their Party organisation is a province's. Any other "thành phố" is a
# provincial city, whose Đảng bộ sits at district level ("Đại hội Đảng bộ thành phố Cà Mau").
CENTRAL_CITIES = frozenset(
    {"ha noi", "ho chi minh", "hcm", "tphcm", "hai phong", "da nang", "can tho", "hue"}
)

# --- numbers, symbols, dates -----------------------------------------------------------------------------------
ROMAN = r"(?:x{0,3}(?:ix|iv|v?i{0,3})|x{1,3}(?:ix|iv|v?i{0,3})?)"
ROMAN_STRICT = r"(?=[ivxl])(?:l?x{0,3}(?:ix|iv|v?i{0,3}))"

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman_to_int(text: str) -> int | None:
    text = text.lower()
    if not text or any(c not in _ROMAN_VALUES for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = _ROMAN_VALUES[c]
        total += -v if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > v else v
    return total


def int_to_roman(value: int) -> str:
    out = []
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(s)
            value -= v
    return "".join(out)


# Ordinals written in words after "lần thứ" (folded): "Hội nghị lần thứ tư", "lần thứ mười một".
_WORD_ORDINALS = {
    "nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
    "muoi": 10, "muoi mot": 11, "muoi hai": 12, "muoi ba": 13, "muoi bon": 14, "muoi tu": 14, "muoi lam": 15,
    "muoi nam": 15, "muoi sau": 16, "muoi bay": 17, "muoi tam": 18, "muoi chin": 19, "hai muoi": 20,
}  # fmt: skip
WORD_ORDINAL_RE = "|".join(sorted((k.replace(" ", r"\s+") for k in _WORD_ORDINALS), key=len, reverse=True))


def ordinal_value(text: str) -> int | None:
    """'4', 'IV', 'iv', 'tư' (folded 'tu') -> 4."""
    text = " ".join(text.strip().lower().split())
    if text.isdigit():
        return int(text)
    if text in _WORD_ORDINALS:
        return _WORD_ORDINALS[text]
    return roman_to_int(text)


@lru_cache(maxsize=512)
def term_of(text: str) -> str | None:
    """'XIII', 'xiii', '13', 'mười ba' (folded) -> 'XIII'."""
    value = ordinal_value(text)
    return int_to_roman(value) if value and 0 < value < 90 else None


# --- organisations ---------------------------------------------------------------------------------------------
# Folded organisation heads and their canonical names. A head may be followed by a place name, dropped into a
# separate field. Order: longest first, so "ban thuong vu tinh uy" wins over "tinh uy".
# ("Cơ quan Ủy ban MTTQ tỉnh" holds no "Quận ủy")
_COMMITTEE = r"(?:tinh|thanh|huyen|quan(?<!\bco\squan)|thi|dang)\s+uy"
# "Khối các cơ quan tỉnh", "Khối Doanh nghiệp Trung ương": the bloc's name runs to its unit word; without one, at
# most two words ("Khối Doanh nghiệp"), so that a verb after the name ("triển khai") is not taken into it.
# Nor a verb right after "Khối" ("Ủy ban Kiểm tra Đảng ủy Khối tham mưu ban hành ...").
_BLOC = (
    r"khoi(?:(?:\s+\w+){1,6}?\s+(?:tinh|thanh\s+pho|trung\s+uong)\b|(?:\s+(?!(?:ve|ban|da|vua|cung|tham\s+muu|to\s+chuc"
    r"|chi\s+dao|thuc\s+hien|trien\s+khai|quan\s+triet|xay\s+dung|ky|duoc|tiep|thong\s+qua|phoi\s+hop|yeu\s+cau"
    r"|huong\s+dan|se)\b)\w+){0,2})"
)
_COMMUNE_COMMITTEE = r"dang\s+uy\s+(?:xa|phuong|thi\s+tran|dac\s+khu)\b"
# The Party committee of a body, a bloc or a commune, named as written up to the unit that places it: "Đảng ủy
# Quân sự tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh" (the Party committee of a state body is not the state body),
# "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Chính phủ", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
# "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy xã Tân Lập".
# Army units by their own numbers: "Đảng ủy Quân khu 7", "Đảng ủy Trung đoàn 812" (issuers.ARMY_UNIT_LEVELS).
# (the services by name: "Đảng ủy Quân chủng Hải quân", "Quân chủng Phòng không - Không quân")
ARMY_UNIT = (
    r"(?:quan\s+chung\s+(?:hai\s+quan|phong\s+khong\s*-\s*khong\s+quan)|quan\s+khu|quan\s+doan|quan\s+chung"
    r"|binh\s+chung|su\s+doan|lu\s+doan|trung\s+doan|tieu\s+doan"
    # border posts and the coast guard's regions: "Đảng ủy Đồn Biên phòng Bờ Y", "Đảng ủy Cảnh sát biển Vùng 4"
    r"|don\s+bien\s+phong(?:\s+cua\s+khau(?:\s+quoc\s+te)?)?|canh\s+sat\s+bien\s+vung|vung\s+canh\s+sat\s+bien)"
)
# An enterprise, a hospital, a school, with its own name up to the verb or the punctuation that ends it: the
# Party committee or cell of one ("Đảng ủy Công ty Than Hà Lầm", "Đảng ủy Tập đoàn Điện lực Việt Nam đã ban hành",
# "Đảng ủy Bệnh viện", "Chi bộ Trường THCS Tân Hòa xây dựng").
# Central agencies named in full (their names hold words that otherwise end a name: "tối cao", "Nhà nước"):
# "Ban cán sự đảng Tòa án nhân dân tối cao", "Đảng ủy Kho bạc Nhà nước"
CENTRAL_AGENCY = (
    r"(?:toa\s+an\s+nhan\s+dan\s+toi\s+cao|vien\s+kiem\s+sat\s+nhan\s+dan\s+toi\s+cao|kho\s+bac\s+nha\s+nuoc"
    r"|kiem\s+toan\s+nha\s+nuoc|ngan\s+hang\s+nha\s+nuoc(?:\s+viet\s+nam)?|bao\s+hiem\s+xa\s+hoi\s+viet\s+nam"
    r"|thanh\s+tra\s+chinh\s+phu|uy\s+ban\s+dan\s+toc|thong\s+tan\s+xa\s+viet\s+nam|dai\s+tieng\s+noi\s+viet\s+nam"
    r"|dai\s+truyen\s+hinh\s+viet\s+nam)"
)
# The rest of a body's name, up to what follows a name: punctuation, a verb, "về", "của" ...
_NAME_RUN = (
    # (not "có", "tại": folded they are also "Cổ [phần]", "Tài [chính]" of names; a name may hold " - ": "Tập đoàn
    # Công nghiệp Than - Khoáng sản Việt Nam"; "Đa khoa" folds like "đã")
    # (and a number that ends a name: "Bệnh viện Quân y 175", "Trường Sĩ quan Lục quân 1")
    r"(?:(?:\s+[a-z]+|\s+-\s+[a-z]+){0,9}?(?:\s+\d{1,4})?(?=\s*[,.;:()\"]|\s+-\s+[a-z]+\s+(?:da|vua|ban\s+hanh)\b|\s*-\s*$"
    r"|\s*$|\s+(?:da(?!\s+khoa)|vua|cung|moi|kip\s+thoi|ban\s+hanh|xay\s+dung|ra|khoa\s+[ivxl]{1,6}"
    r"|thuc\s+hien|trien\s+khai|cu\s+the\s+hoa|quan\s+triet|to\s+chuc|lanh\s+dao|ve|cua|va|theo|nham|de"
    # ("được" folds like "Dược": "Trường Đại học Y Dược Thái Bình", "Công ty Cổ phần Dược phẩm ...")
    r"|(?<!\sy\s)duoc(?!\s+pham)|tham\s+muu|phoi\s+hop|chi\s+dao"
    # (the verbs of reported speech: "đồng chí Bí thư Đảng ủy Bộ nhấn mạnh ...")
    r"|nhan\s+manh|cho\s+biet|khang\s+dinh|de\s+nghi|yeu\s+cau|phat\s+bieu|chi\s+ro|neu\s+ro|thong\s+tin|bao\s+cao"
    r"|danh\s+gia|tiep\s+tuc|luu\s+y|lan\s+luot|deu|chung\s+toi)\b))?"
)
_DEPARTMENT_FIELDS = (
    r"y\s+te|tai\s+chinh|noi\s+vu|tu\s+phap|cong\s+thuong|xay\s+dung|giao\s+thong\s+van\s+tai|ngoai\s+vu|du\s+lich"
    r"|giao\s+duc\s+va\s+dao\s+tao|khoa\s+hoc\s+va\s+cong\s+nghe|ke\s+hoach\s+va\s+dau\s+tu|tai\s+nguyen\s+va\s+moi\s+truong"
    r"|nong\s+nghiep\s+va\s+(?:phat\s+trien\s+nong\s+thon|moi\s+truong)|thong\s+tin\s+va\s+truyen\s+thong"
    r"|lao\s+dong\s*-\s*thuong\s+binh\s+va\s+xa\s+hoi|van\s+hoa\s*(?:,|-|va)\s*the\s+thao(?:\s+va\s+du\s+lich)?"
    r"|dan\s+toc\s+va\s+ton\s+giao|lao\s+dong|thong\s+tin|ton\s+giao"
)
INSTITUTION = (
    # (ministries whose names hold "và", which otherwise ends a name, or a verb: "Bộ Xây dựng")
    r"(?:" + CENTRAL_AGENCY + r"|bo\s+(?:ke\s+hoach\s+va\s+dau\s+tu|xay\s+dung|khoa\s+hoc\s+va\s+cong\s+nghe"
    r"|giao\s+duc\s+va\s+dao\s+tao|tai\s+nguyen\s+va\s+moi\s+truong"
    r"|nong\s+nghiep\s+va\s+(?:phat\s+trien\s+nong\s+thon|moi\s+truong)|thong\s+tin\s+va\s+truyen\s+thong"
    r"|lao\s+dong\s*-\s*thuong\s+binh\s+va\s+xa\s+hoi|van\s+hoa\s*,\s*the\s+thao\s+va\s+du\s+lich)"
    # a province's departments, by their fields ("sở" folds like "số", so never a bare "so"): "Đảng ủy Sở Y tế",
    # "Đảng ủy Sở Giáo dục và Đào tạo"
    r"|so\s+(?:" + _DEPARTMENT_FIELDS + r")(?=\s*[,.;:()\"]|\s*$|\s+[a-z])"
    # (or the department the article is about, unnamed, right before its verb: "Đảng ủy Sở đã ban hành ...")
    # (the verb may lie past the end of a search that stops at it: "\s*$")
    r"|so(?=\s+(?:(?:da|vua|cung)\s+)*(?:ban\s+hanh|xay\s+dung|trien\s+khai|chi\s+dao|lanh\s+dao)\b|\s+$)"
    # (likewise the station the article is about: "Đảng ủy Đài đã ban hành ...")
    r"|dai(?=\s+(?:(?:da|vua|cung)\s+)*(?:ban\s+hanh|xay\s+dung|trien\s+khai|chi\s+dao|lanh\s+dao)\b|\s+$)"
    # the press: "Đảng ủy Báo Lao Động", "Đảng ủy Đài Phát thanh và Truyền hình Bến Tre", "Chi bộ Tạp chí Cộng sản"
    # ("bảo", "bão" fold like "báo": not before the words that make them a verb or another noun)
    r"|bao(?=\s+(?!(?:dam|ve|ton|quan(?!\s+doi)|hiem|tang|tri|luu|lanh|mat|ho|dung|cao|chua|lut)\b))"
    r"|dai\s+phat\s+thanh(?:\s*(?:-|va)\s*truyen\s+hinh)?|dai\s+truyen\s+hinh|tap\s+chi|thong\s+tan\s+xa"
    # (a mass organisation's: "Đảng ủy Liên đoàn Lao động tỉnh")
    r"|lien\s+doan\s+lao\s+dong|(?:tong\s+)?cong\s+ty|tap\s+doan|benh\s+vien|hoc\s+vien|ngan\s+hang|bo(?!\s+(?:chinh|doi)\b)|dai\s+hoc"
    r"|truong(?:\s+(?:dai\s+hoc|cao\s+dang|trung\s+cap|chinh\s+tri|thpt|thcs|tieu\s+hoc|mam\s+non))?)"
    + _NAME_RUN
)
# The Fatherland Front and the mass organisations as one Party body (since 2025): "Đảng ủy Mặt trận Tổ quốc, các
# đoàn thể Trung ương", "Đảng ủy Mặt trận Tổ quốc Việt Nam và các đoàn thể Trung ương"
_FRONT_AND_UNIONS = r"(?:mat\s+tran\s+to\s+quoc|mttq)(?:\s+viet\s+nam)?\s*(?:,|\s+va)?\s+cac\s+doan\s+the"
# Commissions of earlier terms: "Ban Tư tưởng - Văn hóa Trung ương" (to 2007), "Ban Khoa giáo Trung ương" (to 2017)
_FORMER_COMMISSIONS = r"tu\s+tuong\s*[-\x1a]?\s*van\s+hoa|khoa\s+giao"
_PARTY_COMMITTEE_OF = (
    r"(?:dang\s+uy\s+(?:bo\s+doi\s+bien\s+phong(?!\s+(?:tinh|thanh\s+pho)\b)|"
    r"(?:quan\s+su|cong\s+an|bo\s+doi\s+bien\s+phong|bdbp|bien\s+phong|uy\s+ban\s+nhan\s+dan|ubnd"
    r"|bo\s+chi\s+huy\s+(?:quan\s+su|bo\s+doi\s+bien\s+phong)"
    r"|hoi\s+dong\s+nhan\s+dan|hdnd|cac\s+co\s+quan\s+dang)\s+(?:tinh|thanh\s+pho|tp\b\.?|huyen|quan|thi\s+xa|trung\s+uong)"
    r"|chinh\s+phu|quoc\s+hoi|"
    + _FRONT_AND_UNIONS
    + r"\s+(?:trung\s+uong|tinh|thanh\s+pho)|"
    + INSTITUTION
    + r"|"
    + ARMY_UNIT
    + r"(?:\s+\d{1,4}\b)?|"
    + _BLOC
    + r")|"
    + _COMMUNE_COMMITTEE
    # by their initials: "ĐUQS tỉnh", "ĐUCA huyện", "ĐUBP tỉnh" (expanded by issuers._expand_state_abbreviations)
    + r"|du(?:qs|ca|bp)\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa)\b|du(?:qh|cp)\b"
    + r")"
)
_ANTI_CORRUPTION = r"phong\s*,\s*chong\s+tham\s+nhung(?:\s*,\s*lang\s+phi)?(?:\s*,\s*tieu\s+cuc)?"
# Words that start a body's verb phrase, not its name ("đã", "cũng", "tham mưu", "ban hành", ...)
_VERB_WORDS = (
    r"(?:da|cung|vua|tiep\s+tuc|tham\s+muu|ban\s+hanh|xay\s+dung|chi\s+dao|lanh\s+dao|phoi\s+hop|to\s+chuc"
    r"|ra)\b"
)
_NOT_A_VERB = rf"(?!{_VERB_WORDS})"
_ORG_HEADS: tuple[tuple[str, str], ...] = (
    # central
    # "BCH TƯ" folds to "bch tu": the provincial body is written "BCH Đảng bộ tỉnh", never "BCH TU"
    (r"(?:ban\s+chap\s+hanh|bch)\s+(?:trung\s+uong|tw|t\.\s?u|tu\b)(?:\s+dang)?", "Ban Chấp hành Trung ương"),
    # a plenum speaks for the Central Committee: "Hội nghị Trung ương 5 khóa XIII", "Hội nghị lần thứ tư BCH TW"
    (
        r"hoi\s+nghi\s+(?:lan\s+thu\s+(?:\d+|"
        + WORD_ORDINAL_RE
        + r")\s*,?\s*)?(?:(?:ban\s+chap\s+hanh|bch)\s+)?"
        r"(?:trung\s+uong|t\.\s?u|tw)(?:\s+dang)?(?:\s+(?:lan\s+thu\s+)?\d{1,2}\b)?",  # "Hội nghị T.Ư 8"
        "Ban Chấp hành Trung ương",
    ),
    (r"trung\s+uong\s+dang", "Ban Chấp hành Trung ương"),  # "của Trung ương Đảng"
    (r"(?:ban\s+)?thuong\s+vu\s+quan\s+uy\s+trung\s+uong", "Thường vụ Quân ủy Trung ương"),
    (r"quan\s+uy\s+trung\s+uong", "Quân ủy Trung ương"),
    (r"dang\s+uy\s+cong\s+an\s+trung\s+uong", "Đảng ủy Công an Trung ương"),
    (r"bo\s+chinh\s+tri|bct", "Bộ Chính trị"),
    (r"ban\s+bi\s+thu(?!\s+(?:trung\s+uong\s+)?doan\b)(?:\s+trung\s+uong(?:\s+dang)?)?|bbt", "Ban Bí thư"),
    # (the Centre abbreviated: "Văn phòng TW Đảng", "Ban Tổ chức TW"; "TƯ" folds like a province's "TU": not here)
    (r"van\s+phong\s+(?:trung\s+uong|tw)(?:\s+dang)?", "Văn phòng Trung ương"),
    (r"(?:uy\s+ban\s+kiem\s+tra|ubkt)\s+(?:trung\s+uong|tw)", "Ủy ban Kiểm tra Trung ương"),
    (
        r"ban\s+(?:to\s+chuc|tuyen\s+giao(?:\s+va\s+dan\s+van)?|dan\s+van|noi\s+chinh|kinh\s+te|doi\s+ngoai"
        r"|" + _FORMER_COMMISSIONS + r")\s+(?:trung\s+uong|tw)",
        "@central_commission",
    ),
    (
        r"dai\s+hoi\s+dai\s+bieu\s+toan\s+quoc(?:\s+lan\s+thu\s+\w+)?(?:\s+cua\s+dang)?",
        "Đại hội đại biểu toàn quốc",
    ),
    # provincial and below
    # The standing board, standing office or inspection commission of a Party committee of a body, a bloc or a
    # commune: "Ban Thường vụ Đảng ủy UBND tỉnh", "Thường trực Đảng ủy phường", "BTV Đảng ủy Khối ... tỉnh".
    (
        r"(?:ban\s+thuong\s+vu|btv|thuong\s+truc|thuong\s+vu|uy\s+ban\s+kiem\s+tra|ubkt)\s+"
        + _PARTY_COMMITTEE_OF,
        "@board_of",
    ),
    (r"(?:ban\s+thuong\s+vu|btv)\s+" + _COMMITTEE, "@standing"),
    (
        # ("TP", "TP.HCM", "TPHCM": the city)
        r"(?:ban\s+chap\s+hanh|bch)\s+dang\s+bo\s+(?:cac\s+co\s+quan\s+dang\s+(?:tinh|thanh\s+pho)|tinh|thanh\s+pho"
        r"|tp\b\.?(?:\s*hcm\b)?|tphcm\b|huyen"
        r"|quan|thi\s+xa|xa|phuong|thi\s+tran|dac\s+khu|" + _BLOC + ")",
        "@executive",
    ),
    # the Party organisations of the Government, the National Assembly, the Centre's Party bodies (since 2025)
    (
        r"(?:(?:ban\s+chap\s+hanh|bch|ban\s+thuong\s+vu|btv)\s+)?dang\s+bo\s+(?:chinh\s+phu|quoc\s+hoi"
        r"|cac\s+co\s+quan\s+dang\s+trung\s+uong|" + _FRONT_AND_UNIONS + r"\s+trung\s+uong)",
        "@national_party_body",
    ),
    (r"(?:uy\s+ban\s+kiem\s+tra|ubkt)\s+" + _COMMITTEE, "@inspection"),
    # "Đồng thời, Ủy ban Kiểm tra ban hành ...": the one named in full before (completed by loaders.extract)
    (
        r"uy\s+ban\s+kiem\s+tra(?=\s+(?:(?:da|vua|cung)\s+)*(?:ban\s+hanh|xay\s+dung)\b|\s*$)",
        "Ủy ban Kiểm tra",
    ),
    # "BTV TU", "BTV HU": the committee by its organ code (upper case only: issuers.py checks the case)
    (r"(?:ban\s+thuong\s+vu|btv)\s+(?:tu|hu|qu)(?![\w.])", "@standing_code"),
    # The Fatherland Front and the mass organisations, with their standing boards: "Ủy ban MTTQ tỉnh", "Ban
    # Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Thường vụ Hội Nông dân tỉnh", "Tỉnh đoàn".
    (
        r"(?:(?:ban\s+thuong\s+truc|ban\s+thuong\s+vu|btv|ban\s+chap\s+hanh|bch)\s+)?"
        r"(?:(?:uy\s+ban\s+)?(?:mat\s+tran\s+to\s+quoc|mttq)(?:\s+viet\s+nam|\s+vn)?"
        r"|hoi\s+(?:nong\s+dan|lien\s+hiep\s+phu\s+nu|lhpn|cuu\s+chien\s+binh|ccb)(?:\s+viet\s+nam)?"
        r"|lien\s+doan\s+lao\s+dong|ldld|doan\s+thanh\s+nien(?:\s+cong\s+san\s+ho\s+chi\s+minh)?"
        r"|(?:tinh|thanh|huyen|quan)\s+doan)"
        r"(?:\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong)\b)?",
        "@mass_org",
    ),
    # "Ban Thường vụ ban hành ...": the committee is named earlier in the article; level from the organ code
    (r"ban\s+thuong\s+vu|btv", "@bare_standing"),
    # "Ban Chấp hành Đảng bộ đã ban hành ...": likewise, when the verb follows
    # the executive committee of an institution's Party organisation: "BCH Đảng bộ Đại học Thái Nguyên"
    (r"(?:ban\s+chap\s+hanh|bch)\s+dang\s+bo\s+" + INSTITUTION, "@led_body"),
    # ... of a province's People's Committee or Party agencies (since 2025): "Ban Chấp hành Đảng bộ UBND tỉnh"
    (
        r"(?:ban\s+chap\s+hanh|bch)\s+dang\s+bo\s+(?:uy\s+ban\s+nhan\s+dan|ubnd|cac\s+co\s+quan\s+dang)"
        r"\s+(?:tinh|thanh\s+pho)\b",
        "@led_body",
    ),
    (r"(?:ban\s+chap\s+hanh|bch)\s+dang\s+bo", "@bare_executive"),
    # "Ban Chấp hành thông qua ...": the committee named in full earlier (completed by loaders.extract)
    (r"ban\s+chap\s+hanh", "@bare_board_of_executive"),
    (
        # (a commune's since 2025: "Ban Xây dựng Đảng Đảng ủy xã")
        r"ban\s+(?:to\s+chuc|tuyen\s+giao(?:\s+va\s+dan\s+van)?|dan\s+van|noi\s+chinh|kinh\s+te|xay\s+dung\s+dang|doi\s+ngoai|"
        + _FORMER_COMMISSIONS
        + r")\s+"
        + _COMMITTEE
        + r"(?:\s+(?:xa|phuong|thi\s+tran|dac\s+khu)\b)?",  # ("Ban Tuyên giáo Đảng ủy xã")
        "@commission",
    ),
    (r"van\s+phong\s+" + _COMMITTEE, "@commission"),
    # by their initials: "BTG Tỉnh ủy", "BDV Huyện ủy", "BTC Thành ủy" (upper case only: issuers.py checks the case)
    (r"(?:btg|bdv|btc)\s+" + _COMMITTEE, "@commission"),
    # named by the review it steers (the 2024-2025 streamlining): "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của
    # Tỉnh ủy", "Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18"
    (
        r"ban\s+chi\s+dao\s+(?:trung\s+uong\s+)?(?:so\s+ket\s*(?:,|va)\s*)?tong\s+ket\s+(?:viec\s+(?:thuc\s+hien\s+)?)?"
        r"(?:nghi\s+quyet|nq)\s+(?:so\s+)?\d{1,3}(?:\s*-\s*nq\s*/\s*tw)?"
        r"(?:\s+cua\s+(?:trung\s+uong|bo\s+chinh\s+tri|tinh\s+uy|thanh\s+uy|huyen\s+uy))?",
        "@review_steering",
    ),
    # "Ban Chỉ đạo 35 Tỉnh ủy", "Ban Chỉ đạo 57 của Tỉnh ủy"
    (r"ban\s+chi\s+dao\s+(?:\d{1,3}\s+(?:cua\s+)?)?" + _COMMITTEE, "@steering"),
    # (with what it steers, up to its verb: "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng
    # tạo và chuyển đổi số ban hành ...")
    # "Ban Chỉ đạo 35 Trung ương" (on protecting the Party's ideological foundation), by its number
    (r"ban\s+chi\s+dao\s+\d{1,3}\s+trung\s+uong", "@central_steering"),
    # the anti-corruption steering committees, named by their topic, whose commas belong to the name: "Ban Chỉ đạo
    # Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh
    # Quảng Ngãi" (the province's, since 2022)
    (r"ban\s+chi\s+dao\s+trung\s+uong\s+ve\s+" + _ANTI_CORRUPTION, "@central_steering"),
    (
        r"ban\s+chi\s+dao\s+(?:ve\s+)?" + _ANTI_CORRUPTION + r"\s+(?:tinh|thanh\s+pho)\b",
        "@provincial_steering",
    ),
    # a province's, alone, by its number or by its topic up to the unit: "Ban Chỉ đạo tỉnh", "Ban Chỉ đạo 35 tỉnh",
    # "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh" (the topic holds no
    # clause of its own)
    (
        r"ban\s+chi\s+dao(?:\s+\d{1,3}|\s+ve\s+(?:(?!(?:tham\s+muu|cua|ban\s+hanh|da|vua)\b)[^.;:\d\n()\"\x1a]){3,120}?)?"
        r"\s+(?:tinh|thanh\s+pho)\b",
        "@provincial_steering",
    ),
    (
        # (its topic never runs over an adviser's clause: "..., Văn phòng Tỉnh ủy đã tham mưu Ban Thường vụ ban hành")
        r"ban\s+chi\s+dao\s+trung\s+uong(?:\s+ve\s+(?:(?!tham\s+muu)[^.;:\d\n()\"\x1a]){3,120}?"
        r"(?=\s+(?:da\s+|vua\s+)?ban\s+hanh\b))?",
        "@central_steering",
    ),
    # "Ban Chỉ đạo đã ban hành ...": the one named in full earlier (completed by loaders.extract)
    (r"ban\s+chi\s+dao(?=\s*$|\s+(?:da|vua|cung|ban\s+hanh)\b)", "@bare_steering"),
    (r"(?:thuong\s+truc|tt)\s+" + _COMMITTEE, "@standing_office"),  # "Thường trực Tỉnh ủy", "TT Huyện ủy"
    (_PARTY_COMMITTEE_OF, "@party_committee_of"),
    # Bodies named by what they lead, as written, up to the unit that places them: "Đảng đoàn Hội đồng nhân dân
    # tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đảng đoàn Quốc hội".
    # a ministry's, by its name up to the verb: "Ban cán sự đảng Bộ Tài chính đã ban hành"
    (r"(?:ban\s+can\s+su|bcs)\s+dang\s+(?=bo\b|" + CENTRAL_AGENCY + ")" + INSTITUTION, "@led_body"),
    (
        # (its words are a name's, never a verb's: "Đảng đoàn đã tham mưu Ban Thường vụ Tỉnh ủy ...")
        r"(?:dang\s+doan(?:\s+"
        + _NOT_A_VERB
        + r"[a-z]+){0,10}?|(?:ban\s+can\s+su|bcs)\s+dang(?:\s+[a-z]+){0,7}?)"
        r"\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|quoc\s+hoi|chinh\s+phu"
        r"|viet\s+nam(?:\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa)\b)?)",
        "@led_body",
    ),
    # "Ban cán sự đảng đã ban hành ...": the one named in full earlier (completed by loaders.extract)
    (r"(?:ban\s+can\s+su|bcs)\s+dang\b", "Ban cán sự đảng"),
    # "Đảng đoàn đã tham mưu ...", "Đảng đoàn cũng ban hành ...": likewise, when a verb or a stop follows
    (
        # (or the end of the window searched, which stops at the verb)
        r"dang\s+doan(?=\s*[,.;:)]|\s*$|\s+" + _VERB_WORDS + ")",
        "@bare_party_group",
    ),
    # the Party organisation of a unit, named as the body: "Đảng bộ xã Tân Lập đã ban hành ..."
    (
        r"dang\s+bo\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|dac\s+khu)\b",
        "@party_organisation",
    ),
    (_COMMITTEE, "@committee"),
    # a village's, a neighbourhood's or a unit's Party cell: "Chi bộ thôn Đông Hòa", "Chi bộ khu phố 3", "Chi bộ
    # Đồn Biên phòng Cửa khẩu ..."
    (
        r"chi\s+bo\s+(?:thon|ap|ban|buon|bon|lang|plei|soc|khom|xom|khu\s+pho|to\s+dan\s+pho|khoi\s+pho|to(?=\s+\d)"
        r"|don\s+bien\s+phong(?:\s+cua\s+khau)?|dai\s+doi|tieu\s+doan)(?:\s+(?:so\s+)?\d{1,3}\b)?|chi\s+bo\s+"
        + INSTITUTION
        # a unit's or a ward's: "Chi bộ Công an xã Tân Thành", "Chi bộ Khoa Hồi sức tích cực", "Chi bộ Phòng An ninh"
        + r"|chi\s+bo\s+cong\s+an\s+(?:xa|phuong|thi\s+tran)\b|chi\s+bo\s+(?:khoa|phong)(?=\s)"
        + _NAME_RUN
        # a mass organisation's or an office's: "Chi bộ Hội Nông dân tỉnh", "Chi bộ cơ quan Ủy ban Mặt trận Tổ quốc
        # tỉnh", "Chi bộ Văn phòng Đảng ủy"
        # ... a commune's military or a border station's: "Chi bộ Quân sự xã Tân Hà", "Chi bộ Trạm Kiểm soát Biên phòng"
        + r"|chi\s+bo\s+(?:co\s+quan\s+)?(?:hoi|uy\s+ban|mat\s+tran|mttq|tinh\s+doan|thanh\s+doan|huyen\s+doan"
        r"|doan\s+thanh\s+nien|van\s+phong|trung\s+tam|quan\s+su|tram)(?=\s)" + _NAME_RUN,
        "@cell",
    ),
    (
        r"dai\s+hoi\s+dang\s+bo\s+(?:tinh|thanh\s+pho|tp\b\.?(?:\s*hcm\b)?|tphcm\b|huyen|quan|thi\s+xa|xa|phuong)",
        "@congress",
    ),
    # state bodies (optional documents, but their issuers keep them from polluting Party issuers)
    (r"thu\s+tuong\s+chinh\s+phu|thu\s+tuong", "Thủ tướng Chính phủ"),
    (r"chinh\s+phu", "Chính phủ"),
    (r"uy\s+ban\s+thuong\s+vu\s+quoc\s+hoi|ubtvqh", "Ủy ban Thường vụ Quốc hội"),
    (r"quoc\s+hoi", "Quốc hội"),
    (
        r"(?:uy\s+ban\s+nhan\s+dan|ubnd)\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong)",
        "@people_committee",
    ),
    (
        r"(?:hoi\s+dong\s+nhan\s+dan|hdnd)\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong)",
        "@people_council",
    ),
    # last resort: "của Trung ương" after a numbered document names the Central Committee
    (r"trung\s+uong", "Ban Chấp hành Trung ương"),
)
# A plenary adopting documents, before its verb: "Hội nghị đã thảo luận, thống nhất [ban hành / thông qua]"
# (loaders.find reads the documents it names, loaders.attributes the committee whose plenary it is).
# ("Hội nghị đã thảo luận và thống nhất ban hành ...": "thống nhất" may be read with the verb)
MEETING_ADOPTS = (
    r"hoi\s+nghi\s+(?:(?:cung|da|vua)\s+)*(?:thao\s+luan(?:\s*,|\s+va)?\s*)?(?:(?:va\s+)?thong\s+nhat\s+)?"
    r"(?:bieu\s+quyet\s+)?"  # ("Hội nghị đã biểu quyết thông qua ...")
)
# A territorial unit named by its level word alone ("chỉ thị của tỉnh", "kế hoạch của huyện"), and that level.
LEVEL_OF_UNIT_WORD = {
    "tinh": "provincial",
    "thanh pho": "provincial",
    "huyen": "district",
    "quan": "district",
    "thi xa": "district",
    "xa": "grassroots",
    "phuong": "grassroots",
}
UNIT_WORD_RE = r"tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong"
# Small counts written as words, folded: "hai", "ba", ... "mười" ("ban hành ba nghị quyết chuyên đề")
NUMBER_WORDS = r"(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
# The implementing verbs, folded: one list for every rule that asks "is this right after / before a cue?".
# The mark that opens an item of a list on its own line, folded: a dash, "+", "*", a bullet (any symbol folds to
# \x1a), "1." or "1)", "(2)", "(ii)", "a)".
ITEM_MARK = r"(?:[-+*\x1a]|\(?\d{1,2}[.)]|\([ivx]{1,4}\)|[ivx]{1,4}[.)]|\(?[a-z]\))"
# "respectively", folded: "lần lượt", "theo thứ tự", "tương ứng" ("Kế hoạch số 55 và Kế hoạch số 56, theo thứ tự thực
# hiện Nghị quyết số 18 và Nghị quyết số 19")
RESPECTIVELY = r"(?:lan\s+luot|theo\s+thu\s+tu|tuong\s+ung)"
# ("hiện thực hóa" realises a document, "thực thi" carries it out: "Để hiện thực hóa Nghị quyết số 68-NQ/TW, ...")
IMPLEMENTING_VERBS = (
    r"thuc\s+hien|cu\s+the\s+hoa|the\s+che\s+hoa|quan\s+triet|trien\s+khai|hien\s+thuc\s+hoa|thuc\s+thi"
)
# (led by the first letters of every head, which lets a search pass over other positions fast)
_ORG_ALTERNATIVES = "|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(_ORG_HEADS))
ORG_RE = re.compile(rf"(?=[bcdhlmqtuv])\b(?:{_ORG_ALTERNATIVES})\b")
ORG_CANON: tuple[str, ...] = tuple(c for _, c in _ORG_HEADS)

# Words a place name following an organisation may not start with (they begin the next phrase instead).
NOT_PLACE_WORDS = frozenset(
    # Capitalised words that can follow a body without being a place ("Tỉnh ủy Về ...", "TỈNH ỦY ĐÃ BAN HÀNH"),
    # lower-cased with their diacritics: "Đà Nẵng", "Cửa Lò", "Nghi Lộc", "Cư Jút" are places; "đã", "của",
    # "nghị", "cụ" are not.
    {
        "về", "ngày", "đã", "đang", "đảng", "khóa", "nhiệm", "thực", "triển", "cụ", "tại", "theo", "của",
        "và", "với", "để", "nhằm", "ban", "lần", "số", "các", "những", "được", "thể", "tổ", "trên", "cùng",
    }
)  # fmt: skip
# Words that are places in some names and not in others: not a place when the next word makes the phrase
# ("Hội nghị" but "Hội An", "Đại hội" but "Đại Lộc", "Trung ương" but "Trung Hòa", "Quán triệt" but "Định Quán",
# "Quán Triều").
NOT_PLACE_PHRASES = frozenset(
    {
        ("hội", "nghị"), ("hội", "đồng"), ("đại", "hội"), ("đại", "biểu"), ("trung", "ương"), ("bí", "thư"),
        ("quán", "triệt"), ("nghị", "quyết"), ("nghị", "định"),  # ("phường Lê Thanh Nghị" is a place)
        # a sentence after a "TP." that ends one ("... của Đảng ủy Công an TP. Sau đó, ...")
        ("sau", "đó"), ("sau", "khi"), ("trước", "đó"),
    }
)  # fmt: skip
