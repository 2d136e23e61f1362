"""The claim as a fact-check site publishes it: set by the reviewer at verdict time, or
built from the claim and its speaker."""

from __future__ import annotations

import pytest

from factcheck.cli import main
from factcheck.models import Claim, Verdict
from factcheck.report.wording import default_public_wording, public_wording
from factcheck.store import Store


def claim(text: str, speaker: str | None, wording: str = "") -> Claim:
    verdict = Verdict(label="true", reviewer="ana", public_wording=wording) if wording else None
    return Claim(
        id="a-001", article_id="a", text=text, extracted_text=text, sentence_index=0,
        span=(0, len(text)), speaker=speaker, verdict=verdict,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        (
            "relations between Turkey and Russia are better than at any point in history",
            "Erdoğan",
            "Erdoğan said relations between Turkey and Russia are better than at any point "
            "in history",
        ),
        ("prices rose 4% in May.", "the statistics office", "The statistics office said "
         "prices rose 4% in May"),
        ("unemployment fell to 3.1 percent", None, "Unemployment fell to 3.1 percent"),
        ("iPhone sales doubled", "  Tim   Cook ", "Tim Cook said iPhone sales doubled"),
        ("earlier, Putin accused the West of lying", "Vladimir Putin",
         "Earlier, Putin accused the West of lying"),
        ("Turkey has called for calm", "Turkey", "Turkey has called for calm"),
    ],
)  # fmt: skip
def test_the_default_wording_is_the_speaker_saying_the_claim(
    text: str, speaker: str | None, expected: str
) -> None:
    assert default_public_wording(claim(text, speaker)) == expected


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        ("Relations between Turkey and Russia are better",
         "Erdoğan said relations between Turkey and Russia are better.",
         "Erdoğan said relations between Turkey and Russia are better"),
        ("The deal is worth $9bn", "The deal is worth $9bn, Erdoğan said.",
         "Erdoğan said the deal is worth $9bn"),
        ("Turkey wants peace", "Turkey wants peace, Erdoğan said.",
         "Erdoğan said Turkey wants peace"),
        ("NATO is united", "NATO is united, Erdoğan said.", "Erdoğan said NATO is united"),
    ],
)  # fmt: skip
def test_after_said_a_capital_stays_only_on_a_name(text: str, sentence: str, expected: str) -> None:
    split = claim(text, "Erdoğan").model_copy(update={"sentence": sentence})
    assert default_public_wording(split) == expected


def test_the_reviewers_wording_wins() -> None:
    written = claim("relations are better", "Erdoğan", wording="Erdoğan said ties are the best")
    assert public_wording(written) == "Erdoğan said ties are the best"
    assert public_wording(claim("relations are better", "Erdoğan")) == (
        "Erdoğan said relations are better"
    )


def test_claim_verdict_takes_the_public_wording(
    store_path, seed_path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ["--store", str(store_path)]
    main([*store, "ingest", str(seed_path)])
    first = Store(store_path).list_claims()[0].id
    for argv in (
        ("accept", first),
        ("advance", first),
        ("note", first, "--url", "https://www.aa.com.tr/en/1", "--stance", "supports"),
        ("note", first, "--url", "https://www.reuters.com/2", "--stance", "context"),
        ("advance", first),
    ):
        assert main([*store, "--reviewer", "ana", "claim", *argv]) == 0
    assert main([*store, "--reviewer", "ana", "claim", "verdict", first, "true",
                 "--public-wording", "Erdoğan  said   Turkey wants peace"]) == 0  # fmt: skip
    assert Store(store_path).get_claim(first).verdict.public_wording == (
        "Erdoğan said Turkey wants peace"
    )
    capsys.readouterr()
    main([*store, "claim", "show", first])
    assert "published as Erdoğan said Turkey wants peace" in capsys.readouterr().out
