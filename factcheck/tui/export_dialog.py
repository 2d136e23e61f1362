"""The export form (`E`): which report format, and the file to write it to.

The path follows the chosen format's extension until the reviewer edits it by hand."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet

from factcheck.app import ExportRequest, default_report_path
from factcheck.tui.dialog import Dialog, field, form_footer


def default_path(stem: str, fmt: str) -> str:
    return str(default_report_path(stem, fmt))


class ExportDialog(Dialog[ExportRequest]):
    """Answers an `ExportRequest` built on `defaults` (the settings' ClaimReview site and
    publisher fill the form)."""

    def __init__(self, formats: tuple[str, ...], stem: str, defaults: ExportRequest) -> None:
        super().__init__()
        self.formats = formats
        self.stem = stem
        self.defaults = defaults
        self._proposed = default_path(stem, formats[0])  # the path the form last proposed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-dialog") as box:
            box.border_title = "Export a report"
            formats = RadioSet(
                *(
                    RadioButton(fmt, value=index == 0, id=f"format-{fmt}")
                    for index, fmt in enumerate(self.formats)
                ),
                id="export-format",
                compact=True,
            )
            yield field("Format", formats)
            yield field("Write to", Input(self._proposed, id="export-path", compact=True))
            yield field(
                "Also",
                Checkbox("claims without a verdict", id="export-unreviewed", compact=True),
            )
            yield field(
                "HTML for",
                Checkbox(
                    "the desk (ids, scores, every claim), not readers",
                    id="export-desk",
                    compact=True,
                ),
            )
            yield Label("ClaimReview names where the checks are published:", classes="caption")
            yield field(
                "Site URL",
                Input(
                    self.defaults.site_url or "",
                    placeholder="https://example.org/fact-checks/{claim_id}",
                    id="export-site-url",
                    compact=True,
                ),
            )
            yield field(
                "Publisher",
                Input(
                    self.defaults.publisher or "",
                    placeholder="your newsroom's name",
                    id="export-publisher",
                    compact=True,
                ),
            )
            yield from form_footer("Export")

    def on_mount(self) -> None:
        self.query_one("#export-format", RadioSet).focus()

    @property
    def fmt(self) -> str:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return (pressed.id or "").removeprefix("format-") if pressed else self.formats[0]

    @property
    def audience(self) -> str | None:
        """ "desk" for the desk's HTML when asked; else the format's own audience."""
        desk_html = self.fmt == "html" and self.query_one("#export-desk", Checkbox).value
        return "desk" if desk_html else None

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self) -> None:
        """The path follows the format unless the reviewer typed one of their own (told
        apart by value: the input reports its first value as a change too)."""
        path = self.query_one("#export-path", Input)
        if path.value.strip() == self._proposed:
            self._proposed = default_path(self.stem, self.fmt)
            path.value = self._proposed

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.show_problem("Give a file to write the report to.")
            return
        self.dismiss(
            replace(
                self.defaults,
                fmt=self.fmt,
                path=Path(path).expanduser(),
                include_unreviewed=self.query_one("#export-unreviewed", Checkbox).value,
                audience=self.audience,
                site_url=self.query_one("#export-site-url", Input).value.strip() or None,
                publisher=self.query_one("#export-publisher", Input).value.strip() or None,
                create_folder=True,
            )
        )

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
