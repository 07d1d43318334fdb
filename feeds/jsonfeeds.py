"""JSON adapters: JSON Feed 1.0/1.1, ReliefWeb API v1/v2, GDELT DOC 2.0 ArtList, generic paths."""

from __future__ import annotations

import json
from typing import Any

from feeds.models import JsonPaths, ParsedFeed
from feeds.parse import (
    MAX_TITLE,
    ItemCollector,
    ParseError,
    field_text,
    parse_date,
)
from feeds.sanitize import safe_url

JSON_KINDS = frozenset({"jsonfeed", "reliefweb", "gdelt", "json"})


def load_json(body: bytes) -> Any:
    """Decode JSON with deep nesting, huge numbers and bad bytes turned into ParseError."""
    try:
        return json.loads(body)
    except RecursionError as exc:
        raise ParseError("invalid JSON: nested too deeply") from exc
    except (ValueError, UnicodeError) as exc:
        raise ParseError(f"invalid JSON: {exc}") from exc


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _names(value: Any) -> str | None:
    """Names from a list of {"name": ...} objects (or one such object), comma separated."""
    people = value if isinstance(value, list) else [value]
    names = [n for p in people[:20] if (n := _str(_dict(p).get("name")))]
    return ", ".join(names) or None


def json_kind(doc: Any) -> str:
    """Which adapter a decoded JSON document's shape calls for."""
    if isinstance(doc, dict):
        version = doc.get("version")
        if isinstance(version, str) and "jsonfeed.org" in version:
            return "jsonfeed"
        data = doc.get("data")
        if isinstance(data, list) and (
            any(isinstance(d, dict) and isinstance(d.get("fields"), dict) for d in data[:10])
            or (not data and "totalCount" in doc)
        ):
            return "reliefweb"
        if isinstance(doc.get("articles"), list) or doc == {}:
            return "gdelt"
    raise ParseError("unrecognised JSON shape (use kind = json with json paths)")


def _jsonfeed(doc: dict[str, Any], feed_name: str, base_url: str) -> ParsedFeed:
    base = safe_url(_str(doc.get("home_page_url")), base_url or None) or base_url or None
    collect = ItemCollector(feed_name, base)
    feed_author = _names(doc.get("authors")) or _names(doc.get("author"))
    for entry in _list(doc.get("items")):
        if not isinstance(entry, dict):
            continue
        if _str(entry.get("content_html")):
            summary, is_html = entry["content_html"], True
        elif _str(entry.get("content_text")):
            summary, is_html = entry["content_text"], False
        else:
            summary, is_html = entry.get("summary"), False
        collect.add(
            guid=_str(entry.get("id")),
            title=_str(entry.get("title")),
            summary=summary,
            summary_html=is_html,
            link=_str(entry.get("url")) or _str(entry.get("external_url")),
            published=parse_date(entry.get("date_published")) or parse_date(entry.get("date_modified")),
            author=_names(entry.get("authors")) or _names(entry.get("author")) or feed_author,
        )
    title = field_text(doc.get("title"), html=True, limit=MAX_TITLE)
    version = _str(doc.get("version")) or ""
    fmt = "jsonfeed11" if version.rstrip("/").endswith("1.1") else "jsonfeed10"
    return collect.result(title=title, fmt=fmt, warnings=[])


def _reliefweb(doc: dict[str, Any], feed_name: str, base_url: str) -> ParsedFeed:
    collect = ItemCollector(feed_name, base_url or None)
    for entry in _list(doc.get("data")):
        if not isinstance(entry, dict):
            continue
        fields = _dict(entry.get("fields"))
        if _str(fields.get("body-html")):
            summary, is_html = fields["body-html"], True
        elif _str(fields.get("description-html")):
            summary, is_html = fields["description-html"], True
        else:
            summary, is_html = fields.get("body") or fields.get("description"), False
        dates = _dict(fields.get("date"))
        collect.add(
            guid=_str(entry.get("id")) or _str(fields.get("id")),
            title=_str(fields.get("title")) or _str(fields.get("name")),
            summary=summary,
            summary_html=is_html,
            link=_str(fields.get("url")) or _str(fields.get("url_alias")) or _str(entry.get("href")),
            published=parse_date(dates.get("original"))
            or parse_date(dates.get("created"))
            or parse_date(dates.get("event")),
            author=_names(fields.get("source")),
        )
    return collect.result(title=None, fmt="reliefweb", warnings=[])


def _gdelt(doc: dict[str, Any], feed_name: str, base_url: str) -> ParsedFeed:
    collect = ItemCollector(feed_name, base_url or None)
    for entry in _list(doc.get("articles")):
        if not isinstance(entry, dict):
            continue
        link = _str(entry.get("url"))
        collect.add(
            guid=link,
            title=_str(entry.get("title")),
            summary=None,
            link=link,
            published=parse_date(entry.get("seendate")),
            author=_str(entry.get("domain")),
        )
    return collect.result(title=None, fmt="gdelt", warnings=[])


def resolve_path(doc: Any, path: str) -> Any:
    """Follow a dotted path ("a.b.0.c"; "" is the document itself); None when it leads nowhere."""
    if not path:
        return doc
    node = doc
    for part in path.split("."):
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _generic(doc: Any, feed_name: str, base_url: str, paths: JsonPaths) -> ParsedFeed:
    entries = resolve_path(doc, paths.items)
    if not isinstance(entries, list):
        raise ParseError(f"JSON items path {paths.items!r} is not a list")
    collect = ItemCollector(feed_name, base_url or None)
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        collect.add(
            guid=_str(resolve_path(entry, paths.id)),
            title=_str(resolve_path(entry, paths.title)),
            summary=_str(resolve_path(entry, paths.summary)),
            link=_str(resolve_path(entry, paths.link)),
            published=parse_date(resolve_path(entry, paths.published)),
        )
    title = ""
    if isinstance(doc, dict):
        title = field_text(doc.get("title"), html=True, limit=MAX_TITLE)
    return collect.result(title=title, fmt="json", warnings=[])


def parse_json(
    body: bytes,
    *,
    feed_name: str,
    kind: str = "auto",
    base_url: str = "",
    json_paths: JsonPaths | None = None,
) -> ParsedFeed:
    """Parse a JSON document with the adapter ``kind`` names, or the one its shape suggests."""
    doc = load_json(body)
    if kind == "json":
        return _generic(doc, feed_name, base_url, json_paths or JsonPaths())
    if kind == "auto":
        kind = json_kind(doc)
    if not isinstance(doc, dict):
        raise ParseError(f"unrecognised JSON shape for {kind}: expected an object")
    if kind == "jsonfeed":
        return _jsonfeed(doc, feed_name, base_url)
    if kind == "reliefweb":
        return _reliefweb(doc, feed_name, base_url)
    if kind == "gdelt":
        return _gdelt(doc, feed_name, base_url)
    raise ParseError(f"unknown feed kind {kind!r}")
