"""Property tests for feeds.sanitize: no controls, bidi or zero-width survive; safe links."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from feeds.sanitize import clean_text, html_to_text, safe_url, strip_controls

FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\u2028\u2029\ud800-\udfff\u180e\U000e0000-\U000e007f]"
)
NASTY = [
    "\x1b[2J",
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b]8;;https://evil\x1b\\",
    "\x9b6n",
    "\x9d0;title\x9c",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x7f",
    "&#27;",
    "&#x1b;[31m",
    "&#155;",
    "&#8238;",
    "<b>",
    "</p>",
    "[@click=app.quit]",
    "\n",
    "\t",
    "\u2028",
    "\ud800",
    "\U000e0049\U000e0067",
    "\u180e",
]
hostile_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=20)), max_size=30).map("".join)


def _assert_clean(out: str) -> None:
    bad = FORBIDDEN.search(out)
    assert bad is None, f"{bad.group()!r} in {out!r}"


@settings(max_examples=300, deadline=None)
@given(hostile_text)
@example("\x1b[2J\x1b]0;x\x07\u202eabc\u200b")
def test_clean_text_never_leaks_controls(text: str) -> None:
    out = clean_text(text)
    _assert_clean(out)
    assert "\n" not in out and out == out.strip()


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_clean_text_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    multi = clean_text(text, multiline=True)
    _assert_clean(multi.replace("\n", " "))
    assert clean_text(multi, multiline=True) == multi


@settings(max_examples=200, deadline=None)
@given(hostile_text, st.integers(min_value=1, max_value=60))
def test_clean_text_respects_limit(text: str, limit: int) -> None:
    assert len(clean_text(text, limit=limit)) <= limit
    assert len(clean_text(text, limit=limit, multiline=True)) <= limit


@settings(max_examples=300, deadline=None)
@given(hostile_text)
@example("&#27;[2J &#x9d;8;; &#8238;x &amp;#27;")
@example("<scr<script>ipt>&lt;b&gt;")
def test_html_to_text_never_leaks_controls(markup: str) -> None:
    out = html_to_text(markup, limit=200)
    _assert_clean(out)
    assert len(out) <= 200


@settings(max_examples=200, deadline=None)
@given(hostile_text)
def test_strip_controls_removes_escape_introducers(text: str) -> None:
    out = strip_controls(text)
    assert "\x1b" not in out and "\x9b" not in out and "\x9d" not in out
    assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in out)


urls = st.one_of(
    st.text(max_size=40),
    st.builds(
        lambda scheme, rest: f"{scheme}{rest}",
        st.sampled_from(
            [
                "http://",
                "https://",
                "HTTP://",
                "javascript:",
                "JaVaScRiPt:",
                "file://",
                "data:",
                "ftp://",
                "//",
                "-",
                " \x1bjavascript:",
                "java\tscript:",
                "vbscript:",
                "\u202ehttps://",
            ]
        ),
        st.text(max_size=30),
    ),
)


@settings(max_examples=400, deadline=None)
@given(urls, st.sampled_from([None, "", "https://base.example/x/", "javascript:alert(1)"]))
@example("javascript:alert(1)", "https://base.example/")
@example("java\nscript:alert(1)", None)
@example("//evil.example/x", "https://base.example/")
@example("-oProxyCommand=x", None)
def test_safe_url_only_http(url: str, base: str | None) -> None:
    out = safe_url(url, base)
    if out is not None:
        assert out.split(":", 1)[0].lower() in ("http", "https")
        assert not out.startswith("-")
        assert len(out) <= 2048
        _assert_clean(out)
        assert not any(c.isspace() for c in out)


def test_safe_url_examples() -> None:
    assert safe_url("/a/b", "https://ex.org/feed") == "https://ex.org/a/b"
    assert safe_url("https://ex.org/x y") == "https://ex.org/xy"
    assert safe_url("javascript:alert(1)", "https://ex.org/") is None
    assert safe_url("file:///etc/passwd") is None
    assert safe_url("https:///nohost") is None
    assert safe_url("https://" + "a" * 3000) is None


def test_html_to_text_examples() -> None:
    assert html_to_text("<p>a</p><script>x()</script><p>b &amp; c</p>") == "a b & c"
    assert html_to_text("&lt;b&gt;bold&lt;/b&gt;") == "bold"
    assert html_to_text("[@click=app.quit]x[/]") == "[@click=app.quit]x[/]"
