"""loaders.read: every input becomes Articles or a one-line Skipped; a bad one never stops the others."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.model import Article
from loaders.read import (
    DEFAULT_MAX_BYTES,
    FileMetadata,
    InputFile,
    Skipped,
    file_digest,
    iter_input_files,
    read_file,
    read_inputs,
)

SENTENCE = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 123-KH/TU về thực hiện Nghị quyết số 02-NQ/TU."
LONG_TEXT = (
    "Đảng bộ tỉnh triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo "
    "tư tưởng, đạo đức, phong cách Hồ Chí Minh. Các cấp ủy đã quán triệt sâu rộng đến cán bộ, đảng viên.\n"
)
VENV_BIN = Path(sys.executable).parent
_CP1258_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def cp1258_form(text: str) -> str:
    """Text as Windows-1258 spells it: letters precomposed where the code page has them, tone marks apart."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            char.encode("cp1258")
            out.append(char)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _CP1258_TONES))
            out.append(base + "".join(c for c in parts if c in _CP1258_TONES))
    return "".join(out)


def read_one(path: Path, **options: object) -> Article | Skipped:
    items = list(read_inputs([path], **options))  # type: ignore[arg-type]
    assert len(items) == 1, items
    return items[0]


def tally(items: list[Article | Skipped]) -> tuple[int, int]:
    return sum(isinstance(i, Article) for i in items), sum(isinstance(i, Skipped) for i in items)


TRUNCATED = (LONG_TEXT + "Nghị quyế").encode()[:-1]  # "ế" is 3 bytes: cut after its first 2

TEXT_FILES = [
    pytest.param("a.txt", SENTENCE.encode(), SENTENCE, "utf-8", id="utf-8"),
    pytest.param("a.txt", codecs.BOM_UTF8 + SENTENCE.encode(), SENTENCE, "utf-8-sig", id="utf-8-bom"),
    pytest.param("a.txt", SENTENCE.encode("utf-16"), SENTENCE, "utf-16", id="utf-16-bom"),
    pytest.param(
        "a.txt", codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16", id="utf-16-be"
    ),
    pytest.param(
        "a.txt", cp1258_form(SENTENCE).encode("cp1258"), cp1258_form(SENTENCE), "cp1258", id="cp1258"
    ),
    pytest.param(
        "a.txt",
        cp1258_form("Nghị quyết").encode("cp1258"),
        cp1258_form("Nghị quyết"),
        "cp1258",
        id="cp1258-short",
    ),
    pytest.param(
        "a.txt",
        unicodedata.normalize("NFD", SENTENCE).encode(),
        unicodedata.normalize("NFD", SENTENCE),
        "utf-8",
        id="nfd-kept",
    ),
    pytest.param("a.txt", "Ðảng bộ tỉnh".encode(), "Ðảng bộ tỉnh", "utf-8", id="eth-lookalike-kept"),
    pytest.param(
        "a.txt",
        TRUNCATED,
        TRUNCATED.decode(errors="replace"),
        "utf-8 (1 invalid byte sequence(s) replaced by U+FFFD)",
        id="truncated-utf-8",
    ),
    pytest.param("notes", SENTENCE.encode(), SENTENCE, "utf-8", id="no-suffix-text"),
    pytest.param("a.md", SENTENCE.encode("utf-16"), SENTENCE, "utf-16", id="unknown-suffix-utf-16"),
]


@pytest.mark.parametrize(("name", "raw", "text", "encoding"), TEXT_FILES)
def test_text_files_are_decoded_and_the_encoding_recorded(
    tmp_path: Path, name: str, raw: bytes, text: str, encoding: str
) -> None:
    (tmp_path / name).write_bytes(raw)
    article = read_one(tmp_path / name)
    assert isinstance(article, Article)
    assert (article.text, article.encoding) == (text, encoding)
    assert (article.id, article.source) == (name, str(tmp_path / name))


