"""The public HTML page (`--audience public`): the page of a fact-check site.

What a reader sees, per article: its headline, outlet, author, date and link; a line
counting the verdicts; then one card per **published** verdict, in the article's order: the
verdict in the scale's colour, the claim as published ("X said ..."), the conclusion, the
rationale, what was said in context, the sources (stance, outlet, linked title, quote),
dated corrections, when it was published and updated, and who reviewed it by display name.

What a reader never sees: store ids (article or claim), model scores and reasons, the
backlog (claims not rated, in review, rejected), file names, reviewers' private notes on
sources, logins that the display-name mapping covers, and proposed verdicts. A claim is
shown only once its verdict is published; `ReportData`'s other claims are skipped.

Rendered from `templates/public.html.j2` with autoescaping on; no scripts, nothing loaded
from elsewhere, prints cleanly (`@media print`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.models import EvidenceNote
from factcheck.report import display
from factcheck.report.data import ArticleEntry, ClaimEntry, ReportData
from factcheck.report.published import (
    anchor,
    article_link,
    display_name,
    outlet_name,
    source_outlet,
)
from factcheck.report.templating import render_template, safe_color
from factcheck.report.wording import public_wording

STANCE_WORDS = {"supports": "Supports the claim", "refutes": "Contradicts the claim",
                "context": "Context"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Source:
    stance: str
    stance_text: str
    outlet: str
    url: str
    title: str
    quote: str


@dataclass(frozen=True, slots=True)
class CorrectionNote:
    day: str
    before: str
    after: str
    reason: str


@dataclass(frozen=True, slots=True)
class Card:
    anchor: str
    wording: str
    label: str
    color: str
    ink: str
    conclusion: str
    rationale: str
    said: str
    sources: tuple[Source, ...]
    corrections: tuple[CorrectionNote, ...]
    published: str
    updated: str
    reviewers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tally:
    label: str
    color: str
    ink: str
    count: int


@dataclass(frozen=True, slots=True)
class ArticleView:
    headline: str
    outlet: str
    author: str
    published: str
    url: str
    tally: tuple[Tally, ...]
    cards: tuple[Card, ...]


def render_public_html(
    report: ReportData,
    *,
    publisher: str | None = None,
    reviewer_names: Mapping[str, str] | None = None,
) -> str:
    """The page; `publisher` heads it when given, `reviewer_names` maps logins to the names
    readers see (a login it lacks is shown as is)."""
    names = reviewer_names or {}
    views = (article_view(report, entry, names) for entry in report.articles)
    articles = [view for view in views if view is not None]
    title = f"Fact check: {articles[0].headline}" if len(articles) == 1 else "Fact checks"
    return render_template(
        "public.html.j2",
        title=title,
        publisher=" ".join((publisher or "").split()),
        articles=articles,
        unverified=report.unverified,
    )


def article_view(
    report: ReportData, entry: ArticleEntry, names: Mapping[str, str]
) -> ArticleView | None:
    """The article as the page shows it, or None when none of its verdicts is published."""
    cards = tuple(card(report, claim, names) for claim in entry.claims if claim.is_published)
    if not cards:
        return None
    counts: dict[str, int] = {}
    for item in cards:
        counts[item.label] = counts.get(item.label, 0) + 1
    tally = tuple(
        Tally(
            option.label,
            safe_color(option.color),
            ink_on(safe_color(option.color)),
            counts[option.label],
        )
        for option in report.workflow.scale.verdicts
        if option.label in counts
    )
    article = entry.article
    return ArticleView(
        headline=article.title,
        outlet=outlet_name(article),
        author=article.author,
        published=display.day(article.published),
        url=article_link(article),
        tally=tally,
        cards=cards,
    )


def card(report: ReportData, entry: ClaimEntry, names: Mapping[str, str]) -> Card:
    option, verdict = entry.verdict_option, entry.verdict
    assert option is not None and verdict is not None, "only published verdicts have cards"
    corrections = tuple(
        CorrectionNote(
            display.day(c.at), report.label_of(c.previous_label), report.label_of(c.new_label),
            c.reason,
        )
        for c in entry.corrections
    )  # fmt: skip
    return Card(
        anchor=anchor(entry),
        wording=public_wording(entry.claim),
        label=option.label,
        color=safe_color(option.color),
        ink=ink_on(safe_color(option.color)),
        conclusion=verdict.conclusion,
        rationale=verdict.rationale,
        said=entry.claim.sentence,
        sources=tuple(source(note) for note in entry.evidence),
        corrections=corrections,
        published=display.day(entry.published_at),
        updated=corrections[-1].day if corrections else "",
        reviewers=tuple(dict.fromkeys(display_name(login, names) for login in entry.reviewers)),
    )


def source(note: EvidenceNote) -> Source:
    stance = note.stance.value
    return Source(
        stance=stance,
        stance_text=STANCE_WORDS[stance],
        outlet=source_outlet(note.url),
        url=note.url,
        title=note.title,
        quote=note.quote,
    )


def ink_on(color: str) -> str:
    """Black or white text, whichever reads better on a `#hex` background (WCAG relative
    luminance); white for a colour name, which the chip's text shadow keeps readable."""
    if not color.startswith("#"):
        return "#fff"
    digits = color[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000" if luminance > 0.179 else "#fff"
