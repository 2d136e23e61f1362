"""A cut the parser misread tears a clause from the words it needs (`Harwood said higher
mortgage rates.`, `It harder to get insurance.`); such a sentence is kept whole instead.
Every sentence here is made up."""

from __future__ import annotations

from factcheck.splitter import split_text
from factcheck.splitter.parser import english
from factcheck.splitter.tokens import render
from factcheck.splitter.torn import torn_cut


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def test_said_with_a_noun_for_its_object_keeps_the_sentence_whole() -> None:
    text = (
        "Harwood, the country's second-largest lender, said higher mortgage rates and "
        "stretched budgets were beginning to hurt borrowers."
    )
    texts = _texts(text)
    assert not any(t.endswith("said higher mortgage rates.") for t in texts)
    assert not any(t.startswith("Harwood stretched") for t in texts)
    assert any("were beginning to hurt borrowers" in t and "said higher" in t for t in texts)


def test_a_clause_with_no_verb_at_its_top_keeps_the_sentence_whole() -> None:
    text = "The report also suggested that young drivers were finding it harder to get insurance."
    texts = _texts(text)
    assert not any(t.startswith("It harder") for t in texts)
    # whole, or the reported clause alone once `finding it harder` is read as no speech
    assert any("young drivers were finding it harder to get insurance" in t.lower() for t in texts)


def test_a_verb_that_lost_its_infinitive_is_torn() -> None:
    doc = english()("Footage from the camera appeared to show a woman leaving the shop.")
    appeared = next(t for t in doc if t.text == "appeared")
    subject_and_verb = {t.i for t in doc if t.i <= appeared.i} | {len(doc) - 1}
    assert torn_cut(doc, subject_and_verb, "Footage from the camera appeared.") is not None
    infinitive = {t.i for t in doc if t.i > appeared.i}
    assert torn_cut(doc, infinitive, "To show a woman leaving the shop.") is not None
    assert torn_cut(doc, set(range(len(doc))), doc.text) is None


def test_a_description_with_its_verb_put_in_is_not_torn() -> None:
    doc = english()("Ana Berg, a lawyer at Holt & Co, said the deal was fair.")
    description = {t.i for t in doc if t.i < 9}
    assert torn_cut(doc, description, "Ana Berg [is] a lawyer at Holt & Co.") is None


def test_coordinated_infinitives_cut_apart_are_not_torn() -> None:
    doc = english()("We urge all sides to respect civilians and allow aid into the city.")
    allow = next(t for t in doc if t.text == "allow")
    kept = {t.i for t in doc if t.i < 5 or t.i >= allow.i} | {4}
    to = next(t for t in doc if t.text == "to")
    assert torn_cut(doc, kept | {to.i}, "We urge all sides to allow aid into the city.") is None


def test_a_reporting_verb_in_a_measured_clause_of_time_is_no_attribution() -> None:
    for text in (
        "The strike began two days before the union said it had rejected the offer.",
        "Shares in Holt fell 5% after the firm said profits would drop.",
    ):
        assert _texts(text) == [text]


def test_a_reporting_verb_in_an_unmeasured_clause_of_time_still_attributes() -> None:
    texts = _texts("Prices rose on Monday when the minister said taxes would rise.")
    assert "Prices rose on Monday." in texts
    assert any(t == "Taxes would rise." for t in texts)


def test_verbs_joined_under_a_denying_subject_are_not_cut_apart() -> None:
    text = "No bank can lose that much money in a year and not feel it."
    assert _texts(text) == [text]
    assert _texts("Every firm cut prices and raised wages.") == [
        "Every firm cut prices.",
        "Every firm raised wages.",
    ]


def test_a_concession_cut_out_alone_loses_its_though() -> None:
    text = (
        'Mr Berg said the bank had signed deals with "all the big insurers", though he '
        "declined to name them."
    )
    texts = _texts(text)
    assert not any(t.startswith("Though") for t in texts)
    assert "Mr Berg declined to name them." in texts


def test_a_tag_cut_from_before_a_concession_leaves_its_comma() -> None:
    text = (
        "About 11% of cars sold this year were electric, according to the consultancy Holt "
        "Research, though it predicts that figure will reach 40% by 2030."
    )
    assert any(
        t.startswith("About 11% of cars sold this year were electric, though") for t in _texts(text)
    )
    names = "Buyers can use services such as Tunely, which opened in June, and Disco."
    assert any("such as Tunely and Disco" in t for t in _texts(names))


def test_a_participle_read_as_the_main_verb_keeps_the_sentence_whole() -> None:
    text = (
        "The previous truce, agreed in March, lasted just over two weeks before fighting resumed."
    )
    assert _texts(text) == [text]


