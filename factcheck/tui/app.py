"""`ReviewApp`: the desk screen, app-wide keys (help, quit), the palette, and the keymap.

The app knows only the application layer's `Desk` and the settings: it never opens a store
itself (the CLI hands it a desk opened on one), so everything it shows and changes goes
through the review rules.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel

from factcheck.app import Desk, ExportRequest
from factcheck.terminal_text import visible
from factcheck.tui.commands import DeskCommands
from factcheck.tui.desk_screen import DESK_BINDINGS, DeskScreen
from factcheck.tui.dialog import Dialog
from factcheck.tui.help_screen import HelpScreen
from factcheck.tui.keymap import KeymapError, read_keymap

APP_BINDINGS = [
    Binding("question_mark", "help", "Help", id="app.help", tooltip="Every key, what it does"),
    Binding(
        "q", "quit", "Quit", id="app.quit", tooltip="Quit (everything is already saved)", show=False
    ),
]


class ReviewApp(App[None]):
    CSS_PATH = "factcheck.tcss"
    TITLE = "factcheck review"
    COMMANDS = App.COMMANDS | {DeskCommands}
    BINDINGS = APP_BINDINGS

    def __init__(
        self,
        desk: Desk,
        *,
        keymap_file: Path,
        article_id: str | None = None,
        export_defaults: ExportRequest | None = None,
    ) -> None:
        super().__init__()
        self.desk = desk
        self.article_id = article_id
        self.keymap_file = keymap_file
        self.export_defaults = export_defaults

    def get_default_screen(self) -> DeskScreen:
        return DeskScreen(self.desk, self.article_id, self.export_defaults)

    def on_mount(self) -> None:
        known = {b.id for b in [*DESK_BINDINGS, *APP_BINDINGS] if b.id}
        try:
            keymap = read_keymap(self.keymap_file, known)
        except KeymapError as error:
            self.notify(str(error), title="Keymap ignored", severity="warning", timeout=10)
            return
        if keymap:
            self.set_keymap(keymap)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification (screens call this one) shows its words escaped, never markup:
        messages quote stored names, ids and the reviewer's own input."""
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a form is open, q and ? are letters for the form, never quit or help:
        a half-typed rationale is not lost to a stray key."""
        return not (action in ("quit", "help") and isinstance(self.screen, Dialog))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        rows: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if binding.id and binding.id not in seen and not binding.system:
                seen.add(binding.id)
                rows.append((self.get_key_display(binding), binding.description, binding.tooltip))
        self.push_screen(HelpScreen(rows))
