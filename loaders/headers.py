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

from loaders.attributes import DATE_RE, Found, Issuance, level_of_organ, parse_date
from loaders.find import RawMention
from loaders.issuers import OrgMatch, find_orgs, match_org
from loaders.lexicon import HEAD_RE, ORG_RE
from loaders.normalize import NormalisedText

# The number line: "Số 47-KH/TU", "Số: 47-KH/TU", after table bars or spaces; searched up to the mention.
_NUMBER_LINE = re.compile(r"(?:^|\n)[ \t|]*so\s*:?\s*$")
# The date line right below, or below the motto or a dispatch's "V/v ..." line: "Đắk Lắk, ngày 25 tháng 7 năm
# 2025", "Hà Nội, ngày 03/10/2024".
_DATE_LINE = re.compile(
    r"(?:[ \t|]*\n[^\n]{0,200}?){0,2}[ \t|]*\n[ \t|]*(?:[^\W\d_][^\n,\d]{0,30},\s*)?ngay\s+(?=\d)"
)  # (a place holds no digit: "thực hiện Chỉ thị số 40-CT/TW, ngày 22/11/2014" is a title line)
# A record's number field: "Số/Ký hiệu: 152-KH/TU", "Số ký hiệu:", "Ký hiệu:".
# (legal databases: "Số hiệu: 235-KH/TU | Loại văn bản: Kế hoạch | Nơi ban hành: Tỉnh ủy Quảng Ninh")
# ("Số, ký hiệu gốc: 28-NQ/TW" in a register of incoming documents)
_NUMBER_LABEL = r"(?:so\s*[/,]?\s*ky\s+hieu(?:\s+goc)?|ky\s+hieu|so\s+van\s+ban|so\s+hieu(?:\s+van\s+ban)?)"
_NUMBER_FIELD = re.compile(r"(?:^|\n|;|\|)[ \t|]*" + _NUMBER_LABEL + r"\s*:?\s*$")
# The record's other fields, up to the next number field: its date and its issuing body; a field opens a line
# or follows a semicolon or a bar ("Số văn bản: 30-KH/TU; Ngày ban hành: 15/01/2021; ...").
# (fields on one line may be kept apart by dashes: "Số hiệu: 35-CT/TW — Ngày ban hành: 14/06/2024 — Cơ quan ban
# hành: Bộ Chính trị")
# (or by a tab, the label without a colon: "Ngày ký<tab>18/5/2023", "Cơ quan<tab>Tỉnh ủy Lâm Đồng")
_DATE_FIELD = re.compile(
    r"[\n;|-][ \t|]*(?:ngay\s+ban\s+hanh|ngay\s+bh|ngay\s+ky|ngay\s+van\s+ban|ngay(?=\s*:))(?:\s*:\s*|[ ]*\t\s*)"
)
_ISSUER_FIELD = re.compile(
    r"[\n;|-][ \t|]*(?:(?:co\s+quan|noi)(?:\s+ban\s+hanh)?\s*:\s*"
    r"|(?:co\s+quan(?:\s+ban\s+hanh)?|noi\s+ban\s+hanh)[ ]*\t\s*)"
)
_NEXT_NUMBER_FIELD = re.compile(r"[\n;|-][ \t|]*" + _NUMBER_LABEL + r"\s*:")
_RECORD_SPAN = 600
# The summary field opening with the type and a cue: "Trích yếu: Kế hoạch thực hiện ...".
# (or the cue right after the label: "Trích yếu: Triển khai thực hiện Nghị quyết số 57-NQ/TW ...")
# (or after the title's own words: "Trích yếu: Kế hoạch tổ chức nghiên cứu, học tập, quán triệt ... Nghị quyết ...",
# "Trích yếu: Nghị quyết về phát triển thành phố ..., thực hiện Nghị quyết số 54-NQ/TW"; a summary line with no
# label, opening with the type, right below a record's fields: "Số văn bản: 09-NQ/TU | Ngày: ...\nNghị quyết về tổ
# chức thực hiện ...")
_SUMMARY_THEN_CUE = re.compile(
    r"[\n;|][ \t|]*trich\s+yeu(?:\s*:\s*|[ ]*\t\s*)(?:[^\n|;\d]{0,160}?\s)?$"
    rf"|(?<=\n)[ \t]*(?:{HEAD_RE})\b[^\n|;\d]{{0,160}}?\s$"
)
# A dispatch's subject line right below its number: "V/v triển khai thực hiện Quy định số 377-QĐ/TW".
_ABOUT_THEN_CUE = re.compile(r"\n[ \t|]*v\s*/\s*v\s*:?\s*(?:(?:huong\s+dan|to\s+chuc|tiep\s+tuc)\s+)?$")
# Lines above the number line that may stand between it and the body: "*", "---", the Party's name.
_LINES_ABOVE = 4
# The type line in capitals, then the title line opening with a cue: "KẾ HOẠCH\nthực hiện ...".
# The title may name its body and its topic first: "CHỈ THỊ\ncủa Ban Thường vụ Huyện ủy về tăng cường ..., thực
# hiện Nghị quyết ...", "KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện ...".
# ... but a title that reviews or inspects the work carries nothing out: "KẾ HOẠCH\ncủa Ban Thường vụ về sơ kết 5
# năm thực hiện ...", "KẾ HOẠCH\nkiểm tra, giám sát việc thực hiện ...", "THÔNG BÁO KẾT LUẬN\ncủa ... về tình hình
# thực hiện ...".
_NOT_CARRYING_OUT = re.compile(
    r"\b(?:so\s+ket|tong\s+ket|danh\s+gia|kiem\s+tra|giam\s+sat|bao\s+cao|tinh\s+hinh(?!\s+moi)|ket\s+qua)\b"
)
_TYPE_THEN_TITLE = re.compile(
    r"\n[ \t|]*(?P<type>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3})[ \t|]*\n[ \t|]*"
    r"(?:to\s+chuc\s+"  # "KẾ HOẠCH\ntổ chức học tập, quán triệt ... Nghị quyết ..."
    r"|(?:cua\s+[^\n,;]{3,120}?\s+)?ve\s+(?:viec\s+)?(?:tiep\s+tuc\s+)?"
    r"|cua\s+[^\n,;]{3,120}?\s+"
    r"|(?:cua\s+[^\n;]{3,120}?\s+)?ve\s+[^\n;]{3,240}?,\s*"
    r")?$"
)


