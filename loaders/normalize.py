"""Normalise Vietnamese text for matching while keeping offsets into the text exactly as read.

Three aligned views of one article:
- ``original``: the text as read (offsets reported to users always index this string);
- ``norm``: NFC, new-style tone placement ("uỷ" → "ủy", "hoà" → "hòa"), "Ð" (U+00D0) → "Đ", "Ƣ" → "Ư", dashes →
  "-", no-break spaces → spaces, without invisible characters (zero-width spaces and joiners, soft hyphens) and
  without the hyphen and line break splitting a word at a line's end ("thực hi-\nện");
- ``fold``: ``norm`` lower-cased with every diacritic removed ("Nghị quyết" → "nghi quyet", "Đ" → "d"), the same
  length as ``norm`` so that a match in ``fold`` is a match in ``norm``. Scrambled diacritics from bad scrapers
  ("Nghị qưỹết") fold to the same letters.

``norm`` can be shorter than ``original`` (NFD input, invisible characters): ``to_original(start, end)`` maps a
span back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# Old-style ("oà", "uỷ") and new-style ("òa", "ủy") tone placement are different code points under every normal
# form; the press uses both. Map old to new so one pattern matches both. Same length: offsets are unchanged.
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _tone_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for upper_first in (False, True):
            for upper_second in (False, True):
                f = first.upper() if upper_first else first
                s = second.upper() if upper_second else second
                for tone in _TONES:
                    old = f + unicodedata.normalize("NFC", s + tone)
                    new = unicodedata.normalize("NFC", f + tone) + s
                    pairs[old] = new
    return pairs


_TONE_MAP = _tone_pairs()
# An o followed by a toned a/e, or a u followed by a toned y, at the end of a syllable. The pattern starts with a
# character class so that the regex engine can skip through the text at C speed; the replacement checks the pair
# and the "q" rule ("quý" keeps its tone on y: "qu" is one consonant).
_OLD_TONE_RE = re.compile("[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![^\\W\\d_])")

_CHAR_MAP = str.maketrans(
    {
        "\u00d0": "\u0110",  # Latin capital eth, seen for "Đ" in real pages
        "\u00a0": " ",  # no-break space
        "\u2009": " ",
        "\u202f": " ",
        "\u2013": "-",  # en dash: "21 – NQ/TW"
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        # "Ƣ"/"ƣ" (Latin OI) for "Ư"/"ư": what some PDF fonts give when the text is copied out ("21-NQ/TƢ",
        # "tƣơng")
        "\u01a2": "\u01af",
        "\u01a3": "\u01b0",
    }
)
# Invisible characters that scraped pages leave inside words and references ("21-\u200bNQ/TW", "Nghị\u00adquyết"):
# zero-width space, non-joiner and joiner, word joiner, a BOM inside the text, and the soft hyphen. ``norm`` drops
# them (the offset map leads back to the text as read); Vietnamese never separates words with them.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Lower-case and strip diacritics, one code point to one code point (so offsets never move)."""
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x1F00):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base
    for ch in "ĐđÐ":
        table[ord(ch)] = "d"
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    return table


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of ``text`` with the same length (for NFC text)."""
    return text.translate(_fold_table())


def fix_tone_placement(text: str) -> str:
    """Old-style tone placement ("uỷ", "hoà", "khoá") to the new style ("ủy", "hòa", "khóa"); same length."""
    return _OLD_TONE_RE.sub(_new_tone, text)


def _new_tone(m: re.Match[str]) -> str:
    pair = m.group(0)
    if m.start() > 0 and m.string[m.start() - 1] in "qQ":
        return pair
    return _TONE_MAP.get(pair, pair)


def drop_invisible(text: str) -> str:
    """``text`` without what ``norm`` drops: invisible characters (zero-width spaces and joiners, soft hyphens)
    and the hyphen and line break that split a word at the end of a line."""
    dropped = _dropped(text)
    return "".join(ch for i, ch in enumerate(text) if i not in dropped) if dropped else text


def _dropped(text: str) -> set[int]:
    """Positions ``norm`` leaves out."""
    dropped: set[int] = set()
    if _INVISIBLE.search(text) is not None:
        dropped.update(m.start() for m in _INVISIBLE.finditer(text))
    if "-" in text and "\n" in text:
        for m in _HYPHEN_BREAK.finditer(text):
            if text[m.end()].islower():
                dropped.update(range(m.start(), m.end()))
    return dropped


# A word split at the end of a line, as a PDF or a Word file gives it: "thực hi-\nện", "Nghị quy-\nết" (a letter
# before the hyphen, a lower-case letter after the break: never a symbol, "12-\nKH/TU", or a dash between names)
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def map_special_characters(text: str) -> str:
    """Apply _CHAR_MAP only where needed (a few characters per article): faster than str.translate."""
    return _NEEDS_CHAR_MAP.sub(lambda m: _CHAR_MAP[ord(m.group(0))], text)


@dataclass(frozen=True, slots=True)
class NormalisedText:
    original: str
    norm: str
    fold: str
    # None when norm is aligned 1:1 with original (the common, fast case); else per-norm-char original bounds.
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``norm``/``fold`` to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= len(self.starts):
            return len(self.original), len(self.original)
        o_start = self.starts[start]
        o_end = self.ends[end - 1] if end > start else o_start
        return o_start, o_end


def _nfc_with_map(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """NFC-normalise cluster by cluster, remembering which original characters produced each output one."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), tuple(starts), tuple(ends)


