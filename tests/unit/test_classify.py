"""A reviewer reads a claim's kind, band and reasons: these tests hold each kind to the band a
desk would give it, on claims written the way the splitter writes them."""

from __future__ import annotations

import ast
import csv
import json
from importlib import resources
from pathlib import Path

import pytest

from factcheck.models import ClaimKind, band
from factcheck.splitter import lexicon
from factcheck.splitter.checkworthiness import load_models, narrowed_kind, score
from factcheck.splitter.classify import classify
from factcheck.splitter.features import fingerprint, read
from factcheck.splitter.parser import english


def _classify(text: str):  # type: ignore[no-untyped-def]
    return classify(text, speaker=None, reporting_verb=None, sentence=text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope we can resolve this peacefully",
        "We would never want a war between the two countries",
        "I think the government should do more for farmers",
    ],
)
def test_hopes_and_wishes_stay_out_of_the_queue(text: str) -> None:
    result = _classify(text)
    assert result.kind is ClaimKind.OPINION, result.reasons
    assert band(result.checkworthiness) == "none", result.reasons


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Unemployment fell to 4.5% in the third quarter", "4.5%"),
        ("The city spent $12 million on the new bridge", "$12 million"),
        ("About 3,000 workers lost their jobs at the plant last year", "3,000"),
    ],
)
def test_numbers_make_a_quantity_claim_that_names_them(text: str, evidence: str) -> None:
    result = _classify(text)
    assert result.kind is ClaimKind.QUANTITY, result.reasons
    assert band(result.checkworthiness) in ("medium", "high"), result.reasons
    assert any(evidence in reason for reason in result.reasons), result.reasons


def test_a_comparison_is_typed_and_worth_checking() -> None:
    result = _classify("Exports to China were higher than in any year since 1990")
    assert result.kind is ClaimKind.COMPARISON, result.reasons
    assert result.checkworthiness >= 0.5, result.reasons


@pytest.mark.parametrize(
    ("text", "kind", "sign"),
    [
        ("The new tariff is likely to raise the price of steel", ClaimKind.PREDICTION, "likely to"),
        ("The mill closed because demand for coal collapsed", ClaimKind.CAUSAL, "because"),
        ("The minister is due to face questions in parliament", ClaimKind.PREDICTION, "due to"),
        ("The mayor said he hoped the station would reopen", ClaimKind.OPINION, "hoped"),
        ("The carrier hopes to win 50 more orders by June", ClaimKind.OPINION, "hopes"),
        (
            "In the view of one analyst, the sale was decided long ago",
            ClaimKind.OPINION,
            "in the view of",
        ),
        ("The company considers that the buyer has paid too much", ClaimKind.OPINION, "considers"),
    ],
)
def test_a_claim_that_names_its_kind_is_typed_so_and_says_why(
    text: str, kind: ClaimKind, sign: str
) -> None:
    """A forecast, a stated cause, a schedule and a reported hope each decide the kind, and
    the kind's reason quotes the words that did."""
    result = _classify(text)
    assert result.kind is kind, result.reasons
    assert result.reasons[0].startswith(f"{kind}: ") and sign in result.reasons[0], result.reasons


def test_a_board_that_will_consider_plans_states_no_view() -> None:
    result = _classify("The board will consider the plans for the regiments on Monday")
    assert not any("view or wish" in reason for reason in result.reasons), result.reasons


def test_a_quality_ascribed_with_insistence_reads_as_an_opinion() -> None:
    """ "simply not credible": the speaker judges, and the kind's reason says how it reads so."""
    result = _classify("The witness is simply not credible, the lawyer says")
    assert result.kind is ClaimKind.OPINION, result.reasons
    assert "is credible" in result.reasons[0] or "simply" in result.reasons[0], result.reasons


def test_a_past_event_is_not_a_prediction_for_the_date_it_mentions() -> None:
    result = _classify("The panel met last week to set the budget for next year")
    assert result.kind is not ClaimKind.PREDICTION, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The bakery has already sold half of its flour stock for next year",
        "The ferry firm booked 40 extra crossings for next month",
    ],
)
def test_a_reported_fact_told_in_the_past_is_not_a_prediction_for_a_date_ahead(text: str) -> None:
    """Reported or not, a claim told in the past or present perfect whose only look ahead is
    a date ("for next year") is no prediction."""
    result = classify(text, reporting_verb="said", sentence=text)
    assert result.kind is not ClaimKind.PREDICTION, result.reasons


def test_a_date_ahead_of_a_verb_that_looks_ahead_still_makes_a_prediction() -> None:
    result = classify("The ferry firm will add 40 crossings next month", reporting_verb="said")
    assert result.kind is ClaimKind.PREDICTION, result.reasons


