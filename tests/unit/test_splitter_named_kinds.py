"""What the article tied a name to (`haulage firm X`, `X, a drama about ...`, `X is a charity`)
is what a later bare `the firm`, `the company`, `the film` or `the charity` means, however
far back, when it is the only name tied to that kind; two such names, a name of the wrong kind
(a regulator is no company) or a person's name leave the article's words, flagged. Made-up
articles."""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.context import EntityBook, introduced_trades
from factcheck.splitter.names import whole_names
from factcheck.splitter.parser import english


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_film_takes_the_title_an_apposition_called_a_drama() -> None:
    text = (
        "Ember Lane, a drama about two sisters in Dundee, took £2m at the box office. "
        "Its director said she was delighted. "
        "The film was made for less than £1m."
    )
    claim = _claim(text, "less than £1m")
    assert claim.text.startswith("The film [Ember Lane] was made")
    assert "which film?" not in claim.context_note


def test_two_films_named_leave_the_film_asked() -> None:
    text = (
        "Ember Lane, a drama about two sisters in Dundee, took £2m at the box office. "
        "It beat the thriller Night Harbour into second place. "
        "The film was made for less than £1m."
    )
    claim = _claim(text, "less than £1m")
    assert "Ember Lane" not in claim.text and "Night Harbour" not in claim.text
    assert "which film?" in claim.context_note


def test_the_company_is_the_business_a_trade_noun_introduced() -> None:
    text = (
        "Haulage firm Trenmoor Freight has been fined £1m over unsafe lorries. "
        "Inspectors found faults on 40 vehicles. "
        "Drivers said they had complained for months. "
        "A court heard that the company had ignored warnings."
    )
    claim = _claim(text, "ignored warnings")
    assert "Trenmoor Freight had ignored warnings" in claim.text


def test_the_group_is_the_retailer_the_article_introduced() -> None:
    text = (
        "Shares in kitchen retailer Dalby Home fell 9% on Monday. "
        "Its chief executive said trading had been tough. "
        "He added that the group would close 12 stores."
    )
    claim = _claim(text, "12 stores")
    assert "Dalby Home would close 12 stores" in claim.text


def test_a_pressure_group_is_not_the_firm() -> None:
    text = (
        "Pressure group Clean Rivers Now said pollution in the river had doubled. "
        "Local anglers blamed a chemical plant upstream. "
        "Inspectors said the firm had broken its permit twice."
    )
    claim = _claim(text, "broken its permit")
    assert "Clean Rivers Now" not in claim.text


def test_the_firm_a_regulator_fined_is_the_operator_not_the_regulator() -> None:
    text = (
        "Bus operator Kelham Coaches has been fined £500,000 by the Transport Standards "
        "Authority (TSA). "
        "The TSA said only 70% of the firm's buses ran on time last year."
    )
    claim = _claim(text, "ran on time")
    assert "Kelham Coaches' buses" in claim.text


def test_a_regulators_director_does_not_call_the_regulator_the_company() -> None:
    text = (
        "Bus operator Kelham Coaches has been fined £500,000 by the Transport Standards "
        "Authority (TSA). "
        "The TSA's head of standards, Ruth Ingle, said the company had been given every chance."
    )
    claim = _claim(text, "every chance")
    assert claim.text.startswith("Kelham Coaches had been given")


def test_a_firm_introduced_in_passing_does_not_take_the_firm_of_the_story() -> None:
    text = (
        "Korvo Holdings said profits fell 20% in the year. "
        "Korvo Holdings also cut its dividend. "
        "Ann Lee is an analyst at stockbroker Brenton Securities. "
        "The firm plans to close 30 offices."
    )
    claim = _claim(text, "30 offices")
    assert "Brenton Securities" not in claim.text


def test_a_firm_based_somewhere_as_speaker_is_the_one_firm_introduced() -> None:
    text = (
        "Shares in kitchen retailer Dalby Home fell 9% on Monday. "
        "The Leeds-based chain said sales had fallen 6% over Christmas."
    )
    claim = _claim(text, "fallen 6%")
    assert claim.speaker == "Dalby Home"


def test_a_kind_beside_its_name_in_the_claim_is_not_named_again() -> None:
    text = (
        "Brightwell Aid is a charity that runs 14 shelters. "
        "The survey was paid for by the council and the charity Brightwell Aid."
    )
    claim = _claim(text, "paid for by")
    assert claim.text.count("Brightwell Aid") == 1


def test_a_trade_said_of_a_name_is_recorded_and_one_denied_is_not() -> None:
    said = english()("Brightwell Aid is a charity based in Hull.")
    denied = english()("Brightwell Aid is not a charity, the court ruled.")
    assert introduced_trades(said) == [("Brightwell Aid", "charity")]
    assert introduced_trades(denied) == []


def test_a_person_introduced_with_a_trade_noun_is_no_firm() -> None:
    doc = english()("Crane operator Tom Reed was injured in the fall.")
    assert introduced_trades(doc) == []


_OWNED = (
    "Bus operator Kelham Coaches has run the route since 1996. "
    "Kelham Coaches is owned by the transport group Dunmore. "
)


def test_two_businesses_introduced_leave_the_group_asked() -> None:
    claim = _claim(_OWNED + "Analysts said the group would bid again.", "bid again")
    assert "Dunmore" not in claim.text and "Kelham" not in claim.text
    assert "which group?" in claim.context_note


def test_the_group_in_its_chief_executives_words_is_the_group_he_runs() -> None:
    text = _OWNED + "Dunmore's chief executive, Ian Hobb, said the group would bid again."
    claim = _claim(text, "bid again")
    assert claim.text.startswith("Dunmore would bid again")


