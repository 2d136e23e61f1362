"""Stage 5, continued: a description standing in for names the article has just given.

News names things once and then varies the words: `students Ann Lee and Bo Park` ... `the two`;
`networks like A, B and C` ... `these networks`; `Both the X1 and the Y2 ..., and each`;
`Acme Airlines ordered ...` then `Asia's biggest airline`. Each function here returns the names
only when exactly one set of them fits, in reach; otherwise None, and the caller keeps the
article's words and flags the claim.

- `people_counted`: `the two`/`the three` as a subject is the one group of exactly that many
  people named together in this sentence or the two before.
- `listed_examples`: `these networks` takes the names an earlier mention of its kind listed as
  examples (`like`, `such as`, `including`); the preposition is kept, since examples need not be
  all of them.
- `each_of_pair`: `each` as the subject of a clause joined to one whose subject is a coordination
  (`Both the X1 and the Y2 are ..., and each will ...`) is each of those.
- `counted_owner`: `the six regiments` takes the owner an earlier mention with the same count
  named (`Country's six infantry regiments` -> `[Country's] six regiments`).
- `both_named`: `both aircraft` is the one pair of names joined by `and` in reach (`Both the
  X1 and the Y2 are ...`), when the names are of the noun's kind (organisations, places or
  things; never people).
- `conjunct_thing`: `it` as the subject of a clause joined by `and`/`but` to one whose subject is
  a singular thing (`The X1 fits our needs and it can be delivered soon`) is that thing, when
  nothing else in the first clause (an owner included) is a singular thing it could mean.
- `people_they`: a subject `they` is the people the sentence before had as its subject, named
  together (`Ann Lee and Bo Park`, or `the students` introduced as them), when no other group
  is a subject or object there or before the pronoun.
- `ranked_firm`: a firm called only by its rank (`Europe's biggest carrier`) is the organisation
  that was the previous sentence's subject, when that name shows it is of the kind
  (`lexicon.ORGANISATION_NOUNS`), no other of the kind is named there and no organisation is
  named before the description in its own sentence.
- `owners_rival`: `Acme's great rival` is the organisation that was the previous sentence's
  subject, when that is not Acme and no other organisation is named there or before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import DESCRIPTION_REACH, REACH, EntityBook, Mention, name_fits
from factcheck.splitter.descriptions import Bracket, kind_of, named_people
from factcheck.splitter.tokens import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcheck.splitter.document import Sentence

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})
_LIST_WORDS = frozenset({"PROPN", "CCONJ", "PUNCT"})
_LONGEST_LIST = 12  # tokens: a longer run is more than a list of names


def _in_reach(
    sentences: list[Sentence], index: int, before: Token, claim: set[int]
) -> list[tuple[int, list[Token]]]:
    """This sentence's tokens before `before` and outside the claim (which the reader has),
    then those of the `REACH` sentences before it, nearest first, each with its sentence."""
    earlier = [(s.index, list(s.doc)) for s in sentences[max(0, index - REACH) : index] if s.parsed]
    here = [t for t in before.doc[: before.i] if t.i not in claim]
    return [(index, here), *reversed(earlier)]


def listed_names(first: Token) -> list[Token]:
    """`A, B and C` from A: the name and the names joined to it, in order."""
    names = [first]
    while (more := next((c for c in names[-1].children if c.dep_ == "conj"), None)) is not None:
        names.append(more)
    return names


def list_words(first: Token, names: list[Token]) -> str | None:
    """The words of a list of names, or None when something other than names is in it."""
    start = first.i  # `cousins Ann Lee and ...`: the names, not the noun for them
    while (
        start > 0
        and first.doc[start - 1].dep_ == "compound"
        and first.doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    words = first.doc[start : names[-1].i + 1]
    if len(words) > _LONGEST_LIST or any(t.pos_ not in _LIST_WORDS for t in words):
        return None
    return words.text


def _people_together(token: Token) -> tuple[str, int] | None:
    """`David Lee and Ann Park` from `Lee`: the people named together, and how many."""
    if token.ent_type_ != "PERSON" or token.dep_ in ("conj", "compound"):
        return None
    names = listed_names(token)
    if len(names) < 2 or any(n.ent_type_ != "PERSON" for n in names):
        return None
    words = list_words(token, names)
    return (words, len(names)) if words is not None else None


def people_counted(
    number: Token, claim: set[int], sentences: list[Sentence], index: int
) -> Bracket | None:
    """`the two saw potential` -> the one pair of people named together in reach."""
    size = _NUMBER_WORDS.get(number.lower_)
    if size is None or number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if [c.lower_ for c in number.children] != ["the"]:
        return None
    groups: dict[str, int] = {}
    other_groups = 0  # `A and B reviewed cars and vans. The two sold well`: the two may be those
    for where, tokens in _in_reach(sentences, index, number, claim):
        for token in tokens:
            found = _people_together(token)
            if found is not None and found[1] == size:
                groups.setdefault(found[0], where)
            elif found is None and token.dep_ != "conj" and len(listed_names(token)) == size:
                other_groups += token.pos_ in ("NOUN", "PROPN")
    if len(groups) != 1 or other_groups:
        return None
    words, where = groups.popitem()
    return Bracket(words, where)


def _examples(noun: Token) -> str | None:
    """`networks like A, B and C` -> `like A, B and C`: two or more names given as examples."""
    for preposition in noun.rights:
        if preposition.dep_ != "prep":
            continue
        such_as = preposition.lower_ == "as" and any(c.lower_ == "such" for c in preposition.lefts)
        if preposition.lower_ not in _EXAMPLE_PREPOSITIONS and not such_as:
            continue
        first = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if first is None or first.pos_ != "PROPN":
            continue
        names = listed_names(first)
        words = list_words(first, names) if len(names) >= 2 else None
        if words is not None:
            start = preposition.i - 1 if such_as else preposition.i
            return f"{noun.doc[start : preposition.i + 1].text} {words}"
    return None


def listed_examples(
    noun: Token, claim: set[int], sentences: list[Sentence], index: int
) -> Bracket | None:
    """`these networks` -> `[like A, B and C]`, from the one mention of its kind in reach that
    listed examples by name."""
    determiner = next((c for c in noun.lefts if c.dep_ == "det"), None)
    if noun.tag_ != "NNS" or determiner is None or determiner.lower_ not in ("these", "those"):
        return None
    kind = kind_of(noun)
    found: dict[str, int] = {}
    for where, tokens in _in_reach(sentences, index, noun, claim):
        for token in tokens:
            if token.pos_ == "NOUN" and token.lemma_.lower() in kind:
                words = _examples(token)
                if words is not None:
                    found.setdefault(words, where)
    if len(found) != 1:
        return None
    words, where = found.popitem()
    return Bracket(words, where)


def _pair_words(first: Token) -> str | None:
    """`the X1 and the Y2` from X1: two names joined by `and` (without a `both` before them)."""
    if first.dep_ == "conj" or not _named(first):
        return None
    names = listed_names(first)
    if len(names) != 2 or not _named(names[1]):
        return None
    start = first.left_edge.i
    if first.doc[start].dep_ == "preconj":
        start += 1
    words = first.doc[start : names[1].i + 1]
    if len(words) > _LONGEST_LIST or any(t.pos_ in ("VERB", "AUX", "PRON", "ADP") for t in words):
        return None
    return words.text


def _named(token: Token) -> bool:
    model_number = any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)
    return token.pos_ == "PROPN" or model_number


def both_named(noun: Token, claim: set[int], sentences: list[Sentence], index: int) -> str | None:
    """`both aircraft` -> `the X1 and the Y2`: the one pair of names joined in reach."""
    lefts = [t for t in noun.lefts if t.i in claim]
    if noun.pos_ != "NOUN" or [t.lower_ for t in lefts] != ["both"]:
        return None
    pairs = {
        (words, _pair_kind(token))
        for _, tokens in _in_reach(sentences, index, noun, claim)
        for token in tokens
        if (words := _pair_words(token)) is not None
    }
    if len(pairs) != 1:
        return None
    words, kind = pairs.pop()
    return words if kind == _noun_kind(noun) else None


_PLACE_GROUP_NOUNS = frozenset({"country", "nation", "state", "city", "government", "region"})


def _pair_kind(first: Token) -> str:
    """What a pair of names names: people, organisations, places, or things (models, titles)."""
    types = {t.ent_type_ for t in listed_names(first)}
    if types & {"PERSON", "NORP"}:
        return "people"
    if "ORG" in types:
        return "organisations"
    return "places" if types & {"GPE", "LOC"} else "things"


def _noun_kind(noun: Token) -> str:
    """What `both N` counts, by N: organisations, places, or things (never people: news names
    a pair of people again rather than call them `both N`, and a noun for them is no cue)."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.ORGANISATION_NOUNS or lemma in lexicon.RANKED_BUSINESS_NOUNS:
        return "organisations"
    return "places" if lemma in _PLACE_GROUP_NOUNS else "things"


