"""Pure writers: a source's visible items as RSS 2.0, Atom 1.0, JSON Feed 1.1, ReliefWeb or GDELT."""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime

from feeds.demo.scenario import Scenario, ScenarioItem, Source, latest_versions

MAX_ITEMS = 50

CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "jsonfeed": "application/feed+json; charset=utf-8",
    "reliefweb": "application/json; charset=utf-8",
    "gdelt": "application/json; charset=utf-8",
}

# Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab/LF/CR, surrogates,
# U+FFFE/U+FFFF). A real publisher's CMS would drop them too; JSON formats keep them (escaped).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def visible_items(
    scenario: Scenario, source: Source, now: datetime, limit: int = MAX_ITEMS
) -> list[ScenarioItem]:
    """The source's items published at or before `now`: latest version each, newest first."""
    return latest_versions(scenario.items_of(source.name), now)[:limit]


def xml_text(value: str) -> str:
    """Escape text for XML element content or a double-quoted attribute."""
    return html.escape(_XML_ILLEGAL.sub("", value), quote=True)


def rfc822(at: datetime) -> str:
    """RFC 822 / RFC 1123 date in GMT, as RSS pubDate and HTTP Last-Modified want it."""
    return format_datetime(at.astimezone(UTC), usegmt=True)


def rfc3339(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _paragraphs(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>" if text else ""


def render_rss(source: Source, items: Sequence[ScenarioItem]) -> bytes:
    """RSS 2.0; description holds escaped HTML, guid is the permalink."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{xml_text(source.title)}</title>",
        f"<link>{xml_text(source.home)}</link>",
        f"<description>{xml_text(source.title)}</description>",
        "<language>en</language>",
    ]
    if items:
        out.append(f"<lastBuildDate>{rfc822(max(i.at for i in items))}</lastBuildDate>")
    for item in items:
        permalink = "true" if item.guid == item.link else "false"
        out += [
            "<item>",
            f"<title>{xml_text(item.title)}</title>",
            f"<link>{xml_text(item.link)}</link>",
            f'<guid isPermaLink="{permalink}">{xml_text(item.guid)}</guid>',
            f"<pubDate>{rfc822(item.at)}</pubDate>",
        ]
        if item.author:
            out.append(f"<dc:creator>{xml_text(item.author)}</dc:creator>")
        out += [f"<description>{xml_text(_paragraphs(item.text))}</description>", "</item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out).encode("utf-8")


def render_atom(source: Source, items: Sequence[ScenarioItem]) -> bytes:
    """Atom 1.0 with published (first version) and updated (latest version) per entry."""
    updated = max((i.at for i in items), default=None)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{xml_text(source.title)}</title>",
        f'<link rel="alternate" type="text/html" href="{xml_text(source.home)}"/>',
        f"<id>{xml_text(source.home)}</id>",
        f"<updated>{rfc3339(updated) if updated else '1970-01-01T00:00:00Z'}</updated>",
    ]
    for item in items:
        out += [
            "<entry>",
            f'<title type="text">{xml_text(item.title)}</title>',
            f'<link rel="alternate" type="text/html" href="{xml_text(item.link)}"/>',
            f"<id>{xml_text(item.guid)}</id>",
            f"<published>{rfc3339(item.first_published)}</published>",
            f"<updated>{rfc3339(item.at)}</updated>",
        ]
        if item.author:
            out.append(f"<author><name>{xml_text(item.author)}</name></author>")
        out += [f'<summary type="text">{xml_text(item.text)}</summary>', "</entry>"]
    out += ["</feed>", ""]
    return "\n".join(out).encode("utf-8")


def _json(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def render_jsonfeed(source: Source, items: Sequence[ScenarioItem]) -> bytes:
    """JSON Feed 1.1."""
    entries: list[dict[str, object]] = []
    for item in items:
        entry: dict[str, object] = {
            "id": item.guid,
            "url": item.link,
            "title": item.title,
            "content_text": item.text,
            "date_published": rfc3339(item.first_published),
        }
        if item.at != item.first_published:
            entry["date_modified"] = rfc3339(item.at)
        if item.author:
            entry["authors"] = [{"name": item.author}]
        entries.append(entry)
    return _json(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": source.title,
            "home_page_url": source.home,
            "language": "en",
            "items": entries,
        }
    )


def _report_id(item: ScenarioItem) -> int:
    return 4_100_000 + int(hashlib.sha256(item.guid.encode()).hexdigest()[:6], 16) % 900_000


def _rw_date(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def render_reliefweb(source: Source, items: Sequence[ScenarioItem], total: int) -> bytes:
    """ReliefWeb API v1 reports list (`profile=full`-like fields)."""
    data = []
    for item in items:
        rid = _report_id(item)
        data.append(
            {
                "id": str(rid),
                "score": 1,
                "href": f"https://api.reliefweb.example/v1/reports/{rid}",
                "fields": {
                    "id": rid,
                    "title": item.title,
                    "url": item.link,
                    "date": {
                        "created": _rw_date(item.first_published),
                        "changed": _rw_date(item.at),
                        "original": _rw_date(item.first_published),
                    },
                    "source": [{"name": item.author or "ReliefWeb"}],
                    "country": [{"name": "Orsava"}],
                    "body": item.text,
                },
            }
        )
    return _json(
        {
            "time": 12,
            "href": "https://api.reliefweb.example/v1/reports",
            "links": {"self": {"href": "https://api.reliefweb.example/v1/reports"}},
            "took": 3,
            "totalCount": total,
            "count": len(data),
            "data": data,
        }
    )


def _domain(link: str) -> str:
    return link.split("/")[2] if link.count("/") >= 2 else ""


def render_gdelt(source: Source, items: Sequence[ScenarioItem]) -> bytes:
    """GDELT DOC 2.0 ArtList (titles only); `{}` when nothing matches, as the real API does."""
    if not items:
        return b"{}"
    articles = [
        {
            "url": item.link,
            "url_mobile": "",
            "title": item.title,
            "seendate": item.at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
            "socialimage": "",
            "domain": _domain(item.link),
            "language": "English",
            "sourcecountry": "Orsava",
        }
        for item in items
    ]
    return _json({"articles": articles})


_WRITERS: dict[str, Callable[[Source, Sequence[ScenarioItem]], bytes]] = {
    "rss": render_rss,
    "atom": render_atom,
    "jsonfeed": render_jsonfeed,
    "gdelt": render_gdelt,
}


def render(scenario: Scenario, source: Source, now: datetime) -> tuple[bytes, datetime | None]:
    """The source's document at simulated time `now`, and its newest item time (or None)."""
    items = visible_items(scenario, source, now)
    newest = max((i.at for i in items), default=None)
    if source.format == "reliefweb":
        total = len(latest_versions(scenario.items_of(source.name), now))
        return render_reliefweb(source, items, total), newest
    writer = _WRITERS.get(source.format)
    if writer is None:
        raise ValueError(f"unknown format {source.format!r}")
    return writer(source, items), newest
