"""Pure builders and link safety: no app needed."""

from __future__ import annotations

import webbrowser
from datetime import UTC, datetime, timedelta

import pytest
from dashboard_sample import NOW
from hypothesis import given
from hypothesis import strategies as st

from feeds.store import FeedState, ItemRow, TalkRow, ViolationRow
from tui import links
from tui.render import (
    Health,
    compact_time,
    feed_cells,
    feed_status,
    highlighted,
    plain,
    status_line,
    truce_day,
    violation_cells,
)


def talk(
    item_id: int,
    hours_ago: float,
    date: str | None,
    place: str | None,
    status: str = "scheduled",
    parties: str | None = None,
) -> TalkRow:
    return TalkRow(
        item_id=item_id,
        feed="AFP",
        title="t",
        link=None,
        time=NOW - timedelta(hours=hours_ago),
        date=date,
        date_end=None,
        place=place,
        parties=parties,
        status=status,
        phrase="p",
    )


def test_truce_day_and_times() -> None:
    start = datetime(2026, 3, 1, tzinfo=UTC)
    assert truce_day(start, NOW) == 6
    assert truce_day(start, start - timedelta(hours=1)) is None
    assert truce_day(None, NOW) is None
    assert compact_time(NOW - timedelta(hours=1), NOW) == "11:00Z"
    assert compact_time(NOW - timedelta(days=2), NOW) == "We 12:00"  # within the week: weekday
    assert compact_time(NOW - timedelta(days=8), NOW) == "02-26"
    assert compact_time(NOW - timedelta(days=400), NOW) == "2025-01-30"


def test_status_line_names_everything() -> None:
    text = status_line(
        truce_name="Idlib [b]truce[/b]",
        day=6,
        now=NOW,
        health=Health(3, 1, 2),
        last_poll=NOW - timedelta(minutes=2),
        new_since=12,
        watch_new={"breach": 2, "aid": 0},
        filter_text="geneva",
    )
    assert text.plain == (
        " Idlib [b]truce[/b]  truce day 6 12:00:00Z 2 failing 1 stale · 12 new breach:2"
        " · poll 11:58Z · /geneva"
    )


def test_feed_status_kinds() -> None:
    def state(**kw: object) -> FeedState:
        base = dict(
            name="f",
            url="u",
            kind="rss",
            etag=None,
            last_modified=None,
            last_status=200,
            last_error=None,
            last_attempt=NOW,
            last_success=NOW,
            consecutive_errors=0,
            next_poll=None,
            stale_since=None,
            items=0,
        )
        base.update(kw)
        return FeedState(**base)  # type: ignore[arg-type]

    assert feed_status(state(), 300, NOW) == "ok"
    assert feed_status(state(consecutive_errors=2), 300, NOW) == "failing"
    assert feed_status(state(last_success=NOW - timedelta(hours=2)), 300, NOW) == "stale"
    assert feed_status(state(last_success=None, last_attempt=None), 300, NOW) == "new"


@given(st.text())
def test_plain_never_keeps_controls_or_markup_meaning(text: str) -> None:
    t = plain(text)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in t.plain)
    assert not t.spans


@given(
    st.text(st.characters(min_codepoint=32, blacklist_categories=("Cs", "Cc")), max_size=50),
    st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=5),
)
def test_highlight_offsets_are_clipped(text: str, spans: list[tuple[int, int]]) -> None:
    t = highlighted(text, [(s, e, "bold") for s, e in spans])
    assert t.plain == text
    assert all(0 <= s.start <= s.end <= len(text) for s in t.spans)


def test_feed_cells_keep_markup_literal() -> None:
    row = ItemRow(
        id=1,
        uid="u",
        feed="[red]AFP",
        title="[@click=app.quit]x\x1b[2J",
        link=None,
        time=NOW,
        first_seen=NOW,
        is_read=False,
        flagged=True,
        revised=False,
        watch=("[b]w",),
    )
    cells = feed_cells(row, NOW, wide=True)
    assert [c.plain for c in cells] == ["●⚑", "12:00Z", "[red]AFP", "[[b]w] [@click=app.quit]x"]
    narrow = feed_cells(row, NOW)  # narrow panes: the title first, the watch lists after it
    assert narrow[3].plain == "◆ [@click=app.quit]x [[b]w]"


@pytest.mark.parametrize(
    "url",
    [
        "-oProxyCommand=x",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "http://",
        "https://exa mple.org",
        "",
        None,
        "ftp://example.org/x",
    ],
)
def test_checked_link_refuses(url: str | None) -> None:
    assert links.checked_link(url) is None


def test_open_link_over_ssh_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "1.2.3.4 5 6.7.8.9 22")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    ok, message = links.open_link("https://example.org/")
    assert not ok and "SSH" in message
    assert links.open_link("-https://x")[0] is False


def test_open_link_uses_a_browser_object(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    class Fake(webbrowser.BackgroundBrowser):
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            opened.append(url)
            return True

    for var in ("SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(webbrowser, "get", lambda *a: Fake("true"))
    assert links.open_link("https://example.org/a?b=c") == (True, "opened in the browser")
    assert opened == ["https://example.org/a?b=c"]
    monkeypatch.setattr(webbrowser, "get", lambda *a: webbrowser.GenericBrowser("lynx"))
    assert links.open_link("https://example.org/")[0] is False


def test_feed_text_cut_to_its_column_ends_with_an_ellipsis() -> None:
    """A source name or title longer than its column says that it goes on."""
    from tui.table import compose_row

    row = ItemRow(
        id=1,
        uid="u",
        feed="kestrel-wire-svc",
        title="Monitors investigate reported mortar fire near the northern checkpoint",
        link=None,
        time=NOW,
        first_seen=NOW,
        is_read=True,
        flagged=False,
        revised=False,
        watch=(),
    )
    line = compose_row(feed_cells(row, NOW), (2, 8, 9, 30)).plain
    assert line == "    12:00Z    kestrel-…  Monitors investigate reported…"
    short = compose_row(feed_cells(row, NOW), (2, 8, 20, 80)).plain
    assert "kestrel-wire-svc" in short and short.endswith("northern checkpoint")


@pytest.mark.parametrize(
    ("accused", "narrow", "wide"),
    [
        ("the Tarrin Patriotic Alliance", "Tarrin Patr…›", "Tarrin Patriotic Al…"),
        ("The army", "army›", "army"),
        ("rebels", "rebels›", "rebels"),
        ("theocrats", "theocrats›", "theocrats"),
        (None, "", ""),
    ],
)
def test_accused_column_drops_a_leading_article(accused: str | None, narrow: str, wide: str) -> None:
    row = ViolationRow(1, "AFP", "Shelling resumes", None, NOW, accused, "broke the truce")
    title = violation_cells(row, NOW, None)[-1].plain
    assert title == (narrow.replace("›", "› ") if narrow else "") + "Shelling resumes"
    assert violation_cells(row, NOW, None, wide=True)[2].plain == wide
