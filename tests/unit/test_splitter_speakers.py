"""Who said it, when the speaker is named in a neighbouring sentence: `he added` and `it said`
take the one who spoke last when no one else who fits was named since; `a spokesman` is linked
to the organisation the sentence before is about; otherwise no speaker and a flag. Words
someone speaks (quoted, or "we", "our") with no speaker found are flagged "who said this?",
never presented as the article's own voice."""

from __future__ import annotations

import pytest

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_he_added_is_the_person_who_spoke_just_before() -> None:
    text = (
        "Mr Tom Berg, the bank's director, said the bank would cut 200 jobs. "
        "The bank employs 4,000 people in Oslo. "
        '"Costs rose by 12% in 2004," he added.'
    )
    claim = _claim(text, "Costs rose")
    assert claim.speaker == "Tom Berg"
    assert not claim.needs_context


def test_he_added_after_another_man_was_named_is_not_guessed() -> None:
    text = (
        "Mr Tom Berg said the bank would cut 200 jobs. "
        "Union leader Mr Jan Holm met the board in Oslo on Monday. "
        '"Costs rose by 12% last year," he added.'
    )
    claim = _claim(text, "Costs rose")
    assert claim.speaker is None
    assert claim.needs_context


def test_the_rest_of_a_quotation_keeps_the_speaker_of_he_added() -> None:
    text = (
        "Mr Tom Berg said the bank would cut 200 jobs. "
        '"Costs rose by 12% last year," he added. "Sales fell by a third in Oslo."'
    )
    assert _claim(text, "Sales fell").speaker == "Tom Berg"


def test_it_said_is_the_organisation_that_spoke_last() -> None:
    text = (
        '"The union represents 9,000 drivers," Transit Workers United said in a statement. '
        '"Drivers work 50 hours a week. We are sure the city will pay them more," it said.'
    )
    assert _claim(text, "Drivers work").speaker == "Transit Workers United"


def test_a_spokesman_speaks_for_the_organisation_the_sentence_before_is_about() -> None:
    text = (
        "Acme Corp blames its advertising agency for the adverts. "
        "The agency has removed 40 adverts since May, a spokesman said."
    )
    claim = _claim(text, "40 adverts")
    assert claim.speaker == "a spokesman [for Acme Corp]"


def test_a_bank_named_in_the_next_sentence_is_that_bank() -> None:
    text = (
        "A US bank has said it will pay $8m to the victims. "
        "Northfield Bank will put the money in a fund."
    )
    claim = _claim(text, "$8m")
    assert claim.speaker == "Northfield Bank"
    assert claim.text == "Northfield Bank will pay $8m to the victims."


def test_a_speaker_without_a_name_is_flagged() -> None:
    claim = _claim('"Sales fell by 12% in 2004," a spokesman said.', "Sales fell")
    assert claim.speaker == "a spokesman"
    assert claim.needs_context and "a spokesman" in claim.context_note


def test_a_link_word_to_the_sentence_before_is_left_out() -> None:
    assert (
        _claim("Meanwhile, Acme Corp cut 200 jobs.", "200 jobs").text == "Acme Corp cut 200 jobs."
    )


def test_a_quotation_whose_speaker_is_not_found_is_flagged_not_narrated() -> None:
    text = (
        "The mayor of Tarnby faced questions about the new bridge on Friday. "
        "Reporters asked whether the council had broken its own rules. "
        '"Firstly, the council has not broken any rule. Secondly, the bridge cost 4m euros."'
    )
    claim = _claim(text, "bridge cost 4m euros")
    assert claim.speaker is None
    assert claim.speaker_unknown
    assert claim.needs_context and "who said this?" in claim.context_note


def test_a_first_person_statement_with_no_speaker_is_flagged() -> None:
    text = (
        "Adverts for a phone shop appeared on a file-sharing network in March. "
        "We believe one of our partners placed the advert without our knowledge."
    )
    claim = _claim(text, "our partners")
    assert claim.speaker is None
    assert claim.speaker_unknown
    assert "who said this?" in claim.context_note


def test_a_quotation_with_a_certain_speaker_keeps_the_speaker_and_no_flag() -> None:
    text = '"Sales fell by a third in 2003," said Ana Silva, the chief executive of Norvia.'
    claim = _claim(text, "Sales fell")
    assert claim.speaker == "Ana Silva"
    assert not claim.speaker_unknown


def test_the_article_narrating_facts_is_still_its_own_voice() -> None:
    claim = _claim("Norvia employs 4,000 people in Oslo.", "4,000 people")
    assert claim.speaker is None
    assert not claim.speaker_unknown


