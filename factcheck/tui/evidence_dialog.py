"""The evidence form (`n`): a source's URL, its title, the quote that matters, its stance
toward the claim and the reviewer's note. It checks the URL and the stance before it closes,
so a note is never lost to a typo: the form stays open with the problem named."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Button, Input, RadioButton, RadioSet

from factcheck.app import validate_url
from factcheck.errors import ReviewError
from factcheck.models import EvidenceNote, Stance
from factcheck.tui.dialog import Dialog, field, form_footer


@dataclass(frozen=True)
class EvidenceForm:
    url: str
    stance: Stance
    title: str = ""
    quote: str = ""
    note: str = ""

    def fields(self) -> dict[str, str]:
        """The note's fields by name, as `Desk.add_note` and `Desk.edit_note` take them."""
        return {
            "url": self.url,
            "stance": self.stance.value,
            "quote": self.quote,
            "title": self.title,
            "note": self.note,
        }


class EvidenceDialog(Dialog[EvidenceForm]):
    """A new note, or with `note` that note to edit (its fields filled in)."""

    def __init__(self, claim_text: str, note: EvidenceNote | None = None) -> None:
        super().__init__()
        self.claim_text = claim_text
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="evidence-dialog") as box:
            box.border_title = f"Evidence note {self.note.id}" if self.note else "New evidence note"
            yield self._line("URL", "url", "https://...")
            yield self._line("Title", "title", "page title (optional)")
            yield self._line("Quote", "quote", "what the source says")
            stance = self.note.stance if self.note else None
            stances = RadioSet(
                *(RadioButton(s.value, s is stance, id=f"stance-{s.value}") for s in Stance),
                id="evidence-stance",
                compact=True,
            )
            yield field("Stance", stances)
            yield self._line("Note", "note", "your note on the source (optional)")
            yield from form_footer("Save" if self.note else "Add")

    def _line(self, label: str, name: str, hint: str) -> Widget:
        value = getattr(self.note, name) if self.note else ""
        return field(label, Input(value, placeholder=hint, id=f"evidence-{name}", compact=True))

    def on_mount(self) -> None:
        self.query_one("#evidence-url", Input).focus()

    def _value(self, name: str) -> str:
        return self.query_one(f"#evidence-{name}", Input).value.strip()

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        try:
            url = validate_url(self._value("url"))
        except ReviewError as problem:
            self.show_problem(str(problem))
            self.query_one("#evidence-url", Input).focus()
            return
        pressed = self.query_one("#evidence-stance", RadioSet).pressed_button
        if pressed is None:
            self.show_problem("Choose the source's stance: supports, refutes or context.")
            self.query_one("#evidence-stance", RadioSet).focus()
            return
        self.dismiss(
            EvidenceForm(
                url=url,
                stance=Stance((pressed.id or "").removeprefix("stance-")),
                title=self._value("title"),
                quote=self._value("quote"),
                note=self._value("note"),
            )
        )
