"""The parser-based splitter (`factcheck.splitter.pipeline`): structure from the dependency tree,
speakers and referents resolved only when exactly one fits, otherwise flagged."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.clauses import split_clause
from factcheck.splitter.faithfulness import foreign_words, speaker_is_named
from factcheck.splitter.parser import english


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


def test_a_headline_is_no_claim_the_body_states_its_facts() -> None:
    for headline in ("Carrier wins big order", "Carrier orders 50 jets"):
        claims = split_text(f"{headline}\n\nAcme Air ordered 50 jets on Monday.")
        assert [c.text for c in claims] == ["Acme Air ordered 50 jets on Monday."]


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


def test_an_and_the_parser_hung_on_a_noun_still_joins_two_clauses() -> None:
    texts = [
        c.text
        for c in split_text(
            "The shop sold bread to hundreds of families and the baker saw profit in the trade."
        )
    ]
    assert "The shop sold bread to hundreds of families." in texts
    assert "The baker saw profit in the trade." in texts


def test_a_whose_clause_is_a_claim_about_the_name_it_follows() -> None:
    texts = [c.text for c in split_text("Berg, whose firm employs 300 people, met the mayor.")]
    assert "Berg's firm employs 300 people." in texts
    assert "Berg met the mayor." in texts


def test_although_it_after_an_organisation_is_a_fact_of_its_own_about_it() -> None:
    text = "Acme Corp cut 300 jobs in May, although it hired 50 engineers in June."
    texts = [c.text for c in split_text(text)]
    assert "Acme Corp hired 50 engineers in June." in texts
    assert "Acme Corp cut 300 jobs in May." in texts


def test_although_it_after_a_thing_that_is_no_organisation_stays_whole() -> None:
    text = "The plant closed in May, although it reopened in June."
    assert [c.text for c in split_text(text)] == [text]


def test_a_verb_of_writing_with_its_own_object_reports_nothing() -> None:
    text = "The new rules aim to help farmers write clear contracts for small and large farms."
    claims = split_text(text)
    assert [c.text for c in claims] == [text]
    assert claims[0].speaker is None


def test_a_participle_set_off_on_the_subject_is_a_fact_of_its_own() -> None:
    text = "The law, signed in March by Governor Dan Hart, would have fined firms up to $10,000."
    texts = [c.text for c in split_text(text)]
    assert "The law [was] signed in March by Governor Dan Hart." in texts
    assert any(t.endswith("would have fined firms up to $10,000.") for t in texts)


def test_a_participle_on_an_object_stays_in_its_clause_without_an_added_verb() -> None:
    text = "Ann Berg bought the house, built in 1900, for $2m."
    assert [c.text for c in split_text(text)] == [text]


def test_a_clause_that_starts_again_after_a_dash_drops_the_phrase_before_it() -> None:
    # The parse the parser gives `..., most importantly, its future - the mills are the pride
    # of the valley`: both `future` and `mills` subjects of `are`.
    words = ["most", "importantly", ",", "its", "future", "-", "the", "mills", "are", "the"]
    words += ["pride", "of", "the", "valley", "."]
    heads = [1, 8, 8, 4, 8, 8, 7, 8, 8, 10, 8, 10, 13, 11, 8]
    deps = ["advmod", "advmod", "punct", "poss", "nsubj", "punct", "det", "nsubj", "ROOT"]
    deps += ["det", "attr", "prep", "det", "pobj", "punct"]
    pos = ["ADV", "ADV", "PUNCT", "PRON", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "DET", "NOUN"]
    pos += ["ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(english().vocab, words=words, heads=heads, deps=deps, pos=pos)
    [claim] = split_clause(doc[8], set(range(len(doc))))
    assert doc[min(claim) :].text == "the mills are the pride of the valley ."


def test_one_of_a_group_after_a_name_is_a_claim_about_the_name() -> None:
    text = "Acme, one of the city's oldest firms, is marking its 50th year this week."
    texts = [c.text for c in split_text(text)]
    assert "Acme [is] one of the city's oldest firms." in texts
    assert "Acme is marking its 50th year this week." in texts


def test_a_relative_clause_on_where_the_speaker_spoke_is_the_articles_claim() -> None:
    text = (
        '"We were never rich," Mr Dahl told reporters ahead of the reunion, which will be '
        "held on 4 May."
    )
    claims = {c.text: c.speaker for c in split_text(text)}
    assert claims["We were never rich."] == "Dahl"
    assert claims["The reunion will be held on 4 May."] is None


def test_an_absolute_with_clause_is_a_second_fact() -> None:
    texts = [c.text for c in split_text("Shares fell 5% on Monday, with investors fearing a loss.")]
    assert texts == ["Shares fell 5% on Monday.", "Investors [were] fearing a loss."]


def test_a_shared_subject_leaves_what_was_set_off_on_it_to_its_own_claim() -> None:
    text = "Ann Berg, born in 1950 in Oslo, founded the firm in 1980 and was its chair until 2001."
    texts = [c.text for c in split_text(text)]
    assert texts == [
        "Ann Berg [was] born in 1950 in Oslo.",
        "Ann Berg founded the firm in 1980.",
        "Ann Berg was its chair until 2001.",
    ]


def test_a_verbless_list_gets_no_added_verb() -> None:
    assert [c.text for c in split_text("15% titanium, 10% steel, 5% other metals.")] == [
        "15% titanium, 10% steel, 5% other metals."
    ]


def test_a_predicate_coordinated_with_a_copulas_takes_the_copula() -> None:
    text = "Norway is one of the largest countries in Europe, but sparsely populated."
    assert [c.text for c in split_text(text)] == [
        "Norway is one of the largest countries in Europe.",
        "Norway is sparsely populated.",
    ]