def test_who_said_speaks_for_the_quotation_it_introduces_only() -> None:
    text = (
        "Mr Lars Dahl, the committee's chairman, added: \"The committee met 12 times last year. "
        '"And the advice could be published in the public interest." '
        'The plan was rejected by Ms Eva Lind, who said: "Firstly, we have not broken the rule. '
        'Secondly, the council has never published such advice."'
    )
    assert _claim(text, "published in the public interest").speaker == "Lars Dahl"
    assert _claim(text, "we have not broken the rule").speaker == "Eva Lind"
    assert _claim(text, "never published such advice").speaker == "Eva Lind"
    narration = _claim(text, "The plan was rejected")
    assert narration.speaker is None and not narration.speaker_unknown  # the article's account


def test_a_statement_from_the_firm_speaks_for_the_firm_the_story_was_about() -> None:
    text = (
        "Acme Telecom adverts were found on the website this week. "
        '"We have looked into this matter. It is not our policy to advertise on such '
        'websites," read a statement from the phone firm. '
        "It has asked for the advert to be removed, said a spokeswoman."
    )
    claims = split_text(text)
    policy = next(c for c in claims if "policy to advertise" in c.text)
    assert policy.speaker == "a statement from the phone firm [Acme Telecom]"
    assert policy.text == "It is not our [Acme Telecom] policy to advertise on such websites."
    looked = next(c for c in claims if "looked into" in c.text)
    assert looked.speaker == policy.speaker and not looked.speaker_unknown
    asked = next(c for c in claims if "asked for" in c.text)
    assert asked.speaker == "a spokeswoman [for Acme Telecom]"


def test_a_statement_from_the_firm_after_two_firms_is_not_guessed() -> None:
    text = (
        "Acme Telecom and Bolt Energy adverts were found on the website this week. "
        '"We have looked into this matter," read a statement from the phone firm.'
    )
    claim = _claim(text, "looked into")
    assert "Acme" not in (claim.speaker or "") and "Bolt" not in (claim.speaker or "")


def test_a_share_of_a_group_is_a_finding_not_a_speaker() -> None:
    claims = split_text("About 28% of the bosses said they expected profits to rise next year.")
    assert [(c.text, c.speaker) for c in claims] == [
        ("About 28% of the bosses said they expected profits to rise next year.", None)
    ]
    counted = _claim("Two officials said the talks had failed.", "talks")
    assert counted.speaker == "Two officials"


def test_a_quotation_opened_with_a_single_mark_and_closed_with_a_double_is_one() -> None:
    text = (
        "The BPI is quick to condemn the brands. 'Such networks facilitate illegal copying. "
        'The BPI believes that firms should look carefully at their adverts," it said.'
    )
    claim = _claim(text, "facilitate illegal copying")
    assert claim.speaker == "BPI"


def test_the_suit_added_is_the_lawsuit_that_spoke_just_before() -> None:
    text = (
        "Ana Silva has filed a lawsuit against Tom Berg. Her lawsuit, filed in Oslo, said she "
        "had passed a test. Tom Berg's statements, the suit added, were false."
    )
    assert _claim(text, "were false").speaker == "Ana Silva's lawsuit"
    text = (
        "Ana Silva has filed a lawsuit against Tom Berg. Her lawsuit said she had passed a test. "
        "Tom Berg said the test was flawed. The statements, the suit added, were false."
    )
    assert _claim(text, "were false").speaker == "the suit"


def test_a_person_reporting_what_a_survey_or_crowd_holds_is_the_speaker() -> None:
    interviews = _claim("Ana Silva said the interviews suggested most staff were unhappy.", "staff")
    assert interviews.speaker == "Ana Silva"
    assert interviews.text.startswith("The interviews suggested")
    crowd = _claim(
        "Our correspondent Tom Berg says most Norwegians believe the vote was fair.", "vote"
    )
    assert crowd.speaker == "Tom Berg"


def test_a_book_s_account_of_what_someone_said_is_not_that_person_s_word() -> None:
    claim = _claim("According to Tom Berg's book, Ana Silva had said the bank lost $5m.", "lost")
    assert claim.speaker != "Ana Silva"
    assert claim.text.startswith("Ana Silva had said")


def test_a_person_quoted_through_another_stays_in_the_reporters_account() -> None:
    """Only Tom Berg is on the record: that Ana Silva said it is his claim, so her words are
    not credited to her as if she had been heard."""
    claim = _claim("Tom Berg said Ana Silva told him the bank lost $5m in 2003.", "lost")
    assert claim.speaker == "Tom Berg"
    assert claim.text.startswith("Ana Silva told")


