"""A small form for the actions that need a word from the reviewer: a reason to reject or
send back, the claim's new wording, the claim to merge into. It may offer a choice (an
earlier stage, a claim) and a line of text; Enter saves, Escape changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option

from factcheck.tui.dialog import Dialog, form_footer


@dataclass(frozen=True)
class TextAnswer:
    text: str
    choice: str | None = None


class TextDialog(Dialog[TextAnswer]):
    def __init__(
        self,
        title: str,
        prompt: str,
        *,
        text: str = "",
        placeholder: str = "",
        choices: Sequence[tuple[str, str]] = (),
        choice_prompt: str = "",
        needs_text: bool = True,
        may_be_empty: bool = False,
        initial_choice: str | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.initial_text = text
        self.placeholder = placeholder
        self.choices = list(choices)
        self.choice_prompt = choice_prompt
        self.needs_text = needs_text
        self.may_be_empty = may_be_empty
        values = [value for value, _ in self.choices]
        self.initial_index = values.index(initial_choice) if initial_choice in values else 0

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="text-dialog") as box:
            box.border_title = self.title_text
            if self.choices:
                yield Label(self.choice_prompt, classes="caption")
                yield OptionList(
                    *(Option(Text(label), id=value) for value, label in self.choices),
                    id="dialog-choices",
                    compact=True,
                )
            if self.needs_text:
                yield Label(self.prompt, classes="caption")
                yield Input(
                    self.initial_text, placeholder=self.placeholder, id="dialog-text", compact=True
                )
            yield from form_footer("Save")

    def on_mount(self) -> None:
        if self.choices:
            self.query_one("#dialog-choices", OptionList).highlighted = self.initial_index
            self.query_one("#dialog-choices", OptionList).focus()
        else:
            self.query_one("#dialog-text", Input).focus()

    @on(OptionList.OptionSelected, "#dialog-choices")
    def _choice_made(self) -> None:
        if self.needs_text:
            self.query_one("#dialog-text", Input).focus()
        else:
            self.action_save()

    @on(Input.Submitted, "#dialog-text")
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        choice = None
        if self.choices:
            highlighted = self.query_one("#dialog-choices", OptionList).highlighted
            if highlighted is None:
                self.show_problem("Choose one from the list.")
                return
            choice = self.choices[highlighted][0]
        text = self.query_one("#dialog-text", Input).value.strip() if self.needs_text else ""
        if self.needs_text and not text and not self.may_be_empty:
            self.show_problem(f"{self.prompt} (required)")
            return
        self.dismiss(TextAnswer(text=text, choice=choice))
