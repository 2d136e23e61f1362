"""Stage 5: make each claim stand alone.

An `EntityBook` reads the article in order and remembers who and what it has named:
- people introduced with a title (`President Ana Maria Costa`, `Finance Minister Jon
  Berg`, `U.S. District Judge Lena Park`), with the title's role and any qualifier
  before it (`Chilean President Luis Soto` is a Chilean president);
- organisations (acronyms, names with `Organization`/`Bank`/`House`..., organisation speakers);
- the last person, the last singular proper-noun subject and the last plural subject or speaker.
A claim opening with `he`/`she`, `it`, `they`, or a role noun (`the president`, `the Peruvian
leader`, `the agency`) gets the referent's name; people are named by surname, as reporters do.
A role noun goes to the most-mentioned person holding that role (ties: the most recent), never
to one whose qualifier contradicts the role phrase (`the Peruvian leader` is not `Chilean
President Luis Soto`). When no referent is clear the claim keeps its pronoun: a wrong
replacement is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.splitter import lexicon
from factcheck.splitter.grammar import bare

_NAME_WORD = r"[A-Z][\w'’.-]*"
_PERSON_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|van|von|al|bin|da|del|la|le)){{1,3}}"
_EDGE = "\"'“”‘’()[],.;:!?"
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CAPITALISED_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:of\s+the\s+|of\s+)?{_NAME_WORD})*")


@lru_cache(maxsize=1)
def _titled_person() -> re.Pattern[str]:
    titles = sorted(lexicon.TITLES, key=len, reverse=True)
    alternation = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    return re.compile(
        rf"(?:(?P<qualifier>(?:{_NAME_WORD}\s+){{1,2}}?)(?=(?i:{alternation})\s))?"
        rf"(?P<title>(?:(?i:{alternation})\s+){{1,3}})(?P<name>{_PERSON_NAME})"
    )


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() and token.rstrip(",.;:").lower() not in lexicon.TITLES


def titled_people(sentence: str) -> list[tuple[str, str, str | None]]:
    """(title, name, qualifier) for each `Qualifier Title First Last` in the sentence:
    `Chilean President Luis Soto` -> (`President`, `Luis Soto`, `Chilean`).
    Token by token, which is much faster than one large regex over every sentence."""
    tokens = sentence.split()
    lowered = [bare(t) for t in tokens]
    found: list[tuple[str, str, str | None]] = []
    if not lexicon.TITLE_WORDS.intersection(lowered):
        return found
    index = 0
    while index < len(tokens):
        start = index
        while index < len(tokens):
            pair = f"{lowered[index]} {lowered[index + 1]}" if index + 1 < len(tokens) else ""
            if pair in lexicon.TITLES and not tokens[index].endswith(","):
                index += 2
            elif lowered[index] in lexicon.TITLES and not tokens[index].endswith(","):
                index += 1
            else:
                break
        if index == start:
            index += 1
            continue
        name: list[str] = []
        while index < len(tokens) and len(name) < 4 and _is_name_word(tokens[index]):
            name.append(tokens[index])
            index += 1
            if tokens[index - 1][-1] in ",;:" or tokens[index - 1].endswith("'s"):
                break
        clean = [t.strip(_EDGE).removesuffix("'s").removesuffix("’s") for t in name]
        if len(clean) >= 2 and all(clean):
            before = [
                t
                for t in tokens[max(0, start - 2) : start]
                if t[:1].isupper() and t[-1] not in ",.;:"
            ]
            if before and start - len(before) == 0 and before[0] in {"The", "A", "An"}:
                before = before[1:]
            qualifier = " ".join(before) or None
            found.append(
                (
                    " ".join(tokens[start : start + (index - start - len(name))]),
                    " ".join(clean),
                    qualifier,
                )
            )
    return found


@dataclass
class Person:
    name: str
    roles: set[str] = field(default_factory=set)
    qualifier: str | None = None
    mentions: int = 0
    last_seen: int = 0
    surname: str = ""

    def __post_init__(self) -> None:
        self.surname = self.name.split()[-1]


def _looks_like_a_person(name: str) -> bool:
    """`Lena Holm`: two or three capitalised words, none an acronym or an organisation's."""
    tokens = name.split()
    return (
        2 <= len(tokens) <= 3
        and all(t[:1].isupper() and not t.isupper() for t in tokens)
        and not any(bare(t) in lexicon.ORGANISATION_NAME_WORDS for t in tokens)
        and bare(tokens[0]) not in lexicon.DETERMINERS
    )


