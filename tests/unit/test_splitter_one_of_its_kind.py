"""`the trust`, `the Bank`, `the channel`, `the company`: the one organisation of that kind the
article has named, when nothing else could be meant; when something could, the article's
words stay, flagged. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_count_of_the_kind_before_the_one_named_is_the_kind_at_large() -> None:
    text = (
        "Figures show that 40 of 200 hospital trusts missed the target last year. "
        "The worst performing trust, Dunmore Valley NHS Trust, saw 80% of patients in time. "
        "Its chief executive, Ann Cole, said the trust had closed 30 beds in January."
    )
    claim = _claim(text, "30 beds")
    assert claim.text.startswith("Dunmore Valley NHS Trust had closed")
    assert "which trust?" not in claim.context_note


def test_a_count_after_the_one_named_still_leaves_the_bank_asked() -> None:
    text = (
        "Kestrel Bank and Halden Holdings bid for the insurer. "
        "Both banks said the price was fair. "
        "Shares in the bank rose 3% on Monday."
    )
    claim = _claim(text, "rose 3%")
    assert "Kestrel" not in claim.text
    assert "which bank?" in claim.context_note


def test_a_headline_short_form_is_the_longer_name_it_begins() -> None:
    text = (
        "Prices rise above Bank target\n\n"
        "Prices in Kestonia rose 3% in May, above the Bank of Kestonia's target. "
        "The Bank's target is 2%."
    )
    claim = _claim(text, "target is 2%")
    assert claim.text.startswith("The Bank of Kestonia's target")


def test_the_channel_is_the_broadcaster_named_on_television() -> None:
    text = (
        "The chief executive of broadcaster Redvale Television, Tom Hale, has resigned. "
        "Tom Hale said the channel's audience had fallen by a third since 2003."
    )
    claim = _claim(text, "audience had fallen")
    assert "Redvale Television's audience" in claim.text


def test_a_name_beginning_with_a_persons_surname_is_their_firm() -> None:
    text = (
        "Peter Marsh, 61, was convicted of manslaughter on Friday. "
        "A driver died at the depot of Marsh Haulage in 2003. "
        "The court heard that the chain had been damaged for weeks. "
        "The company admitted breaching safety laws in 2004."
    )
    claim = _claim(text, "breaching safety laws")
    assert claim.text.startswith("Marsh Haulage admitted")


def test_an_unnamed_plant_since_the_one_firm_leaves_the_company_asked() -> None:
    text = (
        "Peter Marsh, 61, was convicted of manslaughter on Friday. "
        "A driver died at the depot of Marsh Haulage in 2003. "
        "Inspectors later found a leak at a chemical plant nearby. "
        "The company admitted breaching safety laws in 2004."
    )
    claim = _claim(text, "breaching safety laws")
    assert "Marsh Haulage" not in claim.text
    assert "which company?" in claim.context_note


def test_the_firm_just_named_over_a_rival_of_its_trade() -> None:
    text = (
        "Budget airline Skyjet Airways made a profit of £40m. "
        "Shares in Skyjet Airways fell 8% on Tuesday. "
        "The results came a week after rival carrier Northern Airways cut 300 jobs. "
        "Skyjet Airways, which was founded in 1996, flies to 74 destinations. "
        "It will open a new base at Bristol next spring. "
        "The firm has also ordered 12 new aircraft."
    )
    claim = _claim(text, "12 new aircraft")
    assert claim.text.startswith("Skyjet Airways has also ordered")


def test_it_of_a_speaker_is_not_put_off_by_a_trust_its_name_cannot_be() -> None:
    text = (
        "The Fenwick Children's Trust has cut 20 staff. "
        "The Grants Commission, which regulates charities, said it had opened an inquiry "
        "into the trust's accounts in April."
    )
    claim = _claim(text, "opened an inquiry")
    assert claim.text.startswith("The Grants Commission had opened")


def test_the_trust_named_with_and_without_a_leading_the_is_one_trust() -> None:
    text = (
        "Money was taken from the Hartley Youth Trust over six years. "
        "The Hartley Youth Trust has closed one of its three centres. "
        "Its director, Jane Roe, said the trust's income had fallen by a third."
    )
    claim = _claim(text, "income had fallen")
    assert "Hartley Youth Trust's income" in claim.text


def test_a_name_after_the_firm_in_its_own_sentence_is_no_rival() -> None:
    text = (
        "Train operator Kelham Coastal has been fined £2m for late running. "
        "The money will be spent at stations on the firm's network, which links Leeds "
        "with the Acme Rail depot."
    )
    claim = _claim(text, "will be spent")
    assert "Kelham Coastal's network" in claim.text


def test_the_company_after_its_subject_a_firm_the_article_called_one() -> None:
    text = (
        "The flaw affects Skyview, the browser made by US firm Tallis Systems. "
        "It was found by researchers at Danish security company Brekka Labs. "
        "Brekka Labs said it had told the firm in December. "
        "The Skyview browser has grown fast since 2002. "
        "Tallis Systems, which is based in Seattle, will report results next week. "
        "The company has fixed 11 security holes in the past year."
    )
    claim = _claim(text, "11 security holes")
    assert claim.text.startswith("Tallis Systems has fixed")


def test_it_of_an_organisation_speaking_after_a_thing_is_asked() -> None:
    text = (
        "Millions of users were urged to patch Skyview. "
        "The flaw affects Skyview, the browser made by US firm Corwin Systems. "
        "Corwin released a fix on Tuesday. "
        "The Skyview browser has grown rapidly since its launch in 2002. "
        "Corwin says it now has about 6% of the global browser market."
    )
    claim = _claim(text, "6% of the global browser market")
    assert "what does 'it' stand for?" in claim.context_note


def test_the_athlete_after_a_pronoun_is_the_person_the_story_is_about() -> None:
    text = (
        "British sprinter Tom Hale has been banned for two years. "
        "Tom Hale tested positive in February. "
        "A disciplinary panel rejected Tom Hale's appeal on Monday. "
        "He will also have to return his prize money. "
        '"The panel was not satisfied that the athlete bore no fault," the panel said.'
    )
    claim = _claim(text, "bore no fault")
    assert "Tom Hale bore no fault" in claim.text


def test_the_athlete_beside_another_person_named_is_asked() -> None:
    text = (
        "British sprinter Tom Hale has been banned for two years. "
        "Tom Hale tested positive in February. "
        "A disciplinary panel rejected Tom Hale's appeal on Monday. "
        "He will also have to return his prize money, his coach Ian Berg said. "
        '"The panel was not satisfied that the athlete bore no fault," the panel said.'
    )
    claim = _claim(text, "bore no fault")
    assert "Tom Hale" not in claim.text
