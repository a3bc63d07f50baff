"""Relations between the mentions of one sentence: *implements* and *based on*.

Rules (each relation records the one that fired):
- ``implements.doc_cue``: "A [ngày ..., của X] [về / để / nhằm] thực hiện B" — the implementing document comes first,
  its own description may stand between it and the cue.
- ``implements.subject_cue``: "Kế hoạch A về tổ chức quán triệt, triển khai thực hiện B" — the cue sits inside A's
  subject ("về ..."), with nothing between that turns it into a review or an event.
- ``implements.thuc_hien_frame``: "Thực hiện B, X [đã] ban hành A" — the implemented document comes first.
- Objects form lists: "thực hiện B, C và D"; "B ...; C ..." continues the list only when C is of B's level or
  higher (so that the next item of a list of local programmes starts its own relation).
- ``based_on.*``: the same shapes with "căn cứ" (legal basis), which is never *implements*.
Not implements: reviews ("sơ kết", "tổng kết", "đánh giá", "tình hình thực hiện"), events or bodies as the
implementing side (no document right before the cue), and generic objects (no document right after it).
"""

from __future__ import annotations

import re
from typing import Final

from loaders.attributes import APPOSED_HEAD, Described, issued_by_a_body
from loaders.find import RawMention
from loaders.headers import header_of_title, table_pairs, table_row_subject, table_title_pairs
from loaders.issuers import find_orgs, match_org
from loaders.lexicon import (
    HEAD_RE,
    IMPLEMENTING_VERBS,
    ITEM_MARK,
    NUMBER_WORDS,
    ORG_RE,
    RESPECTIVELY,
    TYPE_OF_HEAD,
)
from loaders.normalize import NormalisedText
from loaders.sentences import Sentences

_CUE_WORDS = (
    # ("học tập và làm theo Quy định số 144")
    r"thuc\s+hien|cu\s+the\s+hoa|the\s+che\s+hoa|quan\s+triet|trien\s+khai|thi\s+hanh|hoc\s+tap(?:\s+va\s+lam\s+theo)?"
    r"|tuyen\s+truyen"
    # ("Hướng dẫn ... tổ chức sinh hoạt chính trị, tư tưởng về Quy định số 144": study sessions on it)
    r"|sinh\s+hoat\s+(?:chuyen\s+de|chinh\s+tri(?:\s*,\s*tu\s+tuong)?|tu\s+tuong)\s+ve"
    r"|pho\s+bien|can\s+cu|tren\s+co\s+so|hien\s+thuc\s+hoa|thuc\s+thi"
    # "Đối với Nghị quyết 59, X ban hành A": a topic opening the clause, answered by an issued document
    r"|(?:(?<=^)|(?<=[.;,]\s)|(?<=\n))(?:doi\s+voi|rieng)(?=\s+(?:nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh)\b)"
)
_TO_LIFE_CUES = (
    # "Để đưa Nghị quyết 21 vào cuộc sống, X ban hành A": bringing a document to life is implementing it
    # (also "vào thực tiễn")
    # ("Với mục tiêu đưa Nghị quyết 57 đi vào cuộc sống, ...")
    r"|(?:(?<=de\s)|(?<=nham\s)|(?<=som\s)|(?<=tieu\s))dua(?=\s[^.;]{0,160}?\b(?:di\s+)?vao\s+(?:cuoc\s+song|thuc\s+tien)\b)"
    # "Để biến Nghị quyết 57 thành hiện thực, X ban hành A": making it real
    r"|(?:(?<=de\s)|(?<=nham\s))bien(?=\s[^.;]{0,160}?\bthanh\s+hien\s+thuc\b)"
    # "Để Nghị quyết 71 sớm đi vào cuộc sống, X ban hành A": the same, the document before the verb
    r"|(?<![a-z])de(?=\s[^.;]{0,160}?\b(?:som\s+)?di\s+vao\s+(?:cuoc\s+song|thuc\s+tien)\b)"
)
# (the lookahead of first letters lets the engine pass over most positions before trying the alternation)
_CUE_WORD = re.compile(rf"(?=[tcqhpdrbs])\b(?:{_CUE_WORDS}{_TO_LIFE_CUES})\b")
# The same without the "vào cuộc sống" forms, whose lookahead scans on at every "để": for text without it.
_CUE_WORD_NOT_TO_LIFE = re.compile(rf"(?=[tcqhpdrs])\b(?:{_CUE_WORDS})\b")
# (an ellipsis inside a quoted title: "“Học tập, quán triệt … triển khai thực hiện Nghị quyết ...”")
# (and the manner of each verb: "quán triệt sâu sắc và triển khai thực hiện nghiêm túc Kết luận ...")
_CUE_GLUE = re.compile(
    r"^(?:[\s,\x1a]|\.\.\.|va\b|to\s+chuc\b|va\s+to\s+chuc\b"
    r"|sau\s+sac\b|nghiem\s+tuc\b|day\s+du\b|(?:co\s+)?hieu\s+qua\b|dong\s+bo\b|quyet\s+liet\b|sau\s+rong\b)*$"
)  # \x1a: folded "…"
# Between a cue and its first object: manner ("có hiệu quả", "nghiêm túc"), "các nội dung của", and the
# instruction that a document carries ("thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 123").
_OBJECT_GAP = re.compile(
    r"^(?:[\s,:]|cac\b|ca\b|(?:co\s+)?hieu\s+qua\b|"
    + RESPECTIVELY
    + r"\b|nghiem\s+tuc\b|tot\b|day\s+du\b|dong\s+bo\b|sau\s+rong\b|dong\s+thoi\b|kip\s+thoi\b|"
    r"quyet\s+liet\b|sau\s+sac\b|thang\s+loi\b|nghiem\b|thong\s+nhat\b|(?:cac|nhung)\s+noi\s+dung\s+cua\b|noi\s+dung\b|tinh\s+than\b|"
    r"(?:cac\s+)?(?:nhiem\s+vu|noi\s+dung)\s+(?:duoc\s+giao\s+)?tai\b|"
    # what of it: "thực hiện 3 khâu đột phá của Nghị quyết Đại hội", "thực hiện các mục tiêu, nhiệm vụ của B"
    r"(?:(?:cac|nhung|\d{1,2}|hai|ba|bon|nam)\s+)?(?:khau\s+dot\s+pha|dot\s+pha|muc\s+tieu|chi\s+tieu|giai\s+phap"
    r"|nhiem\s+vu(?:\s+trong\s+tam)?)(?:\s*(?:,|va)\s*(?:muc\s+tieu|chi\s+tieu|giai\s+phap|nhiem\s+vu))*"
    # (and of what kind: "thể chế hóa mục tiêu đột phá của B")
    r"(?:\s+(?:dot\s+pha|trong\s+tam|chu\s+yeu|co\s+ban|quan\s+trong))?"
    r"\s+(?:ma\s+)?cua\b|"
    r"mot\s+so\s+(?:noi\s+dung|dieu|nhiem\s+vu)\s+(?:cua|trong|tai)\b|"
    r"(?:y\s+kien\s+)?chi\s+dao\s+(?:cua\s+[^,;.\d]{0,60}?\s+)?(?:tai|theo)\b|"
    # how many and which: "thực hiện đồng thời hai Nghị quyết 66 và 68", "những nội dung của", "3 nghị quyết: ..."
    # "thực hiện việc lấy phiếu tín nhiệm theo Quy định số 262": an act done as the document says
    r"viec(?:\s+[a-z]+){1,8}?\s+(?=theo\b)|"
    r"theo\b|nhung\b|(?:" + NUMBER_WORDS + r"|\d{1,2})\b(?:\s+(?:" + HEAD_RE + r")\s*:)?)*$"
)
# A law, a movement or a strategy carried out first, then "và" a document of a named body: "thực hiện Luật Đất đai
# năm 2024 và Kế hoạch số 175-KH/TU của Ban Thường vụ Tỉnh ủy", 'thực hiện phong trào "Bình dân học vụ số" và ...'
_OTHER_OBJECT_FIRST = re.compile(
    r"^\s*(?:co\s+hieu\s+qua\s+|nghiem\s+tuc\s+)?(?:luat|bo\s+luat|hien\s+phap|phap\s+lenh|nghi\s+dinh|thong\s+tu"
    r"|phong\s+trao|cuoc\s+van\s+dong|chien\s+luoc|chuyen\s+de)\b[^.;:()\n]{0,80}?\s+va\s+$"
)
# A group named, then listed: 'thực hiện "bộ tứ nghị quyết" của Bộ Chính trị gồm Nghị quyết số 57-NQ/TW, ...'.
# (or a plural of a type and its body, then a colon: "thực hiện các quy định của Bộ Chính trị: Quy định số 50, ...")
_GROUP_LISTED = re.compile(
    r"^[^,;.\d]{0,80}?\b(?:bao\s+gom|gom)\s*:?\s*(?:cac\s+)?$"
    rf"|^\s*(?:cac|nhung)\s+(?:{HEAD_RE})\s+cua\s+[^,;.:\d]{{3,60}}?\s*:\s*$"
)
# Between the implementing document's description and the cue (a title may open with a bracket or a quote:
# "Kế hoạch số 118-KH/TU (thực hiện Nghị quyết 18)", 'Kế hoạch số 120-KH/TU "Thực hiện Kết luận 35"').
# The words of a title of policies: "về một số chủ trương, giải pháp tiếp tục thực hiện B"
_TITLE_WORDS_RE = r"(?:va\s+)?(?:mot\s+so\s+)?(?:chu\s+truong|giai\s+phap|nhiem\s+vu|bien\s+phap)"
# ("đồng thời" when no comma stands before it: "Kế hoạch này đồng thời thực hiện B"; ", đồng thời thực hiện C" is
# the issued document's next object: _issued_then_also)
_SUBJECT_GAP = re.compile(
    # (a headline's colon: "Kết luận số 86-KL/TU: Tiếp tục đẩy mạnh thực hiện Nghị quyết số 10-NQ/TU")
    # (what kind: "3 đề án trọng tâm để triển khai B", "5 nghị quyết chuyên đề nhằm ...")
    r"^(?:[\s,\-(\"“\x1a:]|ve\b|viec\b|v\s*/\s*v\b|de\b|nham\b|duoc\b|moi\b|"
    r"trong\s+tam\b|trong\s+diem\b|toan\s+khoa\b|duy\s+nhat\b|quan\s+trong\b|dot\s+pha\b|chuyen\s+de\b|ban\s+hanh\b|da\b|ra\s+doi\b|muc\s+dich\b|tiep\s+tuc\b|day\s+manh\b|huong\s+dan\b|"
    # what a guideline covers: "Hướng dẫn số 06-HD/TW hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng"
    r"mot\s+so\s+(?:van\s+de(?:\s+cu\s+the)?|dieu)\b|"
    # ... and whom it guides: "Hướng dẫn số 03-HD/ĐU hướng dẫn các đảng bộ, chi bộ thực hiện B"
    # (the verb, not a guideline promulgated: "Quyết định số 99 ... ban hành Hướng dẫn khung để ... thực hiện B")
    # (each word ends at a space or a comma: a word split anywhere made the match try every split, exponentially)
    r"(?<!hanh\s)huong\s+dan\s+(?:[^\W\d_]+(?:\s*,\s*|\s+)){1,16}|"
    r"lan\s+luot\b|theo\s+thu\s+tu\b|tuong\s+ung\b|deu\b|cung\b|lai\b|(?<![,\s])\s*dong\s+thoi\b|(?<=cung\s)dong\s+thoi\b|yeu\s+cau\b|xay\s+dung\b|tren\s+co\s+so\b|(?:neu|noi)\s+tren\b|tang\s+cuong\b|"
    r"(?:nam\s+)?(?:19|20)\d\d\b|"  # its year, as legal databases write it: "Kế hoạch 01-KH/TW 2025 thực hiện ..."
    # copulas ("là văn bản cụ thể hóa", "là bước cụ thể hóa"), a title's words ("Kết luận số 97 về một số chủ
    # trương, giải pháp tiếp tục thực hiện Nghị quyết ...")
    # ("là cụ thể hóa B", "được xem là bước cụ thể hóa B")
    r"la\s+van\s+ban\b|la\s+(?:mot\s+)?(?:buoc|su)\b|la\s*$|(?:xem|coi)\s+(?:nhu\s+)?(?=la\b)|"
    # "Đề án số 05 là một trong những đề án (quan trọng) cụ thể hóa B", "... là một trong ba nghị quyết chuyên đề"
    r"la\s+mot\s+trong\s+(?:nhung|cac|\d{1,3}|"
    + NUMBER_WORDS
    + r")(?:\s+(?:de\s+an|ke\s+hoach|nghi\s+quyet|chuong\s+trinh|chi\s+thi|van\s+ban)"
    r"(?:\s+(?:quan\s+trong|trong\s+tam|dot\s+pha|chuyen\s+de))?)?\b|" + _TITLE_WORDS_RE + r"\b|"
    # "Chương trình hành động số 1135 và nhiều nghị quyết chuyên đề để cụ thể hóa"
    # (of several kinds: "... và nhiều kế hoạch, chỉ thị để lãnh đạo thực hiện B")
    r"va\s+(?:nhieu|cac|mot\s+so)\s+(?:van\s+ban|nghi\s+quyet|ke\s+hoach|chi\s+thi|de\s+an|chuong\s+trinh)"
    r"(?:\s*,\s*(?:van\s+ban|nghi\s+quyet|ke\s+hoach|chi\s+thi|de\s+an|chuong\s+trinh))*(?:\s+chuyen\s+de)?\b|"
    r"(?:voi\s+)?chu\s+de\s+[\x1a\"][^\x1a\"\n]{0,200}[\x1a\"]|"
    r"lanh\s+dao\b|chi\s+dao\b|to\s+chuc\b|"
    # a notice conveying a body's conclusion ("truyền đạt ý kiến chỉ đạo về việc ...", "kết luận về việc ..."), a
    # short form's unit ("Kế hoạch 120 của huyện được ban hành để thực hiện B")
    r"truyen\s+dat\b|y\s+kien\b|ket\s+luan\b|cua\s+(?:tinh|huyen|xa|phuong|thanh\s+pho)\b|"
    # an apposition naming the document again: "Kế hoạch số 410-KH/TU – kế hoạch thực hiện Kết luận 137 –"
    r"(?:(?<=[-(])|(?<=[-(]\s))(?:" + HEAD_RE + r")\b|"
    # ... or after a comma: "Đề án số 05-ĐA/TU, một đề án nhằm cụ thể hóa B", "Kế hoạch số 205, tức kế hoạch thực
    # hiện B"
    r"(?<=,\s)(?:mot|tuc(?:\s+la)?|la)\s+(?:" + HEAD_RE + r")\b|"
    # "..., do đồng chí Lan, Phó Trưởng Ban ký [ngày 4/4/2024], hướng dẫn thực hiện B"
    r"do\s+(?:[^\W\d_]+[\s,]+){1,12}?ky\b(?:\s+(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?"
    r"(?:\s+(?:thay\s+mat|t\s*/\s*m)(?:\s+[^\W\d_]+){1,6})?)*$"  # "... ký thay mặt Ban Thường vụ Huyện ủy, nhằm"
)
# (a title may be quoted; a letter names whom it is sent to first: "Công văn 1820 gửi các cấp ủy về việc ...")
_SUBJECT_LEAD = re.compile(
    r"^(?:\s+gui\s+[^,;.:\n\d\"]{2,60}?(?=\s+ve\b))?\s*,?\s*[\"\x1a]?\s*(?:ve\s+viec|ve|nham|de)\b"
)
# Words that make the sentence about a review, a report, an event or a state of affairs, not an implementation.
_BLOCKERS = re.compile(
    r"\b(?:so\s+ket|tong\s+ket|danh\s+gia|kiem\s+tra|giam\s+sat|bao\s+cao|tinh\s+hinh|ket\s+qua|"
    r"qua\s+\d+\s+nam|nam\s+thuc\s+hien|nua\s+nhiem\s+ky|cuoc\s+hop|buoi\s+lam\s+viec|gan\s+voi|"
    r"theo\s+tinh\s+than|"
    # an award for what was done: "khen thưởng ... có thành tích xuất sắc trong thực hiện Chỉ thị 05"
    r"thanh\s+tich|khen\s+thuong|"
    # a body set up to implement is not a document implementing: "thành lập Ban Chỉ đạo thực hiện Nghị quyết 57"
    r"thanh\s+lap|kien\s+toan)\b"
)
_REVIEW = re.compile(r"\b(?:so\s+ket|tong\s+ket|danh\s+gia)\b")
# A review that only reports what was done: "Báo cáo sơ kết cho thấy, thực hiện B, X đã ban hành A"
_REPORTS = re.compile(
    r"\b(?:cho\s+thay|cho\s+biet|neu\s+ro|chi\s+ro|khang\s+dinh|nhan\s+dinh|danh\s+gia)\s*[,:]?\s*$"
)


def _review_governs(lead: str) -> bool:
    """Does a review govern the frame ("Tổng kết 10 năm, thực hiện B, X ban hành A": A may be the review's plan),
    rather than report on it?"""
    review = _REVIEW.search(lead)
    if review is None:
        return False
    clause_end = lead.rfind(",")
    return not (clause_end > review.start() and _REPORTS.search(lead, 0, clause_end))


_PURPOSE_BEFORE = re.compile(r"\b(?:de|nham)\s+(?:huong\s+dan\s+)?$")  # ("nhằm hướng dẫn thực hiện B")
_PURPOSE_RUN = re.compile(r"\b(?:de|nham)\s+(?:[a-z]+\s+){1,4}$")  # "để tổ chức triển khai thực hiện"


def _is_blocked(nt: NormalisedText, start: int, cue_start: int) -> bool:
    """A review or an event governs the cue: 'sơ kết 5 năm thực hiện', 'tình hình thực hiện', 'gắn với thực
    hiện'. Only words close before the cue count, and a purpose marker ('để thực hiện', 'nhằm thực hiện') wins:
    'Kế hoạch về tăng cường công tác kiểm tra của cấp ủy để thực hiện Kết luận 21' implements it."""
    window = max(start, cue_start - 40)
    if _PURPOSE_BEFORE.search(nt.fold, window, cue_start):
        return False
    for blocker in _BLOCKERS.finditer(nt.fold, window, cue_start):
        if (
            blocker.group(0).startswith(("thanh lap", "kien toan"))
            and "," in nt.fold[blocker.end() : cue_start]
        ):
            continue  # "... hướng dẫn các chi bộ kiện toàn cấp ủy, thực hiện B": the body's task ended at the comma
        return True
    if _AFTER_YEARS_OF.search(nt.fold, window, cue_start):
        return True  # ("Nghị quyết 45 ra đời sau 15 năm thực hiện Nghị quyết 32": a time, not what it carries out)
    # "giám sát chuyên đề đối với Ban Thường vụ Huyện ủy X trong việc thực hiện B": the check reaches its matter
    # over the body it is about
    return _IN_THE_MATTER_OF.search(nt.fold, window, cue_start) is not None and (
        _CHECKS.search(nt.fold, max(start, cue_start - 120), cue_start) is not None
    )