def test_a_view_that_only_sets_the_scene_of_a_clause_does_not_make_an_opinion() -> None:
    """ "when the builders hoped to use them": the hope dates the claim, it is not its point;
    "the builders hoped ..." is."""
    scene = read(english()("The parts could arrive when the builders hoped to use them")[:])
    assert "s:opinion verb" in scene.values and "s:main view" not in scene.values
    view = read(english()("The builders hoped the parts would arrive in May")[:])
    assert "s:main view" in view.values
    # A comma splice the parser hangs on the next clause still states the view.
    spliced = read(english()("We do not want a strike, we will not call one")[:])
    assert "s:main view" in spliced.values
    likelihood = {ClaimKind.EVENT: 0.4, ClaimKind.OPINION: 0.6}
    assert narrowed_kind(scene.values, likelihood) == (ClaimKind.EVENT, None)
    assert narrowed_kind(view.values, likelihood) == (ClaimKind.OPINION, "s:main view")


def test_a_superlative_that_praises_is_no_ranking() -> None:
    """ "one of the most admirable employers" judges; "the largest lender" ranks."""
    praised = read(english()("The dairy is one of the most admirable employers in the valley")[:])
    ranked = read(english()("The dairy is the largest employer in the valley")[:])
    assert "s:superlative" in praised.values and "s:ranked" not in praised.values
    assert "s:ranked" in ranked.values


def test_a_forecast_reported_in_the_past_is_still_a_prediction() -> None:
    """ "said" is past, but what was said looks ahead."""
    result = _classify("Legal experts said the court was likely to take up the question")
    assert result.kind is ClaimKind.PREDICTION, result.reasons


def test_more_than_a_sum_of_money_bounds_it_and_compares_nothing() -> None:
    result = _classify("The state estimated that compliance would cost more than $50 million")
    assert result.kind is not ClaimKind.COMPARISON, result.reasons
    assert not any("comparison" in reason for reason in result.reasons), result.reasons


def test_a_counted_thing_leaves_the_kind_to_the_model() -> None:
    """ "charged along with three other men", "signed 14 bills": a count of things is often
    a detail of an event, so it narrows nothing; a share or a sum of money still does."""
    likelihood = {ClaimKind.EVENT: 0.6, ClaimKind.QUANTITY: 0.3, ClaimKind.OPINION: 0.1}
    assert narrowed_kind({"s:count", "s:number"}, likelihood) == (ClaimKind.EVENT, None)
    assert narrowed_kind({"s:money", "s:count"}, likelihood) == (ClaimKind.QUANTITY, "s:money")


def test_a_share_in_words_narrows_to_a_quantity_or_comparison() -> None:
    """ "made up a majority of the staff", "a third of the voters": a share, as "40%" is."""
    likelihood = {ClaimKind.EVENT: 0.6, ClaimKind.QUANTITY: 0.3, ClaimKind.OPINION: 0.1}
    assert narrowed_kind({"s:proportion", "s:past"}, likelihood) == (
        ClaimKind.QUANTITY,
        "s:proportion",
    )


def test_advice_someone_is_reported_giving_is_an_opinion() -> None:
    likelihood = {ClaimKind.STATEMENT: 0.6, ClaimKind.OPINION: 0.3, ClaimKind.EVENT: 0.1}
    names = {"s:reported speech", "s:normative", "x:reported normative"}
    assert narrowed_kind(names, likelihood) == (ClaimKind.OPINION, "x:reported normative")
    # In the article's own voice ("the deal must be approved by the board") the model decides.
    assert narrowed_kind({"s:normative"}, likelihood) == (ClaimKind.STATEMENT, None)


def test_a_model_number_is_a_name_not_a_figure() -> None:
    result = _classify("The airline says its A350 plane is the cheapest to run")
    assert result.kind is not ClaimKind.QUANTITY, result.reasons
    assert not any(": A350" in reason for reason in result.reasons), result.reasons


def test_a_question_is_not_a_claim() -> None:
    result = _classify("What are we going to do about the deficit?")
    assert band(result.checkworthiness) == "none", result.reasons


def test_the_country_us_is_never_the_pronoun_us() -> None:
    result = _classify("The US imposed new tariffs on Chinese steel in March")
    assert not any("own view" in reason for reason in result.reasons), result.reasons
    assert result.checkworthiness >= 0.5, result.reasons


def test_doubt_in_a_finding_does_not_make_it_an_opinion() -> None:
    result = _classify("The USADA has proved, beyond a reasonable doubt, that Collins took EPO")
    assert result.kind is not ClaimKind.OPINION, result.reasons
    assert band(result.checkworthiness) != "none", result.reasons


