"""`the region` is the one region the lead named by a compass word (`south-west England`,
`the East Midlands`, `the north of England`); two regions, or none, leave it asked. Made-up
articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_region_is_the_one_the_lead_named_by_a_compass_word() -> None:
    text = (
        "More than one in eight pharmacies in the East Midlands have closed since 2020.\n\n"
        "Waiting times at pharmacy counters in the region have risen to 16 minutes."
    )
    claim = _claim(text, "16 minutes")
    assert "in the [East Midlands] region have risen" in claim.text
    assert "which region?" not in claim.context_note
    text = (
        "Dairy farmers in south-west England say farms could close.\n\n"
        "Producing a litre of milk in the region now costs 38.2p."
    )
    assert "the [south-west England] region" in _claim(text, "38.2p").text


def test_two_regions_or_none_leave_the_region_asked() -> None:
    two = (
        "Pharmacies in the East Midlands and north-west England have closed since 2020.\n\n"
        "Waiting times at pharmacy counters in the region have risen to 16 minutes."
    )
    assert "[" not in _claim(two, "16 minutes").text
    none = (
        "More than one in eight pharmacies in Lincoln have closed since 2020.\n\n"
        "Waiting times at pharmacy counters in the region have risen to 16 minutes."
    )
    assert "[" not in _claim(none, "16 minutes").text


def test_the_borough_is_the_area_of_the_one_borough_council_named() -> None:
    text = (
        "Dunmere Borough Council has approved a levy on empty homes.\n\n"
        "There are about 640 empty homes in the borough."
    )
    assert "in the borough [of Dunmere]" in _claim(text, "640").text
    two = text.replace("a levy", "a levy with Kelby Borough Council")
    assert "[" not in _claim(two, "640").text
    county = text.replace("Borough Council", "County Council")
    assert "[" not in _claim(county, "640").text