_AFTER_YEARS_OF = re.compile(r"\b(?:sau|qua)\s+(?:hon\s+|gan\s+)?\d{1,2}\s+nam\s+$")
# ("trong việc thực hiện B", "trong lãnh đạo, chỉ đạo thực hiện B")
_IN_THE_MATTER_OF = re.compile(
    r"\b(?:(?:trong\s+)?viec|trong(?:\s+viec)?(?:\s*,?\s*(?:lanh\s+dao|chi\s+dao|to\s+chuc)){1,3})\s+$"
)
_CHECKS = re.compile(r"\b(?:(?<!ban\s)kiem\s+tra|giam\s+sat)\b")  # (not the "Ủy ban Kiểm tra" itself)


# What may stand before the cue of "Thực hiện B, X ban hành A": a dateline ("(LĐ online) - ", "ĐẮK LẮK - "), then
# either a legal basis ("Căn cứ Quy định số 144-QĐ/TW, thực hiện ...") or up to two short clauses ending in a
# comma ("Theo đó, ", "Năm 2018, ", "Ban Thường vụ Tỉnh ủy, thực hiện ..."), then a purpose ("để", "nhằm").
_FRAME_LEAD = re.compile(
    # a dateline ("(Báo X) -", "HÀ TĨNH -") or a speaker ("Đồng chí Trưởng Ban Tổ chức Tỉnh ủy: ") may come first
    # (also a place before the agency: "Thanh Hóa (TTXVN) - ")
    # (the speaker's words may open with a quote: "Bí thư Thành ủy trả lời: “Để cụ thể hóa B, chúng tôi ...")
    r"^\W*(?:(?:[a-z][a-z ]{1,30}?\s*)?\([^()]{1,30}\)\s*-?\s*|[a-z][a-z ]{1,30}?(?:\.[a-z]{2,3})?\s+-\s+"
    r"|[^:\n.]{2,160}:\s*[\"\x1a]?\s*"
    r"|[^:,;\n.]{2,80}?\s(?:cho\s+biet|thong\s+tin|khang\s+dinh)\s*,\s*)?"  # "Ban Nội chính Thành ủy cho biết, "
    # (up to two short phrases before: "Trước khi hợp nhất vào Thành phố Hồ Chí Minh, thực hiện B, ...")
    r"(?:(?:can\s+cu|tren\s+co\s+so)\b.*(?:[,;]|\bva)|(?:[^\W\d][^,;:.()\n]{0,60}?,\s*){0,2})"
    # "Nhằm sớm đưa B vào cuộc sống, ...", "Với mục tiêu đưa B đi vào cuộc sống, ..."
    # ("Quá trình triển khai B, X ban hành A", "Trong quá trình thực hiện B, ...")
    # ("Để tiếp tục thực hiện B, ...", "Nhằm tiếp tục triển khai B, ...")
    # ("Về thực hiện B, X đã có A", "Đối với việc triển khai B, ...")
    r"\s*(?:(?:de|nham)(?:\s+tiep\s+tuc)?|tiep\s+tuc|voi\s+muc\s+tieu|(?:trong\s+)?qua\s+trinh"
    r"|(?:ve|doi\s+voi)(?:\s+viec)?"
    r"|cung)?"  # ("Cùng thực hiện B, Tỉnh ủy X ban hành A1, còn Tỉnh ủy Y ban hành A2")
    r"(?:\s+(?:som|kip\s+thoi|nhanh\s+chong|khan\s+truong))?"  # ("Để kịp thời triển khai B, ...")
    # "Để hướng dẫn thực hiện B, ...", "Để lãnh đạo, chỉ đạo thực hiện B, ..."
    r"(?:\s*(?:huong\s+dan|lanh\s+dao\s*,?\s*chi\s+dao|lanh\s+dao|chi\s+dao|to\s+chuc))?\s*$",
    re.DOTALL,
)
_BASIS_LEAD = re.compile(
    r"^\W*(?:\([^()]{1,30}\)\s*-?\s*|[a-z][a-z ]{1,30}?\s+-\s+)?(?:can\s+cu|tren\s+co\s+so)\b"
)
# Searched with an end position: "... đã ban hành <A>", "... đã xây dựng <A>" (drafted and issued it).
_ISSUED_BEFORE = re.compile(
    # ("ban hành các Kế hoạch số 45, 46, 47-KH/HU": a list under one plural head)
    r"(?:ban\s+hanh(?:\s+moi)?|xay\s+dung|(?:da|vua)\s+co|(?<!de\s)(?<!dua\s)\bra)\s+(?:cac\s+)?$"
)  # "X đã có Kế hoạch số 08", "Đảng ủy Sư đoàn ra Nghị quyết số 458"  # "X đã có Kế hoạch số 08"
# "Ban Thường vụ Tỉnh ủy có Kế hoạch 156": a bare "có" issues only right after the body that has it ("trong đó có
# Kế hoạch ..." lists)
_HAS = re.compile(r"\s+(?:cung\s+)?co\s+")


def _body_has(nt: NormalisedText, d: Described) -> bool:
    issuer = d.issuance.issuer if d.issuance else None
    return issuer is not None and _HAS.fullmatch(nt.fold, issuer.end, d.raw.start) is not None


# (items on their own lines keep their marks: ";\n+ NQ 07-NQ/HU", ";\n- Kế hoạch số 12", ";\n2. Kế hoạch số 13")
_LIST_SEPARATOR = re.compile(rf"^\s*(?P<sep>,|;|va|,\s*va|;\s*va)\s*(?:\n\s*{ITEM_MARK}\s*)?$")

_LEVEL_RANK = {"central": 3, "provincial": 2, "district": 1, "grassroots": 0}


class MentionRelation:
    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = ("object", "predicate", "rule", "sentence", "subject")

    def __init__(
        self, subject: int, predicate: str, object: int, sentence: tuple[int, int], rule: str
    ) -> None:
        self.subject: Final = subject  # index into the described mentions
        self.predicate: Final = predicate
        self.object: Final = object
        self.sentence: Final = sentence  # normalised offsets
        self.rule: Final = rule


