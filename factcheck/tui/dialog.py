"""What every form of the desk shares: Escape cancels, ctrl+s saves, a line for problems."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Label

from factcheck.terminal_text import visible

Result = TypeVar("Result")


class Dialog(ModalScreen[Result | None]):
    """A modal form; `action_save` (ctrl+s) is each form's own, Escape dismisses with None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close, change nothing"),
        Binding("ctrl+s", "save", "Save", id="dialog.save", tooltip="Save and close"),
    ]

    def action_cancel(self) -> None:
        self.dismiss(None)

    def show_problem(self, problem: str) -> None:
        """Name what stops the form from closing; it stays open with everything typed."""
        self.query_one("#dialog-error", Label).update(Text(visible(problem)))


def field(label: str, widget: Widget) -> Horizontal:
    """One line of a form: a short label, then the widget."""
    return Horizontal(Label(label, classes="field-label"), widget, classes="field")


def form_footer(save_label: str) -> ComposeResult:
    """The problem line and the Save / Cancel buttons every form ends with."""
    yield Label("", id="dialog-error", classes="error")
    with Horizontal(classes="buttons"):
        yield Button(f"{save_label} ^s", variant="primary", id="save", compact=True)
        yield Button("Cancel esc", id="cancel", compact=True)
