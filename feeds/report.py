"""Shift handover: a situation report of a time window, as Markdown, plain text, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from feeds.agenda import Meeting, upcoming
from feeds.config import ConfigError, Settings, TruceSettings, parse_time
from feeds.query import Query, parse_query
from feeds.sanitize import clean_text
from feeds.store import CasualtyRow, ItemRow, Store, TalkRow, ViolationRow
from feeds.tally import GROUP_LABELS, GROUPS, KINDS, Tally, build_tally
from feeds.timeutil import countdown, parse_span, to_iso, utcnow

SCHEMA_VERSION = 1
MAX_ROWS = 2000


@dataclass(frozen=True)
class FeedGap:
    """A feed that failed during the window: what was not seen."""

    feed: str
    errors: int
    first_error: datetime | None
    last_error: str | None
    last_success: datetime | None
    failing_now: bool


@dataclass(frozen=True)
class Report:
    """Everything a handover needs, gathered from the store for one window and filter."""

    generated: datetime
    start: datetime
    end: datetime
    filter: str
    truce: TruceSettings
    violations: tuple[ViolationRow, ...]
    """Listed (at most MAX_ROWS); `violations_count` is how many there are."""
    violations_count: int
    violations_since_truce: int | None
    casualties: tuple[CasualtyRow, ...]
    tally: Tally
    talks_changed: tuple[TalkRow, ...]
    upcoming: tuple[Meeting, ...]
    watch_hits: tuple[tuple[ItemRow, str], ...]
    notes: tuple[dict[str, Any], ...]
    coverage: tuple[FeedGap, ...]


def window(
    now: datetime, since: str | None = None, from_: str | None = None, to: str | None = None
) -> tuple[datetime, datetime]:
    """The report's window: --since SPAN (default 12h) or --from/--to ISO times."""
    try:
        end = parse_time(to) if to else now
        if from_:
            start = parse_time(from_)
        else:
            span = parse_span(since or "12h")
            if span is None:
                raise ValueError(f"--since: expected a span such as 12h or 7d, got {since!r}")
            start = end - span
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    if start >= end:
        raise ConfigError("the report window is empty: --from must be before --to")
    return start, end


def _coverage(store: Store, start: datetime, end: datetime) -> tuple[FeedGap, ...]:
    log = store.poll_log(start, end)
    states = {s.name: s for s in store.feed_states()}
    gaps: dict[str, dict[str, Any]] = {}
    for row in log:
        if row["status"] != "error":
            continue
        g = gaps.setdefault(row["feed"], {"errors": 0, "first": row["time"], "last": None})
        g["errors"] += 1
        g["last"] = row["error"]
    for name, state in states.items():
        if state.stale_since and state.stale_since <= end and name not in gaps:
            gaps[name] = {
                "errors": state.consecutive_errors,
                "first": to_iso(state.stale_since),
                "last": state.last_error,
            }
    out = []
    for name, g in sorted(gaps.items()):
        st = states.get(name)
        out.append(
            FeedGap(
                feed=name,
                errors=g["errors"],
                first_error=parse_time(g["first"]) if g["first"] else None,
                last_error=g["last"],
                last_success=st.last_success if st else None,
                failing_now=bool(st and st.consecutive_errors),
            )
        )
    return tuple(out)


