"""Pure renderable builders: plain records in, rich Text out (feed text never parsed as markup)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from rich.text import Span, Text

from feeds.agenda import Meeting
from feeds.models import Facts
from feeds.sanitize import clean_text
from feeds.store import FeedState, ItemDetail, ItemRow, ViolationRow
from feeds.tally import GROUP_LABELS, Tally, sparkline
from feeds.timeutil import countdown, short_time

STALE_FACTOR = 3
"""A feed is stale when its last success is older than this many poll intervals."""
MIN_STALE = timedelta(minutes=30)

WINDOWS = ("truce", "24h", "7d")
WINDOW_LABELS = {"truce": "since truce", "24h": "last 24 h", "7d": "last 7 days"}

STATUS_STYLES = {
    "scheduled": "green",
    "postponed": "yellow",
    "cancelled": "red strike",
    "held": "dim",
}


def plain(text: object, limit: int | None = 300, style: str = "") -> Text:
    """Feed text as a Text object: controls stripped, never interpreted as markup."""
    return Text(clean_text(str(text) if text is not None else "", limit=limit), style=style)


def cell(text: object, limit: int | None = 300, style: str = "") -> Text:
    """Feed text for a table cell (see plain): cut to its column with an ellipsis, so that a
    title or a name that goes on says so."""
    out = plain(text, limit, style)
    out.overflow = "ellipsis"
    return out


def compact_time(dt: datetime | None, now: datetime) -> str:
    """'14:05Z' today (UTC), 'Sa 23:50' within the past week, else '03-02' (or '2025-03-02')."""
    if dt is None:
        return "--:--Z"
    dt = dt.astimezone(UTC)
    now = now.astimezone(UTC)
    if dt.date() == now.date():
        return dt.strftime("%H:%MZ")
    if timedelta(0) < now - dt < timedelta(days=6):
        return f"{WEEKDAYS[dt.weekday()]} {dt.strftime('%H:%M')}"
    return dt.strftime("%m-%d" if dt.year == now.year else "%Y-%m-%d")


WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def time_text(dt: datetime | None, now: datetime) -> Text:
    return Text(compact_time(dt, now), style="dim")


# --- truce clock ---------------------------------------------------------------------------


def truce_day(start: datetime | None, now: datetime) -> int | None:
    """Day 1 is the day the truce took effect (counted in whole 24 h periods)."""
    if start is None:
        return None
    delta = now - start
    if delta.total_seconds() < 0:
        return None
    return delta.days + 1


def window_start(window: str, truce_start: datetime | None, now: datetime) -> datetime | None:
    if window == "24h":
        return now - timedelta(hours=24)
    if window == "7d":
        return now - timedelta(days=7)
    return truce_start


def minute_of(now: datetime) -> int:
    """The minute `now` falls in: what the panes' windows ("last 24 h", "today") move by."""
    return int(now.timestamp() // 60)


def start_of_day(now: datetime) -> datetime:
    now = now.astimezone(UTC)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


# --- violations ----------------------------------------------------------------------------


def violations_header(today: int, since_truce: int | None, capped: bool = False) -> Text:
    t = Text("Violations ", style="bold")
    t.append(f"today {today}", style="bold red" if today else "")
    if since_truce is not None:
        t.append(f" · since truce {since_truce}")
    if capped:
        t.append(" · newest shown", style="dim")
    return t


def party_label(name: str | None) -> str:
    """A party as a narrow column shows it: without a leading "the" ("the Tarrin Patriotic
    Alliance" shows as "Tarrin Patr…", not "the Tarrin …"). The detail keeps the phrase whole."""
    name = name or ""
    return name[4:].lstrip() if name[:4].lower() == "the " else name


def violation_cells(
    row: ViolationRow, now: datetime, first_id: int | None, wide: bool = False
) -> tuple[Text, ...]:
    when = Text(short_time(row.time, now) if wide else compact_time(row.time, now), style="dim")
    title = Text(overflow="ellipsis")
    if row.item_id == first_id:
        title.append("1st", style="bold reverse red")
        title.append(" ")
    accused = party_label(row.accused)
    if not wide and accused:
        title.append(clean_text(accused, limit=12) + "› ", style="yellow")
    title.append_text(plain(row.title, 300))
    if wide:
        return (when, cell(row.feed, 24, "cyan"), cell(accused, 20, "yellow"), title)
    return (when, cell(row.feed, 18, "cyan"), title)


# --- live feed -----------------------------------------------------------------------------


def feed_header(count: int, watch: str | None, unread: int | None = None, capped: bool = False) -> Text:
    t = Text("Live feed", style="bold")
    if watch:
        t.append(" · watch ")
        t.append(clean_text(watch, limit=30), style="bold magenta")
    if unread:
        t.append(f" · {unread} unread", style="bold")
    t.append(f" · {count}{'+' if capped else ''} shown", style="dim")
    return t


def feed_cells(row: ItemRow, now: datetime, wide: bool = False) -> tuple[Text, ...]:
    # Built for every row of every refill (the list's hot path): one Text per cell, spans given.
    mark = Text(
        ("●" if not row.is_read else " ") + ("⚑" if row.flagged else " "),
        spans=[Span(0, 1, "bold blue"), Span(1, 2, "bold red")],
    )
    title = Text(overflow="ellipsis")
    tags = (
        Text(" ").join(Text(f"[{clean_text(n, limit=20)}]", style="bold magenta") for n in row.watch)
        if row.watch
        else None
    )
    if tags is not None and wide:
        title.append_text(tags + " ")
    elif tags is not None:
        title.append("◆ ", style="bold magenta")  # narrow: the title first, the list names after it
    title.append_text(plain(row.title, 300, style="" if row.is_read else "bold"))
    if row.revised:
        title.append(" (revised)", style="dim italic")
    if tags is not None and not wide:
        title.append(" ")
        title.append_text(tags)
    when = Text(short_time(row.time, now) if wide else compact_time(row.time, now), style="dim")
    return (mark, when, cell(row.feed, 24 if wide else 18, "cyan"), title)


# --- talks ---------------------------------------------------------------------------------


STATUS_SHORT = {"scheduled": "set", "postponed": "postp.", "cancelled": "cancl.", "held": "held"}


def talk_cells(line: Meeting, now: datetime, wide: bool = False) -> tuple[Text, ...]:
    start = line.starts
    when = Text(line.date[5:] if line.date else "tbc", style="bold")
    if start is None:
        left = Text("date tbc", style="dim")
    elif line.is_past(now.astimezone(UTC).date()):
        left = Text(countdown(start, now), style="dim")
    elif start <= now:
        left = Text("today", style="bold green")
    else:
        text = countdown(start, now)
        left = Text(text if wide else text.removeprefix("in "), style="bold")
    label = line.status if wide else STATUS_SHORT.get(line.status, line.status)
    status = Text(label, style=STATUS_STYLES.get(line.status, ""))
    if line.moved_to:
        status.append(f"→{line.moved_to[5:]}", style="yellow")
    if wide:
        return (when, left, cell(line.place or "?", 24), status, cell(line.parties or "", 40))
    return (when + " " + left, cell(line.place or "?", 24), status, cell(line.parties or "", 40))


def talks_header(upcoming: int, show_past: bool) -> Text:
    t = Text("Upcoming talks", style="bold")
    t.append(f" · {upcoming}", style="dim")
    if show_past:
        t.append(" · past shown", style="yellow")
    return t


# --- casualties ----------------------------------------------------------------------------

SHOWN_GROUPS = ("civilians", "children", "government", "rebels", "combatants", "aid_workers", "unspecified")
SHOWN_KINDS = ("killed", "wounded")


@dataclass(frozen=True)
class CasualtyLine:
    """One row of the casualties table: a group's sums, or one source's cumulative tally."""

    key: str
    label: Text
    values: tuple[int | None, ...]
    """One per SHOWN_KINDS; None when nothing is reported."""


def casualty_lines(tally: Tally, truncated: bool = False) -> list[CasualtyLine]:
    lines: list[CasualtyLine] = []
    for group in SHOWN_GROUPS:
        values = tuple(
            tally.cells[(k, group)].total if (k, group) in tally.cells else None for k in SHOWN_KINDS
        )
        if group not in ("civilians", "government", "rebels") and all(v is None for v in values):
            continue
        lines.append(CasualtyLine(f"g:{group}", Text(GROUP_LABELS[group]), values))
    totals = tuple(tally.totals.get(k) for k in SHOWN_KINDS)
    label = Text("total" + (" ≥" if truncated else ""), style="bold")
    lines.append(CasualtyLine("total", label, totals))
    for i, r in enumerate(tally.cumulative):
        if r.kind not in SHOWN_KINDS:
            continue
        # The group first: in a narrow pane it is what must stay visible.
        lab = Text("Σ ", style="dim")
        lab.append(GROUP_LABELS.get(r.group, r.group) if r.group != "unspecified" else "all")
        lab.append(" · ", style="dim")
        lab.append_text(plain(r.feed, 16, "cyan"))
        lab.append(f" {r.time:%m-%d}", style="dim")
        values = tuple(r.count if k == r.kind else None for k in SHOWN_KINDS)
        lines.append(CasualtyLine(f"c:{i}", lab, values))
    return lines


def number_text(value: int | None, kind: str) -> Text:
    if value is None:
        return Text("-", style="dim", justify="right")
    style = "bold red" if kind == "killed" and value else "bold yellow" if value else ""
    return Text(f"{value:,}", style=style, justify="right")


def casualties_header(window: str, tally: Tally) -> Text:
    t = Text("Casualties ", style="bold")
    t.append(WINDOW_LABELS.get(window, window), style="yellow")
    values = [v for _, v in tally.daily][-21:]
    if values:
        t.append(" ")
        t.append(sparkline(values), style="red")
    return t


# --- status line ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Health:
    ok: int = 0
    stale: int = 0
    failing: int = 0


def feed_health(states: Sequence[FeedState], intervals: Mapping[str, float], now: datetime) -> Health:
    ok = stale = failing = 0
    for s in states:
        kind = feed_status(s, intervals.get(s.name, 300.0), now)
        if kind == "failing":
            failing += 1
        elif kind == "stale":
            stale += 1
        elif kind == "ok":
            ok += 1
    return Health(ok, stale, failing)


def feed_status(s: FeedState, interval: float, now: datetime) -> str:
    """'failing', 'stale', 'ok', or 'new' (never polled)."""
    if s.consecutive_errors > 0:
        return "failing"
    if s.last_success is None:
        return "new" if s.last_attempt is None else "stale"
    limit = max(timedelta(seconds=interval * STALE_FACTOR), MIN_STALE)
    if s.stale_since is not None or now - s.last_success > limit:
        return "stale"
    return "ok"


def status_line(
    *,
    truce_name: str,
    day: int | None,
    now: datetime,
    health: Health,
    last_poll: datetime | None,
    new_since: int,
    watch_new: Mapping[str, int],
    filter_text: str = "",
    polling: bool = True,
) -> Text:
    """Most urgent first, so a narrow terminal cuts the least useful end."""
    t = Text()
    t.append(f" {clean_text(truce_name, limit=24)} ", style="bold reverse")
    t.append(f" truce day {day} " if day is not None else " not in force ", style="bold")
    t.append(now.astimezone(UTC).strftime("%H:%M:%SZ "), style="bold cyan")
    # Feed trouble before the counters: a narrow terminal must still show that a feed failed.
    if health.failing:
        t.append(f"{health.failing} failing ", style="bold red")
    if health.stale:
        t.append(f"{health.stale} stale ", style="bold yellow")
    if not (health.failing or health.stale):
        t.append(f"feeds ok ({health.ok}) ", style="green")
    t.append("· ")
    t.append(f"{new_since} new", style="bold" if new_since else "dim")
    for name, n in watch_new.items():
        if n:
            t.append(f" {clean_text(name, limit=20)}:{n}", style="bold magenta")
    t.append(" · poll ")
    t.append(short_time(last_poll, now) if last_poll else "never", style="dim")
    if not polling:
        t.append(" (off)", style="dim")
    if filter_text:
        t.append(" · /")
        t.append(clean_text(filter_text, limit=40), style="bold yellow")
    return t


# --- item detail ---------------------------------------------------------------------------

FACT_STYLES = {
    "violation": "bold white on red",
    "casualty": "bold black on yellow",
    "talk": "bold black on green",
}


def fact_spans(facts: Facts) -> list[tuple[str, int, int, str, str]]:
    """(field, start, end, kind, label) for every fact with a phrase."""
    out: list[tuple[str, int, int, str, str]] = []
    if facts.violation is not None:
        v = facts.violation
        label = f"violation{' by ' + v.accused if v.accused else ''}"
        out.append((v.span.field, v.span.start, v.span.end, "violation", label))
    for c in facts.casualties:
        n = "?" if c.count is None else str(c.count)
        label = f"{n} {c.kind} · {GROUP_LABELS.get(c.group, c.group)} · {c.scope}"
        out.append((c.span.field, c.span.start, c.span.end, "casualty", label))
    for tk in facts.talks:
        label = f"talks {tk.date or 'tbc'} {tk.place or ''} · {tk.status}".strip()
        out.append((tk.span.field, tk.span.start, tk.span.end, "talk", label))
    return out


def highlighted(text: str, spans: Iterable[tuple[int, int, str]]) -> Text:
    """The text (already plain) with styled spans; out-of-range offsets are clipped."""
    t = Text(text)
    n = len(text)
    for start, end, style in spans:
        s, e = max(0, min(start, n)), max(0, min(end, n))
        if e > s:
            t.stylize(style, s, e)
    return t


def _field_text(value: str, limit: int) -> str:
    """Strip controls without changing offsets more than needed (facts index the stored text)."""
    from feeds.sanitize import strip_controls

    text = strip_controls(value or "")
    return text[:limit]


def detail_text(d: ItemDetail, now: datetime) -> Text:
    spans = fact_spans(d.facts)
    title = _field_text(d.row.title, 2000)
    summary = _field_text(d.summary, 50_000)
    out = Text()
    out.append_text(highlighted(title, [(s, e, FACT_STYLES[k]) for f, s, e, k, _ in spans if f == "title"]))
    out.stylize("bold", 0, len(out))
    out.append("\n\n")
    meta = [
        ("source", d.row.feed),
        ("published", _when(d.published, now)),
        ("first seen", _when(d.row.first_seen, now)),
        ("revised", _when(d.updated, now) if d.row.revised else "no"),
        ("link", d.row.link or "none"),
        ("author", d.author or ""),
    ]
    for key, value in meta:
        if not value:
            continue
        out.append(f"{key:>10}  ", style="dim")
        out.append_text(plain(value, 500, "cyan" if key == "link" else ""))
        out.append("\n")
    if d.date_suspect:
        out.append("            date looks wrong (future or ancient): not trusted\n", style="yellow")
    marks = []
    if d.reviewed:
        marks.append(f"reviewed {_when(d.reviewed, now)}")
    if d.row.flagged:
        marks.append("flagged")
    if d.row.is_read:
        marks.append("read")
    if marks:
        out.append(f"{'marks':>10}  ", style="dim")
        out.append(" · ".join(marks), style="bold green")
        out.append("\n")
    if d.watch_words:
        out.append(f"{'watch':>10}  ", style="dim")
        for name, words in d.watch_words.items():
            out.append(clean_text(name, limit=30), style="bold magenta")
            out.append(" (" + clean_text(", ".join(words), limit=200) + ")  ")
        out.append("\n")
    out.append("\n")
    out.append_text(highlighted(summary, [(s, e, FACT_STYLES[k]) for f, s, e, k, _ in spans if f == "text"]))
    out.append("\n")
    if spans:
        out.append("\nFacts\n", style="bold underline")
        source = {"title": title, "text": summary}
        for field, s, e, kind, label in spans:
            out.append(" ● ", style=FACT_STYLES[kind])
            out.append_text(plain(label, 120))
            phrase = source.get(field, "")[s:e]
            out.append("  “", style="dim")
            out.append_text(plain(phrase, 200, "italic"))
            out.append(f"” ({field})\n", style="dim")
    if d.raw_title and d.raw_title != d.row.title:
        out.append("\nRaw title (before sanitising, controls shown escaped)\n", style="bold underline")
        out.append(
            d.raw_title.encode("unicode_escape", "backslashreplace").decode("ascii")[:2000], style="dim"
        )
        out.append("\n")
    if d.notes:
        out.append("\nNotes\n", style="bold underline")
        for when, text in d.notes:
            out.append(f" {short_time(when, now)}  ", style="dim")
            out.append_text(plain(text, 4000))
            out.append("\n")
    return out


def _when(dt: datetime | None, now: datetime) -> str:
    if dt is None:
        return "unknown"
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%MZ") + f" ({countdown(dt, now)})"


# --- sources -------------------------------------------------------------------------------


def source_cells(s: FeedState, interval: float, now: datetime) -> tuple[Text, ...]:
    status = feed_status(s, interval, now)
    style = {"failing": "bold red", "stale": "bold yellow", "ok": "green", "new": "dim"}[status]
    if s.next_poll is None:
        next_poll = "-"
    elif s.next_poll <= now:
        next_poll = "due"
    else:
        next_poll = countdown(s.next_poll, now)
    if s.consecutive_errors and s.next_poll:
        next_poll = f"backoff {next_poll}"
    return (
        cell(s.name, 30, "bold" if status != "ok" else ""),
        Text(status, style=style),
        Text(short_time(s.last_success, now) if s.last_success else "never", style="dim"),
        Text(str(s.last_status or "-")),
        Text(str(s.consecutive_errors), style="bold red" if s.consecutive_errors else "dim"),
        Text(next_poll),
        Text(f"{s.items:,}", justify="right"),
        cell(s.last_error or "", 200, "red"),
    )
