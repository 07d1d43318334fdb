"""feeds.parse over the shared corpus and hostile documents: counts, refusals, clean fields."""

from __future__ import annotations

import csv
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feeds.models import JsonPaths
from feeds.parse import ParseError, parse_date, parse_feed

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SKIP_NAMES = {"MANIFEST.tsv", "README.md"}


def _manifest() -> dict[str, dict[str, str]]:
    path = CORPUS / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["local_path"]: row for row in csv.DictReader(fh, delimiter="\t")}


MANIFEST = _manifest()
needs_corpus = pytest.mark.skipif(not MANIFEST, reason="shared corpus not found")

# Files where parse_feed legitimately differs from feedparser's entry count, and why.
DUPLICATE_GUIDS = {
    # the BBC lists one Olympics story twice under the same guid (".../cjdk5nl7nryo#2")
    "real/bbc/bbc-news-frontpage-2024-08-08.xml": 1,
    # feedparser precedence tests: two entries share one <id> on purpose
    "feedparser/wellformed/lang/entry_content_xml_lang_blank_3.xml": 1,
    "feedparser/wellformed/node_precedence/atom10_arbitrary_element.xml": 1,
    "feedparser/wellformed/node_precedence/atom10_id.xml": 1,
    "feedparser/wellformed/node_precedence/atom10_title.xml": 1,
}
# We refuse these on purpose (internal DTD subset), though feedparser reads them.
REFUSED = {"feedparser/wellformed/rss/entity_in_doctype.xml"}


def _files(*folders: str) -> list[str]:
    found: list[str] = []
    for folder in folders:
        base = CORPUS / folder
        if base.is_dir():
            found += sorted(
                str(p.relative_to(CORPUS))
                for p in base.rglob("*")
                if p.is_file() and p.name not in SKIP_NAMES
            )
    return found


def _parse(rel: str, **kw):
    return parse_feed((CORPUS / rel).read_bytes(), {}, feed_name="corpus", **kw)


# --- the corpus -----------------------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("rel", _files("real", "weird"))
def test_real_and_weird_files(rel: str) -> None:
    try:
        parsed = _parse(rel)
    except ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    expected = MANIFEST.get(rel, {}).get("feedparser_entries", "")
    if expected and int(expected) and rel not in REFUSED:
        assert len(parsed.items) == int(expected) - DUPLICATE_GUIDS.get(rel, 0)
    guids = [item.guid for item in parsed.items]
    assert len(guids) == len(set(guids))
    for item in parsed.items:
        assert item.feed == "corpus" and item.guid and len(item.guid) <= 512
        assert item.link is None or item.link.startswith(("http://", "https://"))
        assert item.published is None or item.published.tzinfo is UTC
        assert "\x1b" not in item.title and "\n" not in item.title


@needs_corpus
def test_feedparser_test_set_parses_or_raises_parse_error() -> None:
    files = _files("feedparser")
    assert len(files) > 2000
    counts = {"ok": 0, "refused": 0}
    for rel in files:
        try:
            parsed = _parse(rel)
        except ParseError as exc:
            assert "\n" not in str(exc), rel
            counts["refused"] += 1
            continue
        counts["ok"] += 1
        expected = MANIFEST.get(rel, {}).get("feedparser_entries", "")
        if expected and not rel.endswith(".json") and rel not in REFUSED:
            assert len(parsed.items) == int(expected) - DUPLICATE_GUIDS.get(rel, 0), rel
    assert counts["refused"] < 20, counts


@needs_corpus
@pytest.mark.parametrize(
    ("rel", "kind", "count"),
    [
        ("real/jsonfeed-org/jsonfeed.org.json", "jsonfeed", 1),
        ("real/daringfireball/daringfireball.json", "jsonfeed", 48),
        ("real/lukedorny/lukedorny-v6.json", "jsonfeed", 30),
        ("real/pixelenvy/pxlnv.json", "jsonfeed", 20),
        ("real/reliefweb/reliefweb-api-v1-disaster-25466.json", "reliefweb", 1),
        ("real/reliefweb/reliefweb-api-v1-disasters-limit1000-2024-08.json", "reliefweb", 1000),
    ],
)
def test_json_corpus_counts(rel: str, kind: str, count: int) -> None:
    parsed = _parse(rel)
    assert parsed.format.startswith(kind.replace("jsonfeed", "jsonfeed1"))
    assert len(parsed.items) == count == int(MANIFEST[rel]["items"])


