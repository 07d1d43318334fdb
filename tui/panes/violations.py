"""Violations pane: reported breaches, newest first, with today / since-truce counts."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from feeds.query import Query
from tui.data import ViolationsData, load_violations
from tui.panes.base import Pane
from tui.render import violation_cells, violations_header
from tui.table import Column, Row


class ViolationsPane(Pane):
    """Breaches of the truce as the feeds report them."""

    pane_id: ClassVar[str] = "violations"
    title: ClassVar[str] = "Violations"
    PAGED = True
    _first_generation: int = -1

    def columns(self) -> list[Column]:
        return [
            Column("time", "time", 12 if self.wide else 8),
            Column("source", "source", 16 if self.wide else 9),
            *([Column("accused", "accused", 12)] if self.wide else []),
            Column("title", "title", self._title_width),
        ]

    def fetch(self, query: Query, now: datetime) -> ViolationsData:
        # The first violation after the start does not depend on the filter: look it up
        # once until it is found (or the data changes).
        known = None
        if self.data is not None and self._first_generation == self.generation:
            known = self.data.first_id
        self._first_generation = self.generation
        return load_violations(
            self.store, query, now, self.ctx.settings.truce.start, limit=self.limit, first_id=known
        )

    def build(self, data: ViolationsData, now: datetime) -> tuple[Text, list[Row]]:
        rows: list[Row] = [
            (str(r.item_id), violation_cells(r, now, data.first_id, self.wide)) for r in data.rows
        ]
        return violations_header(data.today, data.since_truce, data.capped), rows

    def selected_item(self) -> tuple[int, str | None] | None:
        data: ViolationsData | None = self.data
        row = self.table.cursor_row
        if data is None or not self.table.row_count:
            return None
        key = self.table.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value
        match = next((r for r in data.rows if str(r.item_id) == key), None)
        return (match.item_id, match.link) if match else None

    def shown_item_ids(self) -> list[int]:
        return [r.item_id for r in self.data.rows] if self.data else []

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.OpenItem(int(event.row_key.value)))