def build_report(
    settings: Settings,
    store: Store,
    *,
    start: datetime,
    end: datetime,
    query: Query | None = None,
    now: datetime | None = None,
) -> Report:
    """Gather the report (no formatting)."""
    now = now or utcnow()
    query = query or parse_query("")
    truce_start = settings.truce.start
    violations = store.violations(query, since=start, until=end, limit=MAX_ROWS, now=now)
    since_truce = None
    if truce_start is not None:
        since_truce = store.count_violations(query, since=truce_start, until=end, now=now)
    casualties = store.casualties(query, since=start, until=end, now=now, limit=MAX_ROWS)
    talks_in_window = store.talks(query, since=start, until=end, now=now)
    all_talks = store.talks(query, until=end, now=now, limit=MAX_ROWS)
    hits = store.watch_hits_between(start, end, query, limit=MAX_ROWS, now=now)
    return Report(
        generated=now,
        start=start,
        end=end,
        filter=query.text,
        truce=settings.truce,
        violations=tuple(violations),
        violations_count=store.count_violations(query, since=start, until=end, now=now),
        violations_since_truce=since_truce,
        casualties=tuple(casualties),
        tally=build_tally(casualties, start=start, end=end),
        talks_changed=tuple(talks_in_window),
        upcoming=tuple(upcoming(all_talks, end.date())),
        watch_hits=tuple(hits),
        notes=tuple(store.notes(start, end)),
        coverage=_coverage(store, start, end),
    )


# --- formatting ---------------------------------------------------------------------------------


def _t(dt: datetime | None) -> str:
    return to_iso(dt) or "-"


def _s(text: object, limit: int = 300) -> str:
    return clean_text(str(text) if text is not None else "", limit=limit)


def _md(text: object, limit: int = 300) -> str:
    """Feed text inside Markdown: shown literally (no links, emphasis or tables from a title)."""
    out = _s(text, limit)
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _count(c: CasualtyRow) -> str:
    if c.count is None:
        return "?"
    prefix = {
        "at_least": "at least ",
        "more_than": "more than ",
        "nearly": "nearly ",
        "about": "about ",
        "up_to": "up to ",
    }.get(c.qualifier or "", "")
    if c.count_max:
        return f"{c.count}-{c.count_max}"
    return f"{prefix}{c.count}"


def headline(r: Report) -> list[str]:
    lines = [
        f"Violations reported: {r.violations_count} in the window"
        + (
            f", {r.violations_since_truce} since the truce began"
            if r.violations_since_truce is not None
            else ""
        )
    ]
    any_incident = False
    for kind in KINDS:
        parts = [f"{r.tally.total(kind, g)} {GROUP_LABELS[g]}" for g in GROUPS if r.tally.total(kind, g)]
        if parts:
            any_incident = True
            total = r.tally.totals.get(kind, 0)
            lines.append(
                f"{kind.capitalize()} in incidents reported in the window: {total} ("
                + ", ".join(parts)
                + "; the same figure from several sources counted once)"
            )
    if not any_incident:
        lines.append("No incident casualty figures reported in the window")
    by_source: dict[tuple[str, str], list[CasualtyRow]] = {}
    for c in r.tally.cumulative:
        by_source.setdefault((c.feed, c.kind), []).append(c)
    for (feed, kind), figs in by_source.items():
        newest = max(f.time for f in figs)
        parts = [
            f"{_count(f)} {GROUP_LABELS.get(f.group, f.group)}"
            for f in sorted(figs, key=lambda f: GROUPS.index(f.group) if f.group in GROUPS else 99)
        ]
        lines.append(
            f"Latest cumulative tally from {_s(feed, 40)} ({_t(newest)}): {kind} "
            + ", ".join(parts)
            + " (not added to the sums)"
        )
    nxt = next((m for m in r.upcoming if m.starts and m.status == "scheduled"), None)
    if nxt and nxt.starts:
        lines.append(
            f"Next talks: {nxt.date} in {_s(nxt.place or 'an unknown place', 60)} "
            f"({countdown(nxt.starts, r.end)})"
        )
    else:
        lines.append("Next talks: none scheduled")
    return lines


