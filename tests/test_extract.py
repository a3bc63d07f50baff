"""The extraction engine on sentences written for these tests, one row per phenomenon of the domain grammar."""

from __future__ import annotations

import unicodedata

import pytest

from loaders.extract import extract
from loaders.model import Article, Document, Extraction
from loaders.resolve import resolve_corpus


def run(text: str, province: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, province=province))


def doc_named(result: Extraction, surface: str) -> Document:
    """The document one of whose mentions is exactly ``surface``."""
    for doc in result.documents:
        if any(m.surface == surface for m in doc.mentions):
            return doc
    found = [[m.surface for m in d.mentions] for d in result.documents]
    raise AssertionError(f"no document mentioned as {surface!r}; found {found}")


def edges(result: Extraction, predicate: str = "implements") -> set[tuple[str, str]]:
    """Relations as (first surface of subject, first surface of object)."""
    name = {d.local_id: d.mentions[0].surface for d in result.documents}
    return {(name[r.subject], name[r.object]) for r in result.relations if r.predicate == predicate}


# --- mentions -----------------------------------------------------------------------------------------------
MENTIONS = [
    pytest.param(
        "Ủy ban Kiểm tra Tỉnh ủy ban hành Chương trình kiểm tra, giám sát năm 2025 số 28-CTr/TU.",
        "Chương trình kiểm tra, giám sát năm 2025 số 28-CTr/TU",
        "action_programme",
        "28",
        "28-CTr/TU",
        id="designated-with-the-year-it-covers-before-so",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Quy trình số 08-QT/TU về miễn nhiệm cán bộ.",
        "Quy trình số 08-QT/TU",
        "other",
        "08",
        "08-QT/TU",
        id="a-procedure-is-of-the-other-type",
    ),
    pytest.param(
        "Nghị quyết số 57-NQ/TW – một nghị quyết đột phá.",
        "Nghị quyết số 57-NQ/TW",
        "resolution",
        "57",
        "57-NQ/TW",
        id="symbol-before-a-spaced-dash",
    ),
    pytest.param(
        "Hai cơ quan ban hành Hướng dẫn liên tịch số 05-HDLT/BTG-SGDĐT ngày 3/9/2024.",
        "Hướng dẫn liên tịch số 05-HDLT/BTG-SGDĐT",
        "guideline",
        "05",
        "05-HDLT/BTG-SGDĐT",
        id="joint-symbol-names-its-organs-with-a-dash",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 45KH/TU ngày 3/3/2025.",
        "Kế hoạch số 45KH/TU",
        "plan",
        "45",
        "45-KH/TU",
        id="symbol-without-its-dash",
    ),
    pytest.param(
        "Văn phòng Trung ương Đảng thông báo Kết luận số 127-KL/TW của Bộ Chính trị.",
        "Kết luận số 127-KL/TW",
        "conclusion",
        "127",
        "127-KL/TW",
        id="a-body-announces-a-conclusion",
    ),
    pytest.param(
        "Các huyện triển khai theo thông báo kết luận số 25-TB/TU của Thường trực Tỉnh ủy.",
        "thông báo kết luận số 25-TB/TU",
        "notice",
        "25",
        "25-TB/TU",
        id="a-notice-of-a-conclusion-in-lower-case",
    ),
    pytest.param(
        "Hai bên ký Quy chế phối hợp số 03-QCPH/UBKTTU-TTr ngày 6/1/2026.",
        "Quy chế phối hợp số 03-QCPH/UBKTTU-TTr",
        "rules",
        "03",
        "03-QCPH/UBKTTU-TTr",
        id="joint-working-rules",
    ),
    pytest.param(
        "Huyện ủy ban hành Kế hoạch số 12/KH-HU ngày 2/3/2024.",
        "Kế hoạch số 12/KH-HU",
        "plan",
        "12",
        "12-KH/HU",
        id="party-organ-printed-state-style",
    ),
    pytest.param(
        "Huyện ủy ban hành Kế hoạch số 12b-KH/HU bổ sung.",
        "Kế hoạch số 12b-KH/HU",
        "plan",
        "12b",
        "12b-KH/HU",
        id="number-with-a-letter-suffix",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 123-KH/TU về chuyển đổi số.",
        "Kế hoạch số 123-KH/TU",
        "plan",
        "123",
        "123-KH/TU",
        id="full-symbol",
    ),
    pytest.param(
        "thực hiện Kết luận số 21-KL/TƯ của Trung ương",
        "Kết luận số 21-KL/TƯ",
        "conclusion",
        "21",
        "21-KL/TW",
        id="symbol-with-TƯ",
    ),
    pytest.param(
        "Nghị quyết số 29-NQ/T.Ư về công nghiệp hóa",
        "Nghị quyết số 29-NQ/T.Ư",
        "resolution",
        "29",
        "29-NQ/TW",
        id="symbol-with-T.Ư",
    ),
    pytest.param(
        "theo Nghị quyết số 72-NQ-TW của Bộ Chính trị",
        "Nghị quyết số 72-NQ-TW",
        "resolution",
        "72",
        "72-NQ/TW",
        id="hyphen-for-slash",
    ),
    pytest.param(
        "Chương trình hành động số 65-Ctr/TU ngày 2/3/2023",
        "Chương trình hành động số 65-Ctr/TU",
        "action_programme",
        "65",
        "65-CTr/TU",
        id="code-case",
    ),
    pytest.param(
        "Kết luận số 209 -KL/TU của Ban Thường vụ",
        "Kết luận số 209 -KL/TU",
        "conclusion",
        "209",
        "209-KL/TU",
        id="stray-space",
    ),
    pytest.param(
        "Nghị quyết số 33 – NQ/TW (NQ33) về văn hóa",
        "Nghị quyết số 33 – NQ/TW",
        "resolution",
        "33",
        "33-NQ/TW",
        id="en-dash-spaced",
    ),
    pytest.param(
        "Đảng ủy ban hành Kế hoạch số 43 ngày 23/3/2022 về công tác cán bộ",
        "Kế hoạch số 43",
        "plan",
        "43",
        None,
        id="bare-number",
    ),
    pytest.param(
        "Tỉnh ủy ban hành NQ số 07 về du lịch", "NQ số 07", "resolution", "07", None, id="abbrev-so"
    ),
    pytest.param(
        "Kết quả sau 3 năm thực hiện NQ 12 của Tỉnh ủy", "NQ 12", "resolution", "12", None, id="abbrev-no-so"
    ),
    pytest.param(
        "đã ban hành kế hoạch số 88-KH/HU về xây dựng Đảng",
        "kế hoạch số 88-KH/HU",
        "plan",
        "88",
        "88-KH/HU",
        id="lower-case-head",
    ),
    pytest.param(
        "Quyết định số 1200-QĐ/TU ngày 5/1/2023 của Ban Thường vụ Tỉnh ủy",
        "Quyết định số 1200-QĐ/TU",
        "decision",
        "1200",
        "1200-QĐ/TU",
        id="decision-not-regulation",
    ),
    pytest.param(
        "theo Quy định số 144-QĐ/TW của Bộ Chính trị",
        "Quy định số 144-QĐ/TW",
        "regulation",
        "144",
        "144-QĐ/TW",
        id="regulation",
    ),
    pytest.param(
        "Thông báo kết luận số 318-TB/TU của Thường trực Tỉnh ủy",
        "Thông báo kết luận số 318-TB/TU",
        "notice",
        "318",
        "318-TB/TU",
        id="notice",
    ),
    pytest.param(
        "Hướng dẫn số 21-HD/BTGTW của Ban Tuyên giáo Trung ương",
        "Hướng dẫn số 21-HD/BTGTW",
        "guideline",
        "21",
        "21-HD/BTGTW",
        id="guideline-commission-organ",
    ),
    pytest.param(
        "Đề án số 06-ĐA/TU về phát triển nguồn nhân lực",
        "Đề án số 06-ĐA/TU",
        "project",
        "06",
        "06-ĐA/TU",
        id="project",
    ),
    pytest.param(
        "Chỉ thị số 08/CT-TW ngày 4/5/2022 của Ban Bí thư",
        "Chỉ thị số 08/CT-TW",
        "directive",
        "08",
        "08-CT/TW",
        id="state-style-party-symbol",
    ),
    pytest.param(
        "Tỉnh ủy đã ban hành Chỉ thị 14 năm 2016 về dồn điền",
        "Chỉ thị 14",
        "directive",
        "14",
        None,
        id="head-number-year",
    ),
    pytest.param(
        "các đại biểu thảo luận Quy định số 09 /TW về nêu gương",
        "Quy định số 09 /TW",
        "regulation",
        "09",
        None,
        id="partial-symbol",
    ),
    pytest.param(
        "Nghị quyết chuyên đề số 04-NQ/TU về chuyển đổi số",
        "Nghị quyết chuyên đề số 04-NQ/TU",
        "resolution",
        "04",
        "04-NQ/TU",
        id="head-modifier",
    ),
    pytest.param(
        "Đảng ủy xã ban hành Chương trình kiểm tra, giám sát số 05-CTr/ĐU ngày 10/1/2026.",
        "Chương trình kiểm tra, giám sát số 05-CTr/ĐU",
        "action_programme",
        "05",
        "05-CTr/ĐU",
        id="designation-before-number",
    ),
    pytest.param(
        "Huyện ủy có Kế hoạch tuyên truyền số 12-KH/HU về chuyển đổi số.",
        "Kế hoạch tuyên truyền số 12-KH/HU",
        "plan",
        "12",
        "12-KH/HU",
        id="one-word-designation",
    ),
    pytest.param(
        "triển khai CHƯƠNG TRÌNH SỐ 31-CTR/TU NGÀY 6 THÁNG 6 NĂM 2023 CỦA TỈNH ỦY",
        "CHƯƠNG TRÌNH SỐ 31-CTR/TU",
        "action_programme",
        "31",
        "31-CTr/TU",
        id="all-caps",
    ),
]


@pytest.mark.parametrize(("text", "surface", "type_", "number", "symbol"), MENTIONS)
def test_mention_forms(text: str, surface: str, type_: str, number: str, symbol: str | None) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.type, doc.number, doc.symbol) == (type_, number, symbol)


def test_a_designated_document_is_one_document_with_its_issuer_and_target() -> None:
    result = run(
        "Ủy ban Kiểm tra Huyện ủy ban hành Kế hoạch kiểm tra số 45-KH/UBKT ngày 2/2/2024 thực hiện Chỉ thị số "
        "35-CT/TW của Bộ Chính trị."
    )
    plan = doc_named(result, "Kế hoạch kiểm tra số 45-KH/UBKT")
    assert len(result.documents) == 2
    assert plan.issuer == ("Ủy ban Kiểm tra Huyện ủy",)
    assert edges(result) == {("Kế hoạch kiểm tra số 45-KH/UBKT", "Chỉ thị số 35-CT/TW")}


@pytest.mark.parametrize(
    ("text", "between"),
    [
        pytest.param("Thực hiện Kế hoạch của Tỉnh ủy số 12-KH/TU.", "của Tỉnh ủy", id="of-body-between"),
        pytest.param("Kế hoạch thực hiện Nghị quyết số 5 của Tỉnh ủy.", "thực hiện", id="head-between"),
        pytest.param("Kế hoạch Tuyên truyền số 12-KH/TU của Tỉnh ủy.", "Tuyên truyền", id="capitalised-word"),
    ],
)
def test_a_designation_never_spans_a_body_a_head_or_a_name(text: str, between: str) -> None:
    surfaces = [m.surface for d in run(text).documents for m in d.mentions]
    assert surfaces and not any(between in surface for surface in surfaces)


def test_line_break_inside_a_mention_keeps_exact_offsets() -> None:
    text = (
        "Ủy ban nhân dân tỉnh thực hiện NGHỊ QUYẾT\nSỐ 29-NQ/TW NGÀY 17 THÁNG 11 NĂM 2022 "
        "CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"
    )
    doc = doc_named(run(text), "NGHỊ QUYẾT\nSỐ 29-NQ/TW")
    assert doc.date == "2022-11-17"
    assert doc.issuer == ("Ban Chấp hành Trung ương",)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        pytest.param(
            "triển khai NQ số 18, 19 của Ban Chấp hành Trung ương về bộ máy",
            ["NQ số 18", "19"],
            id="list-comma-space",
        ),
        pytest.param("về thực hiện NQ số 18,19 của Trung ương", ["NQ số 18", "19"], id="list-no-space"),
        pytest.param(
            "thực hiện Kết luận số 14 và 21 của Bộ Chính trị", ["Kết luận số 14", "21"], id="list-va"
        ),
    ],
)
def test_lists_sharing_one_head_are_several_documents(text: str, surfaces: list[str]) -> None:
    result = run(text)
    docs = [doc_named(result, s) for s in surfaces]
    assert len({d.local_id for d in docs}) == len(surfaces)
    assert all(d.type == docs[0].type for d in docs)
    assert docs[-1].issuer == docs[0].issuer != ()  # the shared "của ..." belongs to every item


UNNUMBERED = [
    pytest.param(
        "Quán triệt Nghị quyết Đại hội XIII của Đảng đến cán bộ.",
        "Nghị quyết Đại hội XIII của Đảng",
        "Đại hội đại biểu toàn quốc",
        "central",
        id="national-congress",
    ),
    pytest.param(
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV",
        "Đại hội đại biểu toàn quốc",
        "central",
        id="national-congress-long",
    ),
    pytest.param(
        "Các đại biểu quán triệt các kết luận của Hội nghị Trung ương 9 khóa XIII.",
        "các kết luận của Hội nghị Trung ương 9 khóa XIII",
        "Ban Chấp hành Trung ương",
        "central",
        id="plenum-documents-with-cua",
    ),
    pytest.param(
        "Tiếp tục thực hiện NQTW 4 khóa XII về xây dựng Đảng.",
        "NQTW 4 khóa XII",
        "Ban Chấp hành Trung ương",
        "central",
        id="plenum-abbreviated-nqtw",
    ),
    pytest.param(
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025-2030",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI",
        "Đại hội Đảng bộ tỉnh",
        "provincial",
        id="provincial-congress",
    ),
    pytest.param(
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII",
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII",
        "Đại hội Đảng bộ huyện",
        "district",
        id="district-congress",
    ),
    pytest.param(
        "học tập Nghị quyết Trung ương 8 (khóa XIII) về an ninh",
        "Nghị quyết Trung ương 8 (khóa XIII)",
        "Ban Chấp hành Trung ương",
        "central",
        id="plenum-parenthesised-term",
    ),
    pytest.param(
        "thực hiện NQ Trung ương 5, khóa XI về đất đai",
        "NQ Trung ương 5, khóa XI",
        "Ban Chấp hành Trung ương",
        "central",
        id="plenum-abbrev",
    ),
    pytest.param(
        "Nghị quyết T.Ư 7, khóa XII về cán bộ",
        "Nghị quyết T.Ư 7, khóa XII",
        "Ban Chấp hành Trung ương",
        "central",
        id="plenum-T.Ư",
    ),
    pytest.param(
        "cụ thể hóa Nghị quyết Đại hội XV Đảng bộ tỉnh nhiệm kỳ 2020-2025",
        "Nghị quyết Đại hội XV Đảng bộ tỉnh",
        "Đại hội Đảng bộ tỉnh",
        "provincial",
        id="provincial-congress-ordinal-first",
    ),
    pytest.param(
        "Kết luận Hội nghị Trung ương 6 khóa XIII về kinh tế",
        "Kết luận Hội nghị Trung ương 6 khóa XIII",
        "Ban Chấp hành Trung ương",
        "central",
        id="plenum-conclusion",
    ),
    pytest.param(
        "Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XXI thành công tốt đẹp\nĐại hội đã bầu Ban Chấp hành và "
        "thông qua Nghị quyết Đại hội với 25 chỉ tiêu.",
        "Nghị quyết Đại hội",
        "Đại hội đại biểu Đảng bộ tỉnh",
        "provincial",
        id="bare-congress-resolution-of-the-congress-named-before",
    ),
    pytest.param(
        "Đại hội Đảng bộ tỉnh lần thứ XX đã bầu đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIV. Đại hội "
        "thông qua Nghị quyết Đại hội.",
        "Nghị quyết Đại hội",
        "Đại hội Đảng bộ tỉnh",
        "provincial",
        id="not-the-congress-its-delegates-attend",
    ),
    pytest.param(
        "Đại hội XIV của Đảng đã thành công. Tỉnh ủy ban hành Kế hoạch số 5-KH/TU thực hiện Nghị quyết Đại hội.",
        "Nghị quyết Đại hội",
        "Đại hội đại biểu toàn quốc",
        "central",
        id="bare-congress-resolution-of-the-partys-congress",
    ),
    pytest.param(
        "Quán triệt Nghị quyết TƯ 6 khoá XII, Huyện ủy ban hành Kế hoạch số 30-KH/HU.",
        "Nghị quyết TƯ 6 khoá XII",
        "Ban Chấp hành Trung ương",
        "central",
        id="plenum-with-tu-abbreviated",
    ),
    pytest.param(
        "Đảng ủy phường An Hòa (quận Ninh Kiều) ban hành Nghị quyết chuyên đề về phát triển đô thị thông minh.",
        "Nghị quyết chuyên đề",
        "Đảng ủy phường",
        "grassroots",
        id="issued-by-a-body-with-its-place-in-brackets",
    ),
]


@pytest.mark.parametrize(("text", "surface", "issuer", "level"), UNNUMBERED)
def test_unnumbered_documents_named_by_congress_or_plenum(
    text: str, surface: str, issuer: str, level: str
) -> None:
    doc = doc_named(run(text), surface)
    assert doc.number is None
    assert doc.issuer == (issuer,)
    assert doc.level == level


def test_a_bare_congress_resolution_without_a_congress_named_is_no_document() -> None:
    # "Đại hội đại biểu lần thứ I" without whose congress it is, or none at all: nothing to name
    assert (
        run("Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I và thông qua Nghị quyết Đại hội.").documents == ()
    )
    assert run("Các chi bộ tiếp tục thực hiện Nghị quyết Đại hội.").documents == ()


def test_plenum_term_and_number() -> None:
    doc = doc_named(
        run("Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII"),
        "Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII",
    )
    assert (doc.plenum, doc.term, doc.type) == (10, "XIII", "resolution")


def test_congress_ellipsis_names_a_second_congress() -> None:
    result = run("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và huyện lần thứ XXI đề ra mục tiêu.")
    assert doc_named(result, "huyện lần thứ XXI").issuer == ("Đại hội Đảng bộ huyện",)
    assert len(result.documents) == 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Các cấp ủy tiếp tục thực hiện các nghị quyết của Bộ Chính trị.", id="generic-plural"),
        pytest.param("Cán bộ làm đúng quy trình, quy định của Trung ương.", id="quy-dinh-as-common-noun"),
        pytest.param("Tỉnh xây dựng kế hoạch 5 năm về phát triển kinh tế.", id="quantity-not-number"),
        pytest.param("Triển khai nghị quyết đại hội đảng các cấp nhiệm kỳ 2025-2030.", id="every-congress"),
        pytest.param("Quy định 8 điều đảng viên không được làm.", id="content-of-a-regulation"),
        pytest.param(
            "Báo cáo số 150-BC/TU tổng kết công tác năm được thông qua.", id="report-is-not-a-document"
        ),
        pytest.param("Tỉnh triển khai Kế hoạch 2024 và hướng dẫn 1 số nội dung mới.", id="year-and-some"),
        pytest.param(
            "Tỉnh hoàn thành Kế hoạch 5 năm 2021-2025 về kinh tế.", id="five-year-plan-with-its-years"
        ),
        pytest.param("Các lực lượng ra quân theo Kế hoạch 100 ngày đêm.", id="hundred-days-and-nights"),
        pytest.param(
            "Bài 1: Quyết tâm từ một nghị quyết chuyên đề\n04/07/2024 17:36 GMT+7",
            id="a-posting-date-is-no-number",
        ),
        pytest.param(
            "Ủy ban Kiểm tra Huyện ủy đã kiểm tra 40 đảng viên, kết luận 31 đảng viên có vi phạm.",
            id="concluding-about-counted-members",
        ),
        pytest.param("Các nghị quyết từ 4 năm trước vẫn còn hiệu lực.", id="tu-is-no-central-committee"),
        pytest.param(
            "Các cấp ủy thực hiện đúng quy trình 5 bước trong công tác cán bộ.", id="procedure-steps"
        ),
    ],
)
def test_generic_phrases_are_not_documents(text: str) -> None:
    assert run(text).documents == ()


# --- attributes ---------------------------------------------------------------------------------------------
DATES = [
    pytest.param(
        "Tại hội nghị ngày 12/8/2023, Bình Dương báo cáo đã ban hành Kế hoạch số 5-KH/TU về kinh tế.",
        None,
        id="the-day-of-a-report-is-no-issue-date",
    ),
    pytest.param(
        "Ngày 12/8/2023, Ban Thường vụ Tỉnh ủy báo cáo đã ban hành Kế hoạch số 5-KH/TU về kinh tế.",
        None,
        id="the-day-a-body-reports-is-no-issue-date",
    ),
    pytest.param(
        "Đi vào hoạt động từ ngày 1/7/2025, Đảng ủy xã đã ban hành Kế hoạch số 5-KH/TU về kiểm tra.",
        None,
        id="event-from-a-date-is-no-issue-date",
    ),
    pytest.param("Kế hoạch số 5-KH/TU (ngày 10/1/2022) của Tỉnh ủy", "2022-01-10", id="parenthesised"),
    pytest.param("Kế hoạch số 5-KH/TU ngày 12-4-2016 của Tỉnh ủy", "2016-04-12", id="dashes"),
    pytest.param("Kế hoạch số 5-KH/TU (16/6/2022) của Tỉnh ủy", "2022-06-16", id="parenthesised-no-ngay"),
    pytest.param(
        "Kế hoạch số 5-KH/TU, ngày 08 tháng 01 năm\n2020 của Tỉnh ủy", "2020-01-08", id="words-line-break"
    ),
    pytest.param(
        "Ngày 24-11-2023, Tỉnh ủy đã ban hành Kế hoạch số 5-KH/TU về", "2023-11-24", id="before-ban-hanh"
    ),
    pytest.param(
        "Khi Tỉnh ủy ban hành Kế hoạch số 5-KH/TU ngày 3/3/2021, Huyện ủy đã ban hành Kế hoạch số 9-KH/HU.",
        "2021-03-03",
        id="right-after-the-mention-before-the-next-issuance",
    ),
    pytest.param("Kế hoạch số 5-KH/TU ban hành tháng 6/2023 của Tỉnh ủy", None, id="month-is-not-a-date"),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW được ban hành ngày 10/10/2022.",
        "2022-10-10",
        id="passive-predicate-after-ve-thuc-hien",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển đội ngũ cán bộ trẻ giai đoạn 2022-2030 được "
        "ban hành ngày 11/11/2022, triển khai Kết luận số 14-KL/TW.",
        "2022-11-11",
        id="passive-predicate-after-its-own-title",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Tỉnh ủy thực hiện Nghị quyết số 13-NQ/TW ngày 2/4/2022 của Bộ Chính trị về phát "
        "triển vùng đồng bằng sông Cửu Long được ban hành ngày 15/8/2022.",
        "2022-08-15",
        id="passive-predicate-after-the-dated-objects-title",
    ),
    pytest.param("Kế hoạch số 5-KH/TU được ban hành ngày 14/9/2021.", "2021-09-14", id="duoc-ban-hanh-ngay"),
    pytest.param(
        "Kế hoạch số 5-KH/TU về chuyển đổi số (ban hành ngày 2/8/2025) được giao Văn phòng theo dõi.",
        "2025-08-02",
        id="issue-date-aside-after-the-subject",
    ),
    pytest.param("Kế hoạch số 5-KH/TU được thông qua ngày 4/1/2026.", "2026-01-04", id="duoc-thong-qua-ngay"),
    pytest.param(
        "Sau khi Tỉnh ủy ban hành Kế hoạch số 5-KH/TU, ngày 2/4/2025 Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        None,
        id="date-of-the-next-clause-without-a-comma",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 5-KH/TU, ngày 20/3/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        None,
        id="date-of-the-next-clause",
    ),
    pytest.param(
        "Quán triệt Kế hoạch số 5-KH/TU\n12/03/2025 08:15\nSáng nay, ...", None, id="page-timestamp"
    ),
    pytest.param(
        "Tỉnh ủy triển khai Kế hoạch số 5-KH/TU\nNgày 20/2/2025, Ban Thường vụ Tỉnh ủy họp.",
        None,
        id="date-opening-the-next-line",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU\nngày 20/2/2025 của Tỉnh ủy", "2025-02-20", id="date-on-a-wrapped-line"
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU, được ban hành ngày 8/11/2022, đã cụ thể hóa Nghị quyết số 20-NQ/TW.",
        "2022-11-08",
        id="duoc-ban-hanh-ngay-between-commas",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 5-KH/TU và số 6-KH/TU cùng ngày 14/3/2019.",
        "2019-03-14",
        id="same-day-over-an-item-named-by-its-number",
    ),
]


@pytest.mark.parametrize(("text", "date"), DATES)
def test_issue_dates(text: str, date: str | None) -> None:
    assert doc_named(run(text), "Kế hoạch số 5-KH/TU").date == date


ISSUERS = [
    pytest.param(
        "Đảng ủy Bộ Ngoại giao tổ chức hội nghị. Đồng chí Bí thư Đảng ủy Bộ nhấn mạnh yêu cầu đổi mới. Đảng ủy Bộ đã "
        "ban hành Kế hoạch số 5-KH/TU.",
        ("Đảng ủy Bộ Ngoại giao",),
        None,
        "district",  # (under the Government's Party committee, itself one below the Centre)
        id="ministry-committee-named-in-full-before",
    ),
    pytest.param(
        "Ngày 28/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 3.\n\nHội nghị thống nhất ban hành Nghị quyết "
        "số 01-NQ/TU và Kế hoạch số 5-KH/TU thực hiện Nghị quyết Đại hội.",
        ("Ban Chấp hành Đảng bộ tỉnh",),
        None,
        "provincial",
        id="plenary-named-in-the-paragraph-before",
    ),
    pytest.param(
        "Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 1500-QĐ/TU. Ban cũng chủ động "
        "ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Tổ chức Tỉnh ủy",),
        None,
        "provincial",
        id="bare-commission-with-adverbs",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU do đồng chí Lê Văn Tám, Phó Bí thư Thường trực Tỉnh ủy ký thay mặt Ban Thường vụ Tỉnh ủy.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="signed-for-a-board",
    ),
    pytest.param(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh đã ban hành Kết luận số 35-KL/TU. Cũng tại hội nghị, Ban Chấp hành "
        "thông qua Kế hoạch số 5-KH/TU.",
        ("Ban Chấp hành Đảng bộ tỉnh",),
        None,
        "provincial",
        id="executive-committee-named-in-full-before",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy Sơn La – cơ quan lãnh đạo của Đảng bộ tỉnh giữa hai kỳ hội nghị – đã ban hành Kế "
        "hoạch số 5-KH/TU.",
        ("Ban Thường vụ Tỉnh ủy",),
        "Sơn La",
        "provincial",
        id="apposition-between-dashes",
    ),
    pytest.param(
        "DANH MỤC VĂN BẢN CỦA BAN THƯỜNG VỤ TỈNH ỦY BAN HÀNH THÁNG 02/2025\n- Kế hoạch số 218-KH/TU thực hiện Kết "
        "luận số 121-KL/TW.\n- Kế hoạch số 5-KH/TU triển khai Nghị quyết số 57-NQ/TW.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="list-title-naming-the-body-of-its-bullets",
    ),
    pytest.param(
        "Ngày 14/4/2025, Ban Thường vụ\nTỉnh ủy ban hành Kế hoạch số 5-KH/TU về chuyển đổi số.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="body-name-over-a-line-break",
    ),
    pytest.param(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Lào Cai lần thứ 6 đã thống nhất ban hành Nghị quyết lãnh đạo thực hiện "
        "nhiệm vụ năm 2026 và Kế hoạch số 5-KH/TU thực hiện Nghị quyết số 57-NQ/TW.",
        ("Ban Chấp hành Đảng bộ tỉnh",),
        "Lào Cai",
        "provincial",
        id="plenary-named-before-its-verb",
    ),
    pytest.param(
        "Đảng ủy Chính phủ ban hành Kế hoạch số 3-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số 5-KH/TU "
        "thực hiện Nghị quyết số 59-NQ/TW.",
        (),
        None,
        "provincial",
        id="other-organ-code-does-not-share",
    ),
    pytest.param(
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ban hành Kế "
        "hoạch số 5-KH/TU.",
        ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",),
        None,
        "central",
        id="steering-committee-named-with-commas",
    ),
    pytest.param(
        "Đảng đoàn Hội LHPN tỉnh ban hành Kế hoạch số 5-KH/TU về thực hiện Kết luận số 21-KL/TW.",
        ("Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh",),
        None,
        "provincial",
        id="mass-organisation-abbreviation-expanded",
    ),
    pytest.param(
        "Căn cứ Quy định số 232-QĐ/TW, Ban Thường vụ Tỉnh ủy Đồng Tháp (mới) đã ban hành Quy chế làm việc và Kế "
        "hoạch số 5-KH/TU thực hiện Nghị quyết số 57-NQ/TW.",
        ("Ban Thường vụ Tỉnh ủy",),
        "Đồng Tháp",
        "provincial",
        id="merged-province-qualifier",
    ),
    pytest.param(
        "Sơ kết giữa nhiệm kỳ, Tỉnh ủy Gia Lai cho biết đã ban hành Kế hoạch số 5-KH/TU để thực hiện Kết luận số "
        "21-KL/TW.",
        ("Tỉnh ủy",),
        "Gia Lai",
        "provincial",
        id="body-reporting-its-own-issuing",
    ),
    pytest.param(
        "Đầu năm 2026, Ban Thường vụ Tỉnh ủy ban hành tiếp Kế hoạch số 5-KH/TU về chuyển đổi số.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="ban-hanh-tiep",
    ),
    pytest.param(
        "Ủy ban Kiểm tra Đảng ủy Khối tham mưu ban hành Kế hoạch số 5-KH/TU về kiểm tra.",
        (),
        None,
        "provincial",
        id="adviser-bloc-name-stops-before-its-verb",
    ),
    pytest.param(
        "Năm 2023, Ban Tuyên giáo Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 20-CT/TU; chủ động "
        "ban hành Kế hoạch số 5-KH/TU về tuyên truyền.",
        ("Ban Tuyên giáo Tỉnh ủy",),
        None,
        "provincial",
        id="adviser-then-issues-its-own",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của BCH TƯ khóa XIII",
        ("Ban Chấp hành Trung ương",),
        None,
        "central",
        id="bch-tu-with-horn",
    ),
    pytest.param(
        "Thành ủy Thành phố Hồ Chí Minh ban hành Kế hoạch số 5-KH/TU",
        ("Thành ủy",),
        "Hồ Chí Minh",
        "provincial",
        id="city-prefix-before-the-place",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Thành ủy TP. Cần Thơ",
        ("Thành ủy",),
        "Cần Thơ",
        "provincial",
        id="abbreviated-city-prefix",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Thành ủy Pleiku về chuyển đổi số",
        ("Thành ủy",),
        "Pleiku",
        "district",
        id="a-provincial-citys-committee-is-district-whatever-its-code",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Ban Thường vụ Thành ủy Đà Nẵng về chuyển đổi số",
        ("Ban Thường vụ Thành ủy",),
        "Đà Nẵng",
        "provincial",
        id="a-centrally-run-citys-committee-is-provincial",
    ),
    pytest.param(
        "Đảng ủy Công an TP. Đà Nẵng ban hành Kế hoạch số 5-KH/TU thực hiện Chỉ thị số 40-CT/TW.",
        ("Đảng ủy Công an Thành phố",),
        "Đà Nẵng",
        "district",
        id="abbreviated-city-with-a-dot-inside-a-body-before-its-verb",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng ủy Công an TP. Sau đó, Tỉnh ủy ban hành Kế hoạch số 6-KH/TU.",
        ("Đảng ủy Công an Thành phố",),
        None,
        "district",
        id="a-sentence-after-tp-dot-is-not-its-place",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy chủ trì, tham mưu ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="the-body-that-gives-the-drafting-out-issues",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy đã giao cho Văn phòng Tỉnh ủy tham mưu ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="the-body-that-gives-the-drafting-out-to-its-office-issues",
    ),
    pytest.param(
        "Ngày 4/3/2024, BTV HU ban hành Kế hoạch số 5-KH/TU triển khai Chỉ thị số 40-CT/TW.",
        ("Ban Thường vụ Huyện ủy",),
        None,
        "district",
        id="standing-board-with-an-organ-code",
    ),
    pytest.param(
        "Năm 2024, Ban Thường vụ tu bổ nhà truyền thống và ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ",),
        None,
        "provincial",
        id="a-lower-case-word-after-ban-thuong-vu-is-not-a-code",
    ),
    pytest.param(
        "Đảng ủy xã Tân Hòa ban hành Nghị quyết số 09-NQ/ĐU về nông thôn mới; đồng thời ban hành Kế hoạch số 5-KH/TU.",
        ("Đảng ủy xã",),
        "Tân Hòa",
        "grassroots",
        id="dong-thoi-ban-hanh-keeps-the-body",
    ),
    pytest.param(
        "Ban Thường vụ Đảng ủy phường Tân An (TP Cần Thơ) ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ Đảng ủy phường",),
        "Tân An",
        "grassroots",
        id="standing-board-of-a-commune",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng ủy đặc khu Côn Đảo",
        ("Đảng ủy đặc khu",),
        "Côn Đảo",
        "grassroots",
        id="committee-of-a-special-zone",
    ),
    pytest.param(
        "Huyện ủy Ba Vì (thành phố Hà Nội) ban hành Kế hoạch số 5-KH/TU về du lịch.",
        ("Huyện ủy",),
        "Ba Vì",
        "district",
        id="bracketed-place-with-its-unit-word",
    ),
    pytest.param(
        "Ngày 18/3/2025, Ban Thường vụ Đảng ủy Chính phủ ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ Đảng ủy Chính phủ",),
        None,
        "provincial",
        id="standing-board-of-the-governments-party-committee",
    ),
    pytest.param(
        "Thường trực Đảng ủy phường Cửa Nam đã ban hành Kế hoạch số 5-KH/TU.",
        ("Thường trực Đảng ủy phường",),
        "Cửa Nam",
        "grassroots",
        id="standing-office-of-a-ward-committee",
    ),
    pytest.param(
        "Năm 2025, Ban Thường vụ Tỉnh ủy đã lãnh đạo, chỉ đạo, quán triệt và ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="body-of-a-list-of-coordinated-verbs",
    ),
    pytest.param(
        "Tỉnh ủy đã ban hành các Kế hoạch số 5-KH/TU, 6-KH/TU và 7-KH/TU.",
        ("Tỉnh ủy",),
        None,
        "provincial",
        id="ban-hanh-cac-before-a-list",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình hành động số 15-CTr/TU thực hiện Nghị quyết số 26-NQ/TW về nông nghiệp và "
        "Kế hoạch số 5-KH/TU thực hiện Nghị quyết số 28-NQ/TW về bảo hiểm xã hội.",
        ("Tỉnh ủy",),
        None,
        "provincial",
        id="next-item-joined-by-va-with-a-cue-of-its-own",
    ),
    pytest.param(
        "Ban Chỉ đạo 35 Tỉnh ủy ban hành Kế hoạch số 5-KH/TU về bảo vệ nền tảng tư tưởng của Đảng.",
        ("Ban Chỉ đạo 35 Tỉnh ủy",),
        None,
        "provincial",
        id="steering-committee-of-the-provincial-committee",
    ),
    pytest.param(
        "Ngày 25/8/2014, Ban Bí thư ra Kế hoạch số 5-KH/TU về đại hội.",
        ("Ban Bí thư",),
        None,
        "central",
        id="ra-issues",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy thống nhất ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="thong-nhat-ban-hanh",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Ban Cán sự đảng UBND tỉnh",
        ("Ban Cán sự đảng Ủy ban nhân dân tỉnh",),
        None,
        "provincial",
        id="board-of-a-state-body-expanded",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Quân ủy Trung ương",
        ("Quân ủy Trung ương",),
        None,
        "central",  # the Centre's own commission (its documents are coded QUTW)
        id="central-military-commission",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng ủy Công an Trung ương",
        ("Đảng ủy Công an Trung ương",),
        None,
        "provincial",  # directly under the Central Committee, like the Party committee of the central agencies
        id="central-public-security-committee",
    ),
    pytest.param(
        "Đảng ủy UBND tỉnh ban hành Kế hoạch số 5-KH/TU.",
        ("Đảng ủy Ủy ban nhân dân tỉnh",),
        None,
        "district",  # a committee under the provincial committee
        id="abbreviated-state-body-of-a-party-committee-is-expanded",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU ngày 2/2/2023 của Đảng ủy Khối Doanh nghiệp tỉnh triển khai Chỉ thị số 35-CT/TW",
        ("Đảng ủy Khối Doanh nghiệp tỉnh",),
        None,
        "district",
        id="bloc-name-ends-at-its-unit-not-at-the-verb",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của BTV Tỉnh uỷ Yên Bái về",
        ("Ban Thường vụ Tỉnh ủy",),
        "Yên Bái",
        "provincial",
        id="abbrev-and-place",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của BCH Đảng bộ tỉnh Nghệ An",
        ("Ban Chấp hành Đảng bộ tỉnh",),
        "Nghệ An",
        "provincial",
        id="bch-dang-bo",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Ban Chấp hành Trung ương Đảng khoá XIII",
        ("Ban Chấp hành Trung ương",),
        None,
        "central",
        id="central-committee-old-tone",
    ),
    pytest.param("Kế hoạch số 5-KH/TU của Bộ chính trị", ("Bộ Chính trị",), None, "central", id="case"),
    pytest.param(
        "Kế hoạch số 5-KH/TU của BCT và Ban Bí thư",
        ("Bộ Chính trị", "Ban Bí thư"),
        None,
        "central",
        id="joint",
    ),
    pytest.param(
        "Ban Thường vụ Quận ủy Hoàn Kiếm đã ban hành Kế hoạch số 5-KH/TU",
        ("Ban Thường vụ Quận ủy",),
        "Hoàn Kiếm",
        "district",
        id="before-ban-hanh",
    ),
    pytest.param(
        "Ban Tổ chức Tỉnh ủy đã tham mưu cho Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 5-KH/TU",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="adviser-is-not-issuer",
    ),
    pytest.param(
        "Ban Tổ chức Tỉnh ủy đã tham mưu ban hành Kế hoạch số 5-KH/TU",
        (),
        None,
        "provincial",
        id="adviser-alone",
    ),
    pytest.param(
        "Ngày 2/2/2024, thay mặt Bộ Chính trị, Tổng Bí thư đã ký ban hành Kế hoạch số 5-KH/TU",
        ("Bộ Chính trị",),
        None,
        "central",
        id="signer-on-behalf",
    ),
    pytest.param(
        "Bí thư Tỉnh ủy Nguyễn Văn A ký ban hành Kế hoạch số 5-KH/TU",
        (),
        None,
        "provincial",
        id="signer-is-not-issuer",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU do Ban Thường vụ Huyện ủy ban hành",
        ("Ban Thường vụ Huyện ủy",),
        None,
        "district",
        id="passive-do",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng ủy xã Tân Lập", ("Đảng ủy xã",), "Tân Lập", "grassroots", id="commune"
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng ủy Quân sự tỉnh",
        ("Đảng ủy Quân sự tỉnh",),
        None,
        "district",
        id="military-party-committee",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng đoàn Mặt trận Tổ quốc tỉnh Gia Lai",
        ("Đảng đoàn Mặt trận Tổ quốc tỉnh",),
        "Gia Lai",
        "provincial",
        id="party-delegation",
    ),
    pytest.param(
        "Ban Thường vụ ban hành Kế hoạch số 5-KH/TU",
        ("Ban Thường vụ",),
        None,
        "provincial",
        id="bare-standing-committee-level-from-organ-code",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Ban cán sự đảng Chính phủ",
        ("Ban cán sự đảng Chính phủ",),
        None,
        "central",
        id="party-affairs-board-central",
    ),
    pytest.param(
        "Đảng ủy phường Phú Hội xây dựng Kế hoạch số 5-KH/TU thực hiện Chỉ thị số 08-CT/TU.",
        ("Đảng ủy phường",),
        "Phú Hội",
        "grassroots",
        id="body-drafts-the-document",
    ),
    pytest.param(
        "Cùng với Nghị quyết số 11-NQ/TU, Tỉnh ủy còn ban hành Kế hoạch số 5-KH/TU.",
        ("Tỉnh ủy",),
        None,
        "provincial",
        id="con-ban-hanh",
    ),
    pytest.param(
        "Ban Tuyên giáo Tỉnh ủy đã xây dựng Kế hoạch số 5-KH/TU trình Ban Thường vụ Tỉnh ủy ban hành.",
        (),
        None,
        "provincial",
        id="a-commission-drafts-it",
    ),
    pytest.param(
        "Nghị quyết số 52-NQ/TW được Tỉnh ủy Sóc Trăng cụ thể hóa bằng Kế hoạch số 5-KH/TU.",
        ("Tỉnh ủy",),
        "Sóc Trăng",
        "provincial",
        id="passive-body-gives-the-implementing-document",
    ),
    pytest.param(
        "Huyện ủy Yên Thế đã tổ chức quán triệt Quy định số 144-QĐ/TW và ban hành Kế hoạch số 5-KH/TU.",
        ("Huyện ủy",),
        "Yên Thế",
        "district",
        id="body-of-an-earlier-coordinated-verb",
    ),
    pytest.param(
        "Đồng chí Bí thư nhấn mạnh Quy định số 144-QĐ/TW và ban hành Kế hoạch số 5-KH/TU.",
        (),
        None,
        "provincial",
        id="no-body-before-the-earlier-verb",
    ),
    pytest.param(
        "Tỉnh ủy Quảng Ninh vừa có Kế hoạch số 5-KH/TU.",
        ("Tỉnh ủy",),
        "Quảng Ninh",
        "provincial",
        id="vua-co",
    ),
    pytest.param(
        "Huyện ủy Quản Bạ đến tháng 4/2024 mới ban hành Kế hoạch số 5-KH/TU.",
        ("Huyện ủy",),
        "Quản Bạ",
        "district",
        id="time-between-body-and-verb",
    ),
    pytest.param(
        "Ban Chấp hành Đảng bộ tỉnh đã thảo luận, thông qua Kế hoạch số 5-KH/TU.",
        ("Ban Chấp hành Đảng bộ tỉnh",),
        None,
        "provincial",
        id="thao-luan-thong-qua",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng ủy Chính phủ",
        ("Đảng ủy Chính phủ",),
        None,
        "provincial",
        id="govt-party",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Ban Thường vụ Đảng ủy Khối về học tập chuyên đề",
        ("Ban Thường vụ Đảng ủy Khối",),
        None,
        "district",
        id="bloc-name-stops-before-ve",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Đảng ủy Ủy ban nhân dân tỉnh",
        ("Đảng ủy Ủy ban nhân dân tỉnh",),
        None,
        "district",
        id="party-committee-of-a-state-body",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Ban Thường vụ Thành ủy Đà Nẵng",
        ("Ban Thường vụ Thành ủy",),
        "Đà Nẵng",
        "provincial",
        id="place-whose-first-word-folds-like-da",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Huyện ủy Cư Jút", ("Huyện ủy",), "Cư Jút", "district", id="place-cu-jut"
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Tỉnh ủy Bà Rịa - Vũng Tàu",
        ("Tỉnh ủy",),
        "Bà Rịa - Vũng Tàu",
        "provincial",
        id="place-with-a-dash",
    ),
    pytest.param(
        "Huyện ủy Quảng Điền (Thừa Thiên Huế) đã ban hành Kế hoạch số 5-KH/TU.",
        ("Huyện ủy",),
        "Quảng Điền",
        "district",
        id="bracketed-place-after-the-place",
    ),
    pytest.param(
        "Ngày 3/2/2024, Thành ủy TP.HCM ban hành Kế hoạch số 5-KH/TU.",
        ("Thành ủy",),
        "TP.HCM",
        "provincial",
        id="city-abbreviation-with-a-dot",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU của Tỉnh ủy Hội nghị lần thứ 5",
        ("Tỉnh ủy",),
        None,
        "provincial",
        id="not-a-place",
    ),
    pytest.param(
        "Tại Kế hoạch số 5-KH/TU, Tỉnh ủy Lạng Sơn yêu cầu các cấp ủy tổ chức quán triệt.",
        ("Tỉnh ủy",),
        "Lạng Sơn",
        "provincial",
        id="the-body-speaking-in-its-own-document",
    ),
    pytest.param(
        "Tạo đột phá từ Kế hoạch số 5-KH/TU của Tỉnh ủy\nThứ Hai, 06/07/2023\nSau hai năm triển khai ...",
        ("Tỉnh ủy",),
        None,
        "provincial",
        id="no-place-name-on-the-next-line",
    ),
    pytest.param(
        "Ngày 15/8/2025, Tỉnh ủy ban hành đồng thời Nghị quyết số 15-NQ/TU về kinh tế biển, Kế hoạch số 5-KH/TU "
        "và Quyết định số 15-QĐ/TU.",
        ("Tỉnh ủy",),
        None,
        "provincial",
        id="issued-at-once",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 215-QĐ/TU kiện toàn Ban Chỉ đạo 35 của tỉnh và Kế hoạch số "
        "5-KH/TU triển khai thực hiện Nghị quyết 35 của Bộ Chính trị.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="after-an-items-title-without-ve",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ngay sau đó ban hành Kế hoạch số 5-KH/TU.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="ngay-sau-do-between-the-body-and-its-verb",
    ),
    pytest.param(
        "Ngày 2/10/2025, Đảng ủy xã Thanh Sơn, tỉnh Phú Thọ ban hành Kế hoạch số 5-KH/TU.",
        ("Đảng ủy xã",),
        "Thanh Sơn",
        "grassroots",
        id="a-communes-province-said-aside",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU ngày 6/9/2023 do đồng chí Phó Bí thư Thường trực Tỉnh ủy ký thay mặt Ban Thường vụ "
        "Tỉnh ủy nêu rõ mục tiêu.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="signed-for-the-board-then-another-verb",
    ),
    pytest.param(
        "Tại Kế hoạch số 5-KH/TU, các đơn vị yêu cầu tổ chức quán triệt.",
        (),
        None,
        "provincial",
        id="no-body-speaking-in-the-document",
    ),
    pytest.param(
        "Đảng ủy Trường Đại học Y Dược Cần Thơ ban hành Kế hoạch số 5-KH/TU.",
        ("Đảng ủy Trường Đại học Y Dược Cần Thơ",),
        None,
        "district",
        id="duoc-of-a-name-is-no-passive",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1125-QĐ/TU thành lập Tổ công tác triển khai Nghị quyết số "
        "57-NQ/TW và Kế hoạch số 5-KH/TU về chuyển đổi số.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="next-item-after-what-a-body-set-up-carries-out",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy Quảng Trị họp. Kế hoạch số 5-KH/TU của Ban Thường vụ về chuyển đổi số được triển khai.",
        ("Ban Thường vụ Tỉnh ủy",),
        "Quảng Trị",
        "provincial",
        id="a-shortened-name-after-cua-is-the-one-named-in-full-before",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn số 12-HD/TU về học tập, quán triệt Nghị quyết số 43-NQ/TW và Kế "
        "hoạch số 5-KH/TU ngày 20/4/2023 tuyên truyền kỷ niệm các ngày lễ lớn.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="next-item-of-the-organ-dated-after-the-titles-object",
    ),
    pytest.param(
        "Kế hoạch số 5-KH/TU do Ban Thường vụ Tỉnh ủy Tiền Giang ký ngày 4/3/2019 để triển khai Chỉ thị số 27-CT/TW.",
        ("Ban Thường vụ Tỉnh ủy",),
        "Tiền Giang",
        "provincial",
        id="a-body-signing-on-a-day",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy vừa phê duyệt Kế hoạch số 5-KH/TU về phát triển đội ngũ cán bộ cấp xã.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="the-committee-approving-it",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy phê duyệt Kế hoạch số 5-KH/TU về phát triển đội ngũ cán bộ cấp xã.",
        ("Ban Thường vụ Tỉnh ủy",),
        None,
        "provincial",
        id="the-committee-approving-it-with-no-adverb",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy chỉ đạo Ban Dân vận Tỉnh ủy chủ trì ban hành Kế hoạch số 5-KH/TU về công tác dân vận.",
        ("Ban Dân vận Tỉnh ủy",),
        None,
        "provincial",
        id="the-commission-leading-the-issuing",
    ),
]


def test_a_department_committee_named_without_its_field() -> None:
    result = run("Đảng ủy Sở đã ban hành Kế hoạch số 5-KH/ĐU về chuyển đổi số.")
    assert doc_named(result, "Kế hoạch số 5-KH/ĐU").issuer == ("Đảng ủy Sở",)
    assert run("Kế hoạch số 7 của Huyện ủy đề ra số nhiệm vụ cụ thể.").documents[0].issuer == ("Huyện ủy",)


@pytest.mark.parametrize(("text", "issuer", "place", "level"), ISSUERS)
def test_issuers(text: str, issuer: tuple[str, ...], place: str | None, level: str) -> None:
    doc = doc_named(run(text), "Kế hoạch số 5-KH/TU")
    assert (doc.issuer, doc.issuer_province, doc.level) == (issuer, place, level)


def test_thuc_hien_frame_gives_issuer_and_relation() -> None:
    result = run(
        "Thực hiện Chỉ thị số 11-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 9-KH/TU về du lịch."
    )
    plan = doc_named(result, "Kế hoạch số 9-KH/TU")
    assert plan.issuer == ("Ban Thường vụ Tỉnh ủy",)
    assert plan.subject == "du lịch"
    assert edges(result) == {("Kế hoạch số 9-KH/TU", "Chỉ thị số 11-CT/TW")}


def test_subject_and_term() -> None:
    doc = doc_named(
        run(
            "Kết luận số 12-KL/TW ngày 1/1/2021 của Ban Chấp hành Trung ương Đảng khóa XII về "
            "“đổi mới phương thức lãnh đạo”; các nội dung khác"
        ),
        "Kết luận số 12-KL/TW",
    )
    assert doc.subject == "đổi mới phương thức lãnh đạo"
    assert doc.term == "XII"


@pytest.mark.parametrize(
    ("organ", "level"),
    [
        ("TW", "central"),
        ("TU", "provincial"),
        ("HU", "district"),
        ("QU", "district"),
        ("ĐU", "grassroots"),
        ("BTGTW", "central"),
        ("UBKTTU", "provincial"),
    ],
)
def test_level_from_organ_code_when_no_issuer(organ: str, level: str) -> None:
    doc = doc_named(run(f"đã bàn về Kế hoạch số 3-KH/{organ} trong năm"), f"Kế hoạch số 3-KH/{organ}")
    assert doc.level == level


# --- relations ----------------------------------------------------------------------------------------------
RELATIONS = [
    pytest.param(
        "BCH Đảng bộ Đại học Thái Nguyên ban hành Chương trình hành động số 05-CTr/ĐU thực hiện Nghị quyết Đại hội "
        "đại biểu Đảng bộ Đại học Thái Nguyên lần thứ XXVI.",
        {
            (
                "Chương trình hành động số 05-CTr/ĐU",
                "Nghị quyết Đại hội đại biểu Đảng bộ Đại học Thái Nguyên lần thứ XXVI",
            )
        },
        id="congress-of-an-organisation-named-by-its-name",
    ),
    pytest.param(
        "Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
        "12-KH/TU (ngày 15/7/2025) để triển khai thực hiện trên địa bàn tỉnh sau hợp nhất.",
        {("Kế hoạch số 12-KH/TU", "Nghị quyết số 57-NQ/TW")},
        id="elided-object-then-a-longer-place",
    ),
    pytest.param(
        "Thường trực Tỉnh ủy ban hành Công văn số 2170-CV/TU chỉ đạo tăng cường thực hiện Chỉ thị số 04-CT/TW.",
        {("Công văn số 2170-CV/TU", "Chỉ thị số 04-CT/TW")},
        id="directing-to-step-up-implementation",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU về sinh hoạt chi bộ.\n\nKế hoạch yêu cầu mỗi quý một lần "
        "sinh hoạt chuyên đề.\n\nĐể triển khai Kế hoạch trên, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 66-KH/HU.",
        {("Kế hoạch số 66-KH/HU", "Kế hoạch số 210-KH/TU")},
        id="above-reaches-back-over-paragraphs",
    ),
    pytest.param(
        "Đảng ủy xã vừa ban hành Nghị quyết số 05-NQ/ĐU về kinh tế tư nhân.\n\nNghị quyết chuyên đề được ban hành "
        "nhằm cụ thể hóa Nghị quyết số 68-NQ/TW của Bộ Chính trị.",
        {("Nghị quyết số 05-NQ/ĐU", "Nghị quyết số 68-NQ/TW")},
        id="thematic-back-reference-opening-a-sentence",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 60-KH/TU về học tập Nghị quyết Đại hội XIV.\n\nKế hoạch được "
        "ban hành thực hiện Kế hoạch số 01-KH/TW của Bộ Chính trị.",
        {
            ("Kế hoạch số 60-KH/TU", "Nghị quyết Đại hội XIV"),
            ("Kế hoạch số 60-KH/TU", "Kế hoạch số 01-KH/TW"),
        },
        id="back-reference-issued-to-carry-out",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 22-CT/TU về công tác giảm nghèo bền vững gắn với thực hiện Nghị "
        "quyết số 11-NQ/TW của Bộ Chính trị.",
        {("Chỉ thị số 22-CT/TU", "Nghị quyết số 11-NQ/TW")},
        id="title-linking-its-work-to-carrying-out-another",
    ),
    pytest.param(
        "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW và "
        "Hướng dẫn số 19-HD/BTGTW ngày 20/12/2023 của Ban Tuyên giáo Trung ương, Ban Thường vụ Huyện ủy ban hành Kế "
        "hoạch số 186-KH/HU.",
        {
            ("Kết luận số 01-KL/TW", "Chỉ thị số 05-CT/TW"),
            ("Kế hoạch số 186-KH/HU", "Kết luận số 01-KL/TW"),
            ("Kế hoạch số 186-KH/HU", "Hướng dẫn số 19-HD/BTGTW"),
        },
        id="a-document-never-carries-out-a-later-one",
    ),
    pytest.param(
        "Thực hiện Nghị quyết Đại hội XIII của Đảng, Ban Chấp hành Đảng bộ tỉnh đã ban hành 6 nghị quyết chuyên đề, "
        "4 chương trình và 12 đề án.",
        {
            ("6 nghị quyết chuyên đề", "Nghị quyết Đại hội XIII của Đảng"),
            ("4 chương trình", "Nghị quyết Đại hội XIII của Đảng"),
            ("12 đề án", "Nghị quyết Đại hội XIII của Đảng"),
        },
        id="a-list-of-counted-sets",
    ),
    pytest.param(
        "Hội nghị quán triệt các Kết luận số 126, 127 của Bộ Chính trị và Kế hoạch số 392-KH/TU của Tỉnh ủy. Ngay sau "
        "hội nghị, Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch số 112-KH/ĐUK để cụ thể hóa các kết luận và kế hoạch "
        "trên.",
        {
            ("Kế hoạch số 112-KH/ĐUK", "Kết luận số 126"),
            ("Kế hoạch số 112-KH/ĐUK", "127"),
            ("Kế hoạch số 112-KH/ĐUK", "Kế hoạch số 392-KH/TU"),
        },
        id="plural-back-reference-of-two-kinds",
    ),
    pytest.param(
        "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị là căn cứ để tổ chức đại hội. Thực hiện Chỉ thị năm 2024, "
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 265-KH/TU.",
        {("Kế hoạch số 265-KH/TU", "Chỉ thị số 35-CT/TW")},
        id="bare-anaphor-with-its-year",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, ngày 20/08/2018, Ban Chấp hành Đảng bộ tỉnh "
        "đã ban hành Nghị quyết số 18-NQ/TU về phòng, chống tham nhũng.",
        {("Nghị quyết số 18-NQ/TU", "Nghị quyết số 18-NQ/TW")},
        id="frame-issued-document-of-the-same-number",
    ),
    pytest.param(
        "Kế hoạch số 150-KH/HU ngày 20/11/2023 do đồng chí Lê Văn Tám, Phó Bí thư Thường trực Huyện ủy ký thay mặt "
        "Ban Thường vụ Huyện ủy, nhằm triển khai thực hiện Quy định số 124-QĐ/TW.",
        {("Kế hoạch số 150-KH/HU", "Quy định số 124-QĐ/TW")},
        id="cue-after-a-signature-for-a-board",
    ),
    pytest.param(
        "Để triển khai Chỉ thị số 05-CT/TW, Huyện ủy đã ban hành Kế hoạch số 08-KH/HU; Ban Tuyên giáo Huyện ủy ban "
        "hành Hướng dẫn số 02-HD/BTGHU về học tập chuyên đề; Ban Thường vụ Huyện ủy ban hành Quy định số 03-QĐ/HU.",
        {
            ("Kế hoạch số 08-KH/HU", "Chỉ thị số 05-CT/TW"),
            ("Hướng dẫn số 02-HD/BTGHU", "Chỉ thị số 05-CT/TW"),
            ("Quy định số 03-QĐ/HU", "Chỉ thị số 05-CT/TW"),
        },
        id="frame-over-issuing-clauses-with-titles",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 260-KH/TU về sơ kết 5 năm thực hiện Kết luận số 52-KL/TW của Ban Bí thư và tiếp "
        "tục triển khai Nghị quyết số 45-NQ/TW.",
        {("Kế hoạch số 260-KH/TU", "Nghị quyết số 45-NQ/TW")},
        id="title-second-cue-after-a-review",
    ),
    pytest.param(
        "Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và Kết luận số 118-KL/TW của Bộ Chính trị điều chỉnh một số "
        "nội dung của Chỉ thị 35, Thường vụ Quân ủy Trung ương đã ban hành Chỉ thị số 1668-CT/QUTW.",
        {
            ("Chỉ thị số 1668-CT/QUTW", "Chỉ thị số 35-CT/TW"),
            ("Chỉ thị số 1668-CT/QUTW", "Kết luận số 118-KL/TW"),
        },
        id="frame-object-named-again-in-a-description",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 03-KH/TW của Bộ Chính trị về thực hiện Kết luận số 21-KL/TW và Chương trình hành động "
        "số 15-CTr/TU của Thành ủy về thực hiện Kết luận, Ban Thường vụ Quận ủy đã ban hành Kế hoạch số 145-KH/QU.",
        {
            ("Kế hoạch số 03-KH/TW", "Kết luận số 21-KL/TW"),
            ("Chương trình hành động số 15-CTr/TU", "Kết luận số 21-KL/TW"),
            ("Kế hoạch số 145-KH/QU", "Kế hoạch số 03-KH/TW"),
            ("Kế hoạch số 145-KH/QU", "Chương trình hành động số 15-CTr/TU"),
        },
        id="no-document-carries-out-a-lower-one",
    ),
    pytest.param(
        "Thực hiện Quy định số 366-QĐ/TW của Bộ Chính trị về kiểm điểm và Hướng dẫn số 31-HD/BTCTW của Ban Tổ chức "
        "Trung ương hướng dẫn thực hiện Quy định này, Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn số 09-HD/TU.",
        {
            ("Hướng dẫn số 31-HD/BTCTW", "Quy định số 366-QĐ/TW"),
            ("Hướng dẫn số 09-HD/TU", "Quy định số 366-QĐ/TW"),
            ("Hướng dẫn số 09-HD/TU", "Hướng dẫn số 31-HD/BTCTW"),
        },
        id="second-object-guiding-the-first-by-back-reference",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình số 31-CTr/TU thực hiện Nghị quyết số 23-NQ/TW; Ban Thường vụ Tỉnh ủy ban "
        "hành Kế hoạch số 112-KH/TU về tuyên truyền Nghị quyết.",
        {
            ("Chương trình số 31-CTr/TU", "Nghị quyết số 23-NQ/TW"),
            ("Kế hoạch số 112-KH/TU", "Nghị quyết số 23-NQ/TW"),
        },
        id="bare-anaphor-after-a-propagating-verb",
    ),
    pytest.param(
        "Hội nghị sơ kết Chương trình hành động số 13-CTr/TU. Ban Thường vụ Đảng ủy Khối đã ban hành Kế hoạch số "
        "115-KH/ĐUK về triển khai thực hiện Chương trình hành động nói trên.",
        {("Kế hoạch số 115-KH/ĐUK", "Chương trình hành động số 13-CTr/TU")},
        id="action-programme-named-above",
    ),
    pytest.param(
        "Chương trình hành động số 25-CTr/TU ngày 10/10/2023 của Tỉnh ủy xác định 8 nhóm nhiệm vụ, giải pháp để "
        "thực hiện thắng lợi Nghị quyết số 39-NQ/TW.",
        {("Chương trình hành động số 25-CTr/TU", "Nghị quyết số 39-NQ/TW")},
        id="what-a-document-sets-out-is-for",
    ),
    pytest.param(
        "Đảng ủy Công an Trung ương ban hành Chương trình hành động số 58-CTr/ĐUCA và Bộ Công an ban hành Kế hoạch "
        "số 187-KH/BCA để thực hiện Nghị quyết số 12-NQ/TW.",
        {
            ("Chương trình hành động số 58-CTr/ĐUCA", "Nghị quyết số 12-NQ/TW"),
            ("Kế hoạch số 187-KH/BCA", "Nghị quyết số 12-NQ/TW"),
        },
        id="purpose-shared-by-parallel-issuing-clauses",
    ),
    pytest.param(
        "Bộ Chính trị đã có Kết luận về việc tiếp tục thực hiện Nghị quyết số 21-NQ/TW.",
        {("Kết luận", "Nghị quyết số 21-NQ/TW")},
        id="da-co-an-unnumbered-document",
    ),
    pytest.param(
        "Ban Chấp hành Đảng bộ ban hành Chương trình số 02-CTr/ĐU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ các "
        "cơ quan Đảng Trung ương lần thứ I.",
        {
            (
                "Chương trình số 02-CTr/ĐU",
                "Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng Trung ương lần thứ I",
            )
        },
        id="congress-of-a-party-organisation-under-the-centre",
    ),
    pytest.param(
        "Tỉnh ủy Hậu Giang có Nghị quyết số 08-NQ/TU về phát triển đô thị, còn Thành ủy Cần Thơ triển khai "
        "Chương trình hành động số 12-CTr/TU thực hiện Nghị quyết số 45-NQ/TW.",
        {("Chương trình hành động số 12-CTr/TU", "Nghị quyết số 45-NQ/TW")},
        id="con-opens-another-bodys-clause",
    ),
    pytest.param(
        "Căn cứ Quy định số 232-QĐ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Quy chế làm việc và Kế hoạch số 35-KH/TU "
        "thực hiện Nghị quyết số 57-NQ/TW.",
        {("Kế hoạch số 35-KH/TU", "Nghị quyết số 57-NQ/TW")},
        id="working-rules-stand-apart-from-a-coordinated-plan",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy về Nghị quyết 57, Đảng ủy xã ban hành Kế hoạch số "
        "09-KH/ĐU.",
        {("Kế hoạch số 09-KH/ĐU", "Kế hoạch số 18-KH/TU")},
        id="frame-object-titled-by-a-document",
    ),
    pytest.param(
        "Ban Chấp hành ban hành Chương trình số 01-CTr/ĐU thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I. Thực "
        "hiện Kế hoạch số 18-KH/TU, Đảng ủy xã ban hành Kế hoạch số 09-KH/ĐU.",
        {
            ("Chương trình số 01-CTr/ĐU", "Nghị quyết Đại hội Đảng bộ xã lần thứ I"),
            ("Kế hoạch số 09-KH/ĐU", "Kế hoạch số 18-KH/TU"),
        },
        id="roman-ordinal-ends-a-sentence",
    ),
    pytest.param(
        "Ngày 7/4/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 150-KH/TU sửa đổi Kế hoạch số 120-KH/TU về sắp xếp "
        "đơn vị hành chính, đồng thời thực hiện Kết luận số 137-KL/TW.",
        {("Kế hoạch số 150-KH/TU", "Kết luận số 137-KL/TW")},
        id="issued-document-then-also-implements",
    ),
    pytest.param(
        "Thường trực Tỉnh ủy có Công văn số 1820-CV/TU gửi các cấp ủy trực thuộc về việc thực hiện Kết luận số "
        "126-KL/TW.",
        {("Công văn số 1820-CV/TU", "Kết luận số 126-KL/TW")},
        id="letter-to-recipients-about-implementing",
    ),
    pytest.param(
        "Ban Tổ chức Tỉnh ủy ban hành Đề án số 15-ĐA/TU. Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 10-HD/BTCTU hướng "
        "dẫn thực hiện Đề án đối với các đảng bộ trực thuộc.",
        {("Hướng dẫn số 10-HD/BTCTU", "Đề án số 15-ĐA/TU")},
        id="bare-anaphor-before-doi-voi",
    ),
    pytest.param(
        "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I. Ban Chấp hành Đảng bộ phường ban hành "
        "Chương trình hành động số 02-CTr/ĐU để cụ thể hóa Nghị quyết thành 5 nhóm nhiệm vụ.",
        {("Chương trình hành động số 02-CTr/ĐU", "Nghị quyết Đại hội Đảng bộ phường lần thứ I")},
        id="bare-anaphor-before-what-it-becomes",
    ),
    pytest.param(
        "Báo cáo sơ kết cho thấy, thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
        "92-KH/TU.",
        {("Kế hoạch số 92-KH/TU", "Nghị quyết số 18-NQ/TW")},
        id="frame-after-a-review-that-reports",
    ),
    pytest.param(
        "Ban Thường vụ Thị ủy ban hành Kế hoạch số 31-KH/ThU; Ban Chấp hành Đảng bộ thị xã ban hành Nghị quyết số "
        "08-NQ/ThU. Hai văn bản này đều nhằm thực hiện Nghị quyết số 57-NQ/TW.",
        {
            ("Kế hoạch số 31-KH/ThU", "Nghị quyết số 57-NQ/TW"),
            ("Nghị quyết số 08-NQ/ThU", "Nghị quyết số 57-NQ/TW"),
        },
        id="plural-back-reference-as-implementer",
    ),
    pytest.param(
        "Đảng ủy xã ban hành Nghị quyết số 02-NQ/ĐU về kinh tế; Nghị quyết số 03-NQ/ĐU về đô thị. Các nghị quyết "
        "đều được xây dựng để thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I.",
        {
            ("Nghị quyết số 02-NQ/ĐU", "Nghị quyết Đại hội Đảng bộ xã lần thứ I"),
            ("Nghị quyết số 03-NQ/ĐU", "Nghị quyết Đại hội Đảng bộ xã lần thứ I"),
        },
        id="plural-back-reference-that-was-built-to",
    ),
    pytest.param(
        "Thành ủy ban hành Chương trình số 03-CTr/TU về đô thị và Chương trình số 04-CTr/TU về kinh tế. Đây là các "
        "chương trình công tác toàn khóa thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII.",
        {
            ("Chương trình số 03-CTr/TU", "Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII"),
            ("Chương trình số 04-CTr/TU", "Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII"),
        },
        id="plural-back-reference-with-its-kind",
    ),
    pytest.param(
        "Tỉnh ủy ban hành các Kế hoạch số 101, 102 và 103-KH/TU. Các kế hoạch lần lượt triển khai thực hiện Nghị "
        "quyết số 42-NQ/TW, Nghị quyết số 43-NQ/TW và Nghị quyết số 44-NQ/TW.",
        {
            ("Kế hoạch số 101", "Nghị quyết số 42-NQ/TW"),
            ("102", "Nghị quyết số 43-NQ/TW"),
            ("103-KH/TU", "Nghị quyết số 44-NQ/TW"),
        },
        id="plural-back-reference-respectively",
    ),
    pytest.param(
        "Huyện ủy ban hành 2 NQ chuyên đề:\n+ NQ 06-NQ/HU về nông nghiệp;\n+ NQ 07-NQ/HU về đô thị.\nCác NQ nhằm "
        "thực hiện NQ Đại hội Đảng bộ huyện lần thứ XXIV.",
        {
            ("NQ 06-NQ/HU", "NQ Đại hội Đảng bộ huyện lần thứ XXIV"),
            ("NQ 07-NQ/HU", "NQ Đại hội Đảng bộ huyện lần thứ XXIV"),
        },
        id="plural-abbreviation-over-a-bulleted-list",
    ),
    pytest.param(
        "Để cụ thể hóa Nghị quyết số 57-NQ/TW, Huyện ủy đã ban hành Nghị quyết số 05-NQ/HU về phát triển du lịch "
        "và Đề án số 02-ĐA/HU về nông thôn mới.",
        {
            ("Nghị quyết số 05-NQ/HU", "Nghị quyết số 57-NQ/TW"),
            ("Đề án số 02-ĐA/HU", "Nghị quyết số 57-NQ/TW"),
        },
        id="frame-second-issued-item-after-a-title",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 57-NQ/TW, Huyện ủy ban hành Kế hoạch số 05-KH/HU về tuyên truyền Chương trình số "
        "03-CTr/HU.",
        {
            ("Kế hoạch số 05-KH/HU", "Nghị quyết số 57-NQ/TW"),
            ("Kế hoạch số 05-KH/HU", "Chương trình số 03-CTr/HU"),
        },
        id="frame-document-inside-the-title-stays-in-it",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình hành động số 15-CTr/TU (gọi tắt là Chương trình 15) thực hiện Nghị quyết số "
        "19-NQ/TW.",
        {("Chương trình hành động số 15-CTr/TU", "Nghị quyết số 19-NQ/TW")},
        id="short-name-in-brackets-before-the-cue",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU (thay thế Kế hoạch số 05-KH/TU) thực hiện Nghị quyết số 19-NQ/TW.",
        {("Kế hoạch số 12-KH/TU", "Nghị quyết số 19-NQ/TW")},
        id="bracketed-document-before-the-cue-is-an-aside",
    ),
    pytest.param(
        "Sau khi Tỉnh ủy ban hành Kế hoạch số 45-KH/TU, Huyện ủy ban hành Kế hoạch số 10-KH/HU để thực hiện trên "
        "địa bàn huyện.",
        {("Kế hoạch số 10-KH/HU", "Kế hoạch số 45-KH/TU")},
        id="elided-object-cue-then-where",
    ),
    pytest.param(
        "Sau khi Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU, Đảng ủy xã Tân Lập ban hành Kế hoạch số "
        "10-KH/ĐU, Đảng ủy phường Bình Minh ban hành Kế hoạch số 11-KH/ĐU để triển khai tại cơ sở.",
        {("Kế hoạch số 10-KH/ĐU", "Kế hoạch số 45-KH/TU"), ("Kế hoạch số 11-KH/ĐU", "Kế hoạch số 45-KH/TU")},
        id="elided-object-parallel-issuing-clauses",
    ),
    pytest.param(
        "Thị ủy ban hành Kế hoạch số 09-KH/ThU thực hiện Nghị quyết Trung ương 4 (khóa XII) về ngăn chặn những biểu "
        'hiện "tự diễn biến", "tự chuyển hóa" trong nội bộ gắn với thực hiện Chỉ thị số 05-CT/TW.',
        {
            ("Kế hoạch số 09-KH/ThU", "Nghị quyết Trung ương 4 (khóa XII)"),
            ("Kế hoạch số 09-KH/ThU", "Chỉ thị số 05-CT/TW"),
        },
        id="quoted-phrases-inside-a-title",
    ),
    pytest.param(
        "Thực hiện Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng; kiên quyết ngăn chặn, đẩy lùi sự suy "
        "thoái và Quy định số 144-QĐ/TW, Huyện ủy ban hành Kế hoạch số 30-KH/HU.",
        {("Kế hoạch số 30-KH/HU", "Kết luận số 21-KL/TW"), ("Kế hoạch số 30-KH/HU", "Quy định số 144-QĐ/TW")},
        id="frame-object-title-with-semicolon",
    ),
    pytest.param(
        "Nghị quyết số 57-NQ/TW được cụ thể hóa bằng Kế hoạch số 45-KH/TU về phát triển khoa học; trong khi đó, "
        "Nghị quyết số 68-NQ/TW được cụ thể hóa bằng Kế hoạch số 46-KH/TU.",
        {
            ("Kế hoạch số 45-KH/TU", "Nghị quyết số 57-NQ/TW"),
            ("Kế hoạch số 46-KH/TU", "Nghị quyết số 68-NQ/TW"),
        },
        id="semicolon-then-linking-adverb-ends-title",
    ),
    pytest.param(
        "Tỉnh ủy ban hành các chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, gồm: Chương trình hành động "
        "số 02-CTr/TU; Chương trình hành động số 03-CTr/TU.",
        {
            ("Chương trình hành động số 02-CTr/TU", "Nghị quyết số 57-NQ/TW"),
            ("Chương trình hành động số 03-CTr/TU", "Nghị quyết số 57-NQ/TW"),
        },
        id="list-intro-with-target-inline",
    ),
    pytest.param(
        "Để thực hiện Nghị quyết số 66-NQ/TW, Ban Thường vụ Huyện ủy đã ban hành các văn bản sau:\n"
        "1. Kế hoạch số 02-KH/HU ngày 3/3/2025;\n2. Hướng dẫn số 03-HD/HU;\n"
        "3. Kế hoạch số 04-KH/HU thực hiện Kết luận số 12-KL/TW.",
        {
            ("Kế hoạch số 02-KH/HU", "Nghị quyết số 66-NQ/TW"),
            ("Hướng dẫn số 03-HD/HU", "Nghị quyết số 66-NQ/TW"),
            ("Kế hoạch số 04-KH/HU", "Kết luận số 12-KL/TW"),
        },
        id="list-intro-frame-items-on-lines",
    ),
    pytest.param(
        "Đảng ủy phường ban hành 2 kế hoạch thực hiện Chỉ thị số 45-CT/TW, gồm:\n+ Kế hoạch số 05-KH/ĐU;\n"
        "+ Kế hoạch số 06-KH/ĐU.",
        {
            ("2 kế hoạch", "Chỉ thị số 45-CT/TW"),
            ("Kế hoạch số 05-KH/ĐU", "Chỉ thị số 45-CT/TW"),
            ("Kế hoạch số 06-KH/ĐU", "Chỉ thị số 45-CT/TW"),
        },
        id="counted-set-items-on-lines",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 10-KH/TU thực hiện Nghị quyết số 57-NQ/TW, kèm theo:\n"
        "- Quyết định số 30-QĐ/TU;\n- Hướng dẫn số 05-HD/TU.",
        {("Kế hoạch số 10-KH/TU", "Nghị quyết số 57-NQ/TW")},
        id="list-intro-naming-its-own-document",
    ),
    pytest.param(
        "Chương trình hành động số 7-CTr/TU (ngày 2/2/2022) của Tỉnh ủy thực hiện Nghị quyết số 30-NQ/TW của "
        "Bộ Chính trị.",
        {("Chương trình hành động số 7-CTr/TU", "Nghị quyết số 30-NQ/TW")},
        id="implementer-first",
    ),
    pytest.param(
        "Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy về quán triệt, triển khai thực hiện Quy định số 05-QĐ/TW "
        "của Bộ Chính trị.",
        {("Kế hoạch số 12-KH/TU", "Quy định số 05-QĐ/TW")},
        id="cue-inside-ve",
    ),
    pytest.param(
        "Để thực hiện Kết luận số 70-KL/TW, Tỉnh ủy đã ban hành Kế hoạch số 44-KH/TU.",
        {("Kế hoạch số 44-KH/TU", "Kết luận số 70-KL/TW")},
        id="implemented-first",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 3-KH/TU để thực hiện Kết luận số 21-KL/TW, Nghị quyết số 21-NQ/TW và Chỉ thị "
        "số 28-CT/TW.",
        {
            ("Kế hoạch số 3-KH/TU", "Kết luận số 21-KL/TW"),
            ("Kế hoạch số 3-KH/TU", "Nghị quyết số 21-NQ/TW"),
            ("Kế hoạch số 3-KH/TU", "Chỉ thị số 28-CT/TW"),
        },
        id="one-implements-several",
    ),
    pytest.param(
        "Tỉnh ủy ban hành: Chương trình số 1-CTr/TU thực hiện Nghị quyết số 18-NQ/TW; Chương trình số 2-CTr/TU "
        "thực hiện Nghị quyết số 19-NQ/TW; Kế hoạch số 5-KH/TU về thực hiện Kết luận số 8-KL/TW.",
        {
            ("Chương trình số 1-CTr/TU", "Nghị quyết số 18-NQ/TW"),
            ("Chương trình số 2-CTr/TU", "Nghị quyết số 19-NQ/TW"),
            ("Kế hoạch số 5-KH/TU", "Kết luận số 8-KL/TW"),
        },
        id="list-each-own-target",
    ),
    pytest.param(
        "Huyện ủy ban hành Kế hoạch số 20-KH/HU ngày 1/3/2022 để thực hiện Kế hoạch số 80-KH/TU ngày 5/1/2022 của "
        "Ban Thường vụ Tỉnh ủy; Kế hoạch số 03-KH/TW ngày 1/12/2021 của Bộ Chính trị về xây dựng Đảng.",
        {("Kế hoạch số 20-KH/HU", "Kế hoạch số 80-KH/TU"), ("Kế hoạch số 20-KH/HU", "Kế hoạch số 03-KH/TW")},
        id="semicolon-continues-higher-level",
    ),
    pytest.param(
        "Chương trình hành động của Tỉnh ủy về thực hiện NQ số 18, 19 của Trung ương được triển khai.",
        {("Chương trình hành động", "NQ số 18"), ("Chương trình hành động", "19")},
        id="one-to-elliptical-list",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 57-NQ/TW, Đảng ủy xã đã ban hành Kế hoạch số 4-KH/ĐU và Kế hoạch số "
        "5-KH/ĐU.",
        {
            ("Kế hoạch số 4-KH/ĐU", "Nghị quyết số 57-NQ/TW"),
            ("Kế hoạch số 5-KH/ĐU", "Nghị quyết số 57-NQ/TW"),
        },
        id="frame-with-several-issued",
    ),
    pytest.param(
        "Ban Thường vụ Huyện ủy ban hành Chương trình số 9-CTr/HU, Kế hoạch số 31-KH/HU và Hướng dẫn số 2-HD/HU "
        "để triển khai thực hiện Chỉ thị số 45-CT/TW.",
        {
            ("Chương trình số 9-CTr/HU", "Chỉ thị số 45-CT/TW"),
            ("Kế hoạch số 31-KH/HU", "Chỉ thị số 45-CT/TW"),
            ("Hướng dẫn số 2-HD/HU", "Chỉ thị số 45-CT/TW"),
        },
        id="coordinated-implementers-share-the-cue",
    ),
    pytest.param(
        "Đảng ủy quán triệt Nghị quyết số 27-NQ/TW và Kế hoạch số 8-KH/ĐU thực hiện Kết luận số 40-KL/TW.",
        {("Kế hoạch số 8-KH/ĐU", "Kết luận số 40-KL/TW")},
        id="coordinated-object-of-an-earlier-cue-is-not-an-implementer",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Nghị quyết số 02-NQ/TU về phát triển công nghiệp và Kế hoạch số 41-KH/TU thực hiện "
        "Nghị quyết số 29-NQ/TW.",
        {("Kế hoạch số 41-KH/TU", "Nghị quyết số 29-NQ/TW")},
        id="coordinated-item-with-its-own-subject-stays-apart",
    ),
    pytest.param(
        "Thực hiện Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương về triển khai Chỉ thị số 08-CT/TW, "
        "Thành ủy đã ban hành Kế hoạch số 77-KH/TU.",
        {
            ("Kế hoạch số 77-KH/TU", "Hướng dẫn số 12-HD/BTGTW"),
            ("Hướng dẫn số 12-HD/BTGTW", "Chỉ thị số 08-CT/TW"),
        },
        id="frame-object-with-a-nested-cue",
    ),
    pytest.param(
        "(HG online) - Thực hiện Chỉ thị số 05-CT/TW, Tỉnh ủy ban hành Kế hoạch số 33-KH/TU.",
        {("Kế hoạch số 33-KH/TU", "Chỉ thị số 05-CT/TW")},
        id="frame-after-a-dateline",
    ),
    pytest.param(
        "Theo đó, thực hiện Kết luận số 50-KL/TW, Huyện ủy đã ban hành Kế hoạch số 14-KH/HU.",
        {("Kế hoạch số 14-KH/HU", "Kết luận số 50-KL/TW")},
        id="frame-after-a-connective",
    ),
    pytest.param(
        "Ban Thường vụ Thị ủy, thực hiện Nghị quyết số 18-NQ/TW, đã ban hành Kế hoạch số 70-KH/ThU.",
        {("Kế hoạch số 70-KH/ThU", "Nghị quyết số 18-NQ/TW")},
        id="frame-after-the-body",
    ),
    pytest.param(
        "Xây dựng Đảng\nThực hiện Quy định số 69-QĐ/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 92-KH/HU.",
        {("Kế hoạch số 92-KH/HU", "Quy định số 69-QĐ/TW")},
        id="frame-below-a-section-line",
    ),
    pytest.param(
        "HUYỆN ỦY TRIỂN KHAI NGHỊ QUYẾT MỚI\nThực hiện Nghị quyết số 41-NQ/TW, Huyện ủy ban hành Kế hoạch số "
        "30-KH/HU.",
        {("Kế hoạch số 30-KH/HU", "Nghị quyết số 41-NQ/TW")},
        id="frame-below-a-headline-in-capitals",
    ),
    pytest.param(
        "Căn cứ Quy định số 22-QĐ/TW, thực hiện Hướng dẫn số 02-HD/TW của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban "
        "hành Kế hoạch số 101-KH/TU.",
        {("Kế hoạch số 101-KH/TU", "Hướng dẫn số 02-HD/TW")},
        id="frame-after-a-legal-basis",
    ),
    pytest.param(
        "Căn cứ Điều lệ Đảng; thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Thị ủy ban hành Kế hoạch số 18-KH/ThU.",
        {("Kế hoạch số 18-KH/ThU", "Chỉ thị số 35-CT/TW")},
        id="frame-after-a-legal-basis-without-document",
    ),
    pytest.param(
        "Kế hoạch số 201-KH/TU tổ chức thực hiện Nghị quyết số 42-NQ/TW.",
        {("Kế hoạch số 201-KH/TU", "Nghị quyết số 42-NQ/TW")},
        id="to-chuc-thuc-hien",
    ),
    pytest.param(
        "Nghị quyết số 52-NQ/TW đã được Tỉnh ủy thể chế hóa bằng Chương trình hành động số 31-CTr/TU.",
        {("Chương trình hành động số 31-CTr/TU", "Nghị quyết số 52-NQ/TW")},
        id="the-che-hoa",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 9-KH/TU triển khai Nghị quyết số 57-NQ/TW, thực hiện Kết luận số 21-KL/TW.",
        {("Kế hoạch số 9-KH/TU", "Nghị quyết số 57-NQ/TW")},  # not NQ 57 -> KL 21: two parallel objects
        id="parallel-object-does-not-implement-the-next",
    ),
    pytest.param(
        "Cùng với Nghị quyết số 11-NQ/TU, Tỉnh ủy còn ban hành Kế hoạch số 77-KH/TU thực hiện Nghị quyết này.",
        {("Kế hoạch số 77-KH/TU", "Nghị quyết số 11-NQ/TU")},
        id="object-named-by-a-demonstrative",
    ),
    pytest.param(
        "Bộ Chính trị ban hành Kết luận số 87-KL/TW. Để thực hiện Kết luận này, Huyện ủy ban hành Kế hoạch số "
        "9-KH/HU.",
        {("Kế hoạch số 9-KH/HU", "Kết luận số 87-KL/TW")},
        id="demonstrative-names-a-document-of-an-earlier-sentence",
    ),
    pytest.param(
        "Quy định số 300-QĐ/TW thay thế Quy định số 105-QĐ/TW của Bộ Chính trị. Để thực hiện Quy định này, Đảng "
        "ủy xã ban hành Kế hoạch số 14-KH/ĐU.",
        {("Kế hoạch số 14-KH/ĐU", "Quy định số 300-QĐ/TW")},
        id="demonstrative-skips-the-replaced-document",
    ),
    pytest.param(
        "Báo cáo cho biết, thực hiện Chỉ thị số 30-CT/TW, Thị ủy đã ban hành Kế hoạch số 17-KH/ThU.",
        {("Kế hoạch số 17-KH/ThU", "Chỉ thị số 30-CT/TW")},
        id="frame-after-a-report-lead",
    ),
    pytest.param(
        "Thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương về tổng kết Nghị quyết số 18-NQ/TW, Tỉnh ủy "
        "đã ban hành Đề án số 05-ĐA/TU về sắp xếp bộ máy.",
        {("Đề án số 05-ĐA/TU", "Kết luận số 121-KL/TW")},
        id="frame-whose-object-title-names-a-review",
    ),
    pytest.param(
        "Bộ Chính trị ban hành Chỉ thị số 42-CT/TW. Tỉnh ủy ban hành Kế hoạch số 95-KH/TU để triển khai thực hiện "
        "Chỉ thị và chỉ đạo các cấp ủy xây dựng kế hoạch.",
        {("Kế hoạch số 95-KH/TU", "Chỉ thị số 42-CT/TW")},
        id="demonstrative-head-before-va",
    ),
    pytest.param(
        "Đảng ủy xã quán triệt Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW; đồng thời ban hành Kế hoạch số "
        "15-KH/ĐU về thực hiện hai Nghị quyết trên địa bàn.",
        {
            ("Kế hoạch số 15-KH/ĐU", "Nghị quyết số 57-NQ/TW"),
            ("Kế hoạch số 15-KH/ĐU", "Nghị quyết số 59-NQ/TW"),
        },
        id="counted-demonstrative-names-the-last-documents-of-its-type",
    ),
    pytest.param(
        "Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW; Kế hoạch số 15-KH/TU về thực hiện ba nghị quyết của Bộ Chính trị.",
        set(),  # the text counts three: it names others than the one before
        id="counted-demonstrative-with-too-few-documents-before",
    ),
    pytest.param(
        "Thực hiện các Nghị quyết số 18, 19-NQ/TW, Tỉnh ủy ban hành Chương trình hành động số 14-CTr/TU.",
        {
            ("Chương trình hành động số 14-CTr/TU", "Nghị quyết số 18"),
            ("Chương trình hành động số 14-CTr/TU", "19-NQ/TW"),
        },
        id="frame-with-cac-before-its-objects",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 148-KH/TU “Học tập, quán triệt … triển khai thực hiện Nghị quyết số 57-NQ/TW”.",
        {("Kế hoạch số 148-KH/TU", "Nghị quyết số 57-NQ/TW")},
        id="quoted-title-with-an-ellipsis-between-cues",
    ),
    pytest.param(
        "Đảng đoàn Quốc hội ban hành Kế hoạch số 81-KH/ĐĐQH15 thực hiện Nghị quyết số 66-NQ/TW.",
        {("Kế hoạch số 81-KH/ĐĐQH15", "Nghị quyết số 66-NQ/TW")},
        id="organ-code-with-its-term",
    ),
    pytest.param(
        "Để đưa Nghị quyết số 21-NQ/TW vào cuộc sống, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 30-KH/TU.",
        {("Kế hoạch số 30-KH/TU", "Nghị quyết số 21-NQ/TW")},
        id="bringing-a-document-to-life",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 31-KH/TU thực hiện Nghị quyết số 24-NQ/TW về phát triển vùng và Chương trình "
        "hành động số 15-CTr/TU của Ban Chấp hành Đảng bộ tỉnh.",
        {
            ("Kế hoạch số 31-KH/TU", "Nghị quyết số 24-NQ/TW"),
            ("Kế hoạch số 31-KH/TU", "Chương trình hành động số 15-CTr/TU"),
        },
        id="second-object-after-the-first-objects-title-and-va",
    ),
    pytest.param(
        "Quận ủy đã cụ thể hóa Nghị quyết số 43-NQ/TW về xây dựng thành phố bằng Chương trình hành động số 09-CTr/QU.",
        {("Chương trình hành động số 09-CTr/QU", "Nghị quyết số 43-NQ/TW")},
        id="active-cu-the-hoa-bang",
    ),
    pytest.param(
        "Hội Nông dân tỉnh ban hành Kế hoạch số 31/KH-HND-BTV ngày 4/5/2024 thực hiện Chỉ thị số 25-CT/TW.",
        {("Kế hoạch số 31/KH-HND-BTV", "Chỉ thị số 25-CT/TW")},
        id="state-style-symbol-with-a-compound-organ",
    ),
    pytest.param(
        "Sau khi Bộ Chính trị ban hành Kết luận số 123-KL/TW, Tỉnh ủy ban hành Kế hoạch số 301-KH/TU để triển "
        "khai thực hiện.",
        {("Kế hoạch số 301-KH/TU", "Kết luận số 123-KL/TW")},
        id="elided-object-at-the-end-of-the-sentence",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 118-KH/TU (thực hiện Nghị quyết số 18-NQ/TW).",
        {("Kế hoạch số 118-KH/TU", "Nghị quyết số 18-NQ/TW")},
        id="title-in-brackets",
    ),
    pytest.param(
        'Kế hoạch số 120-KH/TU, ngày 03/01/2023 "Thực hiện Kết luận số 35-KL/TW của Bộ Chính trị".',
        {("Kế hoạch số 120-KH/TU", "Kết luận số 35-KL/TW")},
        id="title-in-quotes",
    ),
    pytest.param(
        "Quán triệt sâu sắc Nghị quyết số 45-NQ/TW, Tỉnh ủy đã ban hành Chương trình hành động số 01-CTr/TU.",
        {("Chương trình hành động số 01-CTr/TU", "Nghị quyết số 45-NQ/TW")},
        id="quan-triet-sau-sac",
    ),
    pytest.param(
        "Bộ Chính trị ban hành Chỉ thị số 35-CT/TW. Thực hiện Chỉ thị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch "
        "số 145-KH/TU.",
        {("Kế hoạch số 145-KH/TU", "Chỉ thị số 35-CT/TW")},
        id="bare-head-after-a-cue-names-the-last-of-its-type",
    ),
    pytest.param(
        "Ngày 6/5/2025, Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW. Tỉnh ủy ban hành Kế hoạch số 10-KH/TU để tổ "
        "chức triển khai thực hiện.",
        {("Kế hoạch số 10-KH/TU", "Nghị quyết số 66-NQ/TW")},
        id="elided-object-in-the-sentence-before",
    ),
    pytest.param(
        "Nghị quyết số 68-NQ/TW được Đảng ủy Tổng công ty quán triệt. Đảng ủy Tổng công ty ban hành Nghị quyết số "
        "21-NQ/ĐU và Kế hoạch số 40-KH/ĐU để triển khai.",
        {
            ("Nghị quyết số 21-NQ/ĐU", "Nghị quyết số 68-NQ/TW"),
            ("Kế hoạch số 40-KH/ĐU", "Nghị quyết số 68-NQ/TW"),
        },
        id="elided-object-in-the-sentence-before-of-two-issued",
    ),
    pytest.param(
        "Để tiếp tục thực hiện Chỉ thị số 30-CT/TW và Kết luận số 120-KL/TW của Bộ Chính trị, Ban Thường vụ Huyện "
        "ủy ban hành Kế hoạch số 121-KH/HU.",
        {
            ("Kế hoạch số 121-KH/HU", "Chỉ thị số 30-CT/TW"),
            ("Kế hoạch số 121-KH/HU", "Kết luận số 120-KL/TW"),
        },
        id="frame-to-carry-on-carrying-out",
    ),
    pytest.param(
        "Để kịp thời triển khai Chỉ thị số 45-CT/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 122-KH/HU.",
        {("Kế hoạch số 122-KH/HU", "Chỉ thị số 45-CT/TW")},
        id="frame-promptly-before-its-cue",
    ),
    pytest.param(
        "Để triển khai kịp thời Chỉ thị số 45-CT/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 123-KH/HU.",
        {("Kế hoạch số 123-KH/HU", "Chỉ thị số 45-CT/TW")},
        id="frame-promptly-after-its-cue",
    ),
    pytest.param(
        "Nghị quyết số 07-NQ/TU là một trong ba nghị quyết chuyên đề cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần "
        "thứ XV.",
        {("Nghị quyết số 07-NQ/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV")},
        id="one-of-a-counted-few-carrying-it-out",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 130-KH/TU; Đảng ủy Khối cụ thể hóa bằng Chương trình số "
        "15-CTr/ĐUK.",
        {("Chương trình số 15-CTr/ĐUK", "Kế hoạch số 130-KH/TU")},
        id="elided-object-before-its-means",
    ),
    pytest.param(
        "Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh là kim chỉ nam. Huyện ủy cụ thể hóa bằng Nghị quyết "
        "số 06-NQ/HU.",
        {("Nghị quyết số 06-NQ/HU", "Nghị quyết số 03-NQ/TU")},
        id="elided-object-before-its-means-the-sentence-before-opens-with",
    ),
    pytest.param(
        "Bộ Chính trị ban hành Nghị quyết số 11-NQ/TW. Tỉnh ủy ban hành Đề án số 05-ĐA/TU về phát triển kinh tế cửa "
        "khẩu để thực hiện nghị quyết.",
        {("Đề án số 05-ĐA/TU", "Nghị quyết số 11-NQ/TW")},
        id="a-lower-case-head-after-a-title-and-its-purpose",
    ),
    pytest.param(
        "Nghị quyết số 10-NQ/TU, Chương trình số 25-CTr/TU và Kế hoạch số 115-KH/TU của Tỉnh ủy đều tập trung cụ thể "
        "hóa Nghị quyết số 33-NQ/TW.",
        {
            ("Nghị quyết số 10-NQ/TU", "Nghị quyết số 33-NQ/TW"),
            ("Chương trình số 25-CTr/TU", "Nghị quyết số 33-NQ/TW"),
            ("Kế hoạch số 115-KH/TU", "Nghị quyết số 33-NQ/TW"),
        },
        id="all-of-them-focus-on-carrying-it-out",
    ),
    pytest.param(
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV đề ra 22 chỉ tiêu. Để cụ thể hóa, Ban Chấp hành Đảng bộ huyện "
        "đã ban hành 4 nghị quyết chuyên đề.",
        {("4 nghị quyết chuyên đề", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV")},
        id="fronted-elided-object-the-sentence-before-opens-with",
    ),
    pytest.param(
        "Đảng ủy Khối ban hành một Kế hoạch số 45-KH/ĐUK duy nhất để thực hiện đồng thời Nghị quyết số 27-NQ/TW và "
        "Nghị quyết số 28-NQ/TW.",
        {
            ("Kế hoạch số 45-KH/ĐUK", "Nghị quyết số 27-NQ/TW"),
            ("Kế hoạch số 45-KH/ĐUK", "Nghị quyết số 28-NQ/TW"),
        },
        id="the-only-plan-for-both",
    ),
    pytest.param(
        "Huyện ủy ban hành Nghị quyết số 05-NQ/HU về chăn nuôi. Đảng ủy xã đã ban hành Nghị quyết số 15-NQ/ĐU để cụ "
        "thể hóa, giao chỉ tiêu cho từng chi bộ.",
        {("Nghị quyết số 15-NQ/ĐU", "Nghị quyết số 05-NQ/HU")},
        id="elided-object-then-what-else-it-does",
    ),
    pytest.param(
        "Bộ Chính trị ban hành Nghị quyết số 06-NQ/TW về đô thị. Quán triệt và triển khai thực hiện nghị quyết, "
        "Thành ủy ban hành Chương trình số 03-CTr/TU.",
        {("Chương trình số 03-CTr/TU", "Nghị quyết số 06-NQ/TW")},
        id="a-lower-case-head-after-two-fronted-cues",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về logistics. Nghị quyết đã được Ban Thường vụ Tỉnh ủy cụ thể hóa "
        "bằng Kế hoạch số 62-KH/TU.",
        {("Kế hoạch số 62-KH/TU", "Nghị quyết số 09-NQ/TU")},
        id="a-bare-head-opening-a-passive-by-means",
    ),
    pytest.param(
        "Tỉnh ủy đã ban hành ba nghị quyết chuyên đề để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV.",
        {("ba nghị quyết chuyên đề", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV")},
        id="a-set-counted-in-words",
    ),
    pytest.param(
        "Tỉnh ủy đã ban hành 4 nghị quyết chuyên đề và nhiều kế hoạch, chỉ thị để lãnh đạo thực hiện Nghị quyết Đại "
        "hội Đảng bộ tỉnh lần thứ XV.",
        {("4 nghị quyết chuyên đề", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV")},
        id="a-counted-set-and-many-of-several-kinds",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình số 12-CTr/TU thực hiện Nghị quyết số 58-NQ/TW, Huyện ủy ban hành Kế hoạch "
        "số 67-KH/HU để triển khai thực hiện.",
        {
            ("Chương trình số 12-CTr/TU", "Nghị quyết số 58-NQ/TW"),
            ("Kế hoạch số 67-KH/HU", "Chương trình số 12-CTr/TU"),
        },
        id="elided-object-is-the-issued-document-not-its-object",
    ),
    pytest.param(
        "Chương trình hành động số 05-CTr/TU về thực hiện thắng lợi Nghị quyết số 09-NQ/TU.",
        {("Chương trình hành động số 05-CTr/TU", "Nghị quyết số 09-NQ/TU")},
        id="thuc-hien-thang-loi",
    ),
    pytest.param(
        "Kế hoạch số 7-KH/TU hướng dẫn thực hiện một số điều trong Quy định số 22-QĐ/TW.",
        {("Kế hoạch số 7-KH/TU", "Quy định số 22-QĐ/TW")},
        id="some-articles-of",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 98/2023/QH15 của Quốc hội và Kết luận số 31-KL/TW của Bộ Chính trị, Tỉnh ủy ban "
        "hành Kế hoạch số 33-KH/TU.",
        {
            ("Kế hoạch số 33-KH/TU", "Nghị quyết số 98/2023/QH15"),
            ("Kế hoạch số 33-KH/TU", "Kết luận số 31-KL/TW"),
        },
        id="law-style-symbol-in-a-list-of-objects",
    ),
    pytest.param(
        "Thực hiện Chương trình số 17-CTr/TU, Huyện ủy Quỳnh Lưu ban hành Kế hoạch số 190-KH/HU; Thị ủy Hoàng Mai "
        "ban hành Kế hoạch số 77-KH/ThU.",
        {
            ("Kế hoạch số 190-KH/HU", "Chương trình số 17-CTr/TU"),
            ("Kế hoạch số 77-KH/ThU", "Chương trình số 17-CTr/TU"),
        },
        id="frame-with-a-body-per-issued-document",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 18-NQ/TW, Tỉnh ủy ban hành Kế hoạch số 5-KH/TU; sau đó sơ kết việc ban hành Kế "
        "hoạch số 6-KH/TU.",
        {("Kế hoạch số 5-KH/TU", "Nghị quyết số 18-NQ/TW")},
        id="frame-next-clause-without-a-body",
    ),
    pytest.param(
        'Tỉnh ủy ban hành Chương trình số 25-CTr/TU thực hiện "bộ tứ nghị quyết" của Bộ Chính trị gồm Nghị quyết '
        "số 57-NQ/TW và 68-NQ/TW.",
        {("Chương trình số 25-CTr/TU", "Nghị quyết số 57-NQ/TW"), ("Chương trình số 25-CTr/TU", "68-NQ/TW")},
        id="group-named-then-listed",
    ),
    pytest.param(
        "Thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW, Ban "
        "Thường vụ Thị ủy ban hành Kế hoạch số 48-KH/ThU.",
        {
            ("Kế hoạch số 48-KH/ThU", "Chỉ thị số 05-CT/TW"),
            ("Kế hoạch số 48-KH/ThU", "Kết luận số 01-KL/TW"),
            ("Kết luận số 01-KL/TW", "Chỉ thị số 05-CT/TW"),
        },
        id="frame-object-with-a-cue-in-its-title-after-va",
    ),
    pytest.param(
        "Nhằm thực hiện Nghị quyết số 57-NQ/TW gắn với Chỉ thị số 05-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch "
        "số 88-KH/TU.",
        {("Kế hoạch số 88-KH/TU", "Nghị quyết số 57-NQ/TW")},
        id="frame-object-carried-out-with-another",
    ),
    pytest.param(
        'Huyện ủy ban hành Kế hoạch số 56-KH/HU về tổ chức học tập chuyên đề năm 2019 "Nâng cao đạo đức cách mạng, '
        'tác phong công tác của người đứng đầu, của cán bộ, đảng viên", thực hiện Chỉ thị 05-CT/TW.',
        {("Kế hoạch số 56-KH/HU", "Chỉ thị 05-CT/TW")},
        id="a-long-quoted-name-in-the-title-then-the-cue",
    ),
    pytest.param(
        "Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 04-HD/BTGTU về tuyên truyền kỷ niệm 50 năm Ngày giải phóng "
        "tỉnh (24/3/1975 - 24/3/2025) và thực hiện Kế hoạch số 32-KH/TU của Ban Thường vụ Tỉnh ủy.",
        {("Hướng dẫn số 04-HD/BTGTU", "Kế hoạch số 32-KH/TU")},
        id="an-issued-documents-title-with-a-second-task",
    ),
    pytest.param(
        "Ban Tuyên giáo Thành ủy ban hành Hướng dẫn số 45-HD/BTGTU hướng dẫn tuyên truyền kỷ niệm 70 năm Ngày Giải "
        "phóng Thủ đô (10/10/1954 - 10/10/2024), thực hiện Kế hoạch số 241-KH/TU của Thành ủy.",
        {("Hướng dẫn số 45-HD/BTGTU", "Kế hoạch số 241-KH/TU")},
        id="a-guidelines-own-task-with-a-span-of-dates-then-the-cue",
    ),
    pytest.param(
        "Thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU về "
        "tổ chức học tập, quán triệt và Hướng dẫn số 14-HD/TU về tiêu chí đánh giá.",
        {
            ("Kế hoạch số 210-KH/TU", "Quy định số 144-QĐ/TW"),
            ("Hướng dẫn số 14-HD/TU", "Quy định số 144-QĐ/TW"),
        },
        id="frame-over-a-title-ending-on-study-verbs",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 159-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức nghiên cứu, học tập, quán triệt Nghị "
        "quyết số 21-NQ/TW, Huyện ủy đã tổ chức 3 lớp học tập.",
        {("Kế hoạch số 159-KH/TU", "Nghị quyết số 21-NQ/TW")},
        id="frame-object-whose-title-studies-a-document",
    ),
    pytest.param(
        "Đảng ủy ban hành Kế hoạch số 102-KH/ĐU về thực hiện Nghị quyết số 57-NQ/TW và Quy chế làm việc của Ban "
        "Chấp hành Đảng bộ nhiệm kỳ 2025-2030.",
        {("Kế hoạch số 102-KH/ĐU", "Nghị quyết số 57-NQ/TW")},
        id="working-rules-after-an-object-are-the-next-item",
    ),
    pytest.param(
        "Quá trình triển khai Nghị quyết số 21-NQ/TW của Bộ Chính trị, Tỉnh ủy đã ban hành Chương trình hành động "
        "số 96-CTr/TU.",
        {("Chương trình hành động số 96-CTr/TU", "Nghị quyết số 21-NQ/TW")},
        id="frame-opened-by-qua-trinh",
    ),
    pytest.param(
        "Triển khai Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy, các huyện ủy đã ban hành kế hoạch thực hiện; "
        "riêng Huyện ủy Mỹ Xuyên ban hành Kế hoạch số 81-KH/HU ngày 2/12/2021.",
        {("Kế hoạch số 81-KH/HU", "Nghị quyết số 10-NQ/TU")},
        id="frame-narrowed-to-one-body-after-a-semicolon",
    ),
    pytest.param(
        "Chương trình hành động số 04-CTr/TU của Tỉnh ủy về thực hiện Nghị quyết Đại hội XIV của Đảng và Chương "
        "trình hành động số 05-CTr/TU của Tỉnh ủy về thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đã được "
        "phổ biến.",
        {
            ("Chương trình hành động số 04-CTr/TU", "Nghị quyết Đại hội XIV của Đảng"),
            ("Chương trình hành động số 05-CTr/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),
        },
        id="the-same-bodys-next-programme-is-no-object",
    ),
    pytest.param(
        "Nhằm cụ thể hóa Quy định số 22-QĐ/TW, Quy định số 01-QĐi/TU ngày 5/1/2022 của Ban Chấp hành Đảng bộ tỉnh "
        "quy định cụ thể về trách nhiệm giám sát của cấp ủy viên.",
        {("Quy định số 01-QĐi/TU", "Quy định số 22-QĐ/TW")},
        id="frame-whose-main-clause-is-a-lower-document-with-its-verb",
    ),
    pytest.param(
        "Thành ủy đã ban hành Chương trình công tác số 05-CTr/TU toàn khóa thực hiện Nghị quyết Đại hội Đảng bộ "
        "thành phố lần thứ XVII.",
        {("Chương trình công tác số 05-CTr/TU", "Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII")},
        id="a-whole-term-programme-then-its-cue",
    ),
    pytest.param(
        "Để cụ thể hóa Nghị quyết số 05-NQ/TU, Ban Thường vụ Tỉnh ủy đã ban hành các kế hoạch sau: Kế hoạch số "
        "02-KH/TU về công nghiệp; Kế hoạch số 04-KH/TU về chuyển đổi số và Kế hoạch số 06-KH/TU về cán bộ.",
        {
            ("Kế hoạch số 02-KH/TU", "Nghị quyết số 05-NQ/TU"),
            ("Kế hoạch số 04-KH/TU", "Nghị quyết số 05-NQ/TU"),
            ("Kế hoạch số 06-KH/TU", "Nghị quyết số 05-NQ/TU"),
        },
        id="a-listed-intros-last-item-after-va",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Nghị quyết số 02-NQ/TU về phát triển du lịch, cụ thể hóa mục tiêu đột phá của Nghị quyết "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII.",
        {("Nghị quyết số 02-NQ/TU", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII")},
        id="a-kind-of-goal-of-the-object",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_implements(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


NOT_IMPLEMENTS = [
    pytest.param(
        "Thực hiện Nghị quyết 33 của Bộ Chính trị, trong đó có Kế hoạch 156 ngày 18/6/2019 của tỉnh.",
        id="a-bare-co-lists-under-a-frame",
    ),
    pytest.param(
        "Đảng ủy xã ban hành Kế hoạch số 05-KH/ĐU thực hiện phong trào thi đua và Kế hoạch số 06-KH/ĐU về chuyển "
        "đổi số.",
        id="a-movement-then-the-bodys-next-plan",
    ),
    pytest.param(
        "Hội nghị được tổ chức theo tinh thần Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp, gắn với việc học tập "
        "Quy định số 144-QĐ/TW.",
        id="an-event-linked-to-studying",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 2150-QĐ/TU về công tác bảo vệ chính trị nội bộ, đồng thời "
        "quán triệt Quy định số 114-QĐ/TW.",
        id="body-also-disseminates",
    ),
    pytest.param(
        "Tổng kết 10 năm thực hiện Nghị quyết số 18-NQ/TW, Tỉnh ủy đã ban hành các văn bản:\n- Kế hoạch số "
        "02-KH/TU;\n- Kế hoạch số 03-KH/TU.",
        id="list-intro-of-a-review",
    ),
    pytest.param(
        "Căn cứ Quy định số 22-QĐ/TW, Ủy ban Kiểm tra ban hành Kế hoạch số 2-KH/UBKTTU.", id="can-cu"
    ),
    pytest.param("Báo cáo số 150-BC/TU sơ kết 5 năm thực hiện Nghị quyết số 39-NQ/TW.", id="so-ket"),
    pytest.param(
        "Đề án tổng kết 10 năm thực hiện Nghị quyết số 54-NQ/TW được trình Bộ Chính trị.", id="tong-ket"
    ),
    pytest.param(
        "Hội nghị quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số 9-KH/TU.",
        id="event-as-implementer",
    ),
    pytest.param("Ban Thường vụ Tỉnh ủy tập trung thực hiện Kết luận số 21-KL/TW.", id="body-as-implementer"),
    pytest.param("Việc đánh giá cán bộ được gắn với thực hiện Chỉ thị số 05-CT/TW.", id="gan-voi-activity"),
    pytest.param("Tỉnh ủy xây dựng kế hoạch thực hiện Kết luận số 21-KL/TW.", id="unnamed-future-plan"),
    pytest.param(
        "Quyết định số 310-QĐ/TU của Tỉnh ủy về việc thành lập Ban Chỉ đạo thực hiện Nghị quyết số 68-NQ/TW.",
        id="body-set-up-to-implement",
    ),
    pytest.param(
        "Quyết định số 12-QĐ/HU về kiện toàn Tổ công tác triển khai Chỉ thị số 35-CT/TW.",
        id="body-consolidated-to-implement",
    ),
    pytest.param(
        "Tổng kết 10 năm, thực hiện Nghị quyết số 18-NQ/TW, Tỉnh ủy đã ban hành Kế hoạch số 118-KH/TU.",
        id="frame-after-a-review",
    ),
    pytest.param(
        "Kế hoạch số 4-KH/ĐU của Đảng ủy xã, Kế hoạch số 60-KH/TU của Tỉnh ủy để thực hiện.",
        id="elided-object-of-a-lower-level",
    ),
    pytest.param("Kế hoạch này nhằm nâng cao chất lượng công tác.", id="demonstrative-with-nothing-before"),
    pytest.param(
        "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về du lịch.\n\nBan Thường vụ ban hành Kế hoạch số 99-KH/TU thực "
        "hiện Nghị quyết này.",
        id="demonstrative-does-not-cross-a-paragraph",
    ),
    pytest.param(
        "Năm 2023, thực hiện Nghị quyết số 21-NQ/TW, Tỉnh ủy kết nạp 1.200 đảng viên mới; Ban Thường vụ Tỉnh ủy ban "
        "hành Quy định số 08-QĐ/TU về phân cấp.",
        id="frame-stops-at-a-finished-clause",
    ),
    pytest.param(
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị và Kế hoạch số 03-KH/TU của Tỉnh ủy đã được quán triệt.",
        id="passive-cue-ending-the-sentence-is-no-purpose",
    ),
]


@pytest.mark.parametrize("text", NOT_IMPLEMENTS)
def test_not_implements(text: str) -> None:
    assert edges(run(text)) == set()


def test_can_cu_is_a_basis() -> None:
    result = run("Căn cứ Quy định số 22-QĐ/TW, Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch số 2-KH/UBKTTU.")
    assert edges(result, "based_on") == {("Kế hoạch số 2-KH/UBKTTU", "Quy định số 22-QĐ/TW")}


def test_every_relation_records_its_rule_and_sentence() -> None:
    text = "Mở đầu. Chương trình số 4-CTr/TU thực hiện Nghị quyết số 6-NQ/TW. Kết thúc."
    (relation,) = run(text).relations
    assert relation.evidence.rule.startswith("implements.")
    assert relation.evidence.sentence == "Chương trình số 4-CTr/TU thực hiện Nghị quyết số 6-NQ/TW."
    span = relation.evidence.span
    assert text[span.start : span.end] == relation.evidence.sentence


# --- identity within an article -----------------------------------------------------------------------------
def test_repeated_and_short_mentions_are_one_document() -> None:
    text = (
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị mở ra thời kỳ mới. Tỉnh ủy quán triệt "
        "Nghị quyết 57 đến chi bộ. Sau một năm, NQ 57 đã đi vào cuộc sống."
    )
    result = run(text)
    assert len(result.documents) == 1
    (doc,) = result.documents
    assert [m.surface for m in doc.mentions] == ["Nghị quyết số 57-NQ/TW", "Nghị quyết 57", "NQ 57"]
    assert doc.date == "2024-12-22"


def test_same_number_different_type_or_symbol_are_different_documents() -> None:
    result = run(
        "Kết luận số 21-KL/TW và Nghị quyết số 21-NQ/TW; Kế hoạch số 9-KH/TU và Kế hoạch số 9-KH/HU."
    )
    assert len(result.documents) == 4


def test_plenum_alias_in_parentheses_is_the_same_document() -> None:
    result = run(
        "Tổng Bí thư ký ban hành Nghị quyết số 60-NQ/TW (Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành "
        "Trung ương Đảng khóa XIII) về sắp xếp bộ máy."
    )
    (doc,) = result.documents
    assert doc.issuer == ("Ban Chấp hành Trung ương",)  # from the plenum name, not the signer
    # after the numbered mention's date and body
    dated = run(
        "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII (Kết luận Hội nghị "
        "Trung ương 4 khóa XIII) được Huyện ủy triển khai."
    )
    (doc,) = dated.documents
    assert (doc.symbol, doc.date) == ("21-KL/TW", "2021-10-25")


def test_a_list_date_is_not_given_to_a_catalogued_document_of_another_day() -> None:
    result = run(
        "Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị."
    )
    assert [d.date for d in result.documents] == [None, "2025-05-04"]
    local = run(
        "Tỉnh ủy quán triệt Nghị quyết số 12-NQ/TU và Nghị quyết số 13-NQ/TU ngày 4/5/2025 của Tỉnh ủy."
    )
    assert [d.date for d in local.documents] == ["2025-05-04"] * 2
    # a symbol of another term (the catalogue's 18-NQ/TW is of 2017): the list's day
    later = run(
        "Huyện ủy quán triệt Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Trung ương."
    )
    assert [d.date for d in later.documents] == ["2022-06-16"] * 2


def test_a_same_day_after_titled_items_dates_them_all() -> None:
    result = run(
        "Huyện ủy quán triệt Nghị quyết số 42-NQ/TW về chính sách xã hội; Nghị quyết số 43-NQ/TW về khối đại đoàn "
        "kết và Nghị quyết số 45-NQ/TW về đội ngũ trí thức, cùng ngày 24/11/2023 của Ban Chấp hành Trung ương."
    )
    assert [(d.date, d.issuer) for d in result.documents] == [
        ("2023-11-24", ("Ban Chấp hành Trung ương",))
    ] * 3
    # without "cùng", the date and body after the last title are its own
    alone = run(
        "Huyện ủy quán triệt Nghị quyết số 42-NQ/TW về chính sách xã hội và Nghị quyết số 45-NQ/TW về đội ngũ trí "
        "thức, ngày 24/11/2023 của Ban Chấp hành Trung ương."
    )
    assert [d.date for d in alone.documents] == [None, "2023-11-24"]


def test_a_bare_head_does_not_take_up_a_document_named_only_as_a_basis() -> None:
    result = run(
        "Nghị quyết số 08-NQ/TU được ban hành trên cơ sở định hướng của Nghị quyết số 26-NQ/TW. Để đưa Nghị quyết "
        "vào cuộc sống, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 86-KH/TU."
    )
    assert edges(result) == {("Kế hoạch số 86-KH/TU", "Nghị quyết số 08-NQ/TU")}


def test_a_blocs_document_by_its_code_alone_is_one_step_above_the_grassroots() -> None:
    (doc,) = run("Ban Thường vụ ban hành Kế hoạch số 201-KH/ĐUK về kiểm tra, giám sát năm 2025.").documents
    assert doc.level == "district"
    # a central bloc names itself
    (named,) = run("Đảng ủy Khối Doanh nghiệp Trung ương ban hành Kế hoạch số 74-KH/ĐUK.").documents
    assert named.level == "provincial"


def test_a_steering_committees_document_by_its_code_alone_is_the_provinces() -> None:
    (doc,) = run("Kế hoạch số 02-KH/BCĐ về chuyển đổi số đã được triển khai.").documents
    assert doc.level == "provincial"
    (central,) = run("Kế hoạch số 02-KH/BCĐTW về chuyển đổi số đã được triển khai.").documents
    assert central.level == "central"


def test_a_bare_city_committee_in_a_provincial_citys_article() -> None:
    result = run(
        "Thành ủy Phủ Lý sơ kết giữa nhiệm kỳ\nNửa nhiệm kỳ qua, Thành ủy đã ban hành Đề án số 02-ĐA/TU về chỉnh "
        "trang đô thị."
    )
    assert doc_named(result, "Đề án số 02-ĐA/TU").level == "district"
    # a centrally-run city's
    central = run("Thành ủy Cần Thơ họp. Thành ủy đã ban hành Đề án số 03-ĐA/TU về chỉnh trang đô thị.")
    assert doc_named(central, "Đề án số 03-ĐA/TU").level == "provincial"
    # a person after a title is no city
    person = run(
        "Bí thư Thành ủy Nguyễn Văn Nên phát biểu. Thành ủy đã ban hành Đề án số 04-ĐA/TU về đô thị."
    )
    assert doc_named(person, "Đề án số 04-ĐA/TU").level == "provincial"


def test_a_city_congress_by_its_initials() -> None:
    (doc,) = run("Quận ủy quán triệt Nghị quyết Đại hội Đảng bộ TP.HCM lần thứ XI.").documents
    assert (doc.issuer, doc.level) == (("Đại hội Đảng bộ thành phố",), "provincial")


def test_a_bare_congress_resolution_of_the_congress_a_unit_held() -> None:
    (doc,) = run(
        "Sáng 22/6, Đảng bộ xã Thạch Bình tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2025 - 2030. Nghị quyết Đại "
        "hội xác định chỉ tiêu kết nạp đảng viên."
    ).documents
    assert (doc.issuer, doc.level) == (("Đại hội đại biểu Đảng bộ xã",), "grassroots")  # as the text names it


def test_congress_resolutions_of_one_unit_without_an_ordinal_are_one_document() -> None:
    result = run(
        "Bình Định ban hành chương trình thực hiện Nghị quyết Đại hội Đảng bộ tỉnh\n"
        "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 02-CTr/TU thực hiện Nghị quyết Đại hội đại "
        "biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030."
    )
    assert len(result.documents) == 2
    # each with its own term: two congresses
    terms = run(
        "Tỉnh đã hoàn thành Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 và ban hành Chương trình số "
        "03-CTr/TU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030."
    )
    assert len(terms.documents) == 3


def test_bare_congress_ordinal_joins_the_local_congress_of_the_article() -> None:
    result = run(
        "Qua nửa nhiệm kỳ thực hiện Nghị quyết XI Đại hội Đảng bộ tỉnh, kết quả tốt. Tỉnh ủy triển khai "
        "Nghị quyết Đại hội XI với nhiều giải pháp."
    )
    assert len(result.documents) == 1
    assert result.documents[0].level == "provincial"


def test_unnumbered_document_of_a_body_joins_its_numbered_mention() -> None:
    result = run("Chỉ thị của Bộ Chính trị về bầu cử\nBộ Chính trị ban hành Chỉ thị số 46-CT/TW về bầu cử.")
    assert len(result.documents) == 1


# --- offsets and Unicode traps ------------------------------------------------------------------------------
def test_offsets_index_the_original_nfd_text() -> None:
    text = unicodedata.normalize("NFD", "Ban Thường vụ Tỉnh uỷ ban hành Kế hoạch số 15-KH/TU về Ðảng viên.")
    (doc,) = run(text).documents
    span = doc.mentions[0].span
    assert unicodedata.normalize("NFC", text[span.start : span.end]) == "Kế hoạch số 15-KH/TU"
    assert doc.issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_scrambled_diacritics_and_eth() -> None:
    result = run("Bộ Chính trị bân hành Nghị qưỹết số 61-NQ/TƯ về Ðảng.")
    doc = doc_named(result, "Nghị qưỹết số 61-NQ/TƯ")
    assert (doc.symbol, doc.issuer) == ("61-NQ/TW", ("Bộ Chính trị",))


@pytest.mark.parametrize(
    ("text", "implementer", "implemented"),
    [
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 45-\u200bKH/TU thực hiện Nghị quyết số 21-NQ/TW.",
            "Kế hoạch số 45-\u200bKH/TU",
            "Nghị quyết số 21-NQ/TW",
            id="a-zero-width-space-inside-a-symbol",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hiện Nghị quyết số 21\u00ad-NQ/TW.",
            "Kế hoạch số 45-KH/TU",
            "Nghị quyết số 21\u00ad-NQ/TW",
            id="a-soft-hyphen-inside-a-symbol",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hiện Nghị quyết số 21-NQ/TƢ.",
            "Kế hoạch số 45-KH/TU",
            "Nghị quyết số 21-NQ/TƢ",
            id="latin-oi-for-u-horn-from-a-pdf",
        ),
    ],
)
def test_invisible_characters_and_pdf_look_alikes(text: str, implementer: str, implemented: str) -> None:
    result = run(text)
    assert doc_named(result, implemented).symbol == "21-NQ/TW"
    assert doc_named(result, implementer).symbol == "45-KH/TU"
    assert edges(result) == {(implementer, implemented)}


def test_every_fact_records_its_rule_and_span() -> None:
    text = "Ngày 3/3/2023, Tỉnh ủy ban hành Kế hoạch số 8-KH/TU về du lịch."
    (doc,) = run(text).documents
    rules = {f.attribute: f.rule for f in doc.facts}
    assert rules == {
        "date": "date.before_ban_hanh",
        "issuer": "issuer.ban_hanh_before",
        "subject": "subject.ve",
    }
    for f in doc.facts:
        assert f.span.start < f.span.end <= len(text)


# --- more ways the press writes the same things -----------------------------------------------------------------
def test_a_plenum_issues_for_the_central_committee() -> None:
    result = run(
        "Ngày 16/6/2022, Hội nghị Trung ương 5 khóa XIII ban hành Nghị quyết số 21-NQ/TW về tổ chức cơ sở."
    )
    doc = doc_named(result, "Nghị quyết số 21-NQ/TW")
    assert (doc.issuer, doc.date) == (("Ban Chấp hành Trung ương",), "2022-06-16")


def test_plenum_in_words_right_after_the_date() -> None:
    doc = doc_named(
        run(
            "Nghị quyết số 18-NQ/TW, ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII"
        ),
        "Nghị quyết số 18-NQ/TW",
    )
    assert (doc.issuer, doc.term) == (("Ban Chấp hành Trung ương",), "XII")


def test_plenum_ordinal_in_words_names_a_document() -> None:
    doc = doc_named(
        run("học tập Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII"),
        "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII",
    )
    assert (doc.plenum, doc.term) == (4, "XII")


def test_passive_cu_the_hoa_bang() -> None:
    result = run(
        "Nghị quyết số 57-NQ/TW đã được Tỉnh ủy cụ thể hóa bằng Chương trình hành động số 45-CTr/TU."
    )
    assert edges(result) == {("Chương trình hành động số 45-CTr/TU", "Nghị quyết số 57-NQ/TW")}
    # each of a list before "được"
    listed = run(
        "Nghị quyết số 18-NQ/TW và Kết luận số 121-KL/TW của Trung ương được Đảng ủy Khối cụ thể hóa bằng Kế "
        "hoạch số 155-KH/ĐUK."
    )
    assert edges(listed) == {
        ("Kế hoạch số 155-KH/ĐUK", "Nghị quyết số 18-NQ/TW"),
        ("Kế hoạch số 155-KH/ĐUK", "Kết luận số 121-KL/TW"),
    }
    # but not the object of an earlier cue, listed before "this plan"
    anaphor = run(
        "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Chỉ thị số 05-CT/TW, Kế hoạch này được Huyện ủy cụ thể "
        "hóa bằng Kế hoạch số 20-KH/HU."
    )
    assert ("Kế hoạch số 20-KH/HU", "Chỉ thị số 05-CT/TW") not in edges(anaphor)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            # as the text names it (one organisation in the graph either way: tests/test_resolve.py)
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI",
            "Đại hội đại biểu Đảng bộ tỉnh",
            id="delegates",
        ),
        pytest.param(
            "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
            "Đại hội đại biểu toàn quốc",
            id="dang-toan-quoc",
        ),
        pytest.param(
            "Nghị quyết Đại hội Đảng bộ tỉnh Bình Thuận lần thứ XIV", "Đại hội Đảng bộ tỉnh", id="with-place"
        ),
    ],
)
def test_congress_variants(text: str, issuer: str) -> None:
    (doc,) = run(text).documents
    assert doc.issuer == (issuer,)


def test_a_plan_to_study_a_resolution_implements_it() -> None:
    result = run(
        "Kế hoạch số 20-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức hội nghị học tập, quán triệt "
        "Nghị quyết số 57-NQ/TW."
    )
    assert edges(result) == {("Kế hoạch số 20-KH/TU", "Nghị quyết số 57-NQ/TW")}


def test_body_of_coordinated_verbs_issues() -> None:
    result = run("Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị quán triệt và ban hành Kế hoạch số 256-KH/TU.")
    assert doc_named(result, "Kế hoạch số 256-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_headline_without_number_joins_the_numbered_document_with_its_title() -> None:
    result = run(
        "Tỉnh ủy Lâm Đồng ban hành Nghị quyết về phát triển du lịch xanh\n10:05 | 03/11/2025\n"
        "Ban Chấp hành Đảng bộ tỉnh vừa ban hành Nghị quyết số 06-NQ/TU về phát triển du lịch xanh đến năm 2030."
    )
    (doc,) = result.documents
    assert (doc.symbol, doc.issuer) == ("06-NQ/TU", ("Ban Chấp hành Đảng bộ tỉnh",))
    assert len(doc.mentions) == 2


def test_headline_with_another_title_stays_its_own_document() -> None:
    result = run(
        "Tỉnh ủy ban hành Nghị quyết về phát triển du lịch xanh\n"
        "Tỉnh ủy vừa ban hành Nghị quyết số 06-NQ/TU về chuyển đổi số."
    )
    assert len(result.documents) == 2


def test_a_reproduced_document_header_gives_issuer_date_and_title() -> None:
    result = run(
        "ĐẢNG BỘ TỈNH GIA LAI\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 61-KH/TU\nGia Lai, ngày 12 tháng 9 năm 2025\n"
        "KẾ HOẠCH\nthực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về giáo dục"
    )
    plan = doc_named(result, "61-KH/TU")
    assert (plan.type, plan.issuer, plan.date) == ("plan", ("Ban Thường vụ Tỉnh ủy",), "2025-09-12")
    assert edges(result) == {("61-KH/TU", "Nghị quyết số 71-NQ/TW")}


def test_a_listing_record_gives_issuer_date_and_summary() -> None:
    result = run(
        "Số/Ký hiệu: 88-KH/TU\nNgày ban hành: 02/10/2025\nTrích yếu: Kế hoạch thực hiện Kết luận số 190-KL/TW "
        "của Bộ Chính trị\nCơ quan ban hành: Ban Thường vụ Tỉnh ủy\nSố/Ký hiệu: 89-KH/TU\nNgày ban hành: 03/10/2025\n"
        "Trích yếu: Kế hoạch tổ chức hội nghị sơ kết\nCơ quan ban hành: Tỉnh ủy"
    )
    first, second = doc_named(result, "88-KH/TU"), doc_named(result, "89-KH/TU")
    assert (first.date, first.issuer) == ("2025-10-02", ("Ban Thường vụ Tỉnh ủy",))
    assert (second.date, second.issuer) == ("2025-10-03", ("Tỉnh ủy",))
    assert edges(result) == {("88-KH/TU", "Kết luận số 190-KL/TW")}


def test_a_legal_database_record_on_one_line_and_its_title_line() -> None:
    result = run(
        "Kế hoạch 61-KH/TU năm 2025 thực hiện Kết luận 190-KL/TW về công tác cán bộ do Tỉnh ủy Bình Định ban hành\n"
        "Số hiệu: 61-KH/TU | Loại văn bản: Kế hoạch | Nơi ban hành: Tỉnh ủy Bình Định | Người ký: Nguyễn Văn A\n"
        "Ngày ban hành: 12/03/2025 | Tình trạng: Còn hiệu lực"
    )
    plan = doc_named(result, "Kế hoạch 61-KH/TU")
    assert (plan.date, plan.issuer, plan.issuer_province) == ("2025-03-12", ("Tỉnh ủy",), "Bình Định")
    assert doc_named(result, "Kết luận 190-KL/TW").issuer == ()
    assert edges(result) == {("Kế hoạch 61-KH/TU", "Kết luận 190-KL/TW")}


def test_a_title_line_names_its_body_at_the_end() -> None:
    result = run(
        "Kế hoạch 61-KH/TU năm 2025 triển khai Chỉ thị 45-CT/TW về đại hội do Tỉnh ủy Gia Lai ban hành"
    )
    assert doc_named(result, "Kế hoạch 61-KH/TU").issuer == ("Tỉnh ủy",)
    assert doc_named(result, "Chỉ thị 45-CT/TW").issuer == ()


def test_listing_lines_dated_before_or_after_their_document() -> None:
    result = run(
        "Văn bản chỉ đạo\n08/01/2025 - Kế hoạch số 21-KH/HU về kỷ niệm ngày thành lập Đảng\n"
        "2. Kế hoạch 22-KH/HU 2025 thực hiện Chỉ thị số 45-CT/TW — Ban hành: 10/01/2025"
    )
    assert doc_named(result, "Kế hoạch số 21-KH/HU").date == "2025-01-08"
    assert doc_named(result, "Kế hoạch 22-KH/HU").date == "2025-01-10"
    assert edges(result) == {("Kế hoạch 22-KH/HU", "Chỉ thị số 45-CT/TW")}


def test_a_table_row_summary_names_the_rows_body_and_is_the_same_document() -> None:
    result = run(
        "VĂN BẢN CỦA TRUNG ƯƠNG\nSố ký hiệu | Ngày ban hành | Trích yếu\n"
        "71-NQ/TW | 22/8/2025 | Nghị quyết của Bộ Chính trị về đột phá phát triển giáo dục\n"
        "72-NQ/TW | 09/9/2025 | Nghị quyết của Bộ Chính trị về bảo vệ sức khỏe nhân dân\n"
        "190-KL/TW | 10/9/2025 | Kết luận của Bộ Chính trị, Ban Bí thư về công tác cán bộ"
    )
    assert len(result.documents) == 3
    assert doc_named(result, "71-NQ/TW").issuer == ("Bộ Chính trị",)
    assert set(doc_named(result, "190-KL/TW").issuer) == {"Bộ Chính trị", "Ban Bí thư"}


def test_a_table_without_header_row_reads_its_cells() -> None:
    result = run(
        "DANH MỤC VĂN BẢN ĐẢNG ỦY XÃ\n"
        "Số 11-NQ/ĐU | 15/8/2025 | Nghị quyết về phát triển kinh tế - xã hội năm 2025\n"
        "Số 12-KH/ĐU | 22/8/2025 | Kế hoạch triển khai Nghị quyết số 71-NQ/TW của Bộ Chính trị"
    )
    assert doc_named(result, "11-NQ/ĐU").date == "2025-08-15"
    assert doc_named(result, "12-KH/ĐU").date == "2025-08-22"
    assert edges(result) == {("12-KH/ĐU", "Nghị quyết số 71-NQ/TW")}


@pytest.mark.parametrize(
    ("title", "type_"),
    [
        pytest.param("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 5 NĂM 2024", "other", id="orientation"),
        pytest.param(
            "HƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM 70 NĂM CHIẾN THẮNG ĐIỆN BIÊN PHỦ", "guideline", id="guideline"
        ),
        pytest.param("KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG ĐẠI HỘI", "plan", id="plan"),
    ],
)
def test_a_page_titled_in_capitals_is_the_document_its_lead_carries_out(title: str, type_: str) -> None:
    result = run(
        f"{title}\nThực hiện Kế hoạch số 210-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy về công tác tuyên "
        "giáo năm 2024; căn cứ Hướng dẫn số 120-HD/BTGTW của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy "
        "đề nghị các cấp ủy tập trung tuyên truyền các nội dung sau:\n1. Kỷ niệm các ngày lễ lớn."
    )
    page = doc_named(result, title)
    assert (page.type, page.number, page.issuer) == (type_, None, ("Ban Tuyên giáo Tỉnh ủy",))
    assert doc_named(result, "Kế hoạch số 210-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)
    assert edges(result) == {(title, "Kế hoạch số 210-KH/TU")}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "KẾ HOẠCH HÀNH ĐỘNG VÌ MÔI TRƯỜNG XANH\nThực hiện Chỉ thị số 05-CT/TW, Tỉnh ủy ban hành Kế hoạch số "
            "88-KH/TU về bảo vệ môi trường.",
            id="the-lead-reports-another-document-issued",
        ),
        pytest.param(
            "Kế hoạch tuyên truyền tháng 5\nThực hiện Chỉ thị số 05-CT/TW, Ban Tuyên giáo Tỉnh ủy đề nghị ...",
            id="a-title-not-in-capitals",
        ),
        pytest.param(
            "KẾ HOẠCH TUYÊN TRUYỀN THÁNG 5 NĂM 2024\nNgày 2/5, Ban Tuyên giáo Tỉnh ủy đề nghị thực hiện Chỉ thị số "
            "05-CT/TW.",
            id="a-lead-that-does-not-open-with-a-cue",
        ),
    ],
)
def test_a_capitalised_first_line_is_no_document_without_its_lead(text: str) -> None:
    result = run(text)
    assert all(d.mentions[0].rule != "mention.title" for d in result.documents)


def test_a_tables_about_column_is_its_summary() -> None:
    result = run(
        "Văn bản của Huyện ủy năm 2023\nKý hiệu\tNgày\tVề việc\n"
        "45-KH/HU\t12/01/2023\tThực hiện Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy\n"
        "46-KH/HU\t12/01/2023\tTổ chức Đại hội Hội Cựu chiến binh huyện"
    )
    assert doc_named(result, "45-KH/HU").date == "2023-01-12"
    assert edges(result) == {("45-KH/HU", "Kế hoạch số 120-KH/TU")}


def test_a_table_summary_before_the_number_cell() -> None:
    result = run(
        "STT | Tên văn bản | Số, ký hiệu | Ngày ban hành\n"
        "1 | Kết luận về tổng kết Nghị quyết số 18-NQ/TW | 121-KL/TW | 24/01/2025\n"
        "2 | Kế hoạch thực hiện Kết luận số 121-KL/TW | 141-KH/TW | 06/02/2025"
    )
    assert edges(result) == {("141-KH/TW", "121-KL/TW")}


def test_a_table_row_gives_its_cells_to_the_document_opening_its_cell_only() -> None:
    result = run(
        "STT | Văn bản | Cơ quan ban hành | Ngày ban hành\n"
        "1 | Kế hoạch số 56-KH/TU thực hiện Nghị quyết 57-NQ/TW | BTV Tỉnh ủy | 12/3/2025\n"
        "2 | Kế hoạch số 89-KH/ĐU thực hiện Kế hoạch 56-KH/TU | Đảng ủy UBND tỉnh | 30/3/2025"
    )
    assert len(result.documents) == 3
    assert doc_named(result, "Kế hoạch số 56-KH/TU").date == "2025-03-12"


def test_a_header_names_the_board_under_its_committee() -> None:
    result = run(
        "TỈNH ỦY HÀ TĨNH\nBAN THƯỜNG VỤ\n*\nSố 5-KH/TU\nHà Tĩnh, ngày 15 tháng 5 năm 2024\nKẾ HOẠCH\nthực hiện Quy "
        "định số 144-QĐ/TW"
    )
    plan = doc_named(result, "5-KH/TU")
    assert (plan.issuer, plan.date) == (("Ban Thường vụ Tỉnh ủy",), "2024-05-15")


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(
            "HUYỆN ỦY ĐAM RÔNG | ĐẢNG CỘNG SẢN VIỆT NAM\n* | Đam Rông, ngày 03 tháng 7 năm 2024\nSố 77-KH/HU |",
            id="two-columns-with-bars",
        ),
        pytest.param(
            "HUYỆN ỦY ĐAM RÔNG\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 77-KH/HU\tĐam Rông, ngày 03 tháng 7 năm 2024",
            id="two-columns-with-tabs",
        ),
        pytest.param(
            "HUYỆN ỦY ĐAM RÔNG        ĐẢNG CỘNG SẢN VIỆT NAM\n      *\nSố 77-KH/HU        Đam Rông, ngày 03 tháng 7 "
            "năm 2024",
            id="two-columns-with-spaces",
        ),
        pytest.param(
            "HUYỆN ỦY ĐAM RÔNG\n|\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 77-KH/HU\n|\nĐam Rông, ngày 03 tháng 7 năm "
            "2024\n|",
            id="cells-on-their-own-lines",
        ),
    ],
)
def test_a_header_in_two_columns_gives_issuer_date_and_title(header: str) -> None:
    result = run(
        f"{header}\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội"
    )
    plan = doc_named(result, "77-KH/HU")
    assert (plan.issuer, plan.date) == (("Huyện ủy",), "2024-07-03")
    assert edges(result) == {("77-KH/HU", "Chỉ thị số 35-CT/TW")}


@pytest.mark.parametrize(
    ("title", "issuer", "carries_out"),
    [
        pytest.param(
            "KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư",
            "Ban Thường vụ Tỉnh ủy",
            True,
            id="body-then-about-continuing",
        ),
        pytest.param(
            "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về công tác dân số trong tình hình mới, thực hiện Chỉ thị số 28-CT/TW",
            "Ban Thường vụ Tỉnh ủy",
            True,
            id="body-topic-comma-then-cue",
        ),
        pytest.param(
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\ncủa Ban Chấp hành Đảng bộ tỉnh thực hiện Chỉ thị số 28-CT/TW",
            "Ban Chấp hành Đảng bộ tỉnh",
            True,
            id="body-then-cue",
        ),
        pytest.param(
            "KẾ HOẠCH\ncủa Ban Thường vụ Tỉnh ủy về sơ kết 5 năm thực hiện Chỉ thị số 28-CT/TW",
            "Ban Thường vụ Tỉnh ủy",
            False,
            id="a-review-carries-nothing-out",
        ),
        pytest.param(
            "KẾ HOẠCH\nkiểm tra, giám sát việc thực hiện Chỉ thị số 28-CT/TW",
            "Tỉnh ủy",
            False,
            id="an-inspection-carries-nothing-out",
        ),
        pytest.param(
            "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về tình hình thực hiện Chỉ thị số 28-CT/TW",
            "Ban Thường vụ Tỉnh ủy",
            False,
            id="a-status-report-carries-nothing-out",
        ),
    ],
)
def test_a_headers_title_names_its_body_and_what_it_carries_out(
    title: str, issuer: str, carries_out: bool
) -> None:
    result = run(f"TỈNH ỦY LÂM ĐỒNG\n*\nSố 61-KL/TU\nĐà Lạt, ngày 14 tháng 4 năm 2023\n{title}")
    document = doc_named(result, "61-KL/TU")
    assert (document.issuer, document.issuer_province, document.date) == ((issuer,), "Lâm Đồng", "2023-04-14")
    assert edges(result) == ({("61-KL/TU", "Chỉ thị số 28-CT/TW")} if carries_out else set())


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Đảng ủy Chính phủ ban hành Kế hoạch số 03-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số "
            "04-KH/ĐU thực hiện Nghị quyết số 59-NQ/TW.",
            "Kế hoạch số 04-KH/ĐU",
            ("Đảng ủy Chính phủ",),
            id="du-organ-of-a-national-committee",
        ),
        pytest.param(
            "Đảng ủy Quân chủng Hải quân ban hành Nghị quyết số 412-NQ/ĐU.",
            "Nghị quyết số 412-NQ/ĐU",
            ("Đảng ủy Quân chủng Hải quân",),
            id="army-service-by-name",
        ),
        pytest.param(
            "Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam ban hành Kế hoạch số 52-KH/ĐĐ.",
            "Kế hoạch số 52-KH/ĐĐ",
            ("Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",),
            id="party-group-of-a-long-named-federation",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ đã ban hành Chương trình hành động số 02-CTr/ĐU.",
            "Chương trình hành động số 02-CTr/ĐU",
            ("Ban Chấp hành Đảng bộ",),
            id="executive-committee-named-earlier",
        ),
        pytest.param(
            "Ban Tuyên giáo Trung ương:\n- Hướng dẫn số 142-HD/BTGTW tuyên truyền các ngày lễ lớn;\n- Công văn số "
            "1720-CV/BTGTW về định hướng thông tin.",
            "Công văn số 1720-CV/BTGTW",
            ("Ban Tuyên giáo Trung ương",),
            id="body-line-over-a-list",
        ),
        pytest.param(
            "Quyết định số 221-QĐ/TW về chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tổ chức Trung ương.",
            "Quyết định số 221-QĐ/TW",
            (),
            id="body-whose-organisation-is-the-topic",
        ),
        pytest.param(
            "Ủy ban Kiểm tra Trung ương ban hành Quy chế làm việc (Quyết định số 01-QĐ/UBKTTW) và Hướng dẫn số "
            "02-HD/UBKTTW.",
            "Hướng dẫn số 02-HD/UBKTTW",
            ("Ủy ban Kiểm tra Trung ương",),
            id="after-a-bracketed-decision-promulgating-rules",
        ),
        pytest.param(
            "Ban cán sự đảng Bộ Kế hoạch và Đầu tư ban hành Kế hoạch số 54-KH/BCSĐ.",
            "Kế hoạch số 54-KH/BCSĐ",
            ("Ban cán sự đảng Bộ Kế hoạch và Đầu tư",),
            id="a-ministry-whose-name-holds-a-type-word-and-va",
        ),
        pytest.param(
            "Ban cán sự đảng Bộ Xây dựng đã ban hành Kế hoạch số 39-KH/BCSĐ.",
            "Kế hoạch số 39-KH/BCSĐ",
            ("Ban cán sự đảng Bộ Xây dựng",),
            id="a-ministry-whose-name-is-a-verb",
        ),
        pytest.param(
            "Ban cán sự đảng Tòa án nhân dân tối cao đã ban hành Nghị quyết số 48-NQ/BCSĐ.",
            "Nghị quyết số 48-NQ/BCSĐ",
            ("Ban cán sự đảng Tòa án nhân dân tối cao",),
            id="the-supreme-courts-committee",
        ),
        pytest.param(
            "Đảng ủy Kho bạc Nhà nước ban hành Kế hoạch số 14-KH/ĐU.",
            "Kế hoạch số 14-KH/ĐU",
            ("Đảng ủy Kho bạc Nhà nước",),
            id="a-central-agencys-committee",
        ),
        pytest.param(
            "Triển khai Quy định số 08-QĐi/TW về trách nhiệm nêu gương của Ủy viên Bộ Chính trị, Ủy viên Ban Chấp "
            "hành Trung ương, Ban cán sự đảng Bộ Xây dựng đã ban hành Kế hoạch số 14-KH/BCSĐ.",
            "Kế hoạch số 14-KH/BCSĐ",
            ("Ban cán sự đảng Bộ Xây dựng",),
            id="a-members-title-is-no-joint-body",
        ),
        pytest.param(
            "Thực hiện Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương, Ban cán sự đảng Bộ Tài chính ban hành "
            "Kế hoạch số 12-KH/BCSĐ.",
            "Nghị quyết số 04-NQ/TW",
            ("Ban Chấp hành Trung ương",),
            id="the-leadership-and-a-ministry-are-no-joint-issuers",
        ),
        pytest.param(
            "Đảng ủy Bộ Ngoại giao ban hành Nghị quyết chuyên đề số 20-NQ/ĐU về ngoại giao kinh tế; đồng thời, ban "
            "hành Kế hoạch số 33-KH/ĐU để thực hiện Nghị quyết chuyên đề này.",
            "Kế hoạch số 33-KH/ĐU",
            ("Đảng ủy Bộ Ngoại giao",),
            id="dong-thoi-with-a-comma",
        ),
        pytest.param(
            "Chỉ thị số 24-CT/TW của Ban Bí thư về phát triển đảng viên đã được Đảng ủy Khối Doanh nghiệp Trung ương "
            "triển khai qua Hướng dẫn số 07-HD/ĐUK.",
            "Hướng dẫn số 07-HD/ĐUK",
            ("Đảng ủy Khối Doanh nghiệp Trung ương",),
            id="carried-out-by-way-of",
        ),
        pytest.param(
            "Năm 2023, Ban cán sự đảng Bộ Công Thương tiếp tục lãnh đạo phát triển năng lượng. Ban cán sự đảng đã ban "
            "hành Nghị quyết số 26-NQ/BCSĐ ngày 6/3/2023.",
            "Nghị quyết số 26-NQ/BCSĐ",
            ("Ban cán sự đảng Bộ Công Thương",),
            id="a-ministrys-committee-named-in-full-before",
        ),
        pytest.param(
            "Ban cán sự đảng đã ban hành Nghị quyết số 26-NQ/BCSĐ ngày 6/3/2023.",
            "Nghị quyết số 26-NQ/BCSĐ",
            (),
            id="a-committee-never-named-in-full",
        ),
        pytest.param(
            "Đảng ủy Vietcombank ban hành Nghị quyết số 15-NQ/ĐU về chuyển đổi số.",
            "Nghị quyết số 15-NQ/ĐU",
            ("Đảng ủy Vietcombank",),
            id="an-enterprises-brand-is-no-place",
        ),
        pytest.param(
            "Đảng ủy VNPT ban hành Nghị quyết số 15-NQ/ĐU.",
            "Nghị quyết số 15-NQ/ĐU",
            ("Đảng ủy VNPT",),
            id="an-acronym",
        ),
        pytest.param(
            "Đảng ủy Bệnh viện Quân y 175 ban hành Nghị quyết số 15-NQ/ĐU.",
            "Nghị quyết số 15-NQ/ĐU",
            ("Đảng ủy Bệnh viện Quân y 175",),
            id="an-institution-named-with-a-number",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ Khối Doanh nghiệp Trung ương đã ban hành Nghị quyết số 05-NQ/ĐUK.",
            "Nghị quyết số 05-NQ/ĐUK",
            ("Ban Chấp hành Đảng bộ Khối Doanh nghiệp Trung ương",),
            id="a-blocs-executive-committee-is-not-the-central-committee",
        ),
        pytest.param(
            "Chi bộ Công an xã Tân Thành đã ban hành Nghị quyết chuyên đề số 03-NQ/CB.",
            "Nghị quyết chuyên đề số 03-NQ/CB",
            ("Chi bộ Công an xã",),
            id="a-police-units-cell",
        ),
        pytest.param(
            "Chi bộ Khoa Hồi sức tích cực đã xây dựng Nghị quyết số 05-NQ/CB.",
            "Nghị quyết số 05-NQ/CB",
            ("Chi bộ Khoa Hồi sức tích cực",),
            id="a-hospital-wards-cell",
        ),
        pytest.param(
            "Chi bộ Công ty Xổ số kiến thiết ra Nghị quyết số 07-NQ/CB về nhiệm vụ quý III.",
            "Nghị quyết số 07-NQ/CB",
            ("Chi bộ Công ty Xổ số kiến thiết",),
            id="a-cells-name-keeps-so-without-a-number",
        ),
        pytest.param(
            "Chi bộ khu phố số 4 ban hành Nghị quyết số 08-NQ/CB về vệ sinh môi trường.",
            "Nghị quyết số 08-NQ/CB",
            ("Chi bộ khu phố",),
            id="a-cells-number-goes-with-its-so",
        ),
        pytest.param(
            "Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo ban hành Nghị quyết số 11-NQ/HU về du lịch.",
            "Nghị quyết số 11-NQ/HU",
            ("Ban Thường vụ Huyện ủy",),
            id="a-body-that-led-the-issuing",
        ),
        pytest.param(
            "Thường trực Tỉnh ủy đã chỉ đạo ban hành Kế hoạch số 61-KH/TU về chuyển đổi số.",
            "Kế hoạch số 61-KH/TU",
            (),
            id="a-body-that-directed-the-issuing-did-not-issue",
        ),
        pytest.param(
            "Ban Đối ngoại Tỉnh ủy ban hành Kế hoạch số 05-KH/BĐNTU về công tác đối ngoại năm 2025.",
            "Kế hoạch số 05-KH/BĐNTU",
            ("Ban Đối ngoại Tỉnh ủy",),
            id="the-foreign-affairs-commission",
        ),
        pytest.param(
            "Đảng bộ xã Tân Lập đã ban hành Nghị quyết chuyên đề số 04-NQ/ĐU về dân vận.",
            "Nghị quyết chuyên đề số 04-NQ/ĐU",
            ("Đảng bộ xã",),
            id="a-communes-party-organisation-issues",
        ),
        pytest.param(
            "Đảng ủy phường Bến Nghé, Quận 1 ban hành Chương trình hành động số 14-CTr/ĐU về chỉnh trang đô thị.",
            "Chương trình hành động số 14-CTr/ĐU",
            ("Đảng ủy phường",),
            id="a-wards-district-by-its-number-aside",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ TP.HCM vừa ban hành Nghị quyết số 31-NQ/TU về phát triển đô thị.",
            "Nghị quyết số 31-NQ/TU",
            ("Ban Chấp hành Đảng bộ thành phố",),
            id="the-city-by-its-initials-is-the-city",
        ),
        pytest.param(
            "Đảng ủy Liên đoàn Lao động tỉnh ban hành Kế hoạch số 31-KH/ĐU về an toàn lao động.",
            "Kế hoạch số 31-KH/ĐU",
            ("Đảng ủy Liên đoàn Lao động tỉnh",),
            id="a-trade-unions-party-committee",
        ),
        pytest.param(
            "Ủy ban Kiểm tra Đảng ủy BIDV ban hành Hướng dẫn số 05-HD/UBKT.",
            "Hướng dẫn số 05-HD/UBKT",
            ("Ủy ban Kiểm tra Đảng ủy BIDV",),
            id="a-board-of-an-enterprises-committee",
        ),
        pytest.param(
            "Đồng chí Phó Bí thư Đảng ủy Công an tỉnh cho biết Đảng ủy đã ban hành Nghị quyết số 12-NQ/ĐU.",
            "Nghị quyết số 12-NQ/ĐU",
            ("Đảng ủy Công an tỉnh",),
            id="a-bare-dang-uy-after-its-full-name",
        ),
        pytest.param(
            "Thực hiện Kế hoạch số 04-KH/TW của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ và chuyển đổi "
            "số, Văn phòng Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 288-KH/TU.",
            "Kế hoạch số 288-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            id="a-steering-committees-topic-never-runs-over-an-adviser",
        ),
        pytest.param(
            "Thực hiện Kế hoạch số 01-KH/BCĐTW của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ và chuyển "
            "đổi số, Đảng ủy Quốc hội ban hành Kế hoạch số 05-KH/ĐU.",
            "Kế hoạch số 05-KH/ĐU",
            ("Đảng ủy Quốc hội",),
            id="a-steering-committees-topic-ends-before-the-next-body",
        ),
        pytest.param(
            "Ban Dân vận Tỉnh ủy phối hợp Ban cán sự đảng UBND tỉnh ban hành Kế hoạch liên tịch số 05-KHLT/BDVTU-BCSĐ.",
            "Kế hoạch liên tịch số 05-KHLT/BDVTU-BCSĐ",
            ("Ban Dân vận Tỉnh ủy", "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
            id="bodies-issuing-in-cooperation",
        ),
    ],
)
def test_issuers_of_national_bodies_and_listings(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


def test_a_repeated_symbol_in_a_list_keeps_its_own_date() -> None:
    result = run(
        "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024, Kết luận số 118-KL/TW ngày 18/1/2025 về sửa đổi Chỉ thị số "
        "35-CT/TW và Chỉ thị số 45-CT/TW ngày 14/4/2025, Đảng ủy Công an Trung ương ban hành Kế hoạch số "
        "150-KH/ĐUCA."
    )
    assert len(result.documents) == 4
    assert doc_named(result, "Chỉ thị số 35-CT/TW").date == "2024-06-14"
    assert {
        ("Kế hoạch số 150-KH/ĐUCA", "Chỉ thị số 35-CT/TW"),
        ("Kế hoạch số 150-KH/ĐUCA", "Kết luận số 118-KL/TW"),
    } <= (edges(result))


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        pytest.param(
            "TỈNH ỦY QUẢNG NAM\nBAN TỔ CHỨC", ("Ban Tổ chức Tỉnh ủy",), id="commission-under-its-committee"
        ),
        pytest.param(
            "ĐẢNG BỘ TỈNH ĐỒNG THÁP\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy",),
            id="commission-under-the-party-organisation",
        ),
    ],
)
def test_a_header_names_a_commission_of_the_committee_above(header: str, issuer: tuple[str, ...]) -> None:
    result = run(
        f"{header}\n*\nSố 15-HD/BTCTU\nHà Nội, ngày 2 tháng 3 năm 2025\nHƯỚNG DẪN\nthực hiện Quy định số 232-QĐ/TW"
    )
    guide = doc_named(result, "15-HD/BTCTU")
    assert (guide.issuer, guide.date) == (issuer, "2025-03-02")
    assert edges(result) == {("15-HD/BTCTU", "Quy định số 232-QĐ/TW")}


def test_enumerated_members_of_a_counted_set_over_paragraphs() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ phường Tân Định đã ban hành 2 nghị quyết chuyên đề.\n\n"
        "Thứ nhất là Nghị quyết số 04-NQ/ĐU về chỉnh trang đô thị.\n\n"
        "Thứ hai là Nghị quyết số 05-NQ/ĐU về chuyển đổi số, được xây dựng để thực hiện Nghị quyết số 57-NQ/TW.\n\n"
        "Để triển khai các nghị quyết trên, Ban Thường vụ Đảng ủy phường đã ban hành Kế hoạch số 20-KH/ĐU."
    )
    assert doc_named(result, "Nghị quyết số 04-NQ/ĐU").issuer == ("Ban Chấp hành Đảng bộ phường",)
    assert doc_named(result, "Nghị quyết số 05-NQ/ĐU").issuer == ("Ban Chấp hành Đảng bộ phường",)
    assert {
        ("Kế hoạch số 20-KH/ĐU", "Nghị quyết số 04-NQ/ĐU"),
        ("Kế hoạch số 20-KH/ĐU", "Nghị quyết số 05-NQ/ĐU"),
    } <= edges(result)
    assert ("Kế hoạch số 20-KH/ĐU", "Nghị quyết số 57-NQ/TW") not in edges(result)


def test_bodies_issuing_respectively() -> None:
    result = run(
        "Tỉnh ủy, Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy đã lần lượt ban hành Nghị quyết số 10-NQ/TU, Kế hoạch "
        "số 200-KH/TU và Công văn số 1500-CV/TU."
    )
    assert doc_named(result, "Nghị quyết số 10-NQ/TU").issuer == ("Tỉnh ủy",)
    assert doc_named(result, "Kế hoạch số 200-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)
    assert doc_named(result, "Công văn số 1500-CV/TU").issuer == ("Thường trực Tỉnh ủy",)
    joint = run("Bộ Chính trị, Ban Bí thư lần lượt ban hành Kết luận 126-KL/TW và Kết luận 127-KL/TW.")
    assert set(doc_named(joint, "Kết luận 127-KL/TW").issuer) == {"Bộ Chính trị", "Ban Bí thư"}


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Bộ Chính trị ban hành Kế hoạch số 08-KH/TW thực hiện Nghị quyết số 18-NQ/TW về đất đai; Nghị quyết số "
            "19-NQ/TW về nông nghiệp của Ban Chấp hành Trung ương.",
            "Nghị quyết số 19-NQ/TW",
            ("Ban Chấp hành Trung ương",),
            id="semicolon-list-of-objects-is-not-issued",
        ),
        pytest.param(
            "Ủy ban Kiểm tra Trung ương tham mưu giúp Bộ Chính trị ban hành Quy định số 296-QĐ/TW; đồng thời ban hành "
            "Hướng dẫn số 10-HD/UBKTTW.",
            "Hướng dẫn số 10-HD/UBKTTW",
            ("Ủy ban Kiểm tra Trung ương",),
            id="adviser-then-dong-thoi",
        ),
        pytest.param(
            "Đảng ủy Bộ Khoa học và Công nghệ ban hành Chương trình hành động số 05-CTr/ĐU.",
            "Chương trình hành động số 05-CTr/ĐU",
            ("Đảng ủy Bộ Khoa học và Công nghệ",),
            id="ministry-named-with-va",
        ),
        pytest.param(
            "Đảng ủy Bộ đội Biên phòng ban hành Nghị quyết số 868-NQ/ĐU.",
            "Nghị quyết số 868-NQ/ĐU",
            ("Đảng ủy Bộ đội Biên phòng",),
            id="border-guard-committee",
        ),
    ],
)
def test_issuers_of_lists_advisers_and_ministries(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Nghị định quy định mức lương cơ sở 2,34 triệu đồng.", [], id="co-so-then-a-decimal"),
        pytest.param(
            "Chính phủ ban hành Nghị quyết số 66.7/2025/NQ-CP; Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW.",
            ["66-NQ/TW"],
            id="decimal-state-number",
        ),
        pytest.param(
            "Bộ Chính trị ban hành các Nghị quyết số 57, 59 và 71.",
            ["57", "59", "71"],
            id="list-ending-a-sentence",
        ),
        pytest.param(
            "Triển khai NQ số 18,19 của Trung ương.", ["18", "19"], id="list-written-like-a-decimal"
        ),
    ],
)
def test_numbers_decimals_and_list_ends(text: str, expected: list[str]) -> None:
    assert [d.symbol or d.number for d in run(text).documents] == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam ban hành Nghị quyết số 09-NQ/ĐU.",
            "Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
            id="name-with-a-hyphen",
        ),
        pytest.param(
            "Đảng ủy Bệnh viện Đa khoa tỉnh ban hành Nghị quyết số 09-NQ/ĐU.",
            "Đảng ủy Bệnh viện Đa khoa tỉnh",
            id="da-khoa-is-no-verb",
        ),
        pytest.param(
            "Ban Thường vụ Đảng ủy Đại học Quốc gia ban hành Nghị quyết số 09-NQ/ĐU.",
            "Ban Thường vụ Đảng ủy Đại học Quốc gia",
            id="a-university",
        ),
        pytest.param(
            "BCH Đảng bộ Đại học Thái Nguyên khóa XXVI đã ban hành Nghị quyết số 09-NQ/ĐU.",
            "Ban Chấp hành Đảng bộ Đại học Thái Nguyên",
            id="executive-of-an-institution-and-its-term",
        ),
        pytest.param(
            "Ban Thường vụ Đảng ủy BĐBP tỉnh ban hành Nghị quyết số 09-NQ/ĐU.",
            "Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh",
            id="border-guard-abbreviated",
        ),
        pytest.param(
            "BCS đảng Viện KSND tỉnh ban hành Nghị quyết số 09-NQ/ĐU.",
            "Ban cán sự đảng Viện Kiểm sát nhân dân tỉnh",
            id="party-delegation-abbreviated",
        ),
        pytest.param(
            "TT Huyện ủy Mường Nhé ban hành Nghị quyết số 09-NQ/ĐU.",
            "Thường trực Huyện ủy",
            id="standing-office-tt",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh ban hành Nghị quyết số 09-NQ/ĐU.",
            "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh",
            id="executive-of-the-provinces-party-organs",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ đặc khu Phú Quốc ban hành Nghị quyết số 09-NQ/ĐU.",
            "Ban Chấp hành Đảng bộ đặc khu",
            id="executive-of-a-special-zone",
        ),
    ],
)
def test_names_and_abbreviations_of_party_committees(text: str, issuer: str) -> None:
    assert run(text).documents[0].issuer == (issuer,)


def test_a_headline_names_the_document_of_its_lead() -> None:
    result = run(
        "Đảng ủy xã Hương Trà ra Nghị quyết lãnh đạo xây dựng nông thôn mới nâng cao\n\n"
        "Ngày 9/8/2021, Đảng ủy xã Hương Trà ban hành Nghị quyết số 12-NQ/ĐU về lãnh đạo xây dựng xã đạt chuẩn nông "
        "thôn mới nâng cao giai đoạn 2021-2025."
    )
    assert len(result.documents) == 1
    listed = run(
        "Bộ Chính trị ban hành Nghị quyết về an ninh năng lượng\nBan Bí thư ban hành Chỉ thị về phòng, chống thiên tai"
        "\nĐảng ủy Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 59-NQ/TW"
    )
    assert len([d for d in listed.documents if d.type == "resolution"]) == 2  # a list of headlines


def test_a_plenum_name_with_a_title_is_the_numbered_resolution_of_that_plenum() -> None:
    result = run(
        "Triển khai Nghị quyết Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn\n\n"
        "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 90-KH/TU thực hiện Nghị quyết số 19-NQ/TW của Hội nghị Trung "
        "ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, và Nghị quyết số 21-NQ/TW của Hội nghị "
        "Trung ương 5 khóa XIII về tổ chức cơ sở đảng."
    )
    assert [d.symbol for d in result.documents if d.type == "resolution"] == ["19-NQ/TW", "21-NQ/TW"]


def test_company_resolutions_and_state_style_party_symbols() -> None:
    assert (
        run("Đại hội đồng cổ đông thông qua Nghị quyết số 05/2024/NQ-ĐHĐCĐ về chia cổ tức.").documents == ()
    )
    guide = run("Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 145/HD-BTGTW về tuyên truyền.").documents[0]
    assert (guide.symbol, guide.level) == ("145-HD/BTGTW", "central")


def test_a_number_in_running_text_is_no_header() -> None:
    result = run(
        "Tỉnh ủy có 47-KH/TU.\nĐắk Lắk, ngày 25 tháng 7 năm 2025\nKẾ HOẠCH\nthực hiện Kết luận số 150-KL/TW"
    )
    assert doc_named(result, "47-KH/TU").date is None
    assert edges(result) == set()


def test_a_numbered_document_in_brackets_after_its_plenum_name_is_the_same_document() -> None:
    result = run(
        "Quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII (Nghị quyết số 04-NQ/TW) "
        "về xây dựng Đảng. Nghị quyết số 04-NQ/TW yêu cầu nhiều giải pháp."
    )
    (doc,) = result.documents
    assert (doc.symbol, len(doc.mentions)) == ("04-NQ/TW", 3)


def test_documents_of_other_countries_parties_are_not_extracted() -> None:
    result = run(
        "Hai bên trao đổi về Nghị quyết Đại hội XI Đảng Nhân dân Cách mạng Lào và Nghị quyết Hội nghị Trung ương 3 "
        "khóa XX của Đảng Cộng sản Trung Quốc; Tỉnh ủy quán triệt Nghị quyết Đại hội XIII của Đảng Cộng sản Việt Nam."
    )
    assert [d.mentions[0].surface for d in result.documents] == ["Nghị quyết Đại hội XIII của Đảng"]


def test_one_symbol_issued_in_two_provinces_is_two_documents() -> None:
    result = run(
        "Tỉnh ủy Đồng Tháp ban hành Nghị quyết số 03-NQ/TU về nông nghiệp. Tỉnh ủy An Giang cũng ban hành Nghị "
        "quyết số 03-NQ/TU về kinh tế biển. Nghị quyết số 03-NQ/TU của Tỉnh ủy Đồng Tháp có 5 mục tiêu."
    )
    assert sorted((d.issuer_province, len(d.mentions)) for d in result.documents) == [
        ("An Giang", 1),
        ("Đồng Tháp", 2),
    ]


def test_a_named_group_of_a_body_lists_its_documents() -> None:
    result = run(
        "Thực hiện “bộ tứ nghị quyết” của Bộ Chính trị gồm các Nghị quyết số 57, 59, 66 và 68, Ban Thường vụ "
        "Tỉnh ủy đã ban hành 4 kế hoạch triển khai."
    )
    listed = {"Nghị quyết số 57", "59", "66", "68"}
    assert edges(result) == {("4 kế hoạch", n) for n in listed}
    assert {doc_named(result, n).issuer for n in listed} == {("Bộ Chính trị",)}


def test_counts_up_to_three_digits_each_make_a_set() -> None:
    result = run("Ban Thường vụ Tỉnh ủy ban hành 45 kết luận, 136 kế hoạch, 27 chỉ thị.")
    assert {d.mentions[0].surface for d in result.documents} == {"45 kết luận", "136 kế hoạch", "27 chỉ thị"}
    assert all(d.is_set and d.issuer == ("Ban Thường vụ Tỉnh ủy",) for d in result.documents)


def test_counted_sets_after_ban_hanh_implement_together() -> None:
    result = run(
        "Tỉnh ủy đã ban hành 6 đề án, 12 nghị quyết chuyên đề để cụ thể hóa Nghị quyết Đại hội Đảng bộ "
        "tỉnh lần thứ XVII."
    )
    target = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII"
    assert edges(result) == {("6 đề án", target), ("12 nghị quyết chuyên đề", target)}
    assert doc_named(result, "6 đề án").is_set


def test_unnamed_issuer_does_not_stop_an_alias() -> None:
    result = run(
        "Chương trình hành động số 12-CTr/TU thực hiện Nghị quyết số 21-NQ/TW. Chương trình hành động "
        "của Tỉnh ủy xác định 6 nhiệm vụ."
    )
    assert len(result.documents) == 2


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 3-KH/HU về việc tổ chức thực hiện Chỉ thị số 41-CT/TW; Kế hoạch số "
            "4-KH/HU về việc thực hiện Kết luận số 66-KL/TW.",
            ("Huyện ủy",),
            id="after-the-object-of-the-previous-subject",
        ),
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 3-KH/HU về thực hiện Nghị quyết số 2-NQ/TU, Kế hoạch số 4-KH/HU.",
            (),
            id="a-comma-continues-the-objects",
        ),
    ],
)
def test_next_item_after_a_subjects_object_shares_the_issuer(text: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), "Kế hoạch số 4-KH/HU").issuer == issuer


def test_items_of_a_list_introduced_after_ban_hanh_share_the_issuer() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản như: Chỉ thị số 22-CT/TU ngày 16/8/2023 về "
        "phòng, chống tham nhũng; Kế hoạch số 140-KH/TU thực hiện Kết luận số 12-KL/TW; Quy định số "
        "09-QĐ/TU về nêu gương."
    )
    for item in ("Chỉ thị số 22-CT/TU", "Kế hoạch số 140-KH/TU", "Quy định số 09-QĐ/TU"):
        assert doc_named(result, item).issuer == ("Ban Thường vụ Tỉnh ủy",)
    assert doc_named(result, "Kết luận số 12-KL/TW").issuer == ()  # an object inside an item, not an item
    assert edges(result) == {("Kế hoạch số 140-KH/TU", "Kết luận số 12-KL/TW")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Quy định số 01-QĐ/UBKTTW và Hướng dẫn số 02-HD/UBKTTW của Ủy ban Kiểm tra Trung ương.",
            {"Quy định số 01-QĐ/UBKTTW": ("Ủy ban Kiểm tra Trung ương",)},
            id="same-specific-organ",
        ),
        pytest.param(
            "Ban Thường vụ Thị ủy ban hành Kế hoạch số 35-KH/ThU về sơ kết Nghị quyết số 19-NQ/TW và Kế hoạch số "
            "36-KH/ThU về công tác cán bộ.",
            {"Kế hoạch số 36-KH/ThU": ("Ban Thường vụ Thị ủy",)},
            id="own-organ-after-a-higher-document-in-the-title",
        ),
        pytest.param(
            "Ban Thường vụ Thị ủy ban hành Kế hoạch số 35-KH/ThU thực hiện Chương trình số 12-CTr/ThU. Kế hoạch số "
            "37-KH/ThU về quán triệt Nghị quyết số 19-NQ/TW và Chương trình số 12-CTr/ThU trong toàn Đảng bộ.",
            {"Chương trình số 12-CTr/ThU": ()},
            id="named-before-is-not-issued-again",
        ),
        pytest.param(
            "Đảng ủy phường ban hành Chương trình hành động số 01-CTr/ĐU thực hiện Nghị quyết số 57-NQ/TW và Nghị "
            "quyết số 66-NQ/TW; Kế hoạch số 05-KH/ĐU tổ chức hội nghị học tập.",
            {"Kế hoạch số 05-KH/ĐU": ("Đảng ủy phường",)},
            id="next-item-after-a-list-of-objects",
        ),
        pytest.param(
            "Thị ủy ban hành Kế hoạch số 09-KH/ThU về “Học tập và làm theo Bác” và Kế hoạch số 10-KH/ThU thực hiện "
            "Chỉ thị số 05-CT/TW.",
            {"Kế hoạch số 10-KH/ThU": ("Thị ủy",)},
            id="after-a-quoted-title",
        ),
        pytest.param(
            "Nghị quyết số 43-NQ/TW, Nghị quyết số 44-NQ/TW và Nghị quyết số 45-NQ/TW của Ban Chấp hành "
            "Trung ương.",
            {"Nghị quyết số 43-NQ/TW": ("Ban Chấp hành Trung ương",)},
            id="same-type-same-organ",
        ),
        pytest.param(
            "Thực hiện Kết luận số 21-KL/TW và Kế hoạch số 03-KH/TW của Bộ Chính trị.",
            {"Kết luận số 21-KL/TW": ()},
            id="broad-organ-other-type-not-shared",
        ),
        pytest.param(
            "Kế hoạch số 12-KH/TU và Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
            {"Kế hoạch số 12-KH/TU": ()},
            id="other-organ-not-shared",
        ),
        pytest.param(
            "Kết luận số 12-KL/TW ngày 6/8/2021 và Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị.",
            {"Kết luận số 12-KL/TW": ("Bộ Chính trị",)},
            id="first-item-with-its-own-date",
        ),
        pytest.param(
            "Nghị quyết 57 và Nghị quyết 66 của Bộ Chính trị.",
            {"Nghị quyết 57": ("Bộ Chính trị",)},
            id="same-type-without-symbols",
        ),
        pytest.param(
            "Thực hiện Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy, Tỉnh ủy ban hành Kế "
            "hoạch số 19-KH/TU.",
            {"Kết luận số 127-KL/TW": ("Bộ Chính trị", "Ban Bí thư"), "Kế hoạch số 19-KH/TU": ("Tỉnh ủy",)},
            id="central-bodies-joined-by-a-comma",
        ),
        pytest.param(
            "Thực hiện Kết luận số 21-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 20-KH/TU.",
            {"Kết luận số 21-KL/TW": ("Bộ Chính trị",), "Kế hoạch số 20-KH/TU": ("Ban Thường vụ Tỉnh ủy",)},
            id="body-after-a-comma-opens-the-next-clause",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 15-KH/TU thực hiện Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân "
            "của Bộ Chính trị.",
            {"Nghị quyết số 68-NQ/TW": ("Bộ Chính trị",)},
            id="central-body-after-the-subject",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Quy định số 68-QĐ/TU về chức năng, nhiệm vụ của Ủy ban Kiểm tra Tỉnh ủy.",
            {"Quy định số 68-QĐ/TU": ("Ban Thường vụ Tỉnh ủy",)},
            id="local-body-after-the-subject-is-part-of-it",
        ),
        pytest.param(
            "Năm 2024, Tỉnh ủy ban hành 3 kế hoạch; trong đó có Kế hoạch số 88-KH/TU về chuyển đổi số.",
            {"Kế hoạch số 88-KH/TU": ("Tỉnh ủy",)},
            id="item-named-out-of-a-counted-set",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 20-KH/TU thực hiện Nghị quyết số 57-NQ/TW; Kế hoạch số 30-KH/TU thực "
            "hiện Kết luận số 21-KL/TW.",
            {"Kế hoạch số 30-KH/TU": ("Tỉnh ủy",), "Kết luận số 21-KL/TW": ()},
            id="next-item-after-the-object-of-an-issued-item",
        ),
        pytest.param(
            "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch số "
            "120-KH/TWĐTN.",
            {"Chỉ thị số 35-CT/TW": ("Bộ Chính trị",)},
            id="youth-union-secretariat-is-not-the-party-secretariat",
        ),
        pytest.param(
            "Thực hiện Kết luận số 14-KL/TW và Quy định số 144-QĐ/TW của Bộ Chính trị.",
            {"Kết luận số 14-KL/TW": ("Bộ Chính trị",)},
            id="other-central-type-shared",
        ),
        pytest.param(
            "Thực hiện Chỉ thị 05 năm 2016 và Kết luận 01 năm 2021 của Bộ Chính trị.",
            {"Chỉ thị 05": ("Bộ Chính trị",)},
            id="other-central-type-with-years-shared",
        ),
        pytest.param(
            "Kế hoạch 12 và Nghị quyết 57 của Bộ Chính trị.",
            {"Kế hoạch 12": ()},
            id="other-type-without-symbols-not-shared",
        ),
        pytest.param(
            "Các cấp ủy thực hiện Nghị quyết Trung ương 4, Nghị quyết số 02 của Tỉnh ủy.",
            {"Nghị quyết Trung ương 4": ("Ban Chấp hành Trung ương",)},
            id="named-by-plenum-keeps-its-issuer",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về kinh tế biển; Kế hoạch số 12-KH/TU về chuyển đổi số và "
            "Đề án số 03-ĐA/TU về nhân lực.",
            {"Kế hoạch số 12-KH/TU": ("Tỉnh ủy",), "Đề án số 03-ĐA/TU": ("Tỉnh ủy",)},
            id="issued-items-with-subjects",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về chuyển đổi số; Nghị quyết số 57-NQ/TW về khoa học.",
            {"Nghị quyết số 57-NQ/TW": ()},
            id="central-item-not-issued-by-the-province",
        ),
    ],
)
def test_issuer_shared_by_coordinated_mentions(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    result = run(text)
    for surface, issuer in expected.items():
        assert doc_named(result, surface).issuer == issuer


def test_a_city_committee_with_a_district_organ_code_is_district() -> None:
    doc = doc_named(
        run("Thành ủy Hội An đã ban hành Chỉ thị số 07-CT/ThU về di sản."), "Chỉ thị số 07-CT/ThU"
    )
    assert (doc.issuer, doc.issuer_province, doc.level) == (("Thành ủy",), "Hội An", "district")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hội nghị quán triệt Nghị quyết số 57-NQ/TW của Tỉnh ủy Phú Thọ diễn ra sáng nay.", id="province"
        ),
        pytest.param(
            "Đoàn kiểm tra việc thực hiện Quy định số 114-QĐ/TW của Ban Thường vụ Huyện ủy.", id="district"
        ),
    ],
)
def test_a_local_body_after_a_central_document_is_not_its_issuer(text: str) -> None:
    (doc,) = run(text).documents
    assert (doc.issuer, doc.level) == ((), "central")


def test_subject_stops_before_the_conjunction_that_joins_the_next_mention() -> None:
    result = run("Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về chuyển đổi số và Đề án số 03-ĐA/TU về nhân lực.")
    assert doc_named(result, "Kế hoạch số 12-KH/TU").subject == "chuyển đổi số"


def test_items_after_a_plural_of_a_body_share_its_issuer() -> None:
    result = run(
        "Các chương trình hành động của Ban Chấp hành Đảng bộ tỉnh gồm: Chương trình hành động số 14-CTr/TU "
        "thực hiện Nghị quyết số 21-NQ/TW; Chương trình hành động số 15-CTr/TU thực hiện Kết luận số 34-KL/TW."
    )
    for item in ("Chương trình hành động số 14-CTr/TU", "Chương trình hành động số 15-CTr/TU"):
        assert doc_named(result, item).issuer == ("Ban Chấp hành Đảng bộ tỉnh",)
    assert doc_named(result, "Nghị quyết số 21-NQ/TW").issuer == ()  # the object of an item is not an item
    assert len(result.documents) == 4  # the plural introduction is not a document


def test_a_plural_without_a_colon_introduces_no_list() -> None:
    result = run(
        "Các kế hoạch của Tỉnh ủy đều bám sát thực tiễn. Kế hoạch số 8-KH/TU thực hiện Kết luận số 14-KL/TW."
    )
    assert doc_named(result, "Kế hoạch số 8-KH/TU").issuer == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nhằm triển khai thực hiện hiệu quả Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành "
            "Kế hoạch số 30-KH/TU.",
            ("Kế hoạch số 30-KH/TU", "Nghị quyết số 57-NQ/TW"),
            id="manner",
        ),
        pytest.param(
            "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 123-CV/TU, Huyện ủy ban hành "
            "Kế hoạch số 5-KH/HU.",
            ("Kế hoạch số 5-KH/HU", "Công văn số 123-CV/TU"),
            id="instruction-in",
        ),
        pytest.param(
            "Kế hoạch số 10-KH/TU tuyên truyền Nghị quyết số 21-NQ/TW trong cán bộ, đảng viên.",
            ("Kế hoạch số 10-KH/TU", "Nghị quyết số 21-NQ/TW"),
            id="plan-to-propagate",
        ),
        pytest.param(
            "Kế hoạch số 12-KH/TU về học tập, tuyên truyền, phổ biến Nghị quyết số 21-NQ/TW.",
            ("Kế hoạch số 12-KH/TU", "Nghị quyết số 21-NQ/TW"),
            id="plan-to-study-and-disseminate",
        ),
        pytest.param(
            "Kế hoạch số 45-KH/BCĐ của Ban Chỉ đạo 35 tỉnh triển khai thực hiện Nghị quyết số 35-NQ/TW.",
            ("Kế hoạch số 45-KH/BCĐ", "Nghị quyết số 35-NQ/TW"),
            id="issuer-the-grammar-does-not-know",
        ),
        pytest.param(
            "Quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị, Đảng ủy xã đã xây dựng Kế hoạch số 20-KH/ĐU.",
            ("Kế hoạch số 20-KH/ĐU", "Quy định số 144-QĐ/TW"),
            id="frame-xay-dung",
        ),
        pytest.param(
            "Kế hoạch số 12-KH/TU của Tỉnh ủy về việc học tập, quán triệt, tuyên truyền và triển khai "
            "thực hiện Nghị quyết số 35-NQ/TW.",
            ("Kế hoạch số 12-KH/TU", "Nghị quyết số 35-NQ/TW"),
            id="long-cue-run",
        ),
    ],
)
def test_more_implements_shapes(text: str, expected: tuple[str, str]) -> None:
    assert edges(run(text)) == {expected}


def test_purpose_beats_a_review_word_far_before_the_cue() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 2-KH/TU về tăng cường công tác kiểm tra của cấp ủy "
        "để thực hiện Kết luận số 21-KL/TW."
    )
    assert edges(result) == {("Kế hoạch số 2-KH/TU", "Kết luận số 21-KL/TW")}


def test_a_second_date_in_a_frame_dates_the_issued_document() -> None:
    result = run(
        "Thực hiện Nghị quyết số 2-NQ/TU ngày 5/1/2022 của Tỉnh ủy, ngày 09/02/2023, Tỉnh ủy đã ban hành "
        "Kế hoạch số 11-KH/TU về sinh hoạt chi bộ."
    )
    assert doc_named(result, "Nghị quyết số 2-NQ/TU").date == "2022-01-05"
    assert doc_named(result, "Kế hoạch số 11-KH/TU").date == "2023-02-09"


@pytest.mark.parametrize(
    ("text", "surface", "number", "symbol", "level"),
    [
        pytest.param(
            "Kế hoạch thực hiện NQ/ 26 TW được ban hành.",
            "NQ/ 26 TW",
            "26",
            None,
            "central",
            id="garbled-type-first",
        ),
        pytest.param(
            "thực hiện Nghị quyết số 21 NQ/TW của Trung ương",
            "Nghị quyết số 21 NQ/TW",
            "21",
            "21-NQ/TW",
            "central",
            id="lost-dash",
        ),
    ],
)
def test_symbols_damaged_by_the_page(
    text: str, surface: str, number: str, symbol: str | None, level: str
) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.number, doc.symbol, doc.level) == (number, symbol, level)


@pytest.mark.parametrize(
    ("text", "surface", "type_", "issuer", "target"),
    [
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 87-KL/TW của Bộ Chính trị.",
            "Kế hoạch",
            "plan",
            ("Ban Thường vụ Tỉnh ủy",),
            "Kết luận số 87-KL/TW",
            id="plan-issued-by-a-body",
        ),
        pytest.param(
            "Huyện ủy Mường Tè đã ban hành Chương trình hành động triển khai Nghị quyết số 29-NQ/TW.",
            "Chương trình hành động",
            "action_programme",
            ("Huyện ủy",),
            "Nghị quyết số 29-NQ/TW",
            id="programme-after-da-ban-hanh",
        ),
        pytest.param(
            "THỊ ỦY BAN HÀNH KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 35-CT/TW",
            "KẾ HOẠCH",
            "plan",
            ("Thị ủy",),
            "CHỈ THỊ SỐ 35-CT/TW",
            id="headline-in-capitals",
        ),
        pytest.param(
            "Đảng ủy xã ban hành Nghị quyết về phát triển kinh tế nông nghiệp.",
            "Nghị quyết",
            "resolution",
            ("Đảng ủy xã",),
            None,
            id="resolution-with-a-subject",
        ),
        pytest.param(
            "Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XIV đã thông qua Nghị quyết về nhiệm vụ năm 2026.",
            "Nghị quyết",
            "resolution",
            ("Ban Chấp hành Đảng bộ tỉnh",),
            None,
            id="a-plenary-adopts-a-resolution",
        ),
        pytest.param(
            "Chi bộ thôn Đông Hòa ban hành Nghị quyết chuyên đề về xây dựng thôn nông thôn mới kiểu mẫu.",
            "Nghị quyết chuyên đề",
            "resolution",
            ("Chi bộ thôn",),
            None,
            id="a-village-cell-issues-a-thematic-resolution",
        ),
    ],
)
def test_unnumbered_document_issued_by_a_named_body(
    text: str, surface: str, type_: str, issuer: tuple[str, ...], target: str | None
) -> None:
    result = run(text)
    doc = doc_named(result, surface)
    assert (doc.type, doc.number, doc.issuer) == (type_, None, issuer)
    assert edges(result) == ({(surface, target)} if target else set())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("100% cấp ủy ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW.", id="lower-case-noun"),
        pytest.param(
            "Các huyện ủy đã ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW.", id="plural-bodies"
        ),
        pytest.param("Sau khi Tỉnh ủy ban hành Kế hoạch, các huyện đã triển khai.", id="no-title"),
        pytest.param(
            "Đến nay, Ban Thường vụ Huyện ủy chưa ban hành Kế hoạch thực hiện Kết luận số 87-KL/TW.",
            id="not-yet",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy sẽ ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW.", id="future"
        ),
        pytest.param(
            "Đoàn công tác đề nghị Tỉnh ủy sớm ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW.",
            id="request",
        ),
    ],
)
def test_unnumbered_document_needs_a_named_body_and_a_title(text: str) -> None:
    assert [d.type for d in run(text).documents if d.number is None] == []


def test_an_unnumbered_issued_document_does_not_join_an_unrelated_numbered_one() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy yêu cầu thực hiện nghiêm Kế hoạch số 90-KH/TU. Cùng ngày, Tỉnh ủy ban hành Kế hoạch "
        "thực hiện Kết luận số 121-KL/TW."
    )
    assert doc_named(result, "Kế hoạch số 90-KH/TU").issuer == ()
    assert edges(result) == {("Kế hoạch", "Kết luận số 121-KL/TW")}


# --- bodies outside the civil hierarchy, lists introduced by a colon, "bằng" / "thông qua" ------------------------
BODIES = [
    pytest.param(
        "Đảng ủy Báo Lao Động ban hành Kế hoạch số 12-KH/ĐU thực hiện Chỉ thị số 05-CT/TW.",
        "Kế hoạch số 12-KH/ĐU",
        ("Đảng ủy Báo Lao Động",),
        "grassroots",
        id="a-newspapers-committee",
    ),
    pytest.param(
        "Đảng ủy Đài Phát thanh và Truyền hình Bến Tre ban hành Kế hoạch số 12-KH/ĐU về tuyên truyền.",
        "Kế hoạch số 12-KH/ĐU",
        ("Đảng ủy Đài Phát thanh và Truyền hình Bến Tre",),
        "grassroots",
        id="a-broadcasters-committee",
    ),
    pytest.param(
        "Đảng ủy Tập đoàn Điện lực Việt Nam ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số.",
        "Kế hoạch số 12-KH/ĐU",
        ("Đảng ủy Tập đoàn Điện lực Việt Nam",),
        "district",
        id="a-groups-committee-is-above-grassroots",
    ),
    pytest.param(
        "Riêng Đảng ủy Đồn Biên phòng Bờ Y ban hành Nghị quyết số 12-NQ/ĐU về xây dựng chi bộ.",
        "Nghị quyết số 12-NQ/ĐU",
        ("Đảng ủy Đồn Biên phòng",),
        "grassroots",
        id="a-border-posts-committee",
    ),
    pytest.param(
        "Đảng ủy Cảnh sát biển Vùng 4 ban hành Kế hoạch số 45-KH/ĐU về bảo vệ chủ quyền biển, đảo.",
        "Kế hoạch số 45-KH/ĐU",
        ("Đảng ủy Cảnh sát biển Vùng 4",),
        "district",
        id="a-coast-guard-regions-committee",
    ),
    pytest.param(
        "Đảng ủy Sở Giáo dục và Đào tạo ban hành Kế hoạch số 42-KH/ĐU thực hiện Nghị quyết số 29-NQ/TW.",
        "Kế hoạch số 42-KH/ĐU",
        ("Đảng ủy Sở Giáo dục và Đào tạo",),
        "grassroots",
        id="a-departments-committee-whose-name-holds-va",
    ),
    pytest.param(
        "Kế hoạch số 7-KH/ĐU của Ban Thường vụ Đảng ủy Sở Y tế tỉnh Nghệ An về chuyển đổi số.",
        "Kế hoạch số 7-KH/ĐU",
        ("Ban Thường vụ Đảng ủy Sở Y tế tỉnh Nghệ An",),
        "grassroots",
        id="a-departments-standing-board-after-cua",
    ),
    pytest.param(
        "Đảng ủy Mặt trận Tổ quốc Việt Nam và các đoàn thể Trung ương ban hành Kế hoạch số 15-KH/ĐU.",
        "Kế hoạch số 15-KH/ĐU",
        ("Đảng ủy Mặt trận Tổ quốc Việt Nam và các đoàn thể Trung ương",),
        "provincial",
        id="the-front-and-the-unions-under-the-centre-are-not-the-central-committee",
    ),
    pytest.param(
        "Kế hoạch số 21-KH/ĐU của Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh.",
        "Kế hoạch số 21-KH/ĐU",
        ("Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh",),
        "district",
        id="the-front-and-the-unions-of-a-province",
    ),
    pytest.param(
        "Đảng ủy Sư đoàn 330 đã ban hành Nghị quyết số 21-NQ/ĐU về huấn luyện.",
        "Nghị quyết số 21-NQ/ĐU",
        ("Đảng ủy Sư đoàn 330",),
        "district",
        id="army-division-by-its-number",
    ),
    pytest.param(
        "Ngày 8/5/2024, Ban Thường vụ Đảng ủy Quân khu 5 ban hành Kế hoạch số 310-KH/ĐU.",
        "Kế hoạch số 310-KH/ĐU",
        ("Ban Thường vụ Đảng ủy Quân khu 5",),
        "provincial",
        id="standing-board-of-a-military-region",
    ),
    pytest.param(
        "Đảng ủy Tiểu đoàn 14 ban hành Nghị quyết số 03-NQ/ĐU.",
        "Nghị quyết số 03-NQ/ĐU",
        ("Đảng ủy Tiểu đoàn 14",),
        "grassroots",
        id="army-battalion",
    ),
    pytest.param(
        "Đảng ủy Bộ Chỉ huy Quân sự tỉnh ban hành Kế hoạch số 77-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW.",
        "Kế hoạch số 77-KH/ĐU",
        ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh",),
        "district",
        id="provincial-military-command",
    ),
    pytest.param(
        "Nghị quyết số 1800-NQ/QUTW ngày 3/1/2024 của Quân ủy Trung ương về công tác hậu cần.",
        "Nghị quyết số 1800-NQ/QUTW",
        ("Quân ủy Trung ương",),
        "central",
        id="central-military-commission-with-its-central-code",
    ),
    pytest.param(
        "Chi bộ Đồn Biên phòng Cửa khẩu Nam Giang ban hành Nghị quyết số 02-NQ/CB.",
        "Nghị quyết số 02-NQ/CB",
        ("Chi bộ Đồn Biên phòng Cửa khẩu",),
        "grassroots",
        id="border-post-cell",
    ),
    pytest.param(
        "Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh ban hành Kế hoạch số 31-KH/ĐĐ.",
        "Kế hoạch số 31-KH/ĐĐ",
        ("Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh",),
        "provincial",
        id="front-party-delegation-spelled-out",
    ),
    pytest.param(
        "Thông báo số 19-TB/BCĐ của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng.",
        "Thông báo số 19-TB/BCĐ",
        (
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
        ),  # (named as where it issues: its topic is its name)
        "central",
        id="central-steering-committee",
    ),
]


@pytest.mark.parametrize(("text", "surface", "issuer", "level"), BODIES)
def test_bodies_outside_the_civil_hierarchy(
    text: str, surface: str, issuer: tuple[str, ...], level: str
) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.issuer, doc.level) == (issuer, level)


LIST_ISSUERS = [
    pytest.param(
        "Huyện ủy đã ban hành một số văn bản quan trọng, trong đó có:\n- Kế hoạch số 40-KH/HU triển khai Kết luận "
        "số 123-KL/TW;\n- Chương trình số 41-CTr/HU về chuyển đổi số.",
        ("Kế hoạch số 40-KH/HU", "Chương trình số 41-CTr/HU"),
        ("Huyện ủy",),
        id="dashed-lines",
    ),
    pytest.param(
        "Năm qua, Ban Thường vụ Thành ủy xây dựng các văn bản sau:\n1. Kế hoạch số 88-KH/TU về cải cách hành "
        "chính.\n2. Đề án số 05-ĐA/TU về đô thị thông minh.",
        ("Kế hoạch số 88-KH/TU", "Đề án số 05-ĐA/TU"),
        ("Ban Thường vụ Thành ủy",),
        id="numbered-lines-ending-in-full-stops",
    ),
]


@pytest.mark.parametrize(("text", "surfaces", "issuer"), LIST_ISSUERS)
def test_an_issuer_before_a_colon_reaches_every_line_of_the_list(
    text: str, surfaces: tuple[str, ...], issuer: tuple[str, ...]
) -> None:
    result = run(text)
    assert [doc_named(result, s).issuer for s in surfaces] == [issuer] * len(surfaces)


def test_a_list_after_a_finished_sentence_does_not_take_its_issuer() -> None:
    result = run(
        "Huyện ủy đã ban hành các văn bản sau:\n- Kế hoạch số 40-KH/HU về chuyển đổi số.\n\nNghị quyết số 57-NQ/TW "
        "đã đi vào cuộc sống."
    )
    assert doc_named(result, "Nghị quyết số 57-NQ/TW").issuer == ()


MEANS = [
    pytest.param(
        "Thị ủy triển khai Kết luận số 137-KL/TW bằng Kế hoạch số 09-KH/ThU.",
        {("Kế hoạch số 09-KH/ThU", "Kết luận số 137-KL/TW")},
        ("Kế hoạch số 09-KH/ThU", ("Thị ủy",)),
        id="active-trien-khai-bang",
    ),
    pytest.param(
        "Kết luận số 137-KL/TW được Đảng ủy Khối triển khai thực hiện thông qua Kế hoạch số 15-KH/ĐUK.",
        {("Kế hoạch số 15-KH/ĐUK", "Kết luận số 137-KL/TW")},
        ("Kế hoạch số 15-KH/ĐUK", ("Đảng ủy Khối",)),
        id="passive-thong-qua",
    ),
    pytest.param(
        "Quy định số 296-QĐ/TW được Huyện ủy quán triệt bằng Kế hoạch số 51-KH/HU và Hướng dẫn số 02-HD/HU.",
        {
            ("Kế hoạch số 51-KH/HU", "Quy định số 296-QĐ/TW"),
            ("Hướng dẫn số 02-HD/HU", "Quy định số 296-QĐ/TW"),
        },
        ("Hướng dẫn số 02-HD/HU", ("Huyện ủy",)),
        id="passive-list-of-means",
    ),
]


@pytest.mark.parametrize(("text", "expected", "issued"), MEANS)
def test_carried_out_by_means_of(
    text: str, expected: set[tuple[str, str]], issued: tuple[str, tuple[str, ...]]
) -> None:
    result = run(text)
    assert edges(result) == expected
    assert doc_named(result, issued[0]).issuer == issued[1]


ANAPHORS_AND_CLAUSES = [
    pytest.param(
        "Ban Bí thư ban hành các Chỉ thị số 35-CT/TW, 36-CT/TW. Để triển khai các chỉ thị trên, Huyện ủy ban hành "
        "Kế hoạch số 70-KH/HU.",
        {("Kế hoạch số 70-KH/HU", "Chỉ thị số 35-CT/TW"), ("Kế hoạch số 70-KH/HU", "36-CT/TW")},
        id="uncounted-plural-anaphor-takes-the-list",
    ),
    pytest.param(
        "Ngày 2/3/2023, Bộ Chính trị ban hành Kết luận số 50-KL/TW. Để thực hiện có hiệu quả Kết luận, Tỉnh ủy ban "
        "hành Kế hoạch số 101-KH/TU.",
        {("Kế hoạch số 101-KH/TU", "Kết luận số 50-KL/TW")},
        id="manner-adverb-before-a-bare-head",
    ),
    pytest.param(
        "Chương trình số 14-CTr/TU thực hiện Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW đã được triển khai "
        "đến các chi bộ.",
        {
            ("Chương trình số 14-CTr/TU", "Nghị quyết số 66-NQ/TW"),
            ("Chương trình số 14-CTr/TU", "Nghị quyết số 68-NQ/TW"),
        },
        id="second-object-before-a-passive-predicate",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 59-NQ/TW, Tỉnh ủy ban hành Chương trình số 30-CTr/TU; Ban Thường vụ Tỉnh ủy ban "
        "hành Kế hoạch số 31-KH/TU thực hiện Chỉ thị số 39-CT/TW.",
        {
            ("Chương trình số 30-CTr/TU", "Nghị quyết số 59-NQ/TW"),
            ("Kế hoạch số 31-KH/TU", "Chỉ thị số 39-CT/TW"),
        },
        id="frame-stops-at-an-item-with-its-own-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS_AND_CLAUSES)
def test_anaphors_and_clause_scope(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_dong_thoi_takes_the_body_and_date_of_the_sentence() -> None:
    result = run(
        "Ngày 9/9/2024, Ban Thường vụ Huyện ủy sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW; đồng thời ban hành Kế "
        "hoạch số 118-KH/HU thực hiện Kết luận số 01-KL/TW."
    )
    plan = doc_named(result, "Kế hoạch số 118-KH/HU")
    assert (plan.issuer, plan.date) == (("Ban Thường vụ Huyện ủy",), "2024-09-09")
    assert edges(result) == {("Kế hoạch số 118-KH/HU", "Kết luận số 01-KL/TW")}


ISSUED_BY_MORE = [
    pytest.param(
        "Dịp này, HU Triệu Sơn ban hành KH số 245-KH/HU thực hiện NQ 57-NQ/TW.",
        "KH số 245-KH/HU",
        ("Huyện ủy",),
        id="a-committee-by-its-code",
    ),
    pytest.param(
        "Thực hiện Quy định số 213-QĐ/TW, ĐU phường Cam Phú ban hành HD số 04-HD/ĐU.",
        "HD số 04-HD/ĐU",
        ("Đảng ủy phường",),
        id="a-communes-committee-by-its-code",
    ),
    pytest.param(
        "Huyện ủy ban hành Chương trình số 12-CTr/HU thực hiện Nghị quyết Trung ương 6 khóa XII và Kế hoạch số "
        "35-KH/HU học tập, quán triệt các nghị quyết Trung ương 7 khóa XII.",
        "Kế hoạch số 35-KH/HU",
        ("Huyện ủy",),
        id="the-next-item-that-studies-a-document-takes-the-lists-issuer",
    ),
    pytest.param(
        "BTG Tỉnh ủy Sóc Trăng đã ban hành Hướng dẫn số 58-HD/BTGTU về sinh hoạt chính trị.",
        "Hướng dẫn số 58-HD/BTGTU",
        ("Ban Tuyên giáo Tỉnh ủy",),
        id="a-commission-by-its-initials",
    ),
    pytest.param(
        "Kế hoạch số 18-KH/ĐU của Đảng ủy Báo Đồng Khởi về học tập Kết luận số 21-KL/TW.",
        "Kế hoạch số 18-KH/ĐU",
        ("Đảng ủy Báo Đồng Khởi",),
        id="a-newspaper-whose-name-opens-with-dong",
    ),
    pytest.param(
        "Một số văn bản Quận ủy Quận 3 đã ban hành năm 2020:\n(1) Nghị quyết số 12-NQ/QU về kinh tế đêm;\n(2) Kế "
        "hoạch số 56-KH/QU về học tập.",
        "Kế hoạch số 56-KH/QU",
        ("Quận ủy",),
        id="items-numbered-in-brackets-under-an-intro",
    ),
    pytest.param(
        "Thành ủy Huế (nay là Đảng bộ quận Thuận Hóa) trước đây đã ban hành Kế hoạch số 87-KH/ThU về du lịch.",
        "Kế hoạch số 87-KH/ThU",
        ("Thành ủy",),
        id="a-body-with-an-aside-had-earlier-issued",
    ),
    pytest.param(
        "Đảng ủy phường Lê Thanh Nghị ban hành Kế hoạch số 04-KH/ĐU về chuyển đổi số.",
        "Kế hoạch số 04-KH/ĐU",
        ("Đảng ủy phường",),
        id="a-ward-named-after-a-person-called-nghi",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy báo cáo đã ban hành Kế hoạch số 48-KH/TU thực hiện Nghị quyết số 24-NQ/TW.",
        "Kế hoạch số 48-KH/TU",
        ("Ban Thường vụ Tỉnh ủy",),
        id="a-body-reports-it-issued",
    ),
    pytest.param(
        "Ban Tư tưởng - Văn hóa Trung ương ban hành Hướng dẫn số 42-HD/TTVH về tuyên truyền kỷ niệm.",
        "Hướng dẫn số 42-HD/TTVH",
        ("Ban Tư tưởng - Văn hóa Trung ương",),
        id="a-commission-of-earlier-terms",
    ),
    pytest.param(
        "Thực hiện hướng dẫn, Ban Khoa giáo Tỉnh ủy ban hành Kế hoạch số 09-KH/KGTU về chăm sóc sức khỏe.",
        "Kế hoạch số 09-KH/KGTU",
        ("Ban Khoa giáo Tỉnh ủy",),
        id="a-provincial-commission-of-earlier-terms",
    ),
    pytest.param(
        "Tỉnh ủy Khánh Hòa từng ban hành Chương trình hành động số 46-CTr/TU thực hiện Nghị quyết số 09-NQ/TW.",
        "Chương trình hành động số 46-CTr/TU",
        ("Tỉnh ủy",),
        id="a-body-once-issued",
    ),
    pytest.param(
        "Năm 2004, Tỉnh ủy lâm thời ban hành Nghị quyết số 01-NQ/TU về ổn định tổ chức bộ máy.",
        "Nghị quyết số 01-NQ/TU",
        ("Tỉnh ủy",),
        id="a-provisional-committee",
    ),
    pytest.param(
        "Thành ủy đã quán triệt Nghị quyết số 45-NQ/TW của Bộ Chính trị về xây dựng thành phố trong thời kỳ công "
        "nghiệp hóa, hiện đại hóa, ban hành Chương trình hành động số 12-CTr/TU để thực hiện.",
        "Chương trình hành động số 12-CTr/TU",
        ("Thành ủy",),
        id="a-body-studies-a-document-then-after-a-comma-issues",
    ),
    pytest.param(
        "Về nêu gương, Tỉnh ủy đã cụ thể hóa Quy định số 101-QĐ/TW và Quy định số 55-QĐ/TW bằng Kế hoạch số "
        "36-KH/TU và Kế hoạch số 12-KH/TU.",
        "Kế hoạch số 36-KH/TU",
        ("Tỉnh ủy",),
        id="the-body-of-a-cue-over-a-list-issues-the-means",
    ),
    pytest.param(
        "Nghị quyết liên tịch số 01-NQLT/BTV-ĐUQS giữa Ban Thường vụ Huyện ủy và Đảng ủy Quân sự huyện về xây dựng "
        "lực lượng dân quân.",
        "Nghị quyết liên tịch số 01-NQLT/BTV-ĐUQS",
        ("Ban Thường vụ Huyện ủy", "Đảng ủy Quân sự huyện"),
        id="a-joint-document-between-two-bodies",
    ),
    pytest.param(
        "Nghị quyết liên tịch số 02-NQLT/ĐU-ĐBP do Đảng ủy xã Sen Thượng và Đảng ủy Đồn Biên phòng Mường Nhé cùng "
        "ban hành.",
        "Nghị quyết liên tịch số 02-NQLT/ĐU-ĐBP",
        ("Đảng ủy xã", "Đảng ủy Đồn Biên phòng"),
        id="a-joint-document-issued-by-two-bodies-together",
    ),
    pytest.param(
        "Đảng ủy Bộ Xây dựng đã tổ chức tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW và ban hành Kế hoạch số "
        "44-KH/ĐU.",
        "Kế hoạch số 44-KH/ĐU",
        ("Đảng ủy Bộ Xây dựng",),
        id="a-body-reviews-a-document-and-issues-a-plan",
    ),
    pytest.param(
        "Quy định số 300-QĐ/TW ngày 2/6/2025 do Thường trực Ban Bí thư thay mặt Bộ Chính trị ký ban hành.",
        "Quy định số 300-QĐ/TW",
        ("Bộ Chính trị",),
        id="signer-on-behalf-after-the-document",
    ),
    pytest.param(
        "Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh đã ban hành Kế hoạch liên tịch số 12-KHLT/BDV-MTTQ.",
        "Kế hoạch liên tịch số 12-KHLT/BDV-MTTQ",
        ("Ban Dân vận Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        id="joint-issuers-before-the-verb",
    ),
    pytest.param(
        "Bộ Chính trị, Ban Bí thư đã ban hành Kết luận số 99-KL/TW về công tác cán bộ.",
        "Kết luận số 99-KL/TW",
        ("Bộ Chính trị", "Ban Bí thư"),
        id="central-bodies-joined-by-a-comma",
    ),
    pytest.param(
        "Theo yêu cầu của Bộ Chính trị, Tỉnh ủy đã ban hành Kế hoạch số 9-KH/TU.",
        "Kế hoạch số 9-KH/TU",
        ("Tỉnh ủy",),
        id="a-comma-does-not-join-a-local-body",
    ),
    pytest.param(
        "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh ban hành Kế hoạch số 61-KH/HPN thực hiện Chỉ thị số 21-CT/TW.",
        "Kế hoạch số 61-KH/HPN",
        ("Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh",),
        id="mass-organisation",
    ),
    pytest.param(
        "Kế hoạch số 64-KH/TU ngày 1/7/2025 thực hiện Kết luận số 150-KL/TW của Ban Thường vụ Tỉnh ủy đã được phổ "
        "biến.",
        "Kế hoạch số 64-KH/TU",
        ("Ban Thường vụ Tỉnh ủy",),
        id="local-body-after-the-central-object-issues-the-plan",
    ),
    pytest.param(
        "Đảng ủy phường ban hành Quy chế làm việc của Ban Chấp hành nhiệm kỳ 2025 - 2030.",
        "Quy chế làm việc",
        ("Đảng ủy phường",),
        id="working-rules-without-a-number",
    ),
    pytest.param(
        "Số văn bản: 52-KH/HU; Ngày ban hành: 03/3/2023; Cơ quan ban hành: Ban Thường vụ Huyện ủy.",
        "52-KH/HU",
        ("Ban Thường vụ Huyện ủy",),
        id="record-fields-separated-by-semicolons",
    ),
]


@pytest.mark.parametrize(("text", "surface", "issuer"), ISSUED_BY_MORE)
def test_more_issuer_forms(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


def test_a_central_object_keeps_a_local_body_away_from_a_plan_of_another_level() -> None:
    result = run("Kế hoạch số 64-KH/HU thực hiện Kết luận số 150-KL/TW của Tỉnh ủy.")
    assert doc_named(result, "Kế hoạch số 64-KH/HU").issuer == ()
    assert doc_named(result, "Kết luận số 150-KL/TW").issuer == ()


def test_a_signers_aside_between_a_document_and_its_cue() -> None:
    result = run(
        "Công văn số 12-CV/BTGTU, do đồng chí Nam, Phó Trưởng Ban ký, hướng dẫn thực hiện Chỉ thị số 35-CT/TW."
    )
    assert edges(result) == {("Công văn số 12-CV/BTGTU", "Chỉ thị số 35-CT/TW")}


TABLE = (
    "THỐNG KÊ VĂN BẢN DO BAN THƯỜNG VỤ THỊ ỦY BAN HÀNH NĂM 2023\n"
    "STT | Số, ký hiệu | Ngày ban hành | Trích yếu\n"
    "1 | 210-KH/ThU | 09/01/2023 | Kế hoạch tổ chức Hội báo Xuân\n"
    "2 | 214-KH/ThU | 20/02/2023 | Kế hoạch triển khai Chỉ thị số 18-CT/TW của Ban Bí thư\n"
    "3 | 219-KH/ThU | 03/4/2023 | Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương\n"
)


def test_a_table_gives_each_row_its_date_the_titles_body_and_its_summarys_target() -> None:
    result = run(TABLE)
    first, second = doc_named(result, "210-KH/ThU"), doc_named(result, "214-KH/ThU")
    assert (first.date, second.date) == ("2023-01-09", "2023-02-20")
    assert first.issuer == second.issuer == ("Ban Thường vụ Thị ủy",)
    # the rows are one sentence: each row's summary cue has its own row's document as subject
    assert edges(result) == {("214-KH/ThU", "Chỉ thị số 18-CT/TW"), ("219-KH/ThU", "Kết luận số 21-KL/TW")}


BACK_REFERENCES = [
    pytest.param(
        "Huyện ủy tổ chức hội nghị quán triệt NQ 57-NQ/TW của Bộ Chính trị về phát triển KHCN. Dịp này, Ban Thường vụ "
        "Huyện ủy ban hành KH số 245-KH/HU thực hiện NQ.",
        {("KH số 245-KH/HU", "NQ 57-NQ/TW")},
        id="an-abbreviation-alone-after-a-cue",
    ),
    pytest.param(
        "BCH Đảng bộ huyện ban hành Nghị quyết số 08-NQ/HU về đô thị sân bay. NQ được xây dựng để cụ thể hóa Nghị "
        "quyết số 09-NQ/TW của Bộ Chính trị.",
        {("Nghị quyết số 08-NQ/HU", "Nghị quyết số 09-NQ/TW")},
        id="an-abbreviation-alone-opening-a-sentence",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 85-KH/TU về KHCN. Các ngành thực hiện kh tốt, trong đó có Nghị quyết số "
        "09-NQ/TW.",
        set(),
        id="a-lower-case-syllable-is-no-abbreviation",
    ),
    pytest.param(
        "Bộ Chính trị ban hành Quyết định số 265-QĐ/TW về chức năng của Đảng ủy Chính phủ. Thực hiện Quyết định này, "
        "Đảng ủy Chính phủ ban hành Quy chế làm việc số 01-QC/ĐUCP.",
        {("Quy chế làm việc số 01-QC/ĐUCP", "Quyết định số 265-QĐ/TW")},
        id="this-decision-after-a-cue",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Quyết định số 1250-QĐ/TU về thành lập Ban Chỉ đạo. Quyết định này có hiệu lực từ ngày ký; "
        "Ban Chỉ đạo ban hành Kế hoạch số 3-KH/BCĐ.",
        set(),
        id="this-decision-without-a-cue-is-no-object",
    ),
    pytest.param(
        "Ngày 3/3/2024, Huyện ủy ban hành Kế hoạch số 55-KH/HU về chuyển đổi số. Kế hoạch được ban hành nhằm thực "
        "hiện Nghị quyết số 52-NQ/TW của Bộ Chính trị.",
        {("Kế hoạch số 55-KH/HU", "Nghị quyết số 52-NQ/TW")},
        id="bare-head-opening-a-sentence-with-its-purpose",
    ),
    pytest.param(
        "Thành ủy ban hành Chương trình hành động số 30-CTr/TU.\nQuận ủy ban hành Kế hoạch số 12-KH/QU thực hiện "
        "Chương trình hành động của Thành ủy.",
        {("Kế hoạch số 12-KH/QU", "Chương trình hành động số 30-CTr/TU")},
        id="bare-head-after-a-cue-followed-by-cua",
    ),
    pytest.param(
        "Nghị quyết số 36-NQ/TW về biển đảo được Trung ương ban hành năm 2018.\n\nTheo báo cáo, Tỉnh ủy đã ban "
        "hành Kế hoạch số 70-KH/TU để thực hiện Nghị quyết.",
        {("Kế hoạch số 70-KH/TU", "Nghị quyết số 36-NQ/TW")},
        id="bare-head-reaches-back-past-the-paragraph",
    ),
    pytest.param(
        "Hội nghị quán triệt Chỉ thị số 24-CT/TW và Chỉ thị số 25-CT/TW.\n\nSau đó, Ban Thường vụ Huyện ủy ban hành "
        "Kế hoạch số 80-KH/HU triển khai các chỉ thị trên.",
        {("Kế hoạch số 80-KH/HU", "Chỉ thị số 24-CT/TW"), ("Kế hoạch số 80-KH/HU", "Chỉ thị số 25-CT/TW")},
        id="plural-back-reference-to-the-paragraph-before",
    ),
    pytest.param(
        "Hội nghị quán triệt Kết luận số 70-KL/TW vừa được Ban Bí thư ban hành ngày 3/3/2024 về tiếp tục thực hiện "
        "Chỉ thị số 24-CT/TW.",
        {("Kết luận số 70-KL/TW", "Chỉ thị số 24-CT/TW")},
        id="title-after-vua-duoc-x-ban-hanh",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACK_REFERENCES)
def test_back_references(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_date_and_body_after_a_list_describe_every_item() -> None:
    result = run(
        "Quyết định số 10-QĐ/TU, Quyết định số 11-QĐ/TU và Quyết định số 12-QĐ/TU ngày 5/5/2023 của Tỉnh ủy."
    )
    assert {(d.number, d.date, d.issuer) for d in result.documents} == {
        (n, "2023-05-05", ("Tỉnh ủy",)) for n in ("10", "11", "12")
    }


def test_a_plural_follow_up_sentence_dates_the_documents_just_named() -> None:
    result = run(
        "Hội nghị thông qua Nghị quyết số 08-NQ/TU về công nghiệp và Nghị quyết số 09-NQ/TU về nông nghiệp. Các "
        "nghị quyết đều được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 9/9/2022."
    )
    assert {(d.number, d.date, d.issuer) for d in result.documents} == {
        (n, "2022-09-09", ("Ban Chấp hành Đảng bộ tỉnh",)) for n in ("08", "09")
    }


MORE_BODIES = [
    pytest.param(
        "Ban Chấp hành Đảng bộ Quốc hội ban hành Nghị quyết số 07-NQ/ĐU về công tác lập pháp.",
        "Nghị quyết số 07-NQ/ĐU",
        ("Ban Chấp hành Đảng bộ Quốc hội",),
        "provincial",
        id="executive-of-a-party-organisation-under-the-centre",
    ),
    pytest.param(
        "Thường vụ Đảng ủy Quân đoàn 12 ban hành Chỉ thị số 88-CT/ĐU.",
        "Chỉ thị số 88-CT/ĐU",
        ("Thường vụ Đảng ủy Quân đoàn 12",),
        "provincial",
        id="standing-board-without-ban",
    ),
    pytest.param(
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh ban hành Kế hoạch số 14-KH/ĐU.",
        "Kế hoạch số 14-KH/ĐU",
        ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh",),
        "district",
        id="front-and-mass-organisations-party-committee-of-a-province",
    ),
    pytest.param(
        "Đảng ủy Lữ đoàn 147 có Nghị quyết số 16-NQ/ĐU về huấn luyện.",
        "Nghị quyết số 16-NQ/ĐU",
        ("Đảng ủy Lữ đoàn 147",),
        "district",
        id="co-as-an-issuing-verb",
    ),
    pytest.param(
        "Phát biểu tại hội nghị, Trưởng Ban Dân vận Tỉnh ủy cho biết, sau khi Nghị quyết được ban hành, Ban đã ban "
        "hành Hướng dẫn số 30-HD/BDVTU.",
        "Hướng dẫn số 30-HD/BDVTU",
        ("Ban Dân vận Tỉnh ủy",),
        "provincial",
        id="elliptic-board-named-in-full-before",
    ),
]


@pytest.mark.parametrize(("text", "surface", "issuer", "level"), MORE_BODIES)
def test_more_bodies(text: str, surface: str, issuer: tuple[str, ...], level: str) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.issuer, doc.level) == (issuer, level)


def test_an_elliptic_board_with_no_full_name_is_no_issuer() -> None:
    assert (
        doc_named(run("Ban đã ban hành Hướng dẫn số 30-HD/BDVTU."), "Hướng dẫn số 30-HD/BDVTU").issuer == ()
    )


def test_a_date_after_a_list_of_issued_documents_dates_them_all() -> None:
    result = run(
        "Huyện ủy đã ban hành Chỉ thị số 08-CT/HU, Chỉ thị số 09-CT/HU và Chỉ thị số 10-CT/HU ngày 1/6/2020."
    )
    assert {(d.number, d.date) for d in result.documents} == {(n, "2020-06-01") for n in ("08", "09", "10")}


REPRODUCED = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY CẨM XUYÊN\n*\nSố 212-CV/HU\nV/v triển khai thực hiện Kết luận số 118-KL/TW\n"
    "Cẩm Xuyên, ngày 4 tháng 2 năm 2025\n\nKính gửi: Các chi bộ, đảng bộ trực thuộc\n\nNội dung ...\n\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Văn B\n"
)


def test_a_reproduced_dispatch_signed_for_the_standing_board() -> None:
    result = run(REPRODUCED)
    dispatch = doc_named(result, "212-CV/HU")
    assert (dispatch.issuer, dispatch.date) == (("Ban Thường vụ Huyện ủy",), "2025-02-04")
    assert edges(result) == {("212-CV/HU", "Kết luận số 118-KL/TW")}


def test_the_party_charter_is_one_document_an_implementing_rule_points_to() -> None:
    result = run(
        "Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng. Hướng dẫn số 01-HD/TW hướng "
        "dẫn thực hiện Điều lệ Đảng và Quy định số 24-QĐ/TW."
    )
    charter = doc_named(result, "Điều lệ Đảng")
    assert (charter.type, len(charter.mentions)) == ("other", 2)
    assert ("Quy định số 24-QĐ/TW", "Điều lệ Đảng") in edges(result)
    assert run("Chi bộ sinh hoạt theo điều lệ đảng bộ.").documents == ()


def test_the_party_charter_has_one_identity_across_articles() -> None:
    first = extract(Article("c1", "Quy định số 24-QĐ/TW thi hành Điều lệ Đảng.", source="s1"))
    second = extract(Article("c2", "Đảng viên phải chấp hành Điều lệ Đảng.", source="s2"))
    resolution = resolve_corpus([first, second])
    assert [d.label for d in resolution.documents if d.type == "other"] == ["Điều lệ Đảng"]


NAMED_WITHOUT_NUMBER = [
    pytest.param(
        "Hội nghị thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ thành phố khóa XVIII.",
        "Quy chế làm việc",
        "rules",
        id="working-rules-of-a-body",
    ),
    pytest.param(
        "Ủy ban Kiểm tra Huyện ủy thực hiện Chương trình kiểm tra, giám sát năm 2024 của Ban Chấp hành Đảng bộ "
        "huyện.",
        "Chương trình kiểm tra, giám sát năm 2024",
        "action_programme",
        id="inspection-programme-of-a-body",
    ),
    pytest.param(
        "Tỉnh ủy triển khai Đề án “Xây dựng đội ngũ cán bộ chủ chốt cấp xã đến năm 2030” trên toàn tỉnh.",
        "Đề án “Xây dựng đội ngũ cán bộ chủ chốt cấp xã đến năm 2030”",
        "project",
        id="project-named-by-its-quoted-title",
    ),
]


@pytest.mark.parametrize(("text", "surface", "type_"), NAMED_WITHOUT_NUMBER)
def test_documents_named_without_a_number(text: str, surface: str, type_: str) -> None:
    assert doc_named(run(text), surface).type == type_


def test_a_signer_acting_for_a_body_after_the_title() -> None:
    result = run(
        "Kết luận số 150-KL/TW ngày 14/2/2025 về hướng dẫn xây dựng phương án tổ chức bộ máy do Thường trực Ban Bí "
        "thư thay mặt Bộ Chính trị ký ban hành."
    )
    doc = doc_named(result, "Kết luận số 150-KL/TW")
    assert doc.issuer == ("Bộ Chính trị",)
    assert doc.subject is not None and "thay mặt" not in doc.subject


def test_a_list_of_documents_of_a_body_under_its_heading() -> None:
    result = run(
        "Danh mục văn bản của Ban Thường vụ Thị ủy:\n- Kế hoạch số 71-KH/ThU về chuyển đổi số.\n- Kế hoạch số "
        "72-KH/ThU về du lịch."
    )
    assert [doc_named(result, f"Kế hoạch số {n}-KH/ThU").issuer for n in (71, 72)] == [
        ("Ban Thường vụ Thị ủy",)
    ] * 2


MORE_FRAMES = [
    pytest.param(
        "Để hướng dẫn thực hiện Quy định số 144-QĐ/TW, ngày 9/5/2024 Ban Tổ chức Trung ương đã ban hành Hướng dẫn "
        "số 18-HD/BTCTW.",
        {("Hướng dẫn số 18-HD/BTCTW", "Quy định số 144-QĐ/TW")},
        id="purpose-frame-opening-with-huong-dan",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về du lịch, cụ thể hóa đồng thời Nghị quyết số 82-NQ/TW và Kết "
        "luận số 70-KL/TW.",
        {
            ("Nghị quyết số 09-NQ/TU", "Nghị quyết số 82-NQ/TW"),
            ("Nghị quyết số 09-NQ/TU", "Kết luận số 70-KL/TW"),
        },
        id="adverb-between-a-cue-and-its-objects",
    ),
    pytest.param(
        "Chương trình số 20-CTr/TU và Chương trình số 21-CTr/TU lần lượt thực hiện Nghị quyết số 29-NQ/TW và "
        "Nghị quyết số 36-NQ/TW.",
        {
            ("Chương trình số 20-CTr/TU", "Nghị quyết số 29-NQ/TW"),
            ("Chương trình số 21-CTr/TU", "Nghị quyết số 36-NQ/TW"),
        },
        id="respectively-pairs-in-order",
    ),
    pytest.param(
        "Huyện ủy A ban hành Kế hoạch số 7-KH/HU, còn Huyện ủy B ban hành Kế hoạch số 9-KH/HU; cả hai kế hoạch đều "
        "thực hiện Chỉ thị số 39-CT/TW.",
        {("Kế hoạch số 7-KH/HU", "Chỉ thị số 39-CT/TW"), ("Kế hoạch số 9-KH/HU", "Chỉ thị số 39-CT/TW")},
        id="counted-plural-subject",
    ),
    pytest.param(
        "Bộ Chính trị ban hành Kết luận số 84-KL/TW và Ban Bí thư ban hành Chỉ thị số 38-CT/TW; Thành ủy ban hành "
        "Kế hoạch số 61-KH/TU thực hiện cả hai văn bản trên.",
        {("Kế hoạch số 61-KH/TU", "Kết luận số 84-KL/TW"), ("Kế hoạch số 61-KH/TU", "Chỉ thị số 38-CT/TW")},
        id="counted-documents-of-any-type-before-the-clause",
    ),
    pytest.param(
        "Nghị quyết số 19-NQ/TW về nông nghiệp của Ban Chấp hành Trung ương được Ban Thường vụ Tỉnh ủy Lâm Đồng "
        "triển khai thông qua Kế hoạch số 33-KH/TU.",
        {("Kế hoạch số 33-KH/TU", "Nghị quyết số 19-NQ/TW")},
        id="passive-with-a-long-agent",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_FRAMES)
def test_more_frames(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_headline_programme_joins_the_numbered_one_implementing_the_same_document() -> None:
    result = run(
        "Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết 57\n\nNgày 3/4/2025, Ban Chấp hành Đảng bộ "
        "tỉnh ban hành Chương trình hành động số 11-CTr/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị."
    )
    programmes = [d for d in result.documents if d.type == "action_programme"]
    assert len(programmes) == 1 and len(programmes[0].mentions) == 2
    assert programmes[0].issuer == ("Ban Chấp hành Đảng bộ tỉnh",)


def test_a_headline_programme_with_two_numbered_candidates_stays_apart() -> None:
    result = run(
        "Huyện ủy ban hành Kế hoạch thực hiện Kết luận 123\n\nBan Thường vụ ban hành Kế hoạch số 5-KH/HU thực "
        "hiện Kết luận số 123-KL/TW; Đảng ủy xã ban hành Kế hoạch số 9-KH/ĐU thực hiện Kết luận số 123-KL/TW."
    )
    assert len([d for d in result.documents if d.type == "plan"]) == 3


def test_a_counted_set_repeated_in_headline_and_lead_is_one_set() -> None:
    result = run(
        "Thành phố ban hành 4 chương trình hành động\n\nBan Chấp hành Đảng bộ thành phố đã ban hành 4 chương trình "
        "hành động để thực hiện các nghị quyết."
    )
    assert len([d for d in result.documents if d.is_set]) == 1


def test_items_of_a_counted_set_announced_before_take_its_issuer() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ tỉnh đã ban hành 3 chương trình hành động.\n\nCụ thể gồm: Chương trình hành động số "
        "14-CTr/TU về công nghiệp; Chương trình hành động số 15-CTr/TU về nông nghiệp."
    )
    assert [doc_named(result, f"Chương trình hành động số {n}-CTr/TU").issuer for n in (14, 15)] == [
        ("Ban Chấp hành Đảng bộ tỉnh",)
    ] * 2


def test_adopted_by_a_body_after_a_back_reference() -> None:
    result = run(
        "Ban Thường vụ giao Ban Tổ chức xây dựng Đề án số 07-ĐA/TU về bộ máy. Đề án này đã được Ban Chấp hành Đảng "
        "bộ tỉnh thông qua."
    )
    assert doc_named(result, "Đề án số 07-ĐA/TU").issuer == ("Ban Chấp hành Đảng bộ tỉnh",)


def test_an_elliptic_ban_is_a_commission_not_a_standing_board() -> None:
    result = run(
        "Trưởng Ban Dân vận Tỉnh ủy cho biết, Ban thường xuyên tham mưu Ban Thường vụ Tỉnh ủy. Năm nay, Ban đã ban "
        "hành Hướng dẫn số 12-HD/BDVTU."
    )
    assert doc_named(result, "Hướng dẫn số 12-HD/BDVTU").issuer == ("Ban Dân vận Tỉnh ủy",)


def test_a_table_titled_with_the_body_whose_documents_it_lists() -> None:
    result = run(
        "DANH MỤC VĂN BẢN CỦA ĐẢNG ỦY XÃ NĂM 2025\nSTT | Số, ký hiệu | Ngày ban hành | Trích yếu\n1 | 03-NQ/ĐU | "
        "5/8/2025 | Nghị quyết về chuyển đổi số\n"
    )
    assert doc_named(result, "03-NQ/ĐU").issuer == ("Đảng ủy xã",)


@pytest.mark.parametrize(
    ("text", "surface", "level"),
    [
        pytest.param(
            "Các đảng bộ thực hiện Nghị quyết Đại hội đại biểu lần thứ XVIII Đảng bộ thành phố.",
            "Nghị quyết Đại hội đại biểu lần thứ XVIII Đảng bộ thành phố",
            "provincial",
            id="delegates-and-ordinal-before-the-party-organisation",
        ),
        pytest.param(
            "Kế hoạch số 02-KH/ĐU thực hiện Nghị quyết Đại hội Đảng bộ đặc khu lần thứ I.",
            "Nghị quyết Đại hội Đảng bộ đặc khu lần thứ I",
            "grassroots",
            id="special-zone-congress",
        ),
    ],
)
def test_congress_resolutions_of_more_units(text: str, surface: str, level: str) -> None:
    assert doc_named(run(text), surface).level == level


SELF_NAMED = (
    "ĐẢNG BỘ TỈNH NAM ĐỊNH\nHUYỆN ỦY HẢI HẬU\n*\nSố 88-KH/HU\nHải Hậu, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
    "tổ chức học tập, quán triệt Nghị quyết số 46-NQ/TW của Bộ Chính trị\n\n- Thực hiện Hướng dẫn số 160-HD/BTGTW "
    "ngày 5/2/2024 của Ban Tuyên giáo Trung ương,\nBan Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
)


def test_a_reproduced_plan_naming_itself_in_its_preamble() -> None:
    result = run(SELF_NAMED)
    assert len([d for d in result.documents if d.type == "plan"]) == 1
    plan = doc_named(result, "88-KH/HU")
    assert plan.issuer == ("Ban Thường vụ Huyện ủy",)
    assert edges(result) == {
        ("88-KH/HU", "Nghị quyết số 46-NQ/TW"),
        ("88-KH/HU", "Hướng dẫn số 160-HD/BTGTW"),
    }


PURPOSES_AND_COPULAS = [
    pytest.param(
        "Ban Thường vụ Thành ủy ban hành Kế hoạch số 44-KH/TU nhằm đưa Nghị quyết số 66-NQ/TW vào cuộc sống.",
        {("Kế hoạch số 44-KH/TU", "Nghị quyết số 66-NQ/TW")},
        id="nham-dua-vao-cuoc-song",
    ),
    pytest.param(
        "Để Kết luận số 130-KL/TW sớm đi vào cuộc sống, Huyện ủy đã ban hành Kế hoạch số 19-KH/HU.",
        {("Kế hoạch số 19-KH/HU", "Kết luận số 130-KL/TW")},
        id="de-b-di-vao-cuoc-song",
    ),
    pytest.param(
        "Kế hoạch số 21-KH/HU là văn bản cụ thể hóa Chương trình số 30-CTr/TU của Tỉnh ủy.",
        {("Kế hoạch số 21-KH/HU", "Chương trình số 30-CTr/TU")},
        id="copula-la-van-ban",
    ),
    pytest.param(
        "Kế hoạch số 81-KH/TU thực hiện các nhiệm vụ được giao tại Kết luận số 121-KL/TW.",
        {("Kế hoạch số 81-KH/TU", "Kết luận số 121-KL/TW")},
        id="tasks-assigned-in",
    ),
    pytest.param(
        "Hướng dẫn số 05-HD/UBKTTW của Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện Quy định số 22-QĐ/TW.",
        {("Hướng dẫn số 05-HD/UBKTTW", "Quy định số 22-QĐ/TW")},
        id="an-issuers-name-is-no-review-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSES_AND_COPULAS)
def test_purposes_and_copulas(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_an_events_purpose_does_not_make_the_plan_it_follows_implement() -> None:
    result = run(
        "Hội nghị được tổ chức theo Kế hoạch số 40-KH/TU của Ban Thường vụ Tỉnh ủy, nhằm quán triệt Nghị quyết số "
        "59-NQ/TW."
    )
    assert edges(result) == set()
    according = run(
        "Theo Kế hoạch số 40-KH/TU thực hiện Chỉ thị số 35-CT/TW, các chi bộ không ban hành kế hoạch riêng."
    )
    assert edges(according) == {("Kế hoạch số 40-KH/TU", "Chỉ thị số 35-CT/TW")}


def test_more_issuings() -> None:
    then = run(
        "Thành ủy ban hành Kế hoạch số 48-KH/TU thực hiện Nghị quyết số 09-NQ/TW, sau đó ban hành Kế hoạch số 49-KH/TU."
    )
    assert doc_named(then, "Kế hoạch số 49-KH/TU").issuer == ("Thành ủy",)
    announced = run(
        "Hội nghị công bố các quyết định của Ban Thường vụ Huyện ủy: Quyết định số 11-QĐ/HU; Quyết định số 12-QĐ/HU."
    )
    assert [doc_named(announced, f"Quyết định số {n}-QĐ/HU").issuer for n in (11, 12)] == [
        ("Ban Thường vụ Huyện ủy",)
    ] * 2
    behalf = run(
        "Thay mặt Bộ Chính trị, Ban Bí thư, đồng chí Thường trực Ban Bí thư ký ban hành Kết luận số 160-KL/TW."
    )
    assert doc_named(behalf, "Kết luận số 160-KL/TW").issuer == ("Bộ Chính trị", "Ban Bí thư")
    listed = run(
        "Ngày 3/6/2023, Ban Chấp hành Trung ương ban hành các nghị quyết: Nghị quyết số 27-NQ/TW về nhà nước pháp "
        "quyền; Nghị quyết số 28-NQ/TW về Mặt trận."
    )
    assert {d.date for d in listed.documents} == {"2023-06-03"}
    modified = run("Đảng ủy xã ban hành Quy chế làm việc số 04-QC/ĐU.")
    assert [(d.type, d.number) for d in modified.documents] == [("rules", "04")]


CLAUSES_AND_SETS = [
    pytest.param(
        "Huyện ủy ban hành Kế hoạch số 15-KH/HU về học tập năm 2025 với chủ đề “Đoàn kết, sáng tạo”, nhằm tiếp tục "
        "thực hiện Chỉ thị số 05-CT/TW.",
        {("Kế hoạch số 15-KH/HU", "Chỉ thị số 05-CT/TW")},
        id="a-theme-in-quotes-before-the-purpose",
    ),
    pytest.param(
        "Quán triệt Quy định số 144-QĐ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 20-KH/TU và giao Ban Tổ chức "
        "Tỉnh ủy ban hành Hướng dẫn số 07-HD/BTCTU.",
        {
            ("Kế hoạch số 20-KH/TU", "Quy định số 144-QĐ/TW"),
            ("Hướng dẫn số 07-HD/BTCTU", "Quy định số 144-QĐ/TW"),
        },
        id="frame-goes-on-to-a-body-assigned-to-issue",
    ),
    pytest.param(
        "Đối với Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 11-KH/TU; đối với Nghị quyết số "
        "68-NQ/TW, ban hành Kế hoạch số 12-KH/TU.",
        {
            ("Kế hoạch số 11-KH/TU", "Nghị quyết số 57-NQ/TW"),
            ("Kế hoạch số 12-KH/TU", "Nghị quyết số 68-NQ/TW"),
        },
        id="topic-frames-per-clause",
    ),
    pytest.param(
        "Kế hoạch số 50-KH/TU nêu trên là văn bản cụ thể hóa Chương trình số 09-CTr/TU. Chương trình này được ban "
        "hành để thực hiện Nghị quyết số 29-NQ/TW.",
        {
            ("Kế hoạch số 50-KH/TU", "Chương trình số 09-CTr/TU"),
            ("Chương trình số 09-CTr/TU", "Nghị quyết số 29-NQ/TW"),
        },
        id="demonstrative-programme-and-neu-tren",
    ),
    pytest.param(
        "Ban Chấp hành Đảng bộ tỉnh ban hành 2 nghị quyết chuyên đề thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần "
        "thứ XVIII, gồm: Nghị quyết số 07-NQ/TU về công nghiệp và Nghị quyết số 08-NQ/TU về du lịch.",
        {
            ("2 nghị quyết chuyên đề", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"),
            ("Nghị quyết số 07-NQ/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"),
            ("Nghị quyết số 08-NQ/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"),
        },
        id="members-of-a-counted-set",
    ),
    pytest.param(
        "Đảng ủy xã ban hành Nghị quyết số 09-NQ/ĐU về nông thôn mới; nghị quyết được xây dựng trên cơ sở quán triệt "
        "Kết luận số 97-KL/TW.",
        {("Nghị quyết số 09-NQ/ĐU", "Kết luận số 97-KL/TW")},
        id="lower-case-head-after-a-semicolon",
    ),
    pytest.param(
        "Thị ủy quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV; sau "
        "đó ban hành Kế hoạch số 3-KH/ThU tổ chức học tập hai nghị quyết.",
        {
            ("Kế hoạch số 3-KH/ThU", "Nghị quyết Đại hội XIV của Đảng"),
            ("Kế hoạch số 3-KH/ThU", "Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV"),
        },
        id="counted-congress-resolutions",
    ),
    pytest.param(
        "Kết luận số 01-KL/TW của Bộ Chính trị yêu cầu tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
        {("Kết luận số 01-KL/TW", "Chỉ thị số 05-CT/TW")},
        id="a-document-requiring-to-go-on-implementing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES_AND_SETS)
def test_clauses_and_sets(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_comma_after_a_fronted_clause_does_not_join_the_next_subject() -> None:
    fronted = run(
        "Căn cứ Quy định số 69-QĐ/TW của Bộ Chính trị, Ủy ban Kiểm tra Trung ương quyết định kỷ luật."
    )
    assert doc_named(fronted, "Quy định số 69-QĐ/TW").issuer == ("Bộ Chính trị",)
    joint = run("Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư giao Đảng ủy Chính phủ chủ trì.")
    assert doc_named(joint, "Kết luận số 127-KL/TW").issuer == ("Bộ Chính trị", "Ban Bí thư")
    standing = run("Thường vụ Quân ủy Trung ương ban hành Nghị quyết số 3500-NQ/QUTW.")
    assert doc_named(standing, "Nghị quyết số 3500-NQ/QUTW").issuer == ("Thường vụ Quân ủy Trung ương",)


def test_counted_sets_after_trong_do_co_take_the_issuing_bodies() -> None:
    result = run(
        "Năm 2023, Huyện ủy, Ban Thường vụ Huyện ủy đã ban hành 90 văn bản, trong đó có 3 nghị quyết, 12 kế hoạch."
    )
    sets = [d for d in result.documents if d.is_set]
    assert [d.type for d in sets] == ["resolution", "plan"]
    assert {d.issuer for d in sets} == {("Huyện ủy", "Ban Thường vụ Huyện ủy")}


def test_hard_wrapped_lines_keep_the_issuer_and_the_date() -> None:
    result = run(
        "Ngày 2/10/2023, Ban Thường vụ Huyện ủy\nđã ban hành Kế hoạch số 77-KH/HU ngày\n2/10/2023 thực hiện Chỉ "
        "thị số 24-CT/TW."
    )
    plan = doc_named(result, "Kế hoạch số 77-KH/HU")
    assert (plan.issuer, plan.date) == (("Ban Thường vụ Huyện ủy",), "2023-10-02")
    headline = run("Huyện ủy Yên Thế\nKế hoạch số 5-KH/HU được triển khai.")
    assert doc_named(headline, "Kế hoạch số 5-KH/HU").issuer == ()


def test_two_provinces_documents_with_one_symbol_are_two_subjects() -> None:
    result = run(
        "Kế hoạch số 30-KH/TU của Tỉnh ủy Quảng Trị chú trọng biển, còn Kế hoạch số 30-KH/TU của Tỉnh ủy Quảng Bình "
        "chú trọng rừng; cả hai kế hoạch đều thực hiện Nghị quyết số 36-NQ/TW."
    )
    assert len([r for r in result.relations if r.predicate == "implements"]) == 2


# --- appositions and counted objects --------------------------------------------------------------------------
# (implements edges as first surfaces, then the issuer of each numbered document named)
APPOSITIONS = [
    pytest.param(
        "Ban Thường vụ Thành ủy ban hành kế hoạch thực hiện Nghị quyết số 44-NQ/TW của Ban Chấp hành Trung ương "
        "về an ninh (Kế hoạch số 77-KH/TU, ngày 4/01/2024).",
        {("Kế hoạch số 77-KH/TU", "Nghị quyết số 44-NQ/TW")},
        {"77-KH/TU": ("Ban Thường vụ Thành ủy",), "44-NQ/TW": ("Ban Chấp hành Trung ương",)},
        id="numbered-in-brackets-after-the-description-the-verb-issued",
    ),
    pytest.param(
        "Huyện ủy đã ban hành Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW (Chương trình số "
        "09-CTr/HU ngày 2/6/2025).",
        {("Chương trình hành động", "Nghị quyết số 66-NQ/TW")},
        {"09-CTr/HU": ("Huyện ủy",)},
        id="titled-unnumbered-and-its-number-in-brackets-are-one-document",
    ),
    pytest.param(
        "Đảng ủy xã ban hành nghị quyết chuyên đề về du lịch – Nghị quyết số 04-NQ/ĐU ngày 1/12/2025 – nhằm cụ "
        "thể hóa Nghị quyết số 12-NQ/TU của Tỉnh ủy.",
        {("Nghị quyết số 04-NQ/ĐU", "Nghị quyết số 12-NQ/TU")},
        {"04-NQ/ĐU": ("Đảng ủy xã",), "12-NQ/TU": ("Tỉnh ủy",)},
        id="numbered-between-dashes-after-the-description",
    ),
    pytest.param(
        "Trên cơ sở đó, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 318-KH/TU – kế hoạch thực hiện Kết luận 150 – "
        "với lộ trình cụ thể.",
        {("Kế hoạch số 318-KH/TU", "Kết luận 150")},
        {"318-KH/TU": ("Ban Thường vụ Tỉnh ủy",)},
        id="an-apposition-after-the-number-carries-the-cue",
    ),
    pytest.param(
        "Tỉnh ủy ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW (Nghị quyết số 15-NQ/TU về kinh tế số).",
        set(),
        {"15-NQ/TU": ()},
        id="not-a-bracketed-document-of-another-type",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 22-KH/TU thực hiện đồng thời hai Nghị quyết 66-NQ/TW và "
        "68-NQ/TW của Bộ Chính trị.",
        {("Kế hoạch số 22-KH/TU", "Nghị quyết 66-NQ/TW"), ("Kế hoạch số 22-KH/TU", "68-NQ/TW")},
        {"22-KH/TU": ("Ban Thường vụ Tỉnh ủy",), "66-NQ/TW": ("Bộ Chính trị",)},
        id="a-number-word-before-the-objects",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 31-KH/TU triển khai 3 nghị quyết: Nghị quyết số 57-NQ/TW, Nghị quyết số "
        "59-NQ/TW và Nghị quyết số 66-NQ/TW.",
        {
            ("Kế hoạch số 31-KH/TU", "Nghị quyết số 57-NQ/TW"),
            ("Kế hoạch số 31-KH/TU", "Nghị quyết số 59-NQ/TW"),
            ("Kế hoạch số 31-KH/TU", "Nghị quyết số 66-NQ/TW"),
        },
        # the list after the colon is what the plan implements, not what the committee issued
        {"31-KH/TU": ("Tỉnh ủy",), "57-NQ/TW": ()},
        id="a-counted-list-of-objects-after-a-colon",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 33-KH/TU thực hiện những nội dung của Kết luận số 126-KL/TW.",
        {("Kế hoạch số 33-KH/TU", "Kết luận số 126-KL/TW")},
        {},
        id="nhung-noi-dung-cua",
    ),
    pytest.param(
        "Năm 2018, Tỉnh ủy ban hành Chương trình hành động số 35-CTr/TU thực hiện Nghị quyết số 18-NQ/TW (khóa "
        "XII) và Nghị quyết số 19-NQ/TW (khóa XII) của Ban Chấp hành Trung ương.",
        {
            ("Chương trình hành động số 35-CTr/TU", "Nghị quyết số 18-NQ/TW"),
            ("Chương trình hành động số 35-CTr/TU", "Nghị quyết số 19-NQ/TW"),
        },
        {"18-NQ/TW": ("Ban Chấp hành Trung ương",), "19-NQ/TW": ("Ban Chấp hành Trung ương",)},
        id="list-items-with-the-same-term-in-brackets-share-the-body",
    ),
]


@pytest.mark.parametrize(("text", "expected", "issuers"), APPOSITIONS)
def test_appositions_and_counted_objects(
    text: str, expected: set[tuple[str, str]], issuers: dict[str, tuple[str, ...]]
) -> None:
    result = run(text)
    assert edges(result) == expected
    by_symbol = {d.symbol: d.issuer for d in result.documents}
    assert {symbol: by_symbol[symbol] for symbol in issuers} == issuers
    assert all(
        d.number for d in result.documents
    )  # an unnumbered description joined the number that names it


TITLES_AND_CLAUSES = [
    pytest.param(
        "Quy định số 22-QĐ/TW về thi hành Điều lệ Đảng được Huyện ủy triển khai bằng Kế hoạch số 41-KH/HU.",
        {("Kế hoạch số 41-KH/HU", "Quy định số 22-QĐ/TW"), ("Quy định số 22-QĐ/TW", "Điều lệ Đảng")},
        id="passive-subject-whose-title-names-another-document",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về năng lượng sạch. Nghị quyết là bước cụ thể hóa Nghị quyết số "
        "55-NQ/TW của Bộ Chính trị.",
        {("Nghị quyết số 09-NQ/TU", "Nghị quyết số 55-NQ/TW")},
        id="bare-head-opening-a-sentence-with-a-copula",
    ),
    pytest.param(
        "Sau khi sơ kết Nghị quyết số 07-NQ/TU của Tỉnh ủy về lâm nghiệp, Ban Thường vụ ban hành Kết luận số "
        "88-KL/TU về tiếp tục thực hiện Nghị quyết đến năm 2030.",
        {("Kết luận số 88-KL/TU", "Nghị quyết số 07-NQ/TU")},
        id="bare-head-after-a-cue-followed-by-a-deadline",
    ),
    pytest.param(
        "Để triển khai Nghị quyết số 11-NQ/TW của Bộ Chính trị, Tỉnh ủy ban hành Chương trình hành động số "
        "48-CTr/TU; Ban Thường vụ ban hành Kế hoạch số 210-KH/TU về tuyên truyền.",
        {
            ("Chương trình hành động số 48-CTr/TU", "Nghị quyết số 11-NQ/TW"),
            ("Kế hoạch số 210-KH/TU", "Nghị quyết số 11-NQ/TW"),
        },
        id="a-cue-word-as-a-titles-topic-is-no-cue-of-its-own",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 14-KH/TU thực hiện Kết luận số 97-KL/TW của Hội nghị Trung ương 9 khóa XI về "
        "một số chủ trương, giải pháp tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X.",
        {
            ("Kế hoạch số 14-KH/TU", "Kết luận số 97-KL/TW"),
            ("Kết luận số 97-KL/TW", "Nghị quyết Trung ương 7 khóa X"),
        },
        id="a-title-of-policies-and-solutions-continuing-an-implementation",
    ),
    pytest.param(
        "Hội nghị quán triệt Nghị quyết số 18-NQ/TW về tinh gọn bộ máy, thực hiện Kết luận số 121-KL/TW.",
        set(),
        id="parallel-objects-after-a-title-are-not-its-implementation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_AND_CLAUSES)
def test_titles_and_clauses(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_body_with_an_apposition_before_its_verb_issues() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy, cơ quan thường trực của Ban Chỉ đạo chuyển đổi số tỉnh, đã ban hành Kế hoạch số "
        "240-KH/TU về chuyển đổi số."
    )
    assert doc_named(result, "Kế hoạch số 240-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


# --- dates named once, tables that pair documents, lists after a frame ---------------------------------------


def test_cung_ngay_is_the_date_named_just_before() -> None:
    result = run(
        "Ngày 01/7/2025, Ban Thường vụ Thành ủy ban hành Quyết định số 1520-QĐ/TU về thành lập Đảng bộ phường. "
        "Cùng ngày, Ban Thường vụ Thành ủy ban hành Quyết định số 1585-QĐ/TU chỉ định Ban Chấp hành lâm thời.\n"
        "Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU ngày 28/7/2025 thực hiện Nghị quyết số 66-NQ/TW, và Kế hoạch số "
        "13-KH/ĐU cùng ngày thực hiện Nghị quyết số 68-NQ/TW."
    )
    assert doc_named(result, "Quyết định số 1585-QĐ/TU").date == "2025-07-01"
    assert doc_named(result, "Kế hoạch số 13-KH/ĐU").date == "2025-07-28"
    assert ("Kế hoạch số 13-KH/ĐU", "Nghị quyết số 68-NQ/TW") in edges(result)


def test_cung_ngay_with_no_date_before_dates_nothing() -> None:
    assert (
        doc_named(run("Cùng ngày, Tỉnh ủy ban hành Kế hoạch số 14-KH/TU."), "Kế hoạch số 14-KH/TU").date
        is None
    )


def test_a_bare_head_opening_a_sentence_with_its_issue_date() -> None:
    result = run(
        "Đảng ủy Bộ đội Biên phòng tỉnh ban hành Nghị quyết chuyên đề số 520-NQ/ĐU về lãnh đạo thực hiện Nghị "
        "quyết số 33-NQ/TW của Bộ Chính trị. Nghị quyết chuyên đề được ban hành ngày 12 tháng 3 năm 2025."
    )
    # the document the article says was issued, not the last resolution it names
    assert doc_named(result, "Nghị quyết chuyên đề số 520-NQ/ĐU").date == "2025-03-12"
    assert doc_named(result, "Nghị quyết số 33-NQ/TW").date is None


def test_a_bare_head_after_a_cue_then_a_place() -> None:
    result = run(
        "Nghị quyết số 45-NQ/TW của Bộ Chính trị mở ra cơ hội mới. Ban Thường vụ Quận ủy đã ban hành Kế hoạch số "
        "64-KH/QU để triển khai Nghị quyết trên địa bàn quận."
    )
    assert edges(result) == {("Kế hoạch số 64-KH/QU", "Nghị quyết số 45-NQ/TW")}


@pytest.mark.parametrize("city", ["TPHCM", "TP HCM", "TP.HCM"])
def test_ho_chi_minh_city_written_as_initials(city: str) -> None:
    result = run(f"Ban Thường vụ Thành ủy {city} ban hành Kế hoạch số 46-KH/TU ngày 18/8/2023.")
    doc = doc_named(result, "Kế hoạch số 46-KH/TU")
    assert doc.issuer == ("Ban Thường vụ Thành ủy",) and doc.issuer_province == city


PAIRING_TABLES = [
    pytest.param(
        "Văn bản Trung ương | Văn bản triển khai của Thành ủy | Ngày ban hành\n"
        "Nghị quyết số 66-NQ/TW | Kế hoạch số 256-KH/TU | 25/5/2025\n"
        "Kết luận số 157-KL/TW | Công văn số 1045-CV/TU | 10/6/2025\n",
        {
            ("Kế hoạch số 256-KH/TU", "Nghị quyết số 66-NQ/TW"),
            ("Công văn số 1045-CV/TU", "Kết luận số 157-KL/TW"),
        },
        {"256-KH/TU": ("2025-05-25", ("Thành ủy",)), "66-NQ/TW": (None, ())},
        id="central-column-then-the-implementing-column-of-a-body",
    ),
    pytest.param(
        "Một số văn bản cụ thể hóa nghị quyết của Trung ương\n"
        "STT | Văn bản của tỉnh | Văn bản của Trung ương được cụ thể hóa\n"
        "1 | Kế hoạch số 52-KH/TU ngày 20/02/2025 | Nghị quyết số 57-NQ/TW ngày 22/12/2024\n",
        {("Kế hoạch số 52-KH/TU", "Nghị quyết số 57-NQ/TW")},
        # the title's "của Trung ương" is the resolutions', not the province's plans'
        {"52-KH/TU": ("2025-02-20", ()), "57-NQ/TW": ("2024-12-22", ())},
        id="implementing-column-first-and-a-passive-header",
    ),
]


@pytest.mark.parametrize(("text", "expected", "described"), PAIRING_TABLES)
def test_a_table_pairing_documents_column_by_column(
    text: str, expected: set[tuple[str, str]], described: dict[str, tuple[str | None, tuple[str, ...]]]
) -> None:
    result = run(text)
    assert edges(result) == expected
    by_symbol = {d.symbol: (d.date, d.issuer) for d in result.documents}
    assert {symbol: by_symbol[symbol] for symbol in described} == described


def test_a_list_after_a_frame_is_issued_by_the_body_before_the_colon() -> None:
    result = run(
        "Để cụ thể hóa các nghị quyết chuyên đề của Tỉnh ủy, Huyện ủy ban hành:\n"
        "+ Chương trình hành động số 12-CTr/HU thực hiện Nghị quyết số 03-NQ/TU;\n"
        "+ Đề án số 02-ĐA/HU về phát triển cây bưởi."
    )
    assert doc_named(result, "Chương trình hành động số 12-CTr/HU").issuer == ("Huyện ủy",)
    assert doc_named(result, "Đề án số 02-ĐA/HU").issuer == ("Huyện ủy",)
    assert doc_named(result, "Nghị quyết số 03-NQ/TU").issuer == ()


def test_counted_decisions_open_a_list_the_body_issued() -> None:
    result = run(
        "Ban Thường vụ Huyện ủy ban hành 12 quyết định điều động, bổ nhiệm cán bộ, Quy định số 05-QĐ/HU về phân "
        "cấp quản lý cán bộ và Hướng dẫn số 09-HD/HU về bổ nhiệm lại."
    )
    counted = doc_named(result, "12 quyết định")
    assert counted.type == "decision" and counted.issuer == ("Ban Thường vụ Huyện ủy",)
    assert doc_named(result, "Quy định số 05-QĐ/HU").issuer == ("Ban Thường vụ Huyện ủy",)
    assert doc_named(result, "Hướng dẫn số 09-HD/HU").issuer == ("Ban Thường vụ Huyện ủy",)


# --- bodies of enterprises and institutions, asides, short forms ----------------------------------------------
INSTITUTION_ISSUERS = [
    pytest.param(
        "Thực hiện Chỉ thị số 35-CT/TW, Đảng ủy Công ty đã ban hành Kế hoạch số 41-KH/ĐU.",
        "Kế hoạch số 41-KH/ĐU",
        ("Đảng ủy Công ty",),
        id="a-company-named-by-its-kind",
    ),
    pytest.param(
        "Đảng ủy Tập đoàn Dầu khí Việt Nam đã ban hành Chương trình hành động số 30-CTr/ĐU.",
        "Chương trình hành động số 30-CTr/ĐU",
        ("Đảng ủy Tập đoàn Dầu khí Việt Nam",),
        id="a-group-with-its-name-up-to-the-verb",
    ),
    pytest.param(
        "Nghị quyết số 72-NQ/TW đã được Đảng ủy Bệnh viện cụ thể hóa bằng Kế hoạch số 27-KH/ĐU.",
        "Kế hoạch số 27-KH/ĐU",
        ("Đảng ủy Bệnh viện",),
        id="a-hospital-before-a-cue",
    ),
    pytest.param(
        "Đảng ủy Trường Đại học Vinh (trực thuộc Tỉnh ủy Nghệ An) ban hành Chương trình hành động số 25-CTr/ĐU.",
        "Chương trình hành động số 25-CTr/ĐU",
        ("Đảng ủy Trường Đại học Vinh",),
        id="a-bracketed-aside-naming-another-body",
    ),
    pytest.param(
        "Đảng ủy Lữ đoàn 147 (Quân chủng Hải quân) đã ban hành Kế hoạch số 120-KH/ĐU.",
        "Kế hoạch số 120-KH/ĐU",
        ("Đảng ủy Lữ đoàn 147",),
        id="an-army-unit-with-its-service-in-brackets",
    ),
    pytest.param(
        "Thực hiện Kết luận số 19-KL/TW về chương trình xây dựng pháp luật nhiệm kỳ Quốc hội khóa XV, Đảng đoàn "
        "Quốc hội đã ban hành Kế hoạch số 81-KH/ĐĐQH15.",
        "Kế hoạch số 81-KH/ĐĐQH15",
        ("Đảng đoàn Quốc hội",),
        id="a-term-named-by-a-body-is-no-joint-issuer",
    ),
    pytest.param(
        "Kế hoạch số 20-KH/TU (do Ban Thường vụ Tỉnh ủy ban hành ngày 2/3/2021) về thực hiện Nghị quyết Đại hội "
        "Đảng bộ tỉnh lần thứ XVII.",
        "Kế hoạch số 20-KH/TU",
        ("Ban Thường vụ Tỉnh ủy",),
        id="the-body-and-date-in-brackets-after-the-number",
    ),
]


INSTITUTION_ISSUERS += [
    pytest.param(
        "Ban cán sự đảng Bộ Tài chính đã ban hành Chương trình hành động số 18-CTr/BCSĐ.",
        "Chương trình hành động số 18-CTr/BCSĐ",
        ("Ban cán sự đảng Bộ Tài chính",),
        id="a-ministrys-party-board",
    ),
    pytest.param(
        "Đảng ủy Bộ ban hành Kế hoạch số 95-KH/ĐU thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
        "Kế hoạch số 95-KH/ĐU",
        ("Đảng ủy Bộ",),
        id="a-ministrys-party-committee",
    ),
    pytest.param(
        "Đảng ủy Công ty Cổ phần Cảng Quảng Ninh ban hành Nghị quyết số 18-NQ/ĐU.",
        "Nghị quyết số 18-NQ/ĐU",
        ("Đảng ủy Công ty Cổ phần Cảng Quảng Ninh",),
        id="a-joint-stock-company",
    ),
]


@pytest.mark.parametrize(("text", "surface", "issuer"), INSTITUTION_ISSUERS)
def test_institution_issuers_and_asides(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


def test_the_bracketed_aside_also_dates_and_keeps_the_cue() -> None:
    result = run(
        "Kế hoạch số 20-KH/TU (do Ban Thường vụ Tỉnh ủy ban hành ngày 2/3/2021) về thực hiện Nghị quyết Đại hội "
        "Đảng bộ tỉnh lần thứ XVII đã được triển khai."
    )
    assert doc_named(result, "Kế hoạch số 20-KH/TU").date == "2021-03-02"
    assert edges(result) == {("Kế hoạch số 20-KH/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII")}


def test_and_after_an_objects_title_shares_the_body_with_the_next_item() -> None:
    result = run(
        "Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU thực hiện Nghị quyết số 66-NQ/TW về pháp luật, và "
        "Kế hoạch số 13-KH/ĐU thực hiện Nghị quyết số 68-NQ/TW."
    )
    assert doc_named(result, "Kế hoạch số 13-KH/ĐU").issuer == ("Ban Thường vụ Đảng ủy xã",)


def test_a_frame_reaches_past_a_bracketed_short_form() -> None:
    result = run(
        "Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính "
        "trị (NQ57), Ban Thường vụ Đảng ủy ban hành Kế hoạch số 09-KH/ĐU."
    )
    assert edges(result) == {
        ("Kế hoạch số 15-KH/TU", "Nghị quyết số 57-NQ/TW"),
        ("Kế hoạch số 09-KH/ĐU", "Kế hoạch số 15-KH/TU"),
    }


SHORT_FORMS = [
    pytest.param(
        "Tỉnh ủy ban hành Chương trình hành động số 35-CTr/TU. Thị ủy ban hành Kế hoạch số 210-KH/ThU thực hiện "
        "Chương trình 35 của Tỉnh ủy.",
        {("Kế hoạch số 210-KH/ThU", "Chương trình hành động số 35-CTr/TU")},
        id="a-programme-by-its-number-once-named-in-full",
    ),
    pytest.param(
        "Xã tham gia Chương trình 135 của Chính phủ và ban hành Kế hoạch số 3-KH/ĐU thực hiện Chương trình 135.",
        set(),
        id="a-programme-number-never-named-in-full-stays-vague",
    ),
    pytest.param(
        "Quân ủy Trung ương ban hành Nghị quyết số 1658-NQ/QUTW. Đảng ủy Sư đoàn ban hành Nghị quyết số 207-NQ/ĐU "
        "về lãnh đạo thực hiện Nghị quyết 1658.",
        {("Nghị quyết số 207-NQ/ĐU", "Nghị quyết số 1658-NQ/QUTW")},
        id="a-four-digit-number-that-is-no-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS)
def test_short_forms(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_the_level_comes_from_the_mention_with_a_symbol() -> None:
    result = run(
        "Quân khu sơ kết Nghị quyết 3488 của Quân ủy Trung ương\n\nĐảng ủy Quân khu sơ kết Nghị quyết số "
        "3488-NQ/QUTW của Quân ủy Trung ương."
    )
    (doc,) = result.documents
    assert doc.level == "central" and len(doc.mentions) == 2


# --- documents named by what they are, without a number ---------------------------------------------------------
def test_a_list_of_named_documents_a_body_issued() -> None:
    result = run(
        "Đảng ủy xã đã ban hành Quy chế làm việc khóa I, Chương trình công tác năm 2025 và Kế hoạch kiểm tra, giám "
        "sát 6 tháng cuối năm 2025."
    )
    assert [(d.type, d.issuer) for d in result.documents] == [
        ("rules", ("Đảng ủy xã",)),
        ("action_programme", ("Đảng ủy xã",)),
        ("plan", ("Đảng ủy xã",)),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Ban Chấp hành Đảng bộ phường thông qua Chương trình làm việc toàn khóa.",
            "action_programme",
            id="working-programme-of-the-term",
        ),
        pytest.param(
            "Ban Thường vụ Huyện ủy ban hành Kế hoạch tổ chức đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030.",
            "plan",
            id="plan-to-hold-congresses",
        ),
        pytest.param(
            "Ban Tuyên giáo Tỉnh ủy ban hành Đề cương tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng.",
            "other",
            id="propaganda-outline",
        ),
    ],
)
def test_a_named_document_a_body_issued(text: str, kind: str) -> None:
    (doc,) = run(text).documents
    assert doc.type == kind and doc.issuer and doc.number is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tỉnh ủy chưa ban hành Chương trình công tác năm 2025.", id="not-yet-issued"),
        pytest.param("Tỉnh ủy tổ chức hội nghị bàn Chương trình công tác năm 2025.", id="no-issuing-verb"),
        pytest.param("Hội nghị bàn về chương trình làm việc toàn khóa.", id="lower-case-noun"),
    ],
)
def test_a_named_document_needs_its_issuing(text: str) -> None:
    assert run(text).documents == ()


def test_named_documents_of_one_article_stay_apart_in_the_graph() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ phường thông qua Chương trình làm việc toàn khóa và Chương trình kiểm tra, giám sát "
        "năm 2025."
    )
    assert [d.mentions[0].surface for d in result.documents] == [
        "Chương trình làm việc toàn khóa",
        "Chương trình kiểm tra, giám sát năm 2025",
    ]
    assert len({d.iri for d in resolve_corpus([result]).documents}) == 2


def test_a_propaganda_outline_implements_the_resolutions_it_explains() -> None:
    result = run(
        "Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Đề cương tuyên truyền Nghị quyết số 66-NQ/TW và Nghị quyết số "
        "68-NQ/TW của Bộ Chính trị."
    )
    assert edges(result) == {
        ("Đề cương", "Nghị quyết số 66-NQ/TW"),
        ("Đề cương", "Nghị quyết số 68-NQ/TW"),
    }


def test_a_programme_opening_a_sentence_with_its_issue_date() -> None:
    result = run(
        "Huyện ủy đã ban hành Chương trình hành động số 18-CTr/HU thực hiện Nghị quyết 21. Chương trình được ban "
        "hành ngày 30/9/2022."
    )
    assert doc_named(result, "Chương trình hành động số 18-CTr/HU").date == "2022-09-30"


def test_counted_sets_are_the_means_of_a_cue() -> None:
    result = run(
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đã được Ban Chấp hành Đảng bộ tỉnh cụ thể hóa bằng 3 nghị "
        "quyết chuyên đề và 5 chương trình hành động."
    )
    assert edges(result) == {
        ("3 nghị quyết chuyên đề", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX"),
        ("5 chương trình hành động", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX"),
    }


def test_a_plan_of_the_committee_is_its_standing_boards_plan() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 318-KH/TU. Ban Thường vụ Huyện ủy ban hành Kế hoạch số "
        "255-KH/HU.\nKế hoạch của Huyện ủy giao Ban Tuyên giáo Huyện ủy chủ trì."
    )
    assert [d.symbol for d in result.documents] == ["318-KH/TU", "255-KH/HU"]
    assert len(doc_named(result, "Kế hoạch số 255-KH/HU").mentions) == 2


def test_a_frame_after_a_speakers_name() -> None:
    result = run(
        "Đồng chí Trưởng Ban Tổ chức Tỉnh ủy: Thực hiện Kết luận số 137-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh "
        "ủy đã ban hành Đề án số 15-ĐA/TU về sắp xếp."
    )
    assert edges(result) == {("Đề án số 15-ĐA/TU", "Kết luận số 137-KL/TW")}


def test_one_number_of_two_years_is_two_documents() -> None:
    result = run(
        "Rút kinh nghiệm từ Chỉ thị 35-CT/TW năm 2019, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 250-KH/TU thực hiện "
        "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị."
    )
    assert [(d.symbol, d.year, d.date) for d in result.documents if d.type == "directive"] == [
        ("35-CT/TW", 2019, None),
        ("35-CT/TW", 2024, "2024-06-14"),
    ]
    assert edges(result) == {("Kế hoạch số 250-KH/TU", "Chỉ thị số 35-CT/TW")}


def test_an_inter_agency_guideline() -> None:
    result = run(
        "Ban Tổ chức Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy ban hành Hướng dẫn liên ngành số 02-HDLN/BTCTU-UBKTTU hướng "
        "dẫn thực hiện Quy định số 80-QĐ/TW của Bộ Chính trị."
    )
    guide = doc_named(result, "Hướng dẫn liên ngành số 02-HDLN/BTCTU-UBKTTU")
    assert guide.type == "guideline" and guide.issuer == ("Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy")
    assert edges(result) == {("Hướng dẫn liên ngành số 02-HDLN/BTCTU-UBKTTU", "Quy định số 80-QĐ/TW")}


def test_working_rules_of_a_commission_issued_by_the_standing_board() -> None:
    result = run("Ban Thường vụ Tỉnh ủy ban hành Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy.")
    assert result.documents[0].issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_a_headlines_bare_congress_resolution_takes_the_level_of_the_body_named_later() -> None:
    result = run(
        "Thông qua Chương trình hành động thực hiện Nghị quyết Đại hội\n\nBan Chấp hành Đảng bộ tỉnh thông qua "
        "Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI."
    )
    congress = doc_named(result, "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI")
    assert congress.level == "provincial" and len(congress.mentions) == 2


def test_an_inspection_programme_of_a_body_is_not_its_numbered_action_programme() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ tỉnh thông qua Chương trình hành động số 01-CTr/TU. Hội nghị cũng thông qua Chương "
        "trình kiểm tra, giám sát toàn khóa của Ban Chấp hành Đảng bộ tỉnh."
    )
    assert [d.symbol for d in result.documents if d.type == "action_programme"] == ["01-CTr/TU", None]


def test_a_cell_of_a_school_issues() -> None:
    result = run("Chi bộ Trường THCS Tân Hòa xây dựng Kế hoạch số 09-KH/CB thực hiện Chỉ thị số 05-CT/TW.")
    assert doc_named(result, "Kế hoạch số 09-KH/CB").issuer == ("Chi bộ Trường THCS Tân Hòa",)


def test_a_table_naming_documents_in_its_name_column() -> None:
    result = run(
        "STT | Tên văn bản | Ngày ban hành | Cơ quan ban hành\n"
        "1 | Kế hoạch số 25-KH/TU thực hiện Nghị quyết số 57-NQ/TW | 10/02/2025 | Ban Thường vụ Tỉnh ủy\n"
    )
    plan = doc_named(result, "Kế hoạch số 25-KH/TU")
    assert (plan.date, plan.issuer) == ("2025-02-10", ("Ban Thường vụ Tỉnh ủy",))
    assert doc_named(result, "Nghị quyết số 57-NQ/TW").issuer == ()


def test_a_list_introduced_by_the_documents_of_a_body_since_a_time() -> None:
    result = run(
        "Các văn bản chỉ đạo chủ yếu của Đảng ủy xã từ khi thành lập:\n1. Nghị quyết số 01-NQ/ĐU về nhiệm vụ năm "
        "2025;\n2. Kế hoạch số 04-KH/ĐU thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị;"
    )
    assert doc_named(result, "Nghị quyết số 01-NQ/ĐU").issuer == ("Đảng ủy xã",)
    assert doc_named(result, "Kế hoạch số 04-KH/ĐU").issuer == ("Đảng ủy xã",)


FRAMES_AND_FRONTING = [
    pytest.param(
        "Căn cứ Hướng dẫn số 25-HD/BTCTW của Ban Tổ chức Trung ương và thực hiện Chỉ thị số 35-CT/TW của Bộ Chính "
        "trị, Ban Chấp hành Đảng bộ xã ban hành Kế hoạch số 112-KH/ĐU.",
        {("Kế hoạch số 112-KH/ĐU", "Chỉ thị số 35-CT/TW")},
        id="a-basis-and-then-an-implementation",
    ),
    pytest.param(
        "Triển khai Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân: Tỉnh ủy ban hành Chương trình hành động số "
        "35-CTr/TU",
        {("Chương trình hành động số 35-CTr/TU", "Nghị quyết 68-NQ/TW")},
        id="a-headline-frame-closed-by-a-colon",
    ),
    pytest.param(
        "Ngay sau khi Bộ Chính trị ban hành Nghị quyết 57, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU để "
        "triển khai thực hiện, đồng thời thành lập Ban Chỉ đạo.",
        {("Kế hoạch số 210-KH/TU", "Nghị quyết 57")},
        id="an-elided-object-before-another-clause",
    ),
    pytest.param(
        "Huyện ủy sơ kết Chỉ thị số 27-CT/TW của Ban Bí thư. Hội nghị cũng triển khai Kế hoạch số 315-KH/HU về "
        "thực hiện Chỉ thị trong thời gian tới.",
        {("Kế hoạch số 315-KH/HU", "Chỉ thị số 27-CT/TW")},
        id="a-bare-head-before-a-time",
    ),
    pytest.param(
        "Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII – Ban Thường vụ Huyện ủy đã cụ thể hóa bằng Kế "
        "hoạch số 64-KH/HU và Kế hoạch số 65-KH/HU.",
        {("Kế hoạch số 64-KH/HU", "Kết luận số 21-KL/TW"), ("Kế hoạch số 65-KH/HU", "Kết luận số 21-KL/TW")},
        id="a-fronted-object-then-the-means",
    ),
    pytest.param(
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy đã quán triệt bằng nhiều hình thức.",
        set(),
        id="a-fronted-object-with-no-document-as-means",
    ),
    pytest.param(
        "Kế hoạch số 77-KH/TU mà Ban Thường vụ Tỉnh ủy ban hành để thực hiện Chỉ thị số 39-CT/TW của Ban Bí thư đã "
        "giao chỉ tiêu.",
        {("Kế hoạch số 77-KH/TU", "Chỉ thị số 39-CT/TW")},
        id="a-relative-clause-naming-the-body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES_AND_FRONTING)
def test_frames_and_fronted_objects(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_the_relative_clause_gives_the_body() -> None:
    result = run("Kế hoạch số 77-KH/TU mà Ban Thường vụ Tỉnh ủy ban hành để thực hiện Chỉ thị số 39-CT/TW.")
    assert doc_named(result, "Kế hoạch số 77-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_a_list_of_bulleted_items_after_the_body_and_its_verb() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản, như:\n• Kế hoạch số 245-KH/TU thực hiện Kết luận số "
        "123-KL/TW;\n• Hướng dẫn số 18-HD/TU về thực hiện Chỉ thị số 45-CT/TW."
    )
    assert doc_named(result, "Kế hoạch số 245-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)
    assert doc_named(result, "Hướng dẫn số 18-HD/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_a_signers_aside_with_the_signing_date() -> None:
    result = run(
        "Kế hoạch số 210-KH/TU do đồng chí Nguyễn Minh Sơn, Phó Bí thư Thường trực Tỉnh ủy ký ngày 4/4/2024 nhằm "
        "thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị."
    )
    assert doc_named(result, "Kế hoạch số 210-KH/TU").date == "2024-04-04"
    assert edges(result) == {("Kế hoạch số 210-KH/TU", "Quy định số 144-QĐ/TW")}


MORE_RELATIONS = [
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Quy định số 1148-QĐ/TU về kiểm soát quyền lực, thay thế Quy định số "
        "862-QĐ/TU ngày 6/5/2019, nhằm cụ thể hóa Quy định số 114-QĐ/TW của Bộ Chính trị.",
        {("Quy định số 1148-QĐ/TU", "Quy định số 114-QĐ/TW")},
        id="the-document-that-replaces-carries-out-the-purpose",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình hành động số 09-CTr/TU thực hiện Nghị quyết số 71-NQ/TW; Ban Thường vụ Tỉnh ủy "
        "ban hành Kế hoạch số 44-KH/TU tổ chức học tập, quán triệt Nghị quyết số 71-NQ/TW và Chương trình hành động "
        "số 09-CTr/TU.",
        {
            ("Chương trình hành động số 09-CTr/TU", "Nghị quyết số 71-NQ/TW"),
            ("Kế hoạch số 44-KH/TU", "Nghị quyết số 71-NQ/TW"),
            ("Kế hoạch số 44-KH/TU", "Chương trình hành động số 09-CTr/TU"),
        },
        id="the-organs-programme-named-before-stays-an-object",
    ),
    pytest.param(
        "Huyện ủy ban hành Chương trình số 12-CTr/HU thực hiện Nghị quyết Trung ương 6 khóa XII và Kế hoạch số "
        "35-KH/HU học tập, quán triệt các nghị quyết Trung ương 7 khóa XII.",
        {
            ("Chương trình số 12-CTr/HU", "Nghị quyết Trung ương 6 khóa XII"),
            ("Kế hoạch số 35-KH/HU", "các nghị quyết Trung ương 7 khóa XII"),
        },
        id="the-organs-next-plan-of-another-kind-is-no-object",
    ),
    pytest.param(
        "Các văn bản thực hiện Nghị quyết số 21-NQ/TW ở Hải Phòng:\n- Thành ủy: Chương trình hành động số "
        "24-CTr/TU;\n- Quận ủy Kiến An: Kế hoạch số 112-KH/QU;\n- Huyện ủy An Lão: Kế hoạch số 140-KH/HU.",
        {
            ("Chương trình hành động số 24-CTr/TU", "Nghị quyết số 21-NQ/TW"),
            ("Kế hoạch số 112-KH/QU", "Nghị quyết số 21-NQ/TW"),
            ("Kế hoạch số 140-KH/HU", "Nghị quyết số 21-NQ/TW"),
        },
        id="items-labelled-with-their-body-under-an-intro-naming-what-they-carry-out",
    ),
    pytest.param(
        "Quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII (Nghị quyết số 18-NQ/TW) "
        "về đất đai, Tỉnh ủy ban hành Chương trình hành động số 60-CTr/TU.",
        {
            (
                "Chương trình hành động số 60-CTr/TU",
                "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII",
            )
        },
        id="a-frame-whose-object-is-named-again-in-brackets",
    ),
    pytest.param(
        "Trước khi hợp nhất vào Thành phố Hồ Chí Minh, thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy "
        "Bình Dương đã ban hành Đề án số 12-ĐA/TU.",
        {("Đề án số 12-ĐA/TU", "Nghị quyết số 57-NQ/TW")},
        id="a-frame-after-a-longer-opening-phrase",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Kế hoạch số 10-KH/TU thực hiện việc lấy phiếu tín nhiệm theo Quy định số 262-QĐ/TW.",
        {("Kế hoạch số 10-KH/TU", "Quy định số 262-QĐ/TW")},
        id="carrying-out-an-act-as-a-document-says",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Nghị quyết số 04-NQ/TU, cụ thể hóa Nghị quyết Trung ương 3 (khóa VIII) và Thông tri số "
        "07-TT/TW của Ban Bí thư hướng dẫn thực hiện Nghị quyết Trung ương 3 (khóa VIII).",
        {
            ("Nghị quyết số 04-NQ/TU", "Nghị quyết Trung ương 3 (khóa VIII)"),
            ("Nghị quyết số 04-NQ/TU", "Thông tri số 07-TT/TW"),
            ("Thông tri số 07-TT/TW", "Nghị quyết Trung ương 3 (khóa VIII)"),
        },
        id="a-second-object-that-guides-a-plenum-object",
    ),
    pytest.param(
        "Tỉnh ủy đã cụ thể hóa Quy định số 101-QĐ/TW của Ban Bí thư, Quy định số 55-QĐ/TW của Bộ Chính trị và Quy "
        "định số 08-QĐi/TW lần lượt bằng Kế hoạch số 36-KH/TU, Kế hoạch số 12-KH/TU và Kế hoạch số 40-KH/TU.",
        {
            ("Kế hoạch số 36-KH/TU", "Quy định số 101-QĐ/TW"),
            ("Kế hoạch số 12-KH/TU", "Quy định số 55-QĐ/TW"),
            ("Kế hoạch số 40-KH/TU", "Quy định số 08-QĐi/TW"),
        },
        id="respectively-by-means-of",
    ),
    pytest.param(
        "Sau khi Tỉnh ủy ban hành Chương trình hành động số 61-CTr/TU thực hiện Nghị quyết số 20-NQ/TW, các đảng bộ "
        "trực thuộc đã khẩn trương cụ thể hóa: Đảng ủy Sở Y tế ban hành Kế hoạch số 33-KH/ĐU; Huyện ủy Quỳnh Lưu ban "
        "hành Kế hoạch số 95-KH/HU.",
        {
            ("Chương trình hành động số 61-CTr/TU", "Nghị quyết số 20-NQ/TW"),
            ("Kế hoạch số 33-KH/ĐU", "Chương trình hành động số 61-CTr/TU"),
            ("Kế hoạch số 95-KH/HU", "Chương trình hành động số 61-CTr/TU"),
        },
        id="a-cue-before-a-colon-and-issuing-clauses-carries-out-what-was-issued-before",
    ),
    pytest.param(
        "Tỉnh ủy đã ban hành nhiều văn bản để thực hiện: Kế hoạch số 33-KH/TU; Kế hoạch số 34-KH/TU.",
        set(),
        id="a-cue-before-a-colon-and-a-list-of-documents",
    ),
    pytest.param(
        "Thực hiện Nghị quyết 33 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy có Kế hoạch 156 ngày 18/6/2019; trong đó giao "
        "Đảng ủy Quân sự tỉnh chủ trì.",
        {("Kế hoạch 156", "Nghị quyết 33")},
        id="a-body-has-a-plan-under-a-fronted-frame",
    ),
    pytest.param(
        "Ban cán sự đảng UBND tỉnh ban hành Kế hoạch số 41-KH/BCSĐ về lãnh đạo thực hiện Luật Đất đai năm 2024 và Kế "
        "hoạch số 175-KH/TU của Ban Thường vụ Tỉnh ủy.",
        {("Kế hoạch số 41-KH/BCSĐ", "Kế hoạch số 175-KH/TU")},
        id="a-law-then-a-plan-of-a-named-body",
    ),
    pytest.param(
        "Đảng ủy xã ban hành Kế hoạch số 05-KH/ĐU thực hiện phong trào “Bình dân học vụ số” và Kế hoạch số 03-KH/TU "
        "của Ban Thường vụ Tỉnh ủy về chuyển đổi số.",
        {("Kế hoạch số 05-KH/ĐU", "Kế hoạch số 03-KH/TU")},
        id="a-movement-then-a-plan-of-a-named-body",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy, Đảng ủy Sở Y tế ban hành Kế hoạch số 31-KH/ĐU; Đảng ủy Sở Lao "
        "động - Thương binh và Xã hội ban hành Kế hoạch số 19-KH/ĐU.",
        {
            ("Kế hoạch số 31-KH/ĐU", "Nghị quyết số 09-NQ/TU"),
            ("Kế hoạch số 19-KH/ĐU", "Nghị quyết số 09-NQ/TU"),
        },
        id="the-frame-reaches-a-next-body-with-a-dash-in-its-name",
    ),
    pytest.param(
        "Ban Bí thư ban hành Hướng dẫn số 06-HD/TW hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng và Quy "
        "định số 294-QĐ/TW của Ban Chấp hành Trung ương.",
        {("Hướng dẫn số 06-HD/TW", "Điều lệ Đảng"), ("Hướng dẫn số 06-HD/TW", "Quy định số 294-QĐ/TW")},
        id="a-guideline-on-some-questions-of-applying-the-charter",
    ),
    pytest.param(
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 152-KH/HU thực hiện theo Hướng dẫn số 12-HD/BTGTU.",
        {("Kế hoạch số 152-KH/HU", "Hướng dẫn số 12-HD/BTGTU")},
        id="thuc-hien-theo",
    ),
    pytest.param(
        "Huyện ủy đã cụ thể hóa Nghị quyết số 21-NQ/TW bằng Kế hoạch số 120-KH/HU và Đề án số 06-ĐA/HU.",
        {
            ("Kế hoạch số 120-KH/HU", "Nghị quyết số 21-NQ/TW"),
            ("Đề án số 06-ĐA/HU", "Nghị quyết số 21-NQ/TW"),
        },
        id="by-means-of-a-list",
    ),
    pytest.param(
        "Để thực hiện Nghị quyết số 68-NQ/TW, Chương trình số 22-CTr/TU đã được Ban Thường vụ Thành ủy ban hành.",
        {("Chương trình số 22-CTr/TU", "Nghị quyết số 68-NQ/TW")},
        id="a-purpose-then-the-issued-document-as-a-passive-subject",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW được ban hành ngày 25/10/2017, Tỉnh ủy ban hành "
        "Kế hoạch số 45-KH/TU.",
        {
            ("Kế hoạch số 45-KH/TU", "Nghị quyết số 18-NQ/TW"),
            ("Kế hoạch số 45-KH/TU", "Nghị quyết số 19-NQ/TW"),
        },
        id="a-listed-object-of-the-same-level-with-a-passive-date-stays-an-object",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_RELATIONS)
def test_more_relations(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_district_of_a_city_named_by_its_number() -> None:
    result = run("Ban Thường vụ Quận ủy Quận 3 ban hành Kế hoạch số 140-KH/QU.")
    doc = doc_named(result, "Kế hoạch số 140-KH/QU")
    assert doc.issuer == ("Ban Thường vụ Quận ủy",) and doc.issuer_province == "Quận 3"


def test_items_issued_one_after_the_other_with_titles_about_implementing() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 76-KH/TU về tổng kết Nghị quyết số 26-NQ/TW về nông nghiệp "
        "và Kế hoạch số 77-KH/TU về thực hiện Kết luận số 54-KL/TW."
    )
    assert doc_named(result, "Kế hoạch số 77-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_an_item_after_an_objects_title_that_names_the_charter() -> None:
    result = run(
        "Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 25-HD/BTCTU thực hiện Quy định số 232-QĐ/TW về thi hành Điều lệ "
        "Đảng; Hướng dẫn số 26-HD/BTCTU về nghiệp vụ công tác đảng viên."
    )
    assert doc_named(result, "Hướng dẫn số 26-HD/BTCTU").issuer == ("Ban Tổ chức Tỉnh ủy",)


def test_duoc_ban_hanh_ngay_dates_the_sentences_subject() -> None:
    result = run(
        "Chương trình hành động số 50-CTr/TU thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị được ban hành ngày "
        "26/5/2025.\nTỉnh ủy quán triệt Nghị quyết số 57-NQ/TW được ban hành ngày 22/12/2024."
    )
    assert doc_named(result, "Chương trình hành động số 50-CTr/TU").date == "2025-05-26"
    assert doc_named(result, "Nghị quyết số 68-NQ/TW").date is None
    assert doc_named(result, "Nghị quyết số 57-NQ/TW").date == "2024-12-22"


def test_tasks_listed_after_the_body_that_did_them() -> None:
    result = run(
        "Năm 2023, Ban Thường vụ Huyện ủy đã:\na) ban hành Kế hoạch số 112-KH/HU thực hiện Nghị quyết số 22-NQ/TU;"
        "\nb) tổ chức sơ kết Chỉ thị số 05-CT/TU;\nc) ban hành Hướng dẫn số 07-HD/HU về sinh hoạt chi bộ."
    )
    assert doc_named(result, "Kế hoạch số 112-KH/HU").issuer == ("Ban Thường vụ Huyện ủy",)
    assert doc_named(result, "Hướng dẫn số 07-HD/HU").issuer == ("Ban Thường vụ Huyện ủy",)
    assert doc_named(result, "Nghị quyết số 22-NQ/TU").issuer == ()


def test_members_of_a_counted_set_after_trong_do() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy đã ban hành 12 kế hoạch, 5 hướng dẫn để lãnh đạo đại hội đảng bộ cấp xã; trong đó, "
        "Kế hoạch số 06-KH/TU được ban hành để thực hiện Kết luận số 150-KL/TW."
    )
    assert doc_named(result, "Kế hoạch số 06-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)
    assert ("Kế hoạch số 06-KH/TU", "Kết luận số 150-KL/TW") in edges(result)


ASIDES_AND_MEANS = [
    pytest.param(
        "Chương trình hành động số 30-CTr/TU của Tỉnh ủy — ban hành ngày 20/11/2023 — nhằm thực hiện Nghị quyết số "
        "13-NQ/TW của Bộ Chính trị.",
        {("Chương trình hành động số 30-CTr/TU", "Nghị quyết số 13-NQ/TW")},
        id="a-date-between-dashes",
    ),
    pytest.param(
        'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 130-KH/TU "về bảo vệ chính trị nội bộ trong tình hình mới" '
        "nhằm cụ thể hóa Kết luận số 08-KL/TW.",
        {("Kế hoạch số 130-KH/TU", "Kết luận số 08-KL/TW")},
        id="a-quoted-title-then-the-purpose",
    ),
    pytest.param(
        "Đối với Kết luận số 123-KL/TW, Ban Thường vụ Tỉnh ủy đã có Kế hoạch số 08-KH/TU để thực hiện.",
        {("Kế hoạch số 08-KH/TU", "Kết luận số 123-KL/TW")},
        id="a-topic-frame-with-da-co",
    ),
    pytest.param(
        "Tỉnh ủy đã triển khai Kết luận số 137-KL/TW bằng việc ban hành Đề án số 15-ĐA/TU.",
        {("Đề án số 15-ĐA/TU", "Kết luận số 137-KL/TW")},
        id="by-issuing",
    ),
    pytest.param(
        "Đảng ủy Quân khu 7 ban hành Chương trình hành động số 1035-CTr/ĐU thực hiện Nghị quyết Đại hội đại biểu "
        "Đảng bộ Quân đội lần thứ XI.",
        {
            (
                "Chương trình hành động số 1035-CTr/ĐU",
                "Nghị quyết Đại hội đại biểu Đảng bộ Quân đội lần thứ XI",
            )
        },
        id="the-armys-party-congress",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES_AND_MEANS)
def test_asides_and_means(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_the_date_between_dashes_and_the_issuer_by_issuing() -> None:
    result = run(
        "Chương trình hành động số 30-CTr/TU của Tỉnh ủy — ban hành ngày 20/11/2023 — nhằm thực hiện Nghị quyết số "
        "13-NQ/TW.\nTỉnh ủy đã triển khai Kết luận số 137-KL/TW bằng việc ban hành Đề án số 15-ĐA/TU."
    )
    assert doc_named(result, "Chương trình hành động số 30-CTr/TU").date == "2023-11-20"
    assert doc_named(result, "Đề án số 15-ĐA/TU").issuer == ("Tỉnh ủy",)


def test_the_armys_congress_is_central_and_no_district() -> None:
    (doc,) = run("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Quân đội lần thứ XI.").documents
    assert doc.issuer == ("Đại hội đại biểu Đảng bộ Quân đội",) and doc.level == "central"


def test_a_headlines_abbreviation_does_not_reach_the_next_paragraphs_date() -> None:
    result = run(
        "TỈNH ỦY BAN HÀNH CHƯƠNG TRÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 72-NQ/TW\n\n(BĐL) - Ngày 30/9/2025, Tỉnh ủy ban hành "
        "Chương trình hành động số 21-CTr/TU thực hiện Nghị quyết số 72-NQ/TW."
    )
    assert doc_named(result, "NGHỊ QUYẾT SỐ 72-NQ/TW").date is None
    assert doc_named(result, "Chương trình hành động số 21-CTr/TU").date == "2025-09-30"


def test_a_cue_joined_to_an_earlier_verb_is_not_the_titles() -> None:
    result = run(
        "Tỉnh ủy tổng kết Chỉ thị số 40-CT/TW của Ban Bí thư về tín dụng chính sách và triển khai Chỉ thị số "
        "39-CT/TW của Ban Bí thư."
    )
    assert edges(result) == set()


def test_members_of_a_set_after_the_set_in_a_frame() -> None:
    result = run(
        "Để cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, Ban Chấp hành Đảng bộ tỉnh ban hành 9 nghị "
        "quyết chuyên đề, trong đó có Nghị quyết số 04-NQ/TU về phát triển đô thị."
    )
    assert ("Nghị quyết số 04-NQ/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII") in edges(result)


def test_an_elided_object_gives_way_to_the_frame() -> None:
    result = run(
        "Thực hiện Thông báo kết luận số 108-TB/TW của Bộ Chính trị về chủ trương tổng kết Nghị quyết số 15-NQ/TW, "
        "Ban Thường vụ Thành ủy ban hành Kế hoạch số 299-KH/TU để triển khai."
    )
    assert edges(result) == {("Kế hoạch số 299-KH/TU", "Thông báo kết luận số 108-TB/TW")}


def test_a_reproduced_plan_the_standing_board_drew_up() -> None:
    result = run(
        "ĐẢNG ỦY XÃ CÔNG THÀNH\nSố 15-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW\n\nThực hiện Nghị quyết "
        "số 57-NQ/TW và Kế hoạch số 301-KH/HU của Ban Thường vụ Huyện ủy, Ban Thường vụ Đảng ủy xây dựng Kế hoạch "
        "thực hiện như sau:"
    )
    assert edges(result) == {
        ("15-KH/ĐU", "Nghị quyết số 57-NQ/TW"),
        ("15-KH/ĐU", "Kế hoạch số 301-KH/HU"),
    }


@pytest.mark.parametrize(
    "separator", [pytest.param("\t", id="tabs"), pytest.param("      ", id="runs-of-spaces")]
)
def test_a_table_pasted_with_tabs_or_spaces(separator: str) -> None:
    rows = [
        ["Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung"],
        [
            "01-CTr/ĐU",
            "05/8/2025",
            "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ I",
        ],
        ["12-KH/ĐU", "20/8/2025", "Kế hoạch triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị"],
    ]
    result = run("\n".join(separator.join(row) for row in rows))
    assert doc_named(result, "12-KH/ĐU").date == "2025-08-20"
    assert edges(result) == {
        ("01-CTr/ĐU", "Nghị quyết Đại hội Đảng bộ phường lần thứ I"),
        ("12-KH/ĐU", "Nghị quyết số 57-NQ/TW"),
    }


def test_uneven_spacing_in_prose_is_no_table() -> None:
    result = run(
        "Thực hiện   Nghị quyết số 57-NQ/TW   của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch số 5-KH/TU."
    )
    assert edges(result) == {("Kế hoạch số 5-KH/TU", "Nghị quyết số 57-NQ/TW")}


def test_a_bare_head_before_bang_is_the_article_resolution() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy sơ kết Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương. Trước đó, Ban Chấp hành "
        "Đảng bộ tỉnh đã cụ thể hóa Nghị quyết bằng Chương trình hành động số 49-CTr/TU."
    )
    assert edges(result) == {("Chương trình hành động số 49-CTr/TU", "Nghị quyết số 36-NQ/TW")}


def test_a_bare_head_opening_a_sentence_with_its_cue() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ huyện ban hành Nghị quyết số 05-NQ/HU về du lịch. Nghị quyết cụ thể hóa Nghị quyết "
        "Đại hội Đảng bộ huyện lần thứ XII."
    )
    assert edges(result) == {("Nghị quyết số 05-NQ/HU", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XII")}


def test_the_issuing_date_of_a_list_dates_every_item() -> None:
    result = run(
        "Ngày 1/7/2025, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1205-QĐ/TU về thành lập Đảng bộ xã và Quyết "
        "định số 1206-QĐ/TU chỉ định Ban Chấp hành; Kế hoạch số 9-KH/TU ngày 3/7/2025 về đại hội."
    )
    assert [d.date for d in result.documents] == ["2025-07-01", "2025-07-01", "2025-07-03"]


def test_a_title_joined_to_another_implementation() -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 36-KH/TU thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn "
        "Đảng gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."
    )
    assert edges(result) == {
        ("Kế hoạch số 36-KH/TU", "Nghị quyết Trung ương 4 khóa XII"),
        ("Kế hoạch số 36-KH/TU", "Chỉ thị số 05-CT/TW"),
    }


PROBE_17_SHAPES = [
    pytest.param(
        "Tỉnh ủy ký ban hành Chương trình hành động số 52-CTr/TU. Chương trình nhằm cụ thể hóa Nghị quyết số "
        "68-NQ/TW của Bộ Chính trị.",
        {("Chương trình hành động số 52-CTr/TU", "Nghị quyết số 68-NQ/TW")},
        id="a-bare-programme-opening-a-sentence-with-its-purpose",
    ),
    pytest.param(
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị cũng đã được Tỉnh ủy (cũ) cụ thể hóa bằng Chương trình hành động "
        "số 31-CTr/TU.",
        {("Chương trình hành động số 31-CTr/TU", "Nghị quyết số 57-NQ/TW")},
        id="a-bracketed-word-in-the-passives-agent",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 85-KH/TU thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương "
        "4 và Kế hoạch số 03-KH/TW của Bộ Chính trị thực hiện Kết luận 21.",
        {
            ("Kế hoạch số 85-KH/TU", "Kết luận số 21-KL/TW"),
            ("Kế hoạch số 85-KH/TU", "Kế hoạch số 03-KH/TW"),
            ("Kế hoạch số 03-KH/TW", "Kết luận số 21-KL/TW"),
        },
        id="a-second-object-described-by-its-own-cue-on-the-first",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình số 15-CTr/TU thực hiện Nghị quyết số 26-NQ/TW và Chương trình số 16-CTr/TU "
        "thực hiện Nghị quyết số 28-NQ/TW.",
        {
            ("Chương trình số 15-CTr/TU", "Nghị quyết số 26-NQ/TW"),
            ("Chương trình số 16-CTr/TU", "Nghị quyết số 28-NQ/TW"),
        },
        id="a-next-item-with-a-target-of-its-own-stays-apart",
    ),
    pytest.param(
        "Thành ủy ban hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành "
        "phố lần thứ XXIII, nhiệm kỳ 2025 - 2030, gắn với thực hiện Nghị quyết số 43-NQ/TW của Bộ Chính trị.",
        {
            (
                "Chương trình hành động số 01-CTr/TU",
                "Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XXIII",
            ),
            ("Chương trình hành động số 01-CTr/TU", "Nghị quyết số 43-NQ/TW"),
        },
        id="gan-voi-thuc-hien-after-an-object",
    ),
    pytest.param(
        "Văn bản triển khai Nghị quyết 57 tại tỉnh\nSTT | Văn bản | Ngày ban hành | Cơ quan ban hành\n1 | Chương "
        "trình hành động số 03-CTr/TU | 15/8/2025 | Ban Chấp hành Đảng bộ tỉnh\n",
        {("Chương trình hành động số 03-CTr/TU", "Nghị quyết 57")},
        id="a-tables-title-names-what-its-rows-carry-out",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROBE_17_SHAPES)
def test_more_shapes(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_table_of_units_and_their_plans() -> None:
    result = run(
        "Văn bản triển khai Kế hoạch số 16-KH/TU của Ban Thường vụ Tỉnh ủy:\nĐơn vị | Số hiệu văn bản | Ngày ban hành"
        "\nĐảng ủy xã Yên Trạch | Kế hoạch số 08-KH/ĐU | 12/9/2025\n"
    )
    plan = doc_named(result, "Kế hoạch số 08-KH/ĐU")
    assert (plan.date, plan.issuer) == ("2025-09-12", ("Đảng ủy xã",))
    assert edges(result) == {("Kế hoạch số 08-KH/ĐU", "Kế hoạch số 16-KH/TU")}


PROBE_17_MORE = [
    pytest.param(
        "Thực hiện Nghị quyết số 1659-NQ/QUTW của Quân ủy Trung ương, Đảng ủy Bộ đội Biên phòng tỉnh ra Nghị quyết "
        "số 315-NQ/ĐU.",
        {("Nghị quyết số 315-NQ/ĐU", "Nghị quyết số 1659-NQ/QUTW")},
        id="a-frame-then-ra",
    ),
    pytest.param(
        "Thông báo số 35-TB/TU của Ban Thường vụ Tỉnh ủy kết luận về việc triển khai thực hiện Kết luận số "
        "21-KL/TW.",
        {("Thông báo số 35-TB/TU", "Kết luận số 21-KL/TW")},
        id="a-notice-concluding-about-implementing",
    ),
    pytest.param(
        "Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW “về đẩy mạnh học tập, làm theo tư tưởng, đạo "
        "đức, phong cách Hồ Chí Minh” đã được Huyện ủy triển khai bằng Kế hoạch số 60-KH/HU.",
        {("Kết luận số 01-KL/TW", "Chỉ thị số 05-CT/TW"), ("Kế hoạch số 60-KH/HU", "Kết luận số 01-KL/TW")},
        id="a-passive-subject-whose-inner-title-has-commas",
    ),
    pytest.param(
        "Đảng ủy xã ban hành Kế hoạch số 35-KH/ĐU thực hiện Kế hoạch số 120-KH/HU. Kế hoạch 120 của huyện được ban "
        "hành để thực hiện Chương trình hành động số 20-CTr/TU.",
        {
            ("Kế hoạch số 35-KH/ĐU", "Kế hoạch số 120-KH/HU"),
            ("Kế hoạch số 120-KH/HU", "Chương trình hành động số 20-CTr/TU"),
        },
        id="a-short-form-of-the-district-issued-to-implement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROBE_17_MORE)
def test_more_shapes_still(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_follow_up_sentence_naming_who_issued_the_listed_documents() -> None:
    result = run(
        "Tỉnh ủy ban hành Chương trình hành động số 25-CTr/TU thực hiện Nghị quyết số 19-NQ/TW; Chương trình hành "
        "động số 30-CTr/TU thực hiện Nghị quyết số 27-NQ/TW. Các nghị quyết trên đều do Ban Chấp hành Trung ương "
        "Đảng khóa XIII ban hành."
    )
    assert doc_named(result, "Nghị quyết số 19-NQ/TW").issuer == ("Ban Chấp hành Trung ương",)
    assert doc_named(result, "Nghị quyết số 27-NQ/TW").issuer == ("Ban Chấp hành Trung ương",)


def test_a_ward_named_with_a_number() -> None:
    result = run("Ban Thường vụ Đảng ủy phường Hà Giang 1 ban hành Kế hoạch số 40-KH/ĐU.")
    assert doc_named(result, "Kế hoạch số 40-KH/ĐU").issuer == ("Ban Thường vụ Đảng ủy phường",)


def test_a_state_style_symbol_whose_organ_ends_with_a_number() -> None:
    result = run(
        "Thực hiện Kế hoạch số 141/KH-BCĐTKNQ18 của Ban Chỉ đạo Trung ương, Tỉnh ủy ban hành Kế hoạch số 300-KH/TU."
    )
    plan = doc_named(result, "Kế hoạch số 141/KH-BCĐTKNQ18")
    assert (plan.symbol, plan.issuer) == ("141/KH-BCĐTKNQ18", ("Ban Chỉ đạo Trung ương",))
    assert edges(result) == {("Kế hoạch số 300-KH/TU", "Kế hoạch số 141/KH-BCĐTKNQ18")}


def test_the_political_platform_is_a_document() -> None:
    result = run("Đảng ủy xã quán triệt Điều lệ Đảng và Cương lĩnh chính trị của Đảng cho đảng viên mới.")
    assert [d.mentions[0].surface for d in result.documents] == [
        "Điều lệ Đảng",
        "Cương lĩnh chính trị của Đảng",
    ]


def test_trong_do_in_the_next_sentence_names_a_member_of_the_issued_sets() -> None:
    result = run(
        "Năm 2025, Đảng ủy xã đã ban hành 12 nghị quyết chuyên đề, 25 kế hoạch và 6 chỉ thị. Trong đó, Kế hoạch số "
        "18-KH/ĐU về chuyển đổi số được đánh giá là điểm sáng."
    )
    assert doc_named(result, "Kế hoạch số 18-KH/ĐU").issuer == ("Đảng ủy xã",)


def test_joint_rules_signed_by_two_bodies() -> None:
    result = run(
        "Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh ký kết Quy chế phối hợp số 05-QC/TU-MTTQ về công tác dân vận."
    )
    assert result.documents[0].issuer == ("Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")


def test_a_plenary_with_its_number_and_term_adopts_a_named_resolution() -> None:
    (doc,) = run(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (khóa XX) đã thông qua Nghị quyết về nhiệm vụ phát triển kinh "
        "tế - xã hội năm 2026."
    ).documents
    assert (doc.type, doc.issuer) == ("resolution", ("Ban Chấp hành Đảng bộ tỉnh",))


PROBE_18_SHAPES = [
    pytest.param(
        "Nhằm sớm đưa Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII vào cuộc sống, Ban Chấp hành Đảng bộ huyện đã "
        "ban hành Chương trình hành động số 01-CTr/HU.",
        {("Chương trình hành động số 01-CTr/HU", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII")},
        id="nham-som-dua-vao-cuoc-song",
    ),
    pytest.param(
        "Riêng Nghị quyết số 57-NQ/TW, tỉnh ban hành mới Chương trình hành động số 08-CTr/TU để thực hiện.",
        {("Chương trình hành động số 08-CTr/TU", "Nghị quyết số 57-NQ/TW")},
        id="rieng-as-a-topic",
    ),
    pytest.param(
        "Việc thực hiện Nghị quyết số 26-NQ/TW đã tạo nhiều chuyển biến. Tỉnh ủy ban hành Chương trình hành động số "
        "1135-CTr/TU và nhiều nghị quyết chuyên đề để cụ thể hóa.",
        {("Chương trình hành động số 1135-CTr/TU", "Nghị quyết số 26-NQ/TW")},
        id="a-document-and-many-others-to-carry-it-out",
    ),
    pytest.param(
        "Đảng đoàn ban hành Kế hoạch số 210-KH/ĐĐ về thực hiện Nghị quyết số 43-NQ/TW. Đồng thời, Đảng đoàn ban hành "
        "Kế hoạch số 35-KH/ĐĐ lãnh đạo việc học tập, quán triệt Nghị quyết trong hệ thống Mặt trận.",
        {
            ("Kế hoạch số 210-KH/ĐĐ", "Nghị quyết số 43-NQ/TW"),
            ("Kế hoạch số 35-KH/ĐĐ", "Nghị quyết số 43-NQ/TW"),
        },
        id="a-bare-head-before-trong",
    ),
    pytest.param(
        "Các văn bản Tỉnh ủy ban hành thực hiện nghị quyết của Trung ương\nSTT | Văn bản của tỉnh | Ngày ban hành | "
        "Thực hiện văn bản của Trung ương\n1 | Kế hoạch số 330-KH/TU | 05/1/2023 | Nghị quyết số 29-NQ/TW\n",
        {("Kế hoạch số 330-KH/TU", "Nghị quyết số 29-NQ/TW")},
        id="a-pairing-column-named-by-its-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROBE_18_SHAPES)
def test_shapes_of_daily_reporting(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_congress_resolution_listed_after_a_title_keeps_its_congress() -> None:
    result = run(
        "Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 31-HD/BTGTU về tuyên truyền kết quả Đại hội và Nghị quyết Đại "
        "hội XII của Đảng."
    )
    assert doc_named(result, "Nghị quyết Đại hội XII của Đảng").issuer == ("Đại hội đại biểu toàn quốc",)


def test_a_tables_title_naming_the_body_that_issued_the_rows() -> None:
    result = run(
        "Các văn bản Tỉnh ủy ban hành\nSTT | Văn bản của tỉnh | Ngày ban hành | Thực hiện văn bản của Trung ương\n"
        "1 | Kế hoạch số 330-KH/TU | 05/1/2023 | Nghị quyết số 29-NQ/TW\n"
    )
    assert doc_named(result, "Kế hoạch số 330-KH/TU").issuer == ("Tỉnh ủy",)


def test_a_plenary_named_in_the_sentence_before_adopts_documents() -> None:
    result = run(
        "Ngày 15/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5. Hội nghị đã thảo luận, thống nhất thông "
        "qua Nghị quyết về nhiệm vụ năm 2026 và Chương trình kiểm tra, giám sát năm 2026.\nSáng 3/4, Tỉnh ủy tổ chức "
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12. Hội nghị thống nhất ban hành Nghị quyết số 09-NQ/TU."
    )
    assert [(d.type, d.issuer) for d in result.documents] == [
        ("resolution", ("Ban Chấp hành Đảng bộ tỉnh",)),
        ("action_programme", ("Ban Chấp hành Đảng bộ tỉnh",)),
        ("resolution", ("Ban Chấp hành Đảng bộ tỉnh",)),
    ]


def test_cung_ngay_is_not_the_date_of_a_central_document_named_before() -> None:
    result = run(
        "Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 20-KH/TU thực hiện Nghị quyết số 57-NQ/TW ngày "
        "22/12/2024. Cùng ngày, Ban Thường vụ ban hành Kế hoạch số 21-KH/TU."
    )
    assert doc_named(result, "Kế hoạch số 21-KH/TU").date == "2025-03-05"


def test_cung_ngay_is_not_the_bound_of_a_period() -> None:
    result = run(
        "Ngày 24/8/2025, Đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính "
        "trị. Xã được thành lập từ ngày 1/7/2025, có 34 chi bộ.\nCùng ngày, Đảng ủy xã ban hành Kế hoạch số 21-KH/ĐU "
        "thực hiện nghị quyết trên."
    )
    assert doc_named(result, "Kế hoạch số 21-KH/ĐU").date == "2025-08-24"


def test_a_date_read_from_cung_ngay_never_vetoes_the_stated_relation() -> None:
    # the day "cùng ngày" points at is a guess; a plan the text says implements B is kept even if B looks later
    result = run(
        "Ngày 2/8/2025, Đảng ủy xã tổ chức hội nghị. Cùng ngày, Đảng ủy xã ban hành Kế hoạch số 21-KH/ĐU thực hiện "
        "Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị."
    )
    assert ("Kế hoạch số 21-KH/ĐU", "Nghị quyết số 72-NQ/TW") in edges(result)
    stated = run(
        "Ngày 2/8/2025, Đảng ủy xã ban hành Kế hoạch số 21-KH/ĐU thực hiện Nghị quyết số 72-NQ/TW ngày 9/9/2025."
    )
    assert ("Kế hoạch số 21-KH/ĐU", "Nghị quyết số 72-NQ/TW") not in edges(stated)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            "STT | Văn bản | Nội dung\n1 | Kế hoạch 45-KH/TU | Thực hiện Nghị quyết 57-NQ/TW\n"
            "2 | Kế hoạch 46-KH/TU | Triển khai Nghị quyết 59-NQ/TW\n3 | Chỉ thị 08-CT/TU | Tăng cường phòng, chống",
            {("Kế hoạch 45-KH/TU", "Nghị quyết 57-NQ/TW"), ("Kế hoạch 46-KH/TU", "Nghị quyết 59-NQ/TW")},
            id="number-cell-first",
        ),
        pytest.param(
            "STT | Trích yếu | Số, ký hiệu | Ngày ban hành\n1 | Kế hoạch thực hiện Nghị quyết 57-NQ/TW | 45-KH/TU | "
            "06/02/2025\n2 | Kế hoạch triển khai Nghị quyết 59-NQ/TW | 46-KH/TU | 07/02/2025",
            {("45-KH/TU", "Nghị quyết 57-NQ/TW"), ("46-KH/TU", "Nghị quyết 59-NQ/TW")},
            id="summary-cell-first",
        ),
    ],
)
def test_a_table_row_without_an_issuer_implements_its_summary_cells_object(
    table: str, expected: set[tuple[str, str]]
) -> None:
    assert edges(run(table)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 250-KH/TU tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030, "
            "thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
            {("Kế hoạch số 250-KH/TU", "Chỉ thị số 35-CT/TW")},
            id="a-title-without-ve-then-the-cue",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 25-KH/TU tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 35-CT/TW.",
            set(),
            id="a-review-in-the-title-is-no-implementation",
        ),
        pytest.param(
            "Thường trực Tỉnh ủy có Công văn số 32-CV/TU chỉ đạo các cấp ủy khắc phục hậu quả bão, yêu cầu thực hiện "
            "nghiêm Chỉ thị số 42-CT/TW.",
            set(),
            id="a-dispatch-directing-bodies-is-no-title",
        ),
    ],
)
def test_a_bare_title_between_a_document_and_its_cue(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ngày 9/9/2025, Bộ Chính trị ban hành Nghị quyết số 72-NQ/TW. Ngày 1/10, Ban Thường vụ Tỉnh ủy đã ban "
            "hành Kế hoạch số 25-KH/TU triển khai nghị quyết.",
            {("Kế hoạch số 25-KH/TU", "Nghị quyết số 72-NQ/TW")},
            id="closing-the-sentence",
        ),
        pytest.param(
            "Tỉnh ủy sơ kết 3 năm thực hiện Kết luận số 21-KL/TW; qua đó ban hành Kế hoạch số 170-KH/TU tiếp tục "
            "thực hiện kết luận trong thời gian tới.",
            {("Kế hoạch số 170-KH/TU", "Kết luận số 21-KL/TW")},
            id="then-a-time-phrase",
        ),
        pytest.param(
            "Đảng ủy xã ban hành Kế hoạch số 25-KH/ĐU thực hiện nghị quyết.", set(), id="no-antecedent"
        ),
        pytest.param(
            "Huyện ủy sơ kết Chỉ thị số 05-CT/TW.\nHuyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày 12/8/2016 để triển "
            "khai thực hiện chỉ thị, đồng thời ban hành Quyết định số 312-QĐ/HU.",
            {("Kế hoạch số 45-KH/HU", "Chỉ thị số 05-CT/TW")},
            id="after-the-documents-date-then-dong-thoi",
        ),
        pytest.param(
            "Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW.\nĐể thực hiện nghị quyết, Thành ủy ban hành "
            "Chương trình hành động số 66-CTr/TU.",
            {("Chương trình hành động số 66-CTr/TU", "Nghị quyết số 45-NQ/TW")},
            id="in-a-fronted-purpose",
        ),
        pytest.param(
            "Ngày 12/1/2026, Đảng ủy xã ban hành Nghị quyết số 06-NQ/ĐU về chuyển đổi số, trên cơ sở Kế hoạch số "
            "25-KH/TU về thực hiện Nghị quyết số 57-NQ/TW.\n\nĐể triển khai nghị quyết, Thường trực Đảng ủy xã ban "
            "hành Kế hoạch số 14-KH/ĐU.",
            {
                ("Kế hoạch số 25-KH/TU", "Nghị quyết số 57-NQ/TW"),
                ("Kế hoạch số 14-KH/ĐU", "Nghị quyết số 06-NQ/ĐU"),
            },
            id="the-issued-one-not-the-last-named-in-a-title",
        ),
        pytest.param(
            "Để thực hiện nghị quyết, các chi bộ đăng ký việc làm.", set(), id="purpose-with-no-antecedent"
        ),
        pytest.param(
            "Thành ủy đã ban hành 10 chương trình công tác toàn khóa. Chương trình số 05-CTr/TU của Thành ủy tập "
            "trung phát triển văn hóa. Để thực hiện chương trình, Ban Thường vụ Thành ủy ban hành Kế hoạch số "
            "12-KH/TU.",
            {("Kế hoạch số 12-KH/TU", "Chương trình số 05-CTr/TU")},
            id="a-programme-not-one-of-a-counted-set",
        ),
        pytest.param(
            "Khi Bộ Chính trị ban hành Nghị quyết 68, tỉnh ban hành Kế hoạch số 301-KH/TU bổ sung, điều chỉnh để thực "
            "hiện Nghị quyết 68.",
            {("Kế hoạch số 301-KH/TU", "Nghị quyết 68")},
            id="a-title-of-what-it-amends",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU. Các cấp ủy thực hiện nghị quyết nghiêm túc.",
            set(),
            id="no-numbered-document-carries-it-out",
        ),
    ],
)
def test_a_lower_case_head_after_a_numbered_document_and_its_cue(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ngày 28/8/2025, Tỉnh ủy ban hành Kế hoạch số 35-KH/TU thực hiện Nghị quyết số 70-NQ/TW. Theo kế hoạch, "
            "tỉnh phấn đấu trở thành trung tâm năng lượng. Đảng ủy phường đã ban hành Kế hoạch số 18-KH/ĐU ngày "
            "15/9/2025 thực hiện kế hoạch này.",
            {
                ("Kế hoạch số 35-KH/TU", "Nghị quyết số 70-NQ/TW"),
                ("Kế hoạch số 18-KH/ĐU", "Kế hoạch số 35-KH/TU"),
            },
            id="this-plan-is-not-the-plan-carrying-it-out",
        ),
        pytest.param(
            "Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 04-NQ/TW và triển khai Kế hoạch số 12-KH/TU thực hiện "
            "Nghị quyết.",
            {("Kế hoạch số 12-KH/TU", "Nghị quyết số 04-NQ/TW")},
            id="another-type-in-between-is-still-the-antecedent",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Chương trình hành động số 06-CTr/TU thực hiện Nghị quyết số 57-NQ/TW; Chương trình hành "
            "động số 07-CTr/TU thực hiện Nghị quyết số 59-NQ/TW. Trên cơ sở đó, Đảng ủy phường ban hành Kế hoạch số "
            "12-KH/ĐU thực hiện đồng thời hai chương trình hành động nêu trên.",
            {
                ("Chương trình hành động số 06-CTr/TU", "Nghị quyết số 57-NQ/TW"),
                ("Chương trình hành động số 07-CTr/TU", "Nghị quyết số 59-NQ/TW"),
                ("Kế hoạch số 12-KH/ĐU", "Chương trình hành động số 06-CTr/TU"),
                ("Kế hoạch số 12-KH/ĐU", "Chương trình hành động số 07-CTr/TU"),
            },
            id="both-at-once",
        ),
    ],
)
def test_back_references_name_the_documents_before(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_thematic_resolution_named_by_a_demonstrative() -> None:
    result = run(
        "Đảng ủy Bộ Ngoại giao ban hành Nghị quyết chuyên đề số 20-NQ/ĐU về ngoại giao kinh tế; đồng thời, ban hành "
        "Kế hoạch số 33-KH/ĐU để thực hiện Nghị quyết chuyên đề này."
    )
    assert edges(result) == {("Kế hoạch số 33-KH/ĐU", "Nghị quyết chuyên đề số 20-NQ/ĐU")}


def test_a_headline_under_a_menu_joins_the_document_its_lead_reports_past_the_posting_time() -> None:
    result = run(
        "TRANG CHỦ  CHÍNH TRỊ  KINH TẾ  XÃ HỘI\nTỉnh ủy ban hành Chỉ thị về đại hội đảng bộ các cấp nhiệm kỳ "
        "2025-2030\n17/07/2024 14:23 GMT+7\nThực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các "
        "cấp, ngày 15/7/2024, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 23-CT/TU về đại hội đảng bộ các cấp tiến tới "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX."
    )
    assert [[m.surface for m in d.mentions] for d in result.documents] == [
        ["Chỉ thị", "Chỉ thị số 23-CT/TU"],
        ["Chỉ thị số 35-CT/TW"],
    ]


def test_a_bare_head_dated_in_brackets_after_khi() -> None:
    result = run(
        "Tỉnh ủy triển khai Nghị quyết số 17-NQ/TU về nhân lực.\nNgay sau khi Nghị quyết được ban hành (14/7/2023), "
        "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 17-KH/TU."
    )
    assert doc_named(result, "Nghị quyết số 17-NQ/TU").date == "2023-07-14"


def test_a_plenum_named_by_its_body_adopts_an_unnumbered_programme() -> None:
    result = run(
        "Thành ủy tổ chức Hội nghị Thành ủy lần thứ 2 khóa I, thông qua Chương trình hành động thực hiện Nghị quyết "
        "Đại hội XIV của Đảng."
    )
    assert doc_named(result, "Chương trình hành động").issuer == ("Thành ủy",)
    assert edges(result) == {("Chương trình hành động", "Nghị quyết Đại hội XIV của Đảng")}


def test_the_central_plenum_of_the_headline_adopts_what_its_body_text_reports() -> None:
    result = run(
        "Bế mạc Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII\nHội nghị đã thống nhất ban hành Kết "
        "luận số 150-KL/TW về phương án phân bổ nhân sự cấp ủy."
    )
    assert doc_named(result, "Kết luận số 150-KL/TW").issuer == ("Ban Chấp hành Trung ương",)


def test_a_reproduced_decisions_number_line_over_its_type_line() -> None:
    result = run(
        "TỈNH ỦY TUYÊN QUANG\n*\nSố 1520-QÐ/TU\nTuyên Quang, ngày 03 tháng 10 năm 2023\nQUYẾT ÐỊNH\nban hành Quy "
        "chế phối hợp"
    )
    assert [(d.type, d.symbol) for d in result.documents] == [("decision", "1520-QĐ/TU")]
    assert [d.type for d in run("Số 12-QĐ/TU ngày 3/3/2023 về công tác cán bộ.").documents] == ["regulation"]


def test_a_tables_columns_name_the_issuer_and_the_implemented_side() -> None:
    issued = run(
        "Một số văn bản của Trung ương về công tác cán bộ:\n| Văn bản | Ngày | Cơ quan |\n| Quy định số 96-QĐ/TW | "
        "02/02/2023 | Bộ Chính trị |"
    )
    assert doc_named(issued, "Quy định số 96-QĐ/TW").issuer == ("Bộ Chính trị",)
    paired = run(
        "Tiến độ tại Gia Lai:\n| Nghị quyết Trung ương | Văn bản của Tỉnh ủy |\n| Nghị quyết số 27-NQ/TW | "
        "Chương trình hành động số 28- CTr/TU ngày 20/02/2023 |"
    )
    assert edges(paired) == {("Chương trình hành động số 28- CTr/TU", "Nghị quyết số 27-NQ/TW")}


def test_numbered_tasks_under_an_intro_closing_with_their_body() -> None:
    result = run(
        "Kết quả cụ thể hoá nghị quyết trong năm 2022 của Tỉnh uỷ Thái Bình:\n1. Ban hành Chương trình hành động số "
        "15-CTr/TU thực hiện Kết luận số 21-KL/TW;\n2. Ban hành Kế hoạch số 102-KH/TU thực hiện Quy định số 41-QĐ/TW."
    )
    assert doc_named(result, "Kế hoạch số 102-KH/TU").issuer == ("Tỉnh ủy",)


def test_a_legal_database_summary_opening_with_the_cue() -> None:
    result = run(
        "Số hiệu: 512-KH/TU\nLoại văn bản: Kế hoạch\nCơ quan ban hành: Tỉnh ủy Quảng Ninh\nNgày ban hành: 17/03/2025\n"
        "Trích yếu: Triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nTình trạng: Còn hiệu lực"
    )
    assert edges(result) == {("512-KH/TU", "Nghị quyết số 57-NQ/TW")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ủy ban Kiểm tra Tỉnh ủy ban hành Quy định số 03-QĐ/UBKTTU về chế độ báo cáo, thực hiện Quy định số "
            "22-QĐ/TW của Ban Chấp hành Trung ương.",
            {("Quy định số 03-QĐ/UBKTTU", "Quy định số 22-QĐ/TW")},
            id="the-purpose-after-the-title-is-no-report",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về tổ chức hội nghị sơ kết, thực hiện Chỉ thị số 05-CT/TW.",
            set(),
            id="a-reviews-title-still-governs",
        ),
    ],
)
def test_a_cue_after_the_comma_closing_a_title(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_two_documents_of_the_same_day() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU và Hướng dẫn số 15-HD/TU cùng ngày 10/02/2021 về tổ chức "
        "học tập, quán triệt Nghị quyết Đại hội XIII của Đảng."
    )
    assert [d.date for d in result.documents[:2]] == ["2021-02-10", "2021-02-10"]
    unsaid = run(
        "Hội nghị đã ban hành các Nghị quyết số 27-NQ/TW, 28-NQ/TW cùng ngày 9/11/2022 và 17/11/2022."
    )
    assert [d.date for d in unsaid.documents] == [None, None]


def test_a_news_agencys_dateline_with_its_place_before_the_frame() -> None:
    result = run(
        "Thanh Hóa (TTXVN) - Thực hiện Nghị quyết số 58-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế "
        "hoạch số 12-KH/TU."
    )
    assert edges(result) == {("Kế hoạch số 12-KH/TU", "Nghị quyết số 58-NQ/TW")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kết luận số 86-KL/TU: Tiếp tục đẩy mạnh thực hiện Nghị quyết số 10-NQ/TU về phát triển cà phê",
            {("Kết luận số 86-KL/TU", "Nghị quyết số 10-NQ/TU")},
            id="a-headlines-colon",
        ),
        pytest.param(
            "Các tỉnh Tây Nguyên triển khai Kết luận số 96-KL/TW: Kon Tum ban hành Kế hoạch số 25-KH/TU, Đắk Nông ban "
            "hành Kế hoạch số 41-KH/TU.",
            {
                ("Kế hoạch số 25-KH/TU", "Kết luận số 96-KL/TW"),
                ("Kế hoạch số 41-KH/TU", "Kết luận số 96-KL/TW"),
            },
            id="issuing-clauses-after-an-intros-colon",
        ),
        pytest.param(
            "Trả lời về việc thực hiện Nghị quyết số 45-NQ/TW, đồng chí Trưởng ban cho biết: Thành ủy đã ban hành "
            "Chương trình hành động số 67-CTr/TU.",
            set(),
            id="not-after-reported-speech",
        ),
    ],
)
def test_what_a_colon_introduces(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_each_of_a_list_before_deu_implements() -> None:
    result = run(
        "Nghị quyết số 05-NQ/TU về phát triển du lịch và Nghị quyết số 06-NQ/TU về chuyển đổi số đều thực hiện Nghị "
        "quyết Đại hội Đảng bộ tỉnh lần thứ XVII."
    )
    target = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII"
    assert edges(result) == {("Nghị quyết số 05-NQ/TU", target), ("Nghị quyết số 06-NQ/TU", target)}


PROBE_19_SHAPES = [
    pytest.param(
        "Tỉnh ủy ban hành Chương trình hành động số 30-CTr/TU thực hiện Nghị quyết số 44-NQ/T.Ư ngày 24-11-2023 Hội "
        "nghị T.Ư 8 khóa XIII về bảo vệ Tổ quốc.",
        {"44-NQ/TW": ("Ban Chấp hành Trung ương",)},
        id="a-plenum-written-t-u",
    ),
    pytest.param(
        "Tỉnh ủy ban hành Chương trình số 65-CTr/TU về thực hiện Nghị quyết số 45-NQ/TW (Hội nghị Trung ương 8 khóa "
        "XIII) về đội ngũ trí thức.",
        {"45-NQ/TW": ("Ban Chấp hành Trung ương",)},
        id="a-plenum-in-brackets",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương về Nhà nước pháp quyền trong giai đoạn mới, "
        "ngày 3/2/2023 Tỉnh ủy đã ban hành Chương trình hành động số 32-CTr/TU.",
        {"32-CTr/TU": ("Tỉnh ủy",)},
        id="a-frames-title-ends-before-a-date-and-the-body",
    ),
]


@pytest.mark.parametrize(("text", "issuers"), PROBE_19_SHAPES)
def test_plenum_issuers_and_frame_titles(text: str, issuers: dict[str, tuple[str, ...]]) -> None:
    result = run(text)
    assert {d.symbol: d.issuer for d in result.documents if d.symbol in issuers} == issuers
    assert len(edges(result)) == 1


def test_a_resolution_of_the_united_nations_is_no_party_document() -> None:
    assert (
        run(
            "Việt Nam nêu rõ lập trường về Nghị quyết 2758 của Đại hội đồng Liên hợp quốc năm 1971."
        ).documents
        == ()
    )


def test_an_elided_object_before_a_semicolons_clause() -> None:
    result = run(
        "Ngay sau khi Bộ Chính trị ban hành Quy định số 144-QĐ/TW, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số "
        "210-KH/HU để triển khai thực hiện; chỉ đạo 100% chi bộ sinh hoạt chuyên đề."
    )
    assert edges(result) == {("Kế hoạch số 210-KH/HU", "Quy định số 144-QĐ/TW")}


def test_a_quoted_title_then_and_the_next_object() -> None:
    result = run(
        'Quận ủy ban hành Kế hoạch số 150-KH/QU về thực hiện Chương trình số 03-CTr/TU của Thành ủy về "Đẩy mạnh xây '
        'dựng, chỉnh đốn Đảng" và Kết luận 21-KL/TW của Trung ương.'
    )
    assert edges(result) == {
        ("Kế hoạch số 150-KH/QU", "Chương trình số 03-CTr/TU"),
        ("Kế hoạch số 150-KH/QU", "Kết luận 21-KL/TW"),
    }


def test_cung_ngay_after_a_central_document_for_a_central_document() -> None:
    result = run(
        "Tỉnh ủy ban hành Chương trình hành động số 16-CTr/TU thực hiện Nghị quyết 19-NQ/TW ngày 16-6-2022 của Ban "
        "Chấp hành Trung ương; đồng thời ban hành Chương trình hành động số 17-CTr/TU thực hiện Nghị quyết 20-NQ/TW "
        "cùng ngày về kinh tế tập thể."
    )
    assert doc_named(result, "Nghị quyết 20-NQ/TW").date == "2022-06-16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tỉnh ủy ban hành Chương trình hành động số 31-CTr/TU ngày 4/3/2023 thực hiện Kết luận số 50-KL/TW. "
            "Huyện ủy Gio Linh ban hành Kế hoạch số 88-KH/HU ngày 20/4/2023 để thực hiện chương trình của Tỉnh ủy.",
            {
                ("Chương trình hành động số 31-CTr/TU", "Kết luận số 50-KL/TW"),
                ("Kế hoạch số 88-KH/HU", "Chương trình hành động số 31-CTr/TU"),
            },
            id="short-head-of-its-body",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Chỉ thị số 09-CT/TU ngày 4/3/2023 về phòng, chống thiên tai. Quán triệt chỉ thị của "
            "tỉnh, Ban Thường vụ Huyện ủy Cam Lộ ban hành Kế hoạch số 90-KH/HU.",
            {("Kế hoạch số 90-KH/HU", "Chỉ thị số 09-CT/TU")},
            id="owner-as-a-level-word",
        ),
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 174-KH/HU. Đảng ủy xã Tân Lập ban hành Kế hoạch số 14-KH/ĐU. Chi bộ thôn "
            "3 cụ thể hóa kế hoạch của Đảng ủy xã bằng Kế hoạch số 08-KH/CB.",
            {("Kế hoạch số 08-KH/CB", "Kế hoạch số 14-KH/ĐU")},
            id="the-one-naming-that-body-beats-one-naming-none",
        ),
        pytest.param(
            "Huyện ủy Hải Lăng ban hành Kế hoạch số 88-KH/HU để thực hiện chương trình của Tỉnh ủy.",
            set(),
            id="no-such-document-named-nothing-made",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Chỉ thị số 09-CT/TU và Chỉ thị số 10-CT/TU. Quán triệt chỉ thị của tỉnh, Ban Thường vụ "
            "Huyện ủy Cam Lộ ban hành Kế hoạch số 90-KH/HU.",
            set(),
            id="two-such-documents-named-nothing-chosen",
        ),
    ],
)
def test_a_back_reference_by_its_owner_after_a_cue(text: str, expected: set[tuple[str, str]]) -> None:
    result = run(text)
    assert edges(result) == expected
    assert all(d.number for d in result.documents)


def test_a_place_name_holding_a_cue_word_is_a_place() -> None:
    result = run(
        "Huyện ủy Định Quán ban hành Kế hoạch số 21-KH/HU; Đảng ủy phường Quán Triều ban hành Kế hoạch số 5."
    )
    assert doc_named(result, "Kế hoạch số 21-KH/HU").issuer_province == "Định Quán"
    assert doc_named(result, "Kế hoạch số 5").issuer == ("Đảng ủy phường",)


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Thị ủy Điện Bàn ban hành Kế hoạch số 45-KH/TU ngày 3/4/2023.",
            "Kế hoạch số 45-KH/TU",
            ("Thị ủy",),
            id="a-place-ending-in-a-board-word",
        ),
        pytest.param(
            "Huyện ủy Thọ Xuân là một trong những địa phương đầu tiên ban hành Kế hoạch số 153-KH/HU.",
            "Kế hoạch số 153-KH/HU",
            ("Huyện ủy",),
            id="the-body-among-the-first-to-issue",
        ),
        pytest.param(
            "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 đã diễn ra. Hội nghị đã thảo luận và thống nhất ban hành "
            "Nghị quyết số 07-NQ/HU về phát triển du lịch.",
            "Nghị quyết số 07-NQ/HU",
            ("Ban Chấp hành Đảng bộ huyện",),
            id="a-plenary-discussed-and-agreed",
        ),
    ],
)
def test_more_issuers_before_the_verb(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tin tức - Sự kiện\n12/05/2024 08:30\n(QTO) - Thực hiện Kết luận số 61-KL/TW, Ban Thường vụ Tỉnh ủy ban "
            "hành Kế hoạch số 120-KH/TU.",
            {("Kế hoạch số 120-KH/TU", "Kết luận số 61-KL/TW")},
            id="a-dateline-under-a-posting-time",
        ),
        pytest.param(
            "Cà Mau tận dụng lợi thế biển sau một năm thực hiện Nghị quyết 13\nCà Mau (CMO) - Triển khai Nghị quyết "
            "số 13-NQ/TW của Bộ Chính trị, Ban Chấp hành Đảng bộ tỉnh đã ban hành Chương trình hành động số "
            "17-CTr/TU.",
            {("Chương trình hành động số 17-CTr/TU", "Nghị quyết 13")},  # (the headline names it first)
            id="a-place-and-agency-dateline-under-a-headline",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 30-KH/TU và Ủy ban MTTQ tỉnh ban hành Kế hoạch số 12-KH/MTTQ cùng thực "
            "hiện Chỉ thị số 05-CT/TW.",
            {
                ("Kế hoạch số 30-KH/TU", "Chỉ thị số 05-CT/TW"),
                ("Kế hoạch số 12-KH/MTTQ", "Chỉ thị số 05-CT/TW"),
            },
            id="coordinated-issuing-clauses-together-carry-out",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 30-KH/TU về du lịch; Huyện ủy ban hành Kế hoạch số 12-KH/HU thực hiện Chỉ "
            "thị số 05-CT/TW.",
            {("Kế hoạch số 12-KH/HU", "Chỉ thị số 05-CT/TW")},
            id="without-together-only-the-last-carries-out",
        ),
        pytest.param(
            "Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận, Ủy "
            "ban MTTQ tỉnh ban hành Kế hoạch số 15-KH/MTTQ.",
            {("Kế hoạch số 15-KH/MTTQ", "Quyết định số 23-QĐ/TW")},
            id="what-a-decision-promulgates-is-its-title",
        ),
    ],
)
def test_more_frames_and_lists(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ban Thường vụ Huyện ủy Đức Cơ vừa ban hành Kế hoạch số 241-KH/HU ngày 28/1/2023. Đây là văn bản cụ thể "
            "hóa Chương trình hành động số 129-CTr/TU của Tỉnh ủy.",
            {("Kế hoạch số 241-KH/HU", "Chương trình hành động số 129-CTr/TU")},
            id="this-is-the-document-just-issued",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Chương trình hành động số 23-CTr/TU ngày 5/1/2024 thực hiện Nghị quyết số 43-NQ/TW. "
            "Nhằm đưa văn bản này vào cuộc sống, Huyện ủy Đức Trọng xây dựng Kế hoạch số 136-KH/HU.",
            {
                ("Chương trình hành động số 23-CTr/TU", "Nghị quyết số 43-NQ/TW"),
                ("Kế hoạch số 136-KH/HU", "Chương trình hành động số 23-CTr/TU"),
            },
            id="this-document-is-the-one-issued-of-any-type",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU và Kế hoạch số 13-KH/TU. Các văn bản trên được triển khai đến "
            "chi bộ. Văn bản này có hiệu lực từ ngày ký.",
            set(),
            id="these-documents-name-no-one",
        ),
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 92-KH/HU ngày 8/9/2022 triển khai Chương trình hành động số 87-CTr/TU của "
            "Tỉnh ủy. Chương trình của Tỉnh ủy được ban hành ngày 10/7/2022 để thực hiện Kết luận số 34-KL/TW.",
            {
                ("Kế hoạch số 92-KH/HU", "Chương trình hành động số 87-CTr/TU"),
                ("Chương trình hành động số 87-CTr/TU", "Kết luận số 34-KL/TW"),
            },
            id="the-owners-document-opens-the-sentence",
        ),
        pytest.param(
            "Kế hoạch số 05-KH/CB của Chi bộ bản Áng được xây dựng để thực hiện Kế hoạch số 55-KH/ĐU của Đảng ủy xã; "
            "kế hoạch của Đảng ủy xã lại cụ thể hóa Kế hoạch số 174-KH/HU của Huyện ủy.",
            {
                ("Kế hoạch số 05-KH/CB", "Kế hoạch số 55-KH/ĐU"),
                ("Kế hoạch số 55-KH/ĐU", "Kế hoạch số 174-KH/HU"),
            },
            id="the-owners-document-opens-a-clause",
        ),
    ],
)
def test_back_references_on_the_implementing_side(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nghị quyết số 04-NQ/ĐU của Đảng ủy xã An Thạnh được xây dựng trên cơ sở cụ thể hóa Chương trình hành "
            "động số 23-CTr/HU của Huyện ủy và Chương trình hành động số 64-CTr/TU của Tỉnh ủy thực hiện Nghị quyết "
            "số 19-NQ/TW.",
            {
                ("Nghị quyết số 04-NQ/ĐU", "Chương trình hành động số 23-CTr/HU"),
                ("Nghị quyết số 04-NQ/ĐU", "Chương trình hành động số 64-CTr/TU"),
                ("Chương trình hành động số 64-CTr/TU", "Nghị quyết số 19-NQ/TW"),
            },
            id="each-object-with-its-body-the-last-described",
        ),
        pytest.param(
            "Kế hoạch số 132-KH/HU của Ban Thường vụ Huyện ủy triển khai đồng thời Chương trình hành động số "
            "11-CTr/TU và Chương trình hành động số 14-CTr/TU của Tỉnh ủy, lần lượt thực hiện Nghị quyết số "
            "19-NQ/TW và Nghị quyết số 27-NQ/TW.",
            {
                ("Kế hoạch số 132-KH/HU", "Chương trình hành động số 11-CTr/TU"),
                ("Kế hoạch số 132-KH/HU", "Chương trình hành động số 14-CTr/TU"),
                ("Chương trình hành động số 11-CTr/TU", "Nghị quyết số 19-NQ/TW"),
                ("Chương trình hành động số 14-CTr/TU", "Nghị quyết số 27-NQ/TW"),
            },
            id="a-pair-respectively-carrying-out",
        ),
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 1-KH/HU của Huyện ủy thực hiện Nghị quyết số 5-NQ/TU của Tỉnh ủy và Kế "
            "hoạch số 2-KH/HU của Huyện ủy thực hiện Nghị quyết số 6-NQ/TU.",
            {
                ("Kế hoạch số 1-KH/HU", "Nghị quyết số 5-NQ/TU"),
                ("Kế hoạch số 2-KH/HU", "Nghị quyết số 6-NQ/TU"),
            },
            id="parallel-implementers-stay-apart",
        ),
    ],
)
def test_coordinated_objects_with_their_own_description(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Đến nay, 100% cấp ủy trực thuộc đã ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW, trong đó Huyện "
            "ủy Mộ Đức ban hành Kế hoạch số 198-KH/HU, Huyện ủy Tư Nghĩa ban hành Kế hoạch số 211-KH/HU.",
            {
                ("Kế hoạch số 198-KH/HU", "Nghị quyết số 57-NQ/TW"),
                ("Kế hoạch số 211-KH/HU", "Nghị quyết số 57-NQ/TW"),
            },
            id="in-which-in-the-sentence",
        ),
        pytest.param(
            "Đến ngày 31/3/2023, 10/10 huyện ủy đã ban hành kế hoạch thực hiện Nghị quyết số 27-NQ/TW. Trong đó, "
            "Huyện ủy Vị Xuyên ban hành sớm nhất, ngày 20/1/2023 (Kế hoạch số 215-KH/HU).",
            {("Kế hoạch số 215-KH/HU", "Nghị quyết số 27-NQ/TW")},
            id="in-which-opening-the-next-sentence",
        ),
        pytest.param(
            "Có 2 huyện ủy ban hành kế hoạch thực hiện Nghị quyết số 19-NQ/TW chậm, gồm Huyện ủy Mường Lát (Kế hoạch "
            "số 135-KH/HU ngày 30/11/2022) và Huyện ủy Quan Sơn (Kế hoạch số 142-KH/HU ngày 5/12/2022).",
            {
                ("Kế hoạch số 135-KH/HU", "Nghị quyết số 19-NQ/TW"),
                ("Kế hoạch số 142-KH/HU", "Nghị quyết số 19-NQ/TW"),
            },
            id="including-bodies-with-their-documents-in-brackets",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 10-KH/TU thực hiện Nghị quyết số 57-NQ/TW, trong đó Huyện ủy A Lưới ban "
            "hành Kế hoạch số 12-KH/HU về du lịch.",
            {("Kế hoạch số 10-KH/TU", "Nghị quyết số 57-NQ/TW")},
            id="a-numbered-document-introduces-nothing",
        ),
    ],
)
def test_documents_included_in_a_reported_count(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_body_before_its_bracketed_document_issued_it() -> None:
    result = run(
        "Trong đó, Huyện ủy Vị Xuyên ban hành sớm nhất, ngày 20/1/2023 (Kế hoạch số 215-KH/HU); Huyện ủy Mèo Vạc "
        "(Kế hoạch số 301-KH/HU ngày 28/3/2023)."
    )
    first, second = doc_named(result, "Kế hoạch số 215-KH/HU"), doc_named(result, "Kế hoạch số 301-KH/HU")
    assert (first.issuer, first.issuer_province, first.date) == (("Huyện ủy",), "Vị Xuyên", "2023-01-20")
    assert (second.issuer, second.date) == (("Huyện ủy",), "2023-03-28")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Huyện ủy Hải Hậu ban hành Kế hoạch số 68-KH/HU ngày 2/3/2022, Huyện ủy Giao Thủy ban hành Kế hoạch số "
            "71-KH/HU ngày 10/3/2022 thực hiện Nghị quyết số 03-NQ/TU.",
            {
                ("Kế hoạch số 68-KH/HU", "Nghị quyết số 03-NQ/TU"),
                ("Kế hoạch số 71-KH/HU", "Nghị quyết số 03-NQ/TU"),
            },
            id="issuing-clauses-of-one-level-share-the-cue",
        ),
        pytest.param(
            "Cùng với Kế hoạch số 15-KH/ĐU, Đảng ủy xã cũng ban hành Kế hoạch số 16-KH/ĐU về thực hiện Nghị quyết "
            "số 71-NQ/TW.",
            {("Kế hoạch số 16-KH/ĐU", "Nghị quyết số 71-NQ/TW")},
            id="a-document-not-issued-in-the-sentence-shares-nothing",
        ),
        pytest.param(
            "Tỉnh ủy đã ban hành các Chương trình hành động số 31-CTr/TU, 32-CTr/TU và 33-CTr/TU thực hiện Nghị "
            "quyết số 27-NQ/TW, Nghị quyết số 28-NQ/TW và Nghị quyết số 29-NQ/TW.",
            {
                ("Chương trình hành động số 31-CTr/TU", "Nghị quyết số 27-NQ/TW"),
                ("32-CTr/TU", "Nghị quyết số 28-NQ/TW"),
                ("33-CTr/TU", "Nghị quyết số 29-NQ/TW"),
            },
            id="a-list-under-one-head-pairs-with-as-many-objects",
        ),
    ],
)
def test_lists_of_implementers(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 18-CTr/TU ngày 17/12/2021; đây là văn bản "
            "cụ thể hóa Kết luận số 21-KL/TW.",
            {("Chương trình hành động số 18-CTr/TU", "Kết luận số 21-KL/TW")},
            id="this-is-after-a-semicolon",
        ),
        pytest.param(
            "Bộ Chính trị ban hành Quy định số 144-QĐ/TW ngày 9/5/2024. Nhằm đưa quy định này vào thực tiễn, Ban "
            "Thường vụ Tỉnh ủy ban hành Kế hoạch số 250-KH/TU.",
            {("Kế hoạch số 250-KH/TU", "Quy định số 144-QĐ/TW")},
            id="bringing-it-into-practice",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Đề án số 05-ĐA/TU về tạo nguồn cán bộ trẻ. Đề án này là một trong những "
            "giải pháp cụ thể hóa Chương trình hành động số 48-CTr/TU.",
            {("Đề án số 05-ĐA/TU", "Chương trình hành động số 48-CTr/TU")},
            id="one-of-the-means-of-carrying-out",
        ),
        pytest.param(
            "Ngày 24/1/2022, Bộ Chính trị ban hành Nghị quyết số 06-NQ/TW. Thực hiện nghị quyết, Tỉnh ủy Vĩnh Phúc "
            "ban hành Chương trình hành động số 35-CTr/TU.",
            {("Chương trình hành động số 35-CTr/TU", "Nghị quyết số 06-NQ/TW")},
            id="a-lower-case-head-after-a-fronted-cue",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU ngày 10/5/2022. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số "
            "60-KH/TU ngày 1/6/2022 để tổ chức quán triệt nghị quyết.",
            {("Kế hoạch số 60-KH/TU", "Nghị quyết số 09-NQ/TU")},
            id="to-organise-the-study-of-it",
        ),
    ],
)
def test_more_discourse_references(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_reproduced_documents_body_says_what_it_carries_out() -> None:
    result = run(
        "TỈNH ỦY ĐIỆN BIÊN\n*\nSố 08-HD/TU\nĐiện Biên, ngày 05 tháng 5 năm 2025\nHƯỚNG DẪN\nmột số nội dung về đại "
        "hội đảng bộ các cấp\n-----\nThực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị, Ban Thường vụ "
        "Tỉnh ủy hướng dẫn một số nội dung như sau:\n1. Về nhân sự."
    )
    assert edges(result) == {("08-HD/TU", "Chỉ thị số 45-CT/TW")}


@pytest.mark.parametrize(
    "announcing",
    [
        pytest.param("ban hành Chương trình với những nội dung sau:", id="with-the-following-contents"),
        pytest.param(
            "ban hành Chương trình gồm các nội dung chủ yếu sau:", id="comprising-the-main-contents"
        ),
        pytest.param("ban hành Chương trình thực hiện như sau.", id="as-follows-its-colon-lost"),
    ],
)
def test_a_reproduced_programme_announced_in_other_words(announcing: str) -> None:
    result = run(
        'THÀNH ỦY CẦN THƠ\nSố 21-CTr/TU\nCần Thơ, ngày 9 tháng 4 năm 2021\nCHƯƠNG TRÌNH\n"Đẩy mạnh chuyển đổi số '
        'giai đoạn 2021 - 2025"\n-----\nThực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, '
        f"Thành ủy {announcing}\nI. MỤC TIÊU"
    )
    assert len(result.documents) == 2
    assert edges(result) == {("21-CTr/TU", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII")}


def test_a_body_naming_another_document_is_not_the_headers() -> None:
    result = run(
        "TỈNH ỦY ĐIỆN BIÊN\n*\nSố 08-HD/TU\nĐiện Biên, ngày 05 tháng 5 năm 2025\nHƯỚNG DẪN\nvề đại hội\n"
        "Thực hiện Chỉ thị số 45-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 300-KH/TU như sau:"
    )
    assert ("08-HD/TU", "Chỉ thị số 45-CT/TW") not in edges(result)


def test_a_dispatchs_subject_line_and_a_date_two_lines_below() -> None:
    result = run(
        "TỈNH ỦY KHÁNH HÒA\nBAN TỔ CHỨC\n*\nSố 245-CV/BTCTU\nV/v hướng dẫn thực hiện Quy định số 41-QĐ/TW\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nKhánh Hòa, ngày 05 tháng 01 năm 2022\nKính gửi: Các huyện ủy."
    )
    dispatch = doc_named(result, "245-CV/BTCTU")
    assert (dispatch.issuer, dispatch.date) == (("Ban Tổ chức Tỉnh ủy",), "2022-01-05")
    assert edges(result) == {("245-CV/BTCTU", "Quy định số 41-QĐ/TW")}


def test_a_title_lines_date_is_not_the_headers() -> None:
    result = run(
        "HUYỆN ỦY CHÂU THÀNH\n*\nSố 88-KH/HU\nKẾ HOẠCH\nthực hiện Chỉ thị số 40-CT/TW, ngày 22/11/2014 của Ban Bí "
        "thư\nChâu Thành, ngày 14 tháng 02 năm 2020"
    )
    assert doc_named(result, "88-KH/HU").date == "2020-02-14"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ngày 30/12/2022, Ban Thường vụ Tỉnh ủy Hưng Yên ban hành Kế hoạch số 120-KH/TU thực hiện Kết luận số "
            "48-KL/TW; ngày 5/1/2023, ban hành Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 18-CT/TW.",
            id="after-a-semicolon",
        ),
        pytest.param(
            "Ngày 30/12/2022, Ban Thường vụ Tỉnh ủy Hưng Yên ban hành Kế hoạch số 120-KH/TU thực hiện Kết luận số "
            "48-KL/TW. Ngày 5/1/2023, ban hành tiếp Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 18-CT/TW.",
            id="in-the-next-sentence",
        ),
    ],
)
def test_a_clause_with_only_a_date_issues_for_the_body_before(text: str) -> None:
    plan = doc_named(run(text), "Kế hoạch số 121-KH/TU")
    assert (plan.issuer, plan.date) == (("Ban Thường vụ Tỉnh ủy",), "2023-01-05")


def test_a_clause_with_only_a_date_and_no_body_before_has_no_issuer() -> None:
    plan = doc_named(
        run("Ngày 5/1/2023, ban hành Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 18-CT/TW."),
        "Kế hoạch số 121-KH/TU",
    )
    assert (plan.issuer, plan.date) == ((), "2023-01-05")


def test_a_plenums_days_are_no_issue_date() -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 151-KH/TU thực hiện Nghị quyết số 26-NQ/TW và Nghị quyết số 27-NQ/TW từ ngày "
        "19/5 đến ngày 23/5/2018 của Hội nghị Trung ương 7 khóa XII."
    )
    for surface in ("Nghị quyết số 26-NQ/TW", "Nghị quyết số 27-NQ/TW"):
        resolution = doc_named(result, surface)
        assert (resolution.issuer, resolution.date) == (("Ban Chấp hành Trung ương",), None)


def test_a_fraction_after_a_head_is_no_number() -> None:
    assert run("Thị xã hoàn thành vượt kế hoạch 15/17 chỉ tiêu năm 2024.").documents == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bộ Chính trị ban hành Quy định số 144-QĐ/TW và Quy định số 145-QĐ/TW. Hai quy định được ban hành để cụ "
            "thể hóa Nghị quyết số 04-NQ/TW.",
            {
                ("Quy định số 144-QĐ/TW", "Nghị quyết số 04-NQ/TW"),
                ("Quy định số 145-QĐ/TW", "Nghị quyết số 04-NQ/TW"),
            },
            id="two-regulations-issued-to-carry-out",
        ),
        pytest.param(
            "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW. Để đưa nghị quyết vào cuộc sống, Tỉnh ủy "
            "ban hành Kế hoạch số 12-KH/TU.",
            {("Kế hoạch số 12-KH/TU", "Nghị quyết số 57-NQ/TW")},
            id="bringing-the-resolution-to-life",
        ),
    ],
)
def test_plural_and_purpose_back_references(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    "opening", [pytest.param("(Baosonla.vn) - ", id="dateline"), pytest.param("“", id="opening-quote")]
)
def test_a_subordinate_clause_after_a_dateline_or_a_quote(opening: str) -> None:
    result = run(
        f"{opening}Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch "
        "số 12-KH/TU để triển khai thực hiện."
    )
    assert edges(result) == {("Kế hoạch số 12-KH/TU", "Nghị quyết số 57-NQ/TW")}


@pytest.mark.parametrize("place", ["Cư M'gar", "Ea H’leo"])
def test_a_place_name_with_an_apostrophe(place: str) -> None:
    plan = doc_named(run(f"Huyện ủy {place} ban hành Kế hoạch số 21-KH/HU."), "Kế hoạch số 21-KH/HU")
    assert (plan.issuer, plan.issuer_province) == (("Huyện ủy",), place)


def test_a_programme_adopted_after_discussion() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ tỉnh đã thảo luận, thông qua Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW."
    )
    programme = doc_named(result, "Chương trình hành động")
    assert programme.issuer == ("Ban Chấp hành Đảng bộ tỉnh",)
    assert edges(result) == {("Chương trình hành động", "Nghị quyết số 57-NQ/TW")}


def test_a_list_issued_on_one_day_said_after_it() -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 10-KH/TU, Kế hoạch số 11-KH/TU và Kế hoạch số 12-KH/TU, cùng ban hành ngày "
        "19/6/2025."
    )
    assert {d.date for d in result.documents} == {"2025-06-19"}


@pytest.mark.parametrize(
    ("text", "issuer", "place"),
    [
        pytest.param(
            "Đảng ủy phường 9 ban hành Kế hoạch số 13-KH/ĐU.", "Đảng ủy phường", "phường 9", id="ward-9"
        ),
        pytest.param("Quận ủy quận 8 ban hành Kế hoạch số 13-KH/QU.", "Quận ủy", "quận 8", id="district-8"),
    ],
)
def test_a_unit_named_by_its_number(text: str, issuer: str, place: str) -> None:
    plan = doc_named(run(text), "Kế hoạch số 13-KH/" + text.split("-KH/")[1][:2])
    assert (plan.issuer, plan.issuer_province) == ((issuer,), place)


def test_listing_fields_kept_apart_by_dashes_and_a_register_of_incoming_documents() -> None:
    result = run(
        "Số hiệu: 35-CT/TW — Ngày ban hành: 14/06/2024 — Cơ quan ban hành: Bộ Chính trị\nTrích yếu: Về đại hội\n"
        "Số, ký hiệu gốc: 28-NQ/TW\nCơ quan gửi: Văn phòng Trung ương Đảng\nNgày văn bản: 17/11/2022"
    )
    directive, resolution = doc_named(result, "35-CT/TW"), doc_named(result, "28-NQ/TW")
    assert (directive.issuer, directive.date) == (("Bộ Chính trị",), "2024-06-14")
    assert resolution.date == "2022-11-17"


def test_a_record_of_fields_labelled_with_tabs() -> None:
    result = run(
        "Số hiệu\t129-KH/TU\nLoại văn bản\tKế hoạch\nCơ quan\tTỉnh ủy Lâm Đồng\nNgày ký\t18/5/2023\nTrích yếu\tTriển "
        "khai thực hiện Nghị quyết số 23-NQ/TW của Bộ Chính trị\nLượt xem\t1.204"
    )
    plan = doc_named(result, "129-KH/TU")
    assert (plan.issuer, plan.issuer_province, plan.date) == (("Tỉnh ủy",), "Lâm Đồng", "2023-05-18")
    assert edges(result) == {("129-KH/TU", "Nghị quyết số 23-NQ/TW")}


def test_a_directives_body_closing_with_its_own_word() -> None:
    result = run(
        "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH\n*\nSố 31-CT/TU\nCHỈ THỊ\nvề lãnh đạo đại hội đảng bộ các cấp\nThực hiện Chỉ "
        "thị số 45-CT/TW của Bộ Chính trị, Ban Thường vụ Thành ủy chỉ thị: ..."
    )
    assert edges(result) == {("31-CT/TU", "Chỉ thị số 45-CT/TW")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ban Thường vụ Thành ủy ban hành Chỉ thị số 25-CT/TU về tăng cường kỷ luật, đồng thời yêu cầu các cấp ủy "
            "thực hiện nghiêm Quy định số 189-QĐ/TW.",
            set(),
            id="those-asked-carry-it-out-not-the-document",
        ),
        pytest.param(
            "Thông báo số 52-TB/TU kết luận của Ban Thường vụ Tỉnh ủy về công tác dân vận yêu cầu các cấp ủy tiếp "
            "tục thực hiện Kết luận số 114-KL/TW.",
            set(),
            id="those-asked-after-the-title-carry-it-out",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Thông tri số 04-TT/TU về tổ chức Tết Nguyên đán, trong đó yêu cầu tiết "
            "kiệm, thực hiện nghiêm Chỉ thị số 27-CT/TW.",
            set(),
            id="what-a-title-asks-for-is-not-carried-out-by-it",
        ),
        pytest.param(
            "Thành ủy tổ chức hội nghị tổng kết 15 năm thực hiện Nghị quyết số 20-NQ/TW về phát triển thành phố đến "
            "năm 2010 và 8 năm thực hiện Nghị quyết số 16-NQ/TW.",
            set(),
            id="a-second-review-after-a-title",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 47-KH/TU về đáp ứng yêu cầu nhiệm vụ mới, thực hiện Kết "
            "luận số 114-KL/TW.",
            {("Kế hoạch số 47-KH/TU", "Kết luận số 114-KL/TW")},
            id="a-requirement-in-the-title-asks-no-one",
        ),
        pytest.param(
            "Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 25-HD/BTCTU về công tác đảng viên, nhằm thực hiện thống nhất "
            "Quy định số 24-QĐ/TW.",
            {("Hướng dẫn số 25-HD/BTCTU", "Quy định số 24-QĐ/TW")},
            id="carrying-it-out-uniformly",
        ),
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 20-KH/HU v/v thực hiện Chỉ thị số 35-CT/TW.",
            {("Kế hoạch số 20-KH/HU", "Chỉ thị số 35-CT/TW")},
            id="v-v-for-about",
        ),
        pytest.param(
            "Ban Nội chính Thành ủy cho biết, thực hiện Chỉ thị số 27-CT/TW của Bộ Chính trị, Ban Thường vụ Thành ủy "
            "đã ban hành Kế hoạch số 120-KH/TU.",
            {("Kế hoạch số 120-KH/TU", "Chỉ thị số 27-CT/TW")},
            id="a-reported-frame",
        ),
    ],
)
def test_requests_manners_and_reported_frames(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("announcing", "issuer"),
    [
        pytest.param(
            "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động",
            "Ban Chấp hành Đảng bộ tỉnh",
            id="executive",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy hướng dẫn một số nội dung", "Ban Thường vụ Tỉnh ủy", id="standing-board"
        ),
        pytest.param("các cấp ủy triển khai các nội dung", "Tỉnh ủy", id="no-organ-of-the-committee"),
    ],
)
def test_the_body_of_a_reproduced_document_names_its_issuing_organ(announcing: str, issuer: str) -> None:
    result = run(
        "TỈNH ỦY HÀ TĨNH\nSố 18-CTr/TU\nHà Tĩnh, ngày 28 tháng 02 năm 2023\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nvề chuyển đổi số\n"
        f"Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, {announcing} như sau:\nT/M TỈNH ỦY"
    )
    document = doc_named(result, "18-CTr/TU")
    assert (document.issuer, document.issuer_province) == ((issuer,), "Hà Tĩnh")


def test_then_issued_after_a_year_and_a_word_like_an_adverb() -> None:
    result = run(
        "Năm 2021, Đảng ủy xã Thạch Đài tổ chức tổng kết 10 năm xây dựng nông thôn mới, đồng thời ban hành Nghị quyết "
        "số 07-NQ/ĐU về khu dân cư kiểu mẫu."
    )
    assert doc_named(result, "Nghị quyết số 07-NQ/ĐU").issuer == ("Đảng ủy xã",)


@pytest.mark.parametrize(
    ("tail", "shares"),
    [
        pytest.param(
            "Ủy ban Kiểm tra Tỉnh ủy ban hành Hướng dẫn số 02-HD/UBKTTU.", True, id="a-commission-named-so"
        ),
        pytest.param(
            "Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch số 42-KH/UBKTTU giám sát việc thực hiện Kết luận này.",
            False,
            id="a-plan-that-supervises",
        ),
    ],
)
def test_a_frame_over_issuing_clauses_of_several_bodies(tail: str, shares: bool) -> None:
    result = run(
        "Thực hiện Kết luận số 34-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 1450-KH/TU; "
        + tail
    )
    second = next(d.mentions[0].surface for d in result.documents if "UBKTTU" in (d.symbol or ""))
    assert ((second, "Kết luận số 34-KL/TW") in edges(result)) is shares
    assert ("Kế hoạch số 1450-KH/TU", "Kết luận số 34-KL/TW") in edges(result)


def test_a_semicolon_list_of_issued_documents_ends_an_object_list() -> None:
    result = run(
        "Tỉnh ủy vừa ban hành Nghị quyết số 11-NQ/TU về công nghiệp văn hóa; Kế hoạch số 67-KH/TU thực hiện Nghị quyết "
        "số 11-NQ/TU; Quyết định số 980-QĐ/TU thành lập Ban Chỉ đạo."
    )
    assert edges(result) == {("Kế hoạch số 67-KH/TU", "Nghị quyết số 11-NQ/TU")}


def test_a_body_late_to_issue_still_issues() -> None:
    plan = doc_named(run("Đảng ủy xã Tân Lập chậm ban hành Kế hoạch số 12-KH/ĐU."), "Kế hoạch số 12-KH/ĐU")
    assert plan.issuer == ("Đảng ủy xã",)


# --- session 11: round-ups ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "issued"),
    [
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 51-KH/TU thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp "
            "hành Trung ương khóa XIII và Kế hoạch số 52-KH/TU về tổ chức hội thi tìm hiểu lịch sử Đảng bộ tỉnh.",
            {("Kế hoạch số 51-KH/TU", "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XIII")},
            "Kế hoạch số 52-KH/TU",
            id="the-organs-next-plan-after-a-plenums-resolution",
        ),
        pytest.param(
            "Ban Thường vụ Thành ủy ban hành Kế hoạch số 311-KH/TU thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 "
            "của Bộ Chính trị về giáo dục và Kế hoạch số 312-KH/TU về chăm lo Tết cho người nghèo.",
            {("Kế hoạch số 311-KH/TU", "Kết luận số 91-KL/TW")},
            "Kế hoạch số 312-KH/TU",
            id="the-organs-next-plan-after-a-central-conclusion",
        ),
        pytest.param(
            "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 70-KH/HU tổ chức nghiên cứu, học tập, quán triệt Nghị quyết "
            "số 08-NQ/HU và Kế hoạch số 71-KH/HU thực hiện Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy.",
            {
                ("Kế hoạch số 70-KH/HU", "Nghị quyết số 08-NQ/HU"),
                ("Kế hoạch số 71-KH/HU", "Chỉ thị số 21-CT/TU"),
            },
            "Kế hoạch số 71-KH/HU",
            id="after-a-run-of-cues",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 60-KH/TU về sơ kết Nghị quyết số 09-NQ/TU và Đề án số 04-ĐA/TU về phát "
            "triển cây dược liệu để thực hiện Chương trình hành động số 20-CTr/TU.",
            {("Đề án số 04-ĐA/TU", "Chương trình hành động số 20-CTr/TU")},
            "Đề án số 04-ĐA/TU",
            id="a-project-after-the-resolution-a-plans-title-names",
        ),
    ],
)
def test_the_next_item_of_an_issued_list_is_no_object(
    text: str, expected: set[tuple[str, str]], issued: str
) -> None:
    result = run(text)
    assert edges(result) == expected
    assert doc_named(result, issued).issuer == (text.split(" ban hành ")[0],)


def test_another_bodys_plan_after_the_first_object_is_still_an_object() -> None:
    result = run(
        "Ban Thường vụ Thị ủy ban hành Kế hoạch số 40-KH/TU ngày 5/9/2023 về thực hiện Nghị quyết số 21-NQ/TW và "
        "Kế hoạch số 150-KH/TU ngày 1/8/2023 của Ban Thường vụ Tỉnh ủy về củng cố tổ chức cơ sở đảng."
    )
    assert ("Kế hoạch số 40-KH/TU", "Kế hoạch số 150-KH/TU") in edges(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 77-KH/TU thực hiện Nghị quyết số 57-NQ/TW. Kế hoạch cũng "
            "đồng thời thực hiện Kết luận số 123-KL/TW.",
            {
                ("Kế hoạch số 77-KH/TU", "Nghị quyết số 57-NQ/TW"),
                ("Kế hoạch số 77-KH/TU", "Kết luận số 123-KL/TW"),
            },
            id="a-bare-head-that-also-carries-out",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 77-KH/TU thực hiện Nghị quyết số 57-NQ/TW. Kế hoạch này đồng thời thực "
            "hiện Kết luận số 123-KL/TW.",
            {
                ("Kế hoạch số 77-KH/TU", "Nghị quyết số 57-NQ/TW"),
                ("Kế hoạch số 77-KH/TU", "Kết luận số 123-KL/TW"),
            },
            id="this-plan-at-the-same-time",
        ),
        pytest.param(
            "Huyện ủy ban hành Hướng dẫn số 05-HD/HU và Kế hoạch số 33-KH/HU. Hai văn bản này hướng dẫn và tổ "
            "chức thực hiện Nghị quyết số 04-NQ/HU.",
            {
                ("Hướng dẫn số 05-HD/HU", "Nghị quyết số 04-NQ/HU"),
                ("Kế hoạch số 33-KH/HU", "Nghị quyết số 04-NQ/HU"),
            },
            id="two-documents-that-guide-and-organise",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 90-KH/TU và Đề án số 07-ĐA/TU về xây dựng chi bộ kiểu mẫu "
            "giai đoạn 2024-2026 để thực hiện Chương trình hành động số 12-CTr/TU.",
            {
                ("Kế hoạch số 90-KH/TU", "Chương trình hành động số 12-CTr/TU"),
                ("Đề án số 07-ĐA/TU", "Chương trình hành động số 12-CTr/TU"),
            },
            id="a-pair-before-a-title-and-a-purpose",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Kế hoạch số 15-KH/TU thực hiện Nghị quyết số 10-NQ/TW và Nghị quyết số 11-NQ/TW, "
            "đồng thời thực hiện Kết luận số 20-KL/TW.",
            {
                ("Kế hoạch số 15-KH/TU", "Nghị quyết số 10-NQ/TW"),
                ("Kế hoạch số 15-KH/TU", "Nghị quyết số 11-NQ/TW"),
                ("Kế hoạch số 15-KH/TU", "Kết luận số 20-KL/TW"),
            },
            id="at-the-same-time-after-a-comma-is-the-issued-documents",
        ),
    ],
)
def test_round_up_back_references_and_pairs(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "named", "issuer"),
    [
        pytest.param(
            "Năm 2023, Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản về công tác dân vận. Nổi bật là Quy chế số "
            "08-QC/TU về dân vận chính quyền; Kế hoạch số 140-KH/TU về dân vận khéo.",
            ("Quy chế số 08-QC/TU", "Kế hoạch số 140-KH/TU"),
            "Ban Thường vụ Tỉnh ủy",
            id="notable-among-many",
        ),
        pytest.param(
            "Huyện ủy đã ban hành các kế hoạch thực hiện nghị quyết của Tỉnh ủy.\nCụ thể, Kế hoạch số 31-KH/HU thực "
            "hiện Nghị quyết số 10-NQ/TU; Kế hoạch số 32-KH/HU thực hiện Nghị quyết số 11-NQ/TU.",
            ("Kế hoạch số 31-KH/HU", "Kế hoạch số 32-KH/HU"),
            "Huyện ủy",
            id="specifically-on-the-next-line",
        ),
        pytest.param(
            "Đảng ủy xã đã ban hành 4 nghị quyết chuyên đề. Tiêu biểu là Nghị quyết số 03-NQ/ĐU về phát triển "
            "cây chè.",
            ("Nghị quyết số 03-NQ/ĐU",),
            "Đảng ủy xã",
            id="typical-of-a-count",
        ),
    ],
)
def test_documents_named_after_a_body_issued_many(text: str, named: tuple[str, ...], issuer: str) -> None:
    result = run(text)
    assert all(doc_named(result, surface).issuer == (issuer,) for surface in named)


def test_specifically_after_one_numbered_document_names_no_issuer() -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 5-KH/TU. Cụ thể, Nghị quyết số 57-NQ/TW yêu cầu hoàn thành sớm."
    )
    assert doc_named(result, "Nghị quyết số 57-NQ/TW").issuer == ()


def test_the_regulations_of_a_body_listed_after_a_colon() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 96-KH/TU về thực hiện các quy định của Bộ Chính trị: Quy định "
        "số 50-QĐ/TW về quy hoạch cán bộ, Quy định số 80-QĐ/TW về phân cấp quản lý cán bộ."
    )
    targets = ("Quy định số 50-QĐ/TW", "Quy định số 80-QĐ/TW")
    assert edges(result) == {("Kế hoạch số 96-KH/TU", target) for target in targets}
    assert all(doc_named(result, target).issuer == ("Bộ Chính trị",) for target in targets)


def test_a_long_title_then_its_purpose() -> None:
    result = run(
        "Ban Thường vụ Thành ủy ban hành Chỉ thị số 25-CT/TU ngày 5-8-2024 về tăng cường sự lãnh đạo của Đảng đối "
        "với công tác kiểm tra, giám sát và thi hành kỷ luật đảng trong đại hội đảng bộ các cấp nhiệm kỳ "
        "2025-2030, nhằm thực hiện Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị."
    )
    assert edges(result) == {("Chỉ thị số 25-CT/TU", "Chỉ thị số 35-CT/TW")}


def test_a_bare_head_after_a_semicolon_is_the_document_just_named() -> None:
    result = run(
        "Tỉnh ủy ban hành Chỉ thị số 40-CT/TU về lãnh đạo triển khai mô hình chính quyền địa phương 2 cấp; Chỉ thị "
        "nhằm thực hiện Kết luận số 137-KL/TW của Bộ Chính trị."
    )
    assert len(result.documents) == 2
    assert edges(result) == {("Chỉ thị số 40-CT/TU", "Kết luận số 137-KL/TW")}


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 3-KH/HU thực hiện Kết luận số 05-KL/TU của Hội nghị Ban Chấp hành Đảng bộ "
            "tỉnh lần thứ 4.",
            "Ban Chấp hành Đảng bộ tỉnh",
            id="of-the-committees-plenum",
        ),
        pytest.param(
            "Đảng ủy Công an TP Hồ Chí Minh ban hành Kế hoạch số 245-KH/ĐUCA.",
            "Đảng ủy Công an Thành phố",
            id="a-citys-police-committee",
        ),
    ],
)
def test_more_issuers(text: str, issuer: str) -> None:
    result = run(text)
    assert any(d.issuer == (issuer,) for d in result.documents)


def test_a_five_digit_number_before_a_symbol() -> None:
    result = run(
        "Văn phòng Trung ương Đảng có Công văn số 14200-CV/VPTW về việc chuẩn bị đại hội. Năm 12345 người."
    )
    [letter] = result.documents
    assert (letter.number, letter.symbol) == ("14200", "14200-CV/VPTW")


def test_a_number_with_a_thousands_dot_before_a_symbol_is_kept_as_printed() -> None:
    result = run(
        "Thực hiện Công văn số 15.230-CV/VPTW của Văn phòng Trung ương Đảng, Tỉnh ủy ban hành Kế hoạch số 22-KH/TU. "
        "Kế hoạch số 1.250 người dân được tuyên truyền."
    )
    letter, plan = result.documents
    assert (letter.number, letter.symbol, plan.symbol) == ("15.230", "15.230-CV/VPTW", "22-KH/TU")
    assert edges(result) == {("Kế hoạch số 22-KH/TU", "Công văn số 15.230-CV/VPTW")}


def test_pairs_in_brackets_win_over_a_plural_frame_and_share_the_issuer() -> None:
    result = run(
        "Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW. Thực hiện các nghị quyết này, Ban "
        "Thường vụ Tỉnh ủy ban hành Kế hoạch số 41-KH/TU (thực hiện Nghị quyết 57) và Kế hoạch số 42-KH/TU (thực "
        "hiện Nghị quyết 59), giao các sở triển khai."
    )
    assert edges(result) == {
        ("Kế hoạch số 41-KH/TU", "Nghị quyết số 57-NQ/TW"),
        ("Kế hoạch số 42-KH/TU", "Nghị quyết số 59-NQ/TW"),
    }
    assert doc_named(result, "Kế hoạch số 42-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Để triển khai", id="to-carry-it-out"),
        pytest.param("Để triển khai thực hiện", id="and-do-it"),
    ],
)
def test_a_fronted_purpose_without_object_carries_out_the_document_just_issued(opening: str) -> None:
    result = run(
        "Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 07-NQ/TU về phát triển đội ngũ trí thức. "
        f"{opening}, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU; Đảng ủy Khối các cơ quan tỉnh ban hành "
        "Kế hoạch số 55-KH/ĐUK."
    )
    assert edges(result) == {
        ("Kế hoạch số 210-KH/TU", "Nghị quyết số 07-NQ/TU"),
        ("Kế hoạch số 55-KH/ĐUK", "Nghị quyết số 07-NQ/TU"),
    }


def test_a_fronted_purpose_with_its_own_object_is_no_elision() -> None:
    result = run(
        "Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về trí thức. Để triển khai Kết luận số 14-KL/TW, Ban Thường vụ "
        "Tỉnh ủy ban hành Kế hoạch số 210-KH/TU."
    )
    assert edges(result) == {("Kế hoạch số 210-KH/TU", "Kết luận số 14-KL/TW")}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "Chiều 14/4/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 320-KH/TU.",
            "2025-04-14",
            id="afternoon",
        ),
        pytest.param(
            "Tỉnh ủy họp. Sáng 3/2/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 320-KH/TU.",
            "2024-02-03",
            id="morning",
        ),
        pytest.param(
            "Hội nghị lùi sang 14/4/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 320-KH/TU.",
            None,
            id="moved-to",
        ),
    ],
)
def test_a_time_of_day_opening_the_issuing_clause_dates_it(text: str, date: str | None) -> None:
    assert doc_named(run(text), "Kế hoạch số 320-KH/TU").date == date


def test_a_list_of_what_guides_in_general_is_no_document() -> None:
    result = run(
        "Lãnh đạo tỉnh yêu cầu các ngành bám sát nghị quyết của Tỉnh ủy, kế hoạch của UBND tỉnh để thu hút đầu tư. "
        "Các ngành thực hiện nghị quyết của Tỉnh ủy, kế hoạch của UBND tỉnh về thu hút đầu tư."
    )
    assert result.documents == ()


def test_the_body_of_a_reproduced_plan_names_it_again_before_its_contents() -> None:
    result = run(
        "TỈNH ỦY BÌNH PHƯỚC\n*\nSố 215-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBình Phước, ngày 14 tháng 4 năm 2023\nKẾ HOẠCH\n"
        "thực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về chính sách công nghiệp\n-----\n"
        "Nhằm phát triển công nghiệp, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện với các nội dung sau:\n1. ..."
    )
    plan = doc_named(result, "215-KH/TU")
    assert (len(result.documents), plan.issuer, len(plan.mentions)) == (2, ("Ban Thường vụ Tỉnh ủy",), 2)
    assert edges(result) == {("215-KH/TU", "Nghị quyết số 23-NQ/TW")}


def test_a_draft_in_running_text_is_no_document_but_a_draft_named_as_an_item_is() -> None:
    result = run(
        "Các đại biểu góp ý vào dự thảo Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển Khu kinh tế. Hội "
        "nghị nghe Nghị quyết số 26-NQ/TW; Dự thảo kế hoạch của Ban Chấp hành Đảng bộ huyện về thực hiện Nghị quyết "
        "số 26-NQ/TW."
    )
    assert [d.mentions[0].surface for d in result.documents] == ["Nghị quyết số 26-NQ/TW", "kế hoạch"]


def test_a_reproduced_resolution_named_again_is_never_the_congress_resolution_it_carries_out() -> None:
    result = run(
        "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐẮK LẮK ĐẢNG CỘNG SẢN VIỆT NAM\nSố 09 - NQ/TU Đắk Lắk, ngày 14 tháng 7 năm 2023\n"
        "*\nNGHỊ QUYẾT\nvề phát triển cây cà phê bền vững đến năm 2030\n-----\nThực hiện Nghị quyết Đại hội đại biểu "
        "Đảng bộ tỉnh lần thứ XVII, tại Hội nghị lần thứ 14, Ban Chấp hành Đảng bộ tỉnh đã thảo luận và thống nhất ban "
        "hành Nghị quyết về phát triển cây cà phê bền vững với các nội dung sau:"
    )
    congress = doc_named(result, "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII")
    assert congress.issuer == ("Đại hội đại biểu Đảng bộ tỉnh",)
    assert edges(result) == {("09 - NQ/TU", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII")}


def test_bao_dam_after_dang_uy_is_a_verb_not_a_newspaper() -> None:
    doc = doc_named(
        run("Đảng ủy bảo đảm sự lãnh đạo, ban hành Kế hoạch số 12-KH/ĐU."), "Kế hoạch số 12-KH/ĐU"
    )
    assert doc.issuer == ("Đảng ủy",)


def test_the_standing_board_of_a_committee_named_before_has_its_level() -> None:
    result = run(
        "Đảng ủy các cơ quan Đảng thành phố ban hành Nghị quyết số 04-NQ/ĐU về sinh hoạt chi bộ; Ban Thường vụ Đảng "
        "ủy ban hành Kế hoạch số 11-KH/ĐU thực hiện Nghị quyết số 04-NQ/ĐU."
    )
    plan = doc_named(result, "Kế hoạch số 11-KH/ĐU")
    assert (plan.issuer, plan.level) == (("Ban Thường vụ Đảng ủy các cơ quan Đảng thành phố",), "district")


def test_a_code_is_a_committee_only_in_capitals_and_out_of_a_symbol() -> None:
    result = run("Từ năm 2020, tư tưởng và dự án hu hỏng được triển khai theo Kế hoạch số 5-KH/TU ban hành.")
    assert doc_named(result, "Kế hoạch số 5-KH/TU").issuer == ()


def test_army_units_are_told_apart_by_their_numbers() -> None:
    """Quân khu 4 and Quân khu 7 are two bodies; their congresses too."""
    result = run(
        "Đảng ủy Quân khu 4 ban hành Kế hoạch số 215-KH/ĐU. Đảng ủy Quân khu 7 ban hành Kế hoạch số 216-KH/ĐU. "
        "Thực hiện Nghị quyết Đại hội Đảng bộ Quân khu 9 lần thứ XI, Đảng ủy Sư đoàn 330 ban hành Kế hoạch số 12-KH/ĐU."
    )
    assert doc_named(result, "Kế hoạch số 215-KH/ĐU").issuer == ("Đảng ủy Quân khu 4",)
    assert doc_named(result, "Kế hoạch số 216-KH/ĐU").issuer == ("Đảng ủy Quân khu 7",)
    assert doc_named(result, "Kế hoạch số 12-KH/ĐU").issuer == ("Đảng ủy Sư đoàn 330",)
    congress = doc_named(result, "Nghị quyết Đại hội Đảng bộ Quân khu 9 lần thứ XI")
    assert (congress.issuer, congress.level) == (("Đại hội Đảng bộ Quân khu 9",), "provincial")


@pytest.mark.parametrize(
    ("text", "surface", "issuer", "date", "subject"),
    [
        pytest.param(
            "Kế hoạch số 05-KH/TU về chuyển đổi số do Tỉnh ủy ban hành ngày 3/4/2021 đã được triển khai.",
            "Kế hoạch số 05-KH/TU",
            ("Tỉnh ủy",),
            "2021-04-03",
            "chuyển đổi số",
            id="do-a-body-ban-hanh-after-the-subject",
        ),
        pytest.param(
            "Chỉ thị số 12-CT/TU về công tác cán bộ, do Ban Thường vụ Tỉnh ủy ban hành, yêu cầu thực hiện nghiêm.",
            "Chỉ thị số 12-CT/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            None,
            "công tác cán bộ",
            id="do-a-body-ban-hanh-between-commas",
        ),
        pytest.param(
            "Nghị quyết số 05-NQ/TU về du lịch do chưa có nguồn lực nên chậm triển khai.",
            "Nghị quyết số 05-NQ/TU",
            (),
            None,
            "du lịch do chưa có nguồn lực nên chậm triển khai",
            id="do-as-because-is-no-issuer",
        ),
        pytest.param(
            "BTV Huyện ủy vừa ban hành Nghị quyết số 11-NQ/HU về chuyển đổi số, kèm theo Kế hoạch số 88-KH/HU.",
            "Kế hoạch số 88-KH/HU",
            ("Ban Thường vụ Huyện ủy",),
            None,
            None,
            id="kem-theo-a-second-item",
        ),
        pytest.param(
            "Bộ Chính trị ban hành Quyết định số 304-QĐ/TW thành lập Đảng bộ Chính phủ và Quy định số 299-QĐ/TW về "
            "chức năng, nhiệm vụ của Đảng ủy Chính phủ.",
            "Quy định số 299-QĐ/TW",
            ("Bộ Chính trị",),
            None,
            "chức năng, nhiệm vụ của Đảng ủy Chính phủ",
            id="a-bare-title-and-the-next-item-of-the-organ-whose-topic-is-a-body",
        ),
        pytest.param(
            "Kế hoạch số 05-KH/TU về chuyển đổi số do Tỉnh ủy ban hành ngày 3/4/2021 nhằm thực hiện Nghị quyết số "
            "57-NQ/TW.",
            "Kế hoạch số 05-KH/TU",
            ("Tỉnh ủy",),
            "2021-04-03",
            "chuyển đổi số",
            id="do-a-body-ban-hanh-then-a-purpose",
        ),
        pytest.param(
            "Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 93-HD/BTGTU tuyên truyền kỷ niệm Ngày thành lập Đảng; Kế "
            "hoạch số 41-KH/BTGTU tổ chức cuộc thi chính luận.",
            "Kế hoạch số 41-KH/BTGTU",
            ("Ban Tuyên giáo Tỉnh ủy",),
            None,
            None,
            id="a-bare-title-then-the-next-item-of-the-organ",
        ),
    ],
)
def test_issuers_said_after_the_subject_or_shared_by_a_list(
    text: str, surface: str, issuer: tuple[str, ...], date: str | None, subject: str | None
) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.issuer, doc.date, doc.subject) == (issuer, date, subject)


def test_a_date_after_the_second_of_two_kinds_is_its_own() -> None:
    result = run(
        "Thực hiện Chỉ thị số 05-CT/TW và Quy định số 55-QĐ/TW ngày 19/12/2016 của Bộ Chính trị, Tỉnh ủy ban hành "
        "Kế hoạch số 12-KH/TU. Thực hiện Nghị quyết số 12-NQ/TU và Nghị quyết số 13-NQ/TU ngày 4/4/2024 của Tỉnh ủy, "
        "Huyện ủy ban hành Kế hoạch số 12-KH/HU."
    )
    assert doc_named(result, "Chỉ thị số 05-CT/TW").date is None
    assert doc_named(result, "Quy định số 55-QĐ/TW").date == "2016-12-19"
    # one kind: one description for the list
    assert doc_named(result, "Nghị quyết số 12-NQ/TU").date == "2024-04-04"


def test_counted_sets_after_what_the_set_before_was_for() -> None:
    result = run(
        "Năm 2024, Ủy ban Kiểm tra Tỉnh ủy đã ban hành 16 quyết định kiểm tra, giám sát, 21 thông báo kết luận, "
        "11 quyết định thi hành kỷ luật đảng viên."
    )
    found = {(d.mentions[0].surface, d.issuer) for d in result.documents}
    assert found == {
        ("16 quyết định", ("Ủy ban Kiểm tra Tỉnh ủy",)),
        ("21 thông báo kết luận", ("Ủy ban Kiểm tra Tỉnh ủy",)),
        ("11 quyết định", ("Ủy ban Kiểm tra Tỉnh ủy",)),
    }


def test_a_lower_case_programme_after_a_cue_is_the_programme_named_before() -> None:
    result = run(
        "Ban Thường vụ Huyện ủy ban hành Chương trình số 10-CTr/HU về kiểm tra, giám sát năm 2019 và Kế hoạch số "
        "45-KH/HU thực hiện chương trình."
    )
    assert edges(result) == {("Kế hoạch số 45-KH/HU", "Chương trình số 10-CTr/HU")}
    assert edges(run("Huyện ủy ban hành Kế hoạch số 46-KH/HU thực hiện chương trình.")) == set()  # none named


def test_a_check_reaches_its_matter_over_the_body_it_is_about() -> None:
    checked = run(
        "Ủy ban Kiểm tra Tỉnh ủy ban hành Quyết định số 214-QĐ/UBKTTU về giám sát chuyên đề đối với Ban Thường vụ "
        "Huyện ủy Krông Pắc trong việc thực hiện Nghị quyết số 21-NQ/TW."
    )
    assert edges(checked) == set()
    led = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kết luận số 40-KL/TU về kết quả giám sát chuyên đề đối với Đảng đoàn Hội "
        "Cựu chiến binh tỉnh trong lãnh đạo, chỉ đạo thực hiện Chỉ thị số 05-CT/TW."
    )
    assert edges(led) == set()
    # the commission's own name is no check
    planned = run(
        "Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch số 12-KH/UBKTTU về việc thực hiện Nghị quyết số 21-NQ/TW."
    )
    assert edges(planned) == {("Kế hoạch số 12-KH/UBKTTU", "Nghị quyết số 21-NQ/TW")}


def test_a_steering_committee_issues() -> None:
    numbered = run(
        "Ban Chỉ đạo 35 tỉnh ban hành Kế hoạch số 07-KH/BCĐ35 về bảo vệ nền tảng tư tưởng của Đảng."
    )
    assert doc_named(numbered, "Kế hoạch số 07-KH/BCĐ35").issuer == ("Ban Chỉ đạo 35 tỉnh",)
    topic = (
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh đã ban hành Kế "
        "hoạch số 03-KH/BCĐ."
    )
    named = doc_named(run(topic), "Kế hoạch số 03-KH/BCĐ")
    assert named.issuer == (
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh",
    )
    assert named.level == "provincial"
    # by its short name: the one named in full earlier
    short = run(
        "Tỉnh ủy thành lập Ban Chỉ đạo 35 tỉnh. Sau đó, Ban Chỉ đạo đã ban hành Kế hoạch số 04-KH/BCĐ35 về "
        "tuyên truyền."
    )
    assert doc_named(short, "Kế hoạch số 04-KH/BCĐ35").issuer == ("Ban Chỉ đạo 35 tỉnh",)
    # named by the review it steers, a resolution in its name
    review = run(
        "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Tỉnh ủy Phú Yên ban hành Kế hoạch số 12-KH/BCĐ về sắp xếp."
    )
    steering = doc_named(review, "Kế hoạch số 12-KH/BCĐ")
    assert steering.issuer == ("Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Tỉnh ủy",)
    assert steering.level == "provincial"
    of_committee = run("Ban Chỉ đạo 57 của Tỉnh ủy ban hành Kế hoạch số 06-KH/BCĐ về chuyển đổi số.")
    assert doc_named(of_committee, "Kế hoạch số 06-KH/BCĐ").issuer == ("Ban Chỉ đạo 57 của Tỉnh ủy",)
    # named after "của", in a list whose items all carry out one document
    listed = run(
        "Chương trình số 18-CTr/TU của Tỉnh ủy, Kế hoạch số 05-KH/BCĐ của Ban Chỉ đạo tỉnh và Hướng dẫn số "
        "03-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy đều nhằm thực hiện Nghị quyết số 57-NQ/TW."
    )
    assert doc_named(listed, "Kế hoạch số 05-KH/BCĐ").issuer == ("Ban Chỉ đạo tỉnh",)
    assert len(edges(listed)) == 3


def test_a_party_group_by_its_short_name() -> None:
    # the adviser named "Đảng đoàn" alone is no part of the issuer's name
    advised = run("Đảng đoàn đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 19-CT/TU về dân vận.")
    assert doc_named(advised, "Chỉ thị số 19-CT/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)
    # its own document: the group named in full earlier, else as written
    own = run(
        "Đảng đoàn Hội Nông dân tỉnh tổ chức hội nghị. Đảng đoàn cũng ban hành Chương trình số 03-CTr/ĐĐ về "
        "nông thôn mới."
    )
    assert doc_named(own, "Chương trình số 03-CTr/ĐĐ").issuer == ("Đảng đoàn Hội Nông dân tỉnh",)
    alone = run("Đảng đoàn cũng ban hành Chương trình số 03-CTr/ĐĐ về nông thôn mới.")
    assert doc_named(alone, "Chương trình số 03-CTr/ĐĐ").issuer == ("Đảng đoàn",)


def test_the_commission_by_its_short_name_is_the_one_named_before() -> None:
    result = run(
        "Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị. Để thực hiện chương trình này, Ủy ban ban hành Kế hoạch số "
        "08-KH/UBKTTU."
    )
    assert doc_named(result, "Kế hoạch số 08-KH/UBKTTU").issuer == ("Ủy ban Kiểm tra Tỉnh ủy",)
    assert (
        doc_named(run("Ủy ban ban hành Kế hoạch số 08-KH/UBKTTU."), "Kế hoạch số 08-KH/UBKTTU").issuer == ()
    )


def test_a_unions_congress_resolution_is_not_the_partys() -> None:
    result = run(
        "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh ban hành Chương trình hành động số 01-CTr/ĐĐ thực hiện Nghị quyết Đại "
        "hội XIII Hội LHPN Việt Nam và Nghị quyết số 11-NQ/TW của Bộ Chính trị. Nghị quyết Đại hội Đảng bộ tỉnh lần "
        "thứ XVII đã đi vào cuộc sống."
    )
    union = doc_named(result, "Nghị quyết Đại hội XIII Hội LHPN Việt Nam")  # named in full, not cut short
    assert union.issuer == ()
    assert ("Chương trình hành động số 01-CTr/ĐĐ", "Nghị quyết số 11-NQ/TW") in edges(result)
    party = doc_named(result, "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII")
    assert party.local_id != union.local_id
    # every congress of theirs is no document
    generic = run(
        "Các cấp hội tiếp tục quán triệt các nghị quyết của Đảng, nghị quyết đại hội phụ nữ các cấp."
    )
    assert generic.documents == ()
    # named again, the same resolution
    again = run(
        "Triển khai Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XV\n\nBan Thường vụ Hội LHPN tỉnh ban hành "
        "Chương trình số 01-CTr/HPN thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XV."
    )
    assert len(again.documents) == 2


@pytest.mark.parametrize(
    "follow_up",
    [
        pytest.param("Kế hoạch được ký ban hành ngày 12/8/2022.", id="ky-ban-hanh"),
        pytest.param("Kế hoạch được ký ngày 12/8/2022.", id="ky"),
        pytest.param("Kế hoạch được ban hành ngày 12/8/2022.", id="ban-hanh"),
    ],
)
def test_the_day_a_plan_was_signed_said_in_the_next_sentence(follow_up: str) -> None:
    result = run(
        f"Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hiện Nghị quyết số 57-NQ/TW. {follow_up}"
    )
    assert doc_named(result, "Kế hoạch số 45-KH/TU").date == "2022-08-12"
    assert doc_named(result, "Nghị quyết số 57-NQ/TW").date is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param("ĐUQS tỉnh ban hành Kế hoạch số 205-KH/ĐU.", ("Đảng ủy Quân sự tỉnh",), id="duqs"),
        pytest.param(
            "BTV ĐUQS tỉnh Nghệ An ban hành Kế hoạch số 205-KH/ĐU.",
            ("Ban Thường vụ Đảng ủy Quân sự tỉnh",),
            id="the-standing-board-of-duqs",
        ),
        pytest.param("ĐUCA huyện ban hành Kế hoạch số 205-KH/ĐU.", ("Đảng ủy Công an huyện",), id="duca"),
        pytest.param(
            "BTV ĐUQH ban hành Kế hoạch số 205-KH/ĐU.",
            ("Ban Thường vụ Đảng ủy Quốc hội",),
            id="the-national-assembly",
        ),
        pytest.param("ĐUCP ban hành Kế hoạch số 205-KH/ĐU.", ("Đảng ủy Chính phủ",), id="the-government"),
    ],
)
def test_army_and_police_committees_by_their_initials(text: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), "Kế hoạch số 205-KH/ĐU").issuer == issuer


def test_a_local_body_closing_the_outer_title_issued_the_outer_document() -> None:
    result = run(
        "Kế hoạch số 150-KH/TU về triển khai thực hiện Nghị quyết số 21-NQ/TW về tăng cường củng cố tổ chức cơ sở "
        "đảng của Ban Thường vụ Tỉnh ủy Đắk Lắk đã được quán triệt đến tất cả chi bộ."
    )
    plan, resolution = doc_named(result, "Kế hoạch số 150-KH/TU"), doc_named(result, "Nghị quyết số 21-NQ/TW")
    assert (plan.issuer, resolution.issuer) == (("Ban Thường vụ Tỉnh ủy",), ())
    assert resolution.subject == "tăng cường củng cố tổ chức cơ sở đảng"
    # a central body closing a central title is its issuer, before the predicate too
    central = doc_named(
        run("Nghị quyết số 57-NQ/TW về khoa học của Bộ Chính trị đã mở ra thời kỳ mới."),
        "Nghị quyết số 57-NQ/TW",
    )
    assert (central.issuer, central.subject) == (("Bộ Chính trị",), "khoa học")


def test_passive_issuer_after_the_subject() -> None:
    doc = doc_named(
        run("Chỉ thị số 30-CT/TU về quản lý trật tự xây dựng được Ban Thường vụ Thành ủy ban hành năm 2019."),
        "Chỉ thị số 30-CT/TU",
    )
    assert (doc.issuer, doc.subject) == (("Ban Thường vụ Thành ủy",), "quản lý trật tự xây dựng")


def test_a_purpose_after_the_issuing_body_is_the_documents() -> None:
    result = run(
        "Kế hoạch số 05-KH/TU về chuyển đổi số do Tỉnh ủy ban hành ngày 3/4/2021 nhằm thực hiện Nghị quyết số 57-NQ/TW."
    )
    assert edges(result) == {("Kế hoạch số 05-KH/TU", "Nghị quyết số 57-NQ/TW")}


@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param(
            "Để thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
            "215-KH/TU; Đảng đoàn Liên đoàn Lao động tỉnh xây dựng Chương trình hành động số 12-CTr/ĐĐ.",
            "Chương trình hành động số 12-CTr/ĐĐ",
            id="the-next-clause-builds-its-own",
        ),
        pytest.param(
            "Triển khai Nghị quyết số 02-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh đoàn ban hành Chương trình số "
            "15-CTr/TĐTN; Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh ban hành Kế hoạch số 03-KH/ĐU lãnh đạo chung.",
            "Kế hoạch số 03-KH/ĐU",
            id="the-next-body-has-a-comma-in-its-name",
        ),
    ],
)
def test_a_frame_goes_on_over_the_next_issuing_clauses(text: str, second: str) -> None:
    assert (second, "Nghị quyết số 02-NQ/TW") in edges(run(text))


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "Đảng ủy Vùng 5 Hải quân ban hành Kế hoạch số 46-KH/ĐU.",
            ("Đảng ủy Vùng 5 Hải quân",),
            id="navy-region",
        ),
        pytest.param(
            "Đảng ủy Cảnh sát biển ban hành Kế hoạch số 46-KH/ĐU.",
            ("Đảng ủy Cảnh sát biển",),
            id="coast-guard",
        ),
        pytest.param(
            "Ban Thường vụ Đảng ủy Tổng cục Thuế đã ban hành Kế hoạch số 46-KH/ĐU.",
            ("Ban Thường vụ Đảng ủy Tổng cục Thuế",),
            id="standing-board-of-an-agency",
        ),
        pytest.param(
            "Ban Thường vụ Đảng ủy Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam thành phố ban hành Kế hoạch số 46-KH/ĐU.",
            ("Ban Thường vụ Đảng ủy Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",),
            id="a-body-named-inside-is-no-rival",
        ),
        pytest.param(
            "Ban Chỉ đạo 35 Đảng ủy Công an tỉnh ban hành Kế hoạch số 46-KH/ĐU.",
            (),
            id="the-complement-of-a-longer-name",
        ),
        pytest.param(
            "Đảng ủy Khối tổng kết và ban hành Kế hoạch số 46-KH/ĐU.", (), id="what-it-does-is-no-name"
        ),
        pytest.param(
            "Bí thư Đảng ủy Vùng 4 Hải quân ký ban hành Kế hoạch số 46-KH/ĐU.", (), id="its-secretary-signs"
        ),
    ],
)
def test_the_committee_of_a_unit_the_lexicon_does_not_name(text: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), "Kế hoạch số 46-KH/ĐU").issuer == issuer


def test_an_award_for_carrying_out_a_document_implements_nothing() -> None:
    text = (
        "Ban Thường vụ Thành ủy ban hành Quyết định số 2150-QĐ/TU về việc khen thưởng các tập thể, cá nhân có thành "
        "tích xuất sắc trong thực hiện Chỉ thị số 30-CT/TU."
    )
    assert edges(run(text)) == set()


def test_the_congress_of_a_number_is_the_partys_when_the_article_names_only_that_one() -> None:
    national = run(
        "Tháng 1/2026, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công tốt đẹp. Ban Thường vụ Tỉnh ủy đã "
        "ban hành Kế hoạch số 05-KH/TU về triển khai thực hiện Nghị quyết Đại hội XIV."
    )
    assert doc_named(national, "Nghị quyết Đại hội XIV").issuer == ("Đại hội đại biểu toàn quốc",)
    both = run(
        "Đại hội Đảng bộ tỉnh lần thứ XIV và Đại hội XIV của Đảng. Thực hiện Nghị quyết Đại hội XIV, Tỉnh ủy ban hành "
        "Kế hoạch số 12-KH/TU."
    )
    assert doc_named(both, "Nghị quyết Đại hội XIV").issuer == ()  # which one is not said


def test_items_on_their_own_lines_under_a_heading_carry_out_what_it_names() -> None:
    result = run(
        "Hệ thống văn bản thực hiện Nghị quyết 21-NQ/TW tại tỉnh:\n"
        "▪ Chương trình hành động số 20-CTr/TU ngày 31/8/2022 của Tỉnh ủy;\n"
        "▪ Kế hoạch số 155-KH/TU ngày 12/10/2022 của Ban Thường vụ Tỉnh ủy về sinh hoạt chi bộ.\n"
        "Bài viết có 3 phần:\n- Kế hoạch số 156-KH/TU ngày 12/10/2022."
    )
    assert edges(result) == {
        ("Chương trình hành động số 20-CTr/TU", "Nghị quyết 21-NQ/TW"),
        ("Kế hoạch số 155-KH/TU", "Nghị quyết 21-NQ/TW"),
    }


def test_items_listed_under_roman_marks_share_the_frame_and_the_issuer() -> None:
    result = run(
        "Thực hiện Kết luận số 126-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành các văn bản gồm:\n"
        "(i) Kế hoạch số 285-KH/TU ngày 05/3/2025 về sắp xếp bộ máy;\n"
        "(ii) Quyết định số 2980-QĐ/TU ngày 10/3/2025 thành lập Ban Chỉ đạo;\n"
        "(iii) Thông báo số 1810-TB/TU ngày 12/3/2025 phân công nhiệm vụ."
    )
    for item in ("Kế hoạch số 285-KH/TU", "Quyết định số 2980-QĐ/TU", "Thông báo số 1810-TB/TU"):
        assert doc_named(result, item).issuer == ("Ban Thường vụ Tỉnh ủy",)
        assert (item, "Kết luận số 126-KL/TW") in edges(result)


def test_a_document_carries_out_the_list_below_its_cue() -> None:
    result = run(
        "Kế hoạch số 89-KH/TU ngày 4/3/2022 của Ban Thường vụ Tỉnh ủy thực hiện các văn bản sau của Trung ương:\n"
        "- Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII;\n"
        "- Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm.\n"
        "Tỉnh ủy lưu ý các nội dung sau:\n- Kế hoạch số 90-KH/TU về kiểm tra."
    )
    assert edges(result) == {
        ("Kế hoạch số 89-KH/TU", "Kết luận số 21-KL/TW"),
        ("Kế hoạch số 89-KH/TU", "Quy định số 37-QĐ/TW"),
    }


@pytest.mark.parametrize(
    ("text", "surface", "issuer", "date"),
    [
        pytest.param(
            "Nghị quyết số 05-NQ/TU “Về phát triển du lịch” của Ban Chấp hành Đảng bộ tỉnh được ban hành ngày "
            "12/3/2021.",
            "Nghị quyết số 05-NQ/TU",
            ("Ban Chấp hành Đảng bộ tỉnh",),
            "2021-03-12",
            id="after-a-quoted-title",
        ),
        pytest.param(
            "Theo lãnh đạo Ban Tổ chức Thành ủy Hà Nội, Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 12-KH/TU.",
            "Kế hoạch số 12-KH/TU",
            ("Ban Thường vụ Thành ủy",),
            None,
            id="the-source-of-the-news-is-no-joint-issuer",
        ),
        pytest.param(
            "Đảng ủy xã chúng tôi đã ban hành Kế hoạch số 12-KH/ĐU.",
            "Kế hoạch số 12-KH/ĐU",
            ("Đảng ủy xã",),
            None,
            id="a-speakers-own-body",
        ),
    ],
)
def test_issuers_in_quotes_and_speech(
    text: str, surface: str, issuer: tuple[str, ...], date: str | None
) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.issuer, doc.date) == (issuer, date)


def test_a_guideline_guides_whom_it_addresses_to_carry_out() -> None:
    guided = run(
        "Huyện ủy ban hành Hướng dẫn số 08-HD/HU hướng dẫn các chi, đảng bộ thực hiện Kế hoạch số 35-KH/HU."
    )
    assert edges(guided) == {("Hướng dẫn số 08-HD/HU", "Kế hoạch số 35-KH/HU")}
    reviewing = run(
        "Huyện ủy ban hành Hướng dẫn số 08-HD/HU hướng dẫn các chi bộ tổng kết việc thực hiện Kế hoạch số 35-KH/HU."
    )
    assert edges(reviewing) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Đảng ủy Khối ban hành Kế hoạch số 25-KH/ĐUK hướng dẫn đảng đoàn, ban cán sự đảng các bộ, ngành thực hiện "
            "Nghị quyết số 19-NQ/TW.",
            ("Kế hoạch số 25-KH/ĐUK", "Nghị quyết số 19-NQ/TW"),
            id="guides-named-addressees",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ Khối ban hành Nghị quyết chuyên đề số 10-NQ/ĐUK về năng lượng; Ban Thường vụ Đảng "
            "ủy Khối sau đó ban hành Kế hoạch số 78-KH/ĐUK để tổ chức thực hiện Nghị quyết chuyên đề.",
            ("Kế hoạch số 78-KH/ĐUK", "Nghị quyết chuyên đề số 10-NQ/ĐUK"),
            id="the-special-resolution-named-again",
        ),
        pytest.param(
            "Ban Bí thư ban hành Thông tri số 04-TT/TW về bầu cử. Ban Thường vụ Đảng ủy Quốc hội ban hành Kế hoạch số "
            "44-KH/ĐUQH (30/10/2025) để thực hiện Thông tri.",
            ("Kế hoạch số 44-KH/ĐUQH", "Thông tri số 04-TT/TW"),
            id="the-circular-named-again",
        ),
    ],
)
def test_back_references_and_addressees(text: str, pair: tuple[str, str]) -> None:
    assert pair in edges(run(text))


def test_one_of_the_projects_that_carry_out() -> None:
    result = run(
        "Đề án số 05-ĐA/TU là một trong những đề án cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị."
    )
    assert edges(result) == {("Đề án số 05-ĐA/TU", "Nghị quyết số 57-NQ/TW")}


@pytest.mark.parametrize(
    "period", ["6 tháng cuối năm 2025", "toàn khóa nhiệm kỳ 2015-2020", "quý III/2025", "năm 2024"]
)
def test_an_inspection_programme_by_its_period(period: str) -> None:
    result = run(
        f"Kế hoạch số 22-KH/UBKTTU thực hiện Chương trình kiểm tra, giám sát {period} của Ban Chấp hành Đảng bộ tỉnh."
    )
    assert edges(result) == {("Kế hoạch số 22-KH/UBKTTU", f"Chương trình kiểm tra, giám sát {period}")}


def test_items_on_lines_without_marks_under_a_frame_that_lists_them() -> None:
    result = run(
        "Để cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Tỉnh ủy đã ban hành các chương trình, gồm:\n"
        "Chương trình số 01-CTr/TU ngày 02/11/2020 về phát triển công nghiệp;\n"
        "Chương trình số 02-CTr/TU ngày 02/11/2020 về nông thôn mới."
    )
    assert edges(result) == {
        ("Chương trình số 01-CTr/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),
        ("Chương trình số 02-CTr/TU", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),
    }


@pytest.mark.parametrize(
    ("text", "surface", "issuer", "date"),
    [
        pytest.param(
            "Cơ quan ban hành: Ban Tuyên giáo Tỉnh ủy\nSố ký hiệu | Ngày ban hành | Trích yếu\n"
            "112-HD/BTGTU | 02/6/2022 | Hướng dẫn tuyên truyền kỷ niệm Ngày thành lập Đảng bộ tỉnh",
            "112-HD/BTGTU",
            ("Ban Tuyên giáo Tỉnh ủy",),
            "2022-06-02",
            id="the-body-field-above-a-table",
        ),
        pytest.param(
            "Văn bản Đảng ủy xã Thăng An\nSố ký hiệu | Ngày ban hành | Trích yếu\n"
            "03-KH/ĐU | 08/7/2025 | Kế hoạch tổ chức Đại hội đại biểu Đảng bộ xã lần thứ I",
            "03-KH/ĐU",
            ("Đảng ủy xã",),
            "2025-07-08",
            id="a-table-titled-by-its-body",
        ),
        pytest.param(
            "Số ký hiệu | Ngày ký | Trích yếu\n279-KH/TU | 05/3/2020 | Kế hoạch tổ chức đại hội đảng bộ các cấp",
            "279-KH/TU",
            (),
            "2020-03-05",
            id="a-signing-date-column",
        ),
        pytest.param(
            "Kế hoạch số 134-KH/TU\nNgày ban hành: 30/6/2023\nCơ quan ban hành: Ban Thường vụ Tỉnh ủy\nV/v thông tin "
            "đối ngoại",
            "Kế hoạch số 134-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            "2023-06-30",
            id="a-record-opening-with-the-document",
        ),
        pytest.param(
            "Ký hiệu: 86-KH/TU | Ngày: 18/11/2021 | Người ký: Nguyễn Văn Lộc | Trích yếu: Kế hoạch cán bộ",
            "86-KH/TU",
            (),
            "2021-11-18",
            id="a-bare-date-field",
        ),
    ],
)
def test_website_listings(text: str, surface: str, issuer: tuple[str, ...], date: str) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.issuer, doc.date) == (issuer, date)


def test_the_day_a_title_opening_the_sentence_was_issued_is_its_own() -> None:
    result = run(
        "Thông báo kết luận số 120-TB/TU về tình hình thực hiện Nghị quyết số 12-NQ/TU được ban hành ngày 18/7/2018."
    )
    assert doc_named(result, "Thông báo kết luận số 120-TB/TU").date == "2018-07-18"
    assert doc_named(result, "Nghị quyết số 12-NQ/TU").date is None


def test_a_plenum_named_without_a_title_is_its_one_numbered_resolution_in_the_article() -> None:
    one = run(
        "Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII về xây dựng "
        "Đảng. Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Nghị quyết Trung ương 4 khóa XII."
    )
    assert edges(one) == {("Kế hoạch số 12-KH/TU", "Nghị quyết số 04-NQ/TW")}
    two = run(
        "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 6 khóa XII. Tỉnh ủy ban hành Kế "
        "hoạch số 12-KH/TU thực hiện Nghị quyết Trung ương 6 khóa XII."
    )
    assert edges(two) == {
        ("Kế hoạch số 12-KH/TU", "Nghị quyết Trung ương 6 khóa XII")
    }  # which one is not said


def test_a_plan_born_on_a_day_to_carry_out_b() -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 70-KH/TU. Kế hoạch ra đời ngày 12/1/2018 nhằm thực hiện Nghị quyết số 18-NQ/TW."
    )
    assert edges(result) == {("Kế hoạch số 70-KH/TU", "Nghị quyết số 18-NQ/TW")}
    assert doc_named(result, "Kế hoạch số 70-KH/TU").date == "2018-01-12"


def test_a_congress_named_by_its_unit_alone_is_the_articles_one_of_that_unit() -> None:
    result = run(
        "Sau hơn 1 năm triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XIX, công tác xây dựng "
        "Đảng có nhiều chuyển biến. Huyện ủy ban hành Chương trình hành động số 05-CTr/HU thực hiện Nghị quyết Đại "
        "hội Đảng bộ tỉnh."
    )
    assert len(result.documents) == 2
    assert edges(result) == {
        (
            "Chương trình hành động số 05-CTr/HU",
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XIX",
        )
    }


def test_a_speakers_frame_in_quotes() -> None:
    result = run(
        "Bí thư Thành ủy trả lời phỏng vấn: “Để cụ thể hóa Kết luận số 67-KL/TW ngày 16/12/2019 của Bộ Chính trị "
        "về xây dựng thành phố, chúng tôi đã ban hành Nghị quyết số 10-NQ/ThU ngày 5/3/2020”."
    )
    assert edges(result) == {("Nghị quyết số 10-NQ/ThU", "Kết luận số 67-KL/TW")}
    assert doc_named(result, "Kết luận số 67-KL/TW").subject == "xây dựng thành phố"


def test_a_frame_goes_on_after_a_quoted_title() -> None:
    result = run(
        "Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh đoàn ban hành Chương trình số "
        '15-CTr/TĐTN về "Bình dân học vụ số" trong thanh niên; Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh ban '
        "hành Kế hoạch số 03-KH/ĐU lãnh đạo chung."
    )
    assert ("Kế hoạch số 03-KH/ĐU", "Nghị quyết số 57-NQ/TW") in edges(result)


def test_an_item_under_a_heading_carries_out_what_the_heading_names() -> None:
    result = run(
        "Kết quả triển khai các văn bản của Trung ương:\n1. Kết luận số 14-KL/TW:\n   - Ban Thường vụ Tỉnh ủy ban "
        "hành Kế hoạch số 54-KH/TU ngày 25/11/2021 để thực hiện.\n2. Quy định số 41-QĐ/TW:\n   - Ban Thường vụ Tỉnh "
        "ủy ban hành Kế hoạch số 60-KH/TU ngày 13/12/2021 triển khai thực hiện."
    )
    assert edges(result) == {
        ("Kế hoạch số 54-KH/TU", "Kết luận số 14-KL/TW"),
        ("Kế hoạch số 60-KH/TU", "Quy định số 41-QĐ/TW"),
    }


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(
            "Số hiệu: 41-KH/TU\nNgày: 12/01/2026\nTrích yếu: Kế hoạch tổ chức nghiên cứu, học tập, quán triệt và "
            "triển khai thực hiện Nghị quyết số 57-NQ/TW\nCơ quan ban hành: Ban Thường vụ Tỉnh ủy",
            id="a-summary-with-the-titles-words-before-the-cue",
        ),
        pytest.param(
            "Số văn bản: 41-KH/TU | Ngày: 12/01/2026 | Nơi ban hành: Tỉnh ủy\nKế hoạch về tổ chức thực hiện Nghị quyết "
            "số 57-NQ/TW",
            id="a-summary-line-with-no-label",
        ),
        pytest.param(
            "Số/ký hiệu: 41-KH/TU\nNgày BH: 12/01/2026\nCơ quan: Tỉnh ủy\nTrích yếu: Kế hoạch về chuyển đổi số, thực "
            "hiện Nghị quyết số 57-NQ/TW",
            id="short-field-labels",
        ),
    ],
)
def test_a_records_summary_says_what_it_carries_out(record: str) -> None:
    result = run(record)
    assert edges(result) == {("41-KH/TU", "Nghị quyết số 57-NQ/TW")}
    assert doc_named(result, "41-KH/TU").date == "2026-01-12"


def test_a_records_summary_that_reviews_carries_nothing_out() -> None:
    record = "Số hiệu: 41-KH/TU\nTrích yếu: Kế hoạch sơ kết 5 năm thực hiện Nghị quyết số 57-NQ/TW"
    assert edges(run(record)) == set()


@pytest.mark.parametrize(
    ("text", "pair", "issuer"),
    [
        pytest.param(
            "Quy định số 41-QĐ/TW được Tỉnh ủy cụ thể hóa trong Quy định số 12-QĐ/TU ngày 3/4/2022.",
            ("Quy định số 12-QĐ/TU", "Quy định số 41-QĐ/TW"),
            ("Tỉnh ủy",),
            id="concretised-in",
        ),
        pytest.param(
            "Kế hoạch số 12-KH/TU được cụ thể hóa từ Nghị quyết số 57-NQ/TW.",
            ("Kế hoạch số 12-KH/TU", "Nghị quyết số 57-NQ/TW"),
            (),
            id="drawn-from",
        ),
    ],
)
def test_passive_cues_in_and_from(text: str, pair: tuple[str, str], issuer: tuple[str, ...]) -> None:
    result = run(text)
    assert edges(result) == {pair}
    assert doc_named(result, pair[0]).issuer == issuer


def test_the_day_the_outer_title_was_issued_over_several_documents_it_names() -> None:
    result = run(
        "Kế hoạch số 102-KH/HU của Ban Thường vụ Huyện ủy về thực hiện Kế hoạch số 55-KH/TU của Ban Thường vụ Tỉnh ủy "
        "và Quy định số 41-QĐ/TW của Bộ Chính trị được ban hành ngày 28/4/2022."
    )
    assert [doc_named(result, s).date for s in ("Kế hoạch số 102-KH/HU", "Quy định số 41-QĐ/TW")] == [
        "2022-04-28",
        None,
    ]


def test_an_alias_in_brackets_then_its_issuing() -> None:
    doc = doc_named(
        run(
            "Quy định số 15-QĐ/TU về luân chuyển cán bộ (gọi tắt là Quy định 15) được Ban Thường vụ Tỉnh ủy ban hành "
            "ngày 10/10/2022."
        ),
        "Quy định số 15-QĐ/TU",
    )
    assert (doc.issuer, doc.date, doc.subject) == (
        ("Ban Thường vụ Tỉnh ủy",),
        "2022-10-10",
        "luân chuyển cán bộ",
    )


def test_a_year_in_brackets_before_the_body() -> None:
    doc = doc_named(
        run("Hướng dẫn số 09-HD/TU (2023) của Ban Thường vụ Tỉnh ủy về kiểm điểm."), "Hướng dẫn số 09-HD/TU"
    )
    assert doc.issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_items_of_one_issuing_each_with_its_title_share_the_purpose() -> None:
    result = run(
        "Ngày 29/3/2024, Thành ủy ban hành Quy định số 19-QĐ/TU về lấy phiếu tín nhiệm và Quy định số 20-QĐ/TU về "
        "miễn nhiệm, từ chức, nhằm triển khai thực hiện Quy định số 96-QĐ/TW và Quy định số 41-QĐ/TW."
    )
    assert edges(result) == {
        (a, b)
        for a in ("Quy định số 19-QĐ/TU", "Quy định số 20-QĐ/TU")
        for b in ("Quy định số 96-QĐ/TW", "Quy định số 41-QĐ/TW")
    }


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param(
            "Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về công tác khuyến học, khuyến tài, xây dựng xã hội học tập "
            "được ban hành nhằm tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị.",
            "công tác khuyến học, khuyến tài, xây dựng xã hội học tập",
            id="issued-to-carry-out",
        ),
        pytest.param(
            "Chương trình số 06-CTr/TU của Thành ủy về “Nâng cao chất lượng công tác văn hóa giai đoạn 2021-2025” nhằm "
            "thực hiện Chỉ thị số 11-CT/TW.",
            "Nâng cao chất lượng công tác văn hóa giai đoạn 2021-2025",
            id="a-quoted-title-then-its-purpose",
        ),
    ],
)
def test_a_purpose_after_a_long_title(text: str, subject: str) -> None:
    result = run(text)
    first = result.documents[0]
    assert first.subject == subject
    assert edges(result) == {(first.mentions[0].surface, "Chỉ thị số 11-CT/TW")}


def test_a_campaign_by_its_quoted_name_is_no_document_and_ctrhd_is_a_programme() -> None:
    assert run("Chương trình “Tiếp sức đến trường” năm 2023 đã trao 200 suất học bổng.").documents == ()
    project = run("Đề án “Phát triển văn hóa đọc trong cộng đồng” được triển khai.")
    assert [d.type for d in project.documents] == ["project"]
    programme = run("Tỉnh ủy ban hành CTrHĐ số 25-CTr/TU thực hiện Nghị quyết số 57-NQ/TW.")
    assert doc_named(programme, "CTrHĐ số 25-CTr/TU").issuer == ("Tỉnh ủy",)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param("Ngày mồng 3/2/2020, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.", "2020-02-03", id="mong"),
        pytest.param(
            "Kế hoạch số 12-KH/TU ngày mùng 5 tháng 4 năm 2021 của Tỉnh ủy.", "2021-04-05", id="mung-in-words"
        ),
    ],
)
def test_the_first_days_of_a_month(text: str, date: str) -> None:
    assert doc_named(run(text), "Kế hoạch số 12-KH/TU").date == date


def test_one_number_of_two_terms_is_two_documents() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy sơ kết 15 năm thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về "
        "công tác tôn giáo, đồng thời tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành "
        "Trung ương khóa X về công tác thanh niên."
    )
    assert [(d.term, d.date) for d in result.documents] == [("IX", None), ("X", "2008-07-25")]


def test_carrying_out_all_of_them_together() -> None:
    result = run(
        "Các nghị quyết số 57, 59, 66 và 68 của Bộ Chính trị là bộ tứ trụ cột. Tỉnh ủy đã ban hành Chương trình hành "
        "động số 19-CTr/TU thực hiện đồng bộ các nghị quyết này."
    )
    assert {b for _, b in edges(result)} == {"nghị quyết số 57", "59", "66", "68"}


def test_the_next_item_after_a_title_and_its_purpose_shares_the_issuer() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Quy định số 1056-QĐ/TU về quy trình bổ nhiệm, được ban hành để cụ thể hóa Quy "
        "định số 80-QĐ/TW của Bộ Chính trị; Kế hoạch số 221-KH/TU về thực hiện Quy định số 144-QĐ/TW."
    )
    assert doc_named(result, "Kế hoạch số 221-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_an_untitled_last_item_keeps_its_purpose_to_itself() -> None:
    result = run(
        "Đảng ủy ban hành Nghị quyết số 02-NQ/ĐU về chuyển đổi số và Kế hoạch số 10-KH/ĐU để quán triệt Nghị quyết "
        "số 57-NQ/TW."
    )
    assert edges(result) == {("Kế hoạch số 10-KH/ĐU", "Nghị quyết số 57-NQ/TW")}


def test_a_project_by_its_quoted_title_then_its_number_is_one_document() -> None:
    result = run(
        "Tỉnh ủy ban hành Đề án “Phát triển du lịch xanh giai đoạn 2025-2030” (Đề án số 03-ĐA/TU) nhằm cụ thể hóa Nghị "
        "quyết số 57-NQ/TW."
    )
    assert len(result.documents) == 2
    assert edges(result) == {
        ("Đề án “Phát triển du lịch xanh giai đoạn 2025-2030”", "Nghị quyết số 57-NQ/TW")
    }


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Thực hiện Nghị quyết Hội nghị Thành ủy lần thứ 19, Quận ủy ban hành Kế hoạch số 12-KH/QU.",
            "Nghị quyết Hội nghị Thành ủy lần thứ 19",
            ("Thành ủy",),
            id="the-city-committee-in-plenum",
        ),
        pytest.param(
            "Thực hiện Nghị quyết Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh, Huyện ủy ban hành Kế hoạch số "
            "12-KH/QU.",
            "Nghị quyết Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh",
            ("Ban Chấp hành Đảng bộ tỉnh",),
            id="the-provincial-committee-in-plenum",
        ),
    ],
)
def test_a_local_committee_in_plenum_names_its_resolution(
    text: str, surface: str, issuer: tuple[str, ...]
) -> None:
    result = run(text)
    doc = doc_named(result, surface)
    assert (doc.issuer, doc.level) == (issuer, "provincial")
    assert edges(result) == {("Kế hoạch số 12-KH/QU", surface)}


def test_the_same_content_as_the_document_before() -> None:
    result = run(
        "Ngày 12-8-2025, Đảng ủy đặc khu Côn Đảo ban hành Chương trình số 02-CTr/ĐU thực hiện Nghị quyết số 57-NQ/TW; "
        "ngày 20-8-2025, Đảng ủy đặc khu Phú Quốc cũng ban hành Chương trình số 04-CTr/ĐU cùng nội dung."
    )
    assert edges(result) == {
        ("Chương trình số 02-CTr/ĐU", "Nghị quyết số 57-NQ/TW"),
        ("Chương trình số 04-CTr/ĐU", "Nghị quyết số 57-NQ/TW"),
    }


def test_a_speaker_with_a_long_title_then_a_frame() -> None:
    result = run(
        "Ông Nguyễn Văn A, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Tuyên Quang, cho biết: Thực hiện Chỉ "
        "thị số 39-CT/TW của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 310-KH/TU."
    )
    assert edges(result) == {("Kế hoạch số 310-KH/TU", "Chỉ thị số 39-CT/TW")}


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "Chi bộ thôn Đông, xã Tân Lập, huyện Đan Phượng ban hành Nghị quyết số 02-NQ/CB về nông thôn mới.",
            ("Chi bộ thôn",),
            id="a-cell-with-where-it-is-aside",
        ),
        pytest.param(
            "Chi bộ thôn Đông tổ chức hội nghị. Sau hội nghị, chi bộ ban hành Nghị quyết số 02-NQ/CB.",
            ("Chi bộ thôn",),
            id="the-cell-named-before",
        ),
        pytest.param(
            "Sau hội nghị, chi bộ ban hành Nghị quyết số 02-NQ/CB.", ("Chi bộ",), id="a-cell-named-by-no-one"
        ),
    ],
)
def test_party_cells(text: str, issuer: tuple[str, ...]) -> None:
    doc = doc_named(run(text), "Nghị quyết số 02-NQ/CB")
    assert (doc.issuer, doc.level) == (issuer, "grassroots")


def test_after_years_of_carrying_out_is_a_time() -> None:
    result = run(
        "Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW về phát triển thành phố Hải Phòng, sau 15 năm thực hiện Nghị "
        "quyết số 32-NQ/TW của Bộ Chính trị khóa IX."
    )
    assert edges(result) == set()


@pytest.mark.parametrize(
    ("text", "surface", "date"),
    [
        pytest.param(
            "Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp, thay thế Chỉ thị số "
            "35-CT/TW; cùng ngày ban hành Kết luận số 150-KL/TW về nhân sự.",
            "Kết luận số 150-KL/TW",
            "2025-04-14",
            id="the-same-day",
        ),
        pytest.param(
            "Trước đó, ngày 21/2, Bộ Chính trị đã có Quy định số 225-QĐ/TW về chế độ làm việc, và ngày 24/2 có Quy "
            "định số 226-QĐ/TW về chức năng.",
            "Quy định số 226-QĐ/TW",
            None,
            id="and-on-a-day-has",
        ),
    ],
)
def test_a_clause_with_only_a_day_before_its_verb_is_the_body_before(
    text: str, surface: str, date: str
) -> None:
    doc = doc_named(run(text), surface)
    assert (doc.issuer, doc.date) == (("Bộ Chính trị",), date)


def test_a_cells_resolution_leads_the_years_work_and_carries_out_the_communes() -> None:
    result = run(
        "Chi bộ thôn Đông ban hành Nghị quyết số 04-NQ/CB ngày 3/1/2024 lãnh đạo thực hiện nhiệm vụ quân sự, quốc "
        "phòng năm 2024, thực hiện Nghị quyết số 01-NQ/ĐU của Đảng ủy xã."
    )
    assert edges(result) == {("Nghị quyết số 04-NQ/CB", "Nghị quyết số 01-NQ/ĐU")}


def test_a_body_with_where_it_is_in_brackets_carries_out_by_means() -> None:
    result = run(
        "Chi bộ thôn Nà Pài (xã Bằng Thành, tỉnh Thái Nguyên) đã triển khai thực hiện Nghị quyết số 05-NQ/ĐU của "
        "Đảng ủy xã bằng Kế hoạch số 03-KH/CB."
    )
    assert doc_named(result, "Kế hoạch số 03-KH/CB").issuer == ("Chi bộ thôn",)
    assert edges(result) == {("Kế hoạch số 03-KH/CB", "Nghị quyết số 05-NQ/ĐU")}


def test_a_document_that_replaces_one_and_concretises_another() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Quy định số 09-QĐ/TU về tiêu chuẩn cán bộ. Quy định này thay thế Quy định số "
        "1205-QĐ/TU năm 2019 và cụ thể hóa Quy định số 89-QĐ/TW của Bộ Chính trị."
    )
    assert edges(result) == {("Quy định số 09-QĐ/TU", "Quy định số 89-QĐ/TW")}


def test_two_cells_respectively_with_where_they_are_aside() -> None:
    result = run(
        "Chi bộ Trường THCS Thị trấn và Chi bộ Trường Tiểu học Thị trấn (huyện Tam Nông, Đồng Tháp) lần lượt ban hành "
        "Kế hoạch số 06-KH/CB và Kế hoạch số 07-KH/CB."
    )
    assert [d.issuer for d in result.documents] == [
        ("Chi bộ Trường THCS Thị trấn",),
        ("Chi bộ Trường Tiểu học Thị trấn",),
    ]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "Chi bộ làng Ia Tiêm ban hành Nghị quyết số 01-NQ/CB.", ("Chi bộ làng",), id="a-village"
        ),
        pytest.param(
            "Chi bộ buôn Ea Nao ban hành Nghị quyết số 01-NQ/CB.", ("Chi bộ buôn",), id="a-highland-village"
        ),
        pytest.param(
            "Chi bộ tổ 5 ban hành Nghị quyết số 01-NQ/CB.", ("Chi bộ tổ",), id="a-residential-group"
        ),
        pytest.param(
            "Chi bộ làng Ia Tiêm, xã Chư Á (thành phố Pleiku, Gia Lai) đã cụ thể hóa Nghị quyết số 06-NQ/ĐU của Đảng "
            "ủy xã bằng Nghị quyết số 01-NQ/CB.",
            ("Chi bộ làng",),
            id="by-means-with-where-it-is-aside",
        ),
    ],
)
def test_more_party_cells(text: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), "Nghị quyết số 01-NQ/CB").issuer == issuer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thực hiện Hướng dẫn số 130-HD/BTGTW của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy ban hành "
            "Hướng dẫn số 71-HD/BTGTU tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam; Kế hoạch số "
            "44-KH/BTGTU tổ chức cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh.",
            {
                ("Hướng dẫn số 71-HD/BTGTU", "Hướng dẫn số 130-HD/BTGTW"),
                ("Kế hoạch số 44-KH/BTGTU", "Hướng dẫn số 130-HD/BTGTW"),
            },
            id="items-named-by-what-they-do-after-a-semicolon",
        ),
        pytest.param(
            "Thực hiện Hướng dẫn số 130-HD/BTGTW của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy ban hành "
            "Hướng dẫn số 71-HD/BTGTU tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam; sơ kết Kế hoạch số "
            "44-KH/BTGTU.",
            {("Hướng dẫn số 71-HD/BTGTU", "Hướng dẫn số 130-HD/BTGTW")},
            id="not-a-review-after-the-semicolon",
        ),
        pytest.param(
            "Ngày 2/3/2023, Ban Bí thư ban hành Kết luận số 49-KL/TW về phát triển du lịch. Ngay sau đó, Ban Thường "
            "vụ Tỉnh ủy Ninh Bình ban hành Kế hoạch số 86-KH/TU triển khai thực hiện kết luận, giao nhiệm vụ cho "
            "từng sở, ngành.",
            {("Kế hoạch số 86-KH/TU", "Kết luận số 49-KL/TW")},
            id="lower-case-back-reference-then-what-the-plan-does",
        ),
        pytest.param(
            "Ngày 2/3/2023, Ban Bí thư ban hành Kết luận số 49-KL/TW về phát triển du lịch. Ban Thường vụ Tỉnh ủy "
            "ban hành Kế hoạch số 86-KH/TU triển khai thực hiện nghị quyết, chỉ thị của Đảng về du lịch.",
            set(),
            id="lower-case-generic-list-of-kinds",
        ),
    ],
)
def test_more_relations_of_session_14(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_an_issuer_shared_past_a_subject_cut_at_study_verbs() -> None:
    result = run(
        "Ban Tuyên giáo Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU về nghiên cứu, học "
        "tập, quán triệt và tuyên truyền các nghị quyết Hội nghị Trung ương 10 khóa XIII; Hướng dẫn số 15-HD/TU về "
        "tổ chức hội nghị trực tuyến và Kế hoạch số 211-KH/TU về kiểm tra."
    )
    assert doc_named(result, "Hướng dẫn số 15-HD/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)
    assert doc_named(result, "Kế hoạch số 211-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Các cấp ủy triển khai thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng.",
            "Nghị quyết Đại hội lần thứ XIII của Đảng",
            ("Đại hội đại biểu toàn quốc",),
            id="the-partys-congress-by-its-ordinal",
        ),
        pytest.param(
            "Hội nghị Tỉnh ủy lần thứ mười bốn (khóa XVI) đã ban hành Nghị quyết số 19-NQ/TU về du lịch.",
            "Nghị quyết số 19-NQ/TU",
            ("Tỉnh ủy",),
            id="a-plenum-of-the-committee-by-name-issues",
        ),
        pytest.param(
            "Kết luận số 48-KL/TU ngày 20/3/2023 của Hội nghị Tỉnh ủy lần thứ 11 (khóa XVI) về du lịch.",
            "Kết luận số 48-KL/TU",
            ("Tỉnh ủy",),
            id="of-a-plenum-of-the-committee-by-name",
        ),
    ],
)
def test_congresses_and_plenums_of_session_14(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


def test_a_plural_demonstrative_names_the_whole_list() -> None:
    result = run(
        "Tỉnh ủy ban hành Nghị quyết số 01-NQ/TU về du lịch; Nghị quyết số 02-NQ/TU về nông nghiệp; Nghị quyết số "
        "03-NQ/TU về đô thị. Các nghị quyết này đều nhằm thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ "
        "XVII."
    )
    congress = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
    assert edges(result) == {
        ("Nghị quyết số 01-NQ/TU", congress),
        ("Nghị quyết số 02-NQ/TU", congress),
        ("Nghị quyết số 03-NQ/TU", congress),
    }


@pytest.mark.parametrize(
    ("text", "surface", "issuer", "level"),
    [
        pytest.param(
            "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Gia Lai ban hành Kế hoạch số 12-KH/BCĐ ngày 5/5/2023.",
            "Kế hoạch số 12-KH/BCĐ",
            ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh",),
            "provincial",
            id="the-provinces-anti-corruption-committee",
        ),
        pytest.param(
            "Thực hiện Thông báo số 24-TB/BCĐTW của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, "
            "tiêu cực, Tỉnh ủy ban hành Kế hoạch số 40-KH/TU.",
            "Thông báo số 24-TB/BCĐTW",
            ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",),
            "central",
            id="the-central-committee-after-of-with-its-topic",
        ),
    ],
)
def test_steering_committees_named_by_their_topic(
    text: str, surface: str, issuer: tuple[str, ...], level: str
) -> None:
    document = doc_named(run(text), surface)
    assert (document.issuer, document.level) == (issuer, level)


@pytest.mark.parametrize(
    ("text", "surface", "level"),
    [
        pytest.param(
            "Ban Chấp hành Đảng bộ Tổng công ty Điện lực miền Trung ban hành Nghị quyết số 03-NQ/ĐU ngày 8/1/2024.",
            "Nghị quyết số 03-NQ/ĐU",
            "district",
            id="the-executive-committee-of-a-corporation-as-its-party-committee",
        ),
        pytest.param(
            "Đảng ủy Bệnh viện tổ chức sơ kết thực hiện Nghị quyết Đại hội Đảng bộ Bệnh viện Chợ Rẫy lần thứ XVI.",
            "Nghị quyết Đại hội Đảng bộ Bệnh viện Chợ Rẫy lần thứ XVI",
            "grassroots",
            id="the-congress-of-a-hospitals-party-organisation",
        ),
        pytest.param(
            "Các đơn vị thực hiện Nghị quyết Đại hội Đảng bộ Quân khu 9 lần thứ XI.",
            "Nghị quyết Đại hội Đảng bộ Quân khu 9 lần thứ XI",
            "provincial",
            id="the-congress-of-a-military-region",
        ),
    ],
)
def test_levels_of_party_organisations_named_by_their_body(text: str, surface: str, level: str) -> None:
    assert doc_named(run(text), surface).level == level


def test_the_predicates_date_after_an_object_dated_itself() -> None:
    result = run(
        "Kế hoạch số 15-KH/TU của Tỉnh ủy về thực hiện Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành "
        "Trung ương được ban hành ngày 9/1/2017."
    )
    assert doc_named(result, "Kế hoạch số 15-KH/TU").date == "2017-01-09"
    assert doc_named(result, "Nghị quyết số 04-NQ/TW").date == "2016-10-30"


def test_a_plural_back_reference_to_plans_of_separate_clauses() -> None:
    result = run(
        "Ngày 8/8/2022, Tỉnh ủy ban hành Chương trình hành động số 14-CTr/TU thực hiện Nghị quyết số 19-NQ/TW. Một "
        "tháng sau, Huyện ủy Đơn Dương có Kế hoạch số 50-KH/HU; đến tháng 10, Huyện ủy Đức Trọng có Kế hoạch số "
        "62-KH/HU. Các kế hoạch này đều cụ thể hóa Chương trình hành động số 14-CTr/TU."
    )
    assert edges(result) >= {
        ("Kế hoạch số 50-KH/HU", "Chương trình hành động số 14-CTr/TU"),
        ("Kế hoạch số 62-KH/HU", "Chương trình hành động số 14-CTr/TU"),
    }


def test_two_documents_named_again_by_their_count_get_their_issuer() -> None:
    result = run(
        "Huyện ủy đăng tải Kế hoạch số 88-KH/HU ngày 2/11/2018 về học tập nghị quyết; Kế hoạch số 89-KH/HU ngày "
        "5/11/2018 về dân vận. Hai kế hoạch trên do Ban Thường vụ Huyện ủy ban hành."
    )
    assert [d.issuer for d in result.documents] == [("Ban Thường vụ Huyện ủy",), ("Ban Thường vụ Huyện ủy",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1581-QĐ/TU thành lập Đảng bộ Ủy ban nhân dân tỉnh, thực "
            "hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương.",
            {("Quyết định số 1581-QĐ/TU", "Kết luận số 121-KL/TW")},
            id="a-founding-decision-then-what-it-carries-out",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1581-QĐ/TU thành lập Ban Chỉ đạo thực hiện Nghị quyết số "
            "57-NQ/TW của Bộ Chính trị.",
            set(),
            id="a-body-founded-to-carry-it-out",
        ),
    ],
)
def test_founding_decisions(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_the_agent_of_a_passive_cu_the_hoa_tai_issues() -> None:
    result = run("Kết luận số 14-KL/TW đã được Tỉnh ủy Phú Yên cụ thể hóa tại Kế hoạch số 290-KH/TU.")
    assert doc_named(result, "Kế hoạch số 290-KH/TU").issuer == ("Tỉnh ủy",)
    assert edges(result) == {("Kế hoạch số 290-KH/TU", "Kết luận số 14-KL/TW")}


def test_rules_promulgated_by_a_decision_are_its_bodys() -> None:
    result = run(
        "Quyết định số 1578-QĐ/TU ngày 12/6/2024 của Ban Thường vụ Tỉnh ủy ban hành Quy chế làm việc của Ban Chỉ đạo "
        "phòng, chống tham nhũng, tiêu cực tỉnh."
    )
    assert doc_named(result, "Quy chế làm việc").issuer == ("Ban Thường vụ Tỉnh ủy",)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20 đã biểu quyết thông qua Nghị quyết về phát triển hạ tầng "
            "giao thông giai đoạn 2023-2030.",
            ("Ban Chấp hành Đảng bộ tỉnh",),
            id="adopted-by-a-vote",
        ),
        pytest.param(
            'Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề "Về phát triển nông nghiệp hữu cơ giai đoạn '
            '2022-2025".',
            ("Ban Thường vụ Tỉnh ủy",),
            id="a-quoted-title-opening-with-ve",
        ),
    ],
)
def test_resolutions_named_by_their_title(text: str, issuer: tuple[str, ...]) -> None:
    (document,) = run(text).documents
    assert (document.type, document.issuer) == ("resolution", issuer)


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        pytest.param(
            "Hội nghị Tỉnh ủy lần thứ 8 đã thông qua Nghị quyết về lãnh đạo thực hiện nhiệm vụ năm 2025. Theo Nghị "
            "quyết số 45-NQ/TU, tỉnh phấn đấu tăng trưởng 8%.",
            1,
            id="its-number-in-a-later-sentence",
        ),
        pytest.param(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh đã biểu quyết thông qua Nghị quyết về phát triển kinh tế tư nhân. "
            "Ngay sau hội nghị, Tỉnh ủy ban hành Nghị quyết số 18-NQ/TU ngày 30/7/2025 với 4 nhóm mục tiêu.",
            1,
            id="adopted-then-issued-in-the-same-paragraph",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Nghị quyết về phát triển du lịch. Các cấp ủy tiếp tục thực hiện Nghị quyết số "
            "57-NQ/TW của Bộ Chính trị.",
            2,
            id="a-central-one-is-another",
        ),
        pytest.param(
            "Hội nghị Tỉnh ủy đã thông qua Nghị quyết về nhiệm vụ năm 2025 và Nghị quyết số 45-NQ/TU.",
            2,
            id="named-in-the-same-sentence-is-another",
        ),
    ],
)
def test_a_titled_document_and_its_number(text: str, documents: int) -> None:
    assert len(run(text).documents) == documents


@pytest.mark.parametrize(
    ("text", "surface", "date", "issuer"),
    [
        pytest.param(
            "Chiều thứ Sáu (22/3/2024), thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Bí thư Tỉnh ủy đã ký ban hành Kết "
            "luận số 850-KL/TU về du lịch.",
            "Kết luận số 850-KL/TU",
            "2024-03-22",
            ("Ban Thường vụ Tỉnh ủy",),
            id="a-weekday-then-the-date-in-brackets",
        ),
        pytest.param(
            "Ngày hôm sau (6/2/2024), Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1820-QĐ/TU về nhân sự.",
            "Quyết định số 1820-QĐ/TU",
            "2024-02-06",
            ("Ban Thường vụ Tỉnh ủy",),
            id="the-day-after-with-its-date",
        ),
        pytest.param(
            "Ngay từ mùng 5/2/2024, Ban Thường vụ Tỉnh ủy ký ban hành Chỉ thị số 27-CT/TU về Tết.",
            "Chỉ thị số 27-CT/TU",
            "2024-02-05",
            ("Ban Thường vụ Tỉnh ủy",),
            id="right-from-mung",
        ),
        pytest.param(
            "Bộ Chính trị ban hành Nghị quyết số 59-NQ/TW vào ngày 24/1/2025.",
            "Nghị quyết số 59-NQ/TW",
            "2025-01-24",
            ("Bộ Chính trị",),
            id="on-the-day-after-the-mention",
        ),
        pytest.param(
            "Quy định số 1250-QĐ/TU (ngày 5/2/2024 của Ban Thường vụ Tỉnh ủy Quảng Ninh) về công tác cán bộ.",
            "Quy định số 1250-QĐ/TU",
            "2024-02-05",
            ("Ban Thường vụ Tỉnh ủy",),
            id="date-and-body-in-one-bracket",
        ),
        pytest.param(
            "Kế hoạch số 301-KH/TU về tổ chức thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị, được Ban Thường vụ Tỉnh "
            "ủy Cao Bằng ban hành ngày 28/4/2025, đã đi vào cuộc sống.",
            "Kế hoạch số 301-KH/TU",
            "2025-04-28",
            ("Ban Thường vụ Tỉnh ủy",),
            id="issued-by-a-body-on-a-day-after-its-title",
        ),
    ],
)
def test_dates_in_more_positions(text: str, surface: str, date: str, issuer: tuple[str, ...]) -> None:
    document = doc_named(run(text), surface)
    assert (document.date, document.issuer) == (date, issuer)


def test_a_bracketed_date_of_the_object_is_not_the_issued_ones() -> None:
    result = run(
        "Thực hiện Nghị quyết 57 (ngày 22/12/2024, của Bộ Chính trị), Tỉnh ủy ban hành Kế hoạch số 12-KH/TU."
    )
    assert doc_named(result, "Kế hoạch số 12-KH/TU").date is None
    assert doc_named(result, "Nghị quyết 57").date == "2024-12-22"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ngày 5/3/2018, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 55-KH/TU và Kế hoạch số 56-KH/TU, theo thứ tự "
            "thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW.",
            {
                ("Kế hoạch số 55-KH/TU", "Nghị quyết số 18-NQ/TW"),
                ("Kế hoạch số 56-KH/TU", "Nghị quyết số 19-NQ/TW"),
            },
            id="in-that-order",
        ),
        pytest.param(
            "Chương trình hành động số 18-CTr/TU và Chương trình hành động số 19-CTr/TU được ban hành ngày 10/3/2023, "
            "tương ứng để thực hiện Nghị quyết số 29-NQ/TW và Nghị quyết số 13-NQ/TW.",
            {
                ("Chương trình hành động số 18-CTr/TU", "Nghị quyết số 29-NQ/TW"),
                ("Chương trình hành động số 19-CTr/TU", "Nghị quyết số 13-NQ/TW"),
            },
            id="correspondingly",
        ),
        pytest.param(
            "Thực hiện Chỉ thị số 35-CT/TW và Kết luận số 118-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy lần lượt "
            "ban hành Kế hoạch số 245-KH/TU và Kế hoạch số 290-KH/TU về đại hội đảng bộ các cấp.",
            {
                ("Kế hoạch số 245-KH/TU", "Chỉ thị số 35-CT/TW"),
                ("Kế hoạch số 290-KH/TU", "Kết luận số 118-KL/TW"),
            },
            id="a-frame-issued-respectively",
        ),
        pytest.param(
            "Tỉnh ủy quán triệt hai kế hoạch. Kế hoạch thứ nhất (số 176-KH/TU ngày 20/5/2023) nhằm thực hiện Nghị "
            "quyết số 27-NQ/TW; kế hoạch thứ hai (số 177-KH/TU cùng ngày) thực hiện Nghị quyết số 28-NQ/TW.",
            {
                ("Kế hoạch thứ nhất (số 176-KH/TU", "Nghị quyết số 27-NQ/TW"),
                ("kế hoạch thứ hai (số 177-KH/TU", "Nghị quyết số 28-NQ/TW"),
            },
            id="the-first-and-the-second-in-brackets",
        ),
    ],
)
def test_respective_and_ordinal_pairs(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_ordinal_members_of_a_set_announced_in_words() -> None:
    result = run(
        "Ngày 12/7/2022, Ban Thường vụ Tỉnh ủy ban hành hai kế hoạch quan trọng. Kế hoạch thứ nhất, số 98-KH/TU, "
        "nhằm thực hiện Nghị quyết số 18-NQ/TW. Kế hoạch thứ hai, số 99-KH/TU, triển khai Nghị quyết số 19-NQ/TW."
    )
    for surface in ("Kế hoạch thứ nhất, số 98-KH/TU", "Kế hoạch thứ hai, số 99-KH/TU"):
        document = doc_named(result, surface)
        assert (document.issuer, document.date) == (("Ban Thường vụ Tỉnh ủy",), "2022-07-12")


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Các chi bộ tiếp tục thực hiện Nghị quyết Đại hội XIV và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII.",
            "Nghị quyết Đại hội XIV",
            ("Đại hội đại biểu toàn quốc",),
            id="by-its-number-alone-the-partys",
        ),
        pytest.param(
            "Qua nửa nhiệm kỳ thực hiện Nghị quyết XI Đại hội Đảng bộ tỉnh, tỉnh đạt nhiều kết quả. Bí thư cho biết "
            "Nghị quyết Đại hội XI đã đi vào cuộc sống.",
            "Nghị quyết Đại hội XI",
            ("Đại hội Đảng bộ tỉnh",),
            id="the-provinces-when-the-article-names-it",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ tỉnh đã ban hành 6 nghị quyết chuyên đề để cụ thể hóa Nghị quyết Đại hội XIX.",
            "Nghị quyết Đại hội XIX",
            None,
            id="a-number-the-party-has-not-reached",
        ),
    ],
)
def test_a_congress_named_by_its_number_alone(
    text: str, surface: str, issuer: tuple[str, ...] | None
) -> None:
    assert doc_named(run(text), surface).issuer == (issuer or ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Đề án số 05-ĐA/TU, một đề án nhằm cụ thể hóa Nghị quyết số 18-NQ/TW của Trung ương, đã hoàn thành.",
            {("Đề án số 05-ĐA/TU", "Nghị quyết số 18-NQ/TW")},
            id="a-comma-then-one-such-document",
        ),
        pytest.param(
            "Kế hoạch số 205-KH/TU, tức kế hoạch thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, được ban hành năm "
            "2024.",
            {("Kế hoạch số 205-KH/TU", "Chỉ thị số 35-CT/TW")},
            id="that-is-the-plan-carrying-it-out",
        ),
        pytest.param(
            "Chỉ thị số 05-CT/TW của Bộ Chính trị và Kết luận số 01-KL/TW của Bộ Chính trị lần lượt được Tỉnh ủy "
            "triển khai bằng Kế hoạch số 30-KH/TU và Kế hoạch số 28-KH/TU.",
            {
                ("Kế hoạch số 30-KH/TU", "Chỉ thị số 05-CT/TW"),
                ("Kế hoạch số 28-KH/TU", "Kết luận số 01-KL/TW"),
            },
            id="passive-respectively",
        ),
        pytest.param(
            "Chi bộ ban hành Kế hoạch số 02-KH/CB thực hiện Chuyên đề năm 2024 và Chỉ thị số 05-CT/TW của Bộ Chính "
            "trị.",
            {("Kế hoạch số 02-KH/CB", "Chỉ thị số 05-CT/TW")},
            id="the-years-study-theme-then-a-document",
        ),
    ],
)
def test_appositions_and_passive_pairs(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Thực hiện Kết luận Hội nghị Tỉnh ủy lần thứ 21, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU.",
            "Kết luận Hội nghị Tỉnh ủy lần thứ 21",
            ("Tỉnh ủy",),
            id="a-plenums-conclusion",
        ),
        pytest.param(
            "Tại Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh, Tỉnh ủy đã ban hành Nghị quyết số 15-NQ/TU về chuyển "
            "đổi số.",
            "Nghị quyết số 15-NQ/TU",
            ("Tỉnh ủy",),
            id="where-it-met-is-not-a-joint-issuer",
        ),
    ],
)
def test_plenum_reports(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        pytest.param(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10 đã quán triệt và thống nhất ban hành Kế hoạch số "
            "97-KH/TU về du lịch.",
            [("Ban Chấp hành Đảng bộ tỉnh",)],
            id="a-numbered-plenum-then-two-verbs",
        ),
        pytest.param(
            "Ngày 15/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5. Hội nghị đã biểu quyết thông qua Nghị "
            "quyết về nhiệm vụ năm 2026.",
            [("Ban Chấp hành Đảng bộ tỉnh",)],
            id="the-plenum-votes-to-adopt",
        ),
    ],
)
def test_what_plenums_adopt(text: str, issuers: list[tuple[str, ...]]) -> None:
    assert [d.issuer for d in run(text).documents] == issuers


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param(
            "Thông báo số 512-TB/TU ngày 12/7/2023 kết luận của Ban Thường vụ Thành ủy về công tác cán bộ.",
            "Thông báo số 512-TB/TU",
            ("512-TB/TU", "2023-07-12", ("Ban Thường vụ Thành ủy",)),
            id="a-notice-conveying-a-bodys-conclusion",
        ),
        pytest.param(
            "Ban Thường vụ Huyện ủy ban hành các Kế hoạch số 115, 116-KH/HU ngày 10/8/2022 về chuyển đổi số.",
            "Kế hoạch số 115",
            (None, "2022-08-10", ("Ban Thường vụ Huyện ủy",)),
            id="two-numbers-of-one-code-share-its-date",
        ),
        pytest.param(
            "Kế hoạch số 33-KH/Q.U ngày 14/11/2022 của Ban Thường vụ Quận ủy Ô Môn triển khai Nghị quyết số 59-NQ/TW.",
            "Kế hoạch số 33-KH/Q.U",
            ("33-KH/QU", "2022-11-14", ("Ban Thường vụ Quận ủy",)),
            id="a-dotted-committee-code",
        ),
        pytest.param(
            "Để thực hiện Ngị quyết số 08-NQ/HU của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy đã ban hành Kế "
            "hoạch số 63-KH/HU.",
            "Ngị quyết số 08-NQ/HU",
            ("08-NQ/HU", None, ("Ban Chấp hành Đảng bộ huyện",)),
            id="a-letter-dropped-in-the-head",
        ),
    ],
)
def test_more_attribute_shapes_of_session_14(
    text: str, surface: str, expected: tuple[str | None, str | None, tuple[str, ...]]
) -> None:
    document = doc_named(run(text), surface)
    assert (document.symbol, document.date, document.issuer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UBND tỉnh đã ban hành Kế hoạch số 134/KH-UBND thực hiện Nghị quyết số 25-NQ/TU và Quyết định số "
            "789/QĐ-UBND về bộ tiêu chí thôn kiểu mẫu.",
            {("Kế hoạch số 134/KH-UBND", "Nghị quyết số 25-NQ/TU")},
            id="the-same-organs-decision-is-issued-with-it",
        ),
        pytest.param(
            "Huyện ủy đã ban hành Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Kế "
            "hoạch số 12-KH/HU về tổ chức đại hội chi bộ.",
            {("Chương trình hành động", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX")},
            id="a-plan-of-the-implementers-level-with-its-own-title",
        ),
    ],
)
def test_a_second_document_issued_is_not_a_second_object(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_headline_congress_resolution_stops_at_its_line() -> None:
    result = run(
        "Quán triệt Nghị quyết Đại hội XIV của Đảng\nHội nghị được tổ chức trực tuyến đến 102 điểm cầu."
    )
    assert [m.surface for d in result.documents for m in d.mentions] == ["Nghị quyết Đại hội XIV của Đảng"]


def test_an_items_title_goes_on_past_its_cue_then_the_next_item() -> None:
    result = run(
        "Ban Thường vụ Thành ủy ban hành Kế hoạch số 40-KH/TU về học tập, quán triệt nghị quyết và Chỉ thị số "
        "03-CT/TU về tăng cường kỷ luật, kỷ cương hành chính."
    )
    assert doc_named(result, "Chỉ thị số 03-CT/TU").issuer == ("Ban Thường vụ Thành ủy",)


def test_a_headlines_congress_resolution_is_the_bodys_numbered_congress() -> None:
    result = run(
        "Cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh bằng các nghị quyết chuyên đề\nSau Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ XI, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 03-NQ/TU nhằm thực hiện Nghị quyết Đại "
        "hội đại biểu Đảng bộ tỉnh lần thứ XI."
    )
    congress = doc_named(result, "Nghị quyết Đại hội Đảng bộ tỉnh")
    assert congress is doc_named(result, "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI")
    assert congress.issuer == ("Đại hội đại biểu Đảng bộ tỉnh",)


def test_carrying_out_the_goals_of_a_document() -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 05-KH/TU thực hiện các mục tiêu, nhiệm vụ của Nghị quyết số 57-NQ/TW."
    )
    assert edges(result) == {("Kế hoạch số 05-KH/TU", "Nghị quyết số 57-NQ/TW")}


def test_a_subheading_naming_a_body_is_no_document() -> None:
    result = run(
        "Xác định rõ trách nhiệm\nKết luận của Ban Thường vụ\nTại phiên họp cuối năm, Ban Thường vụ Tỉnh ủy đã thống "
        "nhất nội dung tại Thông báo kết luận số 15-TB/TU ngày 28/12/2020."
    )
    assert [d.type for d in result.documents] == ["notice"]


def test_a_headline_item_stops_at_its_line() -> None:
    result = run("Ban Chấp hành Đảng bộ tỉnh ban hành Quy chế làm việc\nThứ Hai, 11/01/2021 - 14:30")
    (document,) = result.documents
    assert (document.mentions[0].surface, document.date) == ("Quy chế làm việc", None)


def test_rules_titled_by_their_own_name_are_one_document() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ tỉnh đã ban hành Quy chế số 01-QC/TU về Quy chế làm việc của Ban Chấp hành Đảng bộ "
        "tỉnh, Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020-2025."
    )
    assert len(result.documents) == 1


def test_rules_a_numbered_decision_promulgates_are_a_document() -> None:
    result = run(
        "Quyết định số 1062-QĐ/TU ban hành Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy với Ủy ban Mặt trận Tổ quốc "
        "tỉnh đã phát huy hiệu quả."
    )
    assert [(d.type, d.number) for d in result.documents] == [("decision", "1062"), ("rules", None)]
    # issued by the decision's body, not by the body whose work they rule
    issued = run(
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 2146-QĐ/TU ban hành Quy chế hoạt động của Ban Chỉ đạo."
    )
    assert [d.issuer for d in issued.documents] == [("Ban Thường vụ Tỉnh ủy",)] * 2
    # a decision unnumbered promulgates nothing found here: it is a generic "quyết định"
    assert len(run("Các quyết định ban hành Quy chế phối hợp đã được rà soát.").documents) == 0


def test_a_work_programme_of_a_body_is_issued_by_the_body_issuing_it() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy đã ban hành Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ "
        "2020-2025."
    )
    assert [d.issuer for d in result.documents] == [("Ban Thường vụ Tỉnh ủy",)]


def test_the_plenum_named_by_its_number_adopts_for_its_committee() -> None:
    result = run(
        "Ngày 26/11/2021, Tỉnh ủy tổ chức Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ tỉnh khóa XI. Hội nghị đã biểu "
        "quyết thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2022."
    )
    assert [d.issuer for d in result.documents] == [("Ban Chấp hành Đảng bộ tỉnh",)]


def test_a_notice_about_a_draft_plan_implements_nothing() -> None:
    result = run(
        "Thông báo số 245-TB/TU ngày 15/9/2021 kết luận của Ban Thường vụ Tỉnh ủy về dự thảo Kế hoạch thực hiện Nghị "
        "quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh nêu rõ, dự thảo cần bổ sung giải pháp."
    )
    assert edges(result) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kế hoạch số 63-KH/TU của Tỉnh ủy triển khai thực hiện Nghị quyết số 11-NQ/TU về văn hóa và Chỉ thị số "
            "04-CT/TU về giáo dục chính trị, tư tưởng.",
            {
                ("Kế hoạch số 63-KH/TU", "Nghị quyết số 11-NQ/TU"),
                ("Kế hoạch số 63-KH/TU", "Chỉ thị số 04-CT/TU"),
            },
            id="a-directive-of-the-same-organ-is-carried-out",
        ),
        pytest.param(
            "Bộ Chính trị ban hành Kế hoạch số 08-KH/TW về học tập, quán triệt và thực hiện Nghị quyết số 18-NQ/TW về "
            "đất đai; Nghị quyết số 19-NQ/TW về nông nghiệp.",
            {
                ("Kế hoạch số 08-KH/TW", "Nghị quyết số 18-NQ/TW"),
                ("Kế hoạch số 08-KH/TW", "Nghị quyết số 19-NQ/TW"),
            },
            id="resolutions-of-the-same-organ-are-carried-out",
        ),
    ],
)
def test_objects_of_the_implementers_organ(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_title_in_capitals_naming_its_body_is_the_headers_document() -> None:
    result = run(
        "THÔNG BÁO KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề tiếp tục thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ "
        "Chính trị\nSố 125-TB/TW, ngày 16/4/2024"
    )
    assert edges(result) == {("THÔNG BÁO KẾT LUẬN", "Nghị quyết số 35-NQ/TW")}
    assert doc_named(result, "THÔNG BÁO KẾT LUẬN").symbol == "125-TB/TW"


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số "
            "05-KH/TU.",
            "Hướng dẫn số 12-HD/BTCTW",
            ("Ban Tổ chức Trung ương",),
            id="a-central-commission-abbreviated",
        ),
        pytest.param(
            "Thực hiện Hướng dẫn số 36-HD/VPTW của Văn phòng TW Đảng, Tỉnh ủy ban hành Kế hoạch số 05-KH/TU.",
            "Hướng dẫn số 36-HD/VPTW",
            ("Văn phòng Trung ương",),
            id="the-central-office-abbreviated",
        ),
        pytest.param(
            "Kế hoạch số 42-KH/TU thực hiện Nghị quyết số 18-NQ/TW của Hội nghị lần thứ sáu BCH TW Đảng khóa XII.",
            "Nghị quyết số 18-NQ/TW",
            ("Ban Chấp hành Trung ương",),
            id="a-central-plenum-abbreviated",
        ),
    ],
)
def test_the_centre_abbreviated_in_names(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


def test_words_split_at_a_lines_end_are_read_whole() -> None:
    text = "Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hi-\nện Nghị quy-\nết số 21-NQ/TW của Bộ Chính trị."
    result = run(text)
    resolution = doc_named(result, "Nghị quy-\nết số 21-NQ/TW")
    assert (resolution.symbol, resolution.issuer) == ("21-NQ/TW", ("Bộ Chính trị",))
    assert edges(result) == {("Kế hoạch số 45-KH/TU", "Nghị quy-\nết số 21-NQ/TW")}


def test_a_date_before_a_places_clause_is_that_clauses() -> None:
    result = run(
        "Theo tinh thần Nghị quyết số 36-NQ/TW, ngày 8/6/2019, tỉnh Bến Tre tổ chức hội nghị về kinh tế biển."
    )
    assert doc_named(result, "Nghị quyết số 36-NQ/TW").date is None


def test_an_elliptical_list_then_its_term() -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 05-KH/TU thực hiện Nghị quyết số 18, 19 (khóa XII) của Trung ương."
    )
    assert len(result.documents) == 3


def test_a_body_broken_after_its_first_word() -> None:
    result = run("Ngày 5/3/2023, Ban\nThường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU về du lịch.")
    assert doc_named(result, "Kế hoạch số 45-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


@pytest.mark.parametrize(
    ("text", "issuer", "level"),
    [
        pytest.param(
            "Ban Xây dựng Đảng Đảng ủy xã ban hành Kế hoạch số 03-KH/BXDĐ về phát triển đảng viên.",
            ("Ban Xây dựng Đảng Đảng ủy xã",),
            "grassroots",
            id="a-communes-party-building-commission",
        ),
        pytest.param(
            "Ban Chỉ đạo 35 Trung ương ban hành Kế hoạch số 10-KH/BCĐ về đấu tranh trên không gian mạng.",
            ("Ban Chỉ đạo 35 Trung ương",),
            "central",
            id="the-central-steering-committee-35",
        ),
    ],
)
def test_more_commissions_and_steering_committees(text: str, issuer: tuple[str, ...], level: str) -> None:
    (document,) = run(text).documents
    assert (document.issuer, document.level) == (issuer, level)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 09-KH/BDVTU triển khai Cuộc vận động "Người Việt Nam ưu tiên '
            'dùng hàng Việt Nam" giai đoạn 2016 - 2020, thực hiện Kết luận số 107-KL/TW của Ban Bí thư.',
            {("Kế hoạch số 09-KH/BDVTU", "Kết luận số 107-KL/TW")},
            id="a-campaign-first-then-a-document",
        ),
        pytest.param(
            "Ban Xây dựng Đảng Đảng ủy xã ban hành Hướng dẫn số 01-HD/BXDĐ ngày 25/8/2025 hướng dẫn các chi bộ trực "
            "thuộc kiện toàn cấp ủy, thực hiện Hướng dẫn số 03-HD/BTCTU của Ban Tổ chức Tỉnh ủy.",
            {("Hướng dẫn số 01-HD/BXDĐ", "Hướng dẫn số 03-HD/BTCTU")},
            id="whom-it-guides-and-to-do-what-then-a-document",
        ),
        pytest.param(
            "Ủy ban Kiểm tra Tỉnh ủy ban hành Hướng dẫn số 12-HD/UBKTTU hướng dẫn ủy ban kiểm tra các huyện ủy, thị "
            "ủy, thành ủy và đảng ủy trực thuộc thực hiện Quy định số 102-QĐ/TW của Bộ Chính trị.",
            {("Hướng dẫn số 12-HD/UBKTTU", "Quy định số 102-QĐ/TW")},
            id="a-long-list-of-whom-it-guides",
        ),
    ],
)
def test_a_first_task_then_what_the_document_carries_out(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


def test_a_tables_title_names_the_body_of_its_rows() -> None:
    result = run(
        "PHỤ LỤC\nDANH MỤC CÁC VĂN BẢN CỦA ĐẢNG ỦY XÃ BAN HÀNH NĂM 2025\n(Kèm theo Báo cáo số 112-BC/ĐU)\n"
        "TT | Tên văn bản | Ghi chú\n1 | Nghị quyết số 01-NQ/ĐU ngày 05/8/2025 về nhiệm vụ năm 2025 |\n"
        "2 | Kế hoạch số 06-KH/ĐU ngày 20/8/2025 thực hiện Nghị quyết số 01-NQ/ĐU |"
    )
    assert [d.issuer for d in result.documents] == [("Đảng ủy xã",), ("Đảng ủy xã",)]


def test_a_body_and_its_place_on_the_next_line() -> None:
    result = run("Ban Thường vụ Tỉnh ủy\nBạc Liêu ban hành Kế hoạch số 302-KH/TU ngày 05/4/2025.")
    assert doc_named(result, "Kế hoạch số 302-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_a_guideline_guiding_a_long_way_then_another_clause() -> None:
    # (this sentence once sent the addressee pattern into exponential backtracking)
    result = run(
        "Căn cứ Hướng dẫn số 99-HD/BTGTW ngày 15/12/2023 của Ban Tuyên giáo Trung ương về tuyên truyền kỷ niệm các "
        "ngày lễ lớn năm 2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 45-HD/BTGTU ngày 20/1/2024 hướng dẫn "
        "tuyên truyền các ngày lễ lớn trên địa bàn tỉnh; đồng thời, Ban Tuyên giáo Tỉnh ủy phối hợp tổ chức thực hiện "
        "Kế hoạch số 210-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức các hoạt động kỷ niệm."
    )
    assert len(result.documents) == 3


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Được sự ủy quyền của Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành Kế "
            "hoạch số 22-KH/TU về chuyển đổi số.",
            "Kế hoạch số 22-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            id="signed-by-leave-of-the-body",
        ),
        pytest.param(
            "Thừa ủy quyền của Ban Bí thư, Ban Tổ chức Trung ương ban hành Hướng dẫn số 12-HD/BTCTW ngày 6/11/2021.",
            "Hướng dẫn số 12-HD/BTCTW",
            ("Ban Tổ chức Trung ương",),
            id="a-body-acting-by-leave-issues-itself",
        ),
        pytest.param(
            "Nghị quyết số 15-NQ/TW ngày 1/6/2012 là của Hội nghị Trung ương 5 khóa XI về chính sách xã hội.",
            "Nghị quyết số 15-NQ/TW",
            ("Ban Chấp hành Trung ương",),
            id="is-the-plenums",
        ),
        pytest.param(
            "Ban Chấp hành Đảng bộ UBND tỉnh ban hành Nghị quyết số 05-NQ/ĐU về cải cách hành chính.",
            "Nghị quyết số 05-NQ/ĐU",
            ("Ban Chấp hành Đảng bộ Ủy ban nhân dân tỉnh",),
            id="the-executive-of-the-peoples-committees-party-organisation",
        ),
        pytest.param(
            "Hải Dương triển khai Kết luận 126 của Bộ Chính trị, Ban Bí thư\nBan Thường vụ Tỉnh ủy Hải Dương vừa ban "
            "hành Kế hoạch số 318-KH/TU.",
            "Kế hoạch số 318-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            id="a-headline-ending-with-ban-bi-thu-is-no-signers-title",
        ),
    ],
)
def test_more_issuers_of_session_14(text: str, surface: str, issuer: tuple[str, ...]) -> None:
    assert doc_named(run(text), surface).issuer == issuer


def test_an_outlets_code_opens_the_lead_under_a_time_line() -> None:
    result = run(
        "Cập nhật: 10:25, 14/01/2026\nBBN - Thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương, trong năm "
        "2025, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 36-KH/TU về củng cố tổ chức cơ sở đảng."
    )
    assert edges(result) == {("Kế hoạch số 36-KH/TU", "Nghị quyết số 21-NQ/TW")}


def test_a_cell_then_the_office_it_belongs_to() -> None:
    result = run(
        "Chi bộ Phòng Tổng hợp, Văn phòng Tỉnh ủy ban hành Nghị quyết số 03-NQ/CB về chất lượng tham mưu."
    )
    document = doc_named(result, "Nghị quyết số 03-NQ/CB")
    assert (document.issuer, document.level) == (("Chi bộ Phòng Tổng hợp",), "grassroots")


def test_bodies_that_have_their_plans_then_all_carry_out() -> None:
    result = run(
        "Huyện ủy Tam Đảo có Kế hoạch số 41-KH/HU, Huyện ủy Lập Thạch có Kế hoạch số 38-KH/HU và Huyện ủy Sông Lô có "
        "Kế hoạch số 33-KH/HU cùng thực hiện Kết luận số 21-KL/TW."
    )
    assert {a for a, _ in edges(result)} == {
        "Kế hoạch số 41-KH/HU",
        "Kế hoạch số 38-KH/HU",
        "Kế hoạch số 33-KH/HU",
    }


def test_documents_named_van_ban_take_their_codes_type() -> None:
    result = run(
        "Tỉnh ủy đã ban hành các văn bản số 156-KH/TU, 157-KH/TU, 160-HD/TU để triển khai Nghị quyết số 57-NQ/TW."
    )
    assert [d.type for d in result.documents] == ["plan", "plan", "guideline", "resolution"]


def test_the_body_the_text_names_over_a_headlines_centre() -> None:
    result = run(
        "Bình Định cụ thể hóa Nghị quyết 66 của Trung ương\nNgày 5/6/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số "
        "30-KH/TU thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị."
    )
    assert doc_named(result, "Nghị quyết 66").issuer == ("Bộ Chính trị",)


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Trong tháng 3/2025, Ban Thường vụ Tỉnh ủy đã họp 6 phiên để cho ý kiến về phương án sáp nhập tỉnh; ban "
            "hành Kế hoạch 281-KH/TU thực hiện Kết luận số 127-KL/TW.",
            "Kế hoạch 281-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            id="a-clause-with-no-subject-after-a-semicolon",
        ),
        pytest.param(
            "Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Đồng thời, ban hành Kế hoạch "
            "số 196-KH/TU thực hiện nghị quyết.",
            "Kế hoạch số 196-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            id="a-sentence-opening-with-a-connective",
        ),
        pytest.param(
            "Ngày 3/2/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch (số 36-KH/TU) về củng cố tổ chức cơ sở đảng.",
            "Kế hoạch (số 36-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
            id="its-number-in-brackets",
        ),
    ],
)
def test_subjects_carried_over_and_numbers_in_brackets(
    text: str, surface: str, issuer: tuple[str, ...]
) -> None:
    assert doc_named(run(text), surface).issuer == issuer


def test_resolutions_drawn_from_the_congress_resolution() -> None:
    result = run(
        "Tỉnh ủy ban hành Nghị quyết số 01-NQ/TU và Nghị quyết số 02-NQ/TU. Các nghị quyết được cụ thể hóa từ Nghị "
        "quyết Đại hội Đảng bộ tỉnh lần thứ XVII."
    )
    congress = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII"
    assert edges(result) == {("Nghị quyết số 01-NQ/TU", congress), ("Nghị quyết số 02-NQ/TU", congress)}


def test_then_issued_by_the_body_that_studied_not_the_body_of_what_it_studied() -> None:
    result = run(
        "Huyện ủy Nông Cống quán triệt, triển khai CT 35 của Bộ Chính trị và KH 245 của BTV Tỉnh ủy về đại hội đảng "
        "bộ các cấp; đồng thời ban hành Kế hoạch số 210-KH/HU để tổ chức thực hiện."
    )
    assert doc_named(result, "Kế hoạch số 210-KH/HU").issuer == ("Huyện ủy",)


def test_the_bodys_issuer_over_a_headlines_owner() -> None:
    result = run(
        "Kết quả 3 năm thực hiện Chương trình hành động của Tỉnh ủy\nNgày 12/3/2021, Ban Chấp hành Đảng bộ tỉnh ban "
        "hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII."
    )
    assert doc_named(result, "Chương trình hành động số 01-CTr/TU").issuer == ("Ban Chấp hành Đảng bộ tỉnh",)


def test_the_same_day_is_not_the_replaced_documents() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy đã ban hành Quy định số 15-QĐ/TU ngày 1/12/2025 về phân cấp quản lý cán bộ. Quy định "
        "này thay thế Quy định số 05-QĐ/TU ngày 10/3/2021. Cùng ngày, Ban Thường vụ Tỉnh ủy ban hành Quyết định số "
        "1350-QĐ/TU về nhân sự."
    )
    assert doc_named(result, "Quyết định số 1350-QĐ/TU").date == "2025-12-01"


@pytest.mark.parametrize("prefix", ["VOV.VN - ", "Tin thời sự\nVTV.vn - ", "BBN - "])
def test_an_outlets_code_before_a_frame(prefix: str) -> None:
    result = run(
        f"{prefix}Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Đảng ủy Chính phủ ban hành Chương trình hành "
        "động số 05-CTr/ĐU."
    )
    assert edges(result) == {("Chương trình hành động số 05-CTr/ĐU", "Nghị quyết số 57-NQ/TW")}


# --- session 15 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thành ủy ban hành Kế hoạch số 41-KH/ThU về tiếp tục thực hiện Kết luận số 01-KL/TW gắn với Chỉ thị số "
            "05-CT/TW của Bộ Chính trị.",
            # the shadow sets' writers read a bare "gắn với C" as context, not as carrying C out (10 sets to 3)
            {("Kế hoạch số 41-KH/ThU", "Kết luận số 01-KL/TW")},
            id="tied-to-a-document",
        ),
        pytest.param(
            "Quán triệt Nghị quyết Trung ương 4 (khóa XIII) gắn với thực hiện Chỉ thị số 05-CT/TW, Đảng ủy xã ban "
            "hành Kế hoạch số 12-KH/ĐU.",
            {
                ("Kế hoạch số 12-KH/ĐU", "Nghị quyết Trung ương 4 (khóa XIII)"),
                ("Kế hoạch số 12-KH/ĐU", "Chỉ thị số 05-CT/TW"),
            },
            id="tied-with-its-verb-in-a-frame",
        ),
        pytest.param(
            "Hội nghị được tổ chức theo tinh thần Chỉ thị số 05-CT/TW, gắn với phong trào thi đua của huyện.",
            set(),
            id="tied-to-an-event-is-no-document",
        ),
        pytest.param(
            "Chương trình hành động số 09-CTr/HU là cụ thể hóa Nghị quyết số 22-NQ/TU của Tỉnh ủy.",
            {("Chương trình hành động số 09-CTr/HU", "Nghị quyết số 22-NQ/TU")},
            id="is-the-concrete-form",
        ),
        pytest.param(
            "Đề án số 03-ĐA/TU được coi là bước cụ thể hóa Nghị quyết số 36-NQ/TW về kinh tế biển.",
            {("Đề án số 03-ĐA/TU", "Nghị quyết số 36-NQ/TW")},
            id="regarded-as-a-step",
        ),
        pytest.param(
            "Ngày 9/5/2023, Ban Thường vụ Thị ủy ban hành Nghị quyết số 07-NQ/ThU về chuyển đổi số. Đây là bước cụ thể "
            "hóa Nghị quyết số 14-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.",
            {("Nghị quyết số 07-NQ/ThU", "Nghị quyết số 14-NQ/TU")},
            id="this-is-a-step",
        ),
        pytest.param(
            "Nghị quyết số 14-NQ/TU là cơ sở để các địa phương triển khai Chỉ thị số 19-CT/TW.",
            set(),
            id="a-basis-is-not-carrying-out",
        ),
        pytest.param(
            "Thực hiện Kết luận số 36-KL/TW, ngày 5/3/2024, Huyện ủy Tân Phú ban hành Kế hoạch số 77-KH/HU; ngày "
            "12/3/2024, Huyện ủy Định Quán ban hành Kế hoạch số 81-KH/HU.",
            {
                ("Kế hoạch số 77-KH/HU", "Kết luận số 36-KL/TW"),
                ("Kế hoạch số 81-KH/HU", "Kết luận số 36-KL/TW"),
            },
            id="each-clause-with-its-day",
        ),
    ],
)
def test_more_ways_of_carrying_out_of_session_15(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize(
    ("place", "level"),
    [
        pytest.param("Bảo Lộc", "district", id="provincial-city"),
        pytest.param("Cần Thơ", "provincial", id="centrally-run-city"),
        pytest.param("Hồ Chí Minh", "provincial", id="the-largest-city"),
    ],
)
def test_a_citys_congress_level(place: str, level: str) -> None:
    surface = f"Nghị quyết Đại hội Đảng bộ thành phố {place} lần thứ XII"
    result = run(f"Đảng ủy phường 2 ban hành Kế hoạch số 04-KH/ĐU học tập {surface}.")
    assert doc_named(result, surface).level == level


@pytest.mark.parametrize(
    ("text", "surface", "issuer"),
    [
        pytest.param(
            "Ban Dân vận Tỉnh ủy xây dựng Kế hoạch số 18-KH/BDVTU về công tác dân vận năm 2024.",
            "Kế hoạch số 18-KH/BDVTU",
            ("Ban Dân vận Tỉnh ủy",),
            id="a-commission-drafts-its-own",
        ),
        pytest.param(
            "Ban Tổ chức Tỉnh ủy xây dựng Đề án số 07-ĐA/TU trình Ban Chấp hành Đảng bộ tỉnh thông qua.",
            "Đề án số 07-ĐA/TU",
            None,
            id="a-commission-drafts-for-the-committee",
        ),
        pytest.param(
            "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 61-KH/HU; Kế hoạch số 62-KH/HU và Kế hoạch số 63-KH/HU về "
            "công tác cán bộ.",
            "Kế hoạch số 62-KH/HU",
            ("Ban Thường vụ Huyện ủy",),
            id="a-semicolon-between-items-of-one-organ",
        ),
        pytest.param(
            "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 61-KH/HU; Kế hoạch số 62-KH/TU của Tỉnh ủy được triển khai "
            "trước đó.",
            "Kế hoạch số 62-KH/TU",
            ("Tỉnh ủy",),
            id="after-a-semicolon-another-organ",
        ),
    ],
)
def test_issuers_of_session_15(text: str, surface: str, issuer: tuple[str, ...] | None) -> None:
    assert doc_named(run(text), surface).issuer == (issuer or ())


def test_a_bodys_unnumbered_programme_named_twice_is_one() -> None:
    result = run(
        "Triển khai Chương trình hành động của Tỉnh ủy\nSáng 3/3/2022, Tỉnh ủy tổ chức hội nghị triển khai "
        "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 06-NQ/TU về phát triển công nghiệp."
    )
    programmes = [d for d in result.documents if d.type == "action_programme"]
    assert len(programmes) == 1 and len(programmes[0].mentions) == 2
    assert edges(result) == {("Chương trình hành động", "Nghị quyết số 06-NQ/TU")}


def test_a_bodys_unnumbered_documents_with_other_titles_stay_apart() -> None:
    result = run(
        "Tỉnh ủy triển khai Kế hoạch của Tỉnh ủy về chuyển đổi số và Kế hoạch của Tỉnh ủy về du lịch."
    )
    assert len([d for d in result.documents if d.type == "plan"]) == 2


def test_a_board_meeting_adopts_its_plan() -> None:
    result = run("Ban Thường vụ Huyện ủy họp thông qua Kế hoạch số 27-KH/HU thực hiện Kết luận số 80-KL/TW.")
    assert doc_named(result, "Kế hoạch số 27-KH/HU").issuer == ("Ban Thường vụ Huyện ủy",)


def test_an_advisers_next_issuing_under_the_committees_code_is_the_advised_bodys() -> None:
    text = (
        "Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 1520-QĐ/TU về phân cấp; đồng "
        "thời ban hành {} về danh mục chức danh."
    )
    committees = run(text.format("Quyết định số 1521-QĐ/TU"))
    assert doc_named(committees, "Quyết định số 1521-QĐ/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)
    own = run(text.format("Hướng dẫn số 15-HD/BTCTU"))
    assert doc_named(own, "Hướng dẫn số 15-HD/BTCTU").issuer == ("Ban Tổ chức Tỉnh ủy",)


@pytest.mark.parametrize("then", ["tiếp đó", "tiếp theo,", "đồng thời"])
def test_then_issuing_again_is_the_first_clauses_body(then: str) -> None:
    result = run(
        f"Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 90-KH/TU thực hiện Nghị quyết số 35-NQ/TW; {then} ban hành Chỉ "
        "thị số 18-CT/TU về đấu tranh trên không gian mạng."
    )
    assert doc_named(result, "Chỉ thị số 18-CT/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_later_clauses_with_their_own_frames_share_the_first_clauses_body() -> None:
    result = run(
        "Thực hiện Kết luận số 48-KL/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 30-KH/HU; thực hiện Chỉ thị "
        "số 28-CT/TW của Ban Bí thư, ban hành Kế hoạch số 31-KH/HU."
    )
    assert doc_named(result, "Kế hoạch số 31-KH/HU").issuer == ("Ban Thường vụ Huyện ủy",)
    assert ("Kế hoạch số 31-KH/HU", "Chỉ thị số 28-CT/TW") in edges(result)
    # after "tiếp đó,", and the frame's object's date is not the issued document's
    then = run(
        "Ban Thường vụ Huyện ủy đã ban hành Chương trình số 44-CTr/HU; tiếp đó, thực hiện Kết luận số 51-KL/TW ngày "
        "30/5/2019, ban hành Kế hoạch số 156-KH/HU."
    )
    issued = doc_named(then, "Kế hoạch số 156-KH/HU")
    assert (issued.issuer, issued.date) == (("Ban Thường vụ Huyện ủy",), None)
    # "nay tiếp tục ban hành"
    again = run(
        "Tỉnh ủy ban hành Chương trình hành động số 23-CTr/TU; nay tiếp tục ban hành Kế hoạch số 210-KH/TU thực hiện "
        "Nghị quyết số 59-NQ/TW."
    )
    assert doc_named(again, "Kế hoạch số 210-KH/TU").issuer == ("Tỉnh ủy",)


def test_a_plenum_adopting_a_local_document_is_not_the_centres_named_before() -> None:
    result = run(
        "Thực hiện Nghị quyết số 60-NQ/TW của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, tỉnh "
        "sẽ sắp xếp đơn vị hành chính. Hội nghị đã biểu quyết thông qua Nghị quyết số 41-NQ/TU về sắp xếp cấp xã."
    )
    assert doc_named(result, "Nghị quyết số 41-NQ/TU").issuer == ()


def test_a_guideline_guiding_then_the_next_guideline_of_its_body() -> None:
    result = run(
        "Ủy ban Kiểm tra Huyện ủy ban hành Hướng dẫn số 04-HD/UBKTHU hướng dẫn thực hiện Quy định số 22-QĐ/TW về "
        "công tác kiểm tra và Hướng dẫn số 05-HD/UBKTHU hướng dẫn thực hiện Quy định số 24-QĐ/TW về kỷ luật."
    )
    assert doc_named(result, "Hướng dẫn số 05-HD/UBKTHU").issuer == ("Ủy ban Kiểm tra Huyện ủy",)
    assert ("Hướng dẫn số 05-HD/UBKTHU", "Quy định số 24-QĐ/TW") in edges(result)


@pytest.mark.parametrize(
    ("together", "expected"),
    [
        pytest.param(
            "cùng thực hiện",
            {
                ("Kế hoạch số 71-KH/TU", "Kết luận số 57-KL/TW"),
                ("Kế hoạch số 09-KH/BCSĐ", "Kết luận số 57-KL/TW"),
            },
            id="together",
        ),
        pytest.param("thực hiện", {("Kế hoạch số 09-KH/BCSĐ", "Kết luận số 57-KL/TW")}, id="the-last-only"),
    ],
)
def test_issuing_clauses_each_with_its_day_then_a_shared_purpose(
    together: str, expected: set[tuple[str, str]]
) -> None:
    result = run(
        "Ngày 2/6/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 71-KH/TU; ngày 9/6/2023, Ban cán sự đảng UBND "
        f"tỉnh ban hành Kế hoạch số 09-KH/BCSĐ {together} Kết luận số 57-KL/TW."
    )
    assert edges(result) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Huyện ủy ban hành Kế hoạch số 31-KH/HU, 32-KH/HU và 33-KH/HU để triển khai lần lượt Nghị quyết số "
            "41-NQ/TW, 42-NQ/TW và 43-NQ/TW.",
            {
                ("Kế hoạch số 31-KH/HU", "Nghị quyết số 41-NQ/TW"),
                ("32-KH/HU", "42-NQ/TW"),
                ("33-KH/HU", "43-NQ/TW"),
            },
            id="respectively-after-the-verb",
        ),
        pytest.param(
            "Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 08-HD/BTCTU về giám sát công tác cán bộ, nhằm hướng dẫn thực "
            "hiện Quy định số 114-QĐ/TW.",
            {("Hướng dẫn số 08-HD/BTCTU", "Quy định số 114-QĐ/TW")},
            id="a-purpose-of-guiding",
        ),
        pytest.param(
            "Tỉnh ủy ban hành Quy định số 18-QĐ/TU về công tác cán bộ, thay thế Quy định số 11-QĐ/TU. Quy định mới "
            "được ban hành để cụ thể hóa Quy định số 50-QĐ/TW.",
            {("Quy định số 18-QĐ/TU", "Quy định số 50-QĐ/TW")},
            id="the-new-one",
        ),
    ],
)
def test_respectively_after_the_verb_guiding_and_the_new_one(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert edges(run(text)) == expected


def test_pairs_of_object_and_means() -> None:
    result = run(
        "Tỉnh ủy cụ thể hóa Nghị quyết số 57-NQ/TW bằng Kế hoạch số 20-KH/TU, Nghị quyết số 66-NQ/TW bằng Kế hoạch "
        "số 21-KH/TU và Nghị quyết số 68-NQ/TW bằng Kế hoạch số 22-KH/TU."
    )
    assert edges(result) == {
        ("Kế hoạch số 20-KH/TU", "Nghị quyết số 57-NQ/TW"),
        ("Kế hoạch số 21-KH/TU", "Nghị quyết số 66-NQ/TW"),
        ("Kế hoạch số 22-KH/TU", "Nghị quyết số 68-NQ/TW"),
    }


@pytest.mark.parametrize(
    ("committee", "level"),
    [
        pytest.param("Thành ủy Long Khánh", "district", id="provincial-city-committee"),
        pytest.param("Thành ủy Cần Thơ", "provincial", id="centrally-run-city-committee"),
        pytest.param("Thành ủy TP Hồ Chí Minh", "provincial", id="the-city-with-its-tp"),
    ],
)
def test_an_unnamed_citys_congress_takes_the_articles_city(committee: str, level: str) -> None:
    surface = "Nghị quyết Đại hội Đảng bộ thành phố lần thứ XII"
    result = run(f"Năm 2021, {committee} tập trung lãnh đạo thực hiện {surface}.")
    assert doc_named(result, surface).level == level


@pytest.mark.parametrize("committee", ["Thành ủy TP.HCM", "Thành ủy TPHCM", "Thành ủy Thành phố Hồ Chí Minh"])
def test_the_largest_citys_committee_written_short(committee: str) -> None:
    surface = "Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I"
    result = run(f"{committee} ban hành Chương trình hành động số 12-CTr/TU thực hiện {surface}.")
    assert doc_named(result, surface).level == "provincial"


def test_counted_sets_of_a_kind_then_their_purpose() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ tỉnh đã ban hành 4 nghị quyết chuyên đề, 2 đề án trọng điểm để thực hiện Nghị quyết "
        "Đại hội Đảng bộ tỉnh lần thứ XV."
    )
    congress = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV"
    assert edges(result) == {("4 nghị quyết chuyên đề", congress), ("2 đề án", congress)}


def test_means_counted_then_listed_after_a_colon() -> None:
    result = run(
        "Thị ủy đã cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX bằng 2 đề án trọng tâm: Đề án số 01-ĐA/ThU "
        "về chỉnh trang đô thị và Đề án số 02-ĐA/ThU về phát triển thương mại."
    )
    congress = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"
    assert edges(result) == {("Đề án số 01-ĐA/ThU", congress), ("Đề án số 02-ĐA/ThU", congress)}


def test_issued_together_after_a_long_object() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 40-KH/TU thực hiện Kết luận số 09-KL/TW của Bộ Chính trị về "
        "tổng kết Chỉ thị số 22-CT/TW, cùng Kế hoạch số 41-KH/TU về công tác dân vận."
    )
    assert doc_named(result, "Kế hoạch số 41-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


@pytest.mark.parametrize(
    ("verb", "found"),
    [pytest.param("đã ban hành", True, id="issued"), pytest.param("sẽ ban hành", False, id="to-be-issued")],
)
def test_a_project_named_by_what_it_does(verb: str, found: bool) -> None:
    result = run(
        f"Thực hiện Nghị quyết số 19-NQ/TW, Đảng ủy Tổng công ty {verb} Đề án tái cơ cấu Tổng công ty giai đoạn "
        "2021-2025."
    )
    assert (("Đề án", "Nghị quyết số 19-NQ/TW") in edges(result)) is found


def test_a_project_drafted_by_what_it_does_is_no_document() -> None:
    result = run(
        "Ban Tổ chức Tỉnh ủy đã tham mưu xây dựng Đề án sắp xếp đơn vị hành chính cấp xã, trình Ban Thường vụ."
    )
    assert result.documents == ()


def test_a_count_with_its_thousands_marked_then_sets_of_several_nouns() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy đã ban hành 1.240 văn bản, trong đó 28 chỉ thị, 140 kế hoạch, 35 quy định, quy chế, "
        "12 đề án."
    )
    sets = [(d.mentions[0].surface, d.issuer) for d in result.documents]
    body = ("Ban Thường vụ Tỉnh ủy",)
    assert sets == [("28 chỉ thị", body), ("140 kế hoạch", body), ("35 quy định", body), ("12 đề án", body)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Năm 2019, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 4-KH/TU thực hiện Chỉ thị 05-CT/TW; năm 2020 ban "
            "hành Kế hoạch số 5-KH/TU thực hiện Nghị quyết 04-NQ/TW.",
            id="a-year-opening-the-next-subjectless-clause",
        ),
        pytest.param(
            "Kết quả ban hành văn bản năm 2021 của Ban Thường vụ Tỉnh ủy:\n- Kế hoạch số 4-KH/TU ngày 2/3/2021 về "
            "công tác dân vận;\n- Kế hoạch số 5-KH/TU ngày 9/3/2021 về chuyển đổi số.",
            id="a-heading-naming-whose-documents-are-listed",
        ),
        pytest.param(
            "Văn bản nổi bật của Ban Thường vụ Tỉnh ủy năm 2021 gồm: Kế hoạch số 4-KH/TU về công tác dân vận; Kế "
            "hoạch số 5-KH/TU về chuyển đổi số.",
            id="a-heading-then-gom-and-the-items",
        ),
        pytest.param(
            "Năm 2021, Ban Thường vụ Tỉnh ủy ban hành 56 kế hoạch, 7 chỉ thị; trong đó đáng chú ý là Kế hoạch số "
            "5-KH/TU về chuyển đổi số.",
            id="trong-do-dang-chu-y-la",
        ),
        pytest.param(
            "Trong 3 năm, Ban Thường vụ Tỉnh ủy ban hành 9 chỉ thị, 66 kế hoạch. Cụ thể năm 2021: Kế hoạch số "
            "5-KH/TU về chuyển đổi số.",
            id="counts-then-cu-the-nam",
        ),
    ],
)
def test_a_review_lists_what_its_body_issued(text: str) -> None:
    assert doc_named(run(text), "Kế hoạch số 5-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_a_short_form_names_the_state_document_named_in_full_before() -> None:
    result = run(
        "Quốc hội ban hành Nghị quyết số 98/2023/QH15 về thí điểm cơ chế đặc thù. Thành ủy ban hành Kế hoạch số "
        "12-KH/TU thực hiện Nghị quyết 98."
    )
    assert len(result.documents) == 2
    assert edges(result) == {("Kế hoạch số 12-KH/TU", "Nghị quyết số 98/2023/QH15")}


def test_a_bare_cung_ngay_dates_the_item_it_follows_not_the_object_between() -> None:
    result = run(
        "Tỉnh ủy ban hành Chương trình hành động số 35-CTr/TU ngày 12/2/2018 thực hiện Nghị quyết số 20-NQ/TW và "
        "Chương trình hành động số 36-CTr/TU cùng ngày thực hiện Nghị quyết số 21-NQ/TW."
    )
    assert doc_named(result, "Chương trình hành động số 36-CTr/TU").date == "2018-02-12"
    assert doc_named(result, "Nghị quyết số 20-NQ/TW").date is None


def test_a_cells_place_after_a_comma_and_in_brackets_before_its_verb() -> None:
    result = run(
        "Chi bộ ấp 3, xã Phú Nhuận (TP Bến Tre) xây dựng Kế hoạch số 05-KH/CB về phát triển đảng viên."
    )
    assert doc_named(result, "Kế hoạch số 05-KH/CB").issuer == ("Chi bộ ấp",)


def test_a_short_form_object_then_the_next_item_of_the_issuers_organ() -> None:
    result = run(
        "Tỉnh đã triển khai Nghị quyết số 21-NQ/TW. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 142-KH/HU về "
        "thực hiện Nghị quyết 21 và Đề án số 06-ĐA/HU về nâng cao chất lượng tổ chức cơ sở đảng."
    )
    assert doc_named(result, "Đề án số 06-ĐA/HU").issuer == ("Ban Thường vụ Huyện ủy",)
    assert ("Đề án số 06-ĐA/HU", "Nghị quyết số 21-NQ/TW") not in edges(result)


def test_a_counted_set_after_a_numbered_document_the_verb_issued() -> None:
    result = run(
        "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Tỉnh ủy đã ban hành Chương trình hành động số "
        "04-CTr/TU và 4 nghị quyết chuyên đề."
    )
    sets = [d for d in result.documents if d.is_set]
    assert [(d.mentions[0].surface, d.issuer) for d in sets] == [("4 nghị quyết chuyên đề", ("Tỉnh ủy",))]


@pytest.mark.parametrize(
    "between",
    [
        "ngày 16/1/2017 của Bộ Chính trị về phát triển du lịch, ",
        "của Bộ Chính trị về phát triển du lịch; ",
        "của Bộ Chính trị, ",
    ],
    ids=["comma-after-title", "semicolon", "comma"],
)
def test_a_frames_second_object_with_its_own_body_before_the_issuing_clause(between: str) -> None:
    result = run(
        f"Thực hiện Nghị quyết số 08-NQ/TW {between}Chương trình hành động số 12-CTr/TU ngày 7/4/2017 của Tỉnh ủy, "
        "Huyện ủy Kim Bôi đã ban hành Nghị quyết số 15-NQ/HU về phát triển du lịch."
    )
    assert edges(result) == {
        ("Nghị quyết số 15-NQ/HU", "Nghị quyết số 08-NQ/TW"),
        ("Nghị quyết số 15-NQ/HU", "Chương trình hành động số 12-CTr/TU"),
    }


def test_a_document_opening_the_main_clause_after_a_frames_title_stays_its_subject() -> None:
    result = run(
        "Thực hiện Nghị quyết số 08-NQ/TW của Bộ Chính trị về du lịch, Chương trình hành động số 12-CTr/TU của Tỉnh "
        "ủy đặt mục tiêu đón 2 triệu lượt khách."
    )
    assert edges(result) == {("Chương trình hành động số 12-CTr/TU", "Nghị quyết số 08-NQ/TW")}


def test_a_cue_in_a_listed_objects_title_keeps_it_in_the_list() -> None:
    result = run(
        "Thực hiện Chỉ thị số 33-CT/TW, Kết luận số 80-KL/TW ngày 29/12/2023 của Ban Bí thư về tiếp tục thực hiện "
        "Chỉ thị 33, Huyện ủy ban hành Kế hoạch số 135-KH/HU về phát triển đảng viên."
    )
    assert edges(result) == {
        ("Kế hoạch số 135-KH/HU", "Chỉ thị số 33-CT/TW"),
        ("Kế hoạch số 135-KH/HU", "Kết luận số 80-KL/TW"),
        ("Kết luận số 80-KL/TW", "Chỉ thị số 33-CT/TW"),
    }


def test_items_described_by_what_they_do_joined_by_and_share_the_frame() -> None:
    result = run(
        "Thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy đã ban hành Quyết định "
        "số 1045-QĐ/TU thành lập Đảng bộ các cơ quan Đảng tỉnh và Quyết định số 1046-QĐ/TU thành lập Đảng bộ Ủy ban "
        "nhân dân tỉnh."
    )
    assert edges(result) == {
        ("Quyết định số 1045-QĐ/TU", "Kết luận số 121-KL/TW"),
        ("Quyết định số 1046-QĐ/TU", "Kết luận số 121-KL/TW"),
    }


@pytest.mark.parametrize(
    ("cue", "expected"),
    [("cụ thể hóa", True), ("thực hiện", False)],
    ids=["document-verb", "bodys-own-act"],
)
def test_then_also_after_a_semicolon_only_for_what_a_document_does(cue: str, expected: bool) -> None:
    result = run(
        "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 25-KH/HU thực hiện Kết luận số 01-KL/TW; đồng thời "
        f"{cue} Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy."
    )
    assert (("Kế hoạch số 25-KH/HU", "Kế hoạch số 12-KH/TU") in edges(result)) is expected


def test_a_bare_head_issued_when_names_what_the_next_plan_carries_out() -> None:
    result = run(
        "Hội nghị sơ kết thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ "
        "thị số 05-CT/TW. Ngay sau khi Kết luận được ban hành, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
        "25-KH/TU ngày 12/7/2021 để thực hiện."
    )
    assert edges(result) == {
        ("Kết luận số 01-KL/TW", "Chỉ thị số 05-CT/TW"),
        ("Kế hoạch số 25-KH/TU", "Kết luận số 01-KL/TW"),
    }


@pytest.mark.parametrize("lead", ["Về thực hiện", "Đối với việc triển khai"])
def test_a_frame_led_by_ve_or_doi_voi(lead: str) -> None:
    result = run(
        f"{lead} Quy định số 213-QĐ/TW của Bộ Chính trị về trách nhiệm của đảng viên, Huyện ủy Lâm Hà đã có Hướng "
        "dẫn số 05-HD/HU và Kế hoạch số 66-KH/HU."
    )
    assert edges(result) == {
        ("Hướng dẫn số 05-HD/HU", "Quy định số 213-QĐ/TW"),
        ("Kế hoạch số 66-KH/HU", "Quy định số 213-QĐ/TW"),
    }


def test_a_document_propagated_in_a_frames_title_is_not_the_issued_side() -> None:
    result = run(
        "Thực hiện Kế hoạch số 14-KH/TU của Tỉnh ủy về học tập, quán triệt, tuyên truyền Nghị quyết Đại hội XIII "
        "của Đảng, Huyện ủy Tam Nông đã ban hành Kế hoạch số 08-KH/HU."
    )
    assert ("Kế hoạch số 08-KH/HU", "Kế hoạch số 14-KH/TU") in edges(result)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("; cụ thể hóa Kế hoạch số 28-KH/TU của Ban Thường vụ Tỉnh ủy.", True),
        ("; cụ thể hóa Kế hoạch số 28-KH/TU, Huyện ủy ban hành Kế hoạch số 30-KH/HU.", False),
    ],
    ids=["own-clause", "a-frame-of-its-own"],
)
def test_a_document_verb_after_a_semicolon_is_the_issued_documents(after: str, expected: bool) -> None:
    result = run(f"Đảng ủy đặc khu Phú Quốc ban hành Nghị quyết số 05-NQ/ĐU về phát triển du lịch{after}")
    assert (("Nghị quyết số 05-NQ/ĐU", "Kế hoạch số 28-KH/TU") in edges(result)) is expected


def test_hoc_tap_va_lam_theo_in_a_plans_title_carries_the_document_out() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 302-KH/TU về tuyên truyền, học tập và làm theo Quy định số "
        "144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức."
    )
    assert edges(result) == {("Kế hoạch số 302-KH/TU", "Quy định số 144-QĐ/TW")}


def test_a_bare_head_in_a_purpose_skips_what_another_of_its_type_carries_out() -> None:
    result = run(
        "Ban Thường vụ Huyện ủy sơ kết 3 năm thực hiện Nghị quyết số 06-NQ/HU của Ban Chấp hành Đảng bộ huyện.\n"
        "Nghị quyết số 06-NQ/HU được ban hành nhằm cụ thể hóa Nghị quyết số 11-NQ/TU của Ban Thường vụ Tỉnh ủy. Để "
        "triển khai thực hiện Nghị quyết, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 102-KH/HU."
    )
    assert ("Kế hoạch số 102-KH/HU", "Nghị quyết số 06-NQ/HU") in edges(result)
    assert ("Kế hoạch số 102-KH/HU", "Nghị quyết số 11-NQ/TU") not in edges(result)


@pytest.mark.parametrize(
    ("text", "document", "issuer", "date"),
    [
        (
            "Kế hoạch số 141-KH/TU về tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết "
            "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII được Ban Thường vụ Tỉnh ủy ban hành, yêu "
            "cầu hoàn thành việc học tập trước quý I.",
            "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII",
            ("Ban Chấp hành Trung ương",),
            None,
        ),
        (
            "Kế hoạch số 141-KH/TU về triển khai thực hiện Nghị quyết số 57-NQ/TW được Ban Thường vụ Tỉnh ủy ban "
            "hành ngày 20/11/2023.",
            "Nghị quyết số 57-NQ/TW",
            (),
            None,
        ),
    ],
    ids=["issuer", "date"],
)
def test_a_passive_predicate_after_a_title_belongs_to_the_sentences_subject(
    text: str, document: str, issuer: tuple[str, ...], date: str | None
) -> None:
    result = run(text)
    subject = doc_named(result, "Kế hoạch số 141-KH/TU")
    assert subject.issuer == ("Ban Thường vụ Tỉnh ủy",)
    inner = doc_named(result, document)
    assert (inner.issuer, inner.date) == (issuer, date)
    assert subject.date == (None if "ngày" not in text else "2023-11-20")


@pytest.mark.parametrize(
    "cell",
    [
        "Chi bộ Hội Nông dân tỉnh",
        "Chi bộ cơ quan Ủy ban Mặt trận Tổ quốc tỉnh",
        "Chi bộ Văn phòng Đảng ủy xã",
        "Chi bộ Khoa Nội tổng hợp",
        "Chi bộ Quân sự xã Tân Hà",
        "Chi bộ Trạm Kiểm soát Biên phòng",
    ],
)
def test_a_cell_of_a_mass_organisation_or_an_office_is_the_issuer(cell: str) -> None:
    result = run(
        f"{cell} đã ban hành Nghị quyết số 15-NQ/CB về lãnh đạo thực hiện nhiệm vụ chính trị năm 2026."
    )
    document = doc_named(result, "Nghị quyết số 15-NQ/CB")
    assert (document.issuer, document.level) == ((cell,), "grassroots")


def test_a_congress_resolution_after_a_semicolon_is_another_object() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 22-NQ/TU về xây dựng tổ chức Đoàn. Nghị quyết được ban hành "
        "nhằm tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa X) về công tác thanh niên; Kết luận số 80-KL/TW của "
        "Ban Bí thư; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025-2030."
    )
    assert {b for a, b in edges(result) if a == "Nghị quyết số 22-NQ/TU"} == {
        "Nghị quyết Trung ương 7 (khóa X)",
        "Kết luận số 80-KL/TW",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị quyết số 20-NQ/TW, Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy "
        "đã lần lượt ban hành Kế hoạch số 108-KH/TU và Kế hoạch số 109-KH/TU để triển khai thực hiện hai nghị quyết.",
        "Để thực hiện Nghị quyết số 20-NQ/TW và Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương, Tỉnh ủy ban hành "
        "Kế hoạch số 108-KH/TU và Kế hoạch số 109-KH/TU, lần lượt cụ thể hóa từng nghị quyết.",
    ],
    ids=["before-the-verb-then-a-plural", "after-the-issued-pair"],
)
def test_respectively_pairs_a_frames_objects_with_the_issued_in_order(text: str) -> None:
    assert edges(run(text)) == {
        ("Kế hoạch số 108-KH/TU", "Nghị quyết số 20-NQ/TW"),
        ("Kế hoạch số 109-KH/TU", "Nghị quyết số 21-NQ/TW"),
    }


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        ("Cùng với việc ban hành", ("Ban Thường vụ Tỉnh ủy",)),
        ("Sau khi ban hành", ("Ban Thường vụ Tỉnh ủy",)),
        ("Bên cạnh việc ban hành", ("Ban Thường vụ Tỉnh ủy",)),
    ],
)
def test_a_fronted_issuing_is_the_main_clauses_subjects(lead: str, issuer: tuple[str, ...]) -> None:
    result = run(
        f"{lead} Quy định số 1050-QĐ/TU về kiểm soát quyền lực, phòng, chống tham nhũng trong công tác cán bộ, Ban "
        "Thường vụ Tỉnh ủy chỉ đạo Ban Tổ chức Tỉnh ủy kiểm tra việc thực hiện."
    )
    assert doc_named(result, "Quy định số 1050-QĐ/TU").issuer == issuer


def test_a_fronted_issuing_before_a_place_gives_no_body() -> None:
    result = run("Cùng với việc ban hành Kế hoạch số 101-KH/TU, tỉnh đã tổ chức hội nghị quán triệt.")
    assert doc_named(result, "Kế hoạch số 101-KH/TU").issuer == ()


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về du lịch và Nghị quyết số 06-NQ/TU về nông nghiệp, cùng ngày "
            "3/7/2025.",
            ["Nghị quyết số 05-NQ/TU", "Nghị quyết số 06-NQ/TU"],
        ),
        (
            "Đề án số 01-ĐA/ĐU về giao thông nông thôn; Đề án số 02-ĐA/ĐU về chính quyền số; Đề án số 03-ĐA/ĐU về "
            "đào tạo nghề, cùng được ban hành ngày 3/7/2025.",
            ["Đề án số 01-ĐA/ĐU", "Đề án số 02-ĐA/ĐU", "Đề án số 03-ĐA/ĐU"],
        ),
        (
            "Nghị quyết số 01-NQ/ĐU của Đảng ủy xã về nhiệm vụ 6 tháng cuối năm và Nghị quyết số 01/NQ-HĐND của HĐND "
            "xã về tổ chức bộ máy được ban hành cùng ngày 3/7/2025.",
            ["Nghị quyết số 01-NQ/ĐU", "Nghị quyết số 01/NQ-HĐND"],
        ),
        (
            "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về du lịch và Nghị quyết số 06-NQ/TU về nông nghiệp, ngày "
            "3/7/2025.",
            ["Nghị quyết số 06-NQ/TU"],
        ),
    ],
    ids=["cung-ngay", "cung-duoc-ban-hanh-ngay", "duoc-ban-hanh-cung-ngay", "the-last-alone"],
)
def test_a_day_closing_titled_items(text: str, dated: list[str]) -> None:
    result = run(text)
    assert sorted(d.mentions[0].surface for d in result.documents if d.date == "2025-07-03") == sorted(dated)


def test_a_decision_named_again_opening_a_sentence() -> None:
    result = run(
        "Theo Quyết định số 2105-QĐ/TU ngày 20/6/2025 của Ban Thường vụ Tỉnh ủy, Đảng bộ huyện kết thúc hoạt động. "
        "Quyết định thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Hướng dẫn số 35-HD/BTCTW của Ban Tổ chức "
        "Trung ương. Hội nghị quyết định thực hiện Nghị quyết số 27-NQ/TU."
    )
    assert edges(result) == {
        ("Quyết định số 2105-QĐ/TU", "Kết luận số 150-KL/TW"),
        ("Quyết định số 2105-QĐ/TU", "Hướng dẫn số 35-HD/BTCTW"),
    }


def test_the_document_issued_after_a_basis_is_what_this_names() -> None:
    result = run(
        "Căn cứ Kết luận số 126-KL/TW, Nghị quyết số 27-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy "
        "ban hành Quyết định số 1788-QĐ/TU về chức năng của cơ quan. Quyết định này nhằm triển khai thực hiện Nghị "
        "quyết số 27-NQ/TU."
    )
    assert ("Quyết định số 1788-QĐ/TU", "Nghị quyết số 27-NQ/TU") in edges(result)


@pytest.mark.parametrize(
    ("later", "documents"),
    [("Kết luận số 01-KL/TW năm 2023", 2), ("Kết luận số 01-KL/TW năm 2016", 3)],
    ids=["one-term", "an-earlier-term"],
)
def test_a_central_symbols_year_within_its_term_names_the_same_document(later: str, documents: int) -> None:
    result = run(
        "Tỉnh ủy học tập chuyên đề theo Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Trước đó, Ban "
        f"Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 46-KH/TU ngày 10/3/2023 thực hiện {later}."
    )
    assert len(result.documents) == documents


def test_a_number_after_a_document_of_another_code_is_not_that_documents_list_item() -> None:
    result = run(
        "Ban Chấp hành Đảng bộ tỉnh ban hành các chương trình hành động: số 20-CTr/TU thực hiện Nghị quyết số "
        "43-NQ/TW, số 21-CTr/TU thực hiện Nghị quyết số 44-NQ/TW, số 22-CTr/TU thực hiện Nghị quyết số 45-NQ/TW."
    )
    assert sorted(d.symbol for d in result.documents if d.type == "action_programme") == [
        "20-CTr/TU",
        "21-CTr/TU",
        "22-CTr/TU",
    ]
    assert {(a[-9:], b) for a, b in edges(result)} == {
        ("20-CTr/TU", "Nghị quyết số 43-NQ/TW"),
        ("21-CTr/TU", "Nghị quyết số 44-NQ/TW"),
        ("22-CTr/TU", "Nghị quyết số 45-NQ/TW"),
    }


def test_a_congress_documents_go_to_is_not_the_one_a_bare_resolution_names() -> None:
    result = run(
        "Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025-2030 đã bế mạc. Đại hội đã biểu quyết thông "
        "qua Nghị quyết Đại hội. Đại hội thảo luận, đóng góp ý kiến vào dự thảo các văn kiện trình Đại hội XIV của "
        "Đảng. Ban Chấp hành Đảng bộ tỉnh khẩn trương xây dựng chương trình hành động thực hiện Nghị quyết Đại hội."
    )
    assert [d.issuer for d in result.documents] == [("Đại hội đại biểu Đảng bộ tỉnh",)]


@pytest.mark.parametrize(
    "between", ["về thông tin đối ngoại trong tình hình mới, cùng với", ", cùng với", "về đối ngoại, cùng"]
)
def test_an_item_issued_along_with_after_the_first_items_object(between: str) -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 275-KH/TU thực hiện Kết luận số 57-KL/TW của Bộ Chính trị "
        f"{between} Kế hoạch số 301-KH/TU thực hiện Nghị quyết số 57-NQ/TW."
    )
    assert doc_named(result, "Kế hoạch số 301-KH/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


@pytest.mark.parametrize(
    ("body", "issuer"),
    [("Đảng ủy xã biên giới Thanh Thủy", ("Đảng ủy xã",)), ("Đảng ủy xã vùng cao Pả Vi", ("Đảng ủy xã",))],
)
def test_a_commune_described_before_its_name(body: str, issuer: tuple[str, ...]) -> None:
    result = run(f"{body} đã ban hành Nghị quyết số 18-NQ/ĐU về xây dựng khu vực phòng thủ.")
    assert doc_named(result, "Nghị quyết số 18-NQ/ĐU").issuer == issuer


@pytest.mark.parametrize(
    ("text", "second_object"),
    [
        (
            "Huyện ủy ban hành Chương trình hành động số 14-CTr/HU thực hiện Kết luận số 65-KL/TW của Bộ Chính trị; "
            "Nghị quyết số 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế.",
            True,
        ),
        (
            "Tỉnh ủy ban hành Chương trình hành động số 14-CTr/TU thực hiện Kết luận số 65-KL/TW của Bộ Chính trị; "
            "Kế hoạch số 04-KH/TU về du lịch.",
            False,
        ),
    ],
    ids=["above-the-implementer", "the-next-item-issued"],
)
def test_a_document_above_the_implementer_after_a_semicolon_is_another_object(
    text: str, second_object: bool
) -> None:
    result = run(text)
    targets = {b for a, b in edges(result) if a.startswith("Chương trình hành động số 14")}
    assert (len(targets) == 2) is second_object


@pytest.mark.parametrize(("term", "edge"), [("XIII", False), ("XII", True)])
def test_a_central_document_of_a_later_term_is_not_carried_out(term: str, edge: bool) -> None:
    result = run(
        "Kết luận số 54-KL/TW ngày 7/8/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về "
        f"nông nghiệp và Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 5 khóa {term} là những văn bản quan trọng."
    )
    assert (("Kết luận số 54-KL/TW", "Nghị quyết số 19-NQ/TW") in edges(result)) is edge


@pytest.mark.parametrize(
    ("text", "document", "issuer"),
    [
        (
            "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 789-CV/TU, Huyện ủy ban hành Kế hoạch số "
            "155-KH/HU về quy hoạch cán bộ.",
            "Công văn số 789-CV/TU",
            ("Ban Thường vụ Tỉnh ủy",),
        ),
        (
            "Ban Thường vụ Tỉnh ủy đã thống nhất chủ trương tại Thông báo số 2145-TB/TU để HĐND tỉnh xem xét.",
            "Thông báo số 2145-TB/TU",
            ("Ban Thường vụ Tỉnh ủy",),
        ),
        (
            "Ban Thường vụ Tỉnh ủy đã phải ban hành Công văn số 2105-CV/TU chấn chỉnh tình trạng văn bản hóa.",
            "Công văn số 2105-CV/TU",
            ("Ban Thường vụ Tỉnh ủy",),
        ),
    ],
    ids=["direction-of-at", "agreed-at", "had-to-issue"],
)
def test_a_body_directing_or_agreeing_at_a_document_issued_it(
    text: str, document: str, issuer: tuple[str, ...]
) -> None:
    assert doc_named(run(text), document).issuer == issuer


@pytest.mark.parametrize(
    "lines",
    [
        "Gia Lâm: Nâng cao chất lượng kiểm tra, giám sát\n22/04/2022 - 06:15\n(HNM) ",
        "Gia Lâm: Nâng cao chất lượng kiểm tra, giám sát\n(HNM) ",
        "Gia Lâm: Nâng cao chất lượng kiểm tra, giám sát\n10:25 | 12/09/2023\n",
    ],
    ids=["timestamp-then-code", "code-in-brackets", "timestamp"],
)
def test_a_headline_a_posting_time_or_an_outlets_code_ends_before_the_lead(lines: str) -> None:
    result = run(
        f"{lines}Thực hiện Chương trình số 01-CTr/TU của Thành ủy về xây dựng Đảng, Ban Thường vụ Huyện ủy đã ban "
        "hành Kế hoạch số 12-KH/HU."
    )
    assert edges(result) == {("Kế hoạch số 12-KH/HU", "Chương trình số 01-CTr/TU")}


def test_a_table_of_issued_and_concretised_documents_pairs_its_columns() -> None:
    result = run(
        "BẢNG TỔNG HỢP VĂN BẢN CỤ THỂ HÓA NĂM 2022 CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n"
        "TT\tVăn bản ban hành\tNgày ban hành\tVăn bản được cụ thể hóa\n"
        "1\tKế hoạch số 76-KH/HU\t14/01/2022\tKết luận số 21-KL/TW của Ban Chấp hành Trung ương\n"
        "2\tKế hoạch số 79-KH/HU\t08/3/2022\tQuy định số 41-QĐ/TW của Bộ Chính trị\n"
    )
    assert edges(result) == {
        ("Kế hoạch số 76-KH/HU", "Kết luận số 21-KL/TW"),
        ("Kế hoạch số 79-KH/HU", "Quy định số 41-QĐ/TW"),
    }
    plan = doc_named(result, "Kế hoạch số 79-KH/HU")
    assert (plan.issuer, plan.date) == (("Ban Thường vụ Huyện ủy",), "2022-03-08")


def test_some_documents_of_a_body_introducing_a_list() -> None:
    result = run(
        "Kết quả thực hiện một số văn bản của Đảng ủy xã:\n"
        "- Nghị quyết số 12-NQ/ĐU về xây dựng xã nông thôn mới kiểu mẫu: đạt 8/10 chỉ tiêu;\n"
        "- Đề án số 02-ĐA/ĐU về chỉnh trang khu dân cư: hoàn thành 70%."
    )
    assert doc_named(result, "Nghị quyết số 12-NQ/ĐU").issuer == ("Đảng ủy xã",)


def test_a_frame_over_a_list_under_one_plural_head() -> None:
    result = run(
        "Để cụ thể hóa Chương trình hành động số 37-CTr/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành các Kế "
        "hoạch số 45, 46, 47-KH/HU ngày 18/4/2023."
    )
    assert len({a for a, b in edges(result) if b == "Chương trình hành động số 37-CTr/TU"}) == 3


def test_a_body_labelling_the_items_after_its_colon() -> None:
    result = run(
        "Tỉnh ủy: Chương trình hành động số 04-CTr/TU (thực hiện Nghị quyết Đại hội XIII); Nghị quyết số 07-NQ/TU "
        "(về công nghiệp). Ban Thường vụ Tỉnh ủy: Kế hoạch số 30-KH/TU (thực hiện Chỉ thị số 05-CT/TW)."
    )
    assert [doc_named(result, n).issuer for n in ("Nghị quyết số 07-NQ/TU", "Kế hoạch số 30-KH/TU")] == [
        ("Tỉnh ủy",),
        ("Ban Thường vụ Tỉnh ủy",),
    ]
    assert doc_named(result, "Chỉ thị số 05-CT/TW").issuer == ()


def test_a_plenum_named_with_its_term_is_not_the_same_symbol_of_a_later_term() -> None:
    result = run(
        "Đảng ủy Công an tỉnh đã lãnh đạo quán triệt Nghị quyết Trung ương 4 khóa XI (Nghị quyết số 12-NQ/TW) và "
        "Nghị quyết số 12-NQ/TW năm 2022 của Bộ Chính trị về xây dựng lực lượng Công an nhân dân."
    )
    assert sorted(d.issuer for d in result.documents) == [("Ban Chấp hành Trung ương",), ("Bộ Chính trị",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đảng ủy xã ban hành Kế hoạch số 07-KH/ĐU và Kế hoạch số 08-KH/ĐU, lần lượt triển khai thực hiện Kế hoạch "
            "số 15-KH/TU về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và Kế hoạch số 16-KH/TU về thực hiện "
            "Nghị quyết số 68-NQ/TW.",
            {
                ("Kế hoạch số 07-KH/ĐU", "Kế hoạch số 15-KH/TU"),
                ("Kế hoạch số 08-KH/ĐU", "Kế hoạch số 16-KH/TU"),
                ("Kế hoạch số 15-KH/TU", "Nghị quyết số 57-NQ/TW"),
                ("Kế hoạch số 16-KH/TU", "Nghị quyết số 68-NQ/TW"),
            },
        ),
        (
            "Đảng ủy thị trấn ban hành Kế hoạch số 12-KH/ĐU thực hiện Kế hoạch số 88-KH/HU của Ban Thường vụ Huyện ủy "
            "về thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị.",
            {
                ("Kế hoạch số 12-KH/ĐU", "Kế hoạch số 88-KH/HU"),
                ("Kế hoạch số 88-KH/HU", "Chỉ thị số 05-CT/TW"),
                ("Kế hoạch số 88-KH/HU", "Kết luận số 01-KL/TW"),
            },
        ),
    ],
    ids=["the-objects-list-goes-on", "the-titles-list-goes-on"],
)
def test_a_document_in_an_objects_title_then_the_next(text: str, expected: set[tuple[str, str]]) -> None:
    assert edges(run(text)) == expected


@pytest.mark.parametrize("when", ["trước đây", "sau đó", "vừa qua,"])
def test_a_time_before_the_frames_body_ends_the_objects_title(when: str) -> None:
    result = run(
        "Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ đến năm 2030, "
        f"tầm nhìn đến năm 2045, {when} Thành ủy Cần Thơ đã ban hành Chương trình hành động số 22-CTr/TU."
    )
    assert edges(result) == {("Chương trình hành động số 22-CTr/TU", "Nghị quyết số 45-NQ/TW")}


def test_a_shared_frame_led_by_cung_over_contrasted_clauses() -> None:
    result = run(
        "Chẳng hạn, cùng thực hiện Nghị quyết số 52-NQ/TW của Bộ Chính trị về cách mạng công nghiệp lần thứ tư, Tỉnh "
        "ủy Tiền Giang ban hành Chương trình hành động số 35-CTr/TU, còn Tỉnh ủy Đồng Tháp ban hành Kế hoạch số "
        "156-KH/TU."
    )
    assert edges(result) == {
        ("Chương trình hành động số 35-CTr/TU", "Nghị quyết số 52-NQ/TW"),
        ("Kế hoạch số 156-KH/TU", "Nghị quyết số 52-NQ/TW"),
    }


def test_a_document_with_its_body_then_a_verb_opens_the_main_clause() -> None:
    result = run(
        "Thực hiện Nghị quyết số 24-NQ/TW, Kế hoạch số 120-KH/TU của Tỉnh ủy Đồng Nai tập trung vào hạ tầng giao thông."
    )
    assert edges(result) == {("Kế hoạch số 120-KH/TU", "Nghị quyết số 24-NQ/TW")}


def test_a_frame_over_an_assembly_standing_committees_resolution_and_a_party_conclusion() -> None:
    result = run(
        "Thực hiện Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội và Kết luận số 48-KL/TW của Bộ Chính "
        "trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 102-KH/HU về sắp xếp đơn vị hành chính cấp xã."
    )
    assembly = doc_named(result, "Nghị quyết số 35/2023/UBTVQH15")
    assert (assembly.issuer, assembly.level) == (("Ủy ban Thường vụ Quốc hội",), "central")
    assert {b for a, b in edges(result)} == {"Nghị quyết số 35/2023/UBTVQH15", "Kết luận số 48-KL/TW"}


@pytest.mark.parametrize("aside", ["(thay thế Chỉ thị 35)", "(sửa đổi, bổ sung Chỉ thị 35)"])
def test_a_replacing_aside_in_a_frames_list(aside: str) -> None:
    result = run(
        f"Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Chỉ thị số 45-CT/TW của Bộ Chính trị {aside} và Kế hoạch số "
        "301-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 210-KH/HU."
    )
    assert {b for a, b in edges(result) if a == "Kế hoạch số 210-KH/HU"} == {
        "Chỉ thị số 35-CT/TW",
        "Chỉ thị số 45-CT/TW",
        "Kế hoạch số 301-KH/TU",
    }


@pytest.mark.parametrize(
    ("text", "document", "issuer"),
    [
        (
            "Tỉnh ủy Long An đã ban hành nhiều nghị quyết chuyên đề quan trọng như Nghị quyết số 05-NQ/TU về phát "
            "triển công nghiệp, Nghị quyết số 06-NQ/TU về phát triển đô thị.",
            "Nghị quyết số 05-NQ/TU",
            ("Tỉnh ủy",),
        ),
        (
            "Ban Thường vụ Tỉnh ủy trực tiếp ban hành Kế hoạch số 77-KH/TU về tuyên truyền.",
            "Kế hoạch số 77-KH/TU",
            ("Ban Thường vụ Tỉnh ủy",),
        ),
    ],
    ids=["examples-of-a-plural", "directly-issued"],
)
def test_examples_of_an_issued_plural_and_a_direct_issuing(
    text: str, document: str, issuer: tuple[str, ...]
) -> None:
    assert doc_named(run(text), document).issuer == issuer


def test_a_stations_party_committee_named_short_before_its_verb() -> None:
    result = run(
        "Đảng ủy Đài Phát thanh và Truyền hình tỉnh tổ chức hội nghị. Đảng ủy Đài đã ban hành Kế hoạch số 09-KH/ĐU về "
        "chuyển đổi số."
    )
    plan = doc_named(result, "Kế hoạch số 09-KH/ĐU")
    assert (plan.issuer, plan.level) == (("Đảng ủy Đài",), "grassroots")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 90-KH/HU thực hiện việc luân chuyển cán bộ giai đoạn "
            "2022-2025 theo Quy định số 65-QĐ/TW của Bộ Chính trị.",
            True,
        ),
        (
            "Chi bộ đã xây dựng Kế hoạch số 03-KH/CB thực hiện chuyên đề năm 2024 theo Chỉ thị số 05-CT/TW.",
            True,
        ),
        (
            "Huyện ủy ban hành Kế hoạch số 12-KH/HU thực hiện các phong trào thi đua theo tinh thần Nghị quyết số "
            "57-NQ/TW.",
            False,
        ),
        (
            "Ngành Giáo dục tỉnh tập trung thực hiện ba đột phá theo Nghị quyết số 71-NQ/TW. Tỉnh ủy ban hành Đề án "
            "số 03-ĐA/TU.",
            False,
        ),
    ],
    ids=["a-plan-carrying-out-theo", "a-theme-theo", "in-the-spirit-of", "a-body-doing-theo"],
)
def test_thuc_hien_something_theo_a_document(text: str, edge: bool) -> None:
    assert bool(edges(run(text))) is edge


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 25-HD/BTGHU hướng dẫn các tổ chức cơ sở đảng tổ chức sinh "
            "hoạt chính trị, tư tưởng về Quy định số 144-QĐ/TW.",
            True,
        ),
        (
            "Ban Thường vụ Đảng ủy Khối ban hành Hướng dẫn số 18-HD/ĐUK hướng dẫn các tổ chức cơ sở đảng sinh hoạt "
            "chuyên đề về Quy định số 144-QĐ/TW.",
            True,
        ),
        ("Chi bộ thôn 3 tổ chức sinh hoạt chuyên đề về Quy định số 144-QĐ/TW.", False),
    ],
    ids=["political-sessions", "thematic-sessions", "a-cells-session"],
)
def test_a_guideline_for_study_sessions_on_a_document(text: str, edge: bool) -> None:
    assert bool(edges(run(text))) is edge


def test_a_notices_conclusion_then_the_next_notice_of_the_same_body() -> None:
    result = run(
        "Ban Thường vụ Tỉnh ủy ban hành Thông báo số 45-TB/TU ngày 5/9/2025 kết luận về chủ trương đầu tư dự án đường "
        "tỉnh 830E; Thông báo số 46-TB/TU về việc điều chỉnh quy hoạch tỉnh."
    )
    assert doc_named(result, "Thông báo số 46-TB/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


def test_a_plenum_held_by_a_committee_named_with_its_term() -> None:
    result = run(
        "Ngày 19/12, Ban Chấp hành Đảng bộ tỉnh Tây Ninh khóa I, nhiệm kỳ 2025-2030 tổ chức Hội nghị lần thứ 3 để "
        "đánh giá tình hình.\n\nHội nghị đã thảo luận, thống nhất ban hành Nghị quyết số 05-NQ/TU về nhiệm vụ năm 2026."
    )
    assert doc_named(result, "Nghị quyết số 05-NQ/TU").issuer == ("Ban Chấp hành Đảng bộ tỉnh",)


@pytest.mark.parametrize("quoted", ["“75-KH/TU”", '"75-KH/TU"'])
def test_a_symbol_in_quotes_keeps_its_head_and_tail(quoted: str) -> None:
    result = run(
        f"Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số {quoted} ngày 22/5/2023 về thực hiện Nghị quyết số 36-NQ/TW."
    )
    plan = next(d for d in result.documents if d.symbol == "75-KH/TU")
    assert (plan.type, plan.date, plan.issuer) == ("plan", "2023-05-22", ("Ban Thường vụ Tỉnh ủy",))
    assert len(result.relations) == 1


@pytest.mark.parametrize(
    ("before", "issuer"),
    [
        ("Chiều 2/12, Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh tổ chức kỳ họp. ", ("Ủy ban Kiểm tra Tỉnh ủy",)),
        ("", ()),
    ],
    ids=["named-before", "named-nowhere"],
)
def test_a_bare_inspection_commission_is_the_one_named_before(before: str, issuer: tuple[str, ...]) -> None:
    result = run(f"{before}Đồng thời, Ủy ban Kiểm tra ban hành Thông báo số 150-TB/UBKTTU về kết quả kỳ họp.")
    notice = doc_named(result, "Thông báo số 150-TB/UBKTTU")
    assert (notice.issuer, notice.level) == (issuer, "provincial")


def test_a_congress_past_the_national_ones_is_the_articles_units() -> None:
    result = run(
        "Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ XVII diễn ra gắn với triển khai Nghị quyết số "
        "45-NQ/TW; văn kiện đại hội được xây dựng trên cơ sở tổng kết 5 năm thực hiện Nghị quyết Đại hội XVI."
    )
    congress = doc_named(result, "Nghị quyết Đại hội XVI")
    assert (congress.issuer, congress.level) == (("Đại hội Đảng bộ thành phố",), "provincial")


def test_a_headline_congress_over_its_posting_time_has_no_ordinal() -> None:
    result = run(
        "Đảng ủy xã ban hành Kế hoạch thực hiện Nghị quyết Đại hội\n15/07/2025 - 08:30\nNgày 10/7/2025, Ban Thường vụ "
        "Đảng ủy xã ban hành Kế hoạch số 05-KH/ĐU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I."
    )
    assert [d.mentions[0].surface for d in result.documents if d.type == "resolution"] == [
        "Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I"
    ]


def test_a_bare_head_issued_when_skips_what_another_of_its_type_carries_out() -> None:
    result = run(
        "Huyện ủy sơ kết 3 năm thực hiện Nghị quyết số 10-NQ/HU ngày 15/7/2021 của Ban Chấp hành Đảng bộ huyện. "
        "Nghị quyết số 10-NQ/HU được ban hành nhằm cụ thể hóa Nghị quyết số 10-NQ/TU ngày 12/4/2021 của Ban Chấp hành "
        "Đảng bộ tỉnh. Sau khi Nghị quyết được ban hành, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 27-KH/HU để "
        "triển khai thực hiện."
    )
    assert ("Kế hoạch số 27-KH/HU", "Nghị quyết số 10-NQ/HU") in edges(result)
    assert ("Kế hoạch số 27-KH/HU", "Nghị quyết số 10-NQ/TU") not in edges(result)


@pytest.mark.parametrize(
    ("first", "shared"),
    [("Nghị quyết số 21-NQ/TW về công tác dân số", True), ("Kế hoạch số 21-KH/TU về công tác dân số", False)],
    ids=["one-type-and-organ", "another-type"],
)
def test_a_body_after_the_last_title_of_a_list(first: str, shared: bool) -> None:
    result = run(
        f"Tỉnh ủy quán triệt {first} và Nghị quyết số 20-NQ/TW về bảo vệ sức khỏe nhân dân của Ban Chấp hành Trung "
        "ương."
    )
    item = result.documents[0]
    assert (item.issuer == ("Ban Chấp hành Trung ương",)) is shared


def test_a_plenum_adopting_after_a_plenum_documents_name() -> None:
    result = run(
        "Ngày 25/10, Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XIX tổ chức Hội nghị lần thứ 22 để quán triệt Nghị quyết "
        "Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII.\n\nHội nghị đã thảo luận, thông qua Chương "
        "trình hành động số 65-CTr/TU thực hiện Kết luận số 96-KL/TW."
    )
    assert doc_named(result, "Chương trình hành động số 65-CTr/TU").issuer == ("Ban Chấp hành Đảng bộ tỉnh",)


def test_a_plenum_adopting_a_list_after_its_colon() -> None:
    result = run(
        "Ngày 22/10/2025, Tỉnh ủy Ninh Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ hai. Hội nghị đã thảo "
        "luận, thống nhất ban hành:\n1. Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội.\n2. Quy chế "
        "làm việc số 01-QC/TU của Ban Chấp hành Đảng bộ tỉnh khóa XXII."
    )
    assert doc_named(result, "Chương trình hành động số 01-CTr/TU").issuer == ("Ban Chấp hành Đảng bộ tỉnh",)


def test_a_headers_type_line_naming_its_plenum_is_the_headers_document() -> None:
    result = run(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 21-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 tháng 10 năm 2021\n"
        "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII\nvề đẩy mạnh xây dựng, chỉnh đốn Đảng\n"
        "Trên cơ sở tổng kết 10 năm thực hiện Nghị quyết Trung ương 4 khóa XI, Ban Chấp hành Trung ương kết luận:"
    )
    conclusions = [d for d in result.documents if d.type == "conclusion"]
    assert [(d.symbol, d.date) for d in conclusions] == [("21-KL/TW", "2021-10-25")]


@pytest.mark.parametrize(
    ("after", "plans_dated"),
    [(", cùng ngày 12/3/2018.", True), (", cùng ngày 25/10/2017 của Ban Chấp hành Trung ương.", False)],
    ids=["the-plans-day", "the-resolutions-day"],
)
def test_a_same_day_after_issued_plans_and_their_objects(after: str, plans_dated: bool) -> None:
    result = run(
        "Tỉnh ủy ban hành Kế hoạch số 20-KH/TU thực hiện Nghị quyết số 20-NQ/TW và Kế hoạch số 21-KH/TU thực hiện "
        f"Nghị quyết số 21-NQ/TW{after}"
    )
    plans = [d.date is not None for d in result.documents if d.type == "plan"]
    assert plans == [plans_dated, plans_dated]


@pytest.mark.parametrize("opening", ["Chiều 27/10, ", "Cũng tại phiên họp, ", ""])
def test_agreeing_to_issue_after_a_semicolon_is_the_sentences_subjects(opening: str) -> None:
    result = run(
        f"{opening}Ban Thường vụ Tỉnh ủy đã cho ý kiến vào Đề án sáp nhập Trường Chính trị tỉnh; thống nhất ban hành "
        "Kết luận số 36-KL/TU về việc triển khai thực hiện Kết luận số 195-KL/TW."
    )
    assert doc_named(result, "Kết luận số 36-KL/TU").issuer == ("Ban Thường vụ Tỉnh ủy",)


@pytest.mark.parametrize("between", ["ban hành ngày 1/8/2025", "đã ban hành, ngày 1/8/2025,"])
def test_a_day_between_the_verb_and_what_it_issued(between: str) -> None:
    result = run(f"Ban Chấp hành Đảng bộ tỉnh {between} Nghị quyết số 04-NQ/TU về phát triển du lịch.")
    resolution = doc_named(result, "Nghị quyết số 04-NQ/TU")
    assert (resolution.issuer, resolution.date) == (("Ban Chấp hành Đảng bộ tỉnh",), "2025-08-01")