def test_filings_that_record_an_estimate_leave_it_with_who_estimated() -> None:
    claim = _claim("According to court filings, the state estimated that costs rose by 12%.", "12%")
    assert claim.speaker == "the state"


def test_what_the_speaker_did_beside_speaking_is_the_article_s_account() -> None:
    text = "Tom Berg refused to answer further questions, but said the bank would survive."
    assert _claim(text, "refused").speaker is None
    assert _claim(text, "survive").speaker == "Tom Berg"
    counted = _claim("Acme Corp employs 7,000 people and insists its culture remains.", "7,000")
    assert counted.speaker is None


def test_what_a_relative_clause_says_about_the_speaker_is_the_articles_claim() -> None:
    text = '"Sales rose by 8% last year," said Tom Berg, who has led the firm since 1999.'
    claims = {c.text: c.speaker for c in split_text(text)}
    assert claims["Sales rose by 8% last year."] == "Tom Berg"
    assert claims["Tom Berg has led the firm since 1999."] is None


def test_a_speakers_apposition_is_a_claim_of_its_own_in_the_articles_voice() -> None:
    text = "The issue is more complicated, said Ann Lee, an analyst with Delta Research."
    claims = {c.text: c.speaker for c in split_text(text)}
    assert claims["Ann Lee [is] an analyst with Delta Research."] is None
    assert claims["The issue is more complicated."] == "Ann Lee"


def test_a_participle_set_off_on_the_speaker_says_what_was_done_to_it() -> None:
    text = (
        "Ann Lee sued the Acme Bank in May. Her lawsuit, filed in a court in Oslo, said the "
        "bank had hidden $5m."
    )
    texts = [c.text for c in split_text(text)]
    assert any(t.endswith("lawsuit [was] filed in a court in Oslo.") for t in texts)
    hidden = _claim(text, "hidden")
    assert "Oslo" not in hidden.text


def test_a_restrictive_clause_on_the_speaker_stays_in_the_speakers_phrase() -> None:
    text = "The man who runs the mill said the mill would close in June."
    texts = [c.text for c in split_text(text)]
    assert not any("runs the mill" in t for t in texts)


def test_a_role_resolved_through_a_later_mention_keeps_the_name_in_full() -> None:
    text = (
        "The plan must be approved by Prime Minister Tom Hale. Speaking in Leeds last week, "
        "Mr Hale said the aim was to cut costs. The prime minister said he hoped the unions "
        "would accept the plan."
    )
    assert _claim(text, "would accept the plan").speaker == "Tom Hale"


def test_the_second_speakers_apposition_is_a_claim_of_its_own_too() -> None:
    text = (
        "The bank said profits rose by 5%, but Mark Lee, an analyst at Delta Research, argued "
        "that costs were too high."
    )
    claims = {c.text: c.speaker for c in split_text(text)}
    assert claims["Mark Lee [is] an analyst at Delta Research."] is None
    assert claims["Costs were too high."] == "Mark Lee"


def test_a_pronoun_never_means_a_person_named_only_later_in_its_sentence() -> None:
    claim = _claim("She has been married to the actor Tom Hale since 2010.", "married")
    assert claim.text.startswith("She has been married")
    assert claim.needs_context


def test_a_pronoun_may_announce_the_subject_named_after_it() -> None:
    assert _claim("In her speech, Ann Lee said costs rose.", "Costs").speaker == "Ann Lee"


def test_a_pronoun_never_means_a_name_in_a_possessive_after_it() -> None:
    text = "He won the award for his role in Tom Hale's new film."
    assert _claim(text, "won the award").text.startswith("He won")


def test_what_an_unresolved_he_said_is_someones_words_never_the_articles() -> None:
    text = (
        "Ana Silva and Lena Berg met the board on Monday. "
        "He said the company would continue to fight for its shareholders in court."
    )
    claim = _claim(text, "fight for its shareholders")
    assert claim.speaker is None
    assert claim.speaker_unknown  # shown as someone's words, not stated by the article
    assert claim.needs_context


def test_which_claims_is_said_by_the_noun_the_relative_stands_for() -> None:
    text = "The government, which claims the firm owes more than $27bn in taxes, froze its assets."
    owes = _claim(text, "owes")
    assert owes.speaker == "the government"
    assert not owes.speaker_unknown


