"""Stage 4: one fact per claim.

A content clause is cut at:
- `; ` and ellipses between clauses;
- clause-joining conjunctions (`, and`, `, but`, `, while`, ` and `) when both sides are clauses;
  when the right side is a bare predicate (`... and is in close contact with ...`) it gets the
  left side's subject (`Norland is in close talks with ...`); coordinated gerunds after a
  preposition (`accused the West of creating ... and ignoring ...`) share everything up to it;
- non-restrictive relative clauses and appositions after a subject (`Core inflation, which
  excludes ..., fell` -> `Core inflation fell ...` and `Core inflation excludes ...`);
- a closing `, which ...` (its subject is the clause's subject when the verb is causal,
  `..., which has allowed them to ...`, otherwise the noun phrase just before it);
- `, including A and B` (each item with the clause it qualifies) and a closing participle
  (`..., grossing more than $758 million` gets the clause's subject).
Noun-phrase coordination (`Chile and Peru`) is never split: a side counts as a clause
only when it has a finite verb after a short subject.
"""

from __future__ import annotations

import re

from factcheck.splitter import lexicon
from factcheck.splitter.grammar import (
    bare,
    first_finite_verb,
    has_finite_verb,
    is_plural,
    leading_adverbial,
    looks_like_clause,
    plural_agreement,
    starts_with_verb,
    subject_prefix,
    words,
)

MIN_CLAIM_WORDS = 3
_HARD_BREAK = re.compile(r"\s*;\s+|\s+(?:\.\.\.|…)\s+|\s+[—–]\s+(?=[A-Z])")
_DISCOURSE = re.compile(
    rf"^(?:{'|'.join(re.escape(m) for m in lexicon.DISCOURSE_MARKERS)})\b,?\s+", re.IGNORECASE
)
_SUBJECT_COMMA = re.compile(r"^(?P<subject>[^,]{2,90}?),\s+")
_COMMA = re.compile(r",\s+")
_FINAL_RELATIVE = re.compile(r",\s+(?P<pronoun>which|who)\s+(?P<body>.+)$")
_INCLUDING = re.compile(r",?\s+(?:including|such as)\s+(?P<items>.+)$")
_PARTICIPLE = re.compile(r",\s+(?P<phrase>(?P<word>[a-z]+ing)\b.+)$")
_GERUND = re.compile(r"\b(?:of|by|for|about|from|in|on)\s+(?:\w+ly\s+)?(?P<word>\w+ing)\b")
_DESCRIBING_PARTICIPLE = (
    r"(?:[a-z]+ed\s+(?:by|in|as|on|at|from)|starring|featuring|written\s+by|based\s+on)\s"
)
_COPULA_PARTICIPLE = re.compile(
    r"^(?P<main>.+?\b(?:is|was|are|were)\s+(?P<determiner>an?|the)\s+[^,]+?)\s+"
    rf"(?P<phrases>{_DESCRIBING_PARTICIPLE}.+)$"
)
_PARTICIPLE_BREAK = re.compile(rf"(?:,\s+|\s+and\s+)(?={_DESCRIBING_PARTICIPLE})")
# After `the`, a participle of place or role restricts the noun (`the largest company based in
# Peru`): only `by` phrases and film credits are facts of their own there.
_RESTRICTING_PARTICIPLE = re.compile(r"^[a-z]+ed\s+(?:in|as|on|at|from)\s")
_FINAL_APPOSITION = re.compile(
    r"(?P<name>\b(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*),\s+"
    r"(?P<apposition>(?:the|a|an)\s+[a-z][^,;]*(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*"
    r"(?:,?\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)$"
)
_CONJUNCTION = re.compile("|".join(re.escape(c) for c in lexicon.CLAUSE_CONJUNCTIONS))


def _words(text: str) -> int:
    return len(text.split())


def _tidy(text: str) -> str:
    """Without edge punctuation or a closing full stop (an abbreviation's stop stays: `U.S.`)."""
    text = text.strip().strip(",;: ").strip()
    if text.endswith(".") and not text.endswith(".."):
        last = text.split()[-1][:-1]
        if "." not in last and len(last) > 1:
            text = text[:-1]
    return text


