"""Stage 3: who says so. Finds the speaker and the content clause of a reported sentence.

Word orders handled (verbs from `lexicon.REPORTING_VERBS`):
- `X said (that) C`, `X said late Tuesday C`, `X told Y (that) C`, `X also said C`;
- `C, X said ...`, `C," X said at ...` (the tail after the verb becomes its own event claim
  when it carries facts, like where the speaker was);
- `C, said X`, `C, said X, and added that C2`, `C, said X, a professor of ...`;
- `According to X, C` and `C, according to X`;
- nested `A said B told C that D`: the content is D and the speaker B (the innermost voice);
- `... a rebel offensive that Brasilia warns could start ...` (an attribution inside a
  relative clause) via `embedded_attributions`.
Verbs whose act is the news (`X accused Y of ...`, `X warned Y that ...`) are not split here:
the whole clause is the claim (see `event_attribution`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.splitter import lexicon
from factcheck.splitter.grammar import bare, first_finite_verb, has_finite_verb, looks_like_clause

MAX_SPEAKER_WORDS = 12


@dataclass
class Attribution:
    """A speaker (as written in the sentence), the reporting verb's past form, what was said,
    and, when the attribution clause itself carries facts, that clause as an event."""

    speaker: str
    verb: str
    contents: list[str]
    event: str | None = None
    apposition: str | None = None
    extra: list[str] = field(default_factory=list)


def _alternation(phrases: set[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _verb_lemmas() -> dict[str, str]:
    lemmas: dict[str, str] = {}
    for _present, third, past in lexicon.REPORTING_VERBS:
        lemmas[third] = lemmas[past] = past
    for participle, past in lexicon.REPORTING_PARTICIPLES.items():
        lemmas[participle] = past
    for present, past in lexicon.PLURAL_REPORTING_VERBS.items():
        lemmas[present] = past
    return lemmas


@lru_cache(maxsize=1)
def _event_lemmas() -> dict[str, str]:
    return {form: past for _present, third, past in lexicon.EVENT_VERBS for form in (third, past)}


_VERB = re.compile(rf"\b({_alternation(set(_verb_lemmas()))})\b")
_EVENT_VERB = re.compile(rf"\b({_alternation(set(_event_lemmas()))})\b")
_PHRASE = _alternation(set(lexicon.ATTRIBUTION_PHRASES))
_ANY_PHRASE = re.compile(rf"\b(?:{_PHRASE})\b", re.IGNORECASE)
_LEADING_PHRASE = re.compile(
    rf"^(?:{_PHRASE})\s+(?P<speaker>[^,]{{2,120}}?),\s+(?P<content>.+)$", re.I
)
_TRAILING_PHRASE = re.compile(
    rf"^(?P<content>.+?),?\s+(?:{_PHRASE})\s+(?P<speaker>[^,]{{2,160}}?)[.!]?$", re.I
)
_BREAK = re.compile(r"[,?!]\s*[\"”’']?\s+|[\"”]\s+(?=[a-z])")
_INVERTED = re.compile(rf"^(?P<verb>{_VERB.pattern[3:-3]})\s+(?P<rest>.+)$")
_THAT_SPLIT = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?:also\s+)?that\s+"
    r"|,\s+(?:and\s+)?(?:added|adding|saying|said|noting|warning|arguing)\s+(?:that\s+)?"
)
_ADDED = re.compile(
    r"^(?:and\s+)?(?:also\s+)?(?:added|adding|said|saying|noted|noting|warned|warning)\s+(?:that\s+)?(?P<content>.+)$"
)
_EMBEDDED = re.compile(
    r"\b(?P<np>(?:an?|the|this|these|those)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+that\s+"
    r"(?P<speaker>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|officials|experts|analysts|critics)\s+"
    r"(?P<verb>says|said|warns|warned|believes|believed|claims|claimed|estimates|estimated|"
    r"predicts|predicted|fears|feared|expects|expected)\s+"
    r"(?P<rest>(?:could|would|will|may|might|can|is|was|are|were|has|had)\b[^,;]*)"
)
_TRAILING_END = re.compile(r"[\s.!?\"”’']+$")


def _clean(content: str) -> str:
    """Content without the sentence's closing stop; quotation marks kept balanced."""
    text = _TRAILING_END.sub("", content.strip()) if content.strip() else ""
    text = text.strip().lstrip(",;: ")
    if text.startswith(('"', "“")) and (text.count('"') % 2 == 1 or "”" not in text[1:]):
        text = text[1:]
    if text.count('"') % 2 == 1:
        text = text + '"'
    if text.count("“") > text.count("”"):
        text = text + "”"
    return text.strip()