def each_of_pair(pronoun: Token, claim: set[int]) -> str | None:
    """`Both the X1 and the Y2 are ..., and each will ...` -> `of the X1 and the Y2`, when the
    claim is the `each` clause alone."""
    if pronoun.lower_ != "each" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "conj":
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i in claim:
        return None
    things = listed_names(subject)
    if len(things) < 2:
        return None
    start = min(t.left_edge.i for t in things)
    if pronoun.doc[start].dep_ == "preconj":  # `Both the X1 and the Y2`: without `both`
        start += 1
    words = pronoun.doc[start : things[-1].i + 1]
    if len(words) > _LONGEST_LIST or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return None
    return f"of {words.text}"


def ranked_firm(noun: Token, book: EntityBook, index: int) -> Mention | None:
    """`Asia's biggest airline` -> the organisation the previous sentence was about, when its
    name shows it is an airline, no other airline is named there and no organisation is named
    before the description in its own sentence."""
    previous = book.subjects.get(index - 1)
    if previous is None or not name_fits(previous, noun.lemma_):
        return None
    fitting = {
        name
        for name, where in book.organisations
        if where == index - 1 and name_fits(name, noun.lemma_)
    }
    named_here = [e for e in noun.doc.ents if e.end <= noun.i and e.label_ == "ORG"]
    if fitting != {previous} or named_here:
        return None
    return book.organisation_named(previous, index - 1)