def _outside_quotes(text: str, position: int) -> bool:
    before = text[:position]
    return (
        before.count('"') % 2 == 0
        and before.count("“") <= before.count("”")
        and (before.count("(") <= before.count(")"))
    )


def _mid_clause(text: str) -> tuple[str, list[str]]:
    """Lift a relative clause or apposition that follows the subject out of the main clause.
    The lifted part may hold a place name with its own comma (`based in Porto, Portugal`).
    """
    opening = _SUBJECT_COMMA.match(text)
    if not opening:
        return text, []
    after = text[opening.end() :]
    plural = is_plural(opening.group("subject"))
    for comma in _COMMA.finditer(after):
        body, rest = after[: comma.start()], after[comma.end() :]
        if _words(body) > 25:
            return text, []
        if starts_with_verb(rest, plural):
            break
        # A name's own comma (`Porto, Portugal`) or a date's (`born June 1, 1988,`).
        if not (rest[:1].isupper() or rest[:1].isdigit()):
            return text, []
    else:
        return text, []
    main = f"{opening.group('subject').strip()} {rest}"
    subject, body = opening.group("subject").strip(), body.strip()
    if not body or has_finite_verb(subject) or _words(subject) > 10:
        return text, []
    first = bare(body.split()[0])
    if first in {"which", "who"}:
        rest = body.split(None, 1)[1] if " " in body else ""
        return main, [f"{subject} {plural_agreement(subject, rest)}"] if rest else []
    if first in {"the", "a", "an"} and subject[:1].isupper() and not has_finite_verb(body):
        return main, [f"{subject} is {body}"]
    if (first in lexicon.PARTICIPLES or first.endswith("ed")) and not has_finite_verb(body):
        return main, [f"{subject} {body}"]
    return text, []


_NAME_BEFORE_COMMA = re.compile(r"(?:\b[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")


def _antecedent(main: str, verb: str) -> str | None:
    """What `, which ...` is about: the clause's subject when the verb is causal or the clause
    says what the subject is (`X is a film ..., which`), else the name or `the ...` phrase just
    before the comma; None when unsure."""
    found = subject_prefix(main)
    if found and verb in lexicon.CAUSAL_RELATIVE_VERBS:
        return found[1]
    if found and re.match(r"\s*(?:is|was|are|were)\s+(?:an?|one)\b", main[len(found[0]) :]):
        return found[1]
    name = _NAME_BEFORE_COMMA.search(main)
    if name and main.split()[-1][:1].isupper():
        return name.group()
    tokens = main.split()
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 8), -1):
        if bare(tokens[index]) in {"the", "a", "an", "this", "these", "those", "its", "their"}:
            return " ".join(tokens[index:])
    return None


def _final_relative(text: str) -> tuple[str, list[str]]:
    match = _FINAL_RELATIVE.search(text)
    if (
        not match
        or not _outside_quotes(text, match.start())
        or not has_finite_verb(text[: match.start()])
    ):
        return text, []
    main, body = text[: match.start()], match.group("body")
    verbs = [
        w for w in (bare(t) for t in body.split()[:3]) if w not in {"has", "have", "had", "also"}
    ]
    antecedent = _antecedent(main, verbs[0] if verbs else "")
    if not antecedent:
        return text, []
    if antecedent[:1].isupper() and main.rstrip().endswith(antecedent):
        return main, [f"{antecedent} {body}"]  # a name (`Brussels`): its verb stays as written
    return main, [f"{antecedent} {plural_agreement(antecedent, body)}"]


def _items(items: str) -> list[str]:
    parts = [p.strip() for p in items.split(", ") if p.strip()]
    last = parts[-1] if parts else ""
    head, sep, tail = last.partition(" and ")
    if sep and _words(head) >= 3 and _words(tail) >= 3:
        parts[-1:] = [head, tail]
    return [p.removeprefix("and ").strip() for p in parts]


