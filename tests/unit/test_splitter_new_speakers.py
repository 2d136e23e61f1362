"""A quotation chain does not outlive a new speaker: when someone new is brought in by a
description (`the striker said`) or by a full name that shares a surname with someone named
before (`his sister Ann Lee`), the next `he said` / `she said` is theirs, never the person
who spoke before them; a first name inside the quotation is not who speaks it."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _spoken(claims: list[Claim], words: str) -> str | None:
    return next(c.speaker for c in claims if words.lower() in c.text.lower())


def test_a_striker_brought_in_by_description_keeps_his_quotation() -> None:
    claims = split_text(
        "Rovers have signed forward Tim Okoro from Dale Town.\n\n"
        "Okoro joined after defender Sam Reyes arrived from Kent City last week.\n\n"
        'The striker said joining the club was "a dream".\n\n'
        '"When I was a boy, I watched Rovers win the cup in 1999," he said.\n'
    )
    assert _spoken(claims, "I watched Rovers win the cup") not in ("Sam Reyes", "Tim Okoro")


def test_a_sister_sharing_the_surname_speaks_for_herself() -> None:
    claims = split_text(
        "Tom Lane, of Leeds, was cleared of arson on 4 May 2004.\n\n"
        "Mr Lane told the court he had been at home.\n\n"
        'Speaking outside court, his sister Ann Lane said the family had been "through hell".\n\n'
        '"Tom has always been innocent. We never doubted him," she said.\n'
    )
    assert _spoken(claims, 'The family had been "through hell"') == "Ann Lane"
    assert _spoken(claims, "always been innocent") == "Ann Lane"


def test_a_mother_named_after_her_son_is_not_her_son() -> None:
    claims = split_text(
        "Jack Hale, 15, was stabbed outside his school on 3 March 2004.\n\n"
        "Jack's mother, Mary Hale, said she did not accept the apology.\n\n"
        '"My son still cannot sleep at night," she said.\n'
    )
    assert _spoken(claims, "did not accept the apology") == "Mary Hale"
    assert _spoken(claims, "My son still cannot sleep") == "Mary Hale"


def test_a_first_name_inside_the_quotation_is_not_its_speaker() -> None:
    claims = split_text(
        'Residents said the estate had been "forgotten" for years.\n\n'
        '"Dave has always helped us. We never doubted him," she said.\n'
    )
    assert _spoken(claims, "Dave has always helped us") != "Dave"


def test_a_barrister_named_beside_his_role_is_the_one_who_tells_the_jury() -> None:
    claims = split_text(
        "Tom Lane, of Leeds, was cleared of arson on 4 May 2004.\n\n"
        "Mr Lane's barrister, Huw Moss QC, said the wiring had been faulty.\n\n"
        "He told the jury that his client had gone back to the shop to collect a wallet.\n"
    )
    assert _spoken(claims, "gone back to the shop") == "Huw Moss"


def test_a_spokesman_brought_in_by_a_denial_is_not_the_last_named_speaker() -> None:
    claims = split_text(
        "Insurers warned on 2 June 2004 that homes were at risk.\n\n"
        "The insurers' head of policy, Nick Bell, said the industry would keep insuring homes.\n\n"
        "A spokesman for the Department for Transport denied that the budget had been cut.\n\n"
        "He said spending on roads had risen from £300m in 1997 to £560m in 2004.\n"
    )
    assert _spoken(claims, "spending on roads had risen") != "Nick Bell"


def test_it_in_an_although_clause_is_the_main_clauses_subject_not_the_story_firm() -> None:
    claims = split_text(
        "Skyway cut 600 jobs on 2 June 2004, its chief executive Ann Carr said.\n\n"
        "Skyway's larger rival, flyjet, reported a 7% rise in profits in May, although it also "
        "warned that fuel costs would hit earnings in 2005.\n"
    )
    assert _spoken(claims, "fuel costs would hit earnings") != "Skyway"
