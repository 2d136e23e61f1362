"""A small form for the actions that need a word from the reviewer: a reason to reject or
send back, the claim's new wording, the claim to merge into. It may offer a choice (an
earlier stage, a claim) and a line of text; Enter saves, Escape changes nothing.

Two variants: `search=True` puts a search line over the choices (typing narrows them to those
holding every word typed; Enter picks the highlighted one), and `choices_are_text=True`
makes each choice a ready answer for the text line (canned reasons: Enter on one saves it,
the last entry, "write my own", goes to the text line)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
        search: bool = False,
        choices_are_text: bool = False,
        check: Callable[[str], str | None] | None = None,
        save_label: str = "Save",
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
        self.search = search
        self.check = check  # the problem with the text, said before the form closes
        self.choices_are_text = choices_are_text
        self.save_label = save_label
        if choices_are_text:
            self.choices.append(("", "write my own reason…"))
        self.shown = list(self.choices)  # the choices the search leaves in the list
        values = [value for value, _ in self.choices]
        self.initial_index = values.index(initial_choice) if initial_choice in values else 0

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="text-dialog") as box:
            box.border_title = self.title_text
            if self.choices:
                yield Label(self.choice_prompt, classes="caption")
                if self.search:
                    yield Input(placeholder="type to search", id="dialog-search", compact=True)
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
            yield from form_footer(self.save_label)

    def on_mount(self) -> None:
        if self.choices:
            self.query_one("#dialog-choices", OptionList).highlighted = self.initial_index
            self.query_one("#dialog-search" if self.search else "#dialog-choices").focus()
        else:
            self.query_one("#dialog-text", Input).focus()

    @on(Input.Changed, "#dialog-search")
    def _search(self, event: Input.Changed) -> None:
        words = event.value.casefold().split()
        self.shown = [c for c in self.choices if all(w in c[1].casefold() for w in words)]
        options = self.query_one("#dialog-choices", OptionList)
        options.clear_options()
        options.add_options(Option(label, id=value) for value, label in self.shown)
        options.highlighted = 0 if self.shown else None

    @on(Input.Submitted, "#dialog-search")
    def _search_submitted(self) -> None:
        self.action_save()

    def on_key(self, event) -> None:
        """Up and down in the search line move through the choices under it."""
        in_search = self.focused is not None and self.focused.id == "dialog-search"
        if in_search and event.key in ("up", "down"):
            options = self.query_one("#dialog-choices", OptionList)
            options.action_cursor_up() if event.key == "up" else options.action_cursor_down()
            event.stop()

    @on(OptionList.OptionSelected, "#dialog-choices")
    def _choice_made(self, event: OptionList.OptionSelected) -> None:
        if self.choices_are_text and event.option.id:
            self.query_one("#dialog-text", Input).value = event.option.id
            self.action_save()
        elif self.needs_text:
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
        if self.choices and not self.choices_are_text:
            highlighted = self.query_one("#dialog-choices", OptionList).highlighted
            if highlighted is None or highlighted >= len(self.shown):
                self.show_problem("Choose one from the list.")
                return
            choice = self.shown[highlighted][0]
        text = self.query_one("#dialog-text", Input).value.strip() if self.needs_text else ""
        if self.needs_text and not text and not self.may_be_empty:
            self.show_problem(f"{self.prompt} (required)")
            return
        problem = self.check(text) if self.check else None
        if problem:
            self.show_problem(problem)
            return
        self.dismiss(TextAnswer(text=text, choice=choice))