def _including(text: str) -> tuple[str, list[str]]:
    match = _INCLUDING.search(text)
    if not match or not has_finite_verb(text[: match.start()]):
        return text, []
    main = text[: match.start()]
    return main, [f"{main}, including {item}" for item in _items(match.group("items"))]


_PHRASE_END = re.compile(r",\s+(?:and|but|while|whereas)\s+")


def _participle(text: str) -> tuple[str, list[str]]:
    """`X rose 3%, lifting Y, and became Z, while W fell` -> `X rose 3%`, `X lifting Y`,
    `X became Z` and `W fell`: the participle phrase ends where a new predicate of the subject
    or a clause of its own begins."""
    match = _PARTICIPLE.search(text)
    if not match or match.group("word") in lexicon.NON_PARTICIPLES:
        return text, []
    main = text[: match.start()]
    found = subject_prefix(main)
    if not found or not _outside_quotes(text, match.start()):
        return text, []
    return main, _predicates(found[0], match.group("phrase"))


def _predicates(subject: str, phrase: str) -> list[str]:
    """The subject's claims in `phrase`, cut where a new predicate (`, and became ...`) or a
    clause of its own (`, while W fell`) begins."""
    for end in _PHRASE_END.finditer(phrase):
        if not _outside_quotes(phrase, end.start()):
            continue
        head, tail = phrase[: end.start()], phrase[end.end() :]
        if starts_with_verb(tail):
            return [f"{subject} {head}", *_predicates(subject, tail)]
        if looks_like_clause(tail):
            return [f"{subject} {head}", tail]
    return [f"{subject} {phrase}"]


_CLOSING_PASSIVE = re.compile(
    r",\s+(?P<phrase>(?:[a-z]{3,}ed|born|known|held|built|made)\s+(?:at|in|by|as|on|from|for)\s.+)$"
)
_PREDICATE_NOUN = re.compile(r"\s(?P<copula>is|was|are|were)\s+(?:an?|the)\s")


def _closing_passive(text: str) -> tuple[str, list[str]]:
    """`The club is the league's richest team, valued at $3 billion` -> `The club is the
    league's richest team` and `The club is valued at $3 billion`: after `X is a/the ...` a
    closing passive participle describes X. After any other verb (`is governed by the
    Charter, adopted in 1954`) it may describe the object, and stays."""
    match = _CLOSING_PASSIVE.search(text)
    if not match or not _outside_quotes(text, match.start()):
        return text, []
    main = text[: match.start()]
    found = subject_prefix(main)
    if not found:
        return text, []
    predicate = _PREDICATE_NOUN.match(main[len(found[0]) :])
    if not predicate:
        return text, []
    return main, [_passive_statement(found[0], predicate.group("copula"), match.group("phrase"))]


def _copula_participles(text: str) -> tuple[str, list[str]]:
    """`Storm is a film directed by X and starring Y` -> the film claim, `Storm was directed
    by X`, `Storm starring Y` (only after `is a ...`, where the participle describes the
    subject itself; not after `the descendant of the X-35 introduced by ...`, where it may
    describe the noun after `of`)."""
    match = _COPULA_PARTICIPLE.match(text)
    if (
        not match
        or (
            match.group("determiner") == "the"
            and _RESTRICTING_PARTICIPLE.match(match.group("phrases"))
        )
        or " of " in match.group("main")[match.end("determiner") :]
    ):
        return text, []
    found = subject_prefix(match.group("main"))
    if not found:
        return text, []
    copula = re.search(r"\b(?:is|was|are|were)\s+(?:an?|the)\s", match.group("main"))
    verb = copula.group().split()[0] if copula else "is"
    phrases = _PARTICIPLE_BREAK.split(match.group("phrases"))
    return match.group("main"), [_passive_statement(found[0], verb, p) for p in phrases]


_PAST_COPULA = {"is": "was", "are": "were", "was": "was", "were": "were"}


def _passive_statement(subject: str, copula: str, phrase: str) -> str:
    """A participle phrase as a statement with the clause's copula: `X is based in Peru`; an
    agent's act is done, `X was directed by Y`; `starring Y` stays as it is."""
    if phrase.startswith(("starring", "featuring")):
        return f"{subject} {phrase}"
    first_two = phrase.split()[:2]
    if len(first_two) == 2 and first_two[1] == "by" and " since " not in phrase:
        copula = _PAST_COPULA[copula]
    return f"{subject} {copula} {phrase}"


