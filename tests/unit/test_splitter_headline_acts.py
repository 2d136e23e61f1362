"""A headline's `X to VP` is the decision a later `the decision` or `the scheme` means: the
claim takes the headline's words for it, with `the` and lower case as a sentence writes them;
a headline that forecasts (`to open late`) or whose act is someone's vote says nothing, and a
story that tells of another decision keeps the claim's words. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.document import read_sentences
from factcheck.splitter.headline_acts import headline_act

_BODY = (
    "Visitors to the Fellmoor caves will pay £4 each from June, after a vote by the parish "
    "board on Monday.\n\n"
    "Board chair Alan Reed said the decision had been taken after months of talks.\n\n"
    "Cave guide Mary Stone said the scheme would pay for new lighting."
)


def _act(title: str, body: str = _BODY) -> str | None:
    act = headline_act(read_sentences(body), title)
    return act.words if act is not None else None


def _claim(text: str, words: str, title: str | None) -> Claim:
    return next(c for c in split_text(text, title=title) if words in c.text)


def test_a_headlines_act_reads_as_a_sentence_would_write_it() -> None:
    assert _act("Parish to charge cave visitors £4 entry fee") == (
        "for the parish to charge cave visitors £4 entry fee"
    )
    assert _act("Three village schools to merge as rolls fall") == (
        "for three village schools to merge"
    )
    assert _act("Rare lizards to be released on heath after breeding scheme") == (
        "for rare lizards to be released on heath"
    )


def test_a_forecast_a_vote_or_a_title_made_from_the_lead_tells_no_act() -> None:
    assert _act("Cave tunnel to open two years late") is None
    assert _act("Guides vote to strike over pay") is None
    assert _act("Visitors to the Fellmoor caves will pay £4 each from June") is None


def test_the_decision_and_the_scheme_take_the_headlines_act() -> None:
    title = "Parish to charge cave visitors £4 entry fee"
    decision = _claim(_BODY, "taken after months", title)
    assert "decision [for the parish to charge cave visitors £4 entry fee]" in decision.text
    scheme = _claim(_BODY, "new lighting", title)
    assert "scheme [for the parish to charge cave visitors £4 entry fee]" in scheme.text
    assert "which scheme?" not in scheme.context_note
    untitled = _claim(_BODY, "taken after months", None)
    assert "[" not in untitled.text.split("decision")[1][:3]


def test_another_decision_told_before_keeps_the_claims_words() -> None:
    body = _BODY.replace(
        "Board chair Alan Reed",
        "The caves draw 30,000 visitors a year.\n\n"
        "The county council has decided to sell the old quarry land.\n\nBoard chair Alan Reed",
    )
    claim = _claim(body, "taken after months", "Parish to charge cave visitors £4 entry fee")
    assert "decision [" not in claim.text