class _Cue:
    # A native record, not a frozen dataclass: docs/extraction.md, "Speed".
    __slots__ = ("end", "predicate", "start")

    def __init__(self, start: int, end: int, predicate: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.predicate: Final = predicate


def _is_basis(cue_word: str) -> bool:
    return cue_word.startswith(("can", "tren"))


def _cues(nt: NormalisedText, start: int, end: int) -> list[_Cue]:
    """Cue phrases in a sentence: runs of cue words ("quán triệt, triển khai thực hiện") merged into one."""
    to_life = (
        nt.fold.find("cuoc song", start, end) >= 0
        or nt.fold.find("thuc tien", start, end) >= 0
        or nt.fold.find("hien thuc", start, end) >= 0
    )
    cue_word = _CUE_WORD if to_life else _CUE_WORD_NOT_TO_LIFE
    words = list(cue_word.finditer(nt.fold, start, end))
    cues: list[_Cue] = []
    for w in words:
        if cues and _CUE_GLUE.match(nt.fold[cues[-1].end : w.start()]):
            last = cues[-1]
            predicate = "implements" if not _is_basis(w.group(0)) else last.predicate
            cues[-1] = _Cue(last.start, w.end(), predicate)
        else:
            predicate = "based_on" if _is_basis(w.group(0)) else "implements"
            cues.append(_Cue(w.start(), w.end(), predicate))
    return cues


def relate(nt: NormalisedText, sentences: Sentences, described: list[Described]) -> list[MentionRelation]:
    """Every implements / based-on relation between mentions that share a sentence."""
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, d in enumerate(described):
        by_sentence.setdefault(sentences.containing(d.raw.start), []).append(i)
    relations: list[MentionRelation] = []
    previous: tuple[tuple[int, int], list[int]] | None = None
    # documents on the number line of a reproduced header ("Số 47-KH/TU"): their title may follow a few lines down
    headers = [
        (i, d.raw)
        for i, d in enumerate(described)
        if (d.issuance and d.issuance.rule == "issuer.header") or d.raw.rule == "mention.title"
    ]
    for (s_start, s_end), inside in by_sentence.items():
        if headers or (len(inside) >= 2 and "|" in nt.fold[s_start:s_end]):
            relations.extend(_header_title(nt, described, inside, headers, (s_start, s_end)))
        if headers and inside:
            relations.extend(_header_body_frame(nt, described, inside, headers, (s_start, s_end)))
        # a relation needs two documents in one sentence, or a plural back-reference ("Hai văn bản này đều nhằm
        # thực hiện B.") ...
        if len(inside) >= 2 or (inside and _PLURAL_HINT.search(nt.fold, s_start, s_end)):
            for cue in _cues(nt, s_start, s_end):
                found = _relations_at_cue(nt, described, inside, cue, (s_start, s_end))
                before = (
                    previous[1] if previous is not None and _right_after(nt, previous[0], s_start) else []
                )
                if not found:
                    found = _elided_before_list(nt, described, inside, cue, (s_start, s_end), before)
                if not found and previous is not None and _right_after(nt, previous[0], s_start):
                    span = (previous[0][0], s_end)
                    found = _fronted_elided(nt, described, inside, cue, span, previous[1]) or (
                        # "B được quán triệt. X ban hành A1 và A2 để triển khai.": as with one document issued
                        _elided_object(nt, described, inside, cue, (s_start, s_end), previous[1], span)
                    )
                if not found:
                    # "X ban hành B; Y cụ thể hóa bằng A": the means, with the object left out
                    found = _elided_by_means(nt, described, inside, cue, [*before, *inside], (s_start, s_end))
                relations.extend(found)
                relations.extend(_members_of_sets(nt, described, inside, found))
        elif previous is not None and _right_after(nt, previous[0], s_start):
            # ... or a cue ending this one with its object in the sentence just before
            for cue in _cues(nt, s_start, s_end):
                span = (previous[0][0], s_end)
                relations.extend(
                    _elided_object(nt, described, inside, cue, (s_start, s_end), previous[1], span)
                    or _fronted_elided(nt, described, inside, cue, span, previous[1])
                    # "B ... . Huyện ủy cụ thể hóa bằng A": the means, with the object of the sentence before
                    or _elided_by_means(nt, described, inside, cue, [*previous[1], *inside], span)
                )
        if inside and previous and previous[1] and _right_after(nt, previous[0], s_start):
            relations.extend(_this_is(nt, described, inside, (s_start, s_end), previous))
        if len(inside) >= 2 and (clause := _THIS_IS_CLAUSE.search(nt.fold, s_start, s_end)) is not None:
            # "...; đây là văn bản cụ thể hóa B": the clause before the semicolon is the "sentence before"
            before = [i for i in inside if described[i].raw.start < clause.start()]
            after = [i for i in inside if described[i].raw.start >= clause.end()]
            if before and after:
                relations.extend(
                    _this_is(nt, described, after, (clause.end(), s_end), ((s_start, clause.start()), before))
                )
        previous = (s_start, s_end), inside
    # An elided object is a fallback: "Thực hiện B về tổng kết C, X ban hành A để triển khai." has A implement B
    # (the frame), not also C
    stated = {
        r.subject for r in relations if r.predicate == "implements" and r.rule != "implements.elided_object"
    }
    relations = [r for r in relations if r.rule != "implements.elided_object" or r.subject not in stated]
    implementing = {r.subject for r in relations if r.predicate == "implements"}
    relations += [r for r in _items_of_list_intros(nt, sentences, described) if r.subject not in implementing]
    if ":" in nt.fold:
        relations += _objects_listed_below(nt, sentences, described)
    if "noi dung" in nt.fold or "tuong tu" in nt.fold or "muc dich" in nt.fold or "muc tieu" in nt.fold:
        relations += _same_content(nt, sentences, described, relations)
    if "|" in nt.fold:
        # a table pairing each implementing document with its implemented one, column by column
        raws = [d.raw for d in described]
        relations += [
            MentionRelation(a, "implements", b, row, "implements.table_columns")
            for a, b, row in table_pairs(nt, raws)
        ]
        # a title over the table ("Văn bản triển khai Nghị quyết 57"): rows with no target of their own carry it out
        implementing = {r.subject for r in relations if r.predicate == "implements"}
        relations += [
            MentionRelation(a, "implements", b, row, "implements.table_title")
            for a, b, row in table_title_pairs(nt, raws)
            if a not in implementing
        ]
    # a document never carries out one of a lower level ("Kế hoạch 03-KH/TW về thực hiện KL 21 và CTr 15-CTr/TU của
    # Thành ủy": the programme is another object of the sentence's frame, not of the Politburo's plan)
    # ("ĐU" names committees of every level: its default level says too little); nor one issued after it
    relations = [
        r
        for r in relations
        if r.predicate != "implements"
        or (
            (
                "ĐU" in (described[r.object].raw.organ, described[r.subject].raw.organ)
                or not _below(described[r.object], described[r.subject])
            )
            and not _later(described[r.object], described[r.subject])
            and not _of_a_later_term(described[r.object], described[r.subject])
        )
    ]
    return _unique(_respective_pairs_only(relations))


def _respective_pairs_only(relations: list[MentionRelation]) -> list[MentionRelation]:
    """Documents paired in order ("lần lượt") are not also paired crosswise by another reading of the sentence
    ("X lần lượt ban hành KH 108 và KH 109 để triển khai thực hiện hai nghị quyết": the plural is the pair's)."""
    paired = {(r.subject, r.object) for r in relations if r.rule.endswith(".respectively")}
    if not paired:
        return relations
    subjects, objects = {s for s, _ in paired}, {o for _, o in paired}
    return [
        r
        for r in relations
        if r.predicate != "implements"
        or (r.subject, r.object) in paired
        or r.subject not in subjects
        or r.object not in objects
    ]


# "...; Đảng ủy đặc khu Phú Quốc cũng ban hành Chương trình số 04-CTr/ĐU cùng nội dung", "... Kế hoạch số 01-KH/ĐUCP
# với nội dung tương tự": it carries out what the document just named before does
_SAME_CONTENT = re.compile(
    r"[\s,]*(?:(?:voi|co)\s+)?(?:cung\s+noi\s+dung|noi\s+dung\s+tuong\s+tu|tuong\s+tu)\b"
    # "...; Huyện ủy Lập Thạch ban hành Kế hoạch số 70-KH/HU cũng với mục đích ấy", "... nhằm cùng mục đích"
    r"|[\s,]*(?:cung\s+)?(?:(?:voi|vi|nham|de)\s+)?(?:cung\s+muc\s+(?:dich|tieu)|muc\s+(?:dich|tieu)\s+(?:ay|do|nay|tren))\b"
)


def _same_content(
    nt: NormalisedText, sentences: Sentences, described: list[Described], relations: list[MentionRelation]
) -> list[MentionRelation]:
    objects_of: dict[int, list[int]] = {}
    for r in relations:
        if r.predicate == "implements":
            objects_of.setdefault(r.subject, []).append(r.object)
    out = []
    for b, d in enumerate(described):
        end = max(d.tail.end, d.raw.end)
        if (
            b in objects_of
            or d.issuance is None
            or d.issuance.issuer is None
            or not _SAME_CONTENT.match(nt.fold, end)
        ):
            continue
        start = sentences.containing(d.raw.start)[0]
        last_of_previous = (
            len(nt.fold[:start].rstrip()) - 1
        )  # (the spaces between sentences belong to neither)
        # this sentence or the one before
        reach = sentences.containing(last_of_previous)[0] if last_of_previous >= 0 else start
        for a in range(b - 1, -1, -1):
            if described[a].raw.start < reach:
                break
            if a in objects_of:
                out += [
                    MentionRelation(
                        b, "implements", o, (described[a].raw.start, end), "implements.same_content"
                    )
                    for o in dict.fromkeys(objects_of[a])
                    if o != b
                ]
                break
    return out


# "ban hành 4 nghị quyết chuyên đề thực hiện B, gồm: Nghị quyết số 03 ...; Nghị quyết số 04 ...": the members.
_MEMBERS_FOLLOW = re.compile(
    r"^[^.;]{0,200}?,?\s*(?:cu\s+the\s+)?(?:gom|bao\s+gom|trong\s+do(?:\s+co)?)\s*:?\s*$"
)


def _members_of_sets(
    nt: NormalisedText, described: list[Described], inside: list[int], relations: list[MentionRelation]
) -> list[MentionRelation]:
    """A counted set that implements B lends the relation to the documents of its type listed after it."""
    out = []
    for rel in relations:
        counted = described[rel.subject]
        if counted.raw.rule != "mention.count_set" or rel.predicate != "implements":
            continue
        target = described[rel.object]
        # the members follow the set and its target, whichever comes last ("ban hành 4 nghị quyết thực hiện B,
        # gồm: ...", "Để cụ thể hóa B, X ban hành 9 nghị quyết chuyên đề, trong đó có ...")
        last = target if target.raw.start > counted.raw.start else counted
        after = [
            i for i in inside if described[i].raw.start > last.raw.end and i not in (rel.object, rel.subject)
        ]
        if not after:
            continue
        start = last.tail.subject.end if last.tail.subject else max(last.tail.end, last.raw.end)
        if not _MEMBERS_FOLLOW.match(nt.fold[start : described[after[0]].raw.start]):
            continue
        for i in after:
            if described[i].raw.type != counted.raw.type or _right_after_cue(nt, described[i]):
                continue
            out.append(
                MentionRelation(i, rel.predicate, rel.object, rel.sentence, f"{rel.predicate}.set_member")
            )
    return out


_ITEM_MARK_OPENS = re.compile(r"[ \t]*(?:[-+*\u2022\u2013\x1a]|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*")


def _labels_its_line(nt: NormalisedText, colon: int) -> bool:
    """The colon ends a short label that opens a line with more after it ("- Thành ủy: Chương trình số 24")."""
    line_start = nt.fold.rfind("\n", 0, colon) + 1
    line_end = nt.fold.find("\n", colon)
    rest = nt.fold[colon + 1 : line_end if line_end >= 0 else len(nt.fold)]
    mark = _ITEM_MARK_OPENS.match(nt.fold, line_start, colon)
    org = match_org(nt, mark.end()) if mark is not None and rest.strip() else None
    return org is not None and not nt.fold[org.end : colon].strip()


# Issuances read from the clause that introduces a list ("X ban hành ...:", "Các kế hoạch của X:", "X ban hành 2
# chương trình ..., gồm:"): loaders.attributes gives them to the mention that opens each item.
_LIST_INTRO_ISSUANCES = frozenset(
    {"issuer.ban_hanh_list_intro", "issuer.counted_set", "issuer.list_intro_of"}
)


_SPEECH_BEFORE = re.compile(
    r"\b(?:cho\s+biet|cho\s+hay|khang\s+dinh|nhan\s+manh|noi|thong\s+tin|chia\s+se)\s*$"
)


def _items_of_list_intros(
    nt: NormalisedText, sentences: Sentences, described: list[Described]
) -> list[MentionRelation]:
    """'Tỉnh ủy ban hành các chương trình hành động thực hiện B, gồm:\n- Chương trình số 02 ...;\n- Chương trình số
    03 ...', 'Để thực hiện B, X đã ban hành các văn bản sau: 1. ...; 2. ...': the introducing clause says what the
    listed documents carry out, inline or on lines of their own (separate sentences). An item with a target of
    its own keeps it (relate drops these for a subject that already implements something)."""
    out: list[MentionRelation] = []
    targets_at: dict[int, tuple[tuple[int, int], list[int]]] = {}
    for i, d in enumerate(described):
        listed = d.issuance is not None and (
            d.issuance.rule in _LIST_INTRO_ISSUANCES
            # (the last item, after "và", shares the one before's: "...; Chương trình số 04 về ... và Chương trình
            # số 05 về ...")
            or (
                d.issuance.rule == "issuer.ban_hanh_list"
                and i > 0
                and described[i - 1].issuance is not None
                and described[i - 1].issuance.rule in _LIST_INTRO_ISSUANCES  # type: ignore[union-attr]
            )
        )
        # (or an item on a line of its own under a heading: "Hệ thống văn bản thực hiện Nghị quyết 21-NQ/TW:\n▪
        # Chương trình hành động số 20-CTr/TU ...;\n▪ Kế hoạch số 155-KH/TU ...", "Danh mục ...:\n1 | Chương trình
        # số 03")
        line_start = nt.fold.rfind("\n", 0, d.raw.start) + 1
        on_its_line = _ITEM_LINE_OPENS.fullmatch(nt.fold, line_start, d.raw.start) is not None
        # (or issued in a clause of the intro's own sentence: "Các tỉnh triển khai Kết luận số 96-KL/TW: Kon Tum
        # ban hành Kế hoạch số 25-KH/TU, Đắk Nông ban hành Kế hoạch số 41-KH/TU")
        if (
            not listed
            and not on_its_line
            and not _ISSUED_BEFORE.search(nt.fold, max(0, d.raw.start - 16), d.raw.start)
            and not (d.issuance is not None and d.issuance.rule == "issuer.bracketed")
        ):
            continue
        colon = nt.fold.rfind(":", max(0, d.raw.start - 800), d.raw.start)
        while colon >= 0 and _labels_its_line(nt, colon):
            # "- Quận ủy Kiến An: Kế hoạch số 112-KH/QU": an item's label; the list's intro is before the items
            colon = nt.fold.rfind(":", max(0, d.raw.start - 800), colon)
        if on_its_line and not listed:
            if colon < 0 or not _only_items_between(nt, colon, line_start):
                continue
        elif colon < 0 or (
            not listed
            and (
                sentences.containing(colon) != sentences.containing(d.raw.start)
                or _SPEECH_BEFORE.search(
                    nt.fold, max(0, colon - 20), colon
                )  # "... cho biết: Thành ủy đã ban hành"
            )
        ):
            including = _including_intro_end(nt, sentences, d)
            if including is None:
                continue
            colon = including
        if colon not in targets_at:
            targets_at[colon] = _intro_targets(nt, sentences, described, colon)
        (intro_start, _), targets = targets_at[colon]
        if targets and not _item_has_own_cue(nt, d):
            sentence = (intro_start, sentences.containing(d.raw.start)[1])
            out += [MentionRelation(i, "implements", t, sentence, "implements.list_intro") for t in targets]
    return out


# "Kế hoạch số 89-KH/TU ... thực hiện các văn bản sau của Trung ương:\n- Kết luận số 21 ...;\n- Quy định số 37 ...":
# the cue's object is a plural announcing the list below
_LIST_BELOW = re.compile(
    r"\s+(?:cac|nhung)\s+(?:van\s+ban|nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh|chuong\s+trinh|ke\s+hoach)"
    r"(?:\s*,\s*(?:nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh))*(?:\s+sau(?:\s+day)?)?(?:\s+cua\s+[^:.;\n]{1,60})?"
    r"\s*:\s*$"
)


def _objects_listed_below(
    nt: NormalisedText, sentences: Sentences, described: list[Described]
) -> list[MentionRelation]:
    """The one document before such a cue carries out every item of the list below it, each on its own line."""
    out: list[MentionRelation] = []
    for colon in (m.start() for m in re.finditer(":", nt.fold)):
        start = sentences.containing(colon)[0]
        cue = next((c for c in _cues(nt, start, colon) if c.predicate == "implements"), None)
        if cue is None or not _LIST_BELOW.fullmatch(nt.fold, cue.end, colon + 1):
            continue
        before = [i for i, d in enumerate(described) if start <= d.raw.start < cue.start]
        if len(before) != 1 or _is_blocked(nt, start, cue.start):
            continue
        sentence = (start, colon + 1)
        for j, d in enumerate(described):
            line_start = nt.fold.rfind("\n", 0, d.raw.start) + 1
            if d.raw.start <= colon or not _ITEM_LINE_OPENS.fullmatch(nt.fold, line_start, d.raw.start):
                continue
            if not _only_items_between(nt, colon, line_start):
                break
            out.append(MentionRelation(before[0], "implements", j, sentence, "implements.list_below"))
    return out


# (or no mark: "..., gồm:\nChương trình số 01-CTr/TU ...;\nChương trình số 02-CTr/TU ...")
_ITEM_LINE_OPENS = re.compile(rf"[ \t]*(?:{ITEM_MARK}|\d{{1,3}}[ \t]*\|)?[ \t]*")
_ITEM_OR_ROW = re.compile(rf"[ \t]*(?:{ITEM_MARK}|[^\n]*\||(?:{HEAD_RE})\b)")


def _only_items_between(nt: NormalisedText, colon: int, line_start: int) -> bool:
    """Does the intro's line end at its colon, and is every line between it and ``line_start`` an item or a table
    row (the list goes on unbroken from its intro)?"""
    first_break = nt.fold.find("\n", colon, line_start)
    if first_break < 0 or nt.fold[colon + 1 : first_break].strip():
        return False
    lines = nt.fold[first_break + 1 : line_start].split("\n")
    return all(not line.strip() or _ITEM_OR_ROW.match(line) for line in lines)


# "100% cấp ủy đã ban hành kế hoạch thực hiện B, trong đó Huyện ủy X ban hành Kế hoạch số 198 ...", "... gồm Huyện
# ủy Y (Kế hoạch số 135)", "... thực hiện B, đạt 100%. Trong đó, Huyện ủy Z ban hành ...": the clause before
# "trong đó" / "gồm" introduces the documents named after it, as a colon does.
_INCLUDING_IN_CLAUSE = re.compile(
    r"[,;]\s*(?:trong\s+do(?:\s+co)?|gom(?:\s+co)?|bao\s+gom|cu\s+the)\s*[:,]?\s+"
)
_INCLUDING_OPENS = re.compile(r"\W*(?:trong\s+do|cu\s+the|rieng)\b")


def _including_intro_end(nt: NormalisedText, sentences: Sentences, d: Described) -> int | None:
    """Where the clause introducing ``d`` ends: before "trong đó" in its sentence, or at the end of the sentence
    before when "Trong đó" opens its own."""
    start, _ = sentences.containing(d.raw.start)
    found = None
    for m in _INCLUDING_IN_CLAUSE.finditer(nt.fold, start, d.raw.start):
        found = m.start()
    if found is not None:
        return found
    if start == 0 or not _INCLUDING_OPENS.match(nt.fold, start):
        return None
    end = len(nt.fold[:start].rstrip(" \t\n"))
    return end - 1 if end > 0 and nt.fold[end - 1] in ".;" else None


def _intro_targets(
    nt: NormalisedText, sentences: Sentences, described: list[Described], colon: int
) -> tuple[tuple[int, int], list[int]]:
    """The documents the clause before ``colon`` says its list carries out: the objects of its implementing cue,
    when nothing but a counted set stands on the implementing side before the cue."""
    start = sentences.containing(colon)[0]
    inside = [j for j, d in enumerate(described) if start <= d.raw.start < colon]
    for cue in _cues(nt, start, colon):
        if cue.predicate != "implements" or _is_blocked(nt, start, cue.start):
            continue
        before = [j for j in inside if described[j].raw.start < cue.start]
        if any(described[j].raw.rule != "mention.count_set" for j in before):
            return (start, colon), []  # "X ban hành Kế hoạch số 10 thực hiện B, gồm các nội dung: ..."
        return (start, colon), _objects(nt, described, inside, cue)
    return (start, colon), []


def _item_has_own_cue(nt: NormalisedText, d: Described) -> bool:
    """'- Kế hoạch số 02-KH/TU thực hiện Kết luận 12;': the item names its own target."""
    end = min(
        e for e in (nt.fold.find(";", d.raw.end), nt.fold.find("\n", d.raw.end), len(nt.fold)) if e >= 0
    )
    return _CUE_IN_ITEM.search(nt.fold, d.raw.end, end) is not None


_CUE_IN_ITEM = re.compile(rf"\b(?:{IMPLEMENTING_VERBS}|can\s+cu)\b")


# The body of a reproduced document opens with what it carries out and announces itself: "Thực hiện Chỉ thị số
# 45-CT/TW ..., Ban Thường vụ Tỉnh ủy hướng dẫn một số nội dung như sau:".
_AS_FOLLOWS = re.compile(
    r"\b(?:(?:nhu\s+sau|(?:cac|nhung)\s+noi\s+dung(?:\s+[a-z]+){0,3}?\s+sau)\s*[:.]?"
    r"|(?:chi\s+thi|ket\s+luan|quyet\s+dinh|quy\s+dinh|yeu\s+cau)\s*:)\s*(?:\.\.\.|\x1a)?\s*$"
)  # ("... Thành ủy ban hành Chương trình với những nội dung sau:")  # ("... Ban Thường vụ Thành ủy chỉ thị: ...")
_HEADER_BODY_REACH = 1500


def _header_body_frame(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    headers: list[tuple[int, RawMention]],
    sentence: tuple[int, int],
) -> list[MentionRelation]:
    """The header's document (the last one above, close by) implements the objects of the cue opening its body's
    first sentence, when that sentence ends with "như sau:" and names no other document after them."""
    if not _AS_FOLLOWS.search(nt.fold, max(sentence[0], sentence[1] - 30), sentence[1]):
        return []
    above = [i for i, raw in headers if raw.end <= sentence[0] and sentence[0] - raw.end < _HEADER_BODY_REACH]
    if not above:
        return []
    for cue in _cues(nt, sentence[0], sentence[1]):
        if cue.predicate != "implements" or not _FRAME_LEAD.match(nt.fold[sentence[0] : cue.start]):
            return []
        objects = _objects(nt, described, inside, cue)
        last_end = max((described[o].raw.end for o in objects), default=cue.end)
        if not objects or any(
            described[i].raw.start > last_end and i not in objects and not _right_after_cue(nt, described[i])
            for i in inside
        ):
            return []
        return [
            MentionRelation(above[-1], "implements", o, sentence, "implements.header_body")
            for o in objects
            if o != above[-1]
        ]
    return []


def _header_title(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    headers: list[tuple[int, RawMention]],
    sentence: tuple[int, int],
) -> list[MentionRelation]:
    """'Số 47-KH/TU ... KẾ HOẠCH\nthực hiện Kết luận số 150-KL/TW', 'Số/Ký hiệu: 152-KH/TU ... Trích yếu: Kế
    hoạch thực hiện Nghị quyết số 71-NQ/TW': the header's document implements the object of the cue that opens its
    title (loaders/headers.py)."""
    found: list[MentionRelation] = []
    for cue in _cues(nt, sentence[0], sentence[1]):
        # the cue opens the title's line or follows its type, or opens a table row's summary cell (the rows of a
        # table are one sentence: each row's cue has its own subject)
        subject = header_of_title(nt, headers, cue.start) if headers else None
        if subject is None:
            # a row's document need not have a header's issuer: "1 | Kế hoạch 45-KH/TU | Thực hiện Nghị quyết 57"
            subject = table_row_subject(nt, [(i, described[i].raw) for i in inside], cue.start)
        if subject is not None:
            found += [
                MentionRelation(subject, cue.predicate, o, sentence, f"{cue.predicate}.header")
                for o in _objects(nt, described, inside, cue)
                if o != subject
            ]
    return found


# "Đây là văn bản cụ thể hóa B", "Đây là kế hoạch nhằm triển khai B": the sentence's subject is the document the
# sentence before reports issued.
_THIS_IS = re.compile(
    rf"\W*(?:day|do)\s+(?:cung\s+)?(?:la|chinh\s+la)\s+(?:mot\s+)?(?:van\s+ban|buoc(?:\s+di)?|su|{HEAD_RE})\b"
    r"[^.;:\n\d]{0,60}?"
    r"(?:\s(?:de|nham)\s+(?:tiep\s+tuc\s+)?)?$"
)
# ... or a clause after the semicolon that closes the issuing one: "X ban hành Chương trình số 18; đây là văn bản cụ
# thể hóa kết luận trên"
_THIS_IS_CLAUSE = re.compile(r";\s*(?=(?:day|do)\s+(?:cung\s+)?(?:la|chinh\s+la)\s)")


def _this_is(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    sentence: tuple[int, int],
    previous: tuple[tuple[int, int], list[int]],
) -> list[MentionRelation]:
    found: list[MentionRelation] = []
    opening = nt.fold[sentence[0] : sentence[0] + 12]
    if "day " not in opening and "do " not in opening:  # (a cheap test before the pattern)
        return found
    for cue in _cues(nt, sentence[0], sentence[1]):
        if cue.predicate != "implements" or not _THIS_IS.fullmatch(nt.fold, sentence[0], cue.start):
            continue
        earlier = previous[1]
        issued = [
            i
            for i in earlier
            if _ISSUED_BEFORE.search(nt.fold, max(0, described[i].raw.start - 16), described[i].raw.start)
        ]
        subject = issued[-1] if issued else earlier[0]
        span = (previous[0][0], sentence[1])
        found += [
            MentionRelation(subject, "implements", o, span, "implements.this_is")
            for o in _objects(nt, described, inside, cue)
            if o != subject
        ]
        break
    return found


def _right_after(nt: NormalisedText, sentence: tuple[int, int], start: int) -> bool:
    """Does the sentence starting at ``start`` follow ``sentence`` directly (nothing but its final mark between)?"""
    return sentence[1] <= start and not nt.norm[sentence[1] : start].strip(" \t\r\n.!?…")


def _relations_at_cue(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue, sentence: tuple[int, int]
) -> list[MentionRelation]:
    passive = _passive_implementer(nt, described, inside, cue, sentence)
    if passive is not None:
        return passive
    objects = _plural_anaphor(nt, described, cue) or _objects(nt, described, inside, cue)
    if not objects:
        return _fronted_object(nt, described, inside, cue, sentence) or _elided_object(
            nt, described, inside, cue, sentence, inside, sentence
        )
    subject = (
        _issued_then_also(nt, described, inside, cue, sentence)
        or _subject_before(nt, described, inside, cue)
        or _plural_subject(nt, described, cue)
        or _apposed_subject(nt, described, inside, cue)
    )
    if subject is not None:
        subjects, rule = subject
        if rule in ("doc_cue", "subject_cue") and _PURPOSE_BEFORE.search(
            nt.fold, max(0, cue.start - 8), cue.start
        ):
            # "X ban hành A1 và Y ban hành A2 để thực hiện B": the purpose is both clauses'
            subjects = _parallel_issued_before(nt, described, inside, subjects)
        level_ok = _level(described[subjects[0]])
        objects = [o for o in objects if o not in subjects]
        if len(objects) > 1:
            # "UBND tỉnh ban hành Kế hoạch số 134/KH-UBND thực hiện Nghị quyết số 25-NQ/TU và Quyết định số
            # 789/QĐ-UBND về bộ tiêu chí ...": a document of the implementer's own organ, with its own title, after
            # "và" is the second thing issued, not a second thing carried out
            objects = objects[:1] + [
                o
                for o in objects[1:]
                if not _co_issued(described[subjects[0]], described[objects[0]], described[o])
            ]
        if len(subjects) == len(objects) > 1 and (
            _RESPECTIVELY.search(nt.fold, max(0, cue.start - 20), cue.start)
            # ("để thực hiện lần lượt Nghị quyết số 18, 19 và 20": after the verb)
            or _RESPECTIVELY_WORD.search(nt.fold, cue.end, described[objects[0]].raw.start)
            # "các Chương trình hành động số 31, 32 và 33 thực hiện Nghị quyết số 27, Nghị quyết số 28 và Nghị
            # quyết số 29": a list under one head, as many as its objects of one type, in order
            or (_one_list(described, subjects) and len({described[o].raw.type for o in objects}) == 1)
        ):
            # "Kế hoạch 12 và Kế hoạch 13 lần lượt thực hiện Nghị quyết 57 và Nghị quyết 66": in order
            return [
                MentionRelation(s, cue.predicate, o, sentence, f"{cue.predicate}.respectively")
                for s, o in zip(subjects, objects, strict=True)
            ]
        return [
            MentionRelation(s, cue.predicate, o, sentence, f"{cue.predicate}.{rule}")
            for s in subjects
            for o in objects
            if _object_ok(described, o, level_ok)
        ]
    by_means = _by_means(nt, described, inside, cue, objects)
    if (
        by_means
        and len(by_means) == len(objects) > 1
        and _RESPECTIVELY_BEFORE_MEANS.search(
            nt.fold, described[objects[-1]].raw.end, described[by_means[0]].raw.start
        )
    ):
        # "X cụ thể hóa A1, A2 và A3 lần lượt bằng B1, B2 và B3": paired in order
        return [
            MentionRelation(a, cue.predicate, o, sentence, f"{cue.predicate}.respectively")
            for a, o in zip(by_means, objects, strict=True)
        ]
    if by_means:
        return [
            MentionRelation(a, cue.predicate, o, sentence, f"{cue.predicate}.by_means")
            for a in by_means
            for o in objects
            if o != a
        ] + _more_means_pairs(nt, described, inside, cue, by_means[-1], sentence)
    framed = _frame_subjects(nt, described, inside, cue, objects, sentence)
    if len(objects) > 1 or _PLURAL_ANAPHOR.match(nt.fold, cue.end):
        # "Thực hiện các nghị quyết này, X ban hành KH 512 (thực hiện NQ 68) và KH 513 (thực hiện NQ 66)": a
        # document that says in brackets which one it carries out is paired there, not with all of them
        framed = [s for s in framed if not _OWN_ASIDE_CUE.match(nt.fold, described[s].tail.end)]
    if (
        len(framed) == len(objects) > 1
        and described[objects[-1]].raw.end < described[framed[0]].raw.start
        and (
            _RESPECTIVELY_WORD.search(nt.fold, described[objects[-1]].raw.end, described[framed[0]].raw.start)
            # "..., X ban hành Kế hoạch số 210 và Kế hoạch số 211, lần lượt cụ thể hóa từng nghị quyết"
            or _RESPECTIVE_CUE.match(nt.fold, _item_end(described[framed[-1]]))
        )
    ):
        # "Thực hiện Chỉ thị 35 và Kết luận 118, X lần lượt ban hành Kế hoạch 245 và Kế hoạch 290": in order
        return [
            MentionRelation(s, cue.predicate, o, sentence, f"{cue.predicate}.respectively")
            for s, o in zip(framed, objects, strict=True)
        ]
    return [
        MentionRelation(s, cue.predicate, o, sentence, f"{cue.predicate}.thuc_hien_frame")
        for s in framed
        for o in objects
        if s != o
    ]


def _one_list(described: list[Described], indices: list[int]) -> bool:
    """Are the mentions one elliptical list sharing its head ("Chương trình số 31, 32 và 33")?"""
    groups = {described[i].raw.group for i in indices}
    return len(groups) == 1 and None not in groups


_RESPECTIVELY_WORD = re.compile(rf"\b{RESPECTIVELY}\b")
_RESPECTIVELY = re.compile(rf"\b{RESPECTIVELY}\s*,?\s*(?:(?:de|nham)\s+)?$")
_HEAD_TO_CUE = re.compile(r"\s*(?:(?:de|nham)\s+)?")


def _issued_then_also(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue, sentence: tuple[int, int]
) -> tuple[list[int], str] | None:
    """'X ban hành A sửa đổi B về ..., đồng thời thực hiện C': the document the sentence issues carries out C.
    ('..., đồng thời quán triệt C': the body disseminates C, an act of its own, not of the document.)"""
    if nt.fold.startswith("quan", cue.start) or not _then_also(nt, cue, sentence[0]):
        return None
    issued = [i for i in inside if described[i].raw.end <= cue.start and issued_by_a_body(described[i])]
    return ([issued[0]], "then_also") if issued else None


_THEN_ALSO = re.compile(r"(?P<sep>[,;])\s*(?P<also>dong\s+thoi\s+)?$")


def _then_also(nt: NormalisedText, cue: _Cue, start: int) -> bool:
    """Does ", đồng thời" open the cue's clause? After a semicolon only before what a document does ("...; đồng
    thời cụ thể hóa C", "...; cụ thể hóa C"; "...; đồng thời thực hiện C" may be the body's own act), and not
    when the clause issues something of its own ("...; cụ thể hóa C, Huyện ủy ban hành D": a frame)."""
    then = _THEN_ALSO.search(nt.fold, max(start, cue.start - 16), cue.start)
    if then is None:
        return False
    if then.group("sep") == ",":
        return then.group("also") is not None
    if _DOCUMENT_CUE.match(nt.fold, cue.start) is None:
        return False
    return _ISSUING_IN_CLAUSE.match(nt.fold, cue.end) is None


_DOCUMENT_CUE = re.compile(r"(?:cu\s+the|the\s+che)\s+hoa\b")
_ISSUING_IN_CLAUSE = re.compile(r"[^;.!?\n]*?\b(?:ban\s+hanh|xay\s+dung)\b")


def _apposed_subject(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue
) -> tuple[list[int], str] | None:
    """'X ban hành kế hoạch thực hiện Nghị quyết số 44-NQ/TW ... (Kế hoạch số 205-KH/TU)': the cue follows an
    unnumbered head that the mention in brackets (or between dashes) after the objects names."""
    for i in inside:
        raw = described[i].raw
        if raw.start <= cue.end or not nt.fold.endswith(("(", "- "), max(0, raw.start - 2), raw.start):
            continue
        m = APPOSED_HEAD.search(nt.fold, max(0, raw.start - 260), raw.start)
        if (
            m is not None
            and m.end("head") <= cue.start
            and TYPE_OF_HEAD.get(" ".join(m.group("head").split())) == raw.type
            and _HEAD_TO_CUE.fullmatch(nt.fold, m.end("head"), cue.start)
        ):
            return [i], "apposed"
    return None


# "cả hai kế hoạch đều thực hiện B", "các chương trình trên đều nhằm cụ thể hóa B": the last documents of that type.
_PLURAL_HINT = re.compile(
    r"(?=[hb234c])\b(?:hai|ba|bon|[234]|cac)\s+(?:van\s+ban|nghi\s+quyet|ke\s+hoach|chuong\s+trinh|chi\s+thi"
    r"|quy\s+dinh|ket\s+luan|huong\s+dan|de\s+an|nq|kh|ctr)\b"
)
# "Hai quy định", "Các nghị quyết": a count or a plural of a type (or "văn bản", any type)
_PLURAL_OF_TYPE = (
    r"\b(?:ca\s+)?(?P<n>hai|ba|bon|2|3|4|cac)\s+(?P<head>nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh|ke\s+hoach"
    r"|chuong\s+trinh(?:\s+hanh\s+dong)?|huong\s+dan|de\s+an|van\s+ban|nq|kh|ctr)"
)
_PLURAL_SUBJECT = re.compile(
    _PLURAL_OF_TYPE +
    # what kind: "Đây là các chương trình công tác toàn khóa thực hiện B", "Các nghị quyết chuyên đề nhằm ..."
    r"(?:\s+(?:cong\s+tac|toan\s+khoa|chuyen\s+de|lien\s+tich)){0,2}(?:\s+(?:nay|tren|neu\s+tren|noi\s+tren))?"
    # "Hai quy định được ban hành để cụ thể hóa B", "Các nghị quyết đều được xây dựng để thực hiện B"
    r"(?:\s+(?:deu\s+)?(?:da\s+)?duoc\s+(?:ban\s+hanh|xay\s+dung))?"
    rf"\s*,?\s+(?:deu\s+|cung\s+|{RESPECTIVELY}\s*,?\s+)?(?:dong\s+thoi\s+)?(?:(?:nham|de)\s+)?"
    # what they do to it: "Hai văn bản này hướng dẫn và tổ chức thực hiện B"
    r"(?:(?:huong\s+dan|chi\s+dao|lanh\s+dao)\s+(?:va\s+)?)?(?:to\s+chuc\s+)?$"
)


_PLURAL_DRAWN = re.compile(
    _PLURAL_OF_TYPE + r"(?:\s+(?:chuyen\s+de|nay|tren)){0,2}\s+(?:deu\s+)?(?:da\s+)?duoc\s+$"
)


def _plural_subject(
    nt: NormalisedText, described: list[Described], cue: _Cue
) -> tuple[list[int], str] | None:
    m = _PLURAL_SUBJECT.search(nt.fold, max(0, cue.start - 60), cue.start)
    if m is None and _DRAWN_FROM.match(nt.fold, cue.end):
        # "Các nghị quyết được cụ thể hóa từ Nghị quyết Đại hội ...": what they were drawn from, they carry out
        m = _PLURAL_DRAWN.search(nt.fold, max(0, cue.start - 60), cue.start)
    if m is None:
        return None
    words = " ".join(m.group("head").split())
    head = None if words == "van ban" else TYPE_OF_HEAD[words]  # "Hai văn bản này": documents of any type
    paragraph = nt.norm.rfind("\n\n", 0, cue.start)
    picked = sorted(_numbered_of_type(described, head, m.start(), paragraph).values())
    count = _COUNT_WORDS.get(m.group("n"))
    chosen = picked[-count:] if count is not None and len(picked) >= count else []
    if count is None:
        chosen = _last_list(nt, described, picked)
        if not chosen:
            # "... Huyện ủy A có Kế hoạch số 50; đến tháng 10, Huyện ủy B có Kế hoạch số 62. Các kế hoạch này đều
            # cụ thể hóa ...": those of the sentence before, however it names them
            ended = len(nt.fold[: m.start()].rstrip(" \t\n.!?"))
            before = max(nt.fold.rfind(". ", 0, ended), nt.fold.rfind("\n", 0, ended)) + 1
            in_sentence = [i for i in picked if described[i].raw.start >= before]
            chosen = in_sentence if len(in_sentence) >= 2 else []
    return (chosen, "plural_subject") if chosen else None


# "... về thực hiện hai Nghị quyết trên địa bàn", "quán triệt ba nghị quyết nói trên": the last documents of
# that type named before, in the same paragraph.
# Uncounted, "các nghị quyết nêu trên" names the last list of documents of that type (a single one is the
# singular anaphor's business: loaders.find, loaders.corefer).
_PLURAL_HEADS = (
    r"nghi\s+quyet|ket\s+luan|chi\s+thi|quy\s+dinh|ke\s+hoach|chuong\s+trinh\s+hanh\s+dong|huong\s+dan|de\s+an"
    r"|van\s+ban"
)
# (two heads: "các kết luận và kế hoạch trên", "các nghị quyết, kết luận nêu trên")
_PLURAL_ANAPHOR = re.compile(
    r"(?:\s+(?:dong\s+thoi|dong\s+bo|nghiem\s+tuc|(?:co\s+)?hieu\s+qua))?\s+(?:(?:ca\s+|cac\s+)?(?P<n>hai|ba|bon|2|3|4)\s+|(?P<all>cac|nhung)\s+)"
    rf"(?P<head>{_PLURAL_HEADS})\b(?(all)(?:\s*(?:,|va)\s*(?P<head2>{_PLURAL_HEADS})\b)?)"
    r"(?(all)\s+(?:neu\s+tren|noi\s+tren|tren|nay|do)\b)"
)
_COUNT_WORDS = {"hai": 2, "ba": 3, "bon": 4, "2": 2, "3": 3, "4": 4}


def _plural_anaphor(nt: NormalisedText, described: list[Described], cue: _Cue) -> list[int]:
    m = _PLURAL_ANAPHOR.match(nt.fold, cue.end)
    if m is None:
        return []
    words = " ".join(m.group("head").split())
    head = None if words == "van ban" else TYPE_OF_HEAD[words]  # "văn bản": a document of any type
    if m.group("all") is not None:
        # "Thứ nhất là Nghị quyết số 04 ... Thứ ba là Nghị quyết số 06 ... Để triển khai các nghị quyết trên": the
        # members the article enumerated, over several paragraphs
        enumerated = [
            i
            for i, d in enumerate(described)
            if d.issuance is not None
            and d.issuance.rule == "issuer.enumerated"
            and d.raw.start < cue.start
            and (head is None or d.raw.type == head)
        ]
        if len(enumerated) >= 2:
            return enumerated
    paragraph = nt.norm.rfind("\n\n", 0, cue.start)
    before = cue.start
    if (
        head is None
    ):  # "... ; Tỉnh ủy ban hành Kế hoạch 40 thực hiện cả hai văn bản trên": not the clause's own
        before = max(nt.fold.rfind(c, 0, cue.start) for c in ";.") + 1 or cue.start
    picked = _numbered_of_type(described, head, before, paragraph)
    if not picked and paragraph > 0:  # "Ngay sau hội nghị, X ban hành A triển khai các nghị quyết trên."
        picked = _numbered_of_type(described, head, cue.start, nt.norm.rfind("\n\n", 0, paragraph))
    if m.group("all") is not None:
        found = _last_list(nt, described, sorted(picked.values()))
        if m.group("head2"):
            # two kinds: the plural is the union, each kind's last list or last document
            second = TYPE_OF_HEAD.get(" ".join(m.group("head2").split()))
            clause = max(nt.fold.rfind(c, 0, cue.start) for c in ";.") + 1  # not the clause's own document
            others = sorted(_numbered_of_type(described, second, clause or cue.start, paragraph).values())
            firsts = found or sorted(picked.values())[-1:]
            found = sorted({*firsts, *(_last_list(nt, described, others) or others[-1:])})
        return found
    if len(picked) < _COUNT_WORDS[m.group("n")]:
        return []  # fewer documents than the text counts: it names others
    return sorted(picked.values())[-_COUNT_WORDS[m.group("n")] :]


def _numbered_of_type(
    described: list[Described], head: str | None, before: int, floor: int
) -> dict[tuple[str | None, str | None, str | None], int]:
    """The numbered documents of type ``head`` named between ``floor`` and ``before``, the last mention of each."""
    picked: dict[tuple[str | None, str | None, str | None], int] = {}
    for i in range(len(described) - 1, -1, -1):
        raw = described[i].raw
        named = raw.number or (f"congress-{raw.congress}-{raw.congress_unit}" if raw.congress else None)
        if raw.start >= before or (head is not None and raw.type != head) or named is None:
            continue  # numbered, or a congress resolution ("học tập hai nghị quyết" after two congresses)
        if raw.start < floor:
            break
        # two provinces' "45-KH/TU" are two documents: the place of the issuer tells them apart
        place = next((o.place for o in described[i].issuers if o.place), None)
        picked.setdefault((named.lstrip("0"), raw.symbol, place), i)
    return picked


def _last_list(
    nt: NormalisedText, described: list[Described], candidates: list[int], clauses: bool = False
) -> list[int]:
    """The last of ``candidates`` with those listed right before it (a shared head, a comma, "và", ";"); with
    ``clauses``, also those of coordinated issuing clauses ("A ban hành X và B ban hành Y")."""
    if len(candidates) < 2:
        return []
    chosen = [candidates[-1]]
    for i in reversed(candidates[:-1]):
        d, nxt = described[i], described[chosen[0]]
        same_group = d.raw.group is not None and d.raw.group == nxt.raw.group
        gap_start = d.tail.subject.end if d.tail.subject else d.tail.end
        if (
            not same_group
            and not _LIST_SEPARATOR.match(nt.fold[gap_start : nxt.raw.start])
            and not (clauses and _issuing_clause_between(nt, gap_start, nxt.raw.start))
        ):
            break
        chosen.insert(0, i)
    return chosen if len(chosen) >= 2 else []


_PROMULGATED = re.compile(r"[^,;.\n]{0,80}?\b(?:ve\s+viec\s+)?ban\s+hanh\s+")
# (each clause may open with its own day: "...; ngày 9/9/2024, Đảng ủy Khối B ban hành A2")
_CLAUSE_DAY = r"(?:(?:ngay|thang)\s+\d{1,2}(?:\s*[/.-]\s*\d{1,4}){1,2}\s*,?\s*)?"
_CLAUSE_SEPARATOR = re.compile(r"\s*(?:,|;|va|,\s*va)\s+" + _CLAUSE_DAY)
# ("..., Huyện ủy B có Kế hoạch số 38 và Huyện ủy C có Kế hoạch số 33 cùng thực hiện ...": has, for has issued)
_ISSUES_NEXT = re.compile(r"\s*(?:(?:da|cung|vua)\s+)*(?:ban\s+hanh|co)\s+$")


def _issuing_clause_between(nt: NormalisedText, start: int, end: int) -> bool:
    """Is ``fold[start:end]`` the opening of the next issuing clause: "và Ủy ban MTTQ tỉnh ban hành "?"""
    separator = _CLAUSE_SEPARATOR.match(nt.fold, start, end)
    org = match_org(nt, separator.end()) if separator else None
    return org is not None and org.end <= end and _ISSUES_NEXT.fullmatch(nt.fold, org.end, end) is not None


_BY_MEANS = re.compile(
    r"^[^;:.!?\n]{0,160}?\s(?:bang|thanh|thong\s+qua)\s+(?:viec\s+ban\s+hanh\s+)?(?:cac\s+)?"
    # (or a count of them, then the list: "bằng 3 nghị quyết chuyên đề: Nghị quyết số 05 ..., ...")
    rf"(?:(?:\d{{1,2}}|hai|ba|bon|nam|sau)\s+(?:{HEAD_RE})(?:\s+(?:chuyen\s+de|trong\s+tam|trong\s+diem))?\s*:\s*)?$"
)  # the object's title may stand before "bằng"


def _by_means(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue, objects: list[int]
) -> list[int]:
    """'Quận ủy đã cụ thể hóa Nghị quyết 43 về ... bằng Chương trình hành động 09', 'Huyện ủy triển khai Nghị
    quyết 57 bằng Kế hoạch 12' (also "thông qua"): the document after 'bằng' ("thành" only after cụ thể hóa)."""
    end = described[objects[-1]].raw.end
    after = [i for i in inside if described[i].raw.start >= end and i not in objects]
    gap = nt.fold[end : described[after[0]].raw.start] if after else ""
    if after and _BY_MEANS.match(gap):
        if " thanh " in gap[-8:] and not nt.fold.startswith(("cu the hoa", "the che hoa"), cue.start):
            return []
        return _listed_from(nt, described, inside, after)  # "... bằng Kế hoạch số 120 và Đề án số 06"
    return []


_RESPECTIVELY_BEFORE_MEANS = re.compile(rf"\b{RESPECTIVELY}\s+(?:bang|thong\s+qua)\b")
_MEANS_RIGHT_AFTER = re.compile(r"^\s+(?:bang|thong\s+qua)\s+(?:viec\s+ban\s+hanh\s+|cac\s+)?$")
_TOPIC_SEPARATOR = re.compile(r"\s*[-:,]\s*")


def _fronted_object(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue, sentence: tuple[int, int]
) -> list[MentionRelation]:
    """'Kết luận số 21-KL/TW của Hội nghị Trung ương 4 – Ban Thường vụ Huyện ủy đã cụ thể hóa bằng Kế hoạch số
    64-KH/HU': the document opening the sentence, set off by a dash, colon or comma before the body that acts, is
    the object of the cue; the document after "bằng" implements it."""
    before = [i for i in inside if described[i].raw.end <= cue.start]
    after = [i for i in inside if described[i].raw.start >= cue.end]
    if (
        not before
        or not after
        or not _MEANS_RIGHT_AFTER.match(nt.fold[cue.end : described[after[0]].raw.start])
    ):
        return []
    topic = described[before[0]]
    if nt.fold[sentence[0] : topic.raw.start].strip() or len(_group(described, inside, before[0])) != len(
        before
    ):
        return []  # the document must open the sentence, and be the only one before the cue
    reach = max(topic.tail.end, topic.raw.end, topic.tail.subject.end if topic.tail.subject else 0)
    separator = _TOPIC_SEPARATOR.match(nt.fold, reach, cue.start)
    if separator is None or not find_orgs(nt, separator.end(), cue.start):
        return []
    return [
        MentionRelation(a, cue.predicate, i, sentence, f"{cue.predicate}.fronted_object")
        for a in _listed_from(nt, described, inside, after)
        for i in before
    ]


# (or only a clause of something else: "... để triển khai thực hiện, đồng thời thành lập Ban Chỉ đạo")
# A cue may end with where or how it is carried out: "... để triển khai tại cơ sở.", "... để thực hiện trên địa bàn
# huyện.", "... để quán triệt đến các chi bộ."
_WHERE_OR_HOW = (
    r"(?:\s+(?:tai|o|tren|trong|den|toi)\s+(?:co\s+so|dia\s+phuong|don\s+vi|dia\s+ban|toan|cac|chi\s+bo|dang\s+bo)"
    r"(?:\s+[^\W\d_]+){0,5}|\s+(?:hieu\s+qua|nghiem\s+tuc|dong\s+bo|kip\s+thoi))?"
)
# (or a clause on what the document sets out: "..., trong đó chọn khâu đột phá là ...", "..., với 5 nhóm nhiệm vụ")
_REQUESTS = re.compile(r"\b(?:yeu\s+cau|de\s+nghi|doi\s+hoi|keu\s+goi|giao\s+cho|giao)\b")
_REQUEST_CLAUSE = re.compile(r"(?:,|\btrong\s+do)\s*(?:yeu\s+cau|de\s+nghi|doi\s+hoi)\b")
_YEARS_OF = re.compile(r"\b(?:\d{1,2}|" + NUMBER_WORDS + r")\s+nam\s+(?:(?:tiep\s+tuc|trien\s+khai)\s+)?$")
# A request's verb, then the bodies or people asked
_REQUESTS_OF_BODIES = re.compile(
    r"\b(?:yeu\s+cau|de\s+nghi|keu\s+goi)\s+(?:(?:cac|moi|toan\s+the)\s+)?"
    r"(?:cap\s+uy|dang\s+uy|chi\s+bo|to\s+chuc|co\s+quan|don\s+vi|dia\s+phuong|can\s+bo|dang\s+vien)\b"
)
_NOTHING_AFTER = re.compile(
    # (then what else it does: "... để cụ thể hóa, giao chỉ tiêu cho từng chi bộ")
    rf"^{_WHERE_OR_HOW}(?:[\W_]*$|\s*;|\s*,\s*(?:dong\s+thoi|sau\s+do|trong\s+do|voi|qua\s+do|xac\s+dinh|giao"
    r"|phan\s+cong|de\s+ra|dat\s+ra|phan\s+dau)\b)"
)


def _elided_object(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    cue: _Cue,
    sentence: tuple[int, int],
    candidates: list[int],
    evidence: tuple[int, int],
) -> list[MentionRelation]:
    """'Sau khi Bộ Chính trị ban hành Kết luận 87, Tỉnh ủy ban hành Kế hoạch 9 để triển khai thực hiện.': a cue
    that ends the sentence implements the last of ``candidates`` (documents of this sentence or of the one just
    before) named before the implementing document."""
    if cue.predicate != "implements" or not _NOTHING_AFTER.match(nt.fold[cue.end : sentence[1]]):
        return []
    subject = _subject_before(nt, described, inside, cue)
    if subject is None:
        return []
    subjects, _ = subject
    last = described[subjects[-1]]
    purpose = _PURPOSE_BEFORE.search(nt.fold, max(0, cue.start - 20), cue.start) or _PURPOSE_RUN.search(
        nt.fold, max(0, cue.start - 30), cue.start
    )
    # (or the cue right after the one document issued and its date: "- X ban hành Kế hoạch số 60 ngày D triển khai
    # thực hiện.", under a heading that names what)
    right_after = (
        len(subjects) == 1
        and not nt.fold[cue.end : sentence[1]].strip(
            " .;:\n"
        )  # ("triển khai trên địa bàn xã": deployed, no object)
        and last.issuance is not None
        and last.issuance.issuer is not None
        and not _right_after_cue(nt, last)
        and _RIGHT_AFTER_ITS_TAIL.fullmatch(nt.fold, max(last.tail.end, last.raw.end), cue.start) is not None
    )
    if not purpose and not right_after:
        return []  # "A và B đã được quán triệt.": no purpose, no implementing
    subjects = _parallel_issued_before(nt, described, inside, subjects)
    if not purpose and len(subjects) != 1:
        return []
    first = min(described[i].raw.start for i in subjects)
    earlier = [i for i in candidates if described[i].raw.end <= first]
    # "Tỉnh ủy ban hành CTr 12 thực hiện NQ 58, Huyện ủy ban hành KH 67 để triển khai thực hiện": NQ 58 is the
    # object of a cue of its own; what KH 67 carries out is the issued CTr 12
    issued = [i for i in earlier if not _right_after_cue(nt, described[i])]
    target = (issued or earlier)[-1] if earlier else None
    if target is None or _below(described[target], described[subjects[0]]):
        return []
    return [
        MentionRelation(s, "implements", target, evidence, "implements.elided_object")
        for s in subjects
        if s != target
    ]


_RIGHT_AFTER_ITS_TAIL = re.compile(r"[\s,]*(?:(?:trien\s+khai|to\s+chuc)\s+)?")


# "Để triển khai, Ban Thường vụ Tỉnh ủy ban hành A; Đảng ủy Khối ban hành B.": a purpose opening the sentence with
# no object of its own
_FRONTED_NO_OBJECT = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:de|nham)\s+(?:tiep\s+tuc\s+)?$")
_COMMA_AFTER_CUE = re.compile(r"(?:\s+thuc\s+hien)?\s*,")