def _final_apposition(text: str) -> tuple[str, list[str]]:
    """`... sought by TradeNet, a group representing airlines` -> `... sought by TradeNet`
    and `TradeNet is a group representing airlines`."""
    match = _FINAL_APPOSITION.search(text)
    if not match or has_finite_verb(match.group("apposition")):
        return text, []
    main = text[: match.end("name")]
    if not has_finite_verb(main) or not _outside_quotes(text, match.start()):
        return text, []
    return main, [f"{match.group('name')} is {match.group('apposition')}"]


_INNER_APPOSITION = re.compile(
    r"(?<=\s)(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+"
    r"(?P<apposition>(?:the|a|an)\s+[a-z][^,;]*?),\s+(?=[a-z])(?!(?:and|or|but)\s)"
)
MAX_APPOSITION_WORDS = 10


def _inner_apposition(text: str) -> tuple[str, list[str]]:
    """`Police questioned Ana Costa, the club's treasurer, on Monday` -> `Police questioned
    Ana Costa on Monday` and `Ana Costa is the club's treasurer`: a description between commas
    after a name inside the clause is a fact about that name. After a date (`fell in January,
    the first fall in four months,`) it describes the event, and stays."""
    match = _INNER_APPOSITION.search(text)
    if (
        not match
        or bare(match.group("name").split()[-1]) in lexicon.MONTHS | lexicon.WEEKDAYS
        or _words(match.group("apposition")) > MAX_APPOSITION_WORDS
        or has_finite_verb(match.group("apposition"))
        or not _outside_quotes(text, match.start())
    ):
        return text, []
    main = f"{text[: match.end('name')]} {text[match.end() :]}"
    if not has_finite_verb(text[: match.start()]):
        return text, []
    return main, [f"{match.group('name')} is {match.group('apposition')}"]


def _resolve_clause_pronoun(left: str, right: str) -> str:
    """`The film received mixed reviews, but it proved ...`: `it` is the left clause's subject."""
    first = bare(right.split()[0]) if right.split() else ""
    if first not in {"it", "he", "she", "they"}:
        return right
    found = subject_prefix(left)
    if not found or bare(found[1].split()[0]) in {"it", "he", "she", "they", "this", "that"}:
        return right
    subject = found[1]
    plural = bare(subject.split()[-1]).endswith("s") or " and " in subject
    if (first == "they") != plural or (first in {"he", "she"} and not subject[:1].isupper()):
        return right
    return subject + right[len(right.split()[0]) :]


def _leading_clause(text: str) -> tuple[str, list[str]]:
    """`After playing roles in ..., Holm moved to ...` -> `Holm moved to ...` and `Holm
    after playing roles in ...`: the opening clause is a fact about the main clause's subject."""
    tokens = text.split()
    if not tokens or bare(tokens[0]) not in lexicon.LEADING_CLAUSE_OPENERS:
        return text, []
    opener = bare(tokens[0])
    second = bare(tokens[1]) if len(tokens) > 1 else ""
    if not (opener.endswith(("ing", "ed", "ly", "born")) or second.endswith(("ing", "ed"))):
        return text, []
    for comma in (m.start() for m in re.finditer(", ", text)):
        head, main = text[:comma], text[comma + 2 :]
        if has_finite_verb(head) and not re.search(r"\b(?:who|which|that)\b", head):
            return text, []
        if looks_like_clause(main, max_subject_words=5):
            found = subject_prefix(main)
            if found and not has_finite_verb(found[1]):
                return main, [f"{found[1]} {head[:1].lower()}{head[1:]}"]
    return text, []


_LEADING_DESCRIPTION = re.compile(r"^(?P<description>(?:An?|The)\s+[^,;]{2,90}?),\s+(?P<main>.+)$")
MAX_DESCRIPTION_WORDS = 12
_DETERMINERS = lexicon.DETERMINERS
_PRONOUN_VERB = {"he": "is", "she": "is", "it": "is", "they": "are"}