def test_cp1258_text_is_the_decoded_text_not_normalised(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes(cp1258_form(LONG_TEXT).encode("cp1258"))
    article = read_one(tmp_path / "legacy.txt")
    assert isinstance(article, Article)
    assert article.text != LONG_TEXT  # tone marks stay combining, as the file has them
    assert unicodedata.normalize("NFC", article.text) == LONG_TEXT


def test_truncated_utf8_keeps_every_good_character_and_marks_the_cut(tmp_path: Path) -> None:
    (tmp_path / "cut.txt").write_bytes(TRUNCATED)
    article = read_one(tmp_path / "cut.txt")
    assert isinstance(article, Article)
    assert article.text == LONG_TEXT + "Nghị quy\ufffd"


SKIPPED_FILES = [
    pytest.param(
        "photo.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "binary file (NUL bytes)",
        id="binary-png",
    ),
    pytest.param("a.txt", b"abc\x00def" * 50, "binary file (NUL bytes)", id="binary-named-txt"),
    pytest.param("a.bin", bytes(range(1, 32)) * 20, "binary file", id="binary-control-characters"),
    pytest.param("a.txt", b"", "empty file", id="empty"),
    pytest.param("a.txt", b" \n\t\r\n  ", "empty file (only whitespace)", id="whitespace-only"),
    pytest.param("a.txt", codecs.BOM_UTF8, "empty file (only whitespace)", id="bom-only"),
    pytest.param(
        "a.html",
        b"<html><body><script>var x = 1;</script></body></html>",
        "no text in the HTML page",
        id="html-without-text",
    ),
    pytest.param(
        "a.json",
        b'{"id": 1, "text": ',
        "not valid JSON: Expecting value at line 1 column 19",
        id="json-truncated",
    ),
    pytest.param("a.json", b'"just a string"', "not a JSON object or a list of objects", id="json-scalar"),
    pytest.param("a.json", b"[]", "no records (empty list)", id="json-empty-list"),
    pytest.param("a.json", b'{"id": "x", "text": "  "}', "record has no text", id="json-blank-text"),
    pytest.param("a.jsonl", b"\n\n  \n", "no records (only blank lines)", id="jsonl-blank-lines"),
    pytest.param("a.jsonl", b'{"id": "x"}\x00\x00', "binary file (NUL bytes)", id="jsonl-binary"),
]


@pytest.mark.parametrize(("name", "raw", "reason"), SKIPPED_FILES)
def test_unreadable_files_are_skipped_with_a_reason(
    tmp_path: Path, name: str, raw: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(raw)
    skipped = read_one(tmp_path / name)
    assert isinstance(skipped, Skipped)
    assert skipped.where == str(tmp_path / name)
    assert skipped.reason.startswith(reason), skipped.reason


def test_a_file_over_the_limit_is_skipped_by_its_size_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as sparse:  # 25 MB of holes: no disk used, and NUL bytes if it were read
        sparse.truncate(25_000_000)
    small = tmp_path / "small.txt"
    small.write_text(SENTENCE * 20, encoding="utf-8")
    assert read_one(big) == Skipped(str(big), "larger than the 20 MB limit (25 MB)")
    size_kb = len((SENTENCE * 20).encode()) / 1000
    assert read_one(small, max_bytes=1000) == Skipped(
        str(small), f"larger than the 1 kB limit ({size_kb:.3g} kB)"
    )
    assert isinstance(read_one(small, max_bytes=DEFAULT_MAX_BYTES), Article)


def test_missing_paths_and_a_sidecar_given_as_a_file_are_reported(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text("{}", encoding="utf-8")
    items = list(read_inputs([tmp_path / "gone.txt", tmp_path / "gone-dir", tmp_path / "metadata.json"]))
    assert [str(i) for i in items] == [
        f"{tmp_path / 'gone.txt'}: no such file or directory",
        f"{tmp_path / 'gone-dir'}: no such file or directory",
        f"{tmp_path / 'metadata.json'}: sidecar metadata, not an article",
    ]


NEWS_PAGE = """<!doctype html><html><head><meta charset="{charset}">
<title>Nghị quyết số 02 đi vào cuộc sống - Báo Tỉnh Nhà</title>
<meta property="og:site_name" content="Báo Tỉnh Nhà">
<meta property="article:published_time" content="2020-02-07T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a></nav>
<article><h1>Nghị quyết số 02 đi vào cuộc sống</h1>
<p>Thực hiện Nghị quyết số 02-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, các cấp ủy đã xây dựng kế hoạch.</p>
<p>{sentence}</p>
<p>Nhờ đó, nhiều mô hình hay, cách làm sáng tạo trong năm 2020 đã được nhân rộng ra toàn tỉnh.</p></article>
<footer>Bản quyền thuộc về Báo Tỉnh Nhà</footer></body></html>"""


def test_html_main_text_and_page_metadata_are_extracted(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        NEWS_PAGE.format(charset="utf-8", sentence=SENTENCE), encoding="utf-8"
    )
    article = read_one(tmp_path / "page.html")
    assert isinstance(article, Article)
    assert SENTENCE in article.text and "Thực hiện Nghị quyết số 02-NQ/TU" in article.text
    assert "Trang chủ" not in article.text and "Bản quyền" not in article.text
    assert (article.title, article.published, article.outlet) == (
        "Nghị quyết số 02 đi vào cuộc sống",
        "2020-02-07",
        "Báo Tỉnh Nhà",
    )


def test_html_in_windows_1258_is_decoded_by_its_declared_charset(tmp_path: Path) -> None:
    page = cp1258_form(NEWS_PAGE.format(charset="windows-1258", sentence=SENTENCE))
    (tmp_path / "old.htm").write_bytes(page.encode("cp1258"))
    article = read_one(tmp_path / "old.htm")
    assert isinstance(article, Article)
    assert article.encoding == "cp1258"
    assert SENTENCE in unicodedata.normalize("NFC", article.text)


MALFORMED_HTML = [
    pytest.param(
        f"<html><body><p>{SENTENCE}<div><b>của Tỉnh ủy<p>ban hành<table><tr><td>năm 2020</html", id="unclosed"
    ),
    pytest.param(f"<p>{SENTENCE}</span></div></p></body>", id="fragment-stray-closers"),
    pytest.param(f"<html><body><p>{SENTENCE}</p><!-- unterminated comment", id="open-comment"),
    pytest.param(
        f'<?xml version="1.0" encoding="utf-8"?><html><body><p>{SENTENCE}</p></body></html>',
        id="xml-declaration",
    ),
    pytest.param(f"<html><<body>><p>{SENTENCE}</p><p <p></html>", id="broken-tags"),
]


@pytest.mark.parametrize("html", MALFORMED_HTML)
def test_malformed_html_still_yields_its_text(tmp_path: Path, html: str) -> None:
    (tmp_path / "bad.html").write_text(html, encoding="utf-8")
    article = read_one(tmp_path / "bad.html")
    assert isinstance(article, Article)
    assert SENTENCE in article.text


def test_a_file_without_suffix_that_looks_like_html_is_read_as_html(tmp_path: Path) -> None:
    (tmp_path / "saved-page").write_text(
        NEWS_PAGE.format(charset="utf-8", sentence=SENTENCE), encoding="utf-8"
    )
    article = read_one(tmp_path / "saved-page")
    assert isinstance(article, Article)
    assert "<p>" not in article.text and article.title == "Nghị quyết số 02 đi vào cuộc sống"


def jsonl(*lines: object) -> bytes:
    return b"".join(
        (ln if isinstance(ln, bytes) else json.dumps(ln, ensure_ascii=False).encode()) + b"\n" for ln in lines
    )


def test_jsonl_bad_lines_are_reported_with_their_number_and_the_good_ones_read(tmp_path: Path) -> None:
    source = {
        "province": "Bến Tre",
        "outlet": "Báo Đồng Khởi",
        "published": "2020-02-07T08:00",
        "url": "https://x.vn/a",
    }
    (tmp_path / "batch.jsonl").write_bytes(
        jsonl(
            {"id": "p1", "text": SENTENCE, "source": source},
            b'{"id": "p2", "text": "Nghi quyet',
            b"",
            {"text": LONG_TEXT, "source": "https://x.vn/b"},
            {"id": "p5", "text": ""},
            [1, 2],
            b'{"id": "p7", "text": "\x00\x00\x00\x00"}',
            json.dumps({"id": "p8", "text": cp1258_form(SENTENCE)}, ensure_ascii=False).encode("cp1258"),
        )
    )
    where = str(tmp_path / "batch.jsonl")
    items = list(read_inputs([tmp_path / "batch.jsonl"]))
    assert tally(items) == (3, 4)
    p1, bad, p4, no_text, not_object, binary, p8 = items
    assert isinstance(p1, Article) and isinstance(p4, Article) and isinstance(p8, Article)
    assert (p1.id, p1.text, p1.source, p1.province, p1.outlet, p1.published) == (
        "p1",
        SENTENCE,
        "https://x.vn/a",
        "Bến Tre",
        "Báo Đồng Khởi",
        "2020-02-07",
    )
    assert (p4.id, p4.text, p4.source) == ("batch.jsonl:4", LONG_TEXT, "https://x.vn/b")
    assert bad == Skipped(f"{where}:2", "not valid JSON: Unterminated string starting at column 22")
    assert no_text == Skipped(f"{where}:5", "record has no text")
    assert not_object == Skipped(f"{where}:6", "record is not a JSON object")
    assert binary == Skipped(f"{where}:7", "binary file (NUL bytes)")
    assert (p8.text, p8.encoding) == (cp1258_form(SENTENCE), "cp1258")  # JSON lines should be UTF-8; we cope


def test_jsonl_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    (tmp_path / "big.jsonl").write_bytes(
        jsonl({"id": "a", "text": "ngắn"}, {"id": "b", "text": "dài " * 500}, {"id": "c", "text": "ngắn"})
    )
    items = list(read_inputs([tmp_path / "big.jsonl"], max_bytes=200))
    assert [getattr(i, "id", None) or str(i) for i in items] == [
        "a",
        f"{tmp_path / 'big.jsonl'}:2: line larger than the 200 bytes limit",
        "c",
    ]


def test_json_file_holds_one_record_or_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": SENTENCE, "title": "Tin"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(
        json.dumps([{"id": "m1", "text": SENTENCE}, {"text": 3}]), encoding="utf-8"
    )
    items = list(read_inputs([tmp_path / "one.json", tmp_path / "many.json"]))
    assert [(i.id, i.title) if isinstance(i, Article) else str(i) for i in items] == [
        ("one.json", "Tin"),
        ("m1", None),
        f"{tmp_path / 'many.json'}[1]: record has no text",
    ]


def test_lone_surrogate_escapes_become_replacement_characters_in_place(tmp_path: Path) -> None:
    # valid JSON, invalid Unicode: no output (UTF-8 files, RDF, JSON) could write such a string
    text = "\\ud800" + json.dumps(SENTENCE)[1:-1] + "\\udfff"  # all escaped, as ensure_ascii writers do
    (tmp_path / "s.jsonl").write_text(f'{{"id": "x\\udc00", "text": "{text}"}}\n', encoding="ascii")
    (tmp_path / "s.json").write_text(f'[{{"text": "{text}", "title": "\\ud83d tin"}}]', encoding="ascii")
    line, listed = read_inputs([tmp_path / "s.jsonl", tmp_path / "s.json"])
    assert isinstance(line, Article) and isinstance(listed, Article)
    assert line.text == listed.text == "\ufffd" + SENTENCE + "\ufffd"  # same length: offsets unchanged
    assert (line.id, listed.title) == ("x\ufffd", "\ufffd tin")
    assert line.text.encode("utf-8")


def make_corpus(root: Path) -> None:
    (root / "sub").mkdir()
    (root / ".git").mkdir()
    (root / "b.txt").write_text(SENTENCE, encoding="utf-8")
    (root / "a.txt").write_text(LONG_TEXT, encoding="utf-8")
    (root / "sub" / "c.txt").write_text(SENTENCE, encoding="utf-16")
    (root / "sub" / "empty.txt").write_bytes(b"")
    (root / ".git" / "config").write_text("[core]", encoding="utf-8")
    (root / ".hidden.txt").write_text(SENTENCE, encoding="utf-8")
    (root / "metadata.json").write_text(
        json.dumps(
            {
                "_about": "comments start with an underscore",
                "a.txt": {
                    "outlet": "Báo Đồng Khởi",
                    "province": "Bến Tre",
                    "published": "2020-02-07",
                    "title": "Tiêu đề",
                    "dateline": "BDK",
                },
                "b.txt": {"outlet": None, "province": None, "published": "7/2/2020"},
                "gone.txt": {"outlet": "Báo Khác"},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (root / "sub" / "metadata.json").write_text(
        '{"c.txt": {"province": "Vĩnh Long"}, "x": 1}', encoding="utf-8"
    )


def test_a_directory_is_read_recursively_in_name_order_with_its_sidecars(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    items = list(read_inputs([tmp_path]))
    assert [i.id if isinstance(i, Article) else str(i) for i in items] == [
        "a.txt",
        "b.txt",
        f"{tmp_path / 'sub' / 'metadata.json'}: x: sidecar entry ignored: not a JSON object",
        "sub/c.txt",
        f"{tmp_path / 'sub' / 'empty.txt'}: empty file",
    ]
    a, b, _, c, _ = items
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert (a.outlet, a.province, a.published, a.title, a.text) == (
        "Báo Đồng Khởi",
        "Bến Tre",
        "2020-02-07",
        "Tiêu đề",
        LONG_TEXT,
    )
    assert (b.outlet, b.published) == (None, None)  # null and non-ISO values are not metadata
    assert (c.province, c.text, c.source) == ("Vĩnh Long", SENTENCE, str(tmp_path / "sub" / "c.txt"))


def test_ids_are_relative_to_the_argument_and_the_same_from_anywhere(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    from_root = [i.id for i in read_inputs([tmp_path]) if isinstance(i, Article)]
    from_sub = [i.id for i in read_inputs([tmp_path / "sub", tmp_path / "a.txt"]) if isinstance(i, Article)]
    assert from_root == ["a.txt", "b.txt", "sub/c.txt"]
    assert from_sub == ["c.txt", "a.txt"]


def test_a_broken_sidecar_is_reported_and_its_files_still_read(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text("{'a.txt': ", encoding="utf-8")
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert str(items[0]).startswith(f"{tmp_path / 'metadata.json'}: sidecar metadata ignored: not valid JSON")
    assert isinstance(items[1], Article) and items[1].outlet is None and len(items) == 2


def test_the_sidecar_wins_over_the_page_and_the_record_over_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        NEWS_PAGE.format(charset="utf-8", sentence=SENTENCE), encoding="utf-8"
    )
    (tmp_path / "r.jsonl").write_bytes(
        jsonl({"text": SENTENCE, "source": {"province": "Hà Nội"}}, {"text": "x"})
    )
    (tmp_path / "metadata.json").write_text(
        json.dumps(
            {"page.html": {"outlet": "Báo Thật"}, "r.jsonl": {"province": "Huế", "outlet": "Báo Huế"}}
        ),
        encoding="utf-8",
    )
    page, first, second = read_inputs([tmp_path])
    assert isinstance(page, Article) and page.outlet == "Báo Thật" and page.published == "2020-02-07"
    assert isinstance(first, Article) and (first.province, first.outlet) == ("Hà Nội", "Báo Huế")
    assert isinstance(second, Article) and (second.province, second.outlet) == ("Huế", "Báo Huế")


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_the_seed_corpus_is_read_with_its_sidecar_also_file_by_file() -> None:
    whole = list(read_inputs([SEEDS]))
    assert all(isinstance(i, Article) and i.encoding == "utf-8" for i in whole) and len(whole) == 5
    by_id = {a.id: a for a in whole if isinstance(a, Article)}
    seed = by_id["003_80bacc515ea115a5.txt"]
    assert (seed.outlet, seed.province, seed.published) == ("Báo Đồng Khởi", "Bến Tre", "2020-02-07")
    assert seed.text == (SEEDS / seed.id).read_text(encoding="utf-8")
    alone = list(read_inputs([SEEDS / seed.id]))
    assert alone == [seed]  # a file named directly gets the same id and its directory's sidecar


def test_a_file_met_twice_is_read_once(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    items = list(read_inputs([tmp_path / "a.txt", tmp_path, tmp_path / "sub" / "c.txt"]))
    assert [i.id for i in items if isinstance(i, Article)] == ["a.txt", "b.txt", "sub/c.txt"]


STDIN_INPUTS = [
    pytest.param(SENTENCE.encode(), [("stdin", SENTENCE)], id="text"),
    pytest.param(SENTENCE.encode("utf-16"), [("stdin", SENTENCE)], id="utf-16-text"),
    pytest.param(
        jsonl({"id": "s1", "text": SENTENCE}, b"{oops", {"text": "Chỉ thị"}),
        [("s1", SENTENCE), "<stdin>:2", ("stdin:3", "Chỉ thị")],
        id="jsonl",
    ),
    pytest.param(
        jsonl(b"{oops", {"id": "s2", "text": SENTENCE}),
        ["<stdin>:1", ("s2", SENTENCE)],
        id="jsonl-bad-first-line",
    ),
    pytest.param(
        json.dumps([{"id": "j1", "text": SENTENCE}], indent=2).encode(), [("j1", SENTENCE)], id="json-list"
    ),
    pytest.param(
        f"[Ảnh] {SENTENCE}".encode(), [("stdin", f"[Ảnh] {SENTENCE}")], id="text-starting-with-bracket"
    ),
    pytest.param(f"<html><body><p>{SENTENCE}</p></body></html>".encode(), [("stdin", SENTENCE)], id="html"),
    pytest.param(b"", ["<stdin>"], id="empty"),
]


@pytest.mark.parametrize(("raw", "expected"), STDIN_INPUTS)
def test_stdin_is_sniffed_as_text_html_json_or_jsonl(raw: bytes, expected: list[object]) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(raw)))
    assert [(i.id, i.text) if isinstance(i, Article) else i.where for i in items] == expected


def test_stdin_over_the_limit_is_skipped() -> None:
    items = list(read_inputs([Path("-")], max_bytes=100, stdin=io.BytesIO(SENTENCE.encode() * 3)))
    assert items == [Skipped("<stdin>", "larger than the 100 bytes limit")]


def test_the_cli_reads_stdin_and_a_directory_and_tallies_skips(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    run = subprocess.run(
        [str(VENV_BIN / "vankien"), "extract", "-", str(tmp_path)],
        input=jsonl({"id": "s1", "text": SENTENCE}, b"not json"),
        capture_output=True,
        check=False,
        timeout=120,
    )
    ids = [json.loads(line)["id"] for line in run.stdout.decode().splitlines()]
    assert ids == ["s1", "a.txt", "b.txt", "sub/c.txt"]
    assert "<stdin>:2: not valid JSON" in run.stderr.decode()
    assert "3 record(s) skipped" in run.stderr.decode()


def test_files_can_be_listed_then_read_independently(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    listed = list(iter_input_files([tmp_path]))
    files = [f for f in listed if isinstance(f, InputFile)]
    assert [f.path.relative_to(tmp_path).as_posix() for f in files] == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
        "sub/empty.txt",
    ]
    assert files[0].metadata == FileMetadata("Báo Đồng Khởi", "Bến Tre", "2020-02-07", "Tiêu đề", "BDK")
    in_reverse = [item for f in reversed(files) for item in read_file(f.path, f.root, f.metadata)]
    assert list(reversed(in_reverse)) == [
        i for i in read_inputs([tmp_path]) if not str(i).startswith(str(tmp_path / "sub" / "metadata.json"))
    ]


def test_file_digest_follows_the_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SENTENCE.encode())
    (tmp_path / "b.txt").write_bytes(SENTENCE.encode())
    first = file_digest(tmp_path / "a.txt")
    assert first == file_digest(tmp_path / "b.txt") and len(first) == 64
    (tmp_path / "b.txt").write_bytes(unicodedata.normalize("NFD", SENTENCE).encode())
    assert file_digest(tmp_path / "b.txt") != first


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a.txt").chmod(0)
    items = list(read_inputs([tmp_path]))
    assert items[0] == Skipped(str(tmp_path / "a.txt"), "permission denied") and isinstance(items[1], Article)


def test_a_fifo_in_a_directory_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    article, pipe = read_inputs([tmp_path])
    assert isinstance(article, Article) and article.text == SENTENCE
    assert pipe == Skipped(str(tmp_path / "pipe"), "not a regular file")


SUFFIXES = st.sampled_from([".txt", ".html", ".htm", ".json", ".jsonl", ".bin", ""])
MARKUP = [
    b"\n",
    b"{",
    b"}",
    b'"text": ',
    b"<p>",
    b"</html>",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xe1\xba",
]
TEXTS = [SENTENCE.encode(), cp1258_form(SENTENCE).encode("cp1258"), json.dumps({"text": SENTENCE}).encode()]
CHUNKS = st.sampled_from([*MARKUP, *TEXTS])
ANY_BYTES = st.one_of(
    st.binary(max_size=600), st.lists(st.one_of(CHUNKS, st.binary(max_size=20)), max_size=12).map(b"".join)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=ANY_BYTES, suffix=SUFFIXES)
def test_arbitrary_bytes_never_raise(tmp_path: Path, raw: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(raw)
    for item in read_inputs([path], max_bytes=500):
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Article):
            assert item.text.strip() and item.encoding
        else:
            assert item.reason and "\n" not in item.reason and "unexpected error" not in item.reason


def test_a_file_met_twice_through_symlinks_is_read_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text("Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.", encoding="utf-8")
    (corpus / "b-link.txt").symlink_to(corpus / "sub" / "a.txt")  # a symlink met first, to a file met later
    (corpus / "c-dir-link").symlink_to(corpus / "sub", target_is_directory=True)  # not followed
    linked_root = tmp_path / "root-link"
    linked_root.symlink_to(corpus, target_is_directory=True)  # the corpus given through a symlink, and again
    items = list(read_inputs([linked_root, corpus / "sub" / "a.txt"]))
    assert [i.id for i in items if isinstance(i, Article)] == ["b-link.txt"]
    (skipped,) = [i for i in items if isinstance(i, Skipped)]
    assert skipped.where.endswith("c-dir-link") and "not followed" in skipped.reason


def test_files_in_a_symlinked_folder_given_as_the_argument_keep_their_sidecar(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.", encoding="utf-8")
    (corpus / "metadata.json").write_text(json.dumps({"a.txt": {"province": "Bến Tre"}}), encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(corpus, target_is_directory=True)
    (article,) = [i for i in read_inputs([link]) if isinstance(i, Article)]
    assert article.province == "Bến Tre"