def test_an_object_hung_on_the_first_verb_after_the_second_keeps_the_pair() -> None:
    from spacy.tokens import Doc

    from factcheck.splitter.clauses import split_clause

    # the parse a misreading gives: `heatwave` read as what was apologised for
    words = [
        "Ms",
        "Holt",
        "apologised",
        "to",
        "users",
        "and",
        "blamed",
        "floods",
        ",",
        "a",
        "heatwave",
        ".",
    ]
    heads = [1, 2, 2, 2, 3, 2, 2, 6, 2, 10, 2, 2]
    deps = [
        "compound",
        "nsubj",
        "ROOT",
        "prep",
        "pobj",
        "cc",
        "conj",
        "dobj",
        "punct",
        "det",
        "dobj",
        "punct",
    ]
    tags = ["NNP", "NNP", "VBD", "IN", "NNS", "CC", "VBD", "NNS", ",", "DT", "NN", "."]
    pos = [
        "PROPN",
        "PROPN",
        "VERB",
        "ADP",
        "NOUN",
        "CCONJ",
        "VERB",
        "NOUN",
        "PUNCT",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(english().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert split_clause(doc[2], set(range(len(doc)))) == [set(range(len(doc)))]


def test_a_relative_clause_the_parse_ends_mid_phrase_is_not_cut_out() -> None:
    from spacy.tokens import Doc

    from factcheck.splitter.clauses import split_clause

    # the parse a misreading gives: `9m` hung on `owed`, outside the `who` clause
    words = ["Debts", "are", "owed", "to", "Berg", ",", "who", "lent", "the", "club", "9m", "."]
    heads = [2, 2, 2, 2, 3, 4, 7, 4, 9, 7, 2, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "nsubj", "relcl", "det"]
    deps += ["dative", "dobj", "punct"]
    tags = ["NNS", "VBP", "VBN", "IN", "NNP", ",", "WP", "VBD", "DT", "NN", "CD", "."]
    pos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN"]
    pos += ["NUM", "PUNCT"]
    doc = Doc(english().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert split_clause(doc[2], set(range(len(doc)))) == [set(range(len(doc)))]
    assert "Acme employs 300 people." in _texts("Acme, which employs 300 people, said sales rose.")


def test_a_noun_misread_as_a_coordinated_verb_keeps_the_sentence_whole() -> None:
    text = (
        "The victory earns Morland a cash prize and is expected to lift her to around 40th "
        "in the world rankings when they are updated on Tuesday."
    )
    texts = _texts(text)
    assert not any(t.startswith("The victory rankings") for t in texts)
    assert any("world rankings when they are updated" in t for t in texts)


def test_an_inverted_condition_is_not_cut_from_its_clause() -> None:
    text = "The judge said the fine would have been far larger had Pellow not admitted the offence."
    texts = _texts(text)
    assert not any(t.startswith("Had Pellow") for t in texts)
    assert any("larger had Pellow not admitted the offence" in t for t in texts)


def test_a_coordinated_verb_that_does_not_fit_its_lent_subject_is_torn() -> None:
    doc = english()("They keep promising me it will be next week, and next week never arrives.")
    arrives = next(t for t in doc if t.text == "arrives")
    lent = {0} | {t.i for t in arrives.subtree}
    if arrives.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in arrives.children):
        assert torn_cut(doc, lent, "They next week never arrives.") is not None
    texts = _texts("They keep promising me it will be next week, and next week never arrives.")
    assert not any(t.startswith("They next week") for t in texts)


def test_a_who_clause_whose_verb_does_not_fit_the_noun_it_was_hung_on_stays() -> None:
    text = (
        "The sale still requires the approval of banking regulators and of shareholders in both "
        "banks, who are expected to vote in March."
    )
    texts = _texts(text)
    assert not any(t.startswith("The approval of") for t in texts)


def test_a_which_clause_on_a_clause_read_as_a_noun_stays() -> None:
    text = (
        "About 80% of the design survives, which is extremely rare for a floor that has been "
        "buried under a farm."
    )
    texts = _texts(text)
    assert not any("survives is extremely rare" in t for t in texts)


def test_a_closing_bracket_hung_outside_the_clause_goes_with_its_bracket() -> None:
    doc = english()("The room, which measures 5m by 3m (16ft by 10ft), was found by a farmer.")
    closing = next(t.i for t in doc if t.text == ")")
    which = next(t.i for t in doc if t.text == "which")
    clause = range(which + 1, closing)  # the closing bracket left out, as a misparse leaves it
    assert render(doc, clause) == "Measures 5m by 3m (16ft by 10ft)."


def test_coordinated_verbs_of_one_number_share_their_subject() -> None:
    texts = _texts(
        "Dunmore have lost four of their six games this season and are bottom of the table."
    )
    assert any(t.startswith("Dunmore are bottom") for t in texts)


def test_a_participle_with_a_by_agent_and_no_auxiliary_is_no_clause_of_its_own() -> None:
    text = (
        "Officials in Ruritania said more than 900 people had been injured and about 30,000 "
        "left homeless, many of them in hill villages reached only by dirt tracks."
    )
    texts = _texts(text)
    assert not any(t.startswith("Many of them") for t in texts)
    assert not any("injured about" in t for t in texts)  # the `and` is never dropped