@needs_corpus
def test_corpus_json_oddities() -> None:
    with pytest.raises(ParseError, match="gzip"):
        _parse("real/gdelt/gdelt-article-list-gal-2021-12-06.ndjson.gz")
    with pytest.raises(ParseError, match="unrecognised JSON shape"):
        _parse("real/worldmonitor/worldmonitor-get-conflict-events-2026-05-17.json")
    with pytest.raises(ParseError, match="invalid JSON"):
        _parse("weird/truncated/allthis-partial-truncated.json")
    with pytest.raises(ParseError, match="an HTML page, not a feed"):
        _parse("weird/not-a-feed/notafeed.html")


@needs_corpus
def test_worldmonitor_with_generic_paths() -> None:
    paths = JsonPaths(
        items="data.ucdp-events.events",
        id="id",
        title="country",
        summary="sourceOriginal",
        link="nope",
        published="dateStart",
    )
    parsed = _parse(
        "real/worldmonitor/worldmonitor-get-conflict-events-2026-05-17.json",
        kind="json",
        json_paths=paths,
    )
    assert parsed.items and parsed.items[0].title == "Ecuador"
    assert parsed.items[0].published == datetime(2024, 12, 31, tzinfo=UTC)


@needs_corpus
def test_relative_links_and_dates() -> None:
    base = "https://feeds.example.org/qemu/feed.xml"
    parsed = _parse("weird/relative-links/qemu-root-relative-xml-base.atom", base_url=base)
    assert parsed.items[0].link == "https://feeds.example.org/2025/08/26/qemu-10-1-0/"
    rss = _parse("weird/relative-links/neverwinter-relative-urls.xml", base_url=base)
    assert all(i.link and i.link.startswith("https://feeds.example.org/en/") for i in rss.items)
    bad = _parse("weird/dates/sinembargo-mx-localized-pubdate.rss")
    assert bad.items[0].published is None
    angle = _parse("weird/entities/title-with-escaped-angle-brackets.xml")
    assert angle.items[0].title == "RSS <<< Title >>>"
    assert angle.items[0].guid.startswith("h:")


@needs_corpus
def test_encodings_decoded() -> None:
    golem = _parse("weird/encoding/golem-de-iso-8859-1.xml")
    koi = _parse("weird/encoding/koi8-r.xml")
    assert any(ch in "äöüÄÖÜß" for i in golem.items for ch in i.title + i.summary)
    assert any("\u0400" <= ch <= "\u04ff" for i in koi.items for ch in i.title)
    uol = _parse("weird/encoding/uol-noticias-no-xml-decl-latin1.rss")
    assert uol.warnings and len(uol.items) == 15


# --- refusals -------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "lollollollollollollollollollol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<rss version="2.0"><channel><title>&g;</title><item><title>&g;</title></item></channel></rss>"""


def _quadratic() -> bytes:
    entity = "A" * 50_000
    refs = "&a;" * 2_000
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{entity}">]>'
        f'<rss version="2.0"><channel><item><title>{refs}</title></item></channel></rss>'
    ).encode()


def _utf7_bomb() -> bytes:
    # "<!DOCTYPE rss [<!ENTITY a ...>]>" with every "<", "[", ">" and "]" written in UTF-7.
    dtd = '+ADw-!DOCTYPE rss +AFsAPA-!ENTITY a "AAAAAAAAAA"+AD4AXQA+-'
    doc = '<rss version="2.0"><channel><item><title>&a;&a;</title></item></channel></rss>'
    return b'<?xml version="1.0" encoding="utf-7"?>' + dtd.encode() + doc.encode()