def _role_of(title: str) -> set[str]:
    words = [w.lower().rstrip(".") for w in title.split()]
    roles = {" ".join(words[i:]) for i in range(len(words))}
    return {r for r in roles if r in lexicon.TITLES or r.rstrip(".") in lexicon.TITLES}


def strip_title(speaker: str) -> str:
    """`IMF President Jon Berg` -> `Jon Berg`; organisations stay whole
    (`the Senate` -> `Senate`, `the country's statistics office Statnor` -> `Statnor`);
    descriptions with a preposition (`a study published in The Journal`) stay."""
    match = _titled_person().search(speaker)
    if match and re.fullmatch(r"\s*(?:(?:of|at|from|for)\s.*)?", speaker[match.end() :]):
        name = match.group("name")
        if name.split()[0].lower() not in lexicon.TITLES:
            return name
    tokens = speaker.split()
    if len(tokens) > 1 and tokens[0].lower() == "the" and tokens[1][:1].isupper():
        tokens = tokens[1:]
    lowered = [bare(t) for t in tokens]
    has_description = any(t[:1].islower() for t in tokens)
    prepositions = {"of", "in", "at", "for", "from", "by", "on", "with", "published"}
    if has_description and tokens[-1][:1].isupper() and not prepositions & set(lowered):
        run: list[str] = []
        for token in reversed(tokens):
            if not token[:1].isupper():
                break
            run.insert(0, token)
        return " ".join(run)
    return " ".join(tokens)