def test_an_organisation_which_said_keeps_its_name_as_speaker() -> None:
    text = "Investors sold shares in Acme Corp, which said profits fell 5% last year."
    claims = {c.text: c for c in split_text(text)}
    assert claims["Profits fell 5% last year."].speaker == "Acme Corp"
    assert claims["Investors sold shares in Acme Corp."].speaker is None


def test_a_note_called_by_name_keeps_its_name_as_the_source_of_its_finding() -> None:
    text = (
        "Alarm bells were rung by a research note called Apex which showed that the risk "
        "doubled in patients taking the drug."
    )
    doubled = _claim(text, "doubled")
    assert doubled.speaker == "a research note called Apex"
    assert not doubled.speaker_unknown


def test_a_person_named_in_a_participle_is_the_speaker() -> None:
    text = "A woman named Jane Doe said the river had flooded twice in May."
    assert _claim(text, "flooded").speaker == "Jane Doe"


def test_he_said_after_a_new_man_was_the_subject_is_that_man() -> None:
    text = (
        "Chairman John Smith said the report was flawed. Mr Ivan Petrov is a member of the "
        "audit committee and was part of the inquiry. He said there had been other occasions "
        "when reports had been published."
    )
    occasions = _claim(text, "other occasions")
    assert occasions.speaker == "Ivan Petrov"
    assert not occasions.speaker_unknown


def test_he_said_is_the_last_speaker_though_another_man_is_named_after_he() -> None:
    text = (
        '"The company considers the offer too low," said Nortex spokesman Alexander Petrov. '
        "He said the company would continue to work with chairman John Smith."
    )
    assert _claim(text, "continue to work").speaker == "Alexander Petrov"


@pytest.mark.parametrize(
    "before",
    [
        "Chairman John Smith said the report was flawed. Mr Ivan Petrov and Mr Tom Hale disagreed.",
        "Chairman John Smith said the report was flawed, and Mr Ivan Petrov agreed.",
    ],
    ids=["two men named as subjects since", "another man agreed with the speaker"],
)
def test_he_said_when_two_men_could_be_meant_is_not_guessed(before: str) -> None:
    occasions = _claim(f"{before} He said there had been other occasions.", "other occasions")
    assert occasions.speaker is None
    assert occasions.speaker_unknown


def test_the_narration_around_a_which_clause_reads_without_its_commas() -> None:
    text = "The government, which claims the firm owes more than $27bn in taxes, froze its assets."
    assert "The government froze its assets." in [c.text for c in split_text(text)]


def test_he_said_after_the_speaker_spoke_of_another_man_is_the_speaker() -> None:
    text = (
        "Chairman John Smith said Mr Ivan Petrov was wrong. He said there had been other occasions."
    )
    assert _claim(text, "other occasions").speaker == "John Smith"


def test_the_subject_of_a_which_clause_is_its_speaker() -> None:
    text = "Shares rose after the deal, which two analysts at Delta Bank said was overdue."
    overdue = _claim(text, "overdue")
    assert overdue.speaker == "Two analysts at Delta Bank"
    assert not overdue.speaker_unknown


def test_its_spokesman_speaks_for_the_organisation_the_words_are_about() -> None:
    text = "Nortex Bank will cut 200 jobs in Oslo, its chief executive told reporters."
    assert _claim(text, "200 jobs").speaker == "Nortex Bank's chief executive"
    unnamed = _claim("The cut was a mistake, its spokesman said.", "mistake")
    assert unnamed.speaker == "Its spokesman"
    assert unnamed.needs_context


def test_a_named_persons_coach_is_the_speaker_not_the_athlete() -> None:
    text = (
        "Sprinter Lena Hart failed a drugs test in Leeds in May. "
        "Hart's coach, Paul Wren, said the sample had been handled badly. "
        '"The laboratory made three errors," he said.'
    )
    assert _claim(text, "sample had been handled").speaker == "Paul Wren"
    assert _claim(text, "three errors").speaker == "Paul Wren"


def test_an_unnamed_lawyer_is_the_role_with_its_owner_never_the_owner_alone() -> None:
    text = (
        "Dan Frost was fined £2,000 by magistrates in Hull on Monday. "
        "Dan Frost's lawyer said the fine would be paid within a week."
    )
    assert _claim(text, "would be paid").speaker == "Dan Frost's lawyer"


