"""The fast paths of normalisation, anchors and sentences give what the plain scans they replaced gave.

Each fast path (loaders/normalize.py, anchors.py, sentences.py) is compared with the straightforward code it stands
for, on any text (hypothesis) and on the seed articles.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import anchors, normalize
from loaders.normalize import normalise
from loaders.sentences import _PUNCT, Sentences

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
# Characters that make the paths branch: capitals of the abbreviations, Đ and its look-alike, tone pairs, combining
# marks (NFD input), Hangul jamo that compose, characters above the lookup tables (kana with a mark that composes),
# punctuation and line breaks.
ALPHABET = 'KHAĐÐaàk hđ oòu ýy\u0300\u0301\u0323\u1100\u1161\u11a8가中😀.!?…:\n-–\u00a01"”('
PIECES = [
    "KH",
    "ĐA",
    "ÐA",
    "\u304b\u3099",
    "Kế hoạch ",
    "NQ ",
    "hoà ",
    "Tỉnh uỷ",
    ". Ngày ",
    "\n\n",
    "\n- ",
    "TP. Hà Nội",
    "…",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet=ALPHABET, max_size=6)), max_size=25).map(
    "".join
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _upper_by_search(norm: str) -> list[int]:
    return sorted({i for literal in anchors._UPPER_ABBREVS for i in anchors._find_all(norm, literal)})


@SETTINGS
@given(texts)
def test_upper_abbreviations_are_where_a_search_for_each_finds_them(text: str) -> None:
    for candidate in (text, normalise(text).norm):
        assert sorted(anchors._find_upper_abbreviations(candidate)) == _upper_by_search(candidate)


def _normalise_checking_nfc(text: str) -> normalize.NormalisedText:
    """normalise with the full NFC check on every text (the characters it drops and the table marks as it does)."""
    if not text:
        return normalize.NormalisedText(original=text, norm=text, fold=text)
    dropped = normalize._dropped(text)
    kept = [i for i in range(len(text)) if i not in dropped] if dropped else None
    visible = "".join(text[i] for i in kept) if kept is not None else text
    starts, ends = (tuple(kept), tuple(i + 1 for i in kept)) if kept is not None else (None, None)
    nfc = visible
    if visible and not unicodedata.is_normalized("NFC", visible):
        nfc, s, e = normalize._nfc_with_map(visible)
        if kept is None:
            starts, ends = s, e
        else:
            starts, ends = tuple(kept[i] for i in s), tuple(kept[i - 1] + 1 for i in e)
    if not nfc:
        return normalize.NormalisedText(original=text, norm=nfc, fold=nfc, starts=starts, ends=ends)
    codes = normalize._code_points(nfc)
    edits = normalize._edits(nfc, normalize._lookup(normalize._flag_lut(), codes))
    norm = normalize._apply(nfc, edits) if edits else nfc
    fold = normalize.mark_table_cells(normalize._fold_codes(codes))
    return normalize.NormalisedText(text, norm, fold, starts, ends)


@SETTINGS
@given(texts)
def test_nfc_text_is_recognised_without_the_full_check(text: str) -> None:
    assert normalise(text) == _normalise_checking_nfc(text)


def test_the_nfc_table_covers_characters_above_it() -> None:
    """No character outside the table composes with one inside it: scanning the table's range is enough."""
    assert normalize._nfc_unsure_codes() == normalize._nfc_unsure_codes(0x110000)


def test_text_of_sure_characters_is_nfc() -> None:
    unsure = set(normalize._nfc_unsure_codes())
    sure = "".join(chr(code) for code in range(0x20, normalize._TABLE_SIZE - 1) if code not in unsure)
    assert unicodedata.is_normalized("NFC", sure)
    assert all(unicodedata.is_normalized("NFC", a + b) for a in sure[::7] for b in sure[::5])


def _start_before_by_search(sentences: Sentences, pos: int) -> int:
    """Sentences._start_before as it was: one search of the text per punctuation mark at each step."""
    text, k = sentences.text, pos - 1
    while k >= 0:
        k = max(text.rfind(c, 0, k + 1) for c in (*_PUNCT, "\n"))
        if k < 0:
            return 0
        if sentences._is_break(k):
            return k + 1
        k -= 1
    return 0


