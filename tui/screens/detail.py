"""Item detail: full text with the extracted phrases highlighted, times, link, marks and notes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from feeds.store import ItemDetail, StoreError
from tui.context import Context
from tui.render import detail_text


class DetailScreen(Screen[None]):
    """One item. o/y/m/f/n/v act on it (app bindings); esc goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Back", id="detail-back"),
        Binding("j", "scroll('down')", "Down", show=False, id="detail-down"),
        Binding("k", "scroll('up')", "Up", show=False, id="detail-up"),
        Binding("g", "scroll('home')", "Top", show=False, id="detail-top"),
        Binding("G", "scroll('end')", "Bottom", show=False, id="detail-bottom"),
    ]

    def __init__(self, ctx: Context, item_id: int) -> None:
        super().__init__(classes="detail-screen")
        self.ctx = ctx
        self.item_id = item_id
        self.detail: ItemDetail | None = None
        self.text = Text()

    @property
    def link(self) -> str | None:
        return self.detail.row.link if self.detail else None

    @property
    def is_read(self) -> bool:
        return bool(self.detail and self.detail.row.is_read)

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Item {self.item_id}", style="bold"), id="detail-title", markup=False)
        with VerticalScroll(id="detail-scroll"):
            yield Static(Text("loading…", style="dim"), id="detail-body", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "generation", self.reload, init=False)
        self.reload()

    def reload(self, *_: object) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load(self) -> None:
        try:
            detail = self.ctx.reader.item(self.item_id)
        except StoreError as exc:
            self.app.call_from_thread(self._show_error, str(exc))
            return
        self.app.call_from_thread(self._show, detail)

    def _show_error(self, message: str) -> None:
        self.query_one("#detail-body", Static).update(Text(message, style="red"))

    def _show(self, detail: ItemDetail | None) -> None:
        self.detail = detail
        body = self.query_one("#detail-body", Static)
        if detail is None:
            body.update(Text("this item is no longer in the cache", style="red"))
            return
        title = Text("Item ", style="bold")
        title.append(f"{self.item_id}")
        title.append("  o open · y copy link · m read · f flag · n note · v reviewed · esc back", style="dim")
        self.query_one("#detail-title", Static).update(title)
        self.text = detail_text(detail, self.ctx.clock())
        body.update(self.text)

    def action_scroll(self, where: str) -> None:
        scroll = self.query_one("#detail-scroll", VerticalScroll)
        {
            "down": scroll.scroll_down,
            "up": scroll.scroll_up,
            "home": scroll.scroll_home,
            "end": scroll.scroll_end,
        }[where](animate=False)
