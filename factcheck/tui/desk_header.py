"""The header: the article under review, the desk's progress and who is reviewing; under it
the reviewer's inboxes with how many claims each holds, the one shown marked."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from factcheck.app import Inbox, Progress
from factcheck.models import Article
from factcheck.terminal_text import visible


class DeskHeader(Static):
    """Two lines: title and date on the left, progress and reviewer on the right; then the
    inboxes. `plain` holds the same words as plain text."""

    plain = ""

    def show(
        self,
        article: Article | None,
        progress: Progress,
        reviewer: str,
        inbox: Inbox = Inbox.ALL,
        counts: dict[Inbox, int] | None = None,
        loading: bool = False,
    ) -> None:
        """`loading`: the counts are still being asked of the store ("counting…" stands in
        for them)."""
        title = Text("factcheck", style="bold")
        published = Text()
        if article is not None:
            title = Text(visible(article.title), style="bold", overflow="ellipsis", no_wrap=True)
            if article.published:
                published = Text(article.published.isoformat())
        status = Text(
            "counting…"
            if loading
            else f"{progress.published} published · {progress.proposed} proposed · "
            f"{progress.total} claims",
            style="bold",
        )
        status.append(f" · {visible(reviewer)}")
        grid = Table.grid(expand=True, padding=(0, 2))
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(no_wrap=True)
        grid.add_column(justify="right", no_wrap=True)
        grid.add_row(title, published, status)
        views = inbox_line(inbox, None if loading else counts or {})
        second = Table.grid(expand=True, padding=(0, 2))
        second.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        second.add_column(justify="right", no_wrap=True)
        second.add_row(views, Text("i: next view", style="dim"))
        self.plain = f"{title.plain}  {published.plain}  {status.plain}\n{views.plain}"
        self.update(Group(grid, second))


def inbox_line(shown: Inbox, counts: dict[Inbox, int] | None) -> Text:
    """`▶ all 38 · mine 3 · sign-off 2 · context 5`, the inbox shown in reverse; each count
    `…` while the claims are still being counted (`counts` None)."""
    line = Text()
    for inbox in Inbox:
        if line:
            line.append(" · ", style="dim")
        words = f"{inbox} {'…' if counts is None else counts.get(inbox, 0)}"
        line.append(
            f"▶ {words}" if inbox is shown else words, "reverse bold" if inbox is shown else ""
        )
    return line
