"""The parser-based splitter (`factcheck.splitter.pipeline`): structure from the dependency tree,
speakers and referents resolved only when exactly one fits, otherwise flagged."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.faithfulness import foreign_words, speaker_is_named


def _claims(text: str) -> dict[str, Claim]:
    return {c.text: c for c in split_text(text)}


def test_a_verbless_list_is_one_claim_not_an_error() -> None:
    assert [c.text for c in split_text("A, B and C.")] == ["A, B and C."]


def test_the_speaker_is_the_subject_of_the_reporting_verb() -> None:
    claims = _claims('"Prices rose by 5% last year," said Ana Silva, the firm\'s finance chief.')
    assert claims["Prices rose by 5% last year."].speaker == "Ana Silva"


def test_a_pronoun_in_indirect_speech_is_the_speaker() -> None:
    claims = _claims("Mr Tom Berg said he had sold 300 shares.")
    claim = next(c for c in claims.values() if "300 shares" in c.text)
    assert claim.text == "Tom Berg had sold 300 shares."
    assert claim.speaker == "Tom Berg" and not claim.needs_context


def test_a_pronoun_with_two_possible_people_is_flagged_not_guessed() -> None:
    claims = split_text("Ana Silva met Tom Berg in Oslo. He resigned on Monday.")
    resigned = next(c for c in claims if "resigned" in c.text)
    assert resigned.text.startswith("He resigned")
    assert resigned.needs_context and "He" in resigned.context_note


def test_a_quotation_closed_in_a_later_sentence_takes_its_speaker() -> None:
    claims = split_text(
        'Ana Silva spoke in Oslo on Monday. "Sales fell by a third. Costs doubled," she said.'
    )
    fell = next(c for c in claims if "Sales fell" in c.text)
    assert fell.speaker == "Ana Silva"


def test_coordinated_predicates_each_get_the_subject() -> None:
    texts = [c.text for c in split_text("The firm cut 200 jobs and closed two plants.")]
    assert "The firm cut 200 jobs." in texts
    assert "The firm closed two plants." in texts


def test_a_non_restrictive_relative_clause_is_a_claim_about_its_head() -> None:
    texts = [c.text for c in split_text("Oslo, which has 700,000 people, raised taxes.")]
    assert "Oslo has 700,000 people." in texts


def test_relative_dates_are_anchored_to_the_publication_day() -> None:
    from datetime import date

    claims = split_text("The bank raised rates on Tuesday.", published=date(2022, 2, 2))
    assert claims[0].text == "The bank raised rates on Tuesday [1 Feb 2022]."


def test_this_week_is_anchored_to_the_week_of_the_publication_day() -> None:
    from datetime import date

    claims = split_text("Acme sold 40 cars this week.", published=date(2022, 2, 2))
    assert claims[0].text == "Acme sold 40 cars this week [week of 31 Jan 2022]."
    assert not claims[0].needs_context


def test_a_relative_date_with_no_publication_day_is_flagged_not_guessed() -> None:
    for text, words in [
        ("Acme sold 40 cars this week.", "this week"),
        ("The bank raised rates on Tuesday.", "Tuesday"),
        ("Acme has spent the past four months on its report.", "the past four months"),
        ("Acme wants 200 orders by the end of this year.", "the end of this year"),
        ("Last year two players from the club were suspended.", "Last year"),
    ]:
        claim = split_text(text)[0]
        assert "[" not in claim.text
        assert claim.needs_context
        assert f"when is '{words}'?" in claim.context_note


def test_a_date_with_its_year_needs_no_publication_day() -> None:
    claim = split_text("Acme sold 40 cars in May 2004.")[0]
    assert not claim.needs_context


def test_words_outside_brackets_must_come_from_the_source() -> None:
    assert foreign_words("[Ana Silva] sold 300 shares", "She sold 300 shares.") == []
    assert foreign_words("Ana sold 400 shares", "She sold 300 shares.") == ["ana", "400"]
    assert speaker_is_named("Ana Silva", ["Ana Silva spoke."])
    assert not speaker_is_named("Tom Berg", ["Ana Silva spoke."])


def _speakers(text: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in split_text(text)}


def test_two_voices_in_one_sentence_keep_their_own_speakers() -> None:
    claims = _speakers(
        "Critics say the fines are too small to change behaviour, "
        "but supporters argue the rules have forced banks to hold more capital."
    )
    assert claims == {
        "The fines are too small to change behaviour.": "Critics",
        "The rules have forced banks to hold more capital.": "Supporters",
    }


def test_she_added_refers_to_the_speaker_of_the_sentence_before() -> None:
    claims = _speakers(
        '"We will march again," said Lena Holm, 34, a spokeswoman for the group. '
        "She added that more than 700 people had taken part."
    )
    assert claims["More than 700 people had taken part."] == "Lena Holm"


def test_what_the_speaker_did_is_not_part_of_what_was_said() -> None:
    claims = _speakers(
        "Prime Minister Ana Silva told parliament that the cabinet would cut fuel subsidies, "
        "but she rejected an immediate end."
    )
    assert claims["The cabinet would cut fuel subsidies."] == "Ana Silva"
    assert claims["Ana Silva rejected an immediate end."] is None


def test_a_quotation_running_over_two_paragraphs_keeps_its_speaker() -> None:
    claims = _speakers(
        'Mayor Ana Lopez spoke on Monday. "The bridge cost 40 million dollars.\n\n'
        'It will carry 20,000 cars a day," she said.'
    )
    assert claims["The bridge cost 40 million dollars."] == "Ana Lopez"
    assert claims["It will carry 20,000 cars a day."] == "Ana Lopez"


def test_a_parenthetical_attribution_is_taken_out_of_the_claim() -> None:
    claims = _speakers(
        "Jon Berg, a spokesman for the ministry, said the talks had failed. "
        "The talks, he said, would resume in June."
    )
    assert claims["The talks would resume in June."] == "Jon Berg"


def test_an_accusation_is_one_claim_whose_speaker_is_the_accuser() -> None:
    claims = _speakers("The union accused the airline of cutting wages and ignoring safety rules.")
    assert claims == {
        "The union accused the airline of cutting wages and ignoring safety rules.": "the union"
    }


def test_a_headline_is_a_claim_only_when_it_states_a_figure() -> None:
    vague = split_text("Carrier wins big order\n\nAcme Air ordered 50 jets on Monday.")
    assert [c.text for c in vague] == ["Acme Air ordered 50 jets on Monday."]
    figured = split_text("Carrier orders 50 jets\n\nAcme Air ordered 50 jets on Monday.")
    assert figured[0].text == "Carrier orders 50 jets."


def test_the_industry_takes_the_words_the_article_named_it_with_in_brackets() -> None:
    claims = split_text(
        "Women in the UK film industry earn less than men. "
        "Women in the industry were less likely to be married."
    )
    assert claims[-1].text == "Women in the [UK film] industry were less likely to be married."
    assert not claims[-1].needs_context


def test_a_negation_is_not_shared_with_a_verb_it_cannot_lean_on() -> None:
    texts = [
        c.text
        for c in split_text(
            "The council does not want a new tax on fuel and hopes the budget will be "
            "balanced by spring, the mayor said on Monday."
        )
    ]
    assert "The council hopes the budget will be balanced by spring." in texts
    assert not any("not hopes" in text for text in texts)


def test_a_negated_pair_whose_not_may_cover_both_verbs_is_kept_whole() -> None:
    texts = [
        c.text for c in split_text("The bank did not raise rates in May and cut them in June.")
    ]
    assert texts == ["The bank did not raise rates in May and cut them in June."]


def test_a_quotation_mark_before_a_word_is_not_a_possessive() -> None:
    assert foreign_words("Such networks grew.", "'Such networks grew.") == []
    assert foreign_words("Acme grew.", "Acme's sales grew.") == []
