"""Casualties pane: killed and wounded per group for a window, cumulative tallies apart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from rich.text import Text
from textual.coordinate import Coordinate
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable
from textual.widgets.data_table import CursorType

from feeds.query import Query
from feeds.store import CasualtyRow
from feeds.tally import GROUP_LABELS
from tui.data import CasualtiesData, WindowFigures, load_casualties, window_figures
from tui.panes.base import Pane
from tui.render import (
    SHOWN_KINDS,
    WINDOW_LABELS,
    WINDOWS,
    casualties_header,
    casualty_lines,
    minute_of,
    number_text,
)
from tui.table import Column, Row


def figures_for(
    data: CasualtiesData, key: str, kinds: tuple[str, ...]
) -> tuple[tuple[CasualtyRow, ...], tuple[CasualtyRow, ...]]:
    """The figures behind one number (added, folded) for a row key and kinds."""
    tally = data.tally
    if key.startswith("c:"):
        row = tally.cumulative[int(key[2:])]
        return ((row,) if row.kind in kinds else ()), ()
    added: list[CasualtyRow] = []
    folded: list[CasualtyRow] = []
    for (kind, group), cell in tally.cells.items():
        if kind in kinds and (key == "total" or key == f"g:{group}"):
            added.extend(cell.figures)
            folded.extend(cell.folded)
    added.sort(key=lambda r: r.time, reverse=True)
    folded.sort(key=lambda r: r.time, reverse=True)
    return tuple(added), tuple(folded)


class CasualtiesPane(Pane):
    """Sums for the selected window; enter on a number lists the figures behind it."""

    pane_id: ClassVar[str] = "casualties"
    title: ClassVar[str] = "Casualties"
    CURSOR: ClassVar[CursorType] = "cell"

    window: reactive[str] = reactive("truce", init=False, repaint=False)

    @dataclass
    class Drill(Message):
        """Show the figures behind a number."""

        title: str
        figures: tuple[CasualtyRow, ...]
        folded: tuple[CasualtyRow, ...]

    RIGHT: ClassVar[frozenset[str]] = frozenset(SHOWN_KINDS)

    def columns(self) -> list[Column]:
        return [Column("group", "group", 24 if self.wide else 14), *(Column(k, k, 7) for k in SHOWN_KINDS)]

    def watch_window(self) -> None:
        self.reload()

    def fetch_key(self) -> tuple[Any, ...]:
        return (*super().fetch_key(), self.window)

    def cycle_window(self) -> str:
        self.window = WINDOWS[(WINDOWS.index(self.window) + 1) % len(WINDOWS)]
        return self.window

    _figures: tuple[tuple[Any, ...], WindowFigures] | None = None
    """The window's unfiltered figures and what they were read for (in the loader thread)."""

    def fetch(self, query: Query, now: datetime) -> CasualtiesData:
        start = self.ctx.settings.truce.start
        key = (self.generation, self.window, minute_of(now))
        if self._figures is None or self._figures[0] != key:
            self._figures = (key, window_figures(self.store, now, self.window, start))
        return load_casualties(self.store, query, now, self.window, start, self._figures[1])

    def build(self, data: CasualtiesData, now: datetime) -> tuple[Text, list[Row]]:
        rows: list[Row] = []
        for line in casualty_lines(data.tally, data.truncated):
            cells = [line.label, *(number_text(v, k) for v, k in zip(line.values, SHOWN_KINDS, strict=True))]
            rows.append((line.key, cells))
        return casualties_header(data.window, data.tally), rows

    def _key(self) -> str | None:
        if self.data is None or not self.table.row_count:
            return None
        return self.table.coordinate_to_cell_key(Coordinate(self.table.cursor_row, 0)).row_key.value

    def selected_item(self) -> tuple[int, str | None] | None:
        key = self._key()
        if key and key.startswith("c:"):
            row = self.data.tally.cumulative[int(key[2:])]
            return row.item_id, row.link
        return None

    def shown_item_ids(self) -> list[int]:
        if self.data is None:
            return []
        ids = {r.item_id for c in self.data.tally.cells.values() for r in c.figures}
        ids |= {r.item_id for r in self.data.tally.cumulative}
        return sorted(ids)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        key = event.cell_key.row_key.value
        column = event.cell_key.column_key.value
        if key is None or self.data is None:
            return
        kinds = (column,) if column in SHOWN_KINDS else SHOWN_KINDS
        added, folded = figures_for(self.data, key, kinds)
        if key.startswith("c:"):
            what = "cumulative tally"
        elif key == "total":
            what = "all groups"
        else:
            what = GROUP_LABELS.get(key[2:], key[2:])
        title = f"{' + '.join(kinds)} · {what} · {WINDOW_LABELS[self.data.window]}"
        self.post_message(self.Drill(title, added, folded))
