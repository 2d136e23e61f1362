"""What a reviewer sees of the splitter's structure on small news passages."""

from __future__ import annotations

from factcheck.splitter import split_text


def _by_text(text: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in split_text(text)}


def test_a_quotation_of_several_sentences_gives_each_sentence_the_closing_speaker() -> None:
    claims = _by_text(
        'Mayor Ana Lopez opened the bridge on Monday. "The bridge cost 40 million dollars. '
        'It will carry 20,000 cars a day," she said at the ceremony in the old harbour district.'
    )
    assert claims["The bridge cost 40 million dollars"] == "Ana Lopez"
    assert claims["It will carry 20,000 cars a day"] == "Ana Lopez"


def test_attribution_is_found_in_every_word_order() -> None:
    text = (
        "Chancellor Emil Berg said the budget would grow 3% next year. "
        "Exports fell 2% in May, the statistics office said. "
        "Imports rose 1% in May, said Berg. "
        "According to the central bank, inflation slowed to 2.1% in June. "
        "Berg told reporters that wages had risen 4% this year."
    )
    claims = _by_text(text)
    assert claims["the budget would grow 3% next year"] == "Emil Berg"
    assert claims["Exports fell 2% in May"] == "the statistics office"
    assert claims["Imports rose 1% in May"] == "Emil Berg"
    assert claims["inflation slowed to 2.1% in June"] == "the central bank"
    assert claims["wages had risen 4% this year"] == "Emil Berg"


def test_nested_attribution_keeps_the_innermost_speaker() -> None:
    claims = _by_text(
        "The radio station said Novak told the envoy that the border would reopen in May."
    )
    assert claims == {"the border would reopen in May": "Novak"}


def test_noun_phrase_coordination_stays_in_one_claim() -> None:
    claims = split_text("Talks between Chile and Peru resumed on Friday in Lima.")
    assert [c.text for c in claims] == ["Talks between Chile and Peru resumed on Friday in Lima"]


def test_a_compound_predicate_repeats_its_subject() -> None:
    texts = [
        c.text for c in split_text("Norway has cut its oil output and is building two wind farms.")
    ]
    assert texts == ["Norway has cut its oil output", "Norway is building two wind farms"]


def test_a_closing_which_clause_becomes_its_own_claim() -> None:
    texts = [
        c.text
        for c in split_text("Rents rose 9% last year, which has pushed families out of the city.")
    ]
    assert "Rents rose 9% last year" in texts
    assert "Rents have pushed families out of the city" in texts


def test_a_role_noun_is_replaced_by_the_person_it_names() -> None:
    claims = split_text(
        "Governor Lena Park signed the water bill on Monday. "
        "The governor has vetoed four bills this year."
    )
    assert claims[-1].text == "Park has vetoed four bills this year"


def test_a_pronoun_with_no_clear_referent_is_kept() -> None:
    claims = split_text("It rained for nine days in a row.")
    assert claims[0].text == "It rained for nine days in a row"


def test_an_accusation_is_kept_whole_and_names_the_accuser() -> None:
    claims = split_text("The union accused the airline of cutting wages and ignoring safety rules.")
    assert [(c.text, c.speaker) for c in claims] == [
        ("The union accused the airline of cutting wages", "The union"),
        ("The union accused the airline of ignoring safety rules", "The union"),
    ]


def test_them_becomes_the_one_pair_named_just_before() -> None:
    claims = split_text("Chile and Peru signed a trade pact. Brazil has urged them to cut tariffs.")
    assert claims[-1].text == "Brazil has urged Chile and Peru to cut tariffs"


def test_them_stays_when_two_pairs_could_be_meant() -> None:
    claims = split_text(
        "Chile and Peru met Brazil and Bolivia in Lima on Friday. "
        "Ecuador has urged them to cut tariffs."
    )
    assert claims[-1].text == "Ecuador has urged them to cut tariffs"


def test_speech_reported_inside_a_subordinate_clause_or_a_participle() -> None:
    claims = _by_text(
        "Shares of Vesta fell 4% after the company said orders dropped 9% in March. "
        "Analysts at Brill Bank cut their target to $40, saying margins could shrink next year. "
        "The company, which is based in Oslo, Norway, hired 300 staff and said exports had doubled."
    )
    assert claims["Shares of Vesta fell 4%"] is None
    assert claims["orders dropped 9% in March"] == "the company"
    assert claims["margins could shrink next year"] == "Analysts at Brill Bank"
    assert claims["The company is based in Oslo, Norway"] is None
    assert claims["exports had doubled"] == "The company"


