"""An organisation the article introduced by its trade (`budget airline SkyNorth`, `Korvo has
become the largest retailer`) is the one a later `the carrier` or `the supermarket` means, as a
claim's subject or as a speaker; two introduced so leave the article's words, flagged. Made-up
articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_carrier_is_the_airline_the_lead_introduced() -> None:
    text = (
        "Budget airline SkyNorth is to cut 300 jobs after a loss of £20m. "
        "Fuel costs rose 40% in the year. "
        "A year earlier, the carrier made a profit of £9m."
    )
    claim = _claim(text, "profit of £9m")
    assert "SkyNorth made a profit" in claim.text
    assert "which carrier?" not in claim.context_note


def test_the_supermarket_as_speaker_is_the_retailer_the_lead_named() -> None:
    text = (
        "Korvo has become the largest retailer in Britain, with 900 stores. "
        "Sales rose 12% to £8bn in the year to March, the supermarket said on Tuesday."
    )
    claim = _claim(text, "12% to £8bn")
    assert claim.speaker == "Korvo"
    assert claim.text.startswith("Sales [at Korvo] rose 12%")  # the story's retailer


def test_a_trust_named_so_is_the_trust() -> None:
    text = (
        "A report by Dunmere NHS Trust found that 40 patients waited more than a day. "
        "Its chief executive, Ann Hollis, said the trust had hired six more nurses."
    )
    claim = _claim(text, "six more nurses")
    assert "Dunmere NHS Trust had hired" in claim.text


def test_two_airlines_introduced_so_leave_the_airline_asked() -> None:
    text = (
        "Budget airline SkyNorth and rival airline FlyNorvia both reported losses on Monday. "
        "Fuel costs rose 40% in the year. "
        "The airline said it would cut 300 jobs."
    )
    claim = _claim(text, "300 jobs")
    assert "SkyNorth" not in claim.text and "FlyNorvia" not in claim.text
    assert claim.speaker not in ("SkyNorth", "FlyNorvia")


def test_we_in_the_words_of_a_firms_chairman_is_the_firm() -> None:
    text = (
        "Korvo Holdings said it had rejected the offer. "
        'Its chairman, Ian Marsh, said: "We have delivered ten years of growth."'
    )
    claim = _claim(text, "ten years of growth")
    assert claim.text.startswith("We [Korvo Holdings] have delivered")
    assert "who are 'We'?" not in claim.context_note


def test_we_of_a_chief_executive_named_with_a_possessive_is_her_firm() -> None:
    text = (
        "Korvo Holdings made a loss of £9m in the year. "
        'Korvo Holdings\' chief executive, Ann Hollis, said: "We have cut 200 jobs."'
    )
    claim = _claim(text, "200 jobs")
    assert claim.text.startswith("We [Korvo Holdings] have cut")


def test_we_of_a_president_whose_bank_is_typed_only_later_is_the_bank() -> None:
    text = (
        "Prices rose 2% in May. "
        '"We expect inflation to settle at our target this year," OCB President Jo Bell told '
        "lawmakers in Oslo. "
        "The OCB has cut its deposit rate twice since June."
    )
    claim = _claim(text, "settle at")
    assert claim.text.startswith("We [OCB] expect inflation to settle at our [OCB] target")
    assert "who are 'We'?" not in claim.context_note


def test_we_of_a_president_whose_title_names_nothing_typed_keeps_the_question() -> None:
    text = (
        "Prices rose 2% in May. "
        '"We expect inflation to settle at our target this year," OCB President Jo Bell told '
        "lawmakers in Oslo."
    )
    claim = _claim(text, "settle at")
    assert "[" not in claim.text
    assert "who are 'We'?" in claim.context_note


def test_we_of_a_minister_keeps_the_question() -> None:
    text = (
        "Obesity among children rose by half in ten years. "
        'Health minister Ann Hollis said: "We have introduced free fruit in schools."'
    )
    claim = _claim(text, "free fruit")
    assert "[" not in claim.text.split()[1]
    assert "who are 'We'?" in claim.context_note


def test_we_after_another_firm_in_the_quotation_keeps_the_question() -> None:
    text = (
        "Korvo Holdings said it had rejected the offer. "
        'Its chairman, Ian Marsh, said: "Dalton Group and we have agreed to talk."'
    )
    claim = _claim(text, "agreed to talk")
    assert "Korvo" not in claim.text


def test_its_chairman_after_a_sentence_naming_two_firms_names_no_firm() -> None:
    text = (
        "Korvo Holdings said Dalton Group had rejected the offer. "
        'Its chairman, Ian Marsh, said: "We have delivered ten years of growth."'
    )
    claim = _claim(text, "ten years of growth")
    assert "Korvo" not in claim.text and "Dalton" not in claim.text


def test_it_that_an_organisation_reports_is_the_organisation() -> None:
    text = (
        "Korvo Holdings made a loss of £9m in the year. "
        "Korvo Holdings, which owns 90 shops in the north, said it had rejected the offer."
    )
    claim = _claim(text, "rejected the offer")
    assert claim.text.startswith("Korvo Holdings had rejected the offer")
    assert "'it'" not in claim.context_note


def test_it_after_another_name_in_the_report_is_not_filled() -> None:
    text = (
        "Korvo Holdings made a loss of £9m in the year. "
        "Korvo Holdings said on Monday that Dalton Group believed it had been misled."
    )
    claim = _claim(text, "misled")
    assert not claim.text.startswith("Korvo")


def test_it_of_a_person_speaking_is_not_the_persons_firm() -> None:
    text = (
        "Korvo Holdings made a loss of £9m in the year. "
        "Ann Hollis, the chief executive, said it had been a difficult year for retailers."
    )
    claim = _claim(text, "difficult year")
    assert "Korvo" not in claim.text


def test_the_company_is_the_one_organisation_its_sentence_named_before_it() -> None:
    text = (
        "Korvo Holdings made a profit of £9m, and rival Dalton Group made a loss. "
        "Analyst Ann Hollis said Korvo Holdings' results were strong but that the company "
        "was becoming too big."
    )
    claim = _claim(text, "too big")
    assert claim.text.startswith("Korvo Holdings was becoming too big")


def test_the_company_after_two_organisations_in_its_sentence_is_asked() -> None:
    text = (
        "Analyst Ann Hollis said Korvo Holdings had outsold Dalton Group but that the company "
        "was becoming too big."
    )
    claim = _claim(text, "too big")
    assert "Korvo" not in claim.text and "Dalton" not in claim.text


def test_a_regulator_the_story_is_about_is_not_its_firm() -> None:
    claims = split_text(
        "Rail firm fined\n\n"
        "The Strategic Rail Authority (SRA) has fined Western Shires Trains £2m for late "
        "running. The SRA said punctuality had fallen to 78%. The firm blamed the delays on a "
        "shortage of drivers. The SRA said the fine was the largest it had imposed."
    )
    blamed = next(c for c in claims if "shortage of drivers" in c.text)
    assert "SRA" not in blamed.text and blamed.speaker != "SRA"


def test_the_party_is_not_the_one_party_whose_name_says_party_when_groups_are_named() -> None:
    claims = split_text(
        "The Liberal Democrats have won the Ashby by-election. The Scottish Heritage Party "
        "came fourth with 2,100 votes. Conservative chairman Tom Hale said the party would "
        "win the seat back.\n"
    )
    back = next(c for c in claims if "win the seat back" in c.text)
    assert "Heritage" not in back.text
    assert back.needs_context


def test_the_party_after_the_one_party_named_is_that_party() -> None:
    claims = split_text("The Green Party won 12 seats in Leeds. The party took 30% of the vote.\n")
    assert next(c for c in claims if "30%" in c.text).text.startswith("The Green Party took")


def test_it_in_the_words_of_a_firm_the_recognizer_took_for_a_person_is_the_firm() -> None:
    # the recognizer types `Korvane` a person; its trade says it is a firm, so `it` is Korvane
    text = (
        "Handset maker Korvane has launched a new phone, and says it expects to sell "
        "eight million in the first year."
    )
    claim = _claim(text, "eight million")
    assert claim.speaker is not None and claim.speaker.endswith("Korvane")
    assert "Korvane expects to sell" in claim.text
    assert "who is 'it'?" not in claim.context_note


def test_a_person_introduced_by_a_trade_stays_a_person() -> None:
    claim = _claim("Crane operator Ann Lee said she was injured in the fall.", "injured")
    assert claim.speaker == "Ann Lee"
    assert claim.text == "Ann Lee was injured in the fall."


def test_a_leads_unnamed_store_takes_the_name_the_next_sentence_gives() -> None:
    text = (
        "Library plan\n\n"
        "A department store that has stood empty for five years is to be turned into a library.\n\n"
        "Harwell & Lowe in the centre of Kettlebury closed in January 2021 after 87 years."
    )
    lead = split_text(text)[0]
    assert lead.text.startswith("A department store [Harwell & Lowe] that has stood empty")


def test_a_town_firm_opening_the_sentence_after_the_lead_is_the_leads_firm() -> None:
    text = (
        "Dunmore Kettles, one of the last kettle makers in Britain, has been sold to a German "
        "group for £20m.\n\n"
        "The Birmingham firm, founded in 1931, has been bought by Halvberg Group."
    )
    claim = _claim(text, "founded in 1931")
    assert claim.text.startswith("Dunmore Kettles")
    assert "which firm?" not in claim.context_note


def test_a_town_firm_set_elsewhere_by_the_lead_is_asked() -> None:
    text = (
        "Dunmore Kettles, based in Sheffield, has been sold to a German group for £20m."
        "\n\nThe Birmingham firm, founded in 1931, has been bought by Halvberg Group."
    )
    claim = _claim(text, "founded in 1931")
    assert "Dunmore" not in claim.text
    assert "which firm?" in claim.context_note


def test_a_firms_first_word_as_speaker_is_the_firm() -> None:
    text = (
        "Dunmore Kettles has been bought by Brandijn Group, which owns seven brands.\n\n"
        "Brandijn said it would keep the Dunmore name and the factory in the city's east end."
    )
    claim = _claim(text, "Dunmore name")
    assert claim.speaker == "Brandijn Group"
    assert "who is" not in claim.context_note


def test_a_placed_firm_is_never_the_buyer_its_own_sentence_names_after_it() -> None:
    text = (
        "Dunmore Kettles has been sold to a German group for £20m.\n\n"
        "The Leeds-based firm, founded in 1931, has been bought by Halvberg Group."
    )
    claim = _claim(text, "has been bought by")
    assert not claim.text.startswith("Halvberg")