@pytest.mark.parametrize(
    "body",
    [
        BILLION_LAUGHS,
        _quadratic(),
        _utf7_bomb(),
        b'<!-- <a> --><!DOCTYPE rss [<!ENTITY a "x">]><rss version="2.0"/>',
        b'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "a>b" [<!ENTITY a "x">]><rss/>',
        b'<!doctype rss [<!entity a "x">]><rss version="2.0"/>',
        b'<!ENTITY a "x"><rss version="2.0"/>',
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "x">]><rss/>'.encode("utf-16"),
    ],
    ids=["billion", "quadratic", "utf7", "comment", "quoted", "lowercase", "bare", "utf16"],
)
def test_entity_declarations_refused(body: bytes) -> None:
    start = time.monotonic()
    with pytest.raises(ParseError, match=r"document declares entities \(refused\)"):
        parse_feed(body, {}, feed_name="bomb")
    assert time.monotonic() - start < 1.0


def test_external_entity_secret_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN-42")
    uri = secret.as_uri()
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{uri}">]>'
        '<rss version="2.0"><channel><title>&xxe;</title>'
        "<item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>"
    ).encode()
    atime = secret.stat().st_atime_ns
    with pytest.raises(ParseError) as info:
        parse_feed(xxe, {}, feed_name="xxe")
    assert "TOP-SECRET" not in str(info.value)
    # An external DTD (no internal subset) is allowed but never fetched or read.
    external = (
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{uri}">'
        '<rss version="2.0"><channel><title>t</title>'
        "<item><title>x &amp; y</title><guid>1</guid></item></channel></rss>"
    ).encode()
    parsed = parse_feed(external, {}, feed_name="xxe")
    assert "TOP-SECRET" not in repr(parsed)
    assert secret.stat().st_atime_ns == atime


def test_body_that_is_a_file_name_is_not_opened(tmp_path: Path) -> None:
    # feedparser.parse(bytes) would open() a body that names a file; we hand it a stream.
    secret = tmp_path / "secret.xml"
    secret.write_bytes(b'<rss version="2.0"><channel><title>SECRET</title></channel></rss>')
    with pytest.raises(ParseError):
        parse_feed(str(secret).encode(), {}, feed_name="x")


def test_prolog_too_long_refused() -> None:
    body = b"<!--" + b"x" * 70_000 + b'--><rss version="2.0"/>'
    with pytest.raises(ParseError, match="prolog longer than 64 KiB"):
        parse_feed(body, {}, feed_name="x")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty body"),
        (b"  \r\n\t ", "empty body"),
        (b"\xef\xbb\xbf\n", "empty body"),
        (b"<!DOCTYPE html><html><head><title>Login</title></head></html>", "an HTML page"),
        (b"\n<html><body>Please sign in to the Wi-Fi</body></html>", "an HTML page"),
        (b"<!doctype html>\n<meta charset=utf-8><p>captive portal", "an HTML page"),
        (b'{"hello": "world"}', "unrecognised JSON shape"),
        (b"[1, 2, 3]", "unrecognised JSON shape"),
        (b'{"data": {"x": 1}}', "unrecognised JSON shape"),
        (b'{"items": [', "invalid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON: nested too deeply"),
        (b'{"articles": [], "n": ' + b"9" * 5000 + b"}", "invalid JSON"),
        (b"just some text", "not a feed"),
        (b"<foo><bar/></foo>", "not a feed"),
        (b"\x1f\x8b\x08\x00\x00\x00", "compressed"),
    ],
)
def test_not_a_feed(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        parse_feed(body, {"Content-Type": "text/html"}, feed_name="x")
    assert "\n" not in str(info.value)


def test_bozo_feed_keeps_entries() -> None:
    body = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>one \x01 &bogus;</title><guid>1</guid></item>"
        b"<item><title>two</title><guid>2</guid></item></channel></rss>"
    )
    parsed = parse_feed(body, {}, feed_name="x")
    assert [i.guid for i in parsed.items] == ["1", "2"]
    assert parsed.warnings and "\n" not in parsed.warnings[0]


# --- hostile fields -------------------------------------------------------------------------

HOSTILE_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>[b]Feed[/b] \u202eevil</title>
<link>https://news.example.org/</link>
<item>
 <title>[@click=app.quit]Ceasefire[/] holds \x1b[2J\x1b]52;c;SGVsbG8=\x07 today</title>
 <link>javascript:alert(1)</link>
 <guid>id-1</guid>
 <description>&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Talks &amp;amp; \u200bmore&lt;/p&gt;
 </description>
 <pubDate>Fri, 20 Feb 2026 06:34:00 +0100</pubDate>
