"""A claim that leaves its time, its event or its subject's scope to the article around it is
flagged with the question a reader would ask; one that says it is left alone. Made-up
articles, one rule each."""

from __future__ import annotations

from datetime import date

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str, published: date | None = None) -> Claim:
    return next(c for c in split_text(text, published=published) if words in c.text)


def test_a_fronted_now_dates_a_headcount_to_an_unknown_day() -> None:
    text = "Corvane was founded in 1990 by two engineers. Now Corvane employs 3,200 workers."
    claim = _claim(text, "3,200 workers")
    assert claim.needs_context
    assert claim.context_note == "when is 'Now'? the article gives no date"


def test_a_fronted_at_the_moment_is_flagged_too() -> None:
    text = "At the moment the Delmont league is paying its referees less than last season's rate."
    assert "when is 'At the moment'?" in _claim(text, "referees").context_note


def test_now_inside_the_clause_is_background_not_a_date() -> None:
    text = "The former minister Ana Silva is now facing charges of fraud in a court in Lisbon."
    assert "now" not in _claim(text, "facing charges").context_note


def test_a_fronted_now_in_a_dated_article_asks_nothing() -> None:
    text = "Corvane was founded in 1990 by two engineers. Now Corvane employs 3,200 workers."
    claim = _claim(text, "3,200 workers", published=date(2004, 3, 1))
    assert "Now" not in claim.context_note


def test_blaming_someone_without_saying_for_what_is_flagged() -> None:
    text = (
        "Adverts for Kelby Bank appeared on a gambling site last month. "
        "Kelby Bank blames its marketing agency."
    )
    claim = _claim(text, "marketing agency")
    assert claim.needs_context
    assert "for what?" in claim.context_note


def test_blaming_someone_for_a_named_thing_asks_nothing() -> None:
    text = "Kelby Bank blames its marketing agency for the adverts on a gambling site."
    assert "for what?" not in _claim(text, "marketing agency").context_note


def test_a_bare_plural_of_events_as_subject_asks_which() -> None:
    text = "The watchdog examined the Orrin Fund's accounts. Investigations may also be harmful."
    claim = _claim(text, "harmful")
    assert claim.needs_context
    assert "which investigations?" in claim.context_note


def test_a_plural_with_a_scope_of_its_own_is_left_alone() -> None:
    text = "Investigations into the Orrin Fund's accounts may also be harmful to its savers."
    assert "which" not in _claim(text, "harmful").context_note


def test_shares_moving_on_the_news_ask_which_news() -> None:
    text = "Acme said its profits fell by half. Shares in Acme tumbled 12% on the news."
    assert "which news?" in _claim(text, "tumbled").context_note


def test_an_auction_named_only_by_its_kind_asks_which() -> None:
    text = "Bidders gathered in Moscow. The state raised $9bn at the auction."
    assert "which auction?" in _claim(text, "$9bn").context_note


def test_a_bare_plural_of_a_measure_is_general_and_asks_nothing() -> None:
    text = "Sales grew by 4% across Wales."
    assert "which" not in _claim(text, "grew").context_note


def test_a_demonstrative_object_with_nothing_before_it_asks_what() -> None:
    text = (
        "Troops massed on the border of Norland. "
        "Foreign minister Ana Silva said: 'I hope we can resolve this peacefully.'"
    )
    assert "what is 'this'?" in _claim(text, "peacefully").context_note


def test_a_demonstrative_object_split_from_what_it_means_asks_what() -> None:
    # the conjuncts become two claims: the second no longer holds what `this` means
    text = "The mayor of Corvin cut 300 jobs and called this a painful necessity."
    called = _claim(text, "painful")
    assert "300 jobs" in called.text or "what is 'this'?" in called.context_note


def test_the_autumn_with_no_year_asks_when() -> None:
    text = "Corvane raised $2m in 1995. A second round of funding followed in the autumn."
    assert "when is 'the autumn'?" in _claim(text, "second round").context_note


def test_the_spring_of_a_year_asks_nothing() -> None:
    text = "Corvane floated on the stock market in the spring of 1996."
    assert "when is" not in _claim(text, "floated").context_note