def _fronted_elided(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    cue: _Cue,
    evidence: tuple[int, int],
    candidates: list[int],
) -> list[MentionRelation]:
    """'X ban hành Nghị quyết 09. Để triển khai, Ban Thường vụ ban hành Kế hoạch 345; Đảng ủy Khối ban hành Kế hoạch
    78.': what the sentence's issuing clauses issue carries out the document the sentence before issued."""
    if (
        cue.predicate != "implements"
        or not _FRONTED_NO_OBJECT.search(nt.fold, max(0, cue.start - 16), cue.start)
        or not _COMMA_AFTER_CUE.match(nt.fold, cue.end)
    ):
        return []
    subjects = [
        i
        for i in inside
        if described[i].raw.start > cue.end
        and (issuance := described[i].issuance) is not None
        and issuance.issuer is not None
    ]
    target = _last_issued(nt, described, candidates, subjects)
    if target is None:
        return []
    return [MentionRelation(s, "implements", target, evidence, "implements.fronted_elided") for s in subjects]


def _last_issued(
    nt: NormalisedText, described: list[Described], candidates: list[int], subjects: list[int]
) -> int | None:
    """The last of ``candidates`` the text reports issued (not one named right after a cue), when there are
    subjects and it is not of a lower level than they are: what an elided object stands for."""
    issued = [
        i for i in candidates if described[i].issuance is not None and not _right_after_cue(nt, described[i])
    ]
    if not issued:
        # none issued: the sentence's subject ("Nghị quyết Đại hội Đảng bộ huyện ... đề ra 22 chỉ tiêu. Để cụ thể
        # hóa, X ban hành ...")
        issued = [i for i in candidates if _opens_sentence(nt, described[i])][:1]
    if not subjects or not issued or _below(described[issued[-1]], described[subjects[0]]):
        return None
    return issued[-1]