def on_number_line(nt: NormalisedText, mention: RawMention) -> bool:
    """Does the mention stand alone after 'Số' at the start of a line?"""
    return _NUMBER_LINE.search(nt.fold, max(0, mention.start - 12), mention.start) is not None


def _opens_a_record(nt: NormalisedText, mention: RawMention) -> bool:
    """Is the mention alone on its line, the next line a date or body field ("Kế hoạch số 134-KH/TU\nNgày ban hành:
    30/6/2023\nCơ quan ban hành: Ban Thường vụ Tỉnh ủy")?"""
    line_start = nt.fold.rfind("\n", 0, mention.start) + 1
    line_end = nt.fold.find("\n", mention.end)
    if line_end < 0 or nt.fold[line_start : mention.start].strip() or nt.fold[mention.end : line_end].strip():
        return False
    return bool(_DATE_FIELD.match(nt.fold, line_end) or _ISSUER_FIELD.match(nt.fold, line_end))


def on_number_field(nt: NormalisedText, mention: RawMention) -> bool:
    """Does the mention stand alone in a record's number field ("Số/Ký hiệu: 152-KH/TU")?"""
    return _NUMBER_FIELD.search(nt.fold, max(0, mention.start - 24), mention.start) is not None


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


# --- tables flattened to lines of cells ("1 | 285-KH/TU | 06/01/2025 | Kế hoạch thực hiện ...") -------------------
_COLUMNS = {
    "so, ky hieu": "number",
    "so/ky hieu": "number",
    "so ky hieu": "number",
    "ky hieu": "number",
    "so van ban": "number",
    "van ban": "number",
    "ngay ban hanh": "date",
    "ngay": "date",
    "ngay ky": "date",
    "ngay van ban": "date",
    "ngay ky ban hanh": "date",
    "trich yeu": "summary",
    "noi dung": "summary",
    "ve viec": "summary",
    "v/v": "summary",
    "ten van ban": "summary",
    "co quan ban hanh": "issuer",
    "co quan": "issuer",
    "noi ban hanh": "issuer",
    "don vi": "issuer",
    "don vi ban hanh": "issuer",
    "so hieu van ban": "number",
    "so hieu": "number",
}
# The two sides of a table that pairs documents: the implemented one ("Văn bản Trung ương", "Văn bản của Trung ương
# được cụ thể hóa") and the implementing one ("Văn bản triển khai của Thành ủy", "Văn bản của tỉnh").
_IMPLEMENTED_COLUMN = re.compile(
    r"van\s+ban\b.*(?:\bduoc\s+(?:cu\s+the\s+hoa|the\s+che\s+hoa|trien\s+khai|thuc\s+hien|quan\s+triet)\b.*"
    r"|\b(?:cua\s+)?trung\s+uong)"
    r"|(?:nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh)\s+(?:cua\s+)?trung\s+uong"  # "Nghị quyết Trung ương"
    r"|(?:thuc\s+hien|trien\s+khai|cu\s+the\s+hoa)\s+(?:van\s+ban|nghi\s+quyet|ket\s+luan|chi\s+thi)\b.*"
)
# ("Văn bản ban hành" beside "Văn bản được cụ thể hóa": what was issued to carry the other out)
_IMPLEMENTER_COLUMN = re.compile(
    r"van\s+ban\s+(?:(?:trien\s+khai|thuc\s+hien|cu\s+the\s+hoa)\b.*|(?:cua|do)\s+(?!trung\s+uong\b).*"
    r"|(?:da\s+)?ban\s+hanh)"
)
_HEADER_ROWS_ABOVE = 40
# A table's title naming the body: "DANH MỤC VĂN BẢN DO TỈNH ỦY BAN HÀNH QUÝ I/2025".
_TITLE_BY = re.compile(
    r"\b(?:do|cua|van\s+ban)\s+|\b(?:co\s+quan|noi)\s+ban\s+hanh\s*:\s*"
)  # "... DO X BAN HÀNH", "... CỦA X", "Các văn bản X ban hành", "Văn bản Đảng ủy xã X", "Cơ quan ban hành: X"
_TITLE_ISSUED = re.compile(r"\s+(?:da\s+)?ban\s+hanh\b")


