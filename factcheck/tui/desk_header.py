"""The header line: the article under review, the desk's progress and who is reviewing."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from factcheck.app import Progress
from factcheck.models import Article
from factcheck.terminal_text import visible


class DeskHeader(Static):
    """One line: title and date on the left, progress and reviewer on the right.
    `plain` holds the same words as plain text."""

    plain = ""

    def show(self, article: Article | None, progress: Progress, reviewer: str) -> None:
        title = Text("factcheck", style="bold")
        published = Text()
        if article is not None:
            title = Text(visible(article.title), style="bold", overflow="ellipsis", no_wrap=True)
            if article.published:
                published = Text(article.published.isoformat())
        status = Text(
            f"{progress.published} published · {progress.proposed} proposed · "
            f"{progress.total} claims",
            style="bold",
        )
        status.append(f" · {visible(reviewer)}")
        grid = Table.grid(expand=True, padding=(0, 2))
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(no_wrap=True)
        grid.add_column(justify="right", no_wrap=True)
        grid.add_row(title, published, status)
        self.plain = f"{title.plain}  {published.plain}  {status.plain}"
        self.update(grid)
