"""Verdict reports from a desk's real work: the seed article ingested into a store, claims
taken through the review service by two reviewers (with a fixed clock), then exported in
every format and read back the way their readers would: a browser's HTML parser, a
spreadsheet's CSV reader, a JSON-LD consumer, an editor reading Markdown."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fuzz_profiles import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from roster_support import on_roster

from factcheck.ingest import parse_article, read_article
from factcheck.report import FORMATS, ReportData, ReportError, build_report, render
from factcheck.report.claimreview import claim_author, item_reviewed, speaker_type
from factcheck.report.published import anchor
from factcheck.report.wording import public_wording
from factcheck.repository import InMemoryRepository
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.workflow import Workflow
from factcheck.workflow.loader import load_workflow

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"
EXPECTED_MARKDOWN = Path(__file__).resolve().parents[1] / "data" / "report_seed.md"
SITE = "https://checks.example.org/turkey-ukraine"
PUBLISHER = "Example Fact Desk"
SCRIPT = "<script>alert('claim')</script>"
ONERROR = '<img src=x onerror="alert(1)">'
FORMULA = '=HYPERLINK("http://evil.example","click")'
WIRE_STORY = (
    "date 2024-04-02\n"
    "Unemployment fell to 3.1 percent in March, the lowest rate since 1974. "
    "The city built 4,000 new homes last year."
)
WIRE_URL = "https://news.example.com/economy/march"
# A pasted article whose heading and source would run code if a report trusted them.
PASTED = '# <script>steal()</script> & <b onmouseover="x()">news</b>\n\nPrices rose by 9 percent.'
PASTED_SOURCE = "javascript:alert(document.cookie)"


class Clock:
    """A reviewer's clock that moves one minute per action: dates in reports are fixed."""

    def __init__(self) -> None:
        self.now = datetime(2024, 4, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


class Newsroom:
    """The seed article and a wire story in one store, reviewed by ana (fact-checker) and
    ben (editor). What each claim went through is named in `build`."""

    def __init__(self, store_path: Path) -> None:
        self.store = Store(store_path)
        self.workflow = load_workflow(PROJECT / "workflows" / "default.yaml")
        seed = read_article(SEED)
        wire = parse_article(WIRE_STORY, WIRE_URL)
        pasted = parse_article(PASTED, PASTED_SOURCE)
        for article in (seed, wire, pasted):
            self.store.add_article(article, split(article))
        self.seed_id, self.wire_id, self.pasted_id = seed.id, wire.id, pasted.id
        self.clock = Clock()
        on_roster(self.store, self.workflow, "ana", "ben")
        self.ana = ReviewService(self.store, self.workflow, "ana", clock=self.clock)
        self.ben = ReviewService(self.store, self.workflow, "ben", clock=self.clock)
        seed_claims = self.store.list_claims(seed.id)
        wire_claims = self.store.list_claims(wire.id)
        self.published = seed_claims[0].id
        self.hostile = seed_claims[1].id
        self.in_review = seed_claims[2].id
        self.rejected = seed_claims[3].id
        self.withdrawn = seed_claims[4].id
        self.wire = wire_claims[0].id
        self.build()

    def research(self, claim_id: str, quote: str = "", title: str = "") -> None:
        self.ana.accept(claim_id)
        self.ana.advance(claim_id)
        self.ana.add_note(
            claim_id, url="https://www.aa.com.tr/en/turkey/1", stance="supports", quote=quote
        )
        self.ana.add_note(
            claim_id, url="https://www.reuters.com/world/2", stance="context", title=title,
            note="Background on the visit.",
        )  # fmt: skip
        self.ana.advance(claim_id)

    def publish(self, claim_id: str, label: str, rationale: str, days_later: int = 0) -> None:
        """ana researches and rates; ben signs off and publishes `days_later`."""
        self.research(claim_id)
        self.ana.set_verdict(claim_id, label, rationale=rationale)
        self.ana.advance(claim_id)
        self.clock.now += timedelta(days=days_later)
        self.ben.sign_off(claim_id)
        self.ben.advance(claim_id)

    def build(self) -> None:
        # Published, then corrected by the editor with a reason, signed off by ana.
        self.publish(self.published, "mostly-true", "Erdoğan said so at a youth event.")
        self.ben.correct(
            self.published,
            "true",
            rationale="The full transcript has every word.",
            reason="The full transcript confirms every word.",
        )
        self.ana.sign_off(self.published)
        self.ben.advance(self.published)
        # A claim someone pasted hostile text into, published with hostile notes.
        self.ana.edit(self.hostile, f"{FORMULA} {SCRIPT} says {ONERROR}")
        self.research(self.hostile, quote=SCRIPT, title=FORMULA)
        self.ana.set_verdict(self.hostile, "misleading", rationale=f"Quoted {ONERROR} oddly.")
        self.ana.advance(self.hostile)
        self.ben.sign_off(self.hostile)
        self.ben.advance(self.hostile)
        # A verdict given but still waiting for the editor's sign-off: in review.
        self.research(self.in_review)
        self.ana.set_verdict(self.in_review, "false", conclusion="He has not set a date.")
        self.ana.advance(self.in_review)
        # Rejected in triage.
        self.ana.reject(self.rejected, "Opinion, not checkable.")
        # Rated, then rejected after all: its verdict is not in force.
        self.research(self.withdrawn)
        self.ana.set_verdict(self.withdrawn, "unproven", rationale="No record either way.")
        self.ben.send_back(self.withdrawn, "triage", "Looks like a duplicate.")
        self.ben.reject(self.withdrawn, "Duplicate of an earlier check.")
        # The wire story's claim, published two days after the verdict was given.
        self.publish(self.wire, "false", "The rate was 3.4 percent (ONS).", days_later=2)

    def report(self, **filters: object) -> ReportData:
        return build_report(self.store, self.workflow, **filters)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Newsroom:
    return Newsroom(tmp_path_factory.mktemp("desk") / "factcheck.json")


def export(newsroom: Newsroom, fmt: str, audience: str | None = None, **filters: object) -> str:
    return render(
        newsroom.report(**filters), fmt, audience=audience, site_url=SITE, publisher=PUBLISHER
    )


# -- Markdown -----------------------------------------------------------------------------


def test_markdown_report_reads_as_the_checked_in_expected_file(newsroom: Newsroom) -> None:
    """The whole Markdown report, compared with tests/data/report_seed.md. When the splitter
    or the report wording changes on purpose, regenerate it with
    `UPDATE_EXPECTED=1 .venv/bin/pytest tests/unit/test_report.py` and review the diff."""
    markdown = export(newsroom, "md", include_unreviewed=True)
    if os.environ.get("UPDATE_EXPECTED"):
        EXPECTED_MARKDOWN.write_text(markdown, encoding="utf-8")
    assert markdown == EXPECTED_MARKDOWN.read_text(encoding="utf-8")


def test_markdown_shows_corrections_and_never_a_proposed_verdict_as_decided(
    newsroom: Newsroom,
) -> None:
    markdown = export(newsroom, "md")
    published = markdown.split(f"{newsroom.published}")[1].split("#### Claim")[0]
    assert "- Verdict: **True**" in published
    assert "Correction: 2024-04-03 by ben: Mostly true → True:" in published
    in_review = markdown.split(f"{newsroom.in_review}")[1].split("#### Claim")[0]
    assert "In review, stage Editor sign\\-off" not in in_review  # '-' is not escaped
    assert "Status: **In review, stage Editor sign-off: the verdict is proposed" in in_review
    assert "Verdict: **Proposed: False (in review)**" in in_review
    assert "Verdict: **False**" not in in_review


def test_no_report_presents_an_unfinished_verdict_as_the_desks_finding(
    newsroom: Newsroom,
) -> None:
    everything = newsroom.report(include_unreviewed=True)
    markdown = render(everything, "md")
    withdrawn = markdown.split(f"{newsroom.withdrawn}")[1].split("#### Claim")[0]
    assert "Status: **Rejected: Duplicate of an earlier check.**" in withdrawn
    assert "Verdict: **Not in force: Unproven (claim rejected)**" in withdrawn
    page = Page(render(everything, "html", audience="desk"))
    chips = [
        (attrs.get("class"), text)
        for (tag, attrs), text in zip(page.tags, page.text_after_tag, strict=True)
        if tag == "span" and (attrs.get("class") or "").startswith("chip")
    ]
    assert ("chip proposed", "Not in force: Unproven (claim rejected)") in chips
    assert ("chip proposed", "Proposed: False (in review)") in chips
    assert ("chip", "True") in chips and ("chip", "Misleading") in chips
    assert {text for css, text in chips if css == "chip"} == {"True", "Misleading", "False"}
    claimreview = json.loads(render(everything, "claimreview", site_url=SITE, publisher=PUBLISHER))
    reviewed = {review["url"].rsplit("#", 1)[1] for review in claimreview}
    published = {e.id: anchor(e) for e in everything.claims if e.is_published}
    assert set(published) == {newsroom.published, newsroom.hostile, newsroom.wire}
    assert reviewed == set(published.values())


# -- HTML ---------------------------------------------------------------------------------


class Page(HTMLParser):
    """What a browser would build from the page: tags with attributes, and the text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        # The text that directly follows each tag's start, e.g. a chip's label.
        self.text_after_tag: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.text_after_tag.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.text_after_tag and not self.text_after_tag[-1]:
            self.text_after_tag[-1] = data

    def names(self) -> set[str]:
        return {tag for tag, _ in self.tags}

    def attributes(self) -> list[tuple[str, str, str]]:
        return [(tag, key, value or "") for tag, attrs in self.tags for key, value in attrs.items()]

    def all_text(self) -> str:
        return "".join(self.text)


def test_html_shows_hostile_text_as_text_and_loads_nothing(newsroom: Newsroom) -> None:
    page = Page(export(newsroom, "html", "desk", include_unreviewed=True))
    assert "script" not in page.names() and "img" not in page.names()
    assert not [a for a in page.attributes() if a[1].startswith("on")]
    assert not [a for a in page.attributes() if a[1] in ("src", "srcset", "background")]
    text = page.all_text()
    assert SCRIPT in text and ONERROR in text and FORMULA in text
    hrefs = [value for tag, key, value in page.attributes() if key == "href"]
    assert hrefs and all(href.startswith(("https://", "http://")) for href in hrefs)
    assert WIRE_URL in hrefs  # the web source is a link; the seed's file name is not
    assert not [h for h in hrefs if "000_ac684aa55c728b26" in h]
    assert "<script>steal()</script> & <b onmouseover" in text  # the pasted article's title
    assert PASTED_SOURCE in text and not [h for h in hrefs if "javascript" in h.lower()]
    policy = [v for t, k, v in page.attributes() if t == "meta" and k == "content"]
    assert any("default-src 'none'" in value for value in policy)
    assert "link" not in page.names()  # no stylesheet or font is fetched


def test_html_has_colour_chips_a_chart_and_marks_claims_in_review(newsroom: Newsroom) -> None:
    html = export(newsroom, "html", "desk")
    page = Page(html)
    styles = [v for t, k, v in page.attributes() if t == "span" and k == "style"]
    assert "background:#2e7d32" in styles  # True, the corrected verdict
    assert "background:#f9a825" in styles  # Misleading
    assert "border-color:#e53935" in styles  # False, proposed: a hollow chip
    assert "background:#e53935" in styles  # False, published on the wire story
    assert "svg" in page.names() and "rect" in page.names()
    fills = {v for t, k, v in page.attributes() if t == "rect" and k == "fill"}
    assert {"#2e7d32", "#f9a825", "#e53935"} <= fills
    sections = {a.get("id"): a.get("class") for t, a in page.tags if t == "section"}
    assert sections[f"claim-{newsroom.in_review}"] == "claim status-in-review"
    assert sections[f"claim-{newsroom.published}"] == "claim status-published"
    text = page.all_text()
    assert "Proposed: False" in text
    assert "In review, stage Editor sign-off: the verdict is proposed, not final" in text
    assert "@media print" in html and "break-inside: avoid" in html


# -- CSV ----------------------------------------------------------------------------------


def test_csv_has_one_row_per_claim_and_neutralizes_formulas(newsroom: Newsroom) -> None:
    text = export(newsroom, "csv", include_unreviewed=True)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    claims = newsroom.store.list_claims()
    assert [row["claim_id"] for row in rows] == [c.id for c in claims]
    by_id = {row["claim_id"]: row for row in rows}
    hostile = by_id[newsroom.hostile]
    assert hostile["claim"] == "'" + f"{FORMULA} {SCRIPT} says {ONERROR}"
    assert hostile["verdict_label"] == "Misleading" and hostile["verdict_color"] == "#f9a825"
    assert hostile["status"] == "published" and hostile["published_date"] == "2024-04-03"
    published = by_id[newsroom.published]
    assert published["verdict"] == "true" and published["rating"] == "6"
    assert published["corrections"].startswith("2024-04-03 by ben: Mostly true → True")
    assert published["sign_offs"] == "ana 2024-04-03"
    assert published["evidence_count"] == "2"
    assert by_id[newsroom.in_review]["status"] == "in review"
    assert by_id[newsroom.rejected]["status"] == "rejected"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert text.encode("utf-8").decode("utf-8") == text and "\r\n" in text


# -- JSON ---------------------------------------------------------------------------------


def test_json_holds_the_full_data_with_a_schema_version(newsroom: Newsroom) -> None:
    data = json.loads(export(newsroom, "json", include_unreviewed=True))
    assert data["schema_version"] == 1
    assert [a["id"] for a in data["articles"]] == [
        newsroom.seed_id, newsroom.wire_id, newsroom.pasted_id,
    ]  # fmt: skip
    claims = {c["id"]: c for a in data["articles"] for c in a["claims"]}
    published = claims[newsroom.published]
    assert published["status"] == "published"
    assert published["verdict"]["label"] == "true"
    assert published["verdict_option"] == {
        "id": "true", "label": "True", "color": "#2e7d32", "rating": 6,
    }  # fmt: skip
    assert published["corrections"][0]["previous_label"] == "mostly-true"
    assert [n["url"] for n in published["evidence"]] == [
        "https://www.aa.com.tr/en/turkey/1",
        "https://www.reuters.com/world/2",
    ]
    assert published["reviewers"] == ["ben", "ana"]
    assert published["public_wording"] == public_wording(newsroom.store.get_claim(published["id"]))
    assert re.fullmatch(r"2024-04-03T\d\d:\d\d:00Z", published["published_at"])
    assert claims[newsroom.in_review]["status"] == "in review"
    assert claims[newsroom.in_review]["published_at"] is None
    seed = data["articles"][0]["summary"]
    assert seed["reviewed"] == 4  # two published, two rejected
    counts = {row["id"]: row["count"] for row in seed["by_verdict"]}
    assert counts["true"] == 1 and counts["misleading"] == 1 and counts["false"] == 0
    assert counts["in review"] == 1 and counts["rejected"] == 2 and counts["unproven"] == 0


# -- ClaimReview --------------------------------------------------------------------------


def test_claimreview_describes_each_published_verdict_field_by_field(
    newsroom: Newsroom,
) -> None:
    reviews = json.loads(export(newsroom, "claimreview"))
    assert isinstance(reviews, list)
    report = newsroom.report()
    anchors = {entry.id: anchor(entry) for entry in report.claims}
    urls = [r["url"] for r in reviews]
    assert urls == [
        f"{SITE}#{anchors[newsroom.published]}",
        f"{SITE}#{anchors[newsroom.hostile]}",
        f"{SITE}#{anchors[newsroom.wire]}",
    ]  # the claim in review is not offered to search engines
    first = reviews[0]
    claim = newsroom.store.get_claim(newsroom.published)
    assert claim is not None
    assert first["@context"] == "https://schema.org"
    assert first["@type"] == "ClaimReview"
    assert first["claimReviewed"] == public_wording(claim)
    assert first["claimReviewed"][0].isupper()
    assert first["datePublished"] == "2024-04-03"
    assert first["dateModified"] == "2024-04-03"
    assert first["author"] == {
        "@type": "Organization", "name": PUBLISHER, "url": "https://checks.example.org/",
    }  # fmt: skip
    assert first["reviewRating"] == {
        "@type": "Rating", "ratingValue": 6, "bestRating": 6, "worstRating": 1,
        "alternateName": "True", "name": "True",
    }  # fmt: skip
    item = first["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"] == "2022-02-02"
    seed_title = newsroom.store.get_article(newsroom.seed_id).title  # type: ignore[union-attr]
    # The seed file has no link or outlet: nothing is guessed, and its file name is not sent.
    assert item["appearance"] == {
        "@type": "CreativeWork", "headline": seed_title, "datePublished": "2022-02-02",
    }  # fmt: skip
    assert SEED.name not in json.dumps(reviews)
    if claim.speaker:
        assert item["author"] == {"@type": speaker_type(claim.speaker), "name": claim.speaker}
    else:
        assert "author" not in item  # the article's own voice, and no outlet to name
    wire = reviews[2]
    assert wire["datePublished"] == "2024-04-05"  # the day it was published, not rated
    assert "dateModified" not in wire
    assert wire["reviewRating"]["ratingValue"] == 2
    assert wire["reviewRating"]["alternateName"] == "False"
    assert wire["itemReviewed"]["datePublished"] == "2024-04-02"
    appearance = wire["itemReviewed"]["appearance"]
    assert appearance["url"] == WIRE_URL
    assert appearance["publisher"] == {"@type": "Organization", "name": "example.com"}
    wire_claim = newsroom.store.get_claim(newsroom.wire)
    if wire_claim is not None and not wire_claim.speaker:
        assert wire["itemReviewed"]["author"] == {"@type": "Organization", "name": "example.com"}


def test_claimreview_for_one_article_is_one_object(newsroom: Newsroom) -> None:
    site = "https://checks.example.org/{article_id}/{claim_id}"
    report = newsroom.report(article_id=newsroom.wire_id)
    data = json.loads(render(report, "claimreview", site_url=site, publisher=PUBLISHER))
    assert data["@context"] == "https://schema.org"
    [review] = data["@graph"]
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"https://checks.example.org/{newsroom.wire_id}/{newsroom.wire}"


def test_claimreview_needs_a_site_and_a_publisher(newsroom: Newsroom) -> None:
    report = newsroom.report()
    with pytest.raises(ReportError, match=r"--site-url URL or \$FACTCHECK_SITE_URL"):
        render(report, "claimreview", publisher=PUBLISHER)
    with pytest.raises(ReportError, match=r"--publisher NAME or \$FACTCHECK_PUBLISHER"):
        render(report, "claimreview", site_url=SITE)
    with pytest.raises(ReportError, match="not a web address"):
        render(report, "claimreview", site_url="javascript:alert(1)", publisher=PUBLISHER)


def test_words_whose_speaker_was_not_found_have_no_author(newsroom: Newsroom) -> None:
    report = newsroom.report(article_id=newsroom.wire_id)
    entry = next(e for e in report.claims if e.id == newsroom.wire)
    [article] = [a.article for a in report.articles if a.article.id == newsroom.wire_id]
    unknown = replace(
        entry, claim=entry.claim.model_copy(update={"speaker": None, "speaker_unknown": True})
    )
    assert item_reviewed(article, entry)["author"]  # the article's own voice: the outlet
    assert "author" not in item_reviewed(article, unknown)  # someone's words, not the outlet's


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Recep Tayyip Erdoğan", "Person"),
        ("Kim Jong Un", "Person"),
        ("the White House", "Organization"),
        ("Turkish public broadcaster TRT Haber", "Organization"),
        ("Diplomatic sources", "Organization"),
        ("The Ministry of Defence", "Organization"),
    ],
)
def test_who_made_a_claim_is_a_person_or_an_organization(speaker: str, kind: str) -> None:
    assert claim_author(speaker, "") == {"@type": kind, "name": speaker}


# -- every format -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_store_gives_the_same_bytes(newsroom: Newsroom, fmt: str) -> None:
    again = Store(newsroom.store.path)  # a second reader of the same file
    twice = [
        render(
            build_report(store, newsroom.workflow, include_unreviewed=True),
            fmt,
            site_url=SITE,
            publisher=PUBLISHER,
        )
        for store in (newsroom.store, again)
    ]
    assert twice[0] == twice[1] and twice[0]


def test_filters_narrow_the_claims_but_not_the_article_summary(newsroom: Newsroom) -> None:
    default = newsroom.report()
    assert [c.id for c in default.claims] == [
        newsroom.published, newsroom.hostile, newsroom.in_review, newsroom.wire,
    ]  # fmt: skip
    in_sign_off = newsroom.report(stages=["sign-off"])
    assert [c.id for c in in_sign_off.claims] == [newsroom.in_review]
    rated_false = newsroom.report(verdicts=["false"])
    assert [c.id for c in rated_false.claims] == [newsroom.in_review, newsroom.wire]
    assert rated_false.articles[0].summary == default.articles[0].summary
    everything = newsroom.report(include_unreviewed=True)
    assert len(everything.claims) == len(newsroom.store.list_claims())
    assert [c.position for c in everything.articles[0].claims][:4] == [1, 2, 3, 4]
    one = newsroom.report(article_id=newsroom.wire_id)
    assert [a.article.id for a in one.articles] == [newsroom.wire_id]


def test_unknown_filters_are_refused_with_what_exists(newsroom: Newsroom) -> None:
    with pytest.raises(ReportError, match=r"unknown stage 'publishd'; the workflow has triage"):
        newsroom.report(stages=["publishd"])
    with pytest.raises(ReportError, match=r"unknown verdict 'fals'; .* mostly-true"):
        newsroom.report(verdicts=["fals"])
    with pytest.raises(ReportError, match="no article with id 'nope'"):
        newsroom.report(article_id="nope")
    with pytest.raises(ReportError, match="unknown report format 'pdf'"):
        render(newsroom.report(), "pdf")


def test_a_workflow_without_the_stores_verdicts_is_refused(newsroom: Newsroom) -> None:
    fever: Workflow = load_workflow(PROJECT / "workflows" / "fever.yaml")
    with pytest.raises(ReportError, match=r"stage '(published|sign-off)', which workflow"):
        build_report(newsroom.store, fever)


# -- any text a reviewer can type ---------------------------------------------------------

REPORT_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "section",
    "article", "dl", "dt", "dd", "div", "span", "strong", "blockquote", "ul", "li", "a",
    "figure", "figcaption", "svg", "text", "rect",
}  # fmt: skip


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed=st.text(min_size=1, max_size=80).filter(lambda text: text.strip()))
def test_whatever_a_reviewer_types_stays_text(typed: str) -> None:
    """A claim reworded to any text shows as that text in HTML (no new tags or attributes)
    and comes back from the CSV as typed, behind the formula guard when it needs one."""
    repository = InMemoryRepository()
    article = parse_article(WIRE_STORY, WIRE_URL)
    repository.add_article(article, split(article))
    desk = ReviewService(repository, load_workflow(PROJECT / "workflows" / "fever.yaml"), "ana")
    claim_id = repository.list_claims()[0].id
    desk.edit(claim_id, typed)
    text = typed.strip()
    report = build_report(repository, desk.workflow, include_unreviewed=True)
    page = Page(render(report, "html", audience="desk"))
    assert page.names() <= REPORT_TAGS
    assert not [a for a in page.attributes() if a[1].startswith("on")]
    shown = [
        body
        for (tag, attrs), body in zip(page.tags, page.text_after_tag, strict=True)
        if tag == "p" and attrs.get("class") == "claim-text"
    ]
    assert shown[0] == text
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    cell = rows[0]["claim"]
    assert cell == (("'" + text) if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text)