def _speaker_ok(speaker: str) -> bool:
    tokens = [bare(t) for t in speaker.split()]
    if not tokens or len(tokens) > MAX_SPEAKER_WORDS or not speaker[0].isalpha():
        return False
    if tokens[0] in lexicon.SUBORDINATORS or tokens[0] in {"it", "there", "this", "what"}:
        return False
    if tokens[-1] in lexicon.SUBORDINATORS or any(ch.isdigit() for ch in tokens[0]):
        return False
    return first_finite_verb(tokens) is None and not any(c in speaker for c in '";:“”')


def _strip_speaker_clauses(speaker: str) -> tuple[str, str | None]:
    """`Professor X of Y, who was not involved,` -> (`Professor X of Y`, the dropped part)."""
    head, sep, rest = speaker.partition(", ")
    return (head.strip(), rest.strip(" ,") or None) if sep else (speaker.strip(), None)


def split_that_clauses(content: str) -> list[str]:
    """`the ruling was X and that he would Y` -> [`the ruling was X`, `he would Y`]."""
    parts = [_clean(p) for p in _THAT_SPLIT.split(content)]
    return [p for p in parts if p]


def _after_verb(rest: str, verb: str) -> tuple[str, str] | None:
    """(content, pre-content words) after a reporting verb, or None when no clause follows."""
    tokens = rest.split()
    bare_tokens = [bare(t) for t in tokens]
    for index, word in enumerate(bare_tokens[:12]):
        if word == "that" and first_finite_verb(bare_tokens[:index]) is None:
            return " ".join(tokens[index + 1 :]), " ".join(tokens[:index])
    if verb in lexicon.ADDRESSEE_VERBS:
        for cut in range(1, min(5, len(tokens))):
            remainder = " ".join(tokens[cut:])
            if looks_like_clause(remainder):
                return remainder, " ".join(tokens[:cut])
        return None
    for cut in range(len(tokens)):
        word = bare_tokens[cut]
        opens_adverbial = word in lexicon.TIME_WORDS and word not in lexicon.DETERMINERS
        remainder = " ".join(tokens[cut:])
        if not opens_adverbial and looks_like_clause(remainder, max_subject_words=10):
            return remainder, " ".join(tokens[:cut])
        if not (word in lexicon.TIME_WORDS or word[:1].isdigit()):
            return None
    return None


def _opens_with_adverbial(head: str) -> bool:
    """`Earlier on Tuesday`, `Asked about the budget`, `In a statement`: not the speaker."""
    tokens = [bare(t) for t in head.split()]
    if not tokens or len(tokens) > 8:
        return False
    first = tokens[0]
    if first in lexicon.TIME_WORDS or first in lexicon.ADVERBIAL_OPENERS:
        return True
    if first.endswith(("ed", "ing")) and head[:1].isupper():
        return True
    return len(tokens) <= 5 and not head[:1].isupper() and first_finite_verb(tokens) is None


_PARENTHETICAL = re.compile(
    rf"^(?P<before>[^,]{{3,}}?),\s+(?P<speaker>[^,]{{1,60}}?)\s+(?P<verb>{_VERB.pattern[3:-3]})"
    rf"(?:\s+[^,]{{1,40}})?,\s+(?P<after>.+)$"
)