def test_he_said_after_an_unnamed_lawyer_spoke_is_not_given_to_the_client() -> None:
    text = (
        "Dan Frost was fined £2,000 by magistrates in Hull on Monday. "
        "Dan Frost's lawyer said the fine would be paid within a week. "
        "He said the court had ignored 40 letters."
    )
    claim = _claim(text, "ignored 40 letters")
    assert claim.speaker != "Dan Frost"
    assert claim.speaker_unknown and claim.needs_context


def test_a_pronoun_in_what_a_persons_coach_said_is_that_person_not_the_coach() -> None:
    text = (
        "Sprinter Lena Hart failed a drugs test in Leeds in May. "
        "Hart's coach, Paul Wren, said she had trained in Kenya for six weeks."
    )
    claim = _claim(text, "trained in Kenya")
    assert claim.speaker == "Paul Wren"
    assert claim.text == "Lena Hart had trained in Kenya for six weeks."


def test_he_in_what_his_lawyer_said_is_the_client_named_before() -> None:
    text = (
        "Police arrested Mr Ian Cole in Leeds on Monday. "
        "His lawyer, Sue Park, said he would plead not guilty to all 12 charges."
    )
    claim = _claim(text, "plead not guilty")
    assert claim.speaker == "Sue Park"
    assert claim.text == "Ian Cole would plead not guilty to all 12 charges."


def test_she_said_after_a_new_woman_is_the_subject_is_her_not_the_man_quoted_before() -> None:
    text = (
        "Mr Tom Grant, the council leader, plans to close three libraries in Hull. "
        '"We have no choice," Mr Grant said. '
        "Ms Jane Dunlop leads the opposition group on the council. "
        "Ms Dunlop rejected the claim. "
        "She said the libraries cost only £200,000 a year."
    )
    assert _claim(text, "£200,000 a year").speaker == "Jane Dunlop"


def test_she_said_after_her_apposed_name_was_the_subject_is_that_woman() -> None:
    text = (
        "Tom Grant plans to close three libraries in Hull. "
        '"We have no choice," Mr Grant said. '
        "His deputy, Jane Dunlop, voted against the plan. "
        "She said the roads could not cope with 900 more cars."
    )
    assert _claim(text, "900 more cars").speaker == "Jane Dunlop"


def test_he_said_after_someone_disagreed_is_the_one_who_disagreed_not_the_last_speaker() -> None:
    text = (
        "Tom Grant, the council leader, said the plan would save £2m. "
        '"It is the right thing," he said. '
        "Peter Dunlop, the opposition leader, disagreed. "
        '"The plan will cost £500,000 a year," he said.'
    )
    assert _claim(text, "£500,000 a year").speaker == "Peter Dunlop"


def test_he_said_after_a_colleague_named_in_apposition_disagreed_is_that_colleague() -> None:
    text = (
        "Ruth Kane, an economist at Lorne Bank, said prices would fall. "
        '"Fuel is already cheaper," she said. '
        "Her colleague at rival broker Corvo Securities, Dan Pike, disagreed. "
        "He said wages had risen 4.5% in a year."
    )
    assert _claim(text, "had risen 4.5%").speaker == "Dan Pike"


def test_she_added_after_an_unnamed_lawyer_spoke_is_the_lawyer() -> None:
    text = (
        "Sprinter Lena Hart failed a drugs test in Leeds in May. "
        "Hart's lawyer said the sample was stored for nine days. "
        '"The laboratory made three errors," she added.'
    )
    assert _claim(text, "three errors").speaker == "Lena Hart's lawyer"


def test_a_name_set_beside_a_persons_title_is_a_person_even_when_typed_a_firm() -> None:
    text = (
        "Night Route won the top prize at the Aldermoor Film Festival. "
        "The festival's director, Marcus Hale, said the jury had been unanimous. "
        '"It is a small film with a huge heart," he said.'
    )
    claim = _claim(text, "small film")
    assert claim.speaker == "Marcus Hale"
    assert "Marcus Hale is" not in claim.text


def test_she_said_after_a_new_subject_when_another_woman_is_named_before_it_is_left_open() -> None:
    text = (
        "Tom Grant plans to close three libraries in Hull. "
        '"We have no choice," Mr Grant said. '
        "His deputy, Jane Dunlop, voted against the plan. "
        "After a meeting with Ms Ann Reid, she said the roads could not cope with 900 cars."
    )
    claim = _claim(text, "900 cars")
    assert claim.speaker is None
    assert claim.speaker_unknown


def test_a_speakers_surname_typed_as_a_firm_is_still_the_person_named_before() -> None:
    text = (
        "Jane Dunlop, who leads the opposition, said the plan was wrong. "
        '"The sums are wrong by £2m," Dunlop said.'
    )
    assert _claim(text, "wrong by £2m").speaker == "Jane Dunlop"