def _leading_description(text: str) -> tuple[str, list[str]]:
    """`A member of the party, he served as governor` -> `He served as governor` and `He is a
    member of the party`: a verbless opening description is a fact about the main clause's
    subject, when that subject is a pronoun or a name. A time phrase (`A year later, ...`) or
    a description opening with `The` but not of the form `The ... of ...` stays."""
    match = _LEADING_DESCRIPTION.match(text)
    if not match:
        return text, []
    description, main = match.group("description"), match.group("main")
    described = words(description)
    if (
        len(described) > MAX_DESCRIPTION_WORDS
        or has_finite_verb(description)
        or lexicon.TIME_NOUNS & set(described)
        or (described[0] == "the" and "of" not in described)
        or not looks_like_clause(main, max_subject_words=4)
    ):
        return text, []
    found = subject_prefix(main)
    if not found or found[0] != found[1]:
        return text, []
    subject_words = found[1].split()
    while subject_words and (
        bare(subject_words[-1]).endswith("ly")
        or bare(subject_words[-1]) in lexicon.PREDICATE_ADVERBS
    ):
        subject_words.pop()  # `he previously served`
    subject = " ".join(subject_words)
    if not subject or {"and", "or", "&"} & set(words(subject)):
        return text, []  # `The islands of A, B and C are ...`: a list, not a description
    verb = _PRONOUN_VERB.get(subject.lower())
    if verb is None and not (
        subject[:1].isupper() and bare(subject.split()[0]) not in _DETERMINERS
    ):
        return text, []
    main = main[:1].upper() + main[1:]
    subject = subject[:1].upper() + subject[1:]
    return main, [f"{subject} {verb or 'is'} {description[:1].lower()}{description[1:]}"]


def _inside_pair(left: str) -> bool:
    """`between Costa and ...`, `both Lima and ...`: the `and` completes a pair, not a clause."""
    tail = [bare(t) for t in left.split()[-6:]]
    for index in range(len(tail) - 1, -1, -1):
        if tail[index] in {"and", "or"}:
            return False
        if tail[index] in {"between", "both", "either", "neither"}:
            return True
    return False


def _shared_prefix(left: str, right: str, conjunction: str) -> str | None:
    """What a coordinated phrase shares with the clause before it, or None.

    `served as governor from 1971 and as senator from 1963`: a verbless phrase opening with a
    preposition the clause already used takes the words before that preposition (its first
    use when the clause lists several: `bordered to the north by A, to the south by B and to
    the east by C`). `became the top film of 2014 as well as the highest-grossing film`: after
    `as well as`, a noun phrase takes the words before the verb's object. After a negation
    (`not with brackets but with indentation`) the phrase corrects the clause: no split."""
    tokens = left.split()
    words = [bare(t) for t in tokens]
    first = bare(right.split()[0])
    verb = first_finite_verb(words)
    phrase = right.split(", ")[0]  # what follows its comma is split on its own later
    if verb is None or has_finite_verb(phrase) or {"not", "never"} & set(words):
        return None
    if first in lexicon.REPEATED_PREPOSITIONS:
        uses = [i for i in range(verb + 1, len(words)) if words[i] == first]
        if not uses:
            return None
        listed = f", {right.split()[0]} " in left
        return " ".join(tokens[: uses[0] if listed else uses[-1]])
    if (conjunction == "as well as" and first in lexicon.DETERMINERS) or first in {"a", "an"}:
        for index in range(verb, len(words) - 1):
            object_start = words[index + 1]
            if (
                object_start in lexicon.DETERMINERS
                and (conjunction == "as well as" or object_start in {"a", "an"})
                and first_finite_verb(words, index) == index
            ):
                return " ".join(tokens[: index + 1])
    return None


_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})


