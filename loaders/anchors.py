"""Where mentions can start: head nouns and abbreviations, and numbers of bare symbols.

Every mention starts at a head noun (or, for a bare symbol, at a number before "-XX/"). Finding those places with
plain substring search (memory speed over the ASCII folded text) and trying the grammar only there is what makes
extraction fast: regex scans over a whole article cost many times more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from loaders.lexicon import HEAD_RE
from loaders.normalize import NormalisedText

_ALL_HEADS = {" ".join(h.split()) for h in HEAD_RE.replace(r"\s+", " ").split("|")}
# A head whose shorter form is also a head ("chương trình hành động" / "chương trình") is found by the shorter one.
_HEAD_LITERALS = tuple(
    sorted(h for h in _ALL_HEADS if not any(h != o and h.startswith(o + " ") for o in _ALL_HEADS))
)
# Heads that can start a plenum or congress name, or an unnumbered document of a body / a counted set.
_PLENUM_LITERALS = ("nghi quyet", "ket luan", "quy dinh", "chi thi", "nq", "kl")
_OF_BODY_LITERALS = (
    "chuong trinh",
    "ke hoach",
    "nghi quyet",
    "ket luan",
    "chi thi",
    "quy dinh",
    "de an",
    "huong dan",
    "thong bao",
    "quy che",
    "quyet dinh",  # counted sets only ("12 quyết định")
    "de cuong",
    "thong tri",
)
# Abbreviations that never occur inside a Vietnamese syllable, found in the folded text.
_ABBREV_LITERALS = ("nq", "kl", "ct", "hd", "tb", "qd")
# "kh" and "da" are common syllables ("không", "đã"): found as upper case in the text itself.
_UPPER_ABBREVS = ("KH", "ĐA", "ÐA")  # found by _find_upper_abbreviations
_SYMBOL_BEFORE_SLASH = re.compile(r"\d{1,4}[a-z]?\s*-\s*[a-z]{1,5}\s*$")


@dataclass(frozen=True, slots=True)
class Anchors:
    heads: tuple[int, ...]  # starts of head nouns and abbreviations
    resolutions: tuple[int, ...]  # starts of "nghị quyết" / "NQ" (congress resolutions)
    plenum_heads: tuple[int, ...]  # starts of heads that can open a plenum name
    body_heads: tuple[int, ...]  # starts of heads of unnumbered documents of a body and counted sets
    symbols: tuple[int, ...]  # starts of numbers of bare symbols ("19-NQ/TW")


def _find_all(text: str, literal: str) -> list[int]:
    out = []
    i = text.find(literal)
    while i >= 0:
        if i == 0 or not text[i - 1].isalnum():
            out.append(i)
        i = text.find(literal, i + 1)
    return out


def _find_upper_abbreviations(norm: str) -> list[int]:
    """Starts of _UPPER_ABBREVS in ``norm`` after a non-alphanumeric character (or at 0).

    Found where the capitals "K" and "A" occur, rare in running text: a search for one character runs at memory
    speed, one for two characters (in text that is not Latin-1) about thirty times slower.
    """
    out = []
    i = norm.find("K")
    while i >= 0:
        if norm.startswith("KH", i) and (i == 0 or not norm[i - 1].isalnum()):
            out.append(i)
        i = norm.find("K", i + 1)
    i = norm.find("A", 1)
    while i >= 0:
        if norm[i - 1] in "ĐÐ" and (i == 1 or not norm[i - 2].isalnum()):
            out.append(i - 1)
        i = norm.find("A", i + 1)
    return out


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every head and abbreviation literal in one Aho-Corasick automaton: one pass over the text finds them all,
    where a search per literal (23 of them) read the text 23 times (anchors were a ninth of extraction)."""
    automaton = ahocorasick.Automaton()
    for literal in (*_HEAD_LITERALS, *_ABBREV_LITERALS):
        automaton.add_word(literal, len(literal))
    automaton.make_automaton()
    return automaton


def _heads_in(flat: str) -> set[int]:
    """Starts of the head and abbreviation literals in ``flat``, each after a non-alphanumeric character or at 0."""
    heads: set[int] = set()
    for end, length in _automaton().iter(flat):
        start = end - length + 1
        if start == 0 or not flat[start - 1].isalnum():
            heads.add(start)
    return heads


def find_anchors(nt: NormalisedText) -> Anchors:
    flat = nt.fold.replace("\n", " ")
    heads = _heads_in(flat)
    heads.update(_find_upper_abbreviations(nt.norm))
    ordered = sorted(heads)
    resolutions = tuple(p for p in ordered if flat.startswith(("nghi quyet", "nq"), p))
    plenum_heads = tuple(p for p in ordered if flat.startswith(_PLENUM_LITERALS, p))
    body_heads = tuple(p for p in ordered if flat.startswith(_OF_BODY_LITERALS, p))
    symbols = []
    slash = flat.find("/")
    while slash >= 0:
        if (
            slash
            and not flat[slash - 1].isdigit()
            and (m := _SYMBOL_BEFORE_SLASH.search(flat, max(0, slash - 16), slash))
        ):
            symbols.append(m.start())
        slash = flat.find("/", slash + 1)
    return Anchors(tuple(ordered), resolutions, plenum_heads, body_heads, tuple(symbols))