def test_on_such_a_network_points_back_but_such_a_thing_does_not() -> None:
    text = "Nobody wants such a thing, and there are risks in advertising on such a network."
    notes = [c.context_note for c in split_text(text)]
    assert any("which network?" in n for n in notes)
    assert not any("which thing?" in n for n in notes)


def test_a_firm_called_only_by_its_rank_asks_which() -> None:
    text = "Europe's largest carmaker has ordered 40 robots from Kestrel Robotics."
    assert "which carmaker?" in _claim(text, "40 robots").context_note


def test_a_ranked_firm_with_its_name_beside_it_asks_nothing() -> None:
    text = "Europe's largest carmaker, Volkner, has ordered 40 robots from Kestrel Robotics."
    assert "which" not in _claim(text, "40 robots").context_note


def test_now_on_a_headcount_inside_the_clause_asks_when() -> None:
    text = "Corvane was founded in 1990. The firm now employs 3,200 workers in Leeds."
    assert "when is 'now'?" in _claim(text, "3,200").context_note


def test_a_survey_named_only_by_whom_it_asked_asks_which() -> None:
    text = "Half of the firms questioned in the survey of 1,300 bosses expect profits to rise."
    assert "which survey?" in _claim(text, "profits").context_note


def test_unsubstantiated_allegations_as_an_object_ask_which() -> None:
    text = "Corvane sued its former chairman Tom Berg. Mr Berg made unsubstantiated allegations."
    assert "which allegations?" in _claim(text, "unsubstantiated").context_note


def test_a_decision_owned_by_a_description_asks_which() -> None:
    text = (
        "A panel of the Harbour Board will discuss plans for new berths on Monday. "
        "The panel's decision was overturned by the city court."
    )
    assert "which decision?" in _claim(text, "was overturned").context_note


def test_a_decision_that_says_what_it_decided_asks_nothing() -> None:
    text = (
        "A panel of the Harbour Board met on Monday. "
        "The panel's decision to close two berths was overturned by the city court."
    )
    assert "which decision?" not in _claim(text, "was overturned").context_note


def test_a_named_owners_decision_is_not_asked_about_twice() -> None:
    text = "The Harbour Board's decision was overturned by the city court."
    assert "which decision?" not in _claim(text, "was overturned").context_note


def test_what_a_named_person_said_is_asked_about_unless_the_claim_says() -> None:
    text = (
        "The IAAF is taking a cautious approach to Tom Reid's allegations. "
        "Tom Reid's claims that he paid bribes were denied by the minister."
    )
    claims = split_text(text)
    approach = next(c for c in claims if "cautious" in c.text)
    assert "allegations about what?" in approach.context_note
    bribes = next(c for c in claims if "bribes" in c.text)
    assert "about what?" not in bribes.context_note


def test_bidders_are_asked_for_what_unless_the_claim_says() -> None:
    text = (
        "The state sold the main unit of Nortex at an auction in Moscow. "
        "Only two registered bidders had signed up. "
        "Four bidders registered for the auction of Balvek."
    )
    claims = split_text(text)
    two = next(c for c in claims if "signed up" in c.text)
    assert "bidders for what?" in two.context_note
    four = next(c for c in claims if "Four bidders" in c.text)
    assert "for what?" not in four.context_note


def test_a_month_with_no_year_in_an_undated_article_asks_when() -> None:
    text = "Harnley house prices rose by 0.3% in August, the Vale Building Society said."
    note = _claim(text, "0.3%").context_note
    assert "when is 'in August'? the article gives no year" in note


def test_a_month_with_a_day_a_year_or_a_publication_date_asks_nothing() -> None:
    assert "August" not in _claim("The Vale Y2 goes on sale on 3 August.", "sale").context_note
    assert "March" not in _claim("Sales at Vale fell in March 2004.", "fell").context_note
    dated = _claim("Sales at Vale fell by 4% in March.", "fell", published=date(2004, 5, 1))
    assert "March" not in dated.context_note