def to_markdown(r: Report) -> str:
    out = [
        f"# Situation report: {_md(r.truce.name)}",
        "",
        f"Window: {_t(r.start)} to {_t(r.end)}  ",
        f"Generated: {_t(r.generated)}" + (f"  \nFilter: `{_s(r.filter)}`" if r.filter else ""),
        "",
        "## Headline",
        "",
    ]
    out += [f"- {_md(line, 500)}" for line in headline(r)]
    out += ["", "## Violations", ""]
    if not r.violations:
        out.append("None reported in the window.")
    for v in r.violations:
        who = f" (accused: {_md(v.accused, 60)})" if v.accused else ""
        out.append(f"- {_t(v.time)} **{_md(v.feed, 40)}**{who}: {_md(v.title)}  ")
        out.append(f'  "{_md(v.phrase)}" <{_s(v.link, 500) or "no link"}>')
    out += ["", "## Casualty figures", ""]
    if not r.casualties:
        out.append("None reported in the window.")
    else:
        out += ["| time | count | kind | group | scope | phrase | source |", "|---|---|---|---|---|---|---|"]
        for c in r.casualties:
            out.append(
                f"| {_t(c.time)} | {_count(c)} | {c.kind} | {c.group} | {c.scope} | "
                f"{_md(c.phrase, 120)} | {_md(c.feed, 40)} {_s(c.link, 500) or ''} |"
            )
    out += ["", "## Talks", "", "### Upcoming", ""]
    if not r.upcoming:
        out.append("No upcoming talks reported.")
    for m in r.upcoming:
        when = f"{m.date} ({countdown(m.starts, r.end)})" if m.starts else "date not known"
        out.append(
            f"- {when}, {_md(m.place or 'place not known', 60)}: {m.status}"
            + (f"; {_md(m.parties, 120)}" if m.parties else "")
            + f'  \n  "{_md(m.latest.phrase)}" ({_md(m.latest.feed, 40)}, '
            f"{_s(m.latest.link, 500) or 'no link'})"
        )
    out += ["", "### Reported in the window", ""]
    if not r.talks_changed:
        out.append("No talks news in the window.")
    for t in r.talks_changed:
        out.append(
            f"- {_t(t.time)} {t.status} {t.date or 'undated'} {_md(t.place or '', 60)}: "
            f'"{_md(t.phrase)}" ({_md(t.feed, 40)}, {_s(t.link, 500) or "no link"})'
        )
    out += ["", "## Watch-list hits", ""]
    if not r.watch_hits:
        out.append("None.")
    for row, watch in r.watch_hits:
        out.append(
            f"- {_t(row.time)} [{_md(watch, 40)}] {_md(row.title)} ({_md(row.feed, 40)}, "
            f"{_s(row.link, 500) or 'no link'})"
        )
    out += ["", "## Officer notes", ""]
    if not r.notes:
        out.append("None.")
    for n in r.notes:
        out.append(f'- {n["time"]} on "{_md(n["title"], 120)}": {_md(n["text"], 2000)}')
    out += ["", "## Coverage", ""]
    if not r.coverage:
        out.append("Every feed answered during the window.")
    for g in r.coverage:
        state = "still failing" if g.failing_now else "recovered"
        out.append(
            f"- {_md(g.feed, 40)}: {g.errors} failed polls from {_t(g.first_error)}, {state}; "
            f"last error: {_md(g.last_error or '-', 160)}; last success {_t(g.last_success)}"
        )
    return "\n".join(out) + "\n"


def _wrap(text: str, width: int = 80, indent: str = "  ") -> list[str]:
    import textwrap

    return textwrap.wrap(
        text, width=width, subsequent_indent=indent, break_long_words=True, break_on_hyphens=False
    ) or [""]


