"""The `?` help screen: every key of the desk with what it does, as currently mapped
(a keymap file changes the keys shown here too)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from factcheck.tui.filter_bar import FILTER_HELP


def key_table(rows: list[tuple[str, str, str, str]]) -> Table:
    """Key, action, what it does, and the binding id a keymap file remaps it by."""
    table = Table(box=None, expand=True, show_header=True, header_style="bold")
    table.add_column("Key", no_wrap=True, style="bold cyan")
    table.add_column("Action", no_wrap=True)
    table.add_column("What it does", ratio=1)
    table.add_column("Id (keymap.yaml)", no_wrap=True, style="dim")
    for row in rows:
        table.add_row(*row)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close", tooltip="Close help")
    ]

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help-dialog") as box:
            box.border_title = "Keys (esc closes)"
            yield Static(key_table(self.rows))
            yield Static(f"\nFilter (/): {FILTER_HELP}", classes="hint")
            yield Static(
                "Every action is saved at once and written to the audit log; "
                "u undoes your last one. ctrl+p lists every action by name. To remap a key, "
                'put `ID: "KEYS"` lines in keymap.yaml (see the README).',
                classes="hint",
            )

    def action_close(self) -> None:
        self.dismiss(None)
