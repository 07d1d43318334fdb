"""Turn hostile feed text and links into safe plain text: no markup, controls, bidi or bad schemes."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

MAX_TITLE = 500
MAX_SUMMARY = 20_000
MAX_URL = 2048

# Terminal escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL | ESC \), other ESC x.
# The 8-bit forms (U+009B CSI, U+009D OSC) are handled the same way.
_ESC_SEQ = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# C0 and C1 controls (tab/newline handled by whitespace collapsing), DEL, bidi controls,
# zero-width characters, line/paragraph separators, the BOM, lone surrogates, the Mongolian vowel
# separator and the invisible Unicode tag characters (U+E0000-E007F, used to smuggle text).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\ud800-\udfff\u180e\U000e0000-\U000e007f]"
)
_ESC_8BIT = "\x90\x98\x9b\x9d\x9e\x9f"
_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_WS_ALL = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")

_DROP_BLOCKS = re.compile(
    r"<(script|style|head|title|noscript|template|svg|math)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|pre|hr|dd|dt)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z!?][^>]*>|<!\[CDATA\[|\]\]>")
_HAS_MARKUP = re.compile(r"[<&]")


def strip_controls(text: str) -> str:
    """Remove escape sequences, control, bidi and zero-width characters; keep other text as is."""
    if not text:
        return ""
    # The escape regex has no literal prefix and is slow on long text: run it only when needed.
    if "\x1b" in text or (not text.isascii() and any(c in text for c in _ESC_8BIT)):
        text = _ESC_SEQ.sub("", text)
    if not text.isascii():
        text = _SEPARATORS.sub(" ", text)
    return _INVISIBLE.sub("", text)


def clean_text(text: str | None, *, multiline: bool = False, limit: int | None = None) -> str:
    """Plain text safe to show: controls stripped, whitespace collapsed, bounded in length.

    With ``multiline`` paragraph breaks survive as single blank-free newlines.
    """
    if not text:
        return ""
    if limit is not None and len(text) > limit * 4:
        text = text[: limit * 4]
    text = strip_controls(text)
    if multiline:
        text = _WS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
        text = _BLANK_LINES.sub("\n", text)
        text = "\n".join(line.strip() for line in text.split("\n")).strip()
    else:
        # str.split() splits on exactly the characters re's \s matches, and is much faster.
        text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def html_to_text(markup: str | None, *, limit: int | None = MAX_SUMMARY) -> str:
    """Convert an HTML fragment (or plain text with entities) to one line of plain text."""
    if not markup:
        return ""
    if limit is not None and len(markup) > limit * 8:
        markup = markup[: limit * 8]
    if _HAS_MARKUP.search(markup):
        if "<" in markup:
            markup = _DROP_BLOCKS.sub(" ", markup)
            markup = _BLOCK_TAG.sub("\n", markup)
            markup = _TAG.sub("", markup)
        markup = html.unescape(markup)
        # Entities may have produced controls (&#27;) or new tags: strip again after decoding.
        if "<" in markup:
            markup = _TAG.sub("", markup)
    return clean_text(markup, limit=limit)


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL, or None: other schemes, option-like and oversized links are dropped."""
    if not url:
        return None
    url = _WS_ALL.sub("", strip_controls(url.strip()))
    if not url or len(url) > MAX_URL:
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if url.startswith("-"):
        return None
    return url
