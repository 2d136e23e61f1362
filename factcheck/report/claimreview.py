"""schema.org ClaimReview JSON-LD, as publishers write it and Google's Fact Check Tools and
other aggregators read it.

One `ClaimReview` per shown claim whose verdict is **published** (a verdict, in the final
stage): a proposed verdict still in review is never sent to search engines. The output is a
JSON array; for a report of one article (`--article`) it is one JSON-LD object whose `@graph`
holds that article's reviews, ready for the article page's `<script type="application/ld+json">`.
Every review keeps its own `@context`, so each object also stands alone.

Fields:
- `url`: the review's own page, from `site_url` (the settings' `site_url`: --site-url or
  $FACTCHECK_SITE_URL): `{claim_id}`, `{article_id}` and `{anchor}` in it are filled in;
  without any, `#<anchor>` is added, the claim's anchor on the public HTML page (see
  `published.anchor`). Required, and must be http(s).
- `author`: the publishing fact-checker, an `Organization` named by `publisher` (the
  settings' `publisher`: --publisher or $FACTCHECK_PUBLISHER), with the site's address as
  its `url`. Required.
- `datePublished`: the day the verdict was published (see `data`); `dateModified` too when
  it was corrected since.
- `claimReviewed`: the claim's public wording ("X said ...", see `wording`).
  `reviewRating`: a `Rating` with the scale's number for the verdict (`ratingValue`), the
  scale's `bestRating` and `worstRating`, and the verdict's label as `alternateName` (the
  text search results show) and `name` (which Google also recommends).
- `itemReviewed`: a `Claim` with `author` = who made the claim, `datePublished` = the
  article's date, and `appearance` = the article: a `CreativeWork` with its `url`, `headline`,
  `datePublished`, `author` (the writer, when known) and `publisher` (the outlet). Unknown
  values are left out, never guessed; a file name is never sent. `firstAppearance` is not
  given: the desk knows where it read the claim, not where it first appeared.

Who made the claim: `speaker` as a `Person`, unless its words mark an organization ("the White
House", "Reuters", "the Ministry of ...", "Diplomatic sources", see `ORGANIZATION_WORDS`): a
wrong `Person` would send readers looking for a human who does not exist, so any sign of a
body wins. With no speaker the claim is the article's own, and its author is the outlet
(see `published.outlet_name`), else left out. Someone's words whose speaker the splitter
could not find (`speaker_unknown`) have no author: the outlet did not say them.

The renderer reads no environment: the shells pass the site URL and publisher from the
settings.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from factcheck.models import Article
from factcheck.report import display
from factcheck.report.data import ArticleEntry, ClaimEntry, ReportData, ReportError
from factcheck.report.published import anchor, article_link, outlet_name
from factcheck.report.wording import public_wording
from factcheck.urls import is_web_url

# Where the CLI looks when no flag names the site or the publisher (the renderer reads none).
SITE_URL_ENV = "FACTCHECK_SITE_URL"
PUBLISHER_ENV = "FACTCHECK_PUBLISHER"
PLACEHOLDERS = ("{claim_id}", "{article_id}", "{anchor}")
CONTEXT = "https://schema.org"

# Words that make a speaker a body rather than a person.
ORGANIZATION_WORDS = frozenset(
    {
        "administration", "agency", "association", "authority", "bank", "board", "broadcaster",
        "bureau", "cabinet", "campaign", "center", "centre", "commission", "committee",
        "company", "corporation", "council", "court", "department", "embassy", "federation",
        "foundation", "government", "group", "house", "inc", "institute", "kremlin",
        "league", "ltd", "media", "ministry", "network", "news", "newspaper", "office",
        "officials", "organization", "organisation", "parliament", "party", "police",
        "press", "reuters", "senate", "service", "sources", "spokespeople", "statement",
        "television", "times", "union", "university", "nato", "eu", "imf",
        "trt", "bbc", "cnn", "afp",
    }
)  # fmt: skip


def render_claimreview(
    report: ReportData, *, site_url: str | None = None, publisher: str | None = None
) -> str:
    site_url = _site_url(site_url)
    publisher = _publisher(publisher)
    reviews = [
        claim_review(article, entry, report, site_url, publisher)
        for article in report.articles
        for entry in article.claims
        if entry.is_published
    ]
    data: Any = reviews
    if report.filters.article_id is not None:
        data = {"@context": CONTEXT, "@graph": reviews}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _site_url(given: str | None) -> str:
    url = (given or "").strip()
    if not url:
        raise ReportError(
            "ClaimReview needs the address where the fact checks are published: "
            f"--site-url URL or ${SITE_URL_ENV}"
        )
    if not is_web_url(url.replace("{", "").replace("}", "")):
        raise ReportError(f"site URL {url!r} is not a web address (http:// or https://)")
    return url


def _publisher(given: str | None) -> str:
    name = " ".join((given or "").split())
    if not name:
        raise ReportError(
            f"ClaimReview needs the fact-checking organization's name: --publisher NAME "
            f"or ${PUBLISHER_ENV}"
        )
    return name


def review_url(site_url: str, entry: ClaimEntry) -> str:
    if any(placeholder in site_url for placeholder in PLACEHOLDERS):
        return (
            site_url.replace("{claim_id}", entry.claim.id)
            .replace("{article_id}", entry.claim.article_id)
            .replace("{anchor}", anchor(entry))
        )
    return f"{site_url.split('#', 1)[0]}#{anchor(entry)}"


def claim_review(
    article: ArticleEntry, entry: ClaimEntry, report: ReportData, site_url: str, publisher: str
) -> dict[str, Any]:
    option, verdict = entry.verdict_option, entry.verdict
    assert option is not None and verdict is not None, "only published verdicts are reviewed"
    scale = report.scale_of(verdict)
    site = urlsplit(site_url.replace("{", "").replace("}", ""))
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": review_url(site_url, entry),
        "claimReviewed": public_wording(entry.claim),
        "datePublished": display.day(entry.published_at),
        "author": {
            "@type": "Organization",
            "name": publisher,
            "url": f"{site.scheme}://{site.netloc}/",
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": option.rating,
            "bestRating": scale.best_rating,
            "worstRating": scale.worst_rating,
            "alternateName": option.label,
            "name": option.label,
        },
        "itemReviewed": item_reviewed(article.article, entry),
    }
    if entry.corrections:
        review["dateModified"] = display.day(entry.corrections[-1].at)
    return review


def item_reviewed(article: Article, entry: ClaimEntry) -> dict[str, Any]:
    published = display.day(article.published)
    outlet = outlet_name(article)
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if article_link(article):
        appearance["url"] = article_link(article)
    appearance["headline"] = article.title
    if published:
        appearance["datePublished"] = published
    if article.author:
        appearance["author"] = {"@type": "Person", "name": article.author}
    if outlet:
        appearance["publisher"] = {"@type": "Organization", "name": outlet}
    item: dict[str, Any] = {"@type": "Claim"}
    author = None if entry.claim.speaker_unknown else claim_author(entry.claim.speaker, outlet)
    if author:
        item["author"] = author
    if published:
        item["datePublished"] = published
    item["appearance"] = appearance
    return item


def claim_author(speaker: str | None, outlet: str) -> dict[str, str] | None:
    """Who made the claim, as schema.org sees them (see the module docstring)."""
    name = " ".join((speaker or "").split())
    if name:
        return {"@type": speaker_type(name), "name": name}
    if outlet:
        return {"@type": "Organization", "name": outlet}
    return None


def speaker_type(name: str) -> str:
    words = re.findall(r"[\w.]+", name.lower())
    if name.lower().startswith("the ") or any(w.strip(".") in ORGANIZATION_WORDS for w in words):
        return "Organization"
    return "Person"
