"""Upcoming talks pane: one line per meeting, soonest first, with a live countdown."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from rich.text import Text
from textual.coordinate import Coordinate
from textual.reactive import reactive
from textual.widgets import DataTable

from feeds.agenda import Meeting
from feeds.query import Query
from feeds.store import TalkRow
from tui.data import TalksData, load_talks, talk_rows, words_removed
from tui.panes.base import Pane
from tui.render import minute_of, talk_cells, talks_header
from tui.table import Column, Row


def line_key(line: Meeting) -> str:
    return f"{line.date or 'tbc'}|{(line.place or '').casefold()}"


class TalksPane(Pane):
    """Meetings by date; past ones hidden unless `show_past`."""

    pane_id: ClassVar[str] = "talks"
    title: ClassVar[str] = "Upcoming talks"

    show_past: reactive[bool] = reactive(False, init=False, repaint=False)

    def columns(self) -> list[Column]:
        when = (
            [Column("date", "date", 5), Column("when", "countdown", 10)]
            if self.wide
            else [Column("when", "when", 13)]
        )
        return [
            *when,
            Column("place", "place", 16 if self.wide else 8),
            Column("status", "status", 16 if self.wide else 12),
            Column("parties", "parties", 30 if self.wide else 16),
        ]

    def watch_show_past(self) -> None:
        self.reload()

    def fetch_key(self) -> tuple[Any, ...]:
        return (*super().fetch_key(), self.show_past)

    _base: tuple[tuple[Any, ...], tuple[TalkRow, ...]] | None = None
    """The talks passing the filter's cheap parts, and what they were read for (in the loader
    thread)."""

    def fetch(self, query: Query, now: datetime) -> TalksData:
        key = (self.generation, self.show_past, minute_of(now), words_removed(query))
        if self._base is None or self._base[0] != key:
            self._base = (key, talk_rows(self.store, query, now, self.show_past))
        return load_talks(self.store, query, now, self.show_past, self._base[1])

    def build(self, data: TalksData, now: datetime) -> tuple[Text, list[Row]]:
        rows: list[Row] = [(line_key(t), talk_cells(t, now, self.wide)) for t in data.lines]
        return talks_header(data.upcoming, data.show_past), rows

    def _line(self) -> Meeting | None:
        data: TalksData | None = self.data
        if data is None or not self.table.row_count:
            return None
        key = self.table.coordinate_to_cell_key(Coordinate(self.table.cursor_row, 0)).row_key.value
        return next((t for t in data.lines if line_key(t) == key), None)

    def selected_item(self) -> tuple[int, str | None] | None:
        line = self._line()
        return (line.item_id, line.link) if line else None

    def shown_item_ids(self) -> list[int]:
        return [t.item_id for t in self.data.lines] if self.data else []

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        line = self._line()
        if line is not None:
            self.post_message(self.OpenItem(line.item_id))
