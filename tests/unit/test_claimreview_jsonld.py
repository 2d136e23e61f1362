"""ClaimReview read as a consumer reads it: expanded by a JSON-LD processor (pyld) against
the schema.org context, then checked for every field Google's fact-check documentation marks
required or recommended. The context is a fixture file (tests/data/schemaorg-context.jsonld:
schema.org's own term definitions for the terms a ClaimReview uses), served by a document
loader, so the test needs no network."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import SEED_DETAILS
from pyld import jsonld
from test_public_report import NAMES
from test_report import PUBLISHER, SITE, Newsroom, Page

from factcheck.report import render
from factcheck.report.wording import public_wording

CONTEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "schemaorg-context.jsonld"
SCHEMA = "http://schema.org/"
CONTEXT_URLS = {
    "https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.json",
}  # fmt: skip

# Google Search Central, "Fact check (ClaimReview) structured data": per type, the
# properties it requires and those it recommends. A tuple is "one of these".
GOOGLE_REQUIRED = {
    "ClaimReview": ["claimReviewed", "reviewRating", "url"],
    "Rating": ["alternateName"],
}
GOOGLE_RECOMMENDED = {
    "ClaimReview": ["author", "datePublished", "itemReviewed"],
    "Claim": [("appearance", "firstAppearance"), "author", "datePublished"],
    "Rating": ["bestRating", "name", "ratingValue", "worstRating"],
    "Organization": ["name"],
    "Person": ["name"],
}


def serve_context(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url not in CONTEXT_URLS:
        raise AssertionError(f"the processor tried to load {url}")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(CONTEXT_FILE.read_text(encoding="utf-8")),
    }


def expanded(document: Any) -> list[dict[str, Any]]:
    return jsonld.expand(document, {"documentLoader": serve_context})


def known_terms() -> set[str]:
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    return {
        SCHEMA + definition["@id"].removeprefix("schema:")
        for definition in context.values()
        if isinstance(definition, dict)
    }


def nodes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every node object in an expanded document, nested ones included (a value object or
    a bare `{"@id": ...}` reference is not a node)."""
    found = []
    for item in items:
        if "@value" in item or set(item) == {"@id"}:
            continue
        found.append(item)
        for key, values in item.items():
            if not key.startswith("@"):
                found.extend(nodes(values))
    return found


def claimreview(published_newsroom: Newsroom, **filters: object) -> Any:
    text = render(
        published_newsroom.report(**filters), "claimreview", site_url=SITE, publisher=PUBLISHER
    )
    return json.loads(text)


def test_claimreview_expands_without_error_into_schema_org_terms_only(
    published_newsroom: Newsroom,
) -> None:
    for document in (
        claimreview(published_newsroom),
        claimreview(published_newsroom, article_id=published_newsroom.seed_id),
    ):
        items = expanded(document)
        found = nodes(items)
        reviews = [n for n in found if n.get("@type") == [SCHEMA + "ClaimReview"]]
        assert reviews
        terms = known_terms()
        for node in found:
            for key in node:
                if not key.startswith("@"):
                    assert key in terms, f"{key} is not a schema.org term a ClaimReview uses"
            assert all(t in terms for t in node.get("@type", [])), node.get("@type")
    review = reviews[0]
    # Typed as the context says: the review's page is an IRI, its date a schema:Date.
    assert review[SCHEMA + "url"][0]["@id"].startswith(SITE + "#")
    assert review[SCHEMA + "datePublished"] == [{"@type": SCHEMA + "Date", "@value": "2024-04-03"}]


def has(node: dict[str, Any], field: str | tuple[str, ...]) -> bool:
    names = field if isinstance(field, tuple) else (field,)
    return any(node.get(SCHEMA + name) for name in names)


def test_every_review_carries_what_google_requires_and_recommends(
    published_newsroom: Newsroom,
) -> None:
    reviews = claimreview(published_newsroom)
    assert len(reviews) == 3
    checked: set[str] = set()
    for node in nodes(expanded(reviews)):
        for kind in node.get("@type", []):
            name = kind.removeprefix(SCHEMA)
            wanted = GOOGLE_REQUIRED.get(name, []) + GOOGLE_RECOMMENDED.get(name, [])
            if name == "Claim" and node.get(SCHEMA + "author") is None:
                wanted = [w for w in wanted if w != "author"]
            missing = [field for field in wanted if not has(node, field)]
            assert not missing, f"{name} lacks {missing}"
            checked.add(name)
    assert {"ClaimReview", "Rating", "Claim", "Organization", "Person"} <= checked
    seed_review = reviews[0]
    appearance = seed_review["itemReviewed"]["appearance"]
    assert appearance == {
        "@type": "CreativeWork",
        "url": SEED_DETAILS["url"],
        "headline": SEED_DETAILS["title"],
        "datePublished": "2022-02-02",
        "author": {"@type": "Person", "name": SEED_DETAILS["author"]},
        "publisher": {"@type": "Organization", "name": SEED_DETAILS["outlet"]},
    }
    claim = published_newsroom.store.get_claim(published_newsroom.published)
    assert claim is not None and seed_review["claimReviewed"] == public_wording(claim)


def test_each_review_url_opens_its_card_on_the_public_page(published_newsroom: Newsroom) -> None:
    report = published_newsroom.report()
    page = Page(render(report, "html", publisher=PUBLISHER, reviewer_names=NAMES))
    anchors = {attrs.get("id") for tag, attrs in page.tags if tag == "section"}
    for review in claimreview(published_newsroom):
        assert review["url"].split("#", 1)[1] in anchors