def _phrase_then_predicate(left: str, right: str) -> str | None:
    """`Carter served in the Senate, and in 1970 was elected governor` -> `Carter in 1970 was
    elected governor`: a short opening phrase, then the left clause's subject's next verb."""
    tokens = right.split()
    if bare(tokens[0]) not in lexicon.REPEATED_PREPOSITIONS:
        return None
    for index in range(1, min(5, len(tokens))):
        if bare(tokens[index]) in lexicon.SUBORDINATORS | _SUBJECT_PRONOUNS:
            return None
        if starts_with_verb(" ".join(tokens[index:])):
            found = subject_prefix(left)
            return f"{found[1]} {right}" if found else None
    return None


def _coordinated(text: str) -> list[str]:
    """Split at each conjunction that joins two clauses or two predicates, left to right."""
    claims: list[str] = []
    rest: str | None = text
    while rest is not None:
        left, rest = _first_coordination(rest)
        claims.append(left)
    return claims


def _first_coordination(text: str) -> tuple[str, str | None]:
    """(first clause, the rest with its subject restored) or (text, None) when nothing joins."""
    for match in _CONJUNCTION.finditer(text):
        left, right = text[: match.start()], text[match.end() :]
        if (
            _words(right) < 2
            or not _outside_quotes(text, match.start())
            or not has_finite_verb(left)
        ):
            continue
        if match.group().strip() == "and" and _inside_pair(left):
            continue
        if starts_with_verb(right):
            found = subject_prefix(left)
            if found:
                return left, f"{found[0]} {right}"
        shared_prefix = _shared_prefix(left, right, match.group().strip(", "))
        if shared_prefix:
            return left, f"{shared_prefix} {right}"
        predicate = _phrase_then_predicate(left, right)
        if predicate:
            return left, predicate
        gerund = bare(right.split()[0])
        if gerund.endswith("ing") and gerund not in lexicon.NON_PARTICIPLES:
            shared = list(_GERUND.finditer(left))
            if shared:
                prefix = left[: shared[-1].start("word")]
                prefix = re.sub(r"\s+\w+ly\s*$", " ", prefix)
                return left, f"{prefix.rstrip()} {right}"
        skip = leading_adverbial(right)
        if looks_like_clause(right[skip:]):
            return left, _resolve_clause_pronoun(left, right[skip:])
    return text, None


def _strip_discourse(text: str) -> str:
    stripped = _DISCOURSE.sub("", text, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != text and stripped else text


_PARENTHESIS = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")
_SHIELD = {",": "\ue000", ";": "\ue001", ":": "\ue002"}


def _shield(match: re.Match[str]) -> str:
    text = match.group()
    for mark, stand_in in _SHIELD.items():
        text = text.replace(mark, stand_in)
    return text


def _unshield(text: str) -> str:
    for mark, stand_in in _SHIELD.items():
        text = text.replace(stand_in, mark)
    return text


_NAMED_PARENTHESIS = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+\((?P<inside>[^()]*(?:\([^()]*\)[^()]*)*)\)"
)


def _parentheticals(text: str) -> tuple[str, list[str]]:
    """`Ana Costa (Porto, Portugal; May 2, 1961) is an actor` -> `Ana Costa is an actor`
    and `Ana Costa (Porto, Portugal; May 2, 1961)`: what a name's parenthesis says about it
    is its own fact. One-word asides (`(IMF)`) stay where they are."""
    side: list[str] = []

    def lift(match: re.Match[str]) -> str:
        if len(match.group("inside").split()) < 2:
            return match.group()
        side.append(match.group())
        return match.group("name")

    return _NAMED_PARENTHESIS.sub(lift, text), side


