"""Stage 5: the one place an article's lead puts its whole story, given to later claims that
leave it out.

`At least 300 people have died after floods hit northern Ruritania` -> later `The army [in
Ruritania] has deployed 40 boats`, `About 9,000 homes [in Ruritania] were destroyed`, a
speaker `Officials [in Ruritania]`, and, when the place scopes the lead's subject (`Crime in
Northland fell 5%`), the same measure later (`Gun crime [in Northland] fell 4%`).

The lead is the story's place only when it names exactly one place (one place or places joined
by `and`: `Northland and Southland`), that place says where the story happens (`in`, `across`,
`of` a place; a place's own `X's schools`; `X inflation`), and either the headline names the
same place and no other (its nationality adjective counts: `Ruritanian villagers flee`) or the
place scopes the lead's subject; in `X's Y province` the place is Y. A claim takes it only when
neither it, its sentence nor the sentence before names another place, and what it is about is
one of the bodies or groups a story's place locates (lexicon.PLACED_BODY_NOUNS,
PLACED_GROUP_NOUNS, the lead's own measure); never an opinion, a prediction or a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.document import body_sentences
from factcheck.splitter.tokens import FIGURE_ENTITIES, SUBJECTS, claim_verb, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcheck.splitter.document import Sentence

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ANY_PLACE = frozenset({"GPE", "LOC", "FAC", "NORP"})
_JOINING = frozenset({"and", "or", ",", "&"})
_PLACING_PREPOSITIONS = frozenset({"in", "across", "throughout", "of"})
_MODALS_OR_FUTURE = frozenset({"MD"})
_AMOUNT_ENTITIES = FIGURE_ENTITIES | {"DATE", "TIME", "ORDINAL"}


@dataclass(frozen=True)
class StoryPlace:
    """`Ruritania`, `Northland and Southland`: where the lead puts the story, the lead's index,
    the place's own entity words, and the lead's subject the place scopes (`crime`), if any."""

    words: str
    sentence: int
    names: frozenset[str]
    measure: str | None = None
    joined: bool = False  # `X and Y`: a count may span both; a body (`the army`) is one's

    def bracket(self) -> str:
        return f"[in {_with_article(self.words)}]"


def _with_article(place: str) -> str:
    """`UK` -> `the UK`: a place called by its initials or as a union takes `the`."""
    if place.isupper() or place.split()[0] in ("United", "Republic"):
        return f"the {place}"
    return place


def _entity_name(entity: Span) -> str:
    return entity.text.removeprefix("the ")


def _named(entity: Span) -> bool:
    """A place's name has a capital (`woodland` typed a place by the recognizer is none)."""
    return any(t.text[:1].isupper() for t in entity)


def nationality_of(nationality: str, place: str) -> bool:
    """`Portuguese` of `Portugal`, `Kenyan` of `Kenya`: the adjective is the place's name with
    at most its last two letters changed and a short ending added. Not `Australian` of
    `Austria`, nor `French` of `France` (too far apart to tell: abstain)."""
    adjective, name = nationality.lower(), place.lower()
    if " " in name or " " in adjective:
        return False
    shared = 0
    while shared < min(len(adjective), len(name)) and adjective[shared] == name[shared]:
        shared += 1
    ending = len(adjective) - shared
    return shared >= 4 and len(name) - shared <= 2 and 0 < ending <= 4  # `Acme` of `Acme`: a name


def _headline_names(headline_ents: tuple[Span, ...], lead_names: frozenset[str]) -> set[str]:
    """The places a headline names, its nationality adjectives counted as the lead's place they
    name (`Portuguese villagers flee fire` over `villages in central Portugal`)."""
    names: set[str] = set()
    for entity in headline_ents:
        if entity.label_ not in _ANY_PLACE or not _named(entity):
            continue
        name = _entity_name(entity)
        if entity.label_ == "NORP":
            name = next((n for n in lead_names if nationality_of(name, n)), name)
        names.add(name)
    return names


def _place_groups(doc: Doc) -> list[list[Span]]:
    """The places a sentence names, those joined by `and` as one (`Northland and Southland`)."""
    groups: list[list[Span]] = []
    for entity in (e for e in doc.ents if e.label_ in _PLACE_LABELS and _named(e)):
        root = entity.root
        joined = next((g for g in groups if root.dep_ == "conj" and root.head.i in _roots(g)), None)
        if joined is not None:
            joined.append(entity)
        else:
            groups.append([entity])
    return groups


def _roots(group: list[Span]) -> set[int]:
    return {e.root.i for e in group}