def _parenthetical(sentence: str) -> Attribution | None:
    """`The talks, he said, would resume in June` -> he says `The talks would resume in June`."""
    match = _PARENTHETICAL.match(sentence)
    if not match or not _speaker_ok(match.group("speaker")):
        return None
    content = f"{match.group('before')} {match.group('after')}"
    if has_finite_verb(match.group("before")) or not looks_like_clause(content, 10):
        return None
    verb = _verb_lemmas()[" ".join(match.group("verb").lower().split())]
    return Attribution(match.group("speaker"), verb, [_clean(content)])


def _leading(sentence: str) -> Attribution | None:
    for match in _VERB.finditer(sentence):
        before = sentence[: match.start()].split()
        while before and bare(before[-1]) in lexicon.SPEAKER_ADVERBS:
            before.pop()
        speaker_text = " ".join(before)
        comma = speaker_text.find(", ")
        if comma > 0 and _opens_with_adverbial(speaker_text[:comma]):
            speaker_text = speaker_text[comma + 2 :]
        speaker, apposition = _strip_speaker_clauses(speaker_text)
        if not _speaker_ok(speaker):
            if first_finite_verb([bare(t) for t in before]) is not None:
                return None
            continue
        verb = _verb_lemmas()[" ".join(match.group(1).lower().split())]
        rest = sentence[match.end() :]
        if verb in _event_lemmas().values() and not re.match(r"\s*that\b", rest):
            return None
        found = _after_verb(rest, verb)
        if found is None:
            return None
        content, _ = found
        contents = split_that_clauses(content)
        if not contents:
            return None
        return Attribution(speaker, verb, contents, apposition=apposition)
    return None


def _tail_event(speaker: str, verb_text: str, tail: str) -> str | None:
    """The attribution clause as a claim when its tail says more than when it was said."""
    tail = tail.split(", ")[0]
    informative = [w for w in (bare(t) for t in tail.split()) if w and w not in lexicon.TIME_WORDS]
    if len(informative) < 4:
        return None
    return _clean(f"{speaker} {verb_text} {tail.strip()}")


def _trailing(sentence: str) -> Attribution | None:
    breaks = list(_BREAK.finditer(sentence))
    for brk in reversed(breaks):
        content, right = sentence[: brk.start()], sentence[brk.end() :]
        if not _VERB.search(right) or not has_finite_verb(content):
            continue
        inverted = _INVERTED.match(right)
        if inverted:
            speaker_part, _, after = inverted.group("rest").partition(", ")
            speaker = _clean(speaker_part)
            verb = _verb_lemmas()[" ".join(inverted.group("verb").lower().split())]
            opener = speaker.split()[0] if speaker.split() else ""
            if (
                not _speaker_ok(speaker)
                or verb not in lexicon.INVERTING_VERBS
                or not (
                    opener[:1].isupper()
                    or opener.lower() in lexicon.DETERMINERS
                    or any(t[:1].isupper() for t in speaker.split())
                )
                or any(ch.isdigit() for ch in speaker)
            ):
                continue
            attribution = Attribution(speaker, verb, [_clean(content)])
            added = _ADDED.match(after.strip())
            if added:
                attribution.contents += split_that_clauses(added.group("content"))
            elif after.strip():
                attribution.apposition = _clean(after)
            return attribution
        match = _VERB.search(right)
        if not match:
            continue
        before = right[: match.start()].split()
        while before and bare(before[-1]) in lexicon.SPEAKER_ADVERBS:
            before.pop()
        speaker = " ".join(before)
        if not _speaker_ok(speaker) or "," in speaker:
            continue
        verb = _verb_lemmas()[" ".join(match.group(1).lower().split())]
        tail = right[match.end() :]
        opener = bare(tail.split()[0]) if tail.split() else ""
        if (
            opener
            and verb not in lexicon.ADDRESSEE_VERBS
            and not tail.lstrip().startswith(",")
            and opener not in lexicon.TIME_WORDS | lexicon.ADVERBIAL_OPENERS
        ):
            continue
        attribution = Attribution(speaker, verb, [_clean(content)])
        head, _, after = tail.partition(", ")
        added = _ADDED.match(after.strip())
        if added:
            attribution.contents += split_that_clauses(added.group("content"))
        if verb not in lexicon.ADDRESSEE_VERBS:
            attribution.event = _tail_event(speaker, right[match.start() : match.end()], head)
        return attribution
    return None


