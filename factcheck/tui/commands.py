"""The command palette (ctrl+p) lists every desk action by name, with its key and what it
does, taken from the desk's bindings so the palette and the keys never disagree."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from factcheck.tui.desk_screen import DESK_BINDINGS, DeskScreen


class DeskCommands(Provider):
    def _commands(self) -> list[tuple[str, str, str]]:
        """(name, help, action) for each desk action, with the key as currently mapped."""
        screen = self.screen if isinstance(self.screen, DeskScreen) else None
        if screen is None:
            return []
        keys: dict[str, str] = {}
        for active in screen.active_bindings.values():
            if active.binding.id:
                keys.setdefault(active.binding.id, self.app.get_key_display(active.binding))
        return [
            (
                f"{b.description} ({keys.get(b.id or '', b.key)})",
                b.tooltip,
                b.action,
            )
            for b in DESK_BINDINGS
        ]

    async def discover(self) -> Hits:
        for name, help_text, action in self._commands():
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in self._commands():
            score = max(matcher.match(name), matcher.match(help_text) * 0.8)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.screen.run_action, action),
                    help=help_text,
                )
