"""Frozen records that cross module boundaries: feed specs, items, facts and poll results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

FEED_KINDS = ("auto", "rss", "atom", "jsonfeed", "reliefweb", "gdelt", "json")


@dataclass(frozen=True)
class JsonPaths:
    """Dotted paths that map a generic JSON document onto items."""

    items: str = "items"
    id: str = "id"
    title: str = "title"
    summary: str = "summary"
    link: str = "url"
    published: str = "published"


@dataclass(frozen=True)
class FeedSpec:
    """One configured source."""

    name: str
    url: str
    kind: str = "auto"
    interval: float = 300.0
    """Seconds between polls."""
    tags: tuple[str, ...] = ()
    enabled: bool = True
    json_paths: JsonPaths | None = None
    allow_private: bool = True
    """Feeds written in the config may point at loopback/private hosts."""


@dataclass(frozen=True)
class Item:
    """One normalised story, as parsed from a feed (plain text, UTC times, safe links)."""

    feed: str
    guid: str
    """Stable per-feed key: the source's guid, else link, else a hash of title and date."""
    title: str
    summary: str
    link: str | None
    published: datetime | None
    """UTC; None when missing or unparseable."""
    author: str | None = None
    raw_title: str | None = None
    """The title before sanitising, only when sanitising changed it (for the detail view)."""


@dataclass(frozen=True)
class ParsedFeed:
    """What a parser made of one document."""

    items: tuple[Item, ...]
    title: str | None = None
    format: str = ""
    warnings: tuple[str, ...] = ()
    """Problems the parser recovered from (bozo, bad encoding...)."""


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one HTTP request for a feed."""

    status: int
    """HTTP status; 0 when no response arrived."""
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    url: str = ""
    """Final URL after redirects."""
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None
    """Seconds to wait before the next attempt (already clamped) when the server asked."""
    error: str | None = None
    """One-line error; None on success or 304."""
    elapsed_ms: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class PollResult:
    """The outcome of polling one feed once."""

    feed: str
    status: str
    """"ok", "not-modified" or "error"."""
    http_status: int = 0
    new: int = 0
    revised: int = 0
    seen: int = 0
    elapsed_ms: int = 0
    error: str | None = None
    next_poll_in: float = 0.0


# --- extracted facts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Where a phrase sits: field is "title" or "text"; offsets are into that field."""

    field: str
    start: int
    end: int


@dataclass(frozen=True)
class Violation:
    """The item reports a breach of a truce (or an attack while one is in force)."""

    phrase: str
    span: Span
    accused: str | None = None


@dataclass(frozen=True)
class CasualtyFigure:
    """One stated number of people killed, wounded, missing, displaced or detained."""

    count: int | None
    kind: str
    """killed | wounded | missing | displaced | detained"""
    group: str
    """civilians | combatants | government | rebels | children | aid_workers | unspecified"""
    scope: str
    """incident | cumulative"""
    phrase: str
    span: Span
    qualifier: str | None = None
    """at_least | more_than | nearly | about | up_to | range | vague | None"""
    count_max: int | None = None


@dataclass(frozen=True)
class Talk:
    """A scheduled (or postponed / cancelled) meeting about the conflict."""

    date: str | None
    """ISO date, or None when it cannot be fixed."""
    place: str | None
    parties: str | None
    status: str
    """scheduled | postponed | cancelled | held"""
    phrase: str
    span: Span
    date_end: str | None = None


@dataclass(frozen=True)
class WatchHit:
    """A configured watch list that the item matches, and the words that matched."""

    watch: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Everything extraction found in one item."""

    violation: Violation | None = None
    casualties: tuple[CasualtyFigure, ...] = ()
    talks: tuple[Talk, ...] = ()
    watch_hits: tuple[WatchHit, ...] = ()

    @property
    def is_violation(self) -> bool:
        return self.violation is not None