def _elided_by_means(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    cue: _Cue,
    candidates: list[int],
    evidence: tuple[int, int],
) -> list[MentionRelation]:
    """'X ban hành Kế hoạch 130; Đảng ủy Khối cụ thể hóa bằng Chương trình 15': a cue followed at once by its means
    (no object between): the means carry out what the clause or sentence before reports issued, or opens with."""
    if cue.predicate != "implements":
        return []
    means = [i for i in inside if described[i].raw.start >= cue.end]
    if not means or not _MEANS_RIGHT_AFTER.match(nt.fold[cue.end : described[means[0]].raw.start]):
        return []
    subjects = _listed_from(nt, described, inside, means)
    earlier = [i for i in candidates if described[i].raw.end <= cue.start]
    target = _last_issued(nt, described, earlier, subjects)
    if target is None:
        return []
    return [
        MentionRelation(s, "implements", target, evidence, "implements.elided_by_means")
        for s in subjects
        if s != target
    ]


_CUE_THEN_COLON = re.compile(r"\s*:")


def _elided_before_list(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    cue: _Cue,
    sentence: tuple[int, int],
    before_sentence: list[int],
) -> list[MentionRelation]:
    """'Sau khi Tỉnh ủy ban hành A ..., các đảng bộ trực thuộc đã cụ thể hóa: X ban hành B; Y ban hành C': a cue
    with no object, before a colon and a list of issuing clauses; what they issue carries out the document issued
    before the cue (in the sentence, else in the sentence just before)."""
    if cue.predicate != "implements" or not _CUE_THEN_COLON.match(nt.fold, cue.end):
        return []
    colon = nt.fold.index(":", cue.end)
    subjects = [
        i
        for i in inside
        if described[i].raw.start > colon
        and (issuance := described[i].issuance) is not None
        and issuance.issuer is not None
        and issuance.rule == "issuer.ban_hanh_before"
    ]
    earlier = [i for i in inside if described[i].raw.end <= cue.start] or before_sentence
    target = _last_issued(nt, described, earlier, subjects)
    if target is None:
        return []
    evidence = (min(sentence[0], described[target].raw.start), sentence[1])
    return [
        MentionRelation(s, "implements", target, evidence, "implements.elided_before_list") for s in subjects
    ]


def _same_issuing(item: Described, earlier: Described) -> bool:
    """Were both issued in one clause: the same issuance, or the later one given the earlier's as a list item?"""
    a, b = item.issuance, earlier.issuance
    if a is None or b is None or a.issuer is None or b.issuer is None or _right_after_cue_free(earlier):
        return False
    return a is b or (a.rule == "issuer.ban_hanh_list" and a.issuer is b.issuer)


def _right_after_cue_free(d: Described) -> bool:
    return d.raw.rule.startswith("mention.anaphor")


def _parallel_issued_before(
    nt: NormalisedText, described: list[Described], inside: list[int], subjects: list[int]
) -> list[int]:
    """'Đảng ủy xã A ban hành Kế hoạch 10, Đảng ủy phường B ban hành Kế hoạch 11 để triển khai': the clauses
    before the subject's, each a body issuing a document, share its purpose."""
    out = list(subjects)
    first = min(out, key=lambda i: described[i].raw.start)
    for i in reversed([i for i in inside if described[i].raw.end <= described[first].raw.start]):
        d = described[i]
        gap_start = max(d.tail.end, d.raw.end)
        gap = nt.fold[gap_start : described[first].raw.start]
        if (
            described[first].tail.subject
            and _same_issuing(described[first], d)
            and _LIST_SEPARATOR.match(
                nt.fold[d.tail.subject.end if d.tail.subject else gap_start : described[first].raw.start]
            )
        ):
            # "Thành ủy ban hành Quy định số 19 về ... và Quy định số 20 về ..., nhằm thực hiện B": items of one
            # issuing, each with its title
            out.insert(0, i)
            first = i
            continue
        # (a body opens the clause, named with a capital: "..., Bộ Công an ban hành A2" is a state body's)
        body = _JOIN.match(gap)
        opens_with_name = (
            body is not None and nt.norm[gap_start + body.end() : gap_start + body.end() + 1].isupper()
        )
        if (
            d.issuance is None
            or d.issuance.issuer is None
            or not _NEXT_ISSUER.match(gap)
            or not opens_with_name
        ):
            break
        if _SUBORDINATE_CLAUSE.search(nt.fold, max(0, d.raw.start - 150), d.raw.start):
            break  # "Sau khi Tỉnh ủy ban hành A, Huyện ủy ban hành B để triển khai": A is what B carries out
        out.insert(0, i)
        first = i
    return out


_JOIN = re.compile(r"\s*(?:[;,]|(?:,\s*)?va)\s*")
_SUBORDINATE_CLAUSE = re.compile(
    # (after a dateline's dash or an opening quote too: "(Baosonla.vn) - Ngay sau khi ...")
    r"(?:^|[.;,:\n\-\"\x1a]\s*)(?:ngay\s+)?(?:sau\s+khi|khi|truoc\s+khi|tren\s+co\s+so|can\s+cu|de)\b[^.;,:\n]*$"
)
_PASSIVE_BEFORE = re.compile(
    r"\bduoc\s+(?:\(?[^\W\d_]+\)?\s+){0,10}?$"
)  # ("Tỉnh ủy (cũ)" may be the agent)  # "được Ban Thường vụ Tỉnh ủy Đồng Nai triển khai"
_PASSIVE_AFTER = re.compile(r"^\s*(?:thuc\s+hien\s+)?(?:bang|thanh|qua|thong\s+qua|tai|trong)\s+(?:cac\s+)?$")


_DRAWN_FROM = re.compile(r"\s+tu\s+")


def _passive_implementer(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue, sentence: tuple[int, int]
) -> list[MentionRelation] | None:
    """'Nghị quyết B được Tỉnh ủy cụ thể hóa bằng Chương trình A': A implements B (the object comes first)."""
    before = [i for i in inside if described[i].raw.end <= cue.start]
    after = [i for i in inside if described[i].raw.start >= cue.end]
    if after and _DRAWN_FROM.fullmatch(nt.fold, cue.end, described[after[0]].raw.start):
        plural = _plural_subject(nt, described, cue)
        if plural is not None and _PLURAL_DRAWN.search(nt.fold, max(0, cue.start - 60), cue.start):
            # "Các nghị quyết được cụ thể hóa từ Nghị quyết Đại hội ...": each carries out what it was drawn from
            return [
                MentionRelation(s, cue.predicate, after[0], sentence, f"{cue.predicate}.drawn_from")
                for s in plural[0]
            ]
    if not before or not after:
        return None
    b, a = described[before[-1]], described[after[0]]
    if _DRAWN_FROM.fullmatch(nt.fold, cue.end, a.raw.start) and _PASSIVE_BEFORE.search(
        nt.fold[b.tail.end : cue.start]
    ):
        # "Nghị quyết số 05 ... được cụ thể hóa từ Nghị quyết Đại hội ...": what it was drawn from, it carries out
        return [MentionRelation(before[-1], cue.predicate, after[0], sentence, f"{cue.predicate}.drawn_from")]
    if not _PASSIVE_AFTER.match(nt.fold[cue.end : a.raw.start]):
        return None
    if not _PASSIVE_BEFORE.search(nt.fold[b.tail.end : cue.start]):
        return None
    implementers = _listed_from(nt, described, inside, after)
    if len(implementers) > 1 and _RESPECTIVELY_WORD.search(nt.fold, b.tail.end, cue.start):
        # "Chỉ thị số 05 ... và Kết luận số 01 ... lần lượt được Tỉnh ủy triển khai bằng Kế hoạch số 30 và Kế
        # hoạch số 28": in order, when the lists are as long
        implemented_list = _last_list(nt, described, before)
        if len(implemented_list) == len(implementers):
            return [
                MentionRelation(a_i, cue.predicate, b_i, sentence, f"{cue.predicate}.respectively")
                for a_i, b_i in zip(implementers, implemented_list, strict=True)
            ]
    # "Quy định số 232 về thi hành Điều lệ Đảng được Tỉnh ủy triển khai bằng A": the QĐ, whose title names the
    # Charter (only when "được" follows that title directly: ", Nghị quyết tiếp tục được ..." opens a clause)
    implemented = before[-1]
    while "," not in nt.fold[b.tail.subject.end if b.tail.subject else b.tail.end : cue.start]:
        title_of = _titled_by(nt, described, before, implemented)
        if title_of is None:
            break
        implemented = title_of
    # "Nghị quyết số 18, 19 của Ban Chấp hành Trung ương được Tỉnh ủy cụ thể hóa bằng A": each of a list before
    # (not an object of a cue of its own: "A thực hiện B, Kế hoạch này được Huyện ủy cụ thể hóa bằng C")
    listed = _last_list(nt, described, before) if implemented == before[-1] else []
    if any(_right_after_cue(nt, described[i]) for i in listed):
        listed = []
    targets = listed or [implemented]
    return [
        MentionRelation(a_i, cue.predicate, target, sentence, f"{cue.predicate}.passive")
        for a_i in implementers
        for target in targets
    ]


def _listed_from(
    nt: NormalisedText, described: list[Described], inside: list[int], after: list[int]
) -> list[int]:
    """The list that opens with ``after[0]``: "... bằng Kế hoạch 298 và Hướng dẫn 20" (items without a cue of
    their own, nor a means of their own: "... bằng KH 300 và NQ 59 bằng KH 301")."""
    listed = _group(described, inside, after[0])
    for nxt in after:
        if nxt in listed or described[nxt].raw.start < described[listed[-1]].raw.end:
            continue
        tail = described[listed[-1]].tail
        gap_start = tail.subject.end if tail.subject else tail.end
        if (
            not _LIST_SEPARATOR.match(nt.fold[gap_start : described[nxt].raw.start])
            or _has_own_cue(nt, described, inside, nxt)
            or _means_of(nt, described, inside, nxt) is not None
        ):
            break
        listed.extend(_group(described, inside, nxt))
    return listed


_MEANS_THEN = re.compile(r"\s*,?\s+(?:bang|thong\s+qua)\s+(?:cac\s+)?")


def _means_of(nt: NormalisedText, described: list[Described], inside: list[int], index: int) -> int | None:
    """The document right after "<index> bằng ...", if any."""
    d = described[index]
    means = _MEANS_THEN.match(nt.fold, max(d.raw.end, d.tail.end))
    if means is None:
        return None
    return next((i for i in inside if described[i].raw.start == means.end()), None)


def _more_means_pairs(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    cue: _Cue,
    last: int,
    sentence: tuple[int, int],
) -> list[MentionRelation]:
    """'cụ thể hóa B1 bằng A1 và B2 bằng A2': each further pair after the first, joined by "và" or a comma."""
    found: list[MentionRelation] = []
    while True:
        tail = described[last].tail
        gap_start = max(described[last].raw.end, tail.subject.end if tail.subject else tail.end)
        nxt = next((i for i in inside if described[i].raw.start >= gap_start), None)
        if nxt is None or not _LIST_SEPARATOR.match(nt.fold[gap_start : described[nxt].raw.start]):
            return found
        means = _means_of(nt, described, inside, nxt)
        if means is None:
            return found
        found.append(MentionRelation(means, cue.predicate, nxt, sentence, f"{cue.predicate}.by_means"))
        last = means


def _titled_by(nt: NormalisedText, described: list[Described], before: list[int], index: int) -> int | None:
    """The mention just before ``index`` whose title ("về ...") runs on into it, if any."""
    k = before.index(index)
    if k == 0:
        return None
    previous = described[before[k - 1]]
    subject = previous.tail.subject
    if subject is None or subject.start < previous.raw.end:
        return None
    return before[k - 1] if not nt.fold[subject.end : described[index].raw.start].strip() else None


def _object_ok(described: list[Described], index: int, subject_level: str | None) -> bool:
    return not described[index].raw.generic_head or subject_level is not None


def _group(described: list[Described], inside: list[int], index: int) -> list[int]:
    group = described[index].raw.group
    if group is None:
        return [index]
    return [i for i in inside if described[i].raw.group == group]