def _cells(line: str) -> list[str]:
    return [" ".join(cell.split()) for cell in line.split("|")]


def _column_kind(cell: str) -> str:
    name = cell.strip(" :")
    if name in _COLUMNS:
        return _COLUMNS[name]
    if name.startswith(("trich yeu", "noi dung")):
        return "summary"  # "Trích yếu nội dung", "Nội dung chính"
    if name.startswith(("so, ky hieu", "so ky hieu", "so/ky hieu", "so hieu")):
        return "number"  # "Số, ký hiệu văn bản"
    if _IMPLEMENTED_COLUMN.fullmatch(name):
        return "implemented"
    if _IMPLEMENTER_COLUMN.fullmatch(name):
        return "implementer"
    return ""


def table_cell(nt: NormalisedText, position: int) -> tuple[int, int, list[str], int] | None:
    """(start of the row, start of the header row, the header's column kinds, the column) of a position in a
    row of cells under a header row of known column names; None elsewhere."""
    fold = nt.fold
    row_start = fold.rfind("\n", 0, position) + 1
    if "|" not in fold[row_start : (fold.find("\n", position) + 1 or len(fold) + 1) - 1]:
        return None
    column = fold.count("|", row_start, position)
    line_start = row_start
    for _ in range(_HEADER_ROWS_ABOVE):
        if line_start == 0:
            break
        above = fold.rfind("\n", 0, line_start - 1) + 1
        line = fold[above : line_start - 1]
        if "|" not in line:
            break
        kinds = [_column_kind(cell) for cell in _cells(line)]
        if sum(1 for kind in kinds if kind) >= 2:
            return row_start, above, kinds, column
        line_start = above
    # no header row: a row whose cells say what they are ("Số 07-KH/ĐU | 22/7/2025 | Kế hoạch triển khai ..."),
    # under the table's title line
    row_end = fold.find("\n", position)
    kinds = _kinds_of_cells(fold[row_start : len(fold) if row_end < 0 else row_end])
    if "number" in kinds and ("date" in kinds or "summary" in kinds):
        return row_start, line_start, kinds, column
    return None


_DATE_CELL = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")
_SYMBOL_CELL = re.compile(r"(?:so\s*:?\s*)?\d{1,4}[a-z]?\s*-\s*[a-z]{1,5}\s*/\s*[a-z][a-z\d.&-]*")
_SUMMARY_CELL = re.compile(rf"(?:{HEAD_RE})\b[^|]{{12,}}")


def _kinds_of_cells(line: str) -> list[str]:
    kinds = []
    for cell in _cells(line):
        if _DATE_CELL.fullmatch(cell):
            kinds.append("date")
        elif _SYMBOL_CELL.fullmatch(cell):
            kinds.append("number")
        elif _SUMMARY_CELL.fullmatch(cell):
            kinds.append("summary")
        else:
            kinds.append("")
    return kinds


def _table_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    """The date and body cells of the row whose number cell holds the mention; the body may be the table's
    title ("... DO TỈNH ỦY BAN HÀNH")."""
    found = table_cell(nt, mention.start)
    if found is None:
        return None
    row_start, header_start, kinds, column = found
    fold = nt.fold
    # (only the document that opens its cell is the row's: "Kế hoạch số 89 thực hiện Kế hoạch 56-KH/TU" names 56)
    opens_cell = fold[
        max(row_start, fold.rfind("|", row_start, mention.start) + 1) : mention.start
    ].strip() in (
        "",
        "so",
        "so:",
    )
    # the number's column, or a name column the mention opens ("Tên văn bản | Ngày ban hành | Cơ quan ban hành"
    # over "Kế hoạch số 25-KH/TU thực hiện ... | 10/02/2025 | Ban Thường vụ Tỉnh ủy")
    if column >= len(kinds) or not opens_cell or kinds[column] not in ("number", "implementer", "summary"):
        return None
    row_end = fold.find("\n", mention.end)
    row_end = len(fold) if row_end < 0 else row_end
    starts = [row_start] + [i + 1 for i in range(row_start, row_end) if fold[i] == "|"]
    found_date = issuer = None
    joint: tuple[OrgMatch, ...] = ()
    for index, (kind, start) in enumerate(zip(kinds, starts, strict=False)):
        offset = start + len(fold[start:row_end]) - len(fold[start:row_end].lstrip(" \t"))
        if kind == "date" and (d := DATE_RE.match(fold, offset)) and (iso := parse_date(d)):
            found_date = Found(iso, d.start(), d.end(), "date.table")
        elif kind == "issuer":
            issuer = match_org(nt, offset)
        elif kind == "summary" and index != column and issuer is None:
            # "57-NQ/TW | 22/12/2024 | Nghị quyết của Bộ Chính trị về ...": the summary names the row's body
            bodies = _bodies_of_summary(nt, offset, row_end)
            if bodies:
                issuer, joint = bodies[0], tuple(bodies[1:])
    if issuer is None and kinds[column] == "implementer":
        issuer = _body_of_column(nt, header_start, column)  # "Văn bản triển khai của Thành ủy"
    if issuer is None:
        title_start = fold.rfind("\n", 0, max(0, header_start - 1)) + 1
        title_end = max(title_start, header_start - 1)
        for title in _TITLE_BY.finditer(fold, title_start, title_end):
            org = match_org(nt, title.end())
            if org and (
                title.group(0).startswith(("cua", "co quan", "noi"))
                or _TITLE_ISSUED.match(fold, org.end)
                or not fold[org.end : title_end].strip(" \t:.")  # the line is the body's name
            ):
                issuer = org
                break
        if issuer is not None and issuer.level == "central" and level_of_organ(mention.organ) != "central":
            issuer = None  # "... cụ thể hóa nghị quyết của Trung ương" titles a table of local documents
    if issuer is None and found_date is None:
        return None
    return Issuance(issuer, found_date, "issuer.header", joint)