</item>
<item>
 <title>Escaped &amp;#27;[31mred&amp;#27;[0m \u2066bidi\u2069 zero\u200dwidth &amp;#x9b;6n</title>
 <link>/relative/story</link>
 <description><![CDATA[<b>bold</b> &#27;]52;c;AAAA&#7; text]]></description>
 <pubDate>Fri, 20 Feb 9999 06:34:00 GMT</pubDate>
</item>
<item>
 <title>File link</title><link>file:///etc/passwd</link><guid>id-3</guid>
</item>
<item><title>Duplicate</title><guid>id-1</guid></item>
</channel></rss>
"""

BAD_CHARS = "\x1b\x07\x9b\x9d\u202e\u2066\u2069\u200b\u200d"


def test_hostile_rss_fields_come_out_clean() -> None:
    parsed = parse_feed(HOSTILE_RSS.encode(), {}, feed_name="hostile")
    assert parsed.warnings[-1] == "1 duplicate guid(s) skipped"
    first, second, third = parsed.items
    for item in parsed.items:
        for text in (item.title, item.summary, item.guid, item.link or ""):
            assert not any(c in text for c in BAD_CHARS), repr(text)
    # markup is kept as literal text (the UI never interprets it); escapes are gone
    assert first.title == "[@click=app.quit]Ceasefire[/] holds today"
    assert first.raw_title is not None and "\x1b" in first.raw_title
    assert first.link is None
    assert first.summary == "Talks & more"
    assert first.published == datetime(2026, 2, 20, 5, 34, tzinfo=UTC)
    # HTML maps &#x9b; to "›" (windows-1252), a printable character, not CSI
    assert second.title == "Escaped [31mred[0m bidi zerowidth ›6n"
    assert second.summary == "bold ]52;c;AAAA text"
    assert second.link == "https://news.example.org/relative/story"
    assert second.guid == second.link  # no guid: the link
    assert second.published is None  # year 9999
    assert third.link is None
    assert parsed.title == "[b]Feed[/b] evil"


def test_raw_title_only_when_more_than_whitespace_changed() -> None:
    body = (
        '<rss version="2.0"><channel>'
        "<item><title>  plain   title\n</title><guid>a</guid></item>"
        "<item><title>with \u200b zero width</title><guid>b</guid></item>"
        "</channel></rss>"
    ).encode()
    plain, zw = parse_feed(body, {}, feed_name="x").items
    assert plain.title == "plain title" and plain.raw_title is None
    assert zw.title == "with zero width" and zw.raw_title == "with \u200b zero width"


def test_fallback_guid_hash_is_stable() -> None:
    body = b'<rss version="2.0"><channel><item><title>No id</title></item></channel></rss>'
    a = parse_feed(body, {}, feed_name="x").items[0]
    b = parse_feed(body, {}, feed_name="x").items[0]
    assert a.guid == b.guid and a.guid.startswith("h:") and len(a.guid) == 42


def test_long_guid_bounded() -> None:
    guid = "g" * 5000
    body = f'<rss version="2.0"><channel><item><guid>{guid}</guid></item></channel></rss>'
    item = parse_feed(body.encode(), {}, feed_name="x").items[0]
    assert item.guid == "g" * 512


# --- JSON adapters --------------------------------------------------------------------------


def _json(doc: object) -> bytes:
    return json.dumps(doc).encode()


def test_jsonfeed_adapter() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JF",
        "home_page_url": "https://jf.example.org/",
        "authors": [{"name": "Feed Author"}],
        "items": [
            {
                "id": 17,
                "url": "/posts/17",
                "title": "Truce &amp; talks",
                "content_html": "<p>Envoy <b>invites</b> parties</p>",
                "summary": "ignored",
                "date_published": "2026-02-20T06:34:00+01:00",
            },
            {
                "id": "b",
                "external_url": "https://elsewhere.example.com/x",
                "title": "\x1b]0;pwned\x07Text",
                "content_text": "line one\nline two",
                "date_modified": "2026-02-21T00:00:00Z",
                "author": {"name": "Old Style"},
            },
            {"id": "c", "url": "javascript:alert(1)", "summary": "only summary"},
            "not an object",
        ],
    }
    parsed = parse_feed(b"\xef\xbb\xbf  " + _json(doc), {}, feed_name="jf")
    assert parsed.format == "jsonfeed11" and parsed.title == "JF"
    a, b, c = parsed.items
    assert (a.guid, a.title, a.summary) == ("17", "Truce & talks", "Envoy invites parties")
    assert a.link == "https://jf.example.org/posts/17"
    assert a.published == datetime(2026, 2, 20, 5, 34, tzinfo=UTC)
    assert a.author == "Feed Author"
    assert (b.title, b.summary, b.author) == ("Text", "line one line two", "Old Style")
    assert b.link == "https://elsewhere.example.com/x"
    assert b.published == datetime(2026, 2, 21, tzinfo=UTC)
    assert c.link is None and c.summary == "only summary" and c.title == ""


def test_reliefweb_adapter_v1_and_v2() -> None:
    doc = {
        "totalCount": 2,
        "count": 2,
        "data": [
            {
                "id": "4001",
                "score": 1,
                "href": "https://api.reliefweb.int/v2/reports/4001",
                "fields": {
                    "title": "Sudan: Situation Report",
                    "url_alias": "https://reliefweb.int/report/sudan/sitrep",
                    "body-html": "<p>135 people <em>died</em></p>",
                    "body": "135 people *died*",
                    "date": {"original": "2026-02-20T00:00:00+00:00", "created": "2026-02-21"},
                    "source": [{"name": "OCHA"}, {"name": "WFP"}],
                },
            },
            {
                "id": 4002,
                "href": "https://api.reliefweb.int/v1/reports/4002",
                "fields": {"title": "No url", "body": "plain **markdown**"},
            },
        ],
    }
    parsed = parse_feed(_json(doc), {"Content-Type": "application/json"}, feed_name="rw")
    a, b = parsed.items
    assert parsed.format == "reliefweb"
    assert (a.guid, a.link, a.summary) == (
        "4001",
        "https://reliefweb.int/report/sudan/sitrep",
        "135 people died",
    )
    assert a.author == "OCHA, WFP" and a.published == datetime(2026, 2, 20, tzinfo=UTC)
    assert b.guid == "4002" and b.link == "https://api.reliefweb.int/v1/reports/4002"
    assert b.summary == "plain **markdown**" and b.published is None
    empty = parse_feed(_json({"totalCount": 0, "data": []}), {}, feed_name="rw")
    assert empty.items == () and empty.format == "reliefweb"


def test_gdelt_adapter() -> None:
    doc = {
        "articles": [
            {
                "url": "https://news.example.net/a",
                "url_mobile": "",
                "title": "Shelling [red]resumes[/red]",
                "seendate": "20260220T063400Z",
                "socialimage": "",
                "domain": "news.example.net",
                "language": "English",
                "sourcecountry": "Ukraine",
            },
            {"url": "https://news.example.net/a", "title": "dup", "seendate": "garbage"},
            {"url": "https://news.example.net/b", "title": "b", "seendate": "20260220T0634"},
        ]
    }
    parsed = parse_feed(_json(doc), {}, feed_name="gd")
    a, b = parsed.items
    assert parsed.format == "gdelt"
    assert (a.guid, a.title, a.summary) == (a.link, "Shelling [red]resumes[/red]", "")
    assert a.published == datetime(2026, 2, 20, 6, 34, tzinfo=UTC)
    assert a.author == "news.example.net"
    assert b.published == datetime(2026, 2, 20, 6, 34, tzinfo=UTC)
    assert parse_feed(b"{}", {}, feed_name="gd").items == ()


def test_generic_json_paths() -> None:
    doc = {
        "result": {
            "rows": [
                {
                    "key": 1,
                    "headline": {"text": "Talks resume"},
                    "links": [{"href": "https://ex.org/1"}],
                    "when": 1771569240,
                    "blurb": "<i>hi</i>",
                },
                {"key": 2, "headline": {"text": "Second"}, "when": "Fri, 20 Feb 2026 06:34:00 GMT"},
            ]
        },
        "title": "Generic",
    }
    paths = JsonPaths(
        items="result.rows",
        id="key",
        title="headline.text",
        summary="blurb",
        link="links.0.href",
        published="when",
    )
    parsed = parse_feed(_json(doc), {}, feed_name="g", kind="json", json_paths=paths)
    a, b = parsed.items
    assert (a.guid, a.title, a.summary, a.link) == ("1", "Talks resume", "hi", "https://ex.org/1")
    assert a.published == datetime(2026, 2, 20, 6, 34, tzinfo=UTC)
    assert b.link is None and b.published == datetime(2026, 2, 20, 6, 34, tzinfo=UTC)
    top = parse_feed(
        _json([{"id": "x", "title": "t"}]),
        {},
        feed_name="g",
        kind="json",
        json_paths=JsonPaths(items=""),
    )
    assert top.items[0].guid == "x"
    with pytest.raises(ParseError, match="is not a list"):
        parse_feed(_json(doc), {}, feed_name="g", kind="json", json_paths=JsonPaths(items="x.y"))


def test_forced_kinds() -> None:
    rss = b'<rss version="2.0"><channel><item><guid>1</guid></item></channel></rss>'
    assert len(parse_feed(rss, {}, feed_name="x", kind="rss").items) == 1
    with pytest.raises(ParseError):
        parse_feed(rss, {}, feed_name="x", kind="jsonfeed")
    with pytest.raises(ParseError, match="unknown feed kind"):
        parse_feed(rss, {}, feed_name="x", kind="yaml")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-02-20T06:34:00Z", datetime(2026, 2, 20, 6, 34, tzinfo=UTC)),
        ("2026-02-20T06:34:00", datetime(2026, 2, 20, 6, 34, tzinfo=UTC)),
        ("2026-02-20", datetime(2026, 2, 20, tzinfo=UTC)),
        ("20260220T063400Z", datetime(2026, 2, 20, 6, 34, tzinfo=UTC)),
        ("Fri, 20 Feb 2026 07:34:00 +0100", datetime(2026, 2, 20, 6, 34, tzinfo=UTC)),
        (1771569240, datetime(2026, 2, 20, 6, 34, tzinfo=UTC)),
        (1771569240000, datetime(2026, 2, 20, 6, 34, tzinfo=UTC)),
        ("1989-12-31T00:00:00Z", None),
        ("2101-01-01T00:00:00Z", None),
        ("9999-12-31T23:59:59+00:00", None),
        ("20 de junio de 2024", None),
        ("", None),
        (None, None),
        (True, None),
        (float("nan"), None),
        (1e300, None),
        ({"a": 1}, None),
    ],
)
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@needs_corpus
def test_the_buffered_sax_driver_reads_every_corpus_file_as_the_stock_one(monkeypatch) -> None:
    """feedparser reads XML through feeds.saxdriver (expat with its text buffered): the same
    entries, feed fields and errors as Python's stock expat reader, for every XML file of the
    corpus (real feeds, weird ones and feedparser's own test set)."""
    import io
    import xml.sax

    import feedparser
    import feedparser.api

    from feeds.saxdriver import BufferedExpatParser

    def read_all() -> list[tuple[object, ...]]:
        out = []
        for path in files:
            d = feedparser.parse(
                io.BytesIO(path.read_bytes()), sanitize_html=False, resolve_relative_uris=False
            )
            out.append((d.get("entries"), d.get("feed"), d.get("bozo"), repr(d.get("bozo_exception"))))
        return out

    files = sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".rss", ".atom", ".rdf")
    )
    assert len(files) > 1000
    assert isinstance(xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS), BufferedExpatParser)
    ours = read_all()
    monkeypatch.setattr(feedparser.api, "PREFERRED_XML_PARSERS", ["drv_libxml2"])
    assert not isinstance(xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS), BufferedExpatParser)
    stock = read_all()
    differ = [str(p.relative_to(CORPUS)) for p, a, b in zip(files, ours, stock, strict=True) if a != b]
    assert differ == []