_NEEDS_CHAR_MAP = re.compile("[" + "".join(chr(c) for c in _CHAR_MAP) + "]")
_NON_ASCII_FOLD = 0x1A  # what a character with no ASCII letter folds to: keeps offsets, never matches a word


# The lookup tables cover the code points that fold to a letter or need a rewrite (all below U+2300); every
# code point above the last entry is looked up as the last entry (np.take's "clip"), which has none of that.
_TABLE_SIZE = 0x2400


def _lookup(table: np.ndarray, codes: np.ndarray) -> np.ndarray:
    return table.take(codes, mode="clip")


@lru_cache(maxsize=1)
def _fold_lut() -> np.ndarray:
    """Code point -> folded ASCII code, for code points below _TABLE_SIZE (the rest fold like the last)."""
    lut = np.full(_TABLE_SIZE, _NON_ASCII_FOLD, dtype=np.uint8)
    lut[:128] = np.arange(128, dtype=np.uint8)
    lut[ord("A") : ord("Z") + 1] += 32
    for code, folded in _fold_table().items():
        lut[code] = ord(folded)
    for ch, mapped in _CHAR_MAP.items():
        lut[ch] = lut[ord(mapped)]
    return lut


def fold_fast(text: str) -> str:
    """``fold`` for a whole article, vectorised: pure ASCII, one character per input character.

    Characters with no ASCII letter inside ("“", "…", CJK) become U+001A, so the folded text stays 1 byte per
    character and string search over it runs at memory speed.
    """
    if not text:
        return text
    return _fold_codes(_code_points(text))


def _code_points(text: str) -> np.ndarray:
    # "surrogatepass": a lone surrogate (a JSON "\ud800" escape decodes to one) is a code point like any other here
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _fold_codes(codes: np.ndarray) -> str:
    return _lookup(_fold_lut(), codes).tobytes().decode("ascii")


# Bits of _flag_lut: what a character asks of normalisation. The whole article is checked at once, so the two
# rewrites touch only the few characters that need them instead of scanning every article with a regex.
_NEEDS_MAP = 1  # a character of _CHAR_MAP
_TONE_FIRST = 2  # o, u: the first vowel of an old-style pair ("oà", "uỷ")
_TONED_SECOND = 4  # a toned a, e, y: the second vowel of such a pair
# A letter (== _TONED_SECOND << 1), known below _LETTER_KNOWN; a pair before a higher code point is checked by regex
_LETTER = 8
_LETTER_KNOWN = 0x2000
# A character that NFC may change or reorder: combining, not in NFC itself, or able to compose with the one before.
# A text with none is NFC (unicodedata's quick check answers yes), so normalise skips that check, which costs more
# than the lookup. The clipped last entry has the bit: a text with a higher code point gets the full check.
_NFC_UNSURE = 16
_IS_LETTER = re.compile(r"[^\W\d_]")  # the "letter" of _OLD_TONE_RE's look-ahead


@lru_cache(maxsize=1)
def _flag_lut() -> np.ndarray:
    lut = np.zeros(_TABLE_SIZE, dtype=np.uint8)
    for code in range(_LETTER_KNOWN):
        if _IS_LETTER.match(chr(code)):
            lut[code] |= _LETTER
    for code in _CHAR_MAP:
        lut[code] |= _NEEDS_MAP
    for first in "oOuU":
        lut[ord(first)] |= _TONE_FIRST
    for second in "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ":
        lut[ord(second)] |= _TONED_SECOND
    for code in _nfc_unsure_codes():
        lut[code] |= _NFC_UNSURE
    lut[_TABLE_SIZE - 1] |= _NFC_UNSURE
    return lut


