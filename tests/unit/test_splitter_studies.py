"""`the study` is its author's: the author the article gives (`carried out by X`, `a study by
X`, `X's report`) is added in brackets only when the article gives its studies one author.
Made-up articles, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_study_takes_the_author_a_later_passive_names() -> None:
    text = (
        "Nurses in Ruritania earn less than doctors despite working longer hours, according to "
        "a survey released on Monday. The survey was carried out by the Acme Health Trust. "
        "It also found that nurses were more likely than doctors to work at night."
    )
    first = _claim(text, "earn less")
    assert first.speaker == "a survey [by the Acme Health Trust]"
    assert not first.needs_context
    found = _claim(text, "work at night")
    assert found.speaker == "the survey [by the Acme Health Trust]"
    assert not found.needs_context


def test_the_study_as_a_subject_takes_the_author_of_a_study_by() -> None:
    text = (
        "A study by the Acme Trust found that 40% of nurses were paid less than doctors. "
        "The study claims to be the largest so far conducted."
    )
    claim = _claim(text, "largest so far")
    assert claim.text.startswith("The [Acme Trust] study claims")


def test_a_possessive_author_counts() -> None:
    text = (
        "The Bolt Institute's report on hospitals was released on Monday. "
        "The report found that waiting lists grew by 8%."
    )
    assert _claim(text, "lists grew").speaker == "the report [by the Bolt Institute]"


def test_two_authors_leave_the_study_unnamed_and_flagged() -> None:
    text = (
        "A study by the Acme Trust found that 40% of nurses were paid less than doctors. "
        "A report from the Bolt Institute found that waiting lists grew by 8%. "
        "The study also found that 30% of doctors work weekends."
    )
    claim = _claim(text, "30% of doctors")
    assert "[by" not in (claim.speaker or "") + claim.text
    assert claim.needs_context


def test_a_later_indefinite_study_is_another_one() -> None:
    text = (
        "A study by the Acme Trust found that 40% of nurses were paid less than doctors. "
        "Doctors work longer hours than nurses, according to a survey released on Friday."
    )
    assert "Acme" not in (_claim(text, "longer hours").speaker or "")


def test_a_study_known_only_by_its_journal_is_named_by_it() -> None:
    text = (
        "Walkers live longer, according to a study published on Monday in the Ruritanian "
        "Medical Journal. The study was observational, the researchers said. "
        "The researchers plan to study running next."
    )
    journal = "published in the Ruritanian Medical Journal"
    assert _claim(text, "live longer").speaker == f"a study [{journal}]"
    observational = _claim(text, "was observational")
    assert observational.text == "The [Ruritanian Medical Journal] study was observational."
    assert observational.speaker == f"the researchers [of the study {journal}]"
    assert _claim(text, "running").text.startswith(f"The researchers [of the study {journal}]")


def test_researchers_of_another_place_are_not_the_study_s_authors() -> None:
    text = (
        "Walkers live longer, according to a study published on Monday in the Ruritanian "
        "Medical Journal. Researchers at Bolt University plan to study running next."
    )
    assert "[" not in _claim(text, "running").text


def test_a_second_study_leaves_the_first_unnamed() -> None:
    text = (
        "The study, carried out by researchers at Bolt University, found that 40% of nurses "
        "were paid less than doctors. A second study, by the Acme Trust, found a smaller gap. "
        "The study also found that 30% of doctors work weekends."
    )
    for words in ("40% of nurses", "30% of doctors"):
        claim = _claim(text, words)
        assert "Acme" not in claim.text + (claim.speaker or "")


def test_a_speaking_study_keeps_the_author_its_participle_gave() -> None:
    text = (
        "The poll of 800 bosses, commissioned by accountancy firm Grant Lind, found that 28% "
        "expected their sales to fall in 2005."
    )
    assert _claim(text, "28%").speaker == "the poll of 800 bosses [by accountancy firm Grant Lind]"


def test_a_studys_funder_is_not_its_author() -> None:
    claims = split_text(
        "Researchers at the University of Kelby followed 4,210 people for nine years. The "
        "study found walking cut the risk of falls by a third.\n\n"
        "The study was funded by the Wellcome Trust.\n"
    )
    found = next(c for c in claims if "risk of falls" in c.text)
    assert "Wellcome" not in found.text and "Wellcome" not in (found.speaker or "")


def test_a_name_and_its_initials_are_one_author() -> None:
    text = (
        "Most rural bus routes run at a loss, a report says. "
        "The study, by the Institute for Rural Transport (IRT), found 60% of routes lost money. "
        "Ministers disputed the IRT's own figures on fares. "
        "The report will be sent to every council."
    )
    claim = _claim(text, "every council")
    assert claim.text.startswith("The [Institute for Rural Transport] report will be sent")


def test_two_authors_whose_initials_differ_stay_two() -> None:
    text = (
        "Most rural bus routes run at a loss, a report says. "
        "The study, by the Institute for Rural Transport (IRT), found 60% of routes lost money. "
        "The BTA's own research found fares had risen. "
        "The report will be sent to every council."
    )
    claim = _claim(text, "every council")
    assert "Institute" not in claim.text and "BTA" not in claim.text


def test_a_study_told_of_only_later_does_not_make_the_researchers_ambiguous() -> None:
    text = (
        "Bees in Wales had their worst year on record, according to a report by the Pollinator "
        "Trust.\n\n"
        "The researchers counted more than 9,000 hives between April and July.\n\n"
        "The trust plans to publish a full analysis of its data next year."
    )
    claim = next(c for c in split_text(text) if "9,000 hives" in c.text)
    assert claim.text.startswith("The researchers [of the report by the Pollinator Trust]")


def test_the_team_of_a_study_story_is_the_studys() -> None:
    text = (
        "Seabird eggs hold plastic\n\n"
        "Plastic has been found in the eggs of gannets, according to a study by the "
        "University of Kelmouth.\n\n"
        "The study is the first to measure plastic in gannet eggs, the team said."
    )
    claim = _claim(text, "first to measure")
    assert claim.speaker == "the team [of the study by the University of Kelmouth]"


_PUFFINS = (
    "Almost three in five puffin chicks on a Scottish island had swallowed plastic, according "
    "to a study published on Wednesday.\n\n"
    "Researchers from the University of Aberlady examined 212 chicks over three seasons.\n\n"
)


def test_researchers_of_one_body_right_after_a_nameless_study_are_its_authors() -> None:
    lead = _claim(_PUFFINS, "three in five")
    assert lead.speaker == "a study [by researchers from the University of Aberlady]"
    text = _PUFFINS + "The researchers said lighter chicks were less likely to survive."
    assert _claim(text, "less likely").speaker == (
        "the researchers [from the University of Aberlady]"
    )


def test_the_findings_are_the_one_studys_and_say_so_before_the_noun() -> None:
    text = _PUFFINS + 'Lead author Dr Ann Weir said the findings were "a warning sign".'
    claim = _claim(text, "warning sign")
    assert claim.text.startswith("The [University of Aberlady study's] findings were")
    two = _PUFFINS + (
        "Researchers at Kelby College found the same in gulls.\n\n"
        'Lead author Dr Ann Weir said the findings were "a warning sign".'
    )
    assert "[" not in _claim(two, "warning sign").text