def to_text(r: Report) -> str:
    out: list[str] = []

    def para(text: str, indent: str = "  ") -> None:
        out.extend(_wrap(text, 80, indent))

    para(f"SITUATION REPORT: {_s(r.truce.name)}")
    para(f"Window {_t(r.start)} to {_t(r.end)}, generated {_t(r.generated)}")
    if r.filter:
        para(f"Filter: {_s(r.filter)}")
    out += ["", "HEADLINE"]
    for line in headline(r):
        para(f"* {line}")
    out += ["", "VIOLATIONS"]
    for v in r.violations:
        para(
            f"* {_t(v.time)} {_s(v.feed, 40)}"
            + (f" (accused: {_s(v.accused)})" if v.accused else "")
            + f": {_s(v.title)} <{_s(v.link, 500) or 'no link'}>"
        )
    if not r.violations:
        out.append("  none reported")
    out += ["", "CASUALTY FIGURES"]
    for c in r.casualties:
        para(
            f'* {_t(c.time)} {_count(c)} {c.kind}, {c.group}, {c.scope}: "{_s(c.phrase)}" '
            f"({_s(c.feed, 40)} {_s(c.link, 500)})"
        )
    if not r.casualties:
        out.append("  none reported")
    out += ["", "UPCOMING TALKS"]
    for m in r.upcoming:
        when = f"{m.date} ({countdown(m.starts, r.end)})" if m.starts else "date not known"
        para(
            f'* {when} {_s(m.place or "place not known")}: {m.status}; "{_s(m.latest.phrase)}" '
            f"({_s(m.latest.feed, 40)})"
        )
    if not r.upcoming:
        out.append("  none reported")
    out += ["", "WATCH-LIST HITS"]
    for row, watch in r.watch_hits:
        para(f"* {_t(row.time)} [{_s(watch)}] {_s(row.title)} ({_s(row.feed, 40)})")
    if not r.watch_hits:
        out.append("  none")
    out += ["", "OFFICER NOTES"]
    for n in r.notes:
        para(f'* {n["time"]} on "{_s(n["title"], 120)}": {_s(n["text"], 2000)}')
    if not r.notes:
        out.append("  none")
    out += ["", "COVERAGE"]
    for g in r.coverage:
        para(
            f"* {_s(g.feed, 40)}: {g.errors} failed polls from {_t(g.first_error)}, "
            f"{'still failing' if g.failing_now else 'recovered'}; last error: {_s(g.last_error)}"
        )
    if not r.coverage:
        out.append("  every feed answered during the window")
    return "\n".join(out) + "\n"


def _casualty_json(c: CasualtyRow) -> dict[str, Any]:
    return {
        "time": to_iso(c.time),
        "source": c.feed,
        "title": c.title,
        "link": c.link,
        "count": c.count,
        "count_max": c.count_max,
        "qualifier": c.qualifier,
        "kind": c.kind,
        "group": c.group,
        "scope": c.scope,
        "phrase": c.phrase,
    }


def to_json_data(r: Report) -> dict[str, Any]:
    return {
        "schema": f"sitroom.report/{SCHEMA_VERSION}",
        "generated": to_iso(r.generated),
        "window": {"start": to_iso(r.start), "end": to_iso(r.end)},
        "filter": r.filter,
        "truce": {
            "name": r.truce.name,
            "start": to_iso(r.truce.start),
            "parties": list(r.truce.parties),
            "area": r.truce.area,
        },
        "headline": {
            "violations": r.violations_count,
            "violations_since_truce": r.violations_since_truce,
            "casualties": {
                kind: {
                    "total": r.tally.totals.get(kind, 0),
                    "by_group": {g: r.tally.total(kind, g) for g in GROUPS},
                }
                for kind in KINDS
            },
            "cumulative": [_casualty_json(c) for c in r.tally.cumulative],
            "next_talks": next(
                (
                    {"date": m.date, "place": m.place, "status": m.status}
                    for m in r.upcoming
                    if m.date and m.status == "scheduled"
                ),
                None,
            ),
        },
        "violations": [
            {
                "time": to_iso(v.time),
                "source": v.feed,
                "title": v.title,
                "link": v.link,
                "accused": v.accused,
                "phrase": v.phrase,
            }
            for v in r.violations
        ],
        "casualties": [_casualty_json(c) for c in r.casualties],
        "talks": {
            "upcoming": [
                {
                    "date": m.date,
                    "date_end": m.date_end,
                    "place": m.place,
                    "parties": m.parties,
                    "status": m.status,
                    "countdown": countdown(m.starts, r.end) if m.starts else None,
                    "phrase": m.latest.phrase,
                    "source": m.latest.feed,
                    "link": m.latest.link,
                }
                for m in r.upcoming
            ],
            "reported_in_window": [
                {
                    "time": to_iso(t.time),
                    "date": t.date,
                    "place": t.place,
                    "status": t.status,
                    "phrase": t.phrase,
                    "source": t.feed,
                    "link": t.link,
                }
                for t in r.talks_changed
            ],
        },
        "watch_hits": [
            {"time": to_iso(row.time), "watch": w, "source": row.feed, "title": row.title, "link": row.link}
            for row, w in r.watch_hits
        ],
        "notes": [
            {
                "time": n["time"],
                "text": n["text"],
                "title": n["title"],
                "source": n["feed"],
                "link": n["link"],
            }
            for n in r.notes
        ],
        "coverage": [
            {
                "feed": g.feed,
                "failed_polls": g.errors,
                "first_error": to_iso(g.first_error),
                "last_error": g.last_error,
                "last_success": to_iso(g.last_success),
                "failing_now": g.failing_now,
            }
            for g in r.coverage
        ],
    }