def _nfc_unsure_codes(last: int = _TABLE_SIZE) -> list[int]:
    """Code points below ``last`` whose NFC quick check may not be "yes", or that are combining.

    Quick check "maybe" marks a character that can compose with the one before it: the second of a two-character
    canonical decomposition. No character above the table decomposes to a second one below it that is not
    combining (tests/test_speed_paths.py checks all of Unicode), so the table's own range is scanned.
    """
    second_of_pair: set[int] = set()
    for code in range(last):
        mapping = unicodedata.decomposition(chr(code))
        if mapping and not mapping.startswith("<") and len(mapping.split()) == 2:
            second_of_pair.add(int(mapping.split()[1], 16))
    # Hangul vowels and final consonants compose with the syllable before them by algorithm, not by table
    second_of_pair.update(range(0x1161, 0x1176), range(0x11A8, 0x11C3))
    return [
        code
        for code in range(min(last, _TABLE_SIZE))
        if unicodedata.combining(chr(code))
        or unicodedata.normalize("NFC", chr(code)) != chr(code)
        or code in second_of_pair
    ]


def _edits(nfc: str, flags: np.ndarray) -> list[tuple[int, str]]:
    """(position, replacement) of the characters and tone pairs to rewrite, each the same length as before."""
    edits = [(p, _CHAR_MAP[ord(nfc[p])]) for p in (flags & _NEEDS_MAP).nonzero()[0].tolist()]
    # A pair "o" + toned "a" ends the syllable when no letter follows (_LETTER >> 1 == _TONED_SECOND).
    pairs = (flags[:-1] << 1) & flags[1:]
    pairs[:-1] &= ~(flags[2:] >> 1)
    for p in (pairs & _TONED_SECOND).nonzero()[0].tolist():
        if (m := _OLD_TONE_RE.match(nfc, p)) is not None:
            edits.append((p, _new_tone(m)))
    return sorted(edits)


def _apply(text: str, edits: list[tuple[int, str]]) -> str:
    pieces: list[str] = []
    last = 0
    for pos, replacement in edits:
        pieces += (text[last:pos], replacement)
        last = pos + len(replacement)
    pieces.append(text[last:])
    return "".join(pieces)


def normalise(text: str) -> NormalisedText:
    """The three aligned views of ``text``. Idempotent on ``norm``: normalise(norm).norm == norm."""
    if not text:
        return NormalisedText(original=text, norm=text, fold=text)
    visible, kept = text, None
    dropped = _dropped(text)
    if dropped:
        kept = [i for i in range(len(text)) if i not in dropped]
        visible = "".join(text[i] for i in kept)
    nfc, starts, ends = visible, None, None
    if kept is not None:
        starts, ends = tuple(kept), tuple(i + 1 for i in kept)
    codes = _code_points(visible)
    flags = _lookup(_flag_lut(), codes)
    if visible and (flags & _NFC_UNSURE).any() and not unicodedata.is_normalized("NFC", visible):
        nfc, s, e = _nfc_with_map(visible)
        if kept is None:
            starts, ends = s, e
        else:  # (through the characters kept, back to the text as read)
            starts, ends = tuple(kept[i] for i in s), tuple(kept[i - 1] + 1 for i in e)
        codes = _code_points(nfc)
        flags = _lookup(_flag_lut(), codes)
    if not nfc:
        return NormalisedText(original=text, norm=nfc, fold=nfc, starts=starts, ends=ends)
    edits = _edits(nfc, flags)
    norm = _apply(nfc, edits) if edits else nfc
    # Neither rewrite changes what a character folds to ("Ð" and "Đ" fold to "d"; "oà" and "òa" to "oa"),
    # so the fold of the NFC text is the fold of ``norm``.
    fold = _fold_codes(codes)
    if "\t" in fold or "   " in fold:
        fold = mark_table_cells(fold)
    return NormalisedText(original=text, norm=norm, fold=fold, starts=starts, ends=ends)


# A table pasted as text separates its cells by tabs or by runs of spaces: on a line with two such separators at
# least (and no "|"), the folded view writes each as "|" and spaces, so that the table rules (loaders/headers.py)
# read it like "1 | 310-KH/TU | 02/4/2025 | ...". Same length, so offsets are unchanged.
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*| {3,}")


def mark_table_cells(fold: str) -> str:
    lines = fold.split("\n")
    # a line of cells, and a line of cells in a table: the line before or after is one too (text with uneven
    # spacing has a run of spaces here and there, not row after row)
    cells = [("|" not in line and len(_CELL_GAP.findall(line.strip(" \t"))) >= 2) for line in lines]
    for n, line in enumerate(lines):
        if not cells[n] or not ((n > 0 and cells[n - 1]) or (n + 1 < len(lines) and cells[n + 1])):
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        body = _CELL_GAP.sub(lambda m: "|" + " " * (len(m.group(0)) - 1), line[lead:].rstrip(" \t"))
        lines[n] = line[:lead] + body + line[lead + len(body) :]
    return "\n".join(lines)


def normalise_name(text: str) -> str:
    """Canonical spelling of a short name (issuer, province): NFC, new tone style, Đ, single spaces."""
    norm = fix_tone_placement(map_special_characters(unicodedata.normalize("NFC", text)))
    return " ".join(norm.split())