# A summary cell opening with the document's type and its body: "Nghị quyết của Bộ Chính trị về ...", "Kết luận của
# Bộ Chính trị, Ban Bí thư về ..."
_SUMMARY_OF = re.compile(rf"(?:{HEAD_RE})\s+cua\s+")
_BODY_JOIN = re.compile(r"\s*(?:,|va|,\s*va)\s*")


def _bodies_of_summary(nt: NormalisedText, offset: int, row_end: int) -> list[OrgMatch]:
    of = _SUMMARY_OF.match(nt.fold, offset, row_end)
    bodies: list[OrgMatch] = []
    pos = of.end() if of else -1
    while pos >= 0 and (org := match_org(nt, pos)) is not None and org.end <= row_end:
        bodies.append(org)
        join = _BODY_JOIN.match(nt.fold, org.end, row_end)
        pos = join.end() if join else -1
    return bodies


_OF_BODY = re.compile(r"\b(?:cua|do)\s+")


def _body_of_column(nt: NormalisedText, header_start: int, column: int) -> OrgMatch | None:
    """The body a column's name gives its documents: "Văn bản triển khai của Thành ủy"."""
    fold = nt.fold
    header_end = fold.find("\n", header_start)
    header_end = len(fold) if header_end < 0 else header_end
    starts = [header_start] + [i + 1 for i in range(header_start, header_end) if fold[i] == "|"]
    if column >= len(starts):
        return None
    cell_end = fold.find("|", starts[column], header_end)
    of = _OF_BODY.search(fold, starts[column], header_end if cell_end < 0 else cell_end)
    return match_org(nt, of.end()) if of else None


def table_pairs(nt: NormalisedText, mentions: list[RawMention]) -> list[tuple[int, int, tuple[int, int]]]:
    """(implementing, implemented, row span) for the rows of a table that pairs documents column by column:
    "Văn bản Trung ương | Văn bản triển khai của Thành ủy | Ngày ban hành" over "Nghị quyết số 66-NQ/TW | Kế
    hoạch số 256-KH/TU | 25/5/2025"."""
    rows: dict[int, dict[str, list[int]]] = {}
    for index, mention in enumerate(mentions):
        found = table_cell(nt, mention.start)
        if (
            found is None
            or found[3] >= len(found[2])
            or found[2][found[3]] not in ("implementer", "implemented")
        ):
            continue
        rows.setdefault(found[0], {}).setdefault(found[2][found[3]], []).append(index)
    pairs = []
    for row_start, sides in rows.items():
        row_end = nt.fold.find("\n", row_start)
        span = (row_start, len(nt.fold) if row_end < 0 else row_end)
        pairs += [(a, b, span) for a in sides.get("implementer", []) for b in sides.get("implemented", [])]
    return pairs


# A table's title naming what its rows carry out: "Văn bản triển khai Nghị quyết 57 tại Lâm Đồng", "Kết quả ban
# hành văn bản triển khai Kế hoạch số 16-KH/TU của Ban Thường vụ Tỉnh ủy:".
_TITLE_CUE = re.compile(r"\b(?:trien\s+khai|thuc\s+hien|cu\s+the\s+hoa)\s+(?:thuc\s+hien\s+)?")


def table_title_pairs(
    nt: NormalisedText, mentions: list[RawMention]
) -> list[tuple[int, int, tuple[int, int]]]:
    """(row document, the title's document, row span) for the documents of a table's rows, when the title line
    above the header says the rows carry out a document."""
    pairs = []
    fold = nt.fold
    for index, mention in enumerate(mentions):
        found = table_cell(nt, mention.start)
        if found is None or found[3] >= len(found[2]) or found[2][found[3]] not in ("number", "implementer"):
            continue
        row_start, header_start = found[0], found[1]
        title_start = fold.rfind("\n", 0, max(0, header_start - 1)) + 1
        cue = next(_TITLE_CUE.finditer(fold, title_start, max(title_start, header_start - 1)), None)
        target = next((j for j, m in enumerate(mentions) if cue is not None and m.start == cue.end()), None)
        if target is not None and target != index:
            row_end = fold.find("\n", row_start)
            pairs.append((index, target, (row_start, len(fold) if row_end < 0 else row_end)))
    return pairs


