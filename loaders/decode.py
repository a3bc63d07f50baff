"""Raw bytes of one input to text: charset detection, and the main text of an HTML page.

Pure functions, no file I/O. The text is returned exactly as decoded, never normalised: offsets found later
index the text a user sees in the file (normalisation belongs to a later stage, with its own offset map).
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Windows-1258 writes most tone marks as combining characters after the vowel ("ệ" = "ê" + U+0323).
_CP1258_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VIETNAMESE_VOWELS = frozenset("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
# A damaged UTF-8 file (cut mid-character, a stray byte) has far more good multibyte characters than bad ones;
# a legacy 8-bit file read as UTF-8 has almost none.
_GOOD_PER_BAD_UTF8 = 10
# Control characters other than tab, newlines, form feed and escape (which real text files do contain).
_STRAY_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept (binary data); the message is the reason to report."""


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the Python codec that decoded it and how many bad sequences were replaced."""

    text: str
    encoding: str
    replaced: int = 0

    @property
    def label(self) -> str:
        """What to record in ``Article.encoding``: the codec, plus a note when bytes were replaced."""
        if not self.replaced:
            return self.encoding
        return f"{self.encoding} ({self.replaced} invalid byte sequence(s) replaced by U+FFFD)"


def decode_bytes(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode the bytes of one input, or raise :class:`UndecodableError` saying why it is not text.

    Order: a BOM (UTF-8, UTF-16, UTF-32); NUL bytes mean binary; strict UTF-8; the ``declared`` charset (an
    HTML ``<meta charset>``); UTF-8 with a few damaged sequences (replaced by U+FFFD, counted); Vietnamese
    Windows-1258; then whatever charset-normalizer finds best.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _checked(_with_replacement(raw, codec))
    if b"\x00" in raw:
        raise UndecodableError("binary file (NUL bytes)")
    candidates: tuple[str | None, ...] = ("utf-8", _codec_name(declared))
    for candidate in candidates:
        text = _strict(raw, candidate) if candidate else None
        if text is not None:
            return _checked(Decoded(text, candidate or "utf-8"))
    found = _damaged_utf8(raw) or _vietnamese_cp1258(raw) or _detected(raw)
    if found is None:
        raise UndecodableError("binary or undecodable file (no text encoding fits)")
    return _checked(found)


def declared_html_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any and if Python knows it."""
    match = _DECLARED_CHARSET.search(raw[:4096])
    return _codec_name(match.group(1).decode("ascii")) if match else None


def _codec_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _with_replacement(raw: bytes, codec: str) -> Decoded:
    text = raw.decode(codec, errors="replace")
    # Each bad sequence becomes one U+FFFD with "replace" and nothing with "ignore"; a U+FFFD that is already
    # in the file (valid text) is in both, so it is not counted as damage.
    replaced = len(text) - len(raw.decode(codec, errors="ignore"))
    return Decoded(text, codec, replaced=replaced)


def _damaged_utf8(raw: bytes) -> Decoded | None:
    decoded = _with_replacement(raw, "utf-8")
    good = sum(1 for ch in decoded.text if ord(ch) > 0x7F and ch != "\ufffd")
    if decoded.replaced and good >= _GOOD_PER_BAD_UTF8 * decoded.replaced:
        log.warning("damaged UTF-8: %d invalid byte sequence(s) replaced by U+FFFD", decoded.replaced)
        return decoded
    return None


def _vietnamese_cp1258(raw: bytes) -> Decoded | None:
    """Windows-1258 when its combining tone marks sit on Vietnamese vowels.

    charset-normalizer often guesses another code page for short Vietnamese texts, which turns every tone mark
    into a stray letter ("Nghiň quyęět").
    """
    text = _strict(raw, "cp1258")
    if text is None:
        return None
    marks = [i for i, ch in enumerate(text) if ch in _CP1258_TONE_MARKS]
    on_vowels = sum(1 for i in marks if i > 0 and text[i - 1] in _VIETNAMESE_VOWELS)
    return Decoded(text, "cp1258") if marks and on_vowels * 10 >= len(marks) * 9 else None


def _detected(raw: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    codec = _codec_name(best.encoding) if best is not None else None
    if codec is None:
        return None
    text = _strict(raw, codec)
    return Decoded(text, codec) if text is not None else None


def _checked(decoded: Decoded) -> Decoded:
    """Reject text full of control characters: that is binary data some 8-bit code page happened to accept."""
    text = decoded.text
    controls = sum(1 for _ in _STRAY_CONTROL.finditer(text))
    if controls > max(8, len(text) // 100):
        raise UndecodableError(f"binary file ({controls} control characters)")
    return decoded


@dataclass(frozen=True)
class HtmlContent:
    """The main text of an HTML page and what the page says about itself (None where it says nothing)."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD from the page's metadata, never guessed from the body text
    outlet: str | None = None  # the site name
    extractor: str = "trafilatura"  # or "lxml": trafilatura found nothing, the body was rendered as text


# Elements after which a plain-text rendering needs a line break (text_content() glues paragraphs together).
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def extract_html(html: str) -> HtmlContent:
    """The article text of a page by trafilatura (offline), or the whole body as plain text if it finds none.

    Never raises on malformed markup; the returned text is empty when the page has no text at all.
    """
    found = _trafilatura_content(html)
    if found is not None and found.text.strip():
        return found
    return HtmlContent(text=_plain_text_of(html), extractor="lxml")


def _trafilatura_content(html: str) -> HtmlContent | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # metadata dates only: the body search turns "năm 2020" into a made-up 2020-01-01
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a third-party parser on untrusted markup: any failure means "use the fallback"
        log.warning("trafilatura failed (%s: %s); using the plain-text fallback", type(exc).__name__, exc)
        return None
    if doc is None:
        return None
    return HtmlContent(
        text=getattr(doc, "text", None) or "",
        title=_clean(getattr(doc, "title", None)),
        published=_clean(getattr(doc, "date", None)),
        outlet=_clean(getattr(doc, "sitename", None)),
    )


def _plain_text_of(html: str) -> str:
    """The visible text of the page body: a line per block element, no blank lines, single spaces."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError) as exc:
        log.info("no HTML document to render: %s", exc)
        return ""
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    body = tree.find("body")
    root = body if body is not None else tree
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
