"""Properties of normalisation and extraction that hold for any text (hypothesis)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.extract import extract
from loaders.model import Article
from loaders.normalize import drop_invisible, fix_tone_placement, fold_fast, map_special_characters, normalise

# Text made of the pieces real articles are made of, so that the grammar actually fires, plus arbitrary noise.
PIECES = [
    "Nghị quyết số ",
    "Kế hoạch số ",
    "NQ số ",
    "Kết luận ",
    "Chỉ thị số ",
    "Chương trình hành động số ",
    "12",
    "123",
    "-KH/TU",
    "-NQ/TƯ",
    " – NQ/TW",
    "/CT-TW",
    " của ",
    "Ban Thường vụ Tỉnh uỷ",
    "Bộ Chính trị",
    " thực hiện ",
    " triển khai ",
    "Thực hiện ",
    ", ",
    "; ",
    ". ",
    "\n",
    " ngày 10/1/2022",
    " (ngày 3-11-2021)",
    " về ",
    "Đại hội ",
    "Nghị quyết Trung ương 4 (khoá XII)",
    " ban hành ",
    "Ð",
    "oà",
    "uỷ",
    "\u00a0",
    "18, 19",
    "\u200b",  # a zero-width space, a soft hyphen and "Ƣ" (for "Ư") from scraped pages and PDF copies
    "\u00ad",
    "-NQ/TƢ",
    " thực hi-\nện ",  # a word split at a line's end (PDF text)
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=20).map(lambda xs: unicodedata.normalize("NFD", "".join(xs))),
)


@given(texts)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_span_is_a_slice_of_the_original_text(text: str) -> None:
    result = extract(Article(id="p", text=text))
    for doc in result.documents:
        for mention in doc.mentions:
            assert text[mention.span.start : mention.span.end] == mention.surface
            assert mention.surface.strip()
        for fact in doc.facts:
            assert 0 <= fact.span.start <= fact.span.end <= len(text)
    ids = {d.local_id for d in result.documents}
    for relation in result.relations:
        assert {relation.subject, relation.object} <= ids
        span = relation.evidence.span
        assert text[span.start : span.end] == relation.evidence.sentence


@given(texts)
@settings(max_examples=300, deadline=None)
def test_normalisation_is_idempotent_and_aligned(text: str) -> None:
    once = normalise(text)
    assert normalise(once.norm).norm == once.norm
    assert len(once.fold) == len(once.norm)
    start, end = once.to_original(0, len(once.norm))
    # the whole text, but for invisible characters at either end (norm drops them)
    assert not drop_invisible(text[:start] + text[end:]) or not once.norm


@given(texts)
@settings(max_examples=100, deadline=None)
def test_extraction_is_deterministic(text: str) -> None:
    article = Article(id="p", text=text)
    assert extract(article) == extract(article)


# Old-style tone pairs before every kind of neighbour (letters of any script, digits, marks, the end).
_TONE_TEXTS = st.lists(
    st.sampled_from(
        [
            "oà",
            "Oà",
            "uỷ",
            "UỶ",
            "oé",
            "qu",
            "quý",
            "hoà",
            "khoá",
            "Ð",
            "\u2013",
            "\u00a0",
            "\u200b",
            "\u00ad",
            "Ƣ",
        ]
    )
    | st.characters(),
    max_size=30,
).map("".join)


@given(st.one_of(texts, _TONE_TEXTS))
@settings(max_examples=400, deadline=None)
def test_vectorised_normalisation_equals_the_plain_rewrites(text: str) -> None:
    """normalise() finds the characters to rewrite with lookup tables; the result must be exactly what the two
    plain rewrites (character map, then tone placement regex) give on the NFC text, and fold must agree."""
    nfc = unicodedata.normalize("NFC", text)
    once = normalise(nfc)
    visible = unicodedata.normalize("NFC", drop_invisible(nfc))
    assert once.norm == fix_tone_placement(map_special_characters(visible))
    assert once.fold == fold_fast(once.norm)


@pytest.mark.parametrize(
    "text", ["\ud800", "Nghị quyết số 5-NQ/TW \udfff thực hiện", "\udc00Kế hoạch 12-KH/TU"]
)
def test_lone_surrogates_from_api_callers_do_not_break_extraction(text: str) -> None:
    # the readers replace them (loaders/read.py); a caller of extract() may still pass them
    result = extract(Article(id="s", text=text))
    assert all(text[m.span.start : m.span.end] == m.surface for d in result.documents for m in d.mentions)