def _owns_a_place(owner: Span, groups: list[list[Span]]) -> bool:
    """`X's Y province`: X only says which country Y is in; the story is in Y."""
    if owner.root.dep_ != "poss":
        return False
    head = owner.root.head.i
    return any(e.start <= head < e.end for g in groups for e in g if e is not owner)


def _partly_named(group: list[Span]) -> bool:
    """`in X and Y` with only X recognised as a place: X alone is not where the story is."""
    doc = group[0].doc
    inside = {i for e in group for i in range(e.start, e.end)}

    def unnamed(i: int) -> bool:
        return 0 <= i < len(doc) and i not in inside and doc[i].pos_ == "PROPN"

    for entity in group:
        after, before = entity.end, entity.start - 1
        if after < len(doc) and doc[after].lower_ in _JOINING and unnamed(after + 1):
            return True
        if before >= 0 and doc[before].lower_ in _JOINING and unnamed(before - 1):
            return True
    return any(c.dep_ == "conj" and c.i not in inside for e in group for c in e.root.children)


def _places_the_story(root: Token, headlined: bool) -> bool:
    """`floods in X`, `the coast of X`, `X's schools`, `X inflation`, and, when the headline
    names the place too, `a storm struck X`; not `a villa, including X` or `X-based`."""
    if root.dep_ == "dobj" and headlined:
        return root.head.pos_ == "VERB"
    if root.dep_ == "pobj" and root.head.lower_ in _PLACING_PREPOSITIONS:
        return root.head.lower_ != "of" or root.head.head.pos_ == "NOUN"
    if root.dep_ == "poss":
        return True
    if root.dep_ == "compound":
        head = root.head
        return head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.ECONOMIC_MEASURES
    return False


def _lead_subjects(doc: Doc) -> list[Token]:
    """The lead's subject and that of the clause it reports (`X fell, figures show`)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return []
    clauses = [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis"))]
    return [s for s in map(subject_of, clauses) if s is not None]


def _scopes(place: Token, subject: Token) -> bool:
    """`Crime in X`, `X's schools`, `a quarter of lessons in X`: the place hangs on the subject
    through prepositions and owners, not through a clause (`Acme, which has shops in X`)."""
    token = place
    while token.i != subject.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return True


def read_story_place(sentences: list[Sentence]) -> StoryPlace | None:
    body = body_sentences(sentences)
    if not body:
        return None
    lead, second = body[0], False
    if not any(e.label_ in _ANY_PLACE for e in lead.doc.ents) and len(body) > 1:
        lead, second = body[1], True  # `A row has broken out ...`: the second says where
    groups = _place_groups(lead.doc)
    owners = [g[0] for g in groups if len(g) == 1 and _owns_a_place(g[0], groups)]
    groups = [g for g in groups if g[0] not in owners]
    if len(groups) != 1 or any(e.label_ == "NORP" and _named(e) for e in lead.doc.ents):
        return None
    group = groups[0]
    if _partly_named(group):
        return None
    names = frozenset(_entity_name(e) for e in [*group, *owners])
    headline = next((s for s in sentences if s.headline and s.parsed), None)
    headline_ents = headline.doc.ents if headline is not None else ()
    headline_names = _headline_names(headline_ents, names)
    if headline_names - names:
        return None  # the headline names another place: two compete
    if not _places_the_story(group[0].root, bool(headline_names)):
        return None
    if second and not (group[0].root.dep_ == "pobj" and group[0].root.head.lower_ != "of"):
        return None  # `The UK's largest network made ...`: a firm's description, no setting
    subject = next((s for s in _lead_subjects(lead.doc) if _scopes(group[0].root, s)), None)
    scoped = subject is not None
    if not scoped and not headline_names:
        return None  # the place may be only where one thing is (`a villa in X`)
    start, end = group[0].start, group[-1].end
    words = lead.doc[start:end].text.removeprefix("the ")
    if group[0].root.dep_ == "pobj" and len(group) == 1:
        words = _entity_name(group[0])
    measure = None
    if subject is not None and _counted(subject).pos_ == "NOUN":
        measure = _counted(subject).lemma_.lower()
    return StoryPlace(words, lead.index, names, measure, joined=len(group) > 1)


# --- a later claim ----------------------------------------------------------------------------


def _counted(noun: Token) -> Token:
    """`people` for `hundreds of people`, `80% of lessons`, `the share of entries`: what a
    number or a figure counts."""
    counts = noun.like_num or noun.ent_type_ in FIGURE_ENTITIES or noun.lower_ == "%"
    counts = counts or noun.lemma_.lower() in lexicon.FIGURE_NOUNS
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if (counts or noun.lemma_.lower() in lexicon.NUMBER_WORDS) and objects:
        return objects[0]
    return noun


def _other_place(doc: Doc, place: StoryPlace) -> bool:
    return any(
        e.label_ in _ANY_PLACE and _named(e) and _entity_name(e) not in place.names
        for e in doc.ents
    )


def _other_place_near(sentence: Sentence, sentences: list[Sentence], place: StoryPlace) -> bool:
    """Another place named in the claim's paragraph up to it or in the paragraph before: the
    claim may be about it (`X and Y are also affected. [...] Villagers said wells dried up`)."""
    start, paragraphs = sentence.index, (sentence.paragraph, sentence.paragraph - 1)
    while start > 0 and sentences[start - 1].paragraph in paragraphs:
        start -= 1
    nearby = sentences[start : sentence.index + 1]
    return any(_other_place(s.doc, place) for s in nearby)


def _names_a_place(doc: Doc, claim: set[int], place: StoryPlace) -> bool:
    if any(doc[i].ent_type_ in _ANY_PLACE for i in claim):
        return True  # the story's place or another: the claim says where
    return any(doc[i].lower_ in lexicon.PLACE_POINTING_WORDS for i in claim)


_PLANNING_MODALS = frozenset({"will", "would", "'ll", "wo"})


def stated_subject(doc: Doc, claim: set[int], *, plans: bool = False) -> tuple[Token, Token] | None:
    """The claim's one verb and its subject, when the verb states a fact (`stated_fact`) or,
    with `plans`, what will be done (`will`, `would`; not `could` or `may`)."""
    verb = claim_verb(doc, claim)
    if verb is None:
        return None
    modals = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"]
    planned = plans and all(m.lower_ in _PLANNING_MODALS for m in modals)
    if not stated_fact(verb) and not (
        planned and verb.lemma_.lower() not in lexicon.PLACE_FREE_VERBS
    ):
        return None
    subject = subject_of(verb)
    if subject is None or subject.i not in claim or subject.dep_ not in SUBJECTS:
        return None
    return verb, subject


def stated_fact(verb: Token) -> bool:
    """A fact stated, not a hope, fear, forecast or `could`."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in _MODALS_OR_FUTURE for c in verb.children):
        return False
    return verb.lemma_.lower() not in lexicon.PLACE_FREE_VERBS


