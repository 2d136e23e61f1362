"""A yes-or-no question before a step the desk cannot take back (publishing) or that speaks
for the reviewer (a sign-off): `y` or Enter confirms, `n` or Escape changes nothing."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from factcheck.tui.dialog import Dialog


class ConfirmDialog(Dialog[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "save", "Yes", id="confirm.yes", tooltip="Go ahead"),
        Binding("n", "cancel", "No", id="confirm.no", tooltip="Change nothing"),
    ]

    def __init__(self, title: str, question: str, confirm_label: str) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.confirm_label = confirm_label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-dialog") as box:
            box.border_title = self.title_text
            yield Label(self.question, id="confirm-question")
            with Horizontal(classes="buttons"):
                yield Button(
                    f"{self.confirm_label} y", variant="primary", id="confirm", compact=True
                )
                yield Button("Cancel n", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm", Button).focus()

    @on(Button.Pressed, "#confirm")
    def action_save(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