def test_two_voices_in_one_sentence_keep_their_own_speakers() -> None:
    claims = _by_text(
        "Critics say the fines are too small to change behaviour, "
        "but supporters argue the rules have forced banks to hold more capital."
    )
    assert claims == {
        "the fines are too small to change behaviour": "Critics",
        "the rules have forced banks to hold more capital": "supporters",
    }


def test_she_refers_to_the_speaker_of_the_sentence_before() -> None:
    claims = _by_text(
        '"We will march again," said Lena Holm, 34, a spokeswoman for the group. '
        "She added that more than 700 people had taken part."
    )
    assert claims["more than 700 people had taken part"] == "Lena Holm"


def test_what_the_speaker_did_is_not_part_of_what_was_said() -> None:
    claims = _by_text(
        "Prime Minister Ana Silva told parliament that the cabinet would cut fuel subsidies, "
        "but she rejected an immediate end."
    )
    assert claims["the cabinet would cut fuel subsidies"] == "Ana Silva"
    assert claims["Silva rejected an immediate end"] is None


def test_a_quotation_running_over_two_paragraphs_keeps_its_speaker() -> None:
    claims = _by_text(
        'Mayor Ana Lopez spoke on Monday. "The bridge cost 40 million dollars.\n\n'
        'It will carry 20,000 cars a day," she said.'
    )
    assert claims["The bridge cost 40 million dollars"] == "Ana Lopez"
    assert claims["It will carry 20,000 cars a day"] == "Ana Lopez"


def test_attribution_in_the_middle_and_after_an_opening_clause() -> None:
    claims = _by_text(
        "Jon Berg, a spokesman for the ministry, said the talks had failed. "
        "The talks, he said, would resume in June. "
        "Asked about the budget, Berg said taxes would fall in 2026."
    )
    assert claims["Jon Berg is a spokesman for the ministry"] is None
    assert claims["The talks would resume in June"] == "Jon Berg"
    assert claims["taxes would fall in 2026"] == "Jon Berg"


def test_each_place_in_a_closing_list_of_names_is_its_own_claim() -> None:
    claims = _by_text("Similar laws had been blocked in Arkansas, Ohio and Utah.")
    assert set(claims) == {
        "Similar laws had been blocked in Arkansas",
        "Similar laws had been blocked in Ohio",
        "Similar laws had been blocked in Utah",
    }


def test_a_list_that_relates_or_describes_its_members_stays_whole() -> None:
    assert list(_by_text("The talks between Chile, Peru and Bolivia ended on Monday.")) == [
        "The talks between Chile, Peru and Bolivia ended on Monday"
    ]
    assert "TradeNet is a group representing Arlo, Brix and Cova" in _by_text(
        "TradeNet is a group representing Arlo, Brix and Cova."
    )


def test_a_participle_phrase_ends_where_a_new_predicate_or_clause_begins() -> None:
    claims = _by_text(
        "The film was a commercial success, grossing $80 million, and became the studio's "
        "biggest release, while critics faulted its script."
    )
    assert "The film grossing $80 million" in claims
    assert "The film became the studio's biggest release" in claims
    assert "critics faulted its script" in claims


def test_a_birth_date_between_commas_is_lifted_out_of_the_main_claim() -> None:
    claims = _by_text("Lena Holm, born June 1, 1988, is a Swedish footballer.")
    assert "Lena Holm is a Swedish footballer" in claims
    assert "Lena Holm born June 1, 1988" in claims


def test_a_description_of_a_name_inside_the_clause_is_its_own_claim() -> None:
    claims = _by_text("Police questioned Ana Costa, the club's treasurer, on Monday.")
    assert set(claims) == {
        "Police questioned Ana Costa on Monday",
        "Ana Costa is the club's treasurer",
    }
    dated = _by_text(
        "Retail sales dropped 0.3% in January, the first fall in four months, as shops shut."
    )
    assert (
        "Retail sales dropped 0.3% in January, the first fall in four months, as shops shut"
        in dated
    )


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def test_each_thing_in_a_list_after_a_preposition_is_its_own_claim_with_its_subject() -> None:
    texts = _texts("The film received praise for its music, the costumes and the visual effects.")
    assert texts == [
        "The film received praise for its music",
        "The film received praise for the costumes",
        "The film received praise for the visual effects",
    ]


