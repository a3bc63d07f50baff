"""Symbols: "123-KH/TU", "21-KL/TƯ", "29-NQ/T.Ư", "72-NQ-TW", "22/CT-TW", "111/NQ-CP", partial "37/TW"."""

from __future__ import annotations

import re

from loaders.lexicon import CODE_SPELLING, SYMBOL_CODE_TYPES
from loaders.normalize import NormalisedText

# Party style "123-KH/TU", "21-KL/TƯ", "29-NQ/T.Ư", "72-NQ-TW", "65-Ctr/TU", "209 -KL/TU", "115- HD/BTGW", "08-QĐi/TW".
# A joint ("liên tịch") document names its organs joined by dashes: "02-HDLT/BNC-UBKT"; an organ may carry its
# term: "81-KH/ĐĐQH15" (the Party delegation of the 15th National Assembly).
_PARTY_SYMBOL = re.compile(
    r"\s*-\s*(?P<code>[a-z]{1,5})\s*[/-]\s*(?P<organ>(?:t|q|h|th)\.\s?u|[a-z]{1,10}(?:\d{1,2}(?=\W|$))?(?:-[a-z]{1,10}){0,3})\b(?!-[a-z])"
)
# State style "22/CT-TW" (a Party directive printed state-style), "111/NQ-CP", "22/2019/NQ-HĐND", "700/QĐ-TTg",
# "95/KH-MTTQ-BTT" (a body and its standing board).
_STATE_SYMBOL = re.compile(
    # (an organ may end with a number: "141/KH-BCĐTKNQ18", the steering committee for Resolution 18)
    r"\s*/\s*(?:(?P<year>\d{4})\s*/\s*)?(?P<code>[a-z]{1,6})\s*-\s*(?P<organ>[a-z]{1,10}\d{0,2}(?:-[a-z]{1,10}\d{0,2}){0,3})\b"
)
# A law or an Assembly resolution: "98/2023/QH15", "35/2024/NĐ-CP" is the state style above.
# (or of its Standing Committee: "35/2023/UBTVQH15")
_LAW_SYMBOL = re.compile(r"\s*/\s*(?P<year>\d{4})\s*/\s*(?P<organ>(?:ubtv)?qh\d{1,2})\b")
# A dash lost in the page: "Nghị quyết số 21 NQ/TW", "Kế hoạch số 45KH/TU" (known type codes only: "số 21 của
# ..." must not match).
_SPACED_SYMBOL = re.compile(r"\s*(?P<code>[a-z]{2,4})\s*/\s*(?P<organ>(?:t|q|h|th)\.\s?u|[a-z]{2,10})\b")
# The organ codes of Party committees: a state-style symbol with one of them is a Party document's.
_PARTY_ORGANS = frozenset({"tw", "tu", "hu", "qu", "thu", "du"})
# ... or of their boards, printed state-style: "145/HD-BTGTW" (Ban Tuyên giáo Trung ương), "12/CV-VPTU"
_PARTY_ORGAN_ENDINGS = ("tw", "tu", "hu", "thu")
# Partial "37/TW", "08 /TW": the type code is missing; level is still known.
_PARTIAL_SYMBOL = re.compile(r"\s*/\s*(?P<organ>tw|(?:t|q|h|th)\.\s?u|tu|hu|qu|thu|du)\b")


def _organ_spelling(norm_organ: str) -> str:
    """'TƯ', 'T.Ư', 'tw' -> 'TW'; others upper-cased as printed; each organ of a joint symbol on its own, a
    mixed-case one kept ("UBKTTU-TTr": the Inspectorate, "TTr")."""
    if "-" in norm_organ:
        parts = norm_organ.replace(" ", "").split("-")
        return "-".join(p if not p.isupper() and not p.islower() else _organ_spelling(p) for p in parts)
    compact = norm_organ.replace(" ", "").upper()
    if compact in ("TƯ", "T.Ư", "T.U", "TW"):
        return "TW"
    if compact in ("Q.U", "H.U", "TH.U"):
        compact = compact.replace(".", "")  # "33-KH/Q.U": a district committee's code, dotted
    return "ThU" if compact == "THU" else compact  # Thị ủy / Thành ủy of a provincial city


def parse_symbol(
    nt: NormalisedText, pos: int, number: str, any_code: bool = True
) -> tuple[int, str | None, str | None, bool, str | None]:
    """Read a symbol tail right after a number at ``pos``.

    Returns (end, symbol, organ, is_state, code_type); ``end == pos`` when there is no tail.
    """
    fold, norm = nt.fold, nt.norm
    m = _PARTY_SYMBOL.match(fold, pos)
    # After a head noun any type code is taken ("24-BS/UBKTTU"); a bare symbol needs a known one (see below).
    if m and (m.group("code") in CODE_SPELLING or (any_code and m.group("code").isalpha())):
        organ = _organ_spelling(norm[m.start("organ") : m.end("organ")])
        code = CODE_SPELLING.get(m.group("code"), norm[m.start("code") : m.end("code")])
        return m.end(), f"{number}-{code}/{organ}", organ, False, SYMBOL_CODE_TYPES.get(m.group("code"))
    m = _SPACED_SYMBOL.match(fold, pos)
    if m and m.group("code") in SYMBOL_CODE_TYPES:
        organ = _organ_spelling(norm[m.start("organ") : m.end("organ")])
        code = CODE_SPELLING[m.group("code")]
        return m.end(), f"{number}-{code}/{organ}", organ, False, SYMBOL_CODE_TYPES[m.group("code")]
    m = _STATE_SYMBOL.match(fold, pos)
    if m:
        code, organ = m.group("code"), m.group("organ")
        if m.group("year") is None and (organ in _PARTY_ORGANS or organ.endswith(_PARTY_ORGAN_ENDINGS)):
            # "22/CT-TW", "12/KH-TU": a Party document printed in state style; normalise to Party style.
            spelled = CODE_SPELLING.get(code, code.upper())
            party_organ = _organ_spelling(norm[m.start("organ") : m.end("organ")])
            return (
                m.end(),
                f"{number}-{spelled}/{party_organ}",
                party_organ,
                False,
                SYMBOL_CODE_TYPES.get(code),
            )
        printed = "".join(norm[pos : m.end()].split()).lstrip("/")
        return m.end(), f"{number}/{printed}", norm[m.start("organ") : m.end("organ")].upper(), True, None
    m = _LAW_SYMBOL.match(fold, pos)
    if m:
        printed = "".join(norm[pos : m.end()].split()).lstrip("/")
        organ = "UBTVQH" if m.group("organ").startswith("ubtv") else "QH"
        return m.end(), f"{number}/{printed}", organ, True, None
    m = _PARTIAL_SYMBOL.match(fold, pos)
    if m:
        return m.end(), None, _organ_spelling(norm[m.start("organ") : m.end("organ")]), False, None
    return pos, None, None, False, None