CSV_COLUMNS = (
    "fact",
    "time",
    "source",
    "title",
    "link",
    "count",
    "count_max",
    "qualifier",
    "kind",
    "group",
    "scope",
    "date",
    "place",
    "status",
    "accused",
    "watch",
    "phrase",
    "text",
)


def to_csv(r: Report) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    w.writeheader()

    def cell(value: object) -> object:
        # Spreadsheet formula injection: a cell starting with = + - @ is text, not a formula.
        if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
            return "'" + value
        return value

    def row(**kw: object) -> None:
        w.writerow({k: cell(v) for k, v in kw.items()})

    for v in r.violations:
        row(
            fact="violation",
            time=to_iso(v.time),
            source=v.feed,
            title=v.title,
            link=v.link,
            accused=v.accused,
            phrase=v.phrase,
        )
    for c in r.casualties:
        row(fact="casualty", **{k: v for k, v in _casualty_json(c).items() if k != "source"}, source=c.feed)
    for m in r.upcoming:
        row(
            fact="talks",
            time=to_iso(m.latest.time),
            source=m.latest.feed,
            title=m.latest.title,
            link=m.latest.link,
            date=m.date,
            place=m.place,
            status=m.status,
            phrase=m.latest.phrase,
        )
    for item, watch in r.watch_hits:
        row(
            fact="watch_hit",
            time=to_iso(item.time),
            source=item.feed,
            title=item.title,
            link=item.link,
            watch=watch,
        )
    for n in r.notes:
        row(fact="note", time=n["time"], source=n["feed"], title=n["title"], link=n["link"], text=n["text"])
    return buf.getvalue()


def render(r: Report, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(r)
    if fmt == "txt":
        return to_text(r)
    if fmt == "json":
        return json.dumps(to_json_data(r), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return to_csv(r)
    raise ValueError(f"unknown format {fmt!r}")


def write_report(
    settings: Settings,
    store: Store,
    *,
    start: datetime,
    end: datetime,
    filter_text: str,
    fmt: str,
    path: Path,
    now: datetime | None = None,
) -> Path:
    """Build and write a report file (the dashboard's `e`)."""
    report = build_report(settings, store, start=start, end=end, query=parse_query(filter_text), now=now)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(report, fmt), encoding="utf-8")
    return path


def cmd_report(
    settings: Settings,
    store: Store,
    *,
    since: str | None,
    from_: str | None,
    to: str | None,
    filter_text: str,
    fmt: str,
    output: str | None,
    out: TextIO = sys.stdout,
    now: datetime | None = None,
) -> int:
    now = now or utcnow()
    start, end = window(now, since, from_, to)
    store.set_feed_tags(settings.feeds)
    report = build_report(settings, store, start=start, end=end, query=parse_query(filter_text), now=now)
    text = render(report, fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        print(f"report written to {output}", file=sys.stderr)
    else:
        out.write(text)
    return 0
