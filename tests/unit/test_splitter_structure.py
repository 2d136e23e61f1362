"""What a reviewer sees of the splitter's structure on small news passages."""

from __future__ import annotations

import pytest

from factcheck.models import Claim
from factcheck.splitter import split_text as _split_text


class _Plain(str):
    """A claim's text compared as a reader would: first letter's case and the closing full
    stop do not matter."""

    def _key(self) -> str:
        text = str(self).rstrip(".")
        return text[:1].lower() + text[1:]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and self._key() == _Plain(other)._key()

    def __hash__(self) -> int:
        return hash(self._key())


def split_text(text: str) -> list[Claim]:
    claims = _split_text(text)
    for claim in claims:
        object.__setattr__(claim, "__dict__", {**claim.__dict__, "text": _Plain(claim.text)})
    return claims


class _Claims(dict):
    def __getitem__(self, text: str) -> str | None:
        return super().__getitem__(_Plain(text))

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and super().__contains__(_Plain(text))


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def _by_text(text: str) -> dict[str, str | None]:
    return _Claims({_Plain(c.text): c.speaker for c in split_text(text)})


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


def test_a_pronoun_with_no_clear_referent_is_kept() -> None:
    claims = split_text("It rained for nine days in a row.")
    assert claims[0].text == "It rained for nine days in a row"


def test_them_stays_when_two_pairs_could_be_meant() -> None:
    claims = split_text(
        "Chile and Peru met Brazil and Bolivia in Lima on Friday. "
        "Ecuador has urged them to cut tariffs."
    )
    assert claims[-1].text == "Ecuador has urged them to cut tariffs"


def test_she_refers_to_the_speaker_of_the_sentence_before() -> None:
    claims = _by_text(
        '"We will march again," said Lena Holm, 34, a spokeswoman for the group. '
        "She added that more than 700 people had taken part."
    )
    assert claims["more than 700 people had taken part"] == "Lena Holm"


def test_a_quotation_running_over_two_paragraphs_keeps_its_speaker() -> None:
    claims = _by_text(
        'Mayor Ana Lopez spoke on Monday. "The bridge cost 40 million dollars.\n\n'
        'It will carry 20,000 cars a day," she said.'
    )
    assert claims["The bridge cost 40 million dollars"] == "Ana Lopez"
    assert claims["It will carry 20,000 cars a day"] == "Ana Lopez"


def test_a_list_that_relates_or_describes_its_members_stays_whole() -> None:
    assert list(_by_text("The talks between Chile, Peru and Bolivia ended on Monday.")) == [
        "The talks between Chile, Peru and Bolivia ended on Monday"
    ]
    assert "TradeNet is a group representing Arlo, Brix and Cova" in _by_text(
        "TradeNet is a group representing Arlo, Brix and Cova."
    )


def test_names_listed_before_the_verb_are_no_apposition() -> None:
    # (the parser reads this one as `Northwind Corp` and an apposition `... cut jobs`)
    texts = _texts("Northwind Corp, Beta and Gamma cut jobs.")
    assert texts == ["Northwind Corp, Beta and Gamma cut jobs"]


def test_adjectives_sharing_one_noun_are_not_cut_into_fragments() -> None:
    texts = _texts("The court rules on civil, criminal and administrative cases.")
    assert texts == ["The court rules on civil, criminal and administrative cases"]


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


def test_an_opening_time_phrase_is_not_taken_for_a_description() -> None:
    texts = _texts("A year later, Costa was elected mayor of Porto.")
    assert texts == ["A year later, Costa was elected mayor of Porto"]


def test_a_place_that_restricts_a_superlative_stays_with_it() -> None:
    texts = _texts("Tessa Air is the largest airline based in Porto.")
    assert texts == ["Tessa Air is the largest airline based in Porto"]


def test_a_closing_passive_after_another_verb_stays_with_its_clause() -> None:
    texts = _texts("The island is governed by the Charter of the Kingdom, adopted in 1954.")
    assert texts == ["The island is governed by the Charter of the Kingdom, adopted in 1954"]


def test_a_while_or_although_clause_with_its_own_subject_is_a_second_fact() -> None:
    assert _texts("Inflation slowed to 4.3% in May, although retail sales are still booming.") == [
        "Inflation slowed to 4.3% in May",
        "Retail sales are still booming",
    ]
    assert _texts(
        "Tom Berg faces a 12-count indictment, while Ana Silva is a decorated athlete."
    ) == [
        "Tom Berg faces a 12-count indictment",
        "Ana Silva is a decorated athlete",
    ]


def test_verbs_coordinated_inside_a_complement_each_take_the_main_verb() -> None:
    assert _texts("The firm plans to close two plants and cut 300 jobs.") == [
        "The firm plans to close two plants",
        "The firm plans to cut 300 jobs",
    ]
    assert _texts("The proposals include cutting six regiments to five and merging them.") == [
        "The proposals include cutting six regiments to five",
        "The proposals include merging them",
    ]


def test_a_contrast_about_the_named_person_is_a_second_fact_about_that_person() -> None:
    texts = _texts("Ana Silva has always denied taking drugs, although she praised a diet pill.")
    assert texts == ["Ana Silva has always denied taking drugs", "Ana Silva praised a diet pill"]


def test_a_clause_the_parser_reads_as_a_noun_after_and_is_a_fact_of_its_own() -> None:
    # the parser takes `the bank floated` for a noun with a participle on it
    texts = _texts("Another round of funding came in March and the bank floated in June 2001.")
    assert texts == ["Another round of funding came in March", "The bank floated in June 2001"]