def _objects(nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue) -> list[int]:
    following = [i for i in inside if described[i].raw.start >= cue.end]
    if not following:
        return []
    gap = nt.fold[cue.end : described[following[0]].raw.start]
    if (
        not _OBJECT_GAP.match(gap)
        and not _GROUP_LISTED.match(gap)
        and not (_OTHER_OBJECT_FIRST.match(gap) and described[following[0]].tail.issuers)
        # "thực hiện việc luân chuyển cán bộ ... theo Quy định số 65", "học tập chuyên đề theo Kết luận số 01": what
        # is carried out, then the document it follows (domain.md §4, "thực hiện ... theo")
        and not (
            _FOLLOWING_CUE.search(nt.fold, cue.start, cue.end)
            and _ACCORDING_GAP.fullmatch(gap)
            and _document_right_before(nt, described, inside, cue)
        )
    ):
        return []
    objects = _group(described, inside, following[0])
    while True:
        last = objects[-1]
        later = [i for i in inside if described[i].raw.start > described[last].raw.start and i not in objects]
        if not later:
            return objects
        nxt = later[0]
        if _WORKING_RULES.match(nt.fold, described[nxt].raw.start):
            return objects  # "thực hiện NQ 57 và Quy chế làm việc của ...": a body's own rules, the next item issued
        tail = described[last].tail
        gap_start = tail.subject.end if tail.subject else tail.end
        # "thực hiện KH 15 về thực hiện NQ 57 của Bộ Chính trị và KH 16 về ...": a document named in the object's
        # title is the title's; the list goes on after it
        skipped = False
        while (
            tail.subject is not None
            and len(later) > 1
            and not nt.fold[gap_start : described[nxt].raw.start].strip()
            and _right_after_cue(nt, described[nxt])
        ):
            gap_start = _item_end(described[nxt])
            later = later[1:]
            nxt, skipped = later[0], True
        if skipped and described[nxt].raw.type != described[last].raw.type:
            return objects  # ("KH 88 về thực hiện Chỉ thị 05 và Kết luận 01": the title's list goes on)
        # "Chỉ thị số 45-CT/TW ... (thay thế Chỉ thị 35) và Kế hoạch số 301": a document named in an aside
        while len(later) > 1 and (closed := _aside_around(nt, gap_start, described[nxt])) is not None:
            gap_start, later = closed, later[1:]
            nxt = later[0]
        # (a quoted title's closing quote may stand before the separator)
        sep = _LIST_SEPARATOR.match(nt.fold[gap_start : described[nxt].raw.start].lstrip('"\x1a)'))
        # "thực hiện Nghị quyết Trung ương 4 về ... gắn với thực hiện Chỉ thị số 05": the title joins another
        if (
            tail.subject
            and not nt.fold[tail.subject.end : described[nxt].raw.start].strip()
            and _JOINED_CUE_END.search(nt.fold, tail.subject.start, tail.subject.end)
        ):
            objects.extend(_group(described, inside, nxt))
            continue
        if _JOINED_CUE_GAP.match(nt.fold[gap_start : described[nxt].raw.start]):
            objects.extend(_group(described, inside, nxt))  # "..., gắn với thực hiện Nghị quyết số 43"
            continue
        if (
            not sep
            or _sibling_of_implementer(described, inside, cue, objects[0], nxt)
            or (
                # "...; Kế hoạch 67 thực hiện Nghị quyết 11; Quyết định 980 thành lập Ban Chỉ đạo": after a semicolon,
                # a document of another type with its own predicate is the next item of the issued list
                sep.group("sep").startswith(";")
                and described[nxt].raw.type != described[last].raw.type
                and _OWN_PREDICATE.match(nt.fold, described[nxt].tail.end)
            )
            or (
                _has_own_cue(nt, described, inside, nxt)
                and not _titled_and(described[nxt], sep)
                # "thực hiện Chỉ thị số 33, Kết luận số 80 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 33, X ban
                # hành A": a cue in the next item's title is what that item is about, not its predicate
                and not (
                    _CUE_IN_TITLE.match(nt.fold, described[nxt].tail.end)
                    and not _below(described[nxt], described[objects[0]])
                )
                and not (
                    sep.group("sep").strip() == "va"
                    and _implements_an_object(nt, described, inside, nxt, objects)
                )
                and not _coordinated_object(nt, described[last], described[nxt], sep)
            )
        ):
            return objects
        # "Để thực hiện B, Chương trình số 22 đã được X ban hành": a lower document after a comma, then "được",
        # is the main clause's subject
        if (
            sep.group("sep").strip() == ","
            and _PASSIVE_SUBJECT.match(nt.fold, described[nxt].raw.end)
            and _below(described[nxt], described[objects[0]])
        ):
            return objects
        # "Nhằm cụ thể hóa B, Quy định số 01-QĐi/TU ngày ... của Ban Chấp hành Đảng bộ tỉnh quy định ...": a lower
        # document with its own body, then a verb, is the main clause's subject
        if (
            sep.group("sep").strip() == ","
            and described[nxt].tail.issuers
            and _below(described[nxt], described[objects[0]])
            and _VERB_AFTER_SUBJECT.match(nt.fold, described[nxt].tail.end)
        ):
            return objects
        # "thực hiện KL 21 ...; Kế hoạch số 03 của Bộ Chính trị ..." continues the objects only when the next
        # item is of the first object's level or higher; otherwise it is the next item of a list.
        # A bare "và" after a title goes on ("thực hiện NQ 24 về ... đến năm 2045 và CTr 15-CTr/TU"): the next
        # item has no cue of its own (checked above).
        joined_by_and = sep.group("sep").strip() == "va"
        if (
            (";" in sep.group("sep") or (tail.subject and not joined_by_and))
            and not _outranks(described[nxt], described[objects[0]])
            # ("Huyện ủy ban hành CTr 14-CTr/HU thực hiện KL 65-KL/TW của Bộ Chính trị; NQ 04-NQ/TU của Ban Chấp hành
            # Đảng bộ tỉnh": a document above the implementer's level, of a body named, is not issued with it)
            and not (
                described[nxt].tail.issuers
                and _below(_implementer_before(described, inside, cue), described[nxt])
            )
            # (a congress's resolution is never the next item issued: "...; Kết luận số 80 của Ban Bí thư; Nghị quyết
            # Đại hội Đảng bộ tỉnh lần thứ XVI")
            and not described[nxt].raw.rule.startswith("mention.congress")
        ):
            return objects
        objects.extend(_group(described, inside, nxt))


_ISSUED_ITEM_TYPES = frozenset({"plan", "action_programme", "project", "guideline"})


# (what the document replaces or amends: an alias, "(sau đây gọi tắt là ...)", is another matter)
_BRACKET_ASIDE_OPENS = re.compile(r"\s*\((?:thay\s+the|thay\s+cho|sua\s+doi|bo\s+sung)(?:[^()\d]{0,30}?\s)?")
_BRACKET_ASIDE_CLOSES = re.compile(r"[^()]{0,30}?\)")


def _aside_around(nt: NormalisedText, start: int, d: Described) -> int | None:
    """Where the bracketed aside that opens at ``start`` and holds ``d`` closes ("(thay thế Chỉ thị 35)"), or None."""
    if _BRACKET_ASIDE_OPENS.fullmatch(nt.fold, start, d.raw.start) is None:
        return None
    closes = _BRACKET_ASIDE_CLOSES.match(nt.fold, max(d.raw.end, d.tail.end))
    return closes.end() if closes is not None else None


def _document_right_before(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue
) -> bool:
    """Is the cue the predicate of the document right before it ("Kế hoạch số 90 thực hiện ...", "Hướng dẫn số 05 về
    học tập ...")? A body doing something "theo" a document is an activity."""
    before = [i for i in inside if described[i].raw.end <= cue.start]
    if not before:
        return False
    d = described[before[-1]]
    return _SUBJECT_GAP.match(nt.fold[max(d.tail.end, d.raw.end) : cue.start]) is not None


_FOLLOWING_CUE = re.compile(r"(?:thuc\s+hien|hoc\s+tap|trien\s+khai)$")
# (not "theo tinh thần": an event in the spirit of B carries nothing out; not over a document or a clause)
_ACCORDING_GAP = re.compile(r"\s+(?!(?:[^.;:()\n]*\s)?tinh\s+than\b)[^.;:()\n,/]{1,80}?\s+theo\s+")


def _sibling_of_implementer(
    described: list[Described], inside: list[int], cue: _Cue, first: int, index: int
) -> bool:
    """'X ban hành Kế hoạch số 35-KH/TU thực hiện Nghị quyết ... và Kế hoạch số 36-KH/TU về ...': a document of
    the type and organ of the one right before the cue (and unlike the first object) is the next item of what X
    issued, not another object: an organ's plan does not carry out its own next plan."""
    candidate = described[index].raw
    before = [i for i in inside if described[i].raw.end <= cue.start]
    if not before or candidate.organ is None:
        return False
    own = {org.name for org in described[index].tail.issuers}
    if own and own != {org.name for org in described[before[-1]].issuers}:
        # ("... và Kế hoạch số 140-KH/TU của Tỉnh ủy về ...": another body's, or an earlier one; but "CTr số 04-CTr/TU
        # của Tỉnh ủy về thực hiện B và CTr số 05-CTr/TU của Tỉnh ủy về ...": the same body's next one)
        return False
    implementer, head = described[before[-1]].raw, described[first].raw
    return (
        # (or another kind of local plan: "X ban hành Chương trình số 12-CTr/HU thực hiện Nghị quyết Trung ương 6 và
        # Kế hoạch số 35-KH/HU học tập ...", unless named before: "KH 105 về quán triệt NQ 21 và CTr 45-CTr/TU",
        # the programme the article reported issued first)
        (
            implementer.type == candidate.type
            or (
                implementer.type in _ISSUED_ITEM_TYPES
                and candidate.type in _ISSUED_ITEM_TYPES
                and not any(
                    d.raw.symbol == candidate.symbol and d.raw.start < candidate.start for d in described
                )
            )
        )
        and implementer.organ == candidate.organ
        and implementer.number != candidate.number
        and (head.type, head.organ) != (candidate.type, candidate.organ)
    )


def _implementer_before(described: list[Described], inside: list[int], cue: _Cue) -> Described | None:
    """The document right before the cue in its sentence (the one that carries out what follows), if any."""
    before = [i for i in inside if described[i].raw.end <= cue.start]
    return described[before[-1]] if before else None


def _outranks(candidate: Described, first_object: Described) -> bool:
    level = _level(candidate)
    return level is not None and _LEVEL_RANK[level] >= _LEVEL_RANK.get(_level(first_object) or "", 9)


def _below(candidate: Described | None, implementer: Described) -> bool:
    """Is ``candidate`` of a lower level than ``implementer`` (both known)? It cannot be what that implements."""
    if candidate is None:
        return False
    a, b = _level(candidate), _level(implementer)
    return a is not None and b is not None and _LEVEL_RANK[a] < _LEVEL_RANK[b]


def _titled_and(candidate: Described, sep: re.Match[str]) -> bool:
    """'thực hiện Chỉ thị 05 và Kết luận 01 về tiếp tục thực hiện Chỉ thị 05': joined by "và", a document whose
    cue is in its own title ("về ...") is the next object, not a new implementer."""
    return sep.group("sep") == "va" and candidate.tail.subject is not None


def _implements_an_object(
    nt: NormalisedText, described: list[Described], inside: list[int], index: int, objects: list[int]
) -> bool:
    """'thực hiện Kết luận số 21 ... và Kế hoạch số 03 của Bộ Chính trị thực hiện Kết luận 21': the next item's own
    cue names an object already listed (same type and number), so it describes that item, which stays an object."""
    d = described[index]
    m = _CUE_WORD.search(nt.fold, d.tail.end, min(len(nt.fold), d.tail.end + 40))
    if m is None:
        return False
    named = _objects(nt, described, inside, _Cue(m.start(), m.end(), "implements"))
    keys = {_named_key(described[o].raw) for o in objects} - {None}
    types = {described[o].raw.type for o in objects}
    return any(
        _named_key(described[n].raw) in keys
        if _named_key(described[n].raw) is not None
        # "... và Hướng dẫn số 31 hướng dẫn thực hiện Quy định này": a back-reference to a listed object's type
        else described[n].raw.rule == "mention.anaphor" and described[n].raw.type in types
        for n in named
    )


def _named_key(raw: RawMention) -> tuple[object, ...] | None:
    """What names a document the same way twice: its type and number, or its plenum ("Nghị quyết Trung ương 3
    (khóa VIII) ... và Thông tri số 07 hướng dẫn thực hiện Nghị quyết Trung ương 3 (khóa VIII)")."""
    if raw.number:
        return (raw.type, raw.number.lstrip("0"))
    if raw.rule == "mention.plenum" and raw.plenum:
        return (raw.type, "plenum", raw.plenum, raw.terms)
    return None


def _has_own_cue(nt: NormalisedText, described: list[Described], inside: list[int], index: int) -> bool:
    """A cue follows the document as its predicate; not a passive one ("... và Nghị quyết 68 đã được triển
    khai": the document is what was carried out, still an object of the cue before it)."""
    d = described[index]
    m = _CUE_WORD.search(nt.fold, d.tail.end, min(len(nt.fold), d.tail.end + 40))
    if m is None or _SUBJECT_GAP.match(nt.fold[d.tail.end : m.start()]) is None:
        return False
    if _PASSIVE_CUE.search(nt.fold, d.tail.end, m.start()):
        return False
    # a cue word with no document after it is the title's topic: "Kế hoạch số 210-KH/TU về tuyên truyền; ..."
    return bool(_objects(nt, described, inside, _Cue(m.start(), m.end(), "implements")))


def _coordinated_object(nt: NormalisedText, last: Described, nxt: Described, sep: re.Match[str]) -> bool:
    """Is ``nxt``, though a cue follows it, another object like ``last``: "cụ thể hóa Chương trình 23-CTr/HU của
    Huyện ủy và Chương trình 64-CTr/TU của Tỉnh ủy thực hiện C" (one type, each with its body: the cue describes
    the last), "triển khai đồng thời Chương trình 11 và Chương trình 14, lần lượt thực hiện C và D" (the cue
    belongs to the pair)?"""
    if sep.group("sep").strip() != "va":
        return False
    if _RESPECTIVE_CUE.match(nt.fold, nxt.tail.end):
        return True
    return nxt.raw.type == last.raw.type and bool(last.tail.issuers) and bool(nxt.tail.issuers)


_RESPECTIVE_CUE = re.compile(rf"\s*,?\s*{RESPECTIVELY}\b")
_CUE_IN_TITLE = re.compile(rf"\s*ve\s+(?:(?:tiep\s+tuc|day\s+manh|viec)\s+)*(?:{IMPLEMENTING_VERBS})\b")
_PASSIVE_CUE = re.compile(r"\bduoc\s+$")
_JOINED_CUE_GAP = re.compile(
    rf"^\s*,?\s*(?:gan\s+voi|dong\s+thoi)\s+(?:viec\s+)?(?:{IMPLEMENTING_VERBS})\s*$"
)
_WORKING_RULES = re.compile(r"quy\s+che\s+(?:lam\s+viec|hoat\s+dong)\b")
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:da|vua|cung|se)\s+)*(?:quy\s+dinh|xac\s+dinh|de\s+ra|dat\s+ra|neu\s+ro|yeu\s+cau|chi\s+ro"
    # ("..., Kế hoạch số 120 của Tỉnh ủy Đồng Nai tập trung vào hạ tầng")
    r"|tap\s+trung|uu\s+tien|dat\s+muc\s+tieu|nhan\s+manh)\b"
)
_QUOTED = re.compile(r"[\"\x1a][^\"\x1a\n]{1,200}[\"\x1a]")
_ATTACHED_ONLY = re.compile(r"\s*,?\s*gan\s+voi\s*")
_JOINED_CUE_END = re.compile(rf"\b(?:gan\s+voi|dong\s+thoi)\s+(?:viec\s+)?(?:{IMPLEMENTING_VERBS})\s*$")
_PASSIVE_SUBJECT = re.compile(r"\s*(?:(?:da|vua|cung)\s+)?duoc\b")


# "Kế hoạch số 45 của Ban Chỉ đạo 35 tỉnh thực hiện ...": a body the issuer grammar does not know still stands
# between the document and the cue: a capitalised run of at most ten words, no punctuation.
_OF = re.compile(r"\s*,?\s*cua\s+")
_WORDS_TO_CUE = re.compile(r"(?:[^\W_]+\s+){1,10}$")


def _of_unnamed_body(nt: NormalisedText, start: int, end: int) -> bool:
    of = _OF.match(nt.fold, start, end)
    return (
        of is not None
        and nt.norm[of.end() : of.end() + 1].isupper()
        and _WORDS_TO_CUE.match(nt.fold, of.end(), end) is not None
    )


_REPLACED_BEFORE = re.compile(r"\bthay\s+(?:the|cho)\s+$")
# ("..., nhằm cụ thể hóa C", "... năm 2019 và cụ thể hóa C": the second verb of the replacing document)
_REPLACED_THEN_PURPOSE = re.compile(
    r"(?:\s*,?\s*nam\s+\d{4})?(?:\s*,\s*(?:nham|de)\s+(?:tiep\s+tuc\s+)?|\s*,?\s+(?:va|dong\s+thoi)\s+)"
)