def test_she_said_after_a_described_spokeswoman_is_that_spokeswoman() -> None:
    text = (
        "A spokeswoman for the Department of Transport rejected the claim. "
        '"The figures are independently audited," she said.'
    )
    claim = _claim(text, "audited")
    assert claim.speaker == "a spokeswoman for the Department of Transport"


def test_he_said_after_a_described_spokeswoman_is_asked_about() -> None:
    text = (
        "A spokeswoman for the Department of Transport rejected the claim. "
        '"The figures are independently audited," he said.'
    )
    claim = _claim(text, "audited")
    assert claim.speaker is None
    assert claim.needs_context


def test_he_said_after_one_unnamed_figure_spoke_is_that_figure() -> None:
    text = (
        "One senior industry figure, who asked not to be named, said the move was overdue.\n\n"
        '"The board lost patience," he said.'
    )
    assert _claim(text, "lost patience").speaker == "One senior industry figure"


def test_a_team_named_in_the_last_subjects_title_does_not_rival_them_for_he() -> None:
    story = (
        "Opener Tom Ashcroft hit 311 against Kent on Thursday. "
        "Ashcroft reached his triple century before lunch. "
        'Durham coach Graham Lister described it as "as good an innings as I have seen". '
    )
    said = 'He said Ashcroft should now be "knocking on the door" of the England squad.'
    assert _claim(story + said, "knocking").speaker == "Graham Lister"
    rival = story.replace("Durham coach Graham Lister", "Graham Lister, who coached Ian Bell,")
    assert _claim(rival + said, "knocking").speaker is None


def test_the_speaker_after_a_fronted_participle_is_found_and_keeps_the_quotation() -> None:
    # the parser hangs `Ms Hurst` on `Centre`, leaving `said` with no subject
    claims = split_text(
        "The Liberal Democrats have won the Kelby by-election.\n\n"
        "Speaking after the count at Kelby Leisure Centre, Ms Jane Hurst, 44, said voters had "
        '"sent a message".\n\n'
        '"On the doorstep, people told me again and again that they feel ignored," she said.\n'
    )
    message = next(c for c in claims if "sent a message" in c.text)
    assert message.speaker == "Jane Hurst"
    assert not message.text.startswith("Speaking")
    doorstep = next(c for c in claims if "doorstep" in c.text)
    assert doorstep.speaker == "Jane Hurst"


def test_a_place_at_the_end_of_a_fronted_participle_is_no_speaker() -> None:
    claims = split_text("Speaking in Leeds, the minister said the plant would close.")
    assert claims[0].speaker == "the minister"


def test_a_name_with_two_ands_the_recognizer_read_whole_is_the_speaker_in_full() -> None:
    text = (
        "Ashworth and Dales Fire and Rescue Service said it had been consulted and had not "
        "objected."
    )
    claims = split_text(text)
    assert {c.speaker for c in claims} == {"Ashworth and Dales Fire and Rescue Service"}
    assert claims[0].text == "Ashworth and Dales Fire and Rescue Service had been consulted."
    joint = split_text("Britain and France said they would act.")
    assert joint[0].speaker == "Britain and France"


def test_she_said_after_a_doctor_whose_names_the_recognizer_left_untyped_is_her() -> None:
    text = (
        "Lead author Dr Ffion Rees said the findings were clear. "
        '"Records from the valley are patchy," she said.'
    )
    claim = _claim(text, "patchy")
    assert claim.speaker == "Ffion Rees"
    assert "who is" not in claim.context_note


def test_what_tests_showed_is_the_researchers_reading_of_them() -> None:
    text = "Researchers at Kelby University said tests showed the stone was a meteorite."
    claim = _claim(text, "meteorite")
    assert claim.speaker == "Researchers at Kelby University"


def test_an_infinitive_after_a_reporting_verb_reports_nothing_and_keeps_the_chain() -> None:
    text = (
        "Fossil find\n\n"
        'Dr Ann Lowe urged walkers who find unusual rocks to get in touch. "There are '
        'almost certainly more fossils on these beaches," she said.'
    )
    claims = split_text(text)
    assert not any(c.speaker == "Walkers" for c in claims)
    urged = next(c for c in claims if "urged" in c.text)
    assert urged.text == "Dr Ann Lowe urged walkers who find unusual rocks to get in touch."
    assert _claim(text, "more fossils").speaker == "Ann Lowe"
