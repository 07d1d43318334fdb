"""Small modals: add a note, pick a watch list, the figures behind a number, and help."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.coordinate import Coordinate
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets.option_list import Option

from feeds.sanitize import clean_text
from feeds.store import CasualtyRow
from feeds.tally import GROUP_LABELS
from feeds.timeutil import short_time
from tui.render import cell, plain
from tui.table import ItemTable, fill_table


class NoteModal(ModalScreen[str | None]):
    """An Input for a note on one item; enter saves, esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="note-cancel")]

    def __init__(self, title: str) -> None:
        super().__init__(classes="modal")
        self.item_title = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box"):
            heading = Text("Note on: ", style="bold")
            heading.append_text(plain(self.item_title, 200))
            yield Static(heading, markup=False)
            yield Input(
                placeholder="type a note, enter to save, esc to cancel", id="note-input", max_length=4000
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class WatchModal(ModalScreen[str | None]):
    """Pick a watch list to narrow the live feed ("" = every item)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "cancel", "Cancel", id="watch-cancel"),
    ]

    def __init__(self, names: Sequence[str], counts: Mapping[str, int], current: str) -> None:
        super().__init__(classes="modal")
        self.names = list(names)
        self.counts = counts
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text("all items" + ("  ✓" if not self.current else "")), id="")]
        for i, name in enumerate(self.names, start=1):
            label = Text(f"{i} " if i < 10 else "  ", style="dim")
            label.append(clean_text(name, limit=30), style="bold magenta")
            label.append(f"  {self.counts.get(name, 0)} items", style="dim")
            if name == self.current:
                label.append("  ✓")
            options.append(Option(label, id=f"w:{name}"))
        with Vertical(classes="modal-box"):
            yield Static(Text("Watch list: narrows the live feed", style="bold"), markup=False)
            yield OptionList(*options, id="watch-options")

    def on_mount(self) -> None:
        ol = self.query_one(OptionList)
        index = self.names.index(self.current) + 1 if self.current in self.names else 0
        ol.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        oid = event.option.id or ""
        self.dismiss(oid[2:] if oid.startswith("w:") else "")

    def on_key(self, event: events.Key) -> None:
        """Digits pick a list at once (1-9)."""
        key = event.key
        if key.isdigit() and key != "0" and int(key) <= len(self.names):
            event.stop()
            event.prevent_default()
            self.dismiss(self.names[int(key) - 1])

    def action_cancel(self) -> None:
        self.dismiss(None)


def figure_cells(r: CasualtyRow, now: datetime, folded: bool) -> tuple[Text, ...]:
    count = "?" if r.count is None else f"{r.count:,}"
    if r.count_max:
        count += f"-{r.count_max:,}"
    return (
        Text(count, style="dim strike" if folded else "bold", justify="right"),
        Text(f"{r.kind} {GROUP_LABELS.get(r.group, r.group)}"),
        Text("duplicate" if folded else r.scope, style="dim" if folded else ""),
        cell(r.feed, 18, "cyan"),
        Text(short_time(r.time, now), style="dim"),
        cell(f"“{r.phrase}”", 200, "italic"),
        cell(r.link or "", 200, "dim"),
    )


class DrillModal(ModalScreen[int | None]):
    """The figures behind one number: phrase, source, time, link; enter opens the item."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Back", id="drill-back")]

    def __init__(
        self, title: str, figures: Sequence[CasualtyRow], folded: Sequence[CasualtyRow], now: datetime
    ) -> None:
        super().__init__(classes="modal")
        self.heading = title
        self.figures = list(figures)
        self.folded = list(folded)
        self.now = now

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box drill-box"):
            head = Text(self.heading, style="bold")
            n, folded = len(self.figures), len(self.folded)
            head.append(f"  {n} figure{'' if n == 1 else 's'}", style="dim")
            if folded:
                head.append(f", {folded} duplicate{'' if folded == 1 else 's'} not added", style="dim")
            head.append("  · enter opens the item · esc back", style="dim")
            yield Static(head, markup=False)
            yield ItemTable(cursor_type="row", id="drill-table")

    def on_mount(self) -> None:
        table = self.query_one(ItemTable)
        for name in ("count", "what", "scope", "source", "time", "phrase", "link"):
            table.add_column(name, key=name)
        rows = [(f"a{i}", figure_cells(r, self.now, False)) for i, r in enumerate(self.figures)]
        rows += [(f"f{i}", figure_cells(r, self.now, True)) for i, r in enumerate(self.folded)]
        fill_table(table, rows)
        table.focus()

    def selected(self) -> CasualtyRow | None:
        table = self.query_one(ItemTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value or ""
        source = self.figures if key.startswith("a") else self.folded
        return source[int(key[1:])]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.selected()
        if row is not None:
            self.dismiss(row.item_id)

    def action_cancel(self) -> None:
        self.dismiss(None)


def help_table(bindings: Iterable[tuple[str, str, str]]) -> Table:
    """Keys, what they do and the binding id, as a rich Table of plain Text cells."""
    table = Table(box=None, show_header=True, header_style="bold", expand=True)
    table.add_column(Text("keys"), style="bold cyan", no_wrap=True)
    table.add_column(Text("what"), ratio=3)
    table.add_column(Text("id, for [keymap]"), style="dim", ratio=1)
    for binding_id, keys, description in bindings:
        table.add_row(Text(keys), Text(description), Text(binding_id))
    return table


class HelpModal(ModalScreen[None]):
    """Every key, with the binding ids that [keymap] in the config can remap."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "cancel", "Close", id="help-close"),
    ]

    def __init__(self, bindings: Sequence[tuple[str, str, str]]) -> None:
        super().__init__(classes="modal")
        self.rows = bindings

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box help-box"):
            yield Static(
                Text("sitroom keys  (esc closes; ctrl+p: command palette)", style="bold"), markup=False
            )
            with VerticalScroll(id="help-scroll"):
                yield Static(help_table(self.rows), id="help-body", markup=False)

    def action_cancel(self) -> None:
        self.dismiss(None)