def test_a_contrast_pronoun_after_a_second_person_stays_in_its_sentence() -> None:
    # `she` may be either woman: the clause is not cut off from the names.
    sentence = "Ana Silva has always denied meeting Eva Lund, although she praised a diet pill."
    assert len(_texts(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a contrast whose clause leans on the other one
        "Whilst 17% of men had no degree, this was true for only 5% of women.",
        "Acme cut 200 jobs in Oslo, although it hired 50 engineers in Bergen.",
        "Only 5% of the staff are women, although in London the figure rises to 24%.",
        # a choice, a contrast or a shared object inside a complement
        "The aim was to keep the name but change the badge.",
        "The board may decide to sell or close the plant in Oslo.",
        "Ana Silva demanded to take and then passed a lie detector test.",
    ],
)
def test_halves_that_lean_on_each_other_stay_one_claim(sentence: str) -> None:
    assert len(_texts(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme did have 200 engineers however.",
        "Acme did, however, have 200 engineers.",
        "However, Acme did have 200 engineers.",
    ],
)
def test_a_link_to_the_sentence_before_is_left_out_wherever_it_stands(sentence: str) -> None:
    assert _texts(sentence) == ["Acme did have 200 engineers"]


def test_a_relative_clause_on_a_share_of_its_noun_stays_with_the_noun() -> None:
    claims = split_text(
        "Acme said the deal, details of which will be announced next week, was a chance to move on."
    )
    assert [(c.text, c.speaker) for c in claims] == [
        ("The deal, details of which will be announced next week, was a chance to move on", "Acme")
    ]


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Nurses in Norway earn less than doctors despite being better trained.",
            [
                "Nurses in Norway earn less than doctors.",
                "Nurses in Norway [are] better trained [than doctors].",
            ],
        ),
        (
            "Acme cut 200 jobs despite being profitable.",
            ["Acme cut 200 jobs.", "Acme [was] profitable."],
        ),
        (
            "Tom Berg resigned in May, having led the firm since 1999.",
            ["Tom Berg resigned in May.", "Tom Berg [had] led the firm since 1999."],
        ),
    ],
)
def test_what_despite_being_or_having_adds_is_a_second_fact_about_the_subject(
    sentence: str, facts: list[str]
) -> None:
    assert [c.text for c in split_text(sentence)] == facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite being the largest bank in Norway, Acme cut 200 jobs.",
        "Having won the vote, Tom Berg resigned.",
    ],
)
def test_a_concession_or_earlier_act_that_opens_the_sentence_stays_with_it(sentence: str) -> None:
    assert [c.text for c in split_text(sentence)] == [sentence]


def test_two_verbs_sharing_the_object_after_the_second_stay_one_claim() -> None:
    claims = split_text("Acme bought and later sold a stake in Nortex.")
    assert [c.text for c in claims] == ["Acme bought and later sold a stake in Nortex."]


def test_one_of_a_group_after_a_dash_is_a_second_fact_about_its_noun() -> None:
    claims = split_text(
        "Mass tourism means a huge demand for water - one of the factors which has kept "
        "reservoirs low all summer."
    )
    assert [c.text for c in claims] == [
        "Mass tourism means a huge demand for water.",
        "A huge demand for water [is] one of the factors which has kept reservoirs low all summer.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme bought two cars, one of them red.",
        "Tom Berg, head of Acme - a firm which makes paper - said sales fell by 5%.",
    ],
)
def test_a_dash_apposition_that_may_describe_another_noun_makes_no_claim_about_it(
    sentence: str,
) -> None:
    texts = [c.text for c in split_text(sentence)]
    assert not any(t.startswith(("Two cars [", "Tom Berg [", "Tom Berg -")) for t in texts)


def test_not_only_but_also_gives_two_clean_facts() -> None:
    claims = split_text("Acme not only cut 200 jobs but also closed two plants.")
    assert [c.text for c in claims] == ["Acme cut 200 jobs.", "Acme closed two plants."]


def test_verbs_offered_as_a_choice_stay_one_claim() -> None:
    claims = split_text("Acme will sell the plant or close it by May.")
    assert [c.text for c in claims] == ["Acme will sell the plant or close it by May."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation rose to 3% in May, its highest rate for a decade, according to the figures.",
        "Inflation rose to 3%, according to official figures, its highest rate for a decade.",
    ],
)
def test_a_rank_set_off_after_a_figure_stays_with_the_figure(sentence: str) -> None:
    texts = [c.text for c in split_text(sentence)]
    assert len(texts) == 1
    assert texts[0].startswith("Inflation rose to 3%")
    assert texts[0].endswith(", its highest rate for a decade.")


def test_a_main_verb_the_parser_hung_on_a_relative_report_is_the_nouns_own_act() -> None:
    claims = split_text("The union, which says pay fell 5% last year, called a strike.")
    assert sorted((c.text, c.speaker) for c in claims) == [
        ("Pay fell 5% last year.", "the union"),
        ("The union called a strike.", None),
    ]


def test_a_which_of_effect_on_the_whole_clause_leaves_the_cause_a_claim_of_its_own() -> None:
    claims = split_text(
        "The minister said ties between Norway and Chile are now closer than at any time in "
        "history, which has allowed them to double their trade.\n"
    )
    texts = [c.text for c in claims]
    assert "Ties between Norway and Chile are now closer than at any time in history." in texts
    whole = next(c for c in claims if "double their trade" in c.text)
    assert whole.text.startswith("Ties between Norway and Chile are now closer")
    assert all(c.speaker == "The minister" or c.speaker == "the minister" for c in claims)


def test_a_which_that_is_no_effect_does_not_split_the_sentence() -> None:
    claims = split_text("Prices rose for the third month in a row, which surprised no one.\n")
    assert [c.text for c in claims] == [
        "Prices rose for the third month in a row, which surprised no one."
    ]