def table_row_subject(
    nt: NormalisedText, header_mentions: list[tuple[int, RawMention]], cue_start: int
) -> int | None:
    """The document in the number cell of the row whose summary cell opens with the cue at ``cue_start``
    ("| Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"): the index of that mention."""
    found = table_cell(nt, cue_start)
    if found is None:
        return None
    row_start, _, kinds, column = found
    if column >= len(kinds) or kinds[column] != "summary":
        return None
    cell_start = nt.fold.rfind("|", row_start, cue_start) + 1
    if not re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,4}", nt.fold[cell_start:cue_start]):
        return None  # the cue opens the cell, after the type at most ("Chương trình hành động thực hiện")
    # the row's number cell, before the summary or after it ("3 | Kế hoạch thực hiện Kết luận số 121-KL/TW |
    # 141-KH/TW | 06/02/2025")
    row_end = nt.fold.find("\n", cue_start)
    row_end = len(nt.fold) if row_end < 0 else row_end
    cell_end = nt.fold.find("|", cue_start, row_end)
    cell_end = row_end if cell_end < 0 else cell_end
    for index, mention in header_mentions:
        if row_start <= mention.start < row_end and not cell_start <= mention.start < cell_end:
            return index
    return None


# A legal database's title line: "Kế hoạch 45-KH/TU năm 2024 triển khai Chỉ thị 35-CT/TW về ... do Tỉnh ủy Kon Tum
# ban hành": the body at the end of the line issued the document that opens it.
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t|]*(?:\d{1,3}\s*[.)]\s*)?$")
_BY_AT_LINE_END = re.compile(r"\bdo\s+(?=[^\n]{2,120}?\s+ban\s+hanh[ \t.]*(?:\n|$))")


# A listing's line dated before or after its document: "08/01/2024 - Kế hoạch số 210-KH/HU về ...", "3. Kế hoạch
# 01-KH/TW 2025 thực hiện ... — Ban hành: 10/01/2025".
_DATE_THEN_DASH = re.compile(
    r"(?:^|\n)[ \t|]*(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*[-\x1a:]\s*$"
)
_ISSUED_ON_FIELD = re.compile(r"[-\x1a|;]\s*(?:ngay\s+)?ban\s+hanh\s*:\s*")


def _listing_line_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    fold = nt.fold
    dated = _DATE_THEN_DASH.search(fold, max(0, mention.start - 16), mention.start)
    if dated is None and _LINE_OPENS.search(fold, max(0, mention.start - 8), mention.start):
        line_end = fold.find("\n", mention.end)
        line_end = len(fold) if line_end < 0 else line_end
        fields = list(_ISSUED_ON_FIELD.finditer(fold, mention.end, line_end))
        field = fields[-1] if fields else None  # the line's last "Ban hành:" field
        if field is not None and (d := DATE_RE.match(fold, field.end())) and (iso := parse_date(d)):
            return Issuance(None, Found(iso, d.start(), d.end(), "date.listing"), "issuer.header")
    elif dated is not None and (d := DATE_RE.match(fold, dated.start("date"))) and (iso := parse_date(d)):
        return Issuance(None, Found(iso, d.start(), d.end(), "date.listing"), "issuer.header")
    if (titled := _bulleted_under_title(nt, mention)) is not None:
        return titled
    return _title_line_issuance(nt, mention) if "do " in fold[mention.end : mention.end + 400] else None


# A list's title naming the body of its bulleted items: "DANH MỤC VĂN BẢN CỦA BAN THƯỜNG VỤ TỈNH ỦY BAN HÀNH THÁNG
# 02/2025\n- Kế hoạch số 218-KH/TU ...\n- Quyết định số 1075-QĐ/TU ...".
# (or a table's numbered row: "DANH MỤC CÁC VĂN BẢN CỦA ĐẢNG ỦY XÃ BAN HÀNH NĂM 2025\n(Kèm theo ...)\nTT | Tên văn bản
# | Ghi chú\n1 | Nghị quyết số 01-NQ/ĐU ...", its header row and a bracketed line under the title passed over)
_BULLET_OPENS = re.compile(r"\n[ \t]*(?:[-+*\x1a]|\d{1,2}[.)]|\d{1,3}[ \t]*\|)[ \t]*$")
_ITEM_LINE = re.compile(r"[ \t]*(?:[-+*\x1a]|\d{1,2}[.)]|\d{1,3}[ \t]*\|)")
_PASSED_OVER = re.compile(r"[ \t]*(?:\([^\n]*\)|[^\d\n]*\|[^\d\n]*)[ \t]*")
_LIST_TITLE_OF = re.compile(r"[ \t]*(?:danh\s+muc\s+)?(?:cac\s+)?van\s+ban\b[^\n]{0,40}?\b(?:cua|do)\s+")


