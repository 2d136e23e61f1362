"""The named event a story is about (events.py), and a reporting verb joined to what was said."""

from __future__ import annotations

from factcheck.splitter import split_text

_LEAD = (
    "Labour has lost the Dunmore North by-election to the Liberal Democrats on a turnout of 38%. "
)


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def test_a_later_figure_in_the_reporters_voice_is_placed_in_the_named_event() -> None:
    texts = _texts(_LEAD + "Tom Hale came third with 5,317 votes.")
    assert "Tom Hale came third with 5,317 votes [in the Dunmore North by-election]." in texts


def test_a_bare_mention_of_the_event_takes_its_name() -> None:
    texts = _texts(_LEAD + "The by-election was called after the death of the sitting MP.")
    assert texts[-1].startswith("The [Dunmore North] by-election was called")


def test_a_figure_with_its_own_date_place_or_event_or_a_quote_keeps_its_words() -> None:
    dated = _texts(_LEAD + "Turnout at the 2005 general election had been 62%.")
    assert dated[-1] == "Turnout at the 2005 general election had been 62%."
    quoted = split_text(_LEAD + '"We won 5,317 votes," Tom Hale said.')
    assert "[in the" not in quoted[-1].text


def test_an_unnamed_event_in_the_lead_gives_no_bracket() -> None:
    unnamed = "Labour has lost a by-election to the Liberal Democrats. "
    texts = _texts(unnamed + "Tom Hale came third with 5,317 votes.")
    assert texts[-1] == "Tom Hale came third with 5,317 votes."


def test_a_reporting_verb_joined_to_what_was_said_is_the_speakers() -> None:
    text = (
        "A Labour spokesman said mid-term by-elections were always difficult and insisted the "
        "result would not be repeated at a general election."
    )
    claims = split_text(text)
    repeated = next(c for c in claims if "would not be repeated" in c.text)
    assert repeated.speaker == "a Labour spokesman"
    assert not any(c.text.startswith("Mid-term by-elections insisted") for c in claims)


def test_a_backshifted_second_report_is_what_the_first_reported() -> None:
    text = (
        "Mr Seddon said Ms Price had washed the clothes that night and had told police he had "
        "been with her all evening."
    )
    assert not any(
        c.speaker == "Seddon" and c.text.startswith("He had been") for c in split_text(text)
    )
    present = (
        "The World Food Programme says 1.2 million people need food aid, and has warned that it "
        "may have to cut rations next month."
    )
    rations = next(c for c in split_text(present) if "cut rations" in c.text)
    assert rations.speaker == "The World Food Programme"
    assert not rations.text.startswith("1.2 million")


def test_what_a_name_is_said_to_be_beside_a_figure_is_not_the_figures_finding() -> None:
    text = (
        "Meridian Coast Trains, which runs services between London and the coast, had the "
        "worst punctuality record of any operator last year, official figures show."
    )
    runs = next(c for c in split_text(text) if "runs services" in c.text)
    assert runs.speaker is None
