"""The region a story's lead names, which a later `the region` means.

`Dairy farmers in south-west England say ... the region's largest milk buyers`, `pharmacies in
the East Midlands`, `homes in north-west England ... lines across the region`: a regional
story names its region once, by a compass word on a country or a region's own name, and then
calls it `the region`. `the region` takes it (`the [south-west England] region`) only when the
lead names exactly one place so (two regions, or none, and the claim keeps its words and the
question `which region?`), and only from the lead on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter.document import first_body_sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence

_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "central", "midlands", "north-east", "north-west", "south-east", "south-west"}
)  # fmt: skip
_PLACES = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class StoryRegion:
    name: str
    sentence: int


def read_story_region(sentences: list[Sentence]) -> StoryRegion | None:
    lead = first_body_sentence(sentences)
    if lead is None or not lead.parsed:
        return None
    names = _regions(lead.doc)
    if len(names) != 1:
        return None
    return StoryRegion(names.pop(), lead.index)


def _regions(doc: Doc) -> set[str]:
    """`south-west England`, `the East Midlands`, `the north of England`: the places the
    sentence names by a compass word."""
    found: set[str] = set()
    for entity in doc.ents:
        if entity.label_ not in _PLACES:
            continue
        words = {w.lower() for w in entity.text.replace("-", " ").split()}
        if words & _COMPASS:  # `the East Midlands`
            found.add(entity.text.removeprefix("the "))
            continue
        place = entity.root
        compass = [t for t in place.lefts if _compass_word(t)]
        if compass:  # `south-west England`: the parser hangs `south-west` on the country
            start = min(t.left_edge.i for t in compass)
            found.add(doc[start : entity.end].text)
        elif place.dep_ == "pobj" and place.head.lower_ == "of" and _compass_word(place.head.head):
            owner = place.head.head  # `the north of England`
            found.add(f"the {owner.lower_} of {entity.text}")
    for token in doc:  # `south-west England` the recognizer left untyped (or typed a date)
        if token.pos_ != "PROPN" or token.ent_type_ in _PLACES or token.dep_ == "compound":
            continue
        compass = [t for t in token.lefts if _compass_word(t)]
        if compass:
            found.add(doc[min(t.left_edge.i for t in compass) : token.i + 1].text)
    return found


def _compass_word(token: Token) -> bool:
    words = [t.lower_ for t in token.subtree if not t.is_punct]
    return bool(words) and all(w in _COMPASS for w in words)


_COUNCIL_TIERS = {"borough": "Borough", "district": "District", "county": "County", "city": "City"}


def council_area(noun: Token, organisations: list[tuple[str, int]], index: int) -> str | None:
    """`the borough` after `Harbridge Borough Council`: the area of the one council the
    article has named by then whose name says that tier (`[of Harbridge]`); None for two such
    councils, for none, or for a noun of another tier (a county council says no borough)."""
    tier = _COUNCIL_TIERS.get(noun.lower_)
    if tier is None:
        return None
    suffix = f" {tier} Council"
    areas = {
        name.removeprefix("the ").removesuffix("'s").removesuffix(suffix)
        for name, where in organisations
        if where <= index and name.removesuffix("'s").endswith(suffix)
    }
    areas = {area for area in areas if area and area.split()[-1] not in _COUNCIL_TIERS.values()}
    return f"[of {areas.pop()}]" if len(areas) == 1 else None