_LIST_ITEM = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|de|van|von|&)){0,4}(?:\s+\([^()]*\))?"
_NAME_LIST = re.compile(
    rf"(?<![\w'’.-])(?P<items>{_LIST_ITEM}(?:,\s+{_LIST_ITEM})+),?\s+and\s+(?P<last>{_LIST_ITEM})$"
)
# A lower-case list after a preposition (`praise for her performance, the costumes and the
# score`): items of up to five words that hold no preposition of the list's kind or `and`.
_LIST_PREPOSITION = "|".join(sorted(lexicon.LIST_PREPOSITIONS))
_PHRASE_WORD = rf"(?!(?:{_LIST_PREPOSITION}|and|or)\b)[\w'’&.%$-]+"
_PHRASE_ITEM = rf"{_PHRASE_WORD}(?:\s+{_PHRASE_WORD}){{0,4}}"
_PHRASE_LIST = re.compile(
    rf"\b(?<!well )(?:{_LIST_PREPOSITION})\s+"
    rf"(?P<items>{_PHRASE_ITEM}(?:,\s+{_PHRASE_ITEM})+),?\s+and\s+(?P<last>{_PHRASE_ITEM})$"
)
MAX_LISTED_NAMES = 6
_PARTICIPLE_WORD = re.compile(r"\b[a-z]{3,}ing\b")
_GROUP_WORDS = frozenset({"between", "among", "amongst", "both", "of", "with"})
_DESCRIPTION = re.compile(r"\b(?:is|are|was|were)\s+(?:an?|the)\s")


def _name_list(text: str) -> list[str]:
    """`The minister visited Lagos, Abuja and Kano` -> one claim a place: each name in a closing
    list of three or more is its own fact, checked on its own; so is each thing in a closing
    list after a preposition (`The film received praise for its music, the costumes and the
    effects`). A list that relates its members
    (`talks between A, B and C`, `a coalition of ...`), describes what something is (`X is a
    group representing A, B and C`: one description) or runs longer than `MAX_LISTED_NAMES`
    (a filmography, checked against one source) stays whole."""
    if " and " not in text or ", " not in text:  # cheap test before the regex
        return [text]
    match = _NAME_LIST.search(text) or _PHRASE_LIST.search(text)
    if not match:
        return [text]
    prefix = text[: match.start("items")].rstrip()
    names = [*_COMMA.split(match.group("items")), match.group("last")]
    if match.re is _PHRASE_LIST and (
        any(has_finite_verb(name) for name in names)
        or (min(map(_words, names[:-1])) == 1 and _words(names[-1]) > 1)
    ):
        return [text]  # a clause, or adjectives sharing the last noun (`its civil and military`)
    if not prefix.split():
        return [text]  # a verbless list (`A, B and C.`) states nothing about its members
    last_word = bare(prefix.split()[-1])
    if (
        len(names) > MAX_LISTED_NAMES
        or last_word in _GROUP_WORDS
        or _DESCRIPTION.search(prefix)
        or not prefix.split()[-1][:1].islower()
        or not (
            has_finite_verb(prefix)
            or last_word.endswith(("ing", "ed"))
            or (match.re is _PHRASE_LIST and _PARTICIPLE_WORD.search(prefix))
        )
        or not _outside_quotes(text, match.start())
    ):
        return [text]
    return [f"{prefix} {name}" for name in names]


def decompose(content: str) -> list[str]:
    """Atomic claims of one content clause, in reading order; each keeps its subject.

    Punctuation inside parentheses (`Costa (Porto, Portugal; May 2, 1961)`) never splits."""
    claims = [_unshield(c) for c in _decompose(_PARENTHESIS.sub(_shield, content))]
    return [c for c in claims if _words(c) >= MIN_CLAIM_WORDS]


def _decompose(content: str) -> list[str]:
    claims: list[str] = []
    for part in _HARD_BREAK.split(content):
        text = _strip_discourse(_tidy(part))
        if not text:
            continue
        text, named = _parentheticals(text)
        text, described_subject = _leading_description(text)
        text, leading = _leading_clause(text)
        text, side = _mid_clause(text)
        text, relatives = _final_relative(text)
        text, included = _including(text)
        text, participles = _participle(text)
        text, passives = _closing_passive(text)
        text, described = _copula_participles(_tidy(text))
        text, appositions = _final_apposition(text)
        text, described_names = _inner_apposition(text)
        claims += [
            *_coordinated(text),
            *leading,
            *described_subject,
            *side,
            *relatives,
            *participles,
            *passives,
            *included,
            *described,
        ]
        claims += [*appositions, *described_names, *named]
    listed = [item for claim in claims for item in _name_list(_tidy(claim))]
    return [c for c in (_tidy(c) for c in listed) if _words(c) >= MIN_CLAIM_WORDS]