def test_the_score_is_the_same_from_the_splitters_parse() -> None:
    """The splitter hands over its own tokens; a claim read from them scores as when parsed
    alone, and its reasons quote the words of that clause."""
    sentence = english()("Prices rose 3% in May, while wages fell by 1%.")
    clause = sentence[0:6]  # "Prices rose 3% in May"
    given = classify(clause.text, sentence=sentence.text, tokens=clause)
    alone = _classify(clause.text)
    assert given.kind is alone.kind
    assert given.checkworthiness == pytest.approx(alone.checkworthiness, abs=0.1)
    assert any("3%" in reason for reason in given.reasons), given.reasons
    quoting = [reason for reason in given.reasons if not reason.startswith("worth checking")]
    assert not any("1%" in reason or "fell" in reason for reason in quoting), given.reasons


def test_reasons_quote_only_the_claims_own_words() -> None:
    """The splitter may hand over a stretch of the sentence that also holds the speaker and
    another clause: the claim is read from the words it keeps, the speaker's verb aside."""
    sentence = english()("Officials said prices rose 3% in May, but wages will fall next year.")
    claim = "Prices rose 3% in May"
    given = classify(claim, reporting_verb="said", sentence=sentence.text, tokens=sentence[:])
    for other_clause in ("will", "next year", "wages"):
        assert not any(other_clause in reason for reason in given.reasons), given.reasons
    assert given.kind is not ClaimKind.PREDICTION, given.reasons
    assert any("3%" in reason for reason in given.reasons), given.reasons


def test_a_score_is_always_a_fraction_and_reasons_are_words() -> None:
    for text in ("", "   ", "???", "1" * 500, "Ça va très bien, merci."):
        result = _classify(text)
        assert 0.0 <= result.checkworthiness <= 1.0
        assert result.reasons
        assert all(isinstance(reason, str) and reason for reason in result.reasons)


def test_reasons_name_what_moved_the_score_in_plain_words() -> None:
    reasons = _classify("Unemployment fell to 4.5% in the third quarter").reasons
    assert any(reason.startswith("raised by") for reason in reasons), reasons
    for reason in reasons:
        assert "<" not in reason and not any(tag in reason for tag in ("w:", "b:", "s:", "v:"))
    # The parser's 96 numbers for the wording are one reason at most, never 96.
    assert sum("the wording as a whole" in reason for reason in reasons) <= 1, reasons


SHARED = Path(__file__).resolve().parents[3] / "shared"
CHECKWORTHY_DEV = SHARED / "data" / "checkworthy" / "CT24_checkworthy_english_dev.tsv"


@pytest.mark.skipif(not CHECKWORTHY_DEV.exists(), reason="needs ../shared/data")
def test_band_medium_picks_out_check_worthy_debate_sentences() -> None:
    with CHECKWORTHY_DEV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[:200]
    docs = english().pipe([row["Text"] for row in rows])
    flagged = [
        row["class_label"] == "Yes"
        for row, doc in zip(rows, docs, strict=True)
        if classify(row["Text"], tokens=doc[:]).checkworthiness >= 0.5
    ]
    worthy = sum(row["class_label"] == "Yes" for row in rows)
    f1 = 2 * sum(flagged) / (len(flagged) + worthy)
    assert f1 >= 0.7, f"F1 {f1:.2f} on the first 200 dev sentences"


def test_the_shipped_models_were_trained_on_the_current_features() -> None:
    assert load_models().fingerprint == fingerprint(), (
        "the features or their word lists changed since the models were trained: "
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


def test_word_reasons_quote_the_claims_own_words_not_their_lemmas() -> None:
    from factcheck.splitter import features
    from factcheck.splitter.parser import english

    doc = english()("Relations between the two countries are now better than ever.")
    found = features.read(doc[:])
    assert features.describe("w:well", found.words_of("w:well")) == '"better"'
    assert features.describe("b:be now", found.words_of("b:be now")) == '"are now"'


def test_the_parsers_reading_weighs_in_as_the_trained_model_read_it() -> None:
    """The scorer sums the `v:` columns apart from the named features; its log-odds must be
    those of the model as trained, one weight per named feature and column."""
    raw = json.loads(
        resources.files("factcheck.splitter")
        .joinpath("checkworthiness_model.json")
        .read_text("utf-8")
    )
    trained = raw["checkworthiness"]
    found = read(english()("Unemployment fell to 4.2% in March, the lowest rate since 2008.")[:])
    named = found.named_values()
    assert sum(name.startswith("v:") for name in named) == len(found.vector) > 0
    logit = trained["bias"] + sum(trained["weights"].get(n, 0.0) * v for n, v in named.items())
    models = load_models()
    assert models.calibration.probability(logit) == pytest.approx(
        score(found).probability, abs=1e-9
    )
