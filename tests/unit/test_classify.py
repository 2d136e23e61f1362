"""A reviewer reads a claim's kind, band and reasons: these tests hold each kind to the band a
desk would give it, on claims written the way the splitter writes them."""

from __future__ import annotations

import ast
import csv
from pathlib import Path

import pytest

from factcheck.models import ClaimKind, band
from factcheck.splitter import lexicon
from factcheck.splitter.checkworthiness import load_model, predict
from factcheck.splitter.classify import classify
from factcheck.splitter.cues import cue_fingerprint


def test_hopes_and_wishes_stay_out_of_the_queue() -> None:
    for text in (
        "Turkey hopes the dispute will be resolved peacefully",
        "I hope we can resolve this peacefully",
        "We would never want a war between the two countries",
        "The government should do more for farmers",
    ):
        result = classify(text, speaker=None, reporting_verb=None, sentence=text)
        assert result.kind is ClaimKind.OPINION, text
        assert band(result.checkworthiness) == "none", text
        assert any("opinion verb" in r or "duty" in r for r in result.reasons), result.reasons


def test_a_hope_stays_in_band_none_even_with_a_figure_in_it() -> None:
    text = "I hope we can get inflation below 2%"
    for use_model in (True, False):
        result = classify(
            text, speaker=None, reporting_verb=None, sentence=text, use_model=use_model
        )
        assert result.kind is ClaimKind.OPINION
        assert band(result.checkworthiness) == "none", result.reasons


def test_a_judgement_about_nothing_named_is_an_opinion() -> None:
    result = classify(
        "This is not a good sign for the region",
        speaker="the minister",
        reporting_verb="said",
        sentence="This is not a good sign for the region, the minister said.",
    )
    assert result.kind is ClaimKind.OPINION
    assert band(result.checkworthiness) == "none"


def test_a_dated_offer_by_a_country_is_an_event_worth_checking() -> None:
    text = "Turkey offered in November to mediate in the crisis."
    result = classify(text, speaker=None, reporting_verb=None, sentence=text)
    assert result.kind is ClaimKind.EVENT
    assert result.checkworthiness >= 0.5
    assert any("November" in reason for reason in result.reasons)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Unemployment fell to 4.5% in the third quarter", "4.5%"),
        ("The city spent $12 million on the new bridge", "$12 million"),
        ("About 3,000 workers lost their jobs at the plant", "3,000"),
    ],
)
def test_numbers_make_a_quantity_claim_that_names_them(text: str, evidence: str) -> None:
    result = classify(text, speaker=None, reporting_verb=None, sentence=text)
    assert result.kind is ClaimKind.QUANTITY
    assert band(result.checkworthiness) in ("medium", "high")
    assert any(evidence in reason for reason in result.reasons), result.reasons


def test_a_claim_about_history_is_a_comparison_for_the_desk_to_check_first() -> None:
    text = "Relations between Brazil and Argentina are better than at any point in history"
    result = classify(text, speaker="Lula", reporting_verb="said", sentence=text)
    assert result.kind is ClaimKind.COMPARISON
    assert band(result.checkworthiness) == "high"
    assert any("in history" in reason for reason in result.reasons)


def test_what_allowed_something_is_a_causal_claim() -> None:
    text = "The new trade deal has allowed both countries to double their exports"
    result = classify(text, speaker=None, reporting_verb=None, sentence=text)
    assert result.kind is ClaimKind.CAUSAL
    assert result.checkworthiness >= 0.5


def test_a_planned_visit_is_a_prediction_of_middling_weight() -> None:
    text = "The chancellor will visit Warsaw next month"
    result = classify(text, speaker=None, reporting_verb=None, sentence=text)
    assert result.kind is ClaimKind.PREDICTION
    assert band(result.checkworthiness) in ("low", "medium")


def test_an_accusation_is_itself_the_checkable_statement() -> None:
    text = "The mayor accused the council of hiding the audit from voters"
    result = classify(text, speaker="The mayor", reporting_verb="accused", sentence=text + ".")
    assert result.kind is ClaimKind.STATEMENT
    assert band(result.checkworthiness) in ("medium", "high")
    assert any("accused" in reason for reason in result.reasons)


def test_a_question_is_not_a_claim() -> None:
    text = "What are we going to do about the deficit?"
    result = classify(text, speaker=None, reporting_verb=None, sentence=text)
    assert band(result.checkworthiness) == "none"


def test_a_score_is_always_a_fraction_and_reasons_are_words() -> None:
    for text in ("", "   ", "???", "1" * 500, "Ça va très bien, merci."):
        result = classify(text, speaker=None, reporting_verb=None, sentence=text)
        assert 0.0 <= result.checkworthiness <= 1.0
        assert all(isinstance(reason, str) and reason for reason in result.reasons)


SHARED = Path(__file__).resolve().parents[3] / "shared"
CHECKWORTHY_DEV = SHARED / "data" / "checkworthy" / "CT24_checkworthy_english_dev.tsv"


@pytest.mark.skipif(not CHECKWORTHY_DEV.exists(), reason="needs ../shared/data")
def test_the_shipped_model_picks_out_check_worthy_debate_sentences() -> None:
    with CHECKWORTHY_DEV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[:200]
    model = load_model()
    flagged = [
        row["class_label"] == "Yes"
        for row in rows
        if predict(row["Text"], model).probability >= model.threshold
    ]
    worthy = sum(row["class_label"] == "Yes" for row in rows)
    f1 = 2 * sum(flagged) / (len(flagged) + worthy)
    assert f1 >= 0.6, f"F1 {f1:.2f} on the first 200 dev sentences"


def test_reasons_name_what_the_model_saw_in_plain_words() -> None:
    text = "Unemployment fell to 4.5% in the third quarter"
    reasons = classify(text, speaker=None, reporting_verb=None, sentence=text).reasons
    model_reasons = [reason for reason in reasons if reason.startswith("model")]
    assert model_reasons, reasons
    assert not any("<" in reason or "b:" in reason or "w:" in reason for reason in model_reasons)


def test_the_shipped_model_was_trained_on_the_current_word_lists() -> None:
    assert load_model().cue_fingerprint == cue_fingerprint(), (
        "the typing word lists changed since the model was trained: "
        "run .venv/bin/python scripts/train_checkworthiness.py"
    )


def test_every_word_list_in_the_lexicon_has_a_name_of_its_own() -> None:
    """Two stages share lexicon.py; a list defined twice would silently replace the other."""
    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    names = [
        node.target.id if isinstance(node, ast.AnnAssign) else node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.AnnAssign | ast.Assign)
        and isinstance(
            node.target if isinstance(node, ast.AnnAssign) else node.targets[0], ast.Name
        )
    ]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
