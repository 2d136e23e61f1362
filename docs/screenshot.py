"""Writes docs/screenshot.svg: the review desk on the seed article, a few claims into review.

    make screenshot

Builds a throwaway store from the sample article, sorts the queue by check-worthiness, walks
the top claims a little way through the workflow with the same keys a reviewer presses, and
saves Textual's own SVG screenshot of the main screen.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from factcheck.app import Desk
from factcheck.ingest import read_articles
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.tui.app import ReviewApp
from factcheck.workflow.loader import load_workflow

PROJECT = Path(__file__).resolve().parent.parent
SIZE = (120, 38)


async def shoot(store: Store, target: Path) -> None:
    desk = Desk(store, load_workflow(PROJECT / "workflows" / "default.yaml"), "ana").start_review()
    app = ReviewApp(desk, keymap_file=target.parent / "no-keymap.yaml")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "home", "a", "greater_than_sign")
        for url, stance in (
            ("https://www.reuters.com/world/europe/turkey-ukraine", "stance-context"),
            ("https://www.aa.com.tr/en/turkiye/erdogan-ukraine", "stance-supports"),
        ):
            await pilot.press("n")
            await pilot.pause()
            app.screen.query_one("#evidence-url").value = url
            await pilot.click(f"#{stance}")
            await pilot.press("ctrl+s")
            await pilot.pause()
        await pilot.press("greater_than_sign", "v")
        await pilot.pause()
        rationale = "Trade figures back the claim; 'any point in history' is hard to prove."
        await pilot.press("down", "down", "enter", *rationale, "ctrl+s")
        await pilot.pause()
        await pilot.press("j", "a", "j", "j", "a", "home")
        app.clear_notifications()
        await pilot.pause(0.2)
        app.save_screenshot(filename=target.name, path=str(target.parent))


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT / "docs" / "screenshot.svg"
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "factcheck.json")
        for _, article in read_articles([PROJECT / "seeds" / "000_ac684aa55c728b26.txt"]):
            store.add_article(article, split(article))
        asyncio.run(shoot(store, target.resolve()))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
