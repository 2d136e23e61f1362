"""Writes docs/report_screenshot.png: the public HTML report as a real browser draws it.

    make report-screenshot     (or: .venv/bin/python docs/report_screenshot.py [OUT.png])

Builds a throwaway store from the sample article, gives it its published details, takes the
three most check-worthy claims with a speaker through the default workflow as two reviewers
would (one verdict later corrected), exports the public page, and has headless Chromium
screenshot it. Chromium comes from Debian's package, installed with apt-get when missing
(run as root, or install `chromium` first); it runs with no network, sandbox or profile of
its own, so nothing outside the page is fetched.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from factcheck.ingest import ArticleDetails, read_article
from factcheck.report import build_report, render
from factcheck.review import ReviewService
from factcheck.roster import RosterKeeper
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"
WINDOW = "900,1310"
DETAILS = ArticleDetails(
    title="Turkey does not want war between Russia and Ukraine, Erdoğan says",
    url="https://www.example-wire.com/world/turkey-russia-ukraine",
    outlet="Example Wire",
    author="Wire staff",
)
NAMES = {"ana": "Ana Martín", "ben": "Ben Okafor"}
SOURCES = (
    ("https://www.reuters.com/world/europe/turkey-ukraine", "context", "Turkey and Ukraine"),
    ("https://www.aa.com.tr/en/turkiye/erdogan-ukraine", "supports", "Erdoğan on Ukraine"),
)
# (verdict, rationale, conclusion) for the three claims, most check-worthy first.
REVIEWS = (
    ("misleading", "Trade and energy ties did grow, but no record ranks every period of the "
     "two countries' history; 'better than at any point' is a judgement, not a fact.",
     "Ties are close, but 'best in history' cannot be shown."),
    ("true", "The foreign ministry's statements on both dates say so in these words.", ""),
    ("unproven", "The remarks were reported, but no transcript of them is public.", ""),
)  # fmt: skip


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2022, 2, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=7)
        return self.now


def reviewed_store(folder: Path) -> Store:
    store = Store(folder / "factcheck.json")
    article = read_article(SEED, DETAILS)
    store.add_article(article, split(article))
    workflow = load_workflow(PROJECT / "workflows" / "default.yaml")
    keeper = RosterKeeper(store, workflow, "ana")
    keeper.member()  # the first reviewer of an empty roster
    keeper.add("ben", display=NAMES["ben"], roles=[workflow.senior_role])
    clock = Clock()
    ana = ReviewService(store, workflow, "ana", clock=clock)
    ben = ReviewService(store, workflow, "ben", clock=clock)
    claims = sorted((c for c in store.list_claims() if c.speaker), key=lambda c: -c.checkworthiness)
    for claim, (label, rationale, conclusion) in zip(claims, REVIEWS, strict=False):
        ana.accept(claim.id)
        ana.advance(claim.id)
        for url, stance, title in SOURCES:
            ana.add_note(claim.id, url=url, stance=stance, title=title)
        ana.advance(claim.id)
        ana.set_verdict(claim.id, label, rationale, conclusion)
        ana.advance(claim.id)
        ben.sign_off(claim.id)
        ben.advance(claim.id)
    # A correction is proposed by one reviewer and signed off by another before it shows.
    ben.correct(
        claims[1].id, "mostly-true", "The second statement adds a caveat about timing.",
        "The ministry's second statement adds a caveat.",
    )  # fmt: skip
    ana.sign_off(claims[1].id)
    ana.advance(claims[1].id)  # publishes the correction
    return store


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    print("installing Debian's chromium package (apt-get)...", file=sys.stderr)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True)
    return shutil.which("chromium") or "chromium"


def screenshot(page: Path, target: Path, profile: Path) -> None:
    subprocess.run(
        [
            chromium(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--hide-scrollbars", f"--user-data-dir={profile}",
            f"--screenshot={target}", f"--window-size={WINDOW}", page.as_uri(),
        ],
        check=True, capture_output=True,
    )  # fmt: skip


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT / "docs" / "report_screenshot.png"
    with tempfile.TemporaryDirectory() as folder:
        store = reviewed_store(Path(folder))
        report = build_report(store, load_workflow(PROJECT / "workflows" / "default.yaml"))
        page = Path(folder) / "report.html"
        page.write_text(
            render(report, "html", publisher="Example Fact Desk", reviewer_names=NAMES),
            encoding="utf-8",
        )
        profile = Path(folder) / "chromium-profile"
        screenshot(page, target.resolve(), profile)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