def _bulleted_under_title(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    fold = nt.fold
    if not _BULLET_OPENS.search(fold, max(0, mention.start - 8), mention.start):
        return None
    line_start = fold.rfind("\n", 0, mention.start) + 1
    for _ in range(_HEADER_ROWS_ABOVE):  # up over the items before this one
        if line_start == 0:
            return None
        above = fold.rfind("\n", 0, line_start - 1) + 1
        if _PASSED_OVER.fullmatch(fold, above, line_start - 1):
            line_start = above
            continue
        if not _ITEM_LINE.match(fold, above, line_start - 1):
            title = _LIST_TITLE_OF.match(fold, above, line_start - 1)
            org = match_org(nt, title.end()) if title else None
            return Issuance(org, None, "issuer.list_title") if org is not None else None
        line_start = above
    return None


def _title_line_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    fold = nt.fold
    if not _LINE_OPENS.search(fold, max(0, mention.start - 8), mention.start):
        return None
    line_end = fold.find("\n", mention.end)
    line_end = len(fold) if line_end < 0 else line_end
    bys = list(_BY_AT_LINE_END.finditer(fold, mention.end, line_end))
    by = bys[-1] if bys else None  # the last "do" of the line
    org = match_org(nt, by.end()) if by else None
    if org is None or not re.fullmatch(
        r"(?:\s+[^\W\d_]+){0,3}\s+ban\s+hanh[ \t.]*", fold[org.end : line_end]
    ):
        return None
    return Issuance(org, None, "issuer.title_line")


def header_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    """The body named on a line above the number line and the date of the line below, if the mention is a
    header's number; the date and body fields if it is a record's; the cells of its row in a table."""
    if on_number_field(nt, mention) or _opens_a_record(nt, mention):
        return _record_issuance(nt, mention)
    if "|" in nt.fold[max(0, mention.start - 200) : mention.end + 200] and (
        table := _table_issuance(nt, mention)
    ):
        return table
    if not on_number_line(nt, mention):
        return _listing_line_issuance(nt, mention)
    found_date = None
    line = _DATE_LINE.match(nt.fold, mention.end) or _date_beside(nt, mention)
    if line and (d := DATE_RE.match(nt.fold, line.end())):
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
        if org is not None and _ends_cell(nt.fold[org.end : line_start - 1]):
            issuer = _board_of_committee_above(nt, org, above)
            break
        if (commission := _COMMISSION_LINE.fullmatch(text.strip(" \t|"))) is not None:
            # "TỈNH ỦY ĐỒNG THÁP" (or "ĐẢNG BỘ TỈNH ĐỒNG THÁP") over "BAN TUYÊN GIÁO VÀ DÂN VẬN": the committee's
            issuer = _commission_of_committee_above(nt, commission, above)
            if issuer is not None:
                break
        line_start = above
    if issuer is not None:
        issuer = _signed_for(nt, mention, issuer)
        if (announcing := _body_announcing(nt, mention)) is not None:
            issuer = _placed(announcing, issuer)
    if (titled := _body_of_title(nt, mention)) is not None:
        issuer = titled if issuer is None or titled.place else _placed(titled, issuer)
    if issuer is None and found_date is None:
        return None
    if issuer is not None and issuer.place and issuer.place.isupper():
        issuer = _placed(issuer, issuer)  # "TỈNH ỦY LÂM ĐỒNG": the place as running text writes it
    return Issuance(issuer, found_date, "issuer.header")


# A header laid out in two columns, pasted as one line of two cells (a bar, a tab or a run of spaces between):
# "HUYỆN ỦY X | ĐẢNG CỘNG SẢN VIỆT NAM", "Số 09-CT/HU<tab>X, ngày 21 tháng 9 năm 2023".
_CELL_BREAK = re.compile(r"[ ]*(?:\||\t| {2,})")
# The right column's place and date: on the number line after the number, or on a line above it after its left
# cell ("* | X, ngày 02 tháng 11 năm 2022").
_PLACE_DATE_CELL = re.compile(r"(?:\||\t| {2,})[ \t|]*(?:[^\W\d_][^\n,|\t]{0,30},\s*)?ngay\s+(?=\d)")


def _ends_cell(rest: str) -> bool:
    """Is what follows a body on its header line nothing, or the next column's cell?"""
    return not rest.strip(" \t|") or _CELL_BREAK.match(rest) is not None


def _date_beside(nt: NormalisedText, mention: RawMention) -> re.Match[str] | None:
    """The place-and-date cell of a two-column header: after the number on its line, else after the left cell of
    one of the two lines above (the body's line and the star's)."""
    line_end = nt.fold.find("\n", mention.end)
    line_end = len(nt.fold) if line_end < 0 else line_end
    if found := _PLACE_DATE_CELL.match(nt.fold, mention.end, line_end):
        return found
    line_start = nt.fold.rfind("\n", 0, mention.start) + 1
    for _ in range(2):
        if line_start <= 0:
            break
        above = nt.fold.rfind("\n", 0, line_start - 1) + 1
        if found := _PLACE_DATE_CELL.search(nt.fold, above, line_start - 1):
            return found
        line_start = above
    return None


# The title below the type line, naming its body: "KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về ...".
_TYPE_THEN_BODY = re.compile(
    r"\n[ \t|]*(?P<type>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3})[ \t|]*\n[ \t|]*cua\s+"
)
_TITLE_REACH = 240


def _body_of_title(nt: NormalisedText, mention: RawMention) -> OrgMatch | None:
    """The body a header's title names ("CHỈ THỊ\ncủa Ban Thường vụ Huyện ủy về ..."): the document's own words
    for who issued it, more precise than the header's committee; None before the next number line."""
    end = min(len(nt.fold), mention.end + _TITLE_REACH)
    if (following := _NEXT_NUMBER_LINE.search(nt.fold, mention.end, end)) is not None:
        end = following.start()
    title = _TYPE_THEN_BODY.search(nt.fold, mention.end, end)
    if title is None or not nt.norm[title.start("type") : title.end("type")].isupper():
        return None
    return match_org(nt, title.end())


# The body's first sentence names who issues the document: "..., Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình
# hành động như sau:", "..., Ban Thường vụ Tỉnh ủy hướng dẫn một số nội dung như sau:".
_ANNOUNCES = re.compile(r"\bnhu\s+sau\s*:")
_ANNOUNCING_VERB = re.compile(
    r"\s+(?:(?:da|se)\s+)?(?:ban\s+hanh|huong\s+dan|quy\s+dinh|chi\s+thi|ket\s+luan|xay\s+dung|yeu\s+cau)\b"
)
_ORGANS_OF_A_COMMITTEE = ("Ban Thường vụ", "Thường trực", "Ban Chấp hành Đảng bộ")


def _body_announcing(nt: NormalisedText, mention: RawMention) -> OrgMatch | None:
    """An organ of the header's committee that the body's first sentence says issues the document ("Ban Chấp hành
    Đảng bộ tỉnh ban hành ... như sau:"): the document's own words, more precise than the header's line."""
    end = min(len(nt.fold), mention.end + _SIGNATURE_REACH)
    if (following := _NEXT_NUMBER_LINE.search(nt.fold, mention.end, end)) is not None:
        end = following.start()
    announces = _ANNOUNCES.search(nt.fold, mention.end, min(end, mention.end + 1500))
    if announces is None:
        return None
    sentence_start = (
        max(nt.fold.rfind("\n", 0, announces.start()), nt.fold.rfind(". ", 0, announces.start())) + 1
    )
    for org in reversed(find_orgs(nt, max(mention.end, sentence_start), announces.start())):
        if _ANNOUNCING_VERB.match(nt.fold, org.end) and org.name.startswith(_ORGANS_OF_A_COMMITTEE):
            return org
        break
    return None


def _placed(body: OrgMatch, committee: OrgMatch) -> OrgMatch:
    """The title's body with the place of the header's committee ("Ban Thường vụ Tỉnh ủy" under "TỈNH ỦY X"), in
    title case if the header writes it in capitals."""
    place = committee.place.title() if committee.place and committee.place.isupper() else committee.place
    return OrgMatch(body.name, body.level, place, body.start, body.end, body.term)


# The signature block of a reproduced document: "T/M BAN THƯỜNG VỤ" signs for the committee's standing board.
_SIGNED_FOR = re.compile(r"\n[ \t|]*t\s*[/.]?\s*m\s*\.?\s+(?P<board>ban\s+thuong\s+vu|thuong\s+truc)\b")
_NEXT_NUMBER_LINE = re.compile(r"\n[ \t|]*so\s*:?\s*\d")
_BOARD_NAMES = {"ban thuong vu": "Ban Thường vụ", "thuong truc": "Thường trực"}
_SIGNATURE_REACH = 12_000


_COMMISSION_LINE = re.compile(
    r"(?P<name>ban\s+(?:tuyen\s+giao\s+va\s+dan\s+van|tuyen\s+giao|to\s+chuc|dan\s+van|noi\s+chinh|kinh\s+te)"
    r"|uy\s+ban\s+kiem\s+tra|van\s+phong)"
)
_COMMISSION_NAMES = {
    "ban tuyen giao va dan van": "Ban Tuyên giáo và Dân vận",
    "ban tuyen giao": "Ban Tuyên giáo",
    "ban to chuc": "Ban Tổ chức",
    "ban dan van": "Ban Dân vận",
    "ban noi chinh": "Ban Nội chính",
    "ban kinh te": "Ban Kinh tế",
    "uy ban kiem tra": "Ủy ban Kiểm tra",
    "van phong": "Văn phòng",
}
# The committee a header's first line names: "TỈNH ỦY X", "ĐẢNG BỘ TỈNH X" (whose committee is the Tỉnh ủy)
_PARTY_OF_UNIT = {"tinh": "Tỉnh ủy", "thanh pho": "Thành ủy", "huyen": "Huyện ủy", "quan": "Quận ủy"}
_PARTY_OF = re.compile(r"dang\s+bo\s+(?P<unit>tinh|thanh\s+pho|huyen|quan)\b")


def _commission_of_committee_above(
    nt: NormalisedText, commission: re.Match[str], line_start: int
) -> OrgMatch | None:
    if line_start == 0:
        return None
    above = nt.fold.rfind("\n", 0, line_start - 1) + 1
    text = nt.fold[above : line_start - 1]
    offset = above + len(text) - len(text.lstrip(" \t|"))
    name = _COMMISSION_NAMES[" ".join(commission.group(0).split())]
    if (party := _PARTY_OF.match(nt.fold, offset)) is not None:
        committee_name = _PARTY_OF_UNIT[" ".join(party.group("unit").split())]
        level = "provincial" if committee_name in ("Tỉnh ủy", "Thành ủy") else "district"
        return OrgMatch(
            f"{name} {committee_name}", level, None, line_start, line_start + len(commission.group(0))
        )
    committee = match_org(nt, offset)
    if committee is None or committee.name not in ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"):
        return None
    return OrgMatch(
        f"{name} {committee.name}",
        committee.level,
        committee.place,
        line_start,
        line_start + len(commission.group(0)),
    )


def _board_of_committee_above(nt: NormalisedText, board: OrgMatch, line_start: int) -> OrgMatch:
    """'TỈNH ỦY LẠNG SƠN' over 'BAN THƯỜNG VỤ': the standing board of the committee named on the line above."""
    if board.name not in _BOARD_NAMES.values() or line_start == 0:
        return board
    above = nt.fold.rfind("\n", 0, line_start - 1) + 1
    text = nt.fold[above : line_start - 1]
    committee = match_org(nt, above + len(text) - len(text.lstrip(" \t|")))
    if committee is None or committee.name.casefold().startswith(
        ("ban ", "thường trực", "ủy ban", "văn phòng")
    ):
        return board
    return OrgMatch(
        f"{board.name} {committee.name}",
        committee.level,
        committee.place,
        board.start,
        board.end,
        committee.term,
    )


def _signed_for(nt: NormalisedText, mention: RawMention, committee: OrgMatch) -> OrgMatch:
    """The header names the committee ("TỈNH ỦY"); the document is its standing board's when the signature
    block says "T/M BAN THƯỜNG VỤ" (before the next reproduced header)."""
    end = min(len(nt.fold), mention.end + _SIGNATURE_REACH)
    if (following := _NEXT_NUMBER_LINE.search(nt.fold, mention.end, end)) is not None:
        end = following.start()
    signed = _SIGNED_FOR.search(nt.fold, mention.end, end)
    if signed is None or committee.name.casefold().startswith(("ban ", "thường trực", "ủy ban", "văn phòng")):
        return committee
    board = _BOARD_NAMES[" ".join(signed.group("board").split())]
    name = committee.name if committee.name.isupper() is False else committee.name.capitalize()
    return OrgMatch(
        f"{board} {name}", committee.level, committee.place, committee.start, committee.end, committee.term
    )


# The lead's main clause opens after a comma, a semicolon or a stop (or the line): its body is the page's issuer;
# the bodies the frame names are its documents' ("của Ban Thường vụ Tỉnh ủy", "do ...", "với ...").
_CLAUSE_OPENS = re.compile(r"(?:[,;.:!?]|\n)\s*$")


def page_title_issuance(nt: NormalisedText, mention: RawMention) -> Issuance | None:
    """The body of a page titled in capitals (``mention.title``, loaders/find.py): the subject of its lead's main
    clause ("ĐỊNH HƯỚNG TUYÊN TRUYỀN ...\nThực hiện Kế hoạch số 45-KH/TU ... của Ban Thường vụ Tỉnh ủy, Ban
    Tuyên giáo Tỉnh ủy đề nghị ...")."""
    fold = nt.fold
    lead_start = fold.find("\n", mention.end) + 1
    lead_end = fold.find("\n\n", lead_start)
    lead_end = min(len(fold) if lead_end < 0 else lead_end, lead_start + 1500)
    for found in ORG_RE.finditer(fold, lead_start, lead_end):
        if _CLAUSE_OPENS.search(fold, max(0, found.start() - 4), found.start()) and (
            org := match_org(nt, found.start())
        ):
            return Issuance(org, None, "issuer.header")
    return None


def title_of_page(
    nt: NormalisedText, header_mentions: list[tuple[int, RawMention]], cue_start: int
) -> int | None:
    """The page's own document (``mention.title``) when the cue opens the line below its title."""
    line_start = nt.fold.rfind("\n", 0, cue_start) + 1
    if nt.fold[line_start:cue_start].strip() not in ("", "tiep tuc"):
        return None
    for index, mention in header_mentions:
        if mention.rule == "mention.title" and not nt.fold[mention.end : line_start].strip():
            return index
    return None


def header_of_title(
    nt: NormalisedText, header_mentions: list[tuple[int, RawMention]], cue_start: int
) -> int | None:
    """The header document whose title opens with the cue at ``cue_start`` ("KẾ HOẠCH\\nthực hiện B", "Trích yếu:
    Kế hoạch thực hiện B"): the index of the number-line mention at most a few lines above, if the line before the
    cue is a type in capitals or the cue follows the type in a summary field."""
    if (page := title_of_page(nt, header_mentions, cue_start)) is not None:
        return page
    line = _TYPE_THEN_TITLE.search(nt.fold, max(0, cue_start - 420), cue_start)
    if line is not None and nt.norm[line.start("type") : line.end("type")].isupper():
        if _NOT_CARRYING_OUT.search(nt.fold, line.end("type"), cue_start):
            return None
    else:
        line = _SUMMARY_THEN_CUE.search(
            nt.fold, max(0, cue_start - 200), cue_start
        ) or _ABOUT_THEN_CUE.search(
            nt.fold, max(0, cue_start - 30), cue_start
        )  # ("V/v hướng dẫn thực hiện Quy định số 41-QĐ/TW")
        if line is not None and _NOT_CARRYING_OUT.search(nt.fold, line.start(), cue_start):
            return None  # "Trích yếu: Kế hoạch sơ kết 5 năm thực hiện ..."
    if line is None:
        return None
    for index, mention in reversed(header_mentions):
        if mention.end <= line.start() and line.start() - mention.end < 200:
            return index
    return None