def _end_after_by_search(sentences: Sentences, pos: int) -> int:
    text, k = sentences.text, pos
    while k < len(text):
        hits = [h for c in (*_PUNCT, "\n") if (h := text.find(c, k)) >= 0]
        if not hits:
            return len(text)
        k = min(hits)
        if sentences._is_break(k):
            return k + 1
        k += 1
    return len(text)


def _assert_bounds_as_searched(sentences: Sentences, pos: int) -> None:
    assert sentences._start_before(pos) == _start_before_by_search(sentences, pos)
    assert sentences._end_after(pos) == _end_after_by_search(sentences, pos)


@SETTINGS
@given(texts, st.lists(st.integers(min_value=0, max_value=200), max_size=6))
def test_sentence_bounds_are_those_the_searches_found(text: str, positions: list[int]) -> None:
    sentences = Sentences(text)
    for pos in positions:
        _assert_bounds_as_searched(sentences, pos)


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_articles_keep_their_anchors_and_sentences(seed: Path) -> None:
    nt = normalise(seed.read_text(encoding="utf-8"))
    found = anchors.find_anchors(nt)
    flat = nt.fold.replace("\n", " ")
    literals = (*anchors._HEAD_LITERALS, *anchors._ABBREV_LITERALS)
    by_search = {i for literal in literals for i in anchors._find_all(flat, literal)}
    assert list(found.heads) == sorted(by_search | set(_upper_by_search(nt.norm)))
    assert found.heads  # every seed article names documents
    sentences = Sentences(nt.norm)
    for pos in found.heads:
        _assert_bounds_as_searched(sentences, pos)


def _first_letters(items: object) -> tuple[set[str], bool]:
    """The characters a parsed regex can start with, and whether it can match the empty string first."""
    import re._constants as c  # the stdlib's own regex parser: what the engine itself compiles

    out: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            return out | {chr(av)}, False
        if op is c.IN:
            for kind, value in av:
                assert kind in (c.LITERAL, c.RANGE), f"a class this test cannot expand: {kind}"
                out |= {chr(value)} if kind is c.LITERAL else {chr(x) for x in range(value[0], value[1] + 1)}
            return out, False
        if op is c.BRANCH:
            optional = False
            for alternative in av[1]:
                first, empty = _first_letters(alternative)
                out |= first
                optional |= empty
            if not optional:
                return out, False
        elif op is c.SUBPATTERN:
            first, empty = _first_letters(av[3])
            out |= first
            if not empty:
                return out, False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            first, empty = _first_letters(av[2])
            out |= first
            if av[0] > 0 and not empty:
                return out, False
        elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
            raise AssertionError(f"an opening this test cannot follow: {op}")
    return out, True


def _searched_patterns() -> list[re.Pattern[str]]:
    from loaders import attributes, lexicon, relate

    return [lexicon.ORG_RE, relate._CUE_WORD, relate._CUE_WORD_NOT_TO_LIFE, attributes._ISSUE_VERB]


@pytest.mark.parametrize("pattern", _searched_patterns(), ids=lambda p: p.pattern[:40])
def test_a_first_letter_lookahead_admits_every_alternative(pattern: re.Pattern[str]) -> None:
    """A search pattern led by ``(?=[...])`` (the engine then skips other positions fast) must list every letter
    the pattern after it can start with; a letter missing would silently lose matches."""
    import re._parser as parser

    lookahead = re.match(r"\(\?=\[([a-z]+)\]\)", pattern.pattern)
    assert lookahead, "the pattern lost its first-letter lookahead"
    first, empty = _first_letters(parser.parse(pattern.pattern[lookahead.end() :]).data)
    assert not empty
    assert first <= set(lookahead.group(1)), sorted(first - set(lookahead.group(1)))


@SETTINGS
@given(texts)
def test_heads_in_one_pass_are_the_heads_of_a_search_per_literal(text: str) -> None:
    flat = normalise(text).fold.replace("\n", " ")
    literals = (*anchors._HEAD_LITERALS, *anchors._ABBREV_LITERALS)
    assert anchors._heads_in(flat) == {i for literal in literals for i in anchors._find_all(flat, literal)}