class EntityBook:
    """What the article has named so far, for resolving pronouns and role nouns."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}  # by surname
        self.organisations: list[str] = []
        self.last_person: Person | None = None
        self.last_thing: str | None = None
        self.last_plural: str | None = None
        self.last_pair: str | None = None
        self._sentence = 0

    # -- learning ------------------------------------------------------------------------
    def read(self, sentence: str) -> None:
        """Learn the people and organisations a sentence names, and count mentions."""
        self._sentence += 1
        for title, name, qualifier in titled_people(sentence):
            if name.split()[-1].lower() in lexicon.ORGANISATION_NAME_WORDS:
                continue
            person = self._person_for(name)
            person.roles |= _role_of(title)
            if qualifier and person.qualifier is None:
                person.qualifier = qualifier
        if self.people:
            counts = Counter(token.strip(_EDGE) for token in sentence.split())
            for person in self.people.values():
                count = counts.get(person.surname, 0) + counts.get(person.surname + "'s", 0)
                if count:
                    person.mentions += count
                    person.last_seen = self._sentence
        for acronym in _ACRONYM.findall(sentence):
            self._remember_organisation(acronym)
        capitalised = {bare(t) for t in sentence.split() if t[:1].isupper()}
        if lexicon.ORGANISATION_NAME_WORDS.isdisjoint(capitalised):
            return
        for run in _CAPITALISED_RUN.findall(sentence):
            if any(w.lower() in lexicon.ORGANISATION_NAME_WORDS for w in run.split()[1:]):
                self._remember_organisation(run)

    def _person_for(self, name: str) -> Person:
        surname = name.split()[-1]
        if surname not in self.people:
            self.people[surname] = Person(name, last_seen=self._sentence)
        return self.people[surname]

    def _remember_organisation(self, name: str) -> None:
        if name in self.organisations:
            self.organisations.remove(name)
        self.organisations.append(name)

    def person_named(self, text: str) -> Person | None:
        """The known person whose surname ends `text` (`Costa`, `Ana Maria Costa`)."""
        tokens = text.split()
        if not tokens or len(tokens) > 5:
            return None
        return self.people.get(tokens[-1].strip(",."))

    def note(self, subject: str | None, speaker: str | None, sentence: str = "") -> None:
        """After a sentence: remember its subject and speaker as antecedents for the next,
        and the one pair of names it coordinates (`both Chile and Peru`), if just one."""
        pairs = set(_NAME_PAIR.findall(sentence))
        self.last_pair = " and ".join(pairs.pop()) if len(pairs) == 1 else None
        if speaker and _looks_like_a_person(speaker):
            self._person_for(speaker)
        for text in (subject, speaker):
            if not text:
                continue
            person = self.person_named(text)
            if person:
                self.last_person = person
            elif re.fullmatch(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}", text.strip()):
                self.last_thing = text.strip()
            words = text.split()
            if words and (
                (bare(words[-1]).endswith("s") and not words[-1][:1].isupper()) or " and " in text
            ):
                self.last_plural = text.strip()

    # -- resolving -----------------------------------------------------------------------
    def _by_role(self, phrase: str) -> Person | None:
        tokens = [bare(t) for t in phrase.split()]
        if tokens and tokens[0] == "the":
            tokens = tokens[1:]
        for size in (2, 1):
            role = " ".join(tokens[-size:])
            if role in lexicon.ROLE_NOUNS and len(tokens) >= size:
                adjective = (
                    " ".join(phrase.split()[-size - 1 : -size]) if len(tokens) > size else ""
                )
                break
        else:
            return None
        titles = lexicon.ROLE_NOUNS[role]
        candidates = [p for p in self.people.values() if p.roles & titles]
        if adjective[:1].isupper():
            candidates = [
                p for p in candidates if p.qualifier is None or p.qualifier.split()[-1] == adjective
            ]
        if not candidates:
            return None
        return max(candidates, key=lambda p: (p.mentions, p.last_seen))

    def _organisation_by_noun(self, phrase: str) -> str | None:
        tokens = [bare(t) for t in phrase.split()]
        if (
            not tokens
            or tokens[0] != "the"
            or " ".join(tokens[1:]) not in lexicon.ORGANISATION_NOUNS
        ):
            return None
        fits = lexicon.ORGANISATION_NOUNS[" ".join(tokens[1:])]
        for name in reversed(self.organisations):
            words = {w.lower() for w in name.split()}
            if words & fits or ("ACRONYM" in fits and _ACRONYM.fullmatch(name)):
                return name
        return None

    def referent(self, phrase: str) -> str | None:
        """The name a pronoun or role phrase stands for here, or None when unsure."""
        word = bare(phrase)
        if word in lexicon.PERSON_PRONOUNS:
            return self.last_person.surname if self.last_person else None
        if word in lexicon.THING_PRONOUNS:
            return self.last_thing
        if word in lexicon.PLURAL_PRONOUNS:
            return self.last_plural
        person = self._by_role(phrase)
        if person:
            return person.surname
        return self._organisation_by_noun(phrase)

    def speaker_name(self, speaker: str) -> str:
        """The speaker as a reviewer wants it: resolved, titles stripped, one spelling per
        person (the full name the article introduced)."""
        speaker = speaker.strip()
        resolved = self.referent(speaker) if len(speaker.split()) <= 4 else None
        if resolved:
            person = self.person_named(resolved)
            return person.name if person else resolved
        name = strip_title(speaker)
        person = self.person_named(name)
        return person.name if person else name


_NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]+) and (?:the )?([A-Z][\w'’.-]+)")
_THEM = re.compile(r"\bthem\b")


def _resolve_them(claim: str, book: EntityBook) -> str:
    """`Brazil has urged them to ...` -> `... urged Chile and Peru to ...` when one
    pair of names stands before it, in the claim itself or else in the previous sentence."""
    match = _THEM.search(claim)
    if not match:
        return claim
    own = set(_NAME_PAIR.findall(claim[: match.start()]))
    if len(own) > 1:
        return claim
    if own:
        pair: str | None = " and ".join(own.pop())
    else:
        pair = book.last_pair
        if pair and pair in claim[: match.start()]:
            return claim
    if not pair:
        return claim
    return claim[: match.start()] + pair + claim[match.end() :]


_OPENING = re.compile(
    r"^(?P<phrase>(?:he|she|it|they|He|She|It|They)\b|(?:[Tt]he\s+(?:[A-Z][\w-]+\s+)?[a-z]+(?:\s+[a-z]+)?))"
)


def decontextualize(claim: str, book: EntityBook, speaker: str | None = None) -> str:
    """`he is ready to host ...` -> `Costa is ready to host ...` when the referent is clear.

    A pronoun opening a reported claim refers to its speaker when the speaker is a person
    (`Costa said he will ...`); otherwise to the article's last named person or subject.
    """
    claim = _resolve_them(claim, book)
    match = _OPENING.match(claim)
    if not match:
        return claim
    phrase = match.group("phrase")
    word = bare(phrase.split()[0])
    referent: str | None
    if word in lexicon.PERSON_PRONOUNS and speaker and book.person_named(speaker):
        referent = book.person_named(speaker).surname  # type: ignore[union-attr]
    elif word in lexicon.PERSON_PRONOUNS | lexicon.THING_PRONOUNS | lexicon.PLURAL_PRONOUNS:
        referent = book.referent(phrase)
    else:
        referent = None
        tokens = phrase.split()
        for size in range(len(tokens), 1, -1):
            candidate = " ".join(tokens[:size])
            referent = book.referent(candidate)
            if referent:
                phrase = candidate
                break
    if not referent:
        return claim
    return referent + claim[len(phrase) :]