def _by_phrase(sentence: str) -> Attribution | None:
    leading = _LEADING_PHRASE.match(sentence)
    if leading and has_finite_verb(leading.group("content")):
        return Attribution(
            leading.group("speaker").strip(), "according to", [_clean(leading.group("content"))]
        )
    trailing = _TRAILING_PHRASE.match(sentence)
    if trailing and has_finite_verb(trailing.group("content")):
        return Attribution(
            trailing.group("speaker").strip(), "according to", [_clean(trailing.group("content"))]
        )
    return None


_PUNCTUATION = str.maketrans({mark: " " for mark in ',.;:!?"“”‘’()'})


def _may_attribute(text: str) -> bool:
    """Cheap test before the regexes: does any reporting word or phrase occur at all?"""
    if _verb_words().isdisjoint(text.translate(_PUNCTUATION).split()):
        return bool(_ANY_PHRASE.search(text))
    return True


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    return frozenset(form.split()[0] for form in _verb_lemmas())


def find_attribution(sentence: str, *, nested: bool = True) -> Attribution | None:
    """The attribution of one sentence (or clause), or None for the article's own voice.

    With `nested`, a content that is itself attributed (`B told C that D`) is unwrapped so the
    claim is D and the speaker B.
    """
    text = sentence.strip()
    if len(text) < 8 or not (_may_attribute(text)):
        return None
    attribution = _by_phrase(text) or _parenthetical(text) or _trailing(text) or _leading(text)
    if attribution is None or not nested:
        return attribution
    for _depth in range(3):
        if len(attribution.contents) != 1:
            break
        inner = _leading(attribution.contents[0])
        if inner is None:
            break
        attribution.speaker, attribution.verb, attribution.contents = (
            inner.speaker,
            inner.verb,
            inner.contents,
        )
    return attribution


_SUBORDINATE = re.compile(r"\s+(?:after|as|when|because|since|while|before)\s+(?=\S)")


def subordinate_attribution(sentence: str) -> tuple[str, Attribution] | None:
    """`Shares fell 3% after the company said sales dropped 11%` -> (`Shares fell 3%`, the
    company's attribution of `sales dropped 11%`)."""
    for match in _SUBORDINATE.finditer(sentence):
        main = sentence[: match.start()]
        if not has_finite_verb(main):
            continue
        inner = find_attribution(sentence[match.end() :])
        if inner and _leading(sentence[match.end() :]):
            return main, inner
    return None


def event_attribution(claim: str) -> tuple[str, str] | None:
    """(actor, verb) when the claim is an act of speech that is news in itself:
    `Costa accused the union of ...`, `Norland warned Veldt that ...`."""
    match = _EVENT_VERB.search(claim)
    if not match:
        return None
    before = claim[: match.start()].split()
    while before and bare(before[-1]) in lexicon.SPEAKER_ADVERBS:
        before.pop()
    actor = " ".join(before).split(", ")[-1]
    if not _speaker_ok(actor):
        return None
    return actor, _event_lemmas()[" ".join(match.group(1).lower().split())]


def embedded_attributions(sentence: str) -> list[Attribution]:
    """`a rebel offensive that Brasilia warns could start by mid-May` ->
    speaker Brasilia, content `a rebel offensive could start by mid-May`."""
    found = []
    for match in _EMBEDDED.finditer(sentence):
        verb = _verb_lemmas().get(match.group("verb").lower()) or match.group("verb").lower()
        content = _clean(f"{match.group('np')} {match.group('rest')}")
        found.append(Attribution(match.group("speaker"), verb, [content]))
    return found