def _plain(noun: Token, claim: set[int], *, counted_as: bool = False) -> bool:
    """A noun nothing in the claim scopes: no owner, no `the` of an earlier one, no place, no
    name, no clause saying which (but `crimes recorded by the police`, how a measure counts)."""
    for child in noun.children:
        if child.i not in claim:
            continue
        participle = child.dep_ == "acl" and child.tag_ == "VBN"
        if child.dep_ in ("poss", "relcl", "acl", "appos") and not (counted_as and participle):
            return False
        if child.dep_ == "det" and child.lower_ not in ("the", "some", "many", "a", "an"):
            return False
        if child.dep_ == "prep" and child.lower_ != "of":
            return False
        named = child.ent_type_ and child.ent_type_ not in _AMOUNT_ENTITIES
        if named or (child.pos_ == "PROPN" and child.i != _first_word(noun.doc)):
            return False  # `Acme workers`; a capital at the start is no name (`Gun crime`)
    return noun.pos_ == "NOUN"


def _first_word(doc: Doc) -> int:
    return next((t.i for t in doc if not t.is_punct), 0)


def has_figure(doc: Doc, claim: set[int]) -> bool:
    return any(doc[i].ent_type_ in FIGURE_ENTITIES or doc[i].like_num for i in claim)


def _placed_noun(
    subject: Token, verb: Token, doc: Doc, claim: set[int], place: StoryPlace
) -> Token | None:
    """The claim's subject (or what it counts) when it is a body, group or measure of the
    story's place that nothing in the claim places."""
    counted = _counted(subject)
    lemma = counted.lemma_.lower()
    measure = place.measure is not None and lemma == place.measure
    if counted.i not in claim or not _plain(counted, claim, counted_as=measure):
        return None
    determiner = next((c for c in counted.children if c.dep_ == "det"), None)
    if lemma in lexicon.PLACED_BODY_NOUNS:
        # `the army`, `police`: a body of the place (`an army` is some other one); of places
        # joined, only one each has many of (`police [in X and Y]`), not `the army`
        if place.joined and lemma not in lexicon.LOCAL_BODY_NOUNS:
            return None
        return counted if determiner is None or determiner.lower_ == "the" else None
    if determiner is not None and determiner.lower_ == "the":
        return None  # `the homes`: ones an earlier sentence said
    population = lemma in lexicon.PLACED_POPULATION_NOUNS and counted.tag_ == "NNS"
    if population and counted is subject and not list(counted.lefts) and has_figure(doc, claim):
        return counted  # `Students are now paying an average of £187`; not `26 children`
    if lemma in lexicon.PLACED_GROUP_NOUNS and counted.tag_ == "NNS":
        # what happened to them (`were destroyed`, `complained`), not what they do or think
        return counted if verb.tag_ in ("VBD", "VBN") else None
    if measure and has_figure(doc, claim):
        return counted  # the lead's own measure, with a figure
    return None