def test_a_reporting_period_ending_in_a_month_asks_nothing() -> None:
    text = "Vale's profits rose by 8% in the six months to June."
    assert "June" not in _claim(text, "six months").context_note


def test_half_that_with_no_figure_in_the_claim_asks_what() -> None:
    text = "Vale hopes to sell eight million phones. The first model sold well under half that."
    assert "what is 'that'?" in _claim(text, "first model").context_note


def test_that_as_an_object_read_as_a_conjunction_asks_what() -> None:
    text = "Crime rose by 12%. You cannot explain that away by talking about recording practices."
    assert "what is 'that'?" in _claim(text, "explain").context_note


def test_a_conjunction_that_introducing_a_clause_is_not_asked_about() -> None:
    text = "A Vale spokesman later confirmed that the figure referred to phones sold to shops."
    assert "what is 'that'?" not in _claim(text, "figure referred").context_note


def test_this_as_the_subject_of_what_is_hoped_asks_what() -> None:
    text = "Tom Hale was jailed for two years. Officials hope this sends a message to others."
    assert "what is 'this'?" in _claim(text, "sends a message").context_note


def test_reacting_with_nothing_saying_to_what_is_flagged() -> None:
    text = "Harnley council cut the budget by 4%. The teachers' union reacted angrily."
    assert "reacted ... to what?" in _claim(text, "angrily").context_note


def test_appealing_against_something_named_asks_nothing() -> None:
    text = "Vale Press will appeal against the ruling of the High Court."
    assert "against what?" not in _claim(text, "appeal").context_note


def test_resigning_from_what_is_asked_when_the_claim_does_not_say() -> None:
    assert "resigned ... from what?" in _claim("Tom Hale resigned on Friday.", "Hale").context_note
    named = _claim("Tom Hale resigned as chairman of Vale on Friday.", "Hale")
    assert "resigned ..." not in named.context_note


def test_the_two_men_never_named_in_the_claim_asks_which() -> None:
    text = "Tom Hale and Ian Cole were arrested. The two men had been drinking in a bar."
    assert "which two men?" in _claim(text, "drinking").context_note


def test_the_two_men_beside_their_names_asks_nothing() -> None:
    text = (
        "Tom Hale denies murdering Ian Cole. "
        "The two men had fallen out over money Mr Cole had lent Mr Hale to buy a car."
    )
    assert "which two men?" not in _claim(text, "fallen out").context_note


def test_both_sides_and_neither_never_named_ask_who() -> None:
    text = "Talks began in Arusha. Both sides came to be seen talking. Neither is under pressure."
    assert "which sides?" in _claim(text, "seen talking").context_note
    assert "who is 'Neither'?" in _claim(text, "pressure").context_note


def test_the_end_of_the_month_in_an_undated_article_asks_when() -> None:
    text = "Tom Hale, the chief executive of Vale, will step down at the end of the month."
    assert "when is 'the end of the month'?" in _claim(text, "step down").context_note
    dated = _claim(text, "step down", published=date(2004, 5, 1))
    assert "end of the month" not in dated.context_note


def test_stepping_down_with_nothing_saying_from_what_is_flagged() -> None:
    note = _claim("Tom Hale, 47, will step down in May 2005.", "step down").context_note
    assert "step down ... from what?" in note
    named = _claim("Tom Hale will step down as chairman of Vale in May 2005.", "step down")
    assert "from what?" not in named.context_note


def test_years_later_with_nothing_saying_after_what_asks() -> None:
    text = "Vale Air was founded in 1995 by Tom Hale. Vale Air was floated four years later."
    assert "four years later than what?" in _claim(text, "floated").context_note


def test_a_place_in_a_contest_the_claim_never_names_asks_in_what() -> None:
    text = "Tom Hale won the seat for Labour. Ms Ann Reid, who came second with 14,200 votes, wept."
    assert "came second in what?" in _claim(text, "came second").context_note


def test_a_place_in_a_named_contest_asks_nothing() -> None:
    text = "Ann Reid finished third in the Harnley marathon."
    assert "in what?" not in _claim(text, "third").context_note
