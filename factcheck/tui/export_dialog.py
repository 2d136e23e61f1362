"""The export form (`E`): which report format, and the file to write it to.

The path follows the chosen format's extension until the reviewer edits it by hand."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet

from factcheck.report import EXTENSIONS
from factcheck.report.claimreview import PUBLISHER_ENV, SITE_URL_ENV
from factcheck.tui.dialog import Dialog, field, form_footer


def default_path(stem: str, fmt: str) -> str:
    return str(Path("reports") / f"{stem}.{EXTENSIONS.get(fmt, fmt)}")


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    path: Path
    include_unreviewed: bool = False
    # None: the format's own audience (html and claimreview public, the rest desk).
    audience: str | None = None
    site_url: str | None = None
    publisher: str | None = None


class ExportDialog(Dialog[ExportRequest]):
    def __init__(self, formats: tuple[str, ...], stem: str) -> None:
        super().__init__()
        self.formats = formats
        self.stem = stem
        self._path_edited = False

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
            path = default_path(self.stem, self.formats[0])
            yield field("Write to", Input(path, id="export-path", compact=True))
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
                    os.environ.get(SITE_URL_ENV, ""),
                    placeholder="https://example.org/fact-checks/{claim_id}",
                    id="export-site-url",
                    compact=True,
                ),
            )
            yield field(
                "Publisher",
                Input(
                    os.environ.get(PUBLISHER_ENV, ""),
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

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self) -> None:
        if not self._path_edited:
            path = self.query_one("#export-path", Input)
            with path.prevent(Input.Changed):
                path.value = default_path(self.stem, self.fmt)

    @on(Input.Changed, "#export-path")
    def _path_changed(self) -> None:
        self._path_edited = True

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.show_problem("Give a file to write the report to.")
            return
        self.dismiss(
            ExportRequest(
                self.fmt,
                Path(path).expanduser(),
                include_unreviewed=self.query_one("#export-unreviewed", Checkbox).value,
                audience="desk" if self.query_one("#export-desk", Checkbox).value else None,
                site_url=self.query_one("#export-site-url", Input).value.strip() or None,
                publisher=self.query_one("#export-publisher", Input).value.strip() or None,
            )
        )

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