def test_adjectives_sharing_one_noun_are_not_cut_into_fragments() -> None:
    texts = _texts("The court rules on civil, criminal and administrative cases.")
    assert texts == ["The court rules on civil, criminal and administrative cases"]


def test_a_repeated_preposition_after_and_gives_the_phrase_its_own_claim() -> None:
    texts = _texts("Ana Costa served as mayor from 2001 to 2005 and as governor from 2007 to 2011.")
    assert texts == [
        "Ana Costa served as mayor from 2001 to 2005",
        "Ana Costa served as governor from 2007 to 2011",
    ]


def test_a_list_of_places_by_preposition_gives_each_place_its_own_claim() -> None:
    texts = _texts(
        "The region is bordered to the north by the sea, to the south by Lusia and to the east by "
        "Varna."
    )
    assert "The region is bordered to the east by Varna" in texts


def test_as_well_as_adds_a_fact_with_the_same_subject_and_verb() -> None:
    assert _texts("The plant sells batteries for cars, as well as for buses.") == [
        "The plant sells batteries for cars",
        "The plant sells batteries for buses",
    ]
    assert _texts(
        "Novak became the first woman to lead the party as well as its youngest leader."
    ) == [
        "Novak became the first woman to lead the party",
        "Novak became its youngest leader",
    ]


def test_a_second_predicate_after_a_time_phrase_keeps_the_subject() -> None:
    texts = _texts(
        "Costa worked at the bank for ten years, and in 2015 was appointed its economist."
    )
    assert texts == [
        "Costa worked at the bank for ten years",
        "Costa in 2015 was appointed its economist",
    ]


def test_a_correction_after_not_stays_one_claim() -> None:
    assert _texts("The bridge was not built with steel but with wood.") == [
        "The bridge was not built with steel but with wood"
    ]


def test_a_list_of_names_joined_by_ampersands_is_split_name_by_name() -> None:
    texts = _texts("The group includes Hart & Sons, Mola, Pratt & Lee and Vey Steel.")
    assert "The group includes Pratt & Lee" in texts
    assert "The group includes Vey Steel" in texts


def test_an_opening_description_becomes_a_claim_about_the_subject() -> None:
    texts = _texts("A member of the Labour Party, Ana Costa served as mayor of Porto until 2019.")
    assert sorted(texts) == [
        "Ana Costa is a member of the Labour Party",
        "Ana Costa served as mayor of Porto until 2019",
    ]


def test_an_opening_time_phrase_is_not_taken_for_a_description() -> None:
    texts = _texts("A year later, Costa was elected mayor of Porto.")
    assert texts == ["A year later, Costa was elected mayor of Porto"]


def test_a_description_with_a_passive_participle_gives_each_fact_a_full_statement() -> None:
    texts = _texts(
        "Tessa Air is a regional airline based in Porto, owned by the Costa family since 2004."
    )
    assert sorted(texts) == [
        "Tessa Air is a regional airline",
        "Tessa Air is based in Porto",
        "Tessa Air is owned by the Costa family since 2004",
    ]


def test_a_place_that_restricts_a_superlative_stays_with_it() -> None:
    texts = _texts("Tessa Air is the largest airline based in Porto.")
    assert texts == ["Tessa Air is the largest airline based in Porto"]


def test_two_objects_each_with_its_own_article_are_two_facts() -> None:
    texts = _texts("Costa has won a national award and a European prize, and she chairs the board.")
    assert texts == [
        "Costa has won a national award",
        "Costa has won a European prize",
        "Costa chairs the board",
    ]


def test_a_closing_passive_after_a_description_is_a_fact_about_the_subject() -> None:
    texts = _texts("The club is the league's richest team, valued at $3 billion in May.")
    assert sorted(texts) == [
        "The club is the league's richest team",
        "The club is valued at $3 billion in May",
    ]


def test_a_closing_passive_after_another_verb_stays_with_its_clause() -> None:
    texts = _texts("The island is governed by the Charter of the Kingdom, adopted in 1954.")
    assert texts == ["The island is governed by the Charter of the Kingdom, adopted in 1954"]


def test_a_film_credit_reads_as_a_past_act_and_a_participle_after_of_stays_put() -> None:
    assert sorted(_texts("Storm is a 2019 film directed by Ana Costa.")) == [
        "Storm is a 2019 film",
        "Storm was directed by Ana Costa",
    ]
    assert _texts("The jet is the successor of the X-9 designed by Vey Aero.") == [
        "The jet is the successor of the X-9 designed by Vey Aero"
    ]