def owners_rival(noun: Token, claim: set[int], book: EntityBook, index: int) -> Mention | None:
    """`Boeing's great European competitor` -> the organisation the previous sentence was
    about, when it is not the owner and the only organisations named there and in this sentence
    before the description are it and the owner."""
    if noun.lemma_.lower() not in lexicon.COMPETITOR_NOUNS or noun.tag_ != "NN":
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.i not in claim:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ != "ORG":
        return None
    if any(
        c.dep_ in ("appos", "compound") or c.pos_ == "PROPN" for c in noun.children if c != owner
    ):
        return None  # `Acme's rival, Beta,`: named beside it
    owner_name = next(_bare_name(e) for e in noun.doc.ents if e.start <= owner.i < e.end)
    previous = book.subjects.get(index - 1)
    if previous is None or previous == owner_name:
        return None
    before = {name for name, where in book.organisations if where == index - 1}
    here = {_bare_name(e) for e in noun.doc.ents if e.label_ in ("ORG", "GPE") and e.start < noun.i}
    if before - {owner_name} != {previous} or here - {owner_name}:
        return None
    return book.organisation_named(previous, index - 1)


def _bare_name(entity: Span) -> str:
    """`the Acme Group's` -> `Acme Group`: a name as the entity book keeps it."""
    return entity.text.removeprefix("the ").removesuffix("'s").rstrip("'’")


def _owner_counted(token: Token, count: str) -> str | None:
    """`Country's` of `Country's six infantry regiments`, when the count is `count`."""
    lefts = list(token.lefts)
    owner = next((t for t in lefts if t.dep_ == "poss"), None)
    counts = [t.lower_ for t in lefts if t.dep_ == "nummod"]
    if owner is None or counts != [count] or owner.pos_ != "PROPN" or not owner.ent_type_:
        return None
    return token.doc[owner.left_edge.i : owner.right_edge.i + 1].text