def story_place_bracket(
    doc: Doc,
    claim: set[int],
    sentence: Sentence,
    sentences: list[Sentence],
    place: StoryPlace | None,
    replaced: dict[int, str],
) -> dict[int, str]:
    """`The army had deployed 12 helicopters` -> `The army [in Ruritania] had deployed ...`."""
    if place is None or sentence.index <= place.sentence:
        return {}
    if _names_a_place(doc, claim, place):
        return {}
    if any("[in " in words or "[of " in words for words in replaced.values()):
        return {}  # placed already (`inflation [in X]`, `where ... [in Y]`)
    if _other_place_near(sentence, sentences, place):
        return {}
    stated = stated_subject(doc, claim)
    if stated is None:
        return {}
    verb, subject = stated
    noun = _placed_noun(subject, verb, doc, claim, place)
    if noun is None or noun.i in replaced:
        return {}
    return {noun.i: f"{noun.text} {place.bracket()}"}


def placed_speaker(
    speaker: Token, sentence: Sentence, sentences: list[Sentence], place: StoryPlace | None
) -> str | None:
    """`Officials said` -> `Officials [in Ruritania]`: a bare plural of a body the story's place
    has (lexicon.PLACED_SPEAKER_NOUNS), when no other place is named near it."""
    if place is None or place.joined or speaker.lemma_.lower() not in lexicon.PLACED_SPEAKER_NOUNS:
        return None
    if speaker.tag_ not in ("NNS", "NNPS") and speaker.lemma_.lower() != "police":
        return None  # `an official`: one person, whom the article may name
    if any(
        (c.dep_ != "compound" or c.lower_ not in lexicon.PLACED_SPEAKER_MODIFIERS)
        and (c.dep_ != "det" or c.lower_ != "the")
        for c in speaker.children
    ):
        return None  # `local officials`, `officials in X`, `US officials`: said already
    if _other_place_near(sentence, sentences, place):
        return None
    return place.bracket()


def country_government(
    speaker: Token, sentence: Sentence, sentences: list[Sentence], country: str | None
) -> str | None:
    """`the government said` in an article about one country (ArticleTopic.country) ->
    `the government [of X]`, when no other place is named near it."""
    if country is None or speaker.lemma_.lower() != "government":
        return None
    if [(c.dep_, c.lower_) for c in speaker.children] != [("det", "the")]:
        return None  # `a government`, `the last government`, `the government of Y`
    place = StoryPlace(country, -1, frozenset({country}))
    if _other_place_near(sentence, sentences, place):
        return None
    return f"[of {_with_article(country)}]"


# --- the story's country ----------------------------------------------------------------------


def headline_country(sentences: list[Sentence]) -> tuple[str, tuple[int, ...]] | None:
    """`Kenyan grain chief goes on trial` over `A former head of Kenya's grain agency ...`: the
    country a headline names only by its nationality adjective, when the lead names it and the
    article names it (or its people) more often than any other place; with the lead's index and
    the headline's. Its `the government` is that country's (descriptions.placed_measure)."""
    headline = next((s for s in sentences if s.headline and s.parsed), None)
    body = body_sentences(sentences)
    if headline is None or not body:
        return None
    places = [e for e in headline.doc.ents if e.label_ in _ANY_PLACE and _named(e)]
    adjectives = {_entity_name(e) for e in places}
    if not places or any(e.label_ != "NORP" for e in places):
        return None  # no place, or one named outright (descriptions._country counts those)
    lead_places = {
        _entity_name(e)
        for e in body[0].doc.ents
        if e.label_ == "GPE" and _named(e) and e.root.dep_ in ("pobj", "poss")
    }  # `in X`, `X's agency`; not `X has reported` (a firm the recognizer took for a place)
    named = {p for p in lead_places if all(nationality_of(a, p) for a in adjectives)}
    if len(named) != 1:
        return None
    country = next(iter(named))
    counts: dict[str, int] = {}
    for sentence in sentences:
        for entity in (e for e in sentence.doc.ents if e.label_ in _ANY_PLACE and _named(e)):
            name = _entity_name(entity)
            if entity.label_ == "NORP" and nationality_of(name, country):
                name = country
            counts[name] = counts.get(name, 0) + 1
    if any(n != country and c >= counts[country] for n, c in counts.items()):
        return None
    return country, (body[0].index, headline.index)