def _subject_before(
    nt: NormalisedText, described: list[Described], inside: list[int], cue: _Cue
) -> tuple[list[int], str] | None:
    before = [i for i in inside if described[i].raw.end <= cue.start]
    if not before or _then_also(nt, cue, 0):
        return None  # ("A ..., đồng thời thực hiện C": _issued_then_also)
    last = before[-1]
    d = described[last]
    if _CLOSES_ASIDE.match(nt.fold, d.tail.end, cue.start) and len(before) >= 2:
        # "Chương trình số 15-CTr/TU (gọi tắt là Chương trình 15) thực hiện B", "KH 12 (thay thế KH 05) thực hiện
        # B": the document before the brackets is the one that carries out B
        opening = nt.fold.rfind("(", 0, d.raw.start)
        outer = before[-2]
        if opening >= 0 and _ASIDE_OPENS.fullmatch(nt.fold, described[outer].tail.end, opening):
            last, d, before = outer, described[outer], before[:-1]
    if len(before) >= 2 and (
        replaced := _REPLACED_BEFORE.search(nt.fold, max(0, d.raw.start - 14), d.raw.start)
    ):
        # "ban hành Quy định số 1148 về ..., thay thế Quy định số 862 ngày ..., nhằm cụ thể hóa B": the document
        # that replaces, not the one replaced, carries out B
        replacing = described[before[-2]]
        reach = (
            replacing.tail.subject.end
            if replacing.tail.subject
            else max(replacing.tail.end, replacing.raw.end)
        )
        if not nt.fold[reach : replaced.start()].strip(" ,") and _REPLACED_THEN_PURPOSE.fullmatch(
            nt.fold, max(d.tail.end, d.raw.end), cue.start
        ):
            return _group(described, inside, before[-2]), "doc_cue"
    if (
        d.raw.type == "decision"
        and _FOUNDING_THEN_COMMA.fullmatch(nt.fold, d.tail.end, cue.start)
        and _ISSUED_BEFORE.search(nt.fold, max(0, d.raw.start - 16), d.raw.start)
    ):
        # "ban hành Quyết định số 1581-QĐ/TU thành lập Đảng bộ Ủy ban nhân dân tỉnh, thực hiện Kết luận 121": what the
        # founding decision carries out (without the comma, "thành lập Ban Chỉ đạo thực hiện B" is the body's task)
        return _group(described, inside, last), "bare_title_cue"
    # the issuer's own name is no review word: "Hướng dẫn 02 của Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện B"
    named_until = max([d.raw.end, *(org.end for org in d.tail.issuers)])
    subject = d.tail.subject
    if (
        subject is not None
        and subject.end <= cue.start
        and not _REVIEW.search(nt.fold, subject.start, subject.end)
    ):
        # nor its title's own words: "Quy định số 03 về chế độ báo cáo, thực hiện Quy định số 22" (a review's title
        # still governs: "Kế hoạch về tổ chức hội nghị sơ kết, thực hiện Chỉ thị 05")
        named_until = max(named_until, subject.end)
    if _is_blocked(nt, named_until, cue.start) and not _linked_in_title(nt, d, cue):
        return None
    gap = nt.fold[d.tail.end : cue.start]
    if (aside := _ASIDE.match(gap)) is not None:
        gap = gap[aside.end() :]  # "... (sau đây gọi là Chương trình) thực hiện B"
    elif "(" in nt.fold[d.raw.start : d.raw.end] and gap.lstrip().startswith(")"):
        gap = gap.lstrip()[
            1:
        ]  # "Kế hoạch thứ nhất (số 176-KH/TU ngày 20/5/2023) nhằm thực hiện B": its own bracket
    if _GOVERNED.search(nt.fold, max(0, d.raw.start - 8), d.raw.start) and _PURPOSE_GAP.search(gap):
        return None  # "Hội nghị được tổ chức theo Kế hoạch 33 ..., nhằm quán triệt B": the event's purpose
    # (a comma between the words of the document's own title is not one: "Kết luận số 97 về một số chủ trương,
    # giải pháp tiếp tục thực hiện Nghị quyết ...")
    in_title = d.tail.subject is not None and (
        _TITLE_WORDS.match(gap, gap.rfind(",") + 1) is not None
        # "Kế hoạch số 159 về tổ chức nghiên cứu, học tập, quán triệt B": the study verbs of its title
        or _STUDY_TITLE_GAP.fullmatch(gap) is not None
    )
    if "," in gap and _right_after_cue(nt, d) and not in_title:
        return (
            None  # "Căn cứ A, thực hiện B, ...", "quán triệt A, thực hiện B": A is a parallel object, not B's
        )
    if _ALL_OF_THEM.search(nt.fold, max(0, cue.start - 20), cue.start) and (
        listed := _last_list(nt, described, before, clauses=True)
    ):
        # "Nghị quyết số 05 về du lịch và Nghị quyết số 06 về chuyển đổi số đều thực hiện B": each of the list
        return listed, "plural_subject"
    if _SUBJECT_GAP.match(gap) or _of_unnamed_body(nt, d.tail.end, cue.start):
        return _with_coordinated(nt, described, inside, before), "doc_cue"
    if _right_after_cue(nt, d) and _AND_GOES_ON.fullmatch(gap):
        # "Kế hoạch số 260 về sơ kết 5 năm thực hiện KL 52 ... và tiếp tục triển khai NQ 45": the title's second cue
        holder = _title_holder(nt, described, before, last)
        if holder is not None:
            return [holder], "title_second_cue"
    if _SETS_OUT_FOR.match(gap) and _opens_sentence(nt, d):
        # "Chương trình hành động số 25 ... xác định 8 nhóm nhiệm vụ, giải pháp để thực hiện thắng lợi B": what the
        # document sets out is for carrying out B
        return _group(described, inside, last), "doc_purpose"
    if (
        d.tail.subject
        and _SUBJECT_LEAD.match(gap)
        # a long title, then its purpose: "Chỉ thị số 25 về ... nhiệm kỳ 2025-2030, nhằm thực hiện B"
        # (a quoted name in the title counts as one word: 'về học tập chuyên đề năm 2018 "Xây dựng phong cách, ...
        # của cán bộ, đảng viên", thực hiện B')
        and (
            len(_QUOTED.sub('""', gap)) <= 120
            or _PURPOSE_AFTER_TITLE.fullmatch(nt.fold, d.tail.subject.end, cue.start)
        )
        and not re.search(r"[;.\n]", gap)
        # "tổng kết Chỉ thị 40 về ... và triển khai Chỉ thị 39": the cue joins an earlier verb, not the title (but
        # an issued document's title may hold two tasks: "ban hành Hướng dẫn số 04 về tuyên truyền kỷ niệm ...
        # (26/3/1975 - 26/3/2025) và thực hiện Kế hoạch số 32")
        and (not _AND_BEFORE.search(gap) or _issued_right_before(nt, d))
        # "NQ 08 về phát triển đô thị, còn Thành ủy Cần Thơ triển khai ...": another body's verb after the title
        and not ORG_RE.search(nt.fold, d.tail.subject.end, cue.start)
        # "..., đồng thời yêu cầu các cấp ủy thực hiện nghiêm B": those asked carry B out, not the document
        and not _REQUESTS.search(nt.fold, d.tail.subject.end, cue.start)
        # (also when the title runs on into the request: "Thông báo số 45 kết luận ... về công tác dân vận yêu cầu
        # các cấp ủy tiếp tục thực hiện B")
        and not _REQUESTS_OF_BODIES.search(nt.fold, d.tail.subject.start, cue.start)
        # ("Thông tri số 03 về tổ chức Tết, trong đó yêu cầu ..., thực hiện nghiêm B": what it asks for)
        and not _REQUEST_CLAUSE.search(nt.fold, d.tail.subject.start, cue.start)
        # ("tổng kết 15 năm thực hiện A về ... và 8 năm thực hiện B": a second review, not A's title)
        and not _YEARS_OF.search(nt.fold, max(0, cue.start - 16), cue.start)
        # "Thông báo số 245 ... về dự thảo Kế hoạch thực hiện B": the draft carries B out, not the notice
        and not _DRAFT_OF.search(gap)
    ):
        if _PURPOSE_BEFORE.search(nt.fold, max(0, cue.start - 8), cue.start):
            # "ban hành Kế hoạch số 88 và Đề án số 05 về ... để thực hiện B": the purpose is the pair's
            return _with_coordinated(nt, described, inside, before), "subject_cue"
        return _group(described, inside, last), "subject_cue"
    if (
        d.tail.subject is None
        and _BARE_TITLE.match(gap)
        and len(gap) <= 120
        and not re.search(r"[;.\n]", gap)
        and not _AND_BEFORE.search(gap)
        and not ORG_RE.search(gap)
        and _ISSUED_BEFORE.search(nt.fold, max(0, d.raw.start - 16), d.raw.start)
    ):
        # "ban hành Kế hoạch số 250-KH/TU tổ chức đại hội đảng bộ các cấp, thực hiện Chỉ thị 35": a title
        # without "về", opening with what the document organises, then what it carries out
        return _group(described, inside, last), "bare_title_cue"
    if (
        d.tail.subject is None
        and (task := _TASK_THEN_COMMA.fullmatch(gap)) is not None
        and (task.group("guides") is not None or not ORG_RE.search(gap))  # (a guideline names whom it guides)
        and _ISSUED_BEFORE.search(nt.fold, max(0, d.raw.start - 16), d.raw.start)
    ):
        # "ban hành Kế hoạch số 09 triển khai Cuộc vận động ... giai đoạn 2016 - 2020, thực hiện Kết luận số 107",
        # "ban hành Hướng dẫn số 01 hướng dẫn các chi bộ kiện toàn cấp ủy, thực hiện Hướng dẫn số 03": a first task
        # with no document, then what the document carries out
        return _group(described, inside, last), "task_then_cue"
    return None


# (a bracketed span of dates may stand in the task: "kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)")
_TASK_THEN_COMMA = re.compile(
    rf"\s*(?:(?:de|nham)\s+)?(?:{IMPLEMENTING_VERBS}|(?P<guides>huong\s+dan)|to\s+chuc)\b"
    r"(?:[^.;:()\n]|\(\s*[\d/.]+\s*-\s*[\d/.]+\s*\)){3,160},\s*"
)


_DRAFT_OF = re.compile(rf"\bdu\s+thao\s+(?:{HEAD_RE})\b")
_OWN_ASIDE_CUE = re.compile(rf"\s*\(\s*(?:(?:de|nham)\s+)?(?:{IMPLEMENTING_VERBS})\b")
# (the comma may be left out, the title may close with a quote or say it was issued: "... xã hội học tập được ban
# hành nhằm tiếp tục thực hiện B", '... về “...” nhằm thực hiện B')
_PURPOSE_AFTER_TITLE = re.compile(
    r"[\s\"\x1a]*,?\s*(?:(?:da\s+)?duoc\s+ban\s+hanh\s+)?(?:(?:de|nham)\s+)(?:(?:tiep\s+tuc|to\s+chuc|trien\s+khai)\s+)?"
)
_BARE_TITLE = re.compile(
    r"\s*(?:to\s+chuc|tuyen\s+truyen|tang\s+cuong|day\s+manh|nang\s+cao|phat\s+trien"
    r"|doi\s+moi|phong\s*,?\s+chong|bao\s+ve|cham\s+lo|bo\s+sung|dieu\s+chinh|lanh\s+dao)\b"
)  # ("Nghị quyết số 04-NQ/CB lãnh đạo thực hiện nhiệm vụ năm 2024, thực hiện B")


_FOUNDING_THEN_COMMA = re.compile(
    r"\s*(?:thanh\s+lap|kien\s+toan|hop\s+nhat|sap\s+xep)\b[^.;:()\n]{1,100},\s*"
)
_ALL_OF_THEM = re.compile(
    r"\b(?:deu|cung)\s+(?:(?:nham|de|tap\s+trung)\s+)?$|\b(?:de|nham)\s+cung\s+$"
)  # "... để cùng thực hiện C"
_CLOSES_ASIDE = re.compile(r"[^()]{0,60}\)\s*(?:(?:de|nham)\s+)?$")  # (then maybe its purpose: "...) nhằm")
_ASIDE_OPENS = re.compile(r"\s*")
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")
_AND_GOES_ON = re.compile(r"[^.;:!?\n]{0,100}?\bva\s+(?:tiep\s+tuc\s+)?")


def _title_holder(
    nt: NormalisedText, described: list[Described], before: list[int], named: int
) -> int | None:
    """The document whose title ("về ...") names ``named`` after one of its cues."""
    start = described[named].raw.start
    for k in reversed(before):
        subject = described[k].tail.subject
        if (
            k != named
            and subject is not None
            and subject.start < start
            and not nt.fold[subject.end : start].strip()
        ):
            return k
    return None


_SETS_OUT_FOR = re.compile(
    r"\s*(?:(?:da|cung)\s+)?(?:xac\s+dinh|de\s+ra|dat\s+ra|neu\s+ro|dua\s+ra)\b[^.;:!?\n]{0,140}?\b(?:de|nham)\s+$"
)


def _opens_sentence(nt: NormalisedText, d: Described) -> bool:
    """Does the mention open its sentence (after a dateline, a bracket or a quote at most)?"""
    return _OPENS_BEFORE.search(nt.fold, max(0, d.raw.start - 6), d.raw.start) is not None


_OPENS_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"(\x1a]?\s*$")


def _linked_in_title(nt: NormalisedText, d: Described, cue: _Cue) -> bool:
    """'Chỉ thị số 22 về tăng cường ... công tác giảm nghèo gắn với thực hiện Nghị quyết số 11': a document's own
    title linking its work to carrying out another is what the document is for (the dev set's reading); 'gắn với'
    governs an event only outside a title."""
    subject = d.tail.subject
    if subject is None or not subject.start <= cue.start <= subject.end + 2:
        return False
    if _GOVERNED_BY_SPIRIT.search(nt.fold, max(0, d.raw.start - 24), d.raw.start):
        return False  # "Hội nghị được tổ chức theo tinh thần Chỉ thị 35 về ..., gắn với ...": an event's
    window = max(subject.start, cue.start - 40)
    blockers = list(_BLOCKERS.finditer(nt.fold, window, cue.start))
    return bool(blockers) and all(
        b.group(0).startswith("gan voi") and "," not in nt.fold[max(0, b.start() - 2) : b.start()]
        for b in blockers
    )


_GOVERNED_BY_SPIRIT = re.compile(r"\btheo(?:\s+tinh\s+than)?\s+$")


_GOVERNED = re.compile(r"\b(?:theo|tai)\s+$")
_AND_BEFORE = re.compile(r"\bva\s*$")
_STUDY_TITLE_GAP = re.compile(
    r"\s*ve\s+(?:viec\s+)?(?:to\s+chuc\s+)?(?:(?:hoc\s+tap|nghien\s+cuu|tuyen\s+truyen|pho\s+bien)\s*(?:,|va)?\s*)+"
)
_STUDY_VERBS_THEN_AND = re.compile(
    rf"(?:\s*,?\s*(?:hoc\s+tap|nghien\s+cuu|tuyen\s+truyen|pho\s+bien|{IMPLEMENTING_VERBS}))+\s*,?\s+va\s+"
)


def _issued_right_before(nt: NormalisedText, d: Described) -> bool:
    return _ISSUED_BEFORE.search(nt.fold, max(0, d.raw.start - 16), d.raw.start) is not None


_TITLE_WORDS = re.compile(r"\s*" + _TITLE_WORDS_RE + r"\b")
_PURPOSE_GAP = re.compile(r",|\b(?:nham|de)\b")


def _with_coordinated(
    nt: NormalisedText, described: list[Described], inside: list[int], before: list[int]
) -> list[int]:
    """The implementing document with those coordinated before it: "ban hành Chương trình 15 và Kế hoạch 16 để
    triển khai thực hiện B" — both implement B. A coordinated item has no description of its own ("về ..."), is of
    the same level, and is not itself the object of an earlier cue ("quán triệt Nghị quyết 18 và Kế hoạch 07 ...")."""
    subjects = _group(described, inside, before[-1])
    level = _level(described[before[-1]])
    for i in reversed(before):
        if i in subjects:
            continue
        d, first = described[i], min(described[j].raw.start for j in subjects)
        if (
            d.raw.end > first
            or d.tail.subject
            or level is None
            or _level(d) != level
            or not (
                _LIST_SEPARATOR.match(nt.fold[d.tail.end : first])
                # "Huyện ủy A ban hành Kế hoạch 68 ngày D, Huyện ủy B ban hành Kế hoạch 71 ngày D thực hiện C":
                # issuing clauses of one level, each naming its document only
                or (
                    ";" not in nt.fold[d.tail.end : first]
                    and _ISSUED_BEFORE.search(nt.fold, max(0, d.raw.start - 16), d.raw.start)
                    and _issuing_clause_between(nt, d.tail.end, first)
                )
            )
            or _right_after_cue(nt, d)
            # "ban hành KH 88 về sơ kết Nghị quyết số 10 và Đề án số 05 ... để thực hiện B": a title's document
            or _title_holder(nt, described, before, i) is not None
            # "ban hành Quy chế làm việc và Kế hoạch số 35 thực hiện B": rules named by their work stand alone
            or (d.raw.rule == "mention.issued_unnumbered" and d.raw.type == "rules")
        ):
            break
        subjects = [*_group(described, inside, i), *subjects]
    return subjects