def counted_owner(
    noun: Token, claim: set[int], sentences: list[Sentence], index: int
) -> tuple[Token, Bracket] | None:
    """`the six regiments` -> (`the`, `[Country's]`): the owner the earlier mentions of as many
    things of the kind all named, to stand in place of `the`; None if they named none or two."""
    lefts = [t for t in noun.lefts if t.i in claim]
    if noun.tag_ != "NNS" or [t.dep_ for t in lefts] != ["det", "nummod"]:
        return None
    if lefts[0].lower_ != "the":
        return None
    owners: dict[str, int] = {}
    reach = sentences[max(0, index - DESCRIPTION_REACH) : index]
    earlier = [(s.index, list(s.doc)) for s in reversed(reach) if s.parsed]
    here = [t for t in noun.doc[: noun.i] if t.i not in claim]
    for where, tokens in [(index, here), *earlier]:
        for token in tokens:
            if token.lemma_ != noun.lemma_ or token.tag_ != "NNS":
                continue
            owner = _owner_counted(token, lefts[1].lower_)
            if owner is not None:
                owners.setdefault(owner, where)
    if len(owners) != 1:
        return None
    words, where = owners.popitem()
    return lefts[0], Bracket(words, where)


_NOT_THINGS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _singular_thing(token: Token) -> bool:
    model_number = any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)
    return token.ent_type_ not in _NOT_THINGS and (
        token.tag_ in ("NN", "NNP") or (token.tag_ == "CD" and model_number)
    )


def conjunct_thing(pronoun: Token, claim: set[int]) -> Token | None:
    """`The X1 fits our needs and it can be delivered soon` -> `The X1`: the subject `it` of a
    joined clause is the first clause's subject, a singular thing with `the`/`this` and no owner,
    when that clause has no other singular thing and is not part of the claim."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "conj":
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i in claim or subject.i > pronoun.i:
        return None
    lefts = list(subject.lefts)
    if not _singular_thing(subject) or not any(c.lower_ in ("the", "this") for c in lefts):
        return None
    if any(c.dep_ == "poss" for c in subject.children):
        return None  # `The firm's profit rose and it paid ...`: `it` may be the owner
    inside = {t.i for t in subject.subtree} | {t.i for t in clause.subtree}
    others = [t for t in clause.head.subtree if t.i not in inside]
    return None if any(_singular_thing(t) and t.pos_ != "NUM" for t in others) else subject


_GROUP_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _a_group(token: Token) -> bool:
    """Something `they` could mean: a plural noun, names joined by `and`, an organisation."""
    joined = any(c.dep_ == "conj" for c in token.children)
    return token.pos_ in ("NOUN", "PROPN", "PRON") and (
        token.tag_ in ("NNS", "NNPS")
        or joined
        or token.ent_type_ in ("ORG", "NORP")
        or token.lower_ in ("they", "them")
    )


def _introduced_as_people(noun: Token, sentences: list[Sentence], index: int) -> Bracket | None:
    """`The students` of sentence `index`: the names its nearest earlier mention in reach gave
    (`students A and B`), if that mention gave names."""
    for where, tokens in _in_reach(sentences, index, noun, set()):
        for token in reversed(tokens):
            if token.lemma_ == noun.lemma_ and token.tag_ == "NNS":
                words = named_people(token)
                return Bracket(words, where) if words is not None else None
    return None


def people_they(pronoun: Token, sentences: list[Sentence], index: int) -> Bracket | None:
    """`Ann Lee and Bo Park met at college. They founded ...` -> `Ann Lee and Bo Park`, with
    the sentence that names them."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass") or index == 0:
        return None
    before = sentences[index - 1]
    root = next((t for t in before.doc if t.dep_ == "ROOT"), None) if before.parsed else None
    subject = subject_of(root) if root is not None else None
    if subject is None:
        return None
    together = _people_together(subject)
    if together is not None:
        names: Bracket | None = Bracket(together[0], index - 1)
    elif subject.tag_ == "NNS":  # `The students [A and B] wanted ...`
        names = _introduced_as_people(subject, sentences, index - 1)
    else:
        names = None
    if names is None:
        return None
    phrase = {t.i for t in subject.subtree}
    ancestors = set(pronoun.ancestors)  # `the lists they devised`: not the noun it is inside of
    others = [t for t in before.doc if t.i not in phrase] + list(pronoun.doc[: pronoun.i])
    rivals = [t for t in others if t not in ancestors and _in_group_role(t) and _a_group(t)]
    return None if rivals else names


def _in_group_role(token: Token) -> bool:
    """A subject, an object, or the agent of a passive (`were arrested by police`)."""
    return token.dep_ in _GROUP_ROLES or (token.dep_ == "pobj" and token.head.dep_ == "agent")
