"""Live feed pane: every item newest first, unread marked, watch-list hits named."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from rich.text import Text
from textual.coordinate import Coordinate
from textual.reactive import reactive
from textual.widgets import DataTable

from feeds.query import Query
from tui.data import PANE_LIMIT, FeedData, load_feed
from tui.panes.base import Pane
from tui.render import feed_cells, feed_header
from tui.table import Column, Row


class FeedPane(Pane):
    """Every item, narrowed by the filter and optionally by one watch list."""

    pane_id: ClassVar[str] = "feed"
    title: ClassVar[str] = "Live feed"
    PAGED = True

    watch_list: reactive[str] = reactive("", init=False, repaint=False)

    def columns(self) -> list[Column]:
        return [
            Column("mark", "", 2),
            Column("time", "time", 12 if self.wide else 8),
            Column("source", "source", 16 if self.wide else 9),
            Column("title", "title", self._title_width),
        ]

    def watch_watch_list(self) -> None:
        self.limit = PANE_LIMIT
        self.reload()

    def fetch_key(self) -> tuple[Any, ...]:
        return (*super().fetch_key(), self.watch_list)

    def fetch(self, query: Query, now: datetime) -> FeedData:
        return load_feed(self.store, query, now, self.watch_list or None, limit=self.limit)

    def build(self, data: FeedData, now: datetime) -> tuple[Text, list[Row]]:
        unread = sum(1 for r in data.rows if not r.is_read)
        rows: list[Row] = [(str(r.id), feed_cells(r, now, self.wide)) for r in data.rows]
        return feed_header(len(data.rows), data.watch, unread, data.capped), rows

    def selected_item(self) -> tuple[int, str | None] | None:
        data: FeedData | None = self.data
        if data is None or not self.table.row_count:
            return None
        key = self.table.coordinate_to_cell_key(Coordinate(self.table.cursor_row, 0)).row_key.value
        match = next((r for r in data.rows if str(r.id) == key), None)
        return (match.id, match.link) if match else None

    def shown_item_ids(self) -> list[int]:
        return [r.id for r in self.data.rows] if self.data else []

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.OpenItem(int(event.row_key.value)))
