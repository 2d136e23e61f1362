"""The public page a published_newsroom publishes (`--audience public`), read as its readers would:
what the browser's parser sees, and what must never be on it."""

from __future__ import annotations

import html
import re
from pathlib import Path

from conftest import SEED_DETAILS
from test_report import ONERROR, PUBLISHER, SCRIPT, SEED, WIRE_URL, Newsroom, Page

from factcheck.ingest import parse_article
from factcheck.report import build_report, render
from factcheck.report.published import anchor
from factcheck.report.wording import public_wording
from factcheck.repository import InMemoryRepository
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.workflow.loader import load_workflow

PROJECT = Path(__file__).resolve().parents[2]
NAMES = {"ana": "Ana Martín", "ben": "Ben Okafor"}


def public_page(published_newsroom: Newsroom, names: dict[str, str] = NAMES) -> str:
    report = published_newsroom.report(include_unreviewed=True)
    return render(report, "html", publisher=PUBLISHER, reviewer_names=names)


def test_the_public_page_shows_no_id_score_login_or_file_name(published_newsroom: Newsroom) -> None:
    page = public_page(published_newsroom)
    text = html.unescape(page)
    claims = published_newsroom.store.list_claims()
    for claim in claims:
        assert claim.id not in text
        for reason in claim.reasons:
            assert reason not in text  # model internals
    for article in published_newsroom.store.list_articles():
        assert article.id not in text
    assert SEED.name not in text and "000_ac684aa55c728b26" not in text
    assert "check-worthiness" not in text.lower() and "model" not in text.lower()
    assert not re.search(r"\b0\.\d\d\b", text)  # no score printed
    assert not re.search(r"\b(ana|ben)\b", text)  # logins: the roster's names are shown
    assert "Ana Martín" in text and "Ben Okafor" in text
    # No backlog: nothing about claims not rated, in review, rejected, or by stage.
    for backlog in ("Not rated", "In review", "Rejected", "Triage", "Proposed", "stage"):
        assert backlog not in text


def test_every_published_verdict_appears_with_its_corrections(published_newsroom: Newsroom) -> None:
    page = Page(public_page(published_newsroom))
    cards = [attrs.get("id") for tag, attrs in page.tags if tag == "section"]
    report = published_newsroom.report(include_unreviewed=True)
    published = [entry for entry in report.claims if entry.is_published]
    assert cards == [anchor(entry) for entry in published]
    assert len(published) == 3
    text = page.all_text()
    for entry in published:
        assert public_wording(entry.claim) in text
        assert entry.verdict_option is not None and entry.verdict_option.label in text
        for correction in entry.corrections:
            assert correction.reason in text
    assert "Correction, 2024-04-03: we changed our rating from Mostly true to True." in text
    # The verdict still in review is not on the page, nor is the one rejected after rating.
    assert "He has not set a date." not in text and "No record either way." not in text


def test_the_page_reads_like_a_fact_check_site(published_newsroom: Newsroom) -> None:
    page = Page(public_page(published_newsroom))
    text = page.all_text()
    assert PUBLISHER in text
    assert SEED_DETAILS["title"] in text and "Example Wire" in text
    assert "By Jane Reporter" in text and "2022-02-02" in text
    hrefs = [value for tag, key, value in page.attributes() if key == "href"]
    assert SEED_DETAILS["url"] in hrefs and WIRE_URL in hrefs
    assert "reuters.com" in text and "aa.com.tr" in text  # sources named by their outlet
    chips = {v for t, k, v in page.attributes() if t == "p" and k == "style"}
    assert "background:#2e7d32;color:#fff" in chips  # True, in the scale's green
    assert "Background on the visit." not in text  # a reviewer's note to the desk
    assert "script" not in page.names() and "img" not in page.names()
    assert SCRIPT in text and ONERROR in text
    raw = public_page(published_newsroom)
    assert "@media print" in raw and "break-inside: avoid" in raw
    assert "default-src 'none'" in raw


def test_a_login_without_a_display_name_is_shown_as_it_is(published_newsroom: Newsroom) -> None:
    text = html.unescape(public_page(published_newsroom, names={"ana": "Ana Martín"}))
    assert "Reviewed by ben, Ana Martín" in text


def test_a_link_to_a_host_that_is_not_plain_ascii_shows_its_punycode() -> None:
    repository = InMemoryRepository()
    workflow = load_workflow(PROJECT / "workflows" / "fever.yaml")
    article = parse_article("Prices rose by 9 percent in May, the minister said.", "a.txt")
    repository.add_article(article, split(article))
    desk = ReviewService(repository, workflow, "ana")
    claim_id = repository.list_claims()[0].id
    desk.accept(claim_id)
    desk.advance(claim_id)
    desk.add_note(claim_id, url="https://www.bаnk.example/rates", stance="refutes",
                  title="Rates table")  # fmt: skip
    desk.set_verdict(claim_id, "refuted")
    desk.advance(claim_id)
    page = render(build_report(repository, workflow), "html")
    assert "(host: www.xn--bnk-6cd.example)" in page
    assert "No fact checks are published yet." in render(
        build_report(InMemoryRepository(), workflow), "html"
    )