def test_a_chief_executive_does_not_make_his_firm_the_charity() -> None:
    text = _OWNED + "Dunmore's chief executive, Ian Hobb, said the charity had received £1m."
    claim = _claim(text, "received £1m")
    assert "Dunmore" not in claim.text


def test_one_of_the_biggest_retailers_ties_the_name_to_the_trade() -> None:
    text = (
        "Korvo, one of the biggest retailers in Britain, said sales fell 5% over Christmas. "
        "Its shares fell 10p. "
        "The chain will close 20 stores, analysts said."
    )
    claim = _claim(text, "20 stores")
    assert claim.text.startswith("Korvo will close 20 stores")


def test_a_body_the_article_called_one_is_not_the_company() -> None:
    text = (
        "Industry body the Cable Access Forum said 9% of homes had no broadband. "
        "The Cable Access Forum wants a new law. "
        "Analysts said the company would raise prices."
    )
    claim = _claim(text, "raise prices")
    assert "Forum" not in claim.text
    assert "which company?" in claim.context_note


def test_a_rival_firm_alone_is_not_the_firm() -> None:
    text = (
        "Korvo lost the contract to rival firm Brenton Securities. "
        "Analysts had expected the loss for weeks. "
        "Profits will fall this year. "
        "Shares in the firm fell 5% on the news."
    )
    claim = _claim(text, "fell 5%")
    assert "Brenton" not in claim.text


def test_a_firm_described_by_its_owners_nation_as_speaker_is_the_one_firm_named() -> None:
    text = (
        "Car maker Pellow Motors is to close its plant in Swindon. "
        "The German-owned firm said on Friday that production would move to Poland."
    )
    assert _claim(text, "Poland").speaker == "Pellow Motors"
    swiss = "Drug maker Ostra Labs reported profits of £5m. The Swiss firm said sales rose 4%."
    assert _claim(swiss, "4%").speaker == "Ostra Labs"


def test_a_firm_given_another_nation_or_after_an_unnamed_firm_is_asked_about() -> None:
    other_nation = (
        "US carmaker Pellow Motors said sales rose. The Japanese firm said profits rose 5%."
    )
    unnamed = (
        "British retailer Dalby Home is buying a stake in a French supermarket chain. "
        "The French firm said sales rose 5%."
    )
    for text in (other_nation, unnamed):
        claim = _claim(text, "rose 5%")
        assert claim.speaker not in ("Pellow Motors", "Dalby Home")
        assert claim.needs_context


def test_an_institution_is_called_by_the_kind_its_name_ends_with() -> None:
    text = (
        "Inspectors judged Dunmore High School to be failing its pupils. The school has 900 pupils."
    )
    assert _claim(text, "900 pupils").text == "Dunmore High School has 900 pupils."
    two = "Pupils at Dunmore High School and Eastfield School sat exams. The school has 900 pupils."
    assert "which school?" in (_claim(two, "900 pupils").context_note or "")


def test_a_spokeswoman_for_a_foundation_is_a_person_who_goes_on_speaking() -> None:
    text = (
        'A spokeswoman for the Hartwell Heart Foundation said the study was "encouraging". '
        '"Nuts are also high in calories," she said.'
    )
    assert _claim(text, "calories").speaker == "a spokeswoman for the Hartwell Heart Foundation"


def test_a_name_the_recognizer_cut_in_two_is_one_organisation() -> None:
    # `Spectrum Families` and `Scotland` were two places: the charity was called `Scotland`.
    text = (
        "A report by the charity Spectrum Families Scotland, published last month, found that "
        "68% of parents had paid for a private assessment. Private assessments typically cost "
        "between £1,800 and £2,500, the charity said."
    )
    cost = next(c for c in split_text(text) if "£1,800" in c.text)
    assert cost.speaker == "Spectrum Families Scotland", cost


def test_a_place_on_whose_edge_something_lies_is_never_the_firm() -> None:
    # The recognizer types `Dartmoor` an organisation in some articles (one of set y's
    # called the water company `Dartmoor` seven times): typed so here by hand.
    doc = english()("Its largest reservoir, on the edge of Dartmoor, is at just 41%.")
    moor = next(t for t in doc if t.text == "Dartmoor")
    doc.ents = [Span(doc, moor.i, moor.i + 1, label="ORG")]
    book = EntityBook()
    book.read(doc, 0)
    assert "Dartmoor" not in book.companies


def test_a_council_named_for_two_places_keeps_both() -> None:
    text = (
        "Fenlow and Clun Council said its social care team would assess every resident.\n\n"
        "A spokesperson for the council added that there were 14 care homes nearby."
    )
    claims = split_text(text)
    assert all("Clun Council" not in (c.speaker or "") or "Fenlow" in c.speaker for c in claims)
    assert any(c.speaker == "Fenlow and Clun Council" for c in claims), claims


def test_a_name_read_short_in_one_sentence_is_the_whole_name_read_in_another() -> None:
    doc_whole = english()(
        "The storm cut power to 61,000 homes, according to network operator Pennine Grid."
    )
    doc_short = english()(
        "Pennine Grid said engineers were dealing with the worst damage in a decade."
    )
    short = Span(doc_short, 1, 2, label="ORG")  # the recognizer's `Grid` alone
    doc_short.ents = [short]
    whole_names([doc_whole, doc_short])
    assert [e.text for e in doc_short.ents] == ["Pennine Grid"]