def _frame_subjects(
    nt: NormalisedText,
    described: list[Described],
    inside: list[int],
    cue: _Cue,
    objects: list[int],
    sentence: tuple[int, int],
) -> list[int]:
    """'Thực hiện B, X ban hành A [và A2]': the cue opens the sentence, or a clause after a semicolon ('...; đối
    với C, ban hành D'); the A follow 'ban hành' after the objects."""
    semicolon = nt.fold.rfind(";", sentence[0], cue.start)
    if semicolon >= 0:
        sentence = (semicolon + 1, sentence[1])
    lead = nt.fold[sentence[0] : cue.start]
    # A review anywhere in the lead governs the frame ("Tổng kết 10 năm, thực hiện B, X ban hành A": A may be the
    # review's plan); other blockers only in the clause of the cue: "Báo cáo cho biết, thực hiện B, X ban hành A"
    # reports an implementation.
    cue_clause = max(lead.rfind(","), lead.rfind(";")) + 1
    if not _FRAME_LEAD.match(lead) or _review_governs(lead) or _BLOCKERS.search(lead, cue_clause):
        return []
    # documents before the cue: only those of a legal basis ("Căn cứ A, thực hiện B, X ban hành C")
    if not _BASIS_LEAD.match(lead) and any(sentence[0] <= described[i].raw.start < cue.start for i in inside):
        return []
    last_object = described[objects[-1]]
    reach = last_object.tail.subject.end if last_object.tail.subject else last_object.raw.start
    # mentions inside the last object's subject ("Kết luận 01 về tiếp tục thực hiện Chỉ thị 05, ...", "Kết luận
    # 121 về tổng kết Nghị quyết 18, ...": the subject stops right before them) are skipped
    after = [i for i in inside if described[i].raw.start > reach and i not in objects]
    inner_type = None
    while (
        after
        and last_object.tail.subject
        and (
            _title_goes_on(nt, reach, described[after[0]])
            # "Kết luận 118 về sửa đổi, bổ sung Chỉ thị 35 và Chỉ thị 45 ...": the title's list of documents
            or (
                described[after[0]].raw.type == inner_type
                and _LIST_SEPARATOR.match(nt.fold[reach : described[after[0]].raw.start])
            )
        )
    ):
        inner = described[after[0]]
        inner_type = inner.raw.type
        reach = inner.tail.subject.end if inner.tail.subject else max(inner.tail.end, inner.raw.end)
        after = after[1:]
        while after and nt.fold[reach : described[after[0]].raw.start].strip() == "(":
            # its own short form in brackets: "... của Bộ Chính trị (NQ57)"
            reach = described[after[0]].raw.end + (nt.fold[described[after[0]].raw.end :][:1] == ")")
            after = after[1:]
    # "Quán triệt Nghị quyết Hội nghị lần thứ năm ... (Nghị quyết số 18-NQ/TW) về đất đai, X ban hành A": the
    # object named again in brackets, then its title
    while after and nt.fold[_reach_end(last_object, reach) : described[after[0]].raw.start].strip() == "(":
        alias = described[after[0]]
        closed = alias.raw.end + (nt.fold[alias.raw.end : alias.raw.end + 1] == ")")
        reach = alias.tail.subject.end if alias.tail.subject else max(closed, alias.tail.end)
        after = after[1:]
    # "Thực hiện Kế hoạch 03 của Bộ Chính trị về thực hiện Kết luận 21, X ban hành A": a document named right
    # after a cue of its own belongs to the object's description, not to the issued side
    while after and (
        _right_after_cue(nt, described[after[0]])
        # "Kế hoạch số 14 về học tập, quán triệt, tuyên truyền Nghị quyết Đại hội XIII, X ban hành A"
        or _STUDIED_RIGHT_BEFORE.search(
            nt.fold, max(0, described[after[0]].raw.start - 20), described[after[0]].raw.start
        )
        # "KL 118 ... điều chỉnh một số nội dung của Chỉ thị 35, X ban hành A": an object named again
        or _names_an_object_again(described, objects, after[0])
        # "Thực hiện Kế hoạch số 18 của Tỉnh ủy về Nghị quyết 57, X ban hành A": the object's title is a document
        or _ABOUT_RIGHT_BEFORE.search(
            nt.fold, max(0, described[after[0]].raw.start - 12), described[after[0]].raw.start
        )
        # "Thực hiện Nghị quyết 57 gắn với Chỉ thị 05, X ban hành A": what the object is carried out with belongs
        # to the frame, not to the issued side (and A is not said to carry it out: "gắn với" alone relates nothing)
        or _ATTACHED_ONLY.fullmatch(nt.fold, _reach_end(last_object, reach), described[after[0]].raw.start)
        # "Thực hiện Quyết định số 23-QĐ/TW ... của Bộ Chính trị ban hành Quy chế ..., X ban hành A": what the
        # decision promulgates is its title, not the issued side
        or (
            last_object.raw.type == "decision"
            and _PROMULGATED.fullmatch(
                nt.fold, max(last_object.raw.end, last_object.tail.end), described[after[0]].raw.start
            )
            is not None
        )
    ):
        after = after[1:]
    # "Thực hiện KH 03-KH/TW về thực hiện KL 21 và CTr 15-CTr/TU của Thành ủy về ..., X ban hành A": a lower
    # document joined after the title cannot be in what the central plan carries out: another object of the frame
    previous_end = _reach_end(last_object, reach)
    while (
        after
        # (or one issued after it: "KL 01 ngày 18/5/2021 về tiếp tục thực hiện CT 05 và HD 19 ngày 20/12/2023")
        and (_below(described[after[0]], described[objects[0]]) or _later(described[after[0]], last_object))
        and _AND_ONLY_GAP.fullmatch(nt.fold, previous_end, described[after[0]].raw.start)
        and (described[after[0]].tail.issuers or described[after[0]].tail.date)
    ):
        extra = described[after[0]]
        objects.append(after[0])  # (the caller relates the frame's subjects to every object)
        previous_end = reach = (
            extra.tail.subject.end if extra.tail.subject else max(extra.tail.end, extra.raw.end)
        )
        last_object = extra
        after = [i for i in after[1:] if described[i].raw.start > reach]
        while after and _right_after_cue(nt, described[after[0]]):
            after = after[1:]
    # "Thực hiện Nghị quyết 08 ... về du lịch, Chương trình 12 ngày ... của Tỉnh ủy, Huyện ủy ban hành A" (or
    # "...; Chương trình 12 ..."): a document with its own body or date, then the issuing clause, is the frame's
    # next object, not the main clause's subject
    while (
        len(after) > 1
        and _NEXT_OBJECT_GAP.fullmatch(nt.fold, _reach_end(last_object, reach), described[after[0]].raw.start)
        and (described[after[0]].tail.issuers or described[after[0]].tail.date)
        and _next_issuing_clause(nt, _item_end(described[after[0]]), described[after[1]].raw.start)
        and not _later(described[after[0]], described[after[1]])
    ):
        objects.append(after[0])
        last_object = described[after[0]]
        reach = _item_end(last_object)
        after = after[1:]
    if not after:
        return []
    first = described[after[0]]
    # "Thực hiện B, Kế hoạch số 12 của Tỉnh ủy đặt mục tiêu ...": a document opening the main clause
    opens_clause = _COMMA_ONLY.match(
        nt.fold, _reach_end(last_object, reach), first.raw.start
    ) and not _outranks(first, described[objects[0]])
    if (
        not opens_clause
        and not _ISSUED_BEFORE.search(nt.fold, max(0, first.raw.start - 60), first.raw.start)
        and not _body_has(nt, first)
    ):
        return []
    # the issuing clause follows the object: "Thực hiện B, Tỉnh ủy kết nạp ...; BTV ban hành A" has finished
    # with B before A ("; ", "qua đó")
    object_end = max(last_object.tail.end, reach)
    if _CLAUSE_DONE.search(nt.fold, object_end, described[after[0]].raw.start) and not _narrows_to(
        nt, object_end, described[after[0]].raw.start
    ):
        return []
    subjects = [after[0]]
    for i in after[1:]:
        last = described[subjects[-1]]
        gap = nt.fold[last.tail.end : described[i].raw.start]
        next_issuer = _next_issuing_clause(nt, last.tail.end, described[i].raw.start)
        if not next_issuer and last.tail.subject:
            # "...; Ban Tuyên giáo ban hành Hướng dẫn số 02 về học tập ...; Ban Thường vụ ban hành Quy định 03"
            next_issuer = _next_issuing_clause(nt, last.tail.subject.end, described[i].raw.start)
            # (a quoted title stops the subject short: 'về "Bình dân học vụ số" trong thanh niên; Hội ... ban hành')
            semicolon = nt.fold.find(";", last.tail.subject.end, described[i].raw.start)
            if (
                not next_issuer
                and 0 <= semicolon - last.tail.subject.end <= 60
                and not _CUE_WORD.search(nt.fold, last.tail.subject.end, semicolon)
            ):
                next_issuer = _next_issuing_clause(nt, semicolon, described[i].raw.start)
        if last.tail.subject and not next_issuer:
            # "... ban hành A về ... và B": B may be in A's title, unless it is another of the body's own
            after_title = nt.fold[last.tail.subject.end : described[i].raw.start]
            # (a title may end on study verbs with their object left out: "Kế hoạch số 210 về tổ chức học tập,
            # quán triệt và Hướng dẫn số 14 về ...")
            separated = _LIST_SEPARATOR.match(after_title) or _STUDY_VERBS_THEN_AND.fullmatch(after_title)
            if not (separated and _next_of_own_organ(described, subjects[0], i)):
                break
        elif not (
            _LIST_SEPARATOR.match(gap)
            or next_issuer
            or _untitled_item_gap(nt, last.tail.end, described[i])
            or _untitled_and_item(nt, last, described[i])
        ):
            break
        if next_issuer and _has_own_cue(nt, described, inside, i):
            break  # "...; Ban Thường vụ ban hành Kế hoạch 62 thực hiện Chỉ thị 05": it names its own
        if next_issuer and _reviews_after(nt, described[i]):
            break  # "...; Ủy ban Kiểm tra ban hành Kế hoạch 42 giám sát việc thực hiện ...": it supervises
        subjects.append(i)
    return subjects


# "... ban hành Hướng dẫn số 93 tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; Kế hoạch số 41 tổ chức cuộc
# thi ...": an item named by what it does (no "về"), then the next item of the list right after a semicolon
_UNTITLED_ITEM_GAP = re.compile(r"[^;.:!?()\n]{1,150};(?:\s*va)?\s*")


def _untitled_item_gap(nt: NormalisedText, start: int, item: Described) -> bool:
    """Is the text from ``start`` to ``item`` a list item's description (no document, no review word: what the
    item does may be a cue's verb, "tuyên truyền kỷ niệm ..."), closed by the semicolon right before the item?"""
    gap = _UNTITLED_ITEM_GAP.fullmatch(nt.fold, start, item.raw.start)
    return (
        gap is not None
        and not _BLOCKERS.search(nt.fold, start, item.raw.start)
        and not _REVIEW.search(nt.fold, start, item.raw.start)
    )


# "... ban hành Quyết định số 1045-QĐ/TU thành lập Đảng bộ các cơ quan Đảng tỉnh và Quyết định số 1046-QĐ/TU ...":
# an item described by what it does, then "và" and the next item of its type and organ
_UNTITLED_AND_GAP = re.compile(r"[^;.:!?()\n]{1,150}?\s(?:,\s*)?va\s+")


def _untitled_and_item(nt: NormalisedText, last: Described, item: Described) -> bool:
    return (
        item.raw.type == last.raw.type
        and last.raw.organ is not None
        and item.raw.organ == last.raw.organ
        and _UNTITLED_AND_GAP.fullmatch(nt.fold, last.tail.end, item.raw.start) is not None
        and not _REVIEW.search(nt.fold, last.tail.end, item.raw.start)
    )


def _next_issuing_clause(nt: NormalisedText, start: int, end: int) -> bool:
    """Does ``fold[start:end]`` open the frame's next issuing clause: "; Thị ủy Y ban hành ", "; Đảng đoàn Liên
    đoàn Lao động tỉnh xây dựng ", "; Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh ban hành " (a body whose name
    holds a comma)? Not past a review or report word outside the bodies' names."""
    gap = nt.fold[start:end]
    if _NEXT_ISSUER.match(gap) and ORG_RE.search(gap):
        return not _blocked_outside_bodies(nt, start, end)
    separator = _CLAUSE_JOIN.match(nt.fold, start, end)
    org = match_org(nt, separator.end()) if separator is not None else None
    return (
        org is not None
        and org.end <= end
        and _ISSUES_RIGHT_AFTER.fullmatch(nt.fold, org.end, end) is not None
        and not _blocked_outside_bodies(nt, start, end)
    )


_CLAUSE_JOIN = re.compile(r"\s*(?:;|,?\s*va)\s*" + _CLAUSE_DAY)
_ISSUES_RIGHT_AFTER = re.compile(r"\s+(?:(?:da|cung|vua)\s+)?(?:ban\s+hanh|xay\s+dung|ky)\s+(?:cac\s+)?")


def _next_of_own_organ(described: list[Described], first: int, index: int) -> bool:
    """'X ban hành NQ 05-NQ/HU về ... và ĐA 02-ĐA/HU về ...': a document of the first issued item's organ, named
    here for the first time, is another issued item rather than part of the title before it."""
    d, organ = described[index], described[first].raw.organ
    if organ is None or d.raw.organ != organ or d.raw.symbol is None:
        return False
    return not any(e.raw.symbol == d.raw.symbol for e in described[:index])


def _issue_date(d: Described) -> str | None:
    """The issue date read around the mention (its tail, or the issuing clause before it)."""
    if d.tail.date is not None:
        return d.tail.date.value
    issuance = d.issuance
    return issuance.date.value if issuance is not None and issuance.date is not None else None


def _later(candidate: Described, implementer: Described) -> bool:
    """Was ``candidate`` issued after ``implementer`` (both dates known)? Then it cannot be what that implements.
    A date inferred from "cùng ngày" is the reader's guess at which day was meant: it never vetoes what the
    sentence states."""
    if _inferred_date(candidate) or _inferred_date(implementer):
        return False
    a, b = _issue_date(candidate), _issue_date(implementer)
    return a is not None and b is not None and a > b


# The national congresses that open the Central Committee's terms ("khóa XIII" began on 25/1/2021)
_CENTRAL_TERM_STARTS = {
    "IX": "2001-04-19",
    "X": "2006-04-18",
    "XI": "2011-01-12",
    "XII": "2016-01-21",
    "XIII": "2021-01-25",
    "XIV": "2026-01-19",
}


def _of_a_later_term(candidate: Described, implementer: Described) -> bool:
    """Is ``candidate`` a central document of a term that began after ``implementer`` was issued ("Kết luận số 54
    ngày 7/8/2019 ... và Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 5 khóa XIII")? Then it is not carried out
    by it."""
    term, issued = candidate.tail.term, _issue_date(implementer)
    if term is None or issued is None or _level(candidate) != "central" or _inferred_date(implementer):
        return False
    began = _CENTRAL_TERM_STARTS.get(term.value.upper())
    return began is not None and issued < began


def _inferred_date(d: Described) -> bool:
    found = d.tail.date if d.tail.date is not None else d.issuance.date if d.issuance is not None else None
    return found is not None and found.rule == "date.cung_ngay"


def _names_an_object_again(described: list[Described], objects: list[int], index: int) -> bool:
    """Is ``index`` another mention of an object (same type and number, no other organ): "... điều chỉnh một số
    nội dung của Chỉ thị 35"? ("Thực hiện NQ 18-NQ/TW, X ban hành NQ 18-NQ/TU": another document.)"""
    raw = described[index].raw
    if raw.number is None:
        return False
    for o in objects:
        other = described[o].raw
        if (
            other.type == raw.type
            and (other.number or "").lstrip("0") == raw.number.lstrip("0")
            and (raw.organ is None or other.organ is None or raw.organ == other.organ)
        ):
            return True
    return False


def _reach_end(last_object: Described, reach: int) -> int:
    """Where the frame's last object ends, its description included."""
    return max(last_object.tail.end, last_object.raw.end, reach)


_COMMA_ONLY = re.compile(r"\s*,\s*$")
_NEXT_OBJECT_GAP = re.compile(r"\s*[,;]\s*")
_AND_ONLY_GAP = re.compile(r"\s*,?\s*va\s+")
_ABOUT_RIGHT_BEFORE = re.compile(r"\bve\s+(?:viec\s+)?$")


def _item_end(d: Described) -> int:
    """Where a listed document's description ends: after its title, or after its tail."""
    return d.tail.subject.end if d.tail.subject else max(d.tail.end, d.raw.end)


def _title_goes_on(nt: NormalisedText, reach: int, d: Described) -> bool:
    """The subject that ends at ``reach`` goes on with ``d``: nothing but spaces between them."""
    return not nt.fold[reach : d.raw.start].strip()


_CLAUSE_DONE = re.compile(r";|\bqua\s+do\b")
# "Triển khai B, các huyện ủy đã ban hành kế hoạch thực hiện; riêng Huyện ủy X ban hành A": the clause after the
# semicolon names one of the bodies the first one counted
_NARROWING = re.compile(r"\s*(?:rieng|trong\s+do|dien\s+hinh|tieu\s+bieu(?:\s+la)?)\b")


def _narrows_to(nt: NormalisedText, start: int, end: int) -> bool:
    semicolon = nt.fold.rfind(";", start, end)
    return (
        semicolon >= 0
        and nt.fold.count(";", start, end) == 1
        and "qua do" not in nt.fold[start:end]
        and _NARROWING.match(nt.fold, semicolon + 1) is not None
    )


# "Thực hiện B, Huyện ủy X ban hành A1; Thị ủy Y ban hành A2": each body's document carries out B.
_OWN_PREDICATE = re.compile(
    r"\s*,?\s*(?:thanh\s+lap|kien\s+toan|ve\s+viec|phan\s+cong|giao|ban\s+hanh|quy\s+dinh)\b"
)
_REVIEWS = re.compile(r"\b(?:giam\s+sat|kiem\s+tra|so\s+ket|tong\s+ket|danh\s+gia)\b")


def _reviews_after(nt: NormalisedText, d: Described) -> bool:
    """Does the document's own clause (up to the next ";" or stop) say it reviews or supervises? Not a title's
    words ("Hướng dẫn số 12 về tiêu chí đánh giá ...")."""
    if d.tail.subject is not None:
        return False
    start = max(d.raw.end, d.tail.end)
    end = min(e for e in (nt.fold.find(";", start), nt.fold.find(". ", start), len(nt.fold)) if e >= 0)
    return _REVIEWS.search(nt.fold, start, min(end, start + 200)) is not None


def _blocked_outside_bodies(nt: NormalisedText, start: int, end: int) -> bool:
    """A review or report word between ``start`` and ``end`` that is not part of a body's name ("Ủy ban Kiểm tra
    Tỉnh ủy ban hành ..." names a body, it reports no inspection)."""
    pos = start
    for org in find_orgs(nt, start, end):
        if _BLOCKERS.search(nt.fold, pos, org.start):
            return True
        pos = max(pos, org.end)
    return _BLOCKERS.search(nt.fold, pos, end) is not None


_NEXT_ISSUER = re.compile(
    r"^\s*(?:[;,]|(?:,\s*)?va(?:\s+(?:giao|chi\s+dao))?)\s*" + _CLAUSE_DAY +
    # (a longer name, with a dash, when no other action comes between: "...; đồng thời phối hợp với các địa phương
    # tham mưu Tỉnh ủy ban hành A2" is not the frame's)
    r"(?:(?:[^\W\d_]+\s+){1,8}?|(?![^;]*\b(?:tham\s+muu|phoi\s+hop)\b)(?:[^\W\d_]+\s+|-\s+){9,14}?)"
    r"(?:da\s+|cung\s+)?ban\s+hanh\s+$"
)  # "...; Thị ủy Y ban hành A2", "... và giao Ban Tuyên giáo ban hành A2", "... và Bộ Công an ban hành A2",
# "...; Đảng ủy Sở Lao động - Thương binh và Xã hội ban hành A2"


_CUE_RIGHT_BEFORE = re.compile(rf"(?:{IMPLEMENTING_VERBS}|can\s+cu)\s+(?:cac\s+)?$")
_STUDIED_RIGHT_BEFORE = re.compile(r"\b(?:tuyen\s+truyen|hoc\s+tap|pho\s+bien)\s+$")


def _right_after_cue(nt: NormalisedText, d: Described) -> bool:
    return _CUE_RIGHT_BEFORE.search(nt.fold, max(0, d.raw.start - 30), d.raw.start) is not None


def _level(d: Described) -> str | None:
    return d.level


_ISSUED_ALONGSIDE = frozenset({"plan", "decision", "action_programme", "project", "rules", "guideline"})


def _co_issued(implementer: Described, first_object: Described, other: Described) -> bool:
    """Is ``other``, listed after the first object, issued with the implementer rather than carried out by it: its
    own title, and the implementer's organ code, or the implementer's level below the first object's?"""
    if other.tail.subject is None or other.tail.issuers:
        return False  # (a body of its own named: "... và Kế hoạch số 150-KH/TU của Ban Thường vụ Tỉnh ủy về ...")
    if other.raw.type not in _ISSUED_ALONGSIDE or other.raw.type == first_object.raw.type:
        return False  # resolutions, directives, ... are what plans carry out: "... và Chỉ thị số 04-CT/TU về ..."
    if other.raw.organ is not None and other.raw.organ == implementer.raw.organ:
        return True
    level = other.level
    return (
        level is not None
        and level == implementer.level
        and _LEVEL_RANK.get(first_object.level or "", -1) > _LEVEL_RANK[level]
    )


def evidence_span(
    nt: NormalisedText, described: list[Described], relation: MentionRelation
) -> tuple[int, int]:
    """The part of the sentence that states the relation: the clause between semicolons holding both mentions.

    A list sentence ("... Chương trình 12 thực hiện Kết luận 14 ...; Chương trình 13 thực hiện Kết luận 21 ...")
    can run to a page; the reader of the evidence wants the item that says it.
    """
    s_start, s_end = relation.sentence
    a, b = described[relation.subject].raw, described[relation.object].raw
    first, last = min(a.start, b.start), max(a.end, b.end)
    start = max(s_start, nt.norm.rfind(";", s_start, first) + 1)
    semicolon = nt.norm.find(";", last, s_end)
    end = semicolon + 1 if semicolon >= 0 else s_end
    while start < end and nt.norm[start].isspace():
        start += 1
    return start, end


def _unique(relations: list[MentionRelation]) -> list[MentionRelation]:
    seen: set[tuple[int, str, int]] = set()
    out = []
    for r in relations:
        key = (r.subject, r.predicate, r.object)
        if key not in seen and r.subject != r.object:
            seen.add(key)
            out.append(r)
    return out
