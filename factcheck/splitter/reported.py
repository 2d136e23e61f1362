"""Stage 3: who says so, read from the dependency tree.

The speaker is the subject of the reporting verb that governs the content:
- `X said (that) C`, `X told Y C`, `X said: "C"`: the verb's clausal complement is the content;
- `C, X said` and `"C," said X`: the parser makes C the complement (or the verb a parenthetical
  of C); either way C is the content and X the speaker;
- `X did Y, saying C` and `X did Y and added that C`: the participle or the coordinated verb
  takes X as its subject; the rest of the sentence stays the article's own account;
- `According to X, C`: X is the speaker of the clause it modifies.
A reporting verb with a subject but no content in its sentence (`She added:`) introduces the
quotation that follows. A verb inside quotation marks never attributes: it is part of what was
said. Verbs come from `lexicon.REPORTING_VERBS` (one place for every cue word).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.clauses import (
    antecedent_in_doubt,
    backshift_in_doubt,
    same_tense_as,
    subject_in_doubt,
)
from factcheck.splitter.names import name_continuation
from factcheck.splitter.tokens import SUBJECTS, is_verbal, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp"})


@cache
def reporting_lemmas() -> frozenset[str]:
    return lexicon.REPORTING_LEMMAS | lexicon.STANCE_REPORTING_LEMMAS


def reporting_lemma(verb: Token) -> str:
    """The verb's lemma as the lexicon lists it: with its particle when the two make a
    reporting verb of their own (`pointed out` -> `point out`; `point` alone reports nothing)."""
    lemma = verb.lemma_.lower()
    for particle in (c for c in verb.children if c.dep_ == "prt"):
        phrase = f"{lemma} {particle.lower_}"
        if phrase in reporting_lemmas():
            return phrase
    return lemma


def _particles(verb: Token) -> set[int]:
    """The particle of a phrasal reporting verb (`out` of `pointed out`): part of the verb."""
    if " " not in reporting_lemma(verb):
        return set()
    return {c.i for c in verb.children if c.dep_ == "prt"}


@cache
def speech_act_lemmas() -> frozenset[str]:
    """Verbs whose act is itself the news (`X accused Y of ...`): the whole clause is the claim
    and its subject the speaker."""
    return frozenset(present.split()[0] for present, _third, _past in lexicon.EVENT_VERBS)


@dataclass
class Attribution:
    """A reporting act inside a set of tokens.

    `speaker` is the subject token (its noun phrase is the speaker as written), `verb` the
    reporting verb (None for `according to`), `contents` the heads of what was said with the
    tokens each may use, and `used` every token the act takes (speaker, verb, content), so the
    rest of the sentence can still give the reporter's own claims.
    """

    speaker: Token
    verb: Token | None
    contents: list[tuple[Token, set[int]]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    # a report read past a misparse (`_torn_tail_report`), kept whole: no cut of it to judge
    kept_whole: frozenset[int] = frozenset()

    @property
    def verb_text(self) -> str | None:
        if self.verb is None:
            return "according to"
        particles = [self.verb.doc[i].lower_ for i in sorted(_particles(self.verb))]
        return " ".join([self.verb.text.lower(), *particles])

    @property
    def relative(self) -> bool:
        """`..., who said:`: the act is a relative clause on the speaker's name, so the rest
        of the sentence is not the speaker's."""
        return (
            self.verb is not None
            and self.verb.dep_ == "relcl"
            and self.speaker.i == self.verb.head.i
        )

    @property
    def described(self) -> list[Token]:
        """The speaker and the nouns of where and when they spoke (`ahead of the anniversary,
        which falls on 2 March`): what a clause set off on them says is the article's."""
        if self.verb is None:
            return [self.speaker]
        content = set().union(*(tokens for _, tokens in self.contents))
        verb = self.verb
        return [self.speaker] + [
            noun
            for modifier in verb.children
            if modifier.dep_ in ("prep", "advmod") and modifier.i not in content
            for noun in modifier.subtree
            if noun.dep_ == "pobj" and _outermost_object(noun, verb)
        ]

    @property
    def introduces(self) -> bool:
        """No content here: the quotation that follows is what was said."""
        return not self.contents


def _outermost_object(noun: Token, verb: Token) -> bool:
    """No other preposition's object stands between `noun` and `verb`."""
    return not any(
        a.dep_ == "pobj" for a in noun.ancestors if a.i != verb.i and verb.is_ancestor(a)
    )


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 100:
        token, depth = token.head, depth + 1
    return depth


# who (WP), which / that (WDT)
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
# the parser may tag a relative `that` as a conjunction (IN)
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def _speaker_of(verb: Token) -> Token | None:
    subject = subject_of(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        # `rejected by Mr Blair, who said: ...`, `the government, which claims C`: the one who
        # speaks is the noun the relative pronoun stands for.
        named = verb.head
        return named if named.pos_ in ("PROPN", "NOUN") else None
    if subject is not None and passive and verb.lemma_ in lexicon.HEARER_SUBJECT_VERBS:
        # `The court was told that C`, `Investors were warned C`: the subject heard it; the
        # speaker is the `by` agent, if named
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subject is not None:  # `it is said that ...` names no one; `it said in a statement` does
        return (
            subject if subject.dep_ != "expl" and not (subject.lower_ == "it" and passive) else None
        )
    if verb.dep_ in _SHARING_DEPS and verb.head.i != verb.i:
        head = _reporter_of_participle(verb) or verb.head
        reports = any(c.dep_ in _CONTENT_DEPS and is_verbal(c) for c in verb.children)
        reported = head.dep_ in _CONTENT_DEPS and head.head.i != head.i
        if reports and verb.dep_ == "conj" and reported and same_tense_as(verb, head.head):
            head = head.head  # `X said C and insisted D`: X insisted, not C's subject
        shared = subject_of(head)
        if _infers_from_what_was_done(verb, head, shared):
            return None
        if shared is not None and shared.dep_ == "nsubj" and shared.lower_ != "it":
            return shared
    return _fronted_participle_speaker(verb) or _inverted_speaker(verb)


def _infers_from_what_was_done(verb: Token, head: Token, shared: Token | None) -> bool:
    """`The dig revealed nine rooms, suggesting that the house was rich`: a trailing participle
    of inference, under a verb with no reported content, draws its conclusion from what was done,
    not from a source that speaks; unless its subject is a person (who may be proposing
    something), the article is drawing the inference and no one is its speaker."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_ not in lexicon.INFERENCE_LEMMAS:
        return False
    if any(c.dep_ in _CONTENT_DEPS and is_verbal(c) for c in head.children):
        return False  # `X said C, suggesting D`: the head reports, and so does the participle
    return shared is None or not (
        shared.ent_type_ == "PERSON" or shared.lower_ in lexicon.PERSON_PRONOUNS
    )


_LOOSE_DEPS = frozenset({"appos", "npadvmod", "conj"})  # how the parser hangs such a subject


def _fronted_participle_speaker(verb: Token) -> Token | None:
    """`Speaking after the count, Ms Hurst, 44, said C`: after a fronted participle the
    parser may hang the subject on the participle's last noun (as an apposition, a loose
    modifier or a conjunct), leaving the verb with none; a person's name set off just before
    the verb (typed a person, or after a title only a person bears) is the one who speaks."""
    if subject_of(verb) is not None:
        return None
    for fronted in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        if fronted.tag_ not in ("VBG", "VBN") or fronted.i != fronted.left_edge.i:
            continue
        loose = [t for t in fronted.subtree if t.dep_ in _LOOSE_DEPS and _a_persons(t)]
        if len(loose) != 1:
            continue
        name = loose[0]
        aside = {t.i for c in name.children if c.dep_ == "appos" for t in c.subtree}  # `, 44,`
        between = verb.doc[name.i + 1 : verb.i]
        if all(t.is_punct or t.i in aside for t in between):
            return name
    return None


def _a_persons(name: Token) -> bool:
    """A proper noun the recognizer typed a person, or one after `Ms`, `Dr` ..."""
    titled = any(c.dep_ == "compound" and c.lower_ in lexicon.PERSONAL_TITLES for c in name.lefts)
    return name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or titled)


def _reporter_of_participle(verb: Token) -> Token | None:
    """`The council denied that the charge was a tax, saying D`: the parser may hang a
    reporting participle on the verb of what was reported; the one saying is the one who
    reported it (`the council`), never that clause's subject (`the charge`)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    content = verb.head
    reporter = content.head
    if content.dep_ == "acl" and reporter.dep_ == "dobj":  # `denied reports that C, saying D`
        content, reporter = reporter, reporter.head
    if content.dep_ not in (*_CONTENT_DEPS, "dobj") or reporter.i == content.i:
        return None
    reporting = reporting_lemmas() | lexicon.DENYING_LEMMAS
    return reporter if reporter.lemma_ in reporting else None


def _inverted_speaker(verb: Token) -> Token | None:
    """`"C," read a statement from X`: with the content before a subjectless verb, the parser
    may make the speaker after it the verb's object; it is the one who speaks."""
    content_before = any(c.dep_ in _CONTENT_DEPS and c.i < verb.i for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not content_before or len(objects) != 1 or verb.dep_ != "ROOT":
        return None
    speaker = objects[0]
    return speaker if speaker.pos_ in ("NOUN", "PROPN") else None


def _noun_read_as_clause(content: Token) -> bool:
    """`X reported the find to the county's finds officer`: a verb straight after a possessive
    `'s` is a noun the tagger misread (`finds`); no clause was reported, and the sentence
    stays the article's narration."""
    before = content.doc[content.i - 1] if content.i > 0 else None
    possessive = before is not None and before.tag_ == "POS" and before.dep_ == "case"
    return possessive and subject_of(content) is None  # not `my lad's been happy`


def _verb_attribution(verb: Token, allowed: set[int], quoted: set[int]) -> Attribution | None:
    torn = _torn_tail_report(verb, allowed, quoted)
    if torn is not None:
        return torn
    speaker = _speaker_of(verb)
    if speaker is None or speaker.i in quoted:
        return None
    speaker_tokens = subtree(speaker) if speaker.head.i == verb.i else set()
    used = {verb.i} | speaker_tokens | _particles(verb)
    if speaker.head.i != verb.i:  # `..., who said:`: the relative pronoun goes with its verb
        used |= {c.i for c in verb.children if c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS}
    used |= {c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod", "punct", "dative")}
    used |= {t.i for c in verb.children if c.dep_ == "npadvmod" for t in c.subtree}
    contents: list[tuple[Token, set[int]]] = []
    for child in verb.children:
        if _small_clause(child, quoted):
            continue  # `the jury found him not guilty`: a verdict, not a report
        if _noun_read_as_clause(child):
            continue
        if child.dep_ in _CONTENT_DEPS and child.i not in speaker_tokens:
            stray = swallowed_predicate(verb)
            tokens = subtree(child) & allowed
            contents.append((child, tokens - _with_comma(stray) if stray is not None else tokens))
            used |= tokens
    contents = [piece for content in contents for piece in _pointed_out(content)]
    conceded = set().union(*(_conceded_report(head) for head, _ in contents))
    contents = [(head, tokens - conceded) for head, tokens in contents]
    used -= conceded
    subject = _subject_read_as_object(verb, contents)
    if subject is not None:  # `It said figures it had obtained showed C`
        head, tokens = contents[0]
        contents = [(head, tokens | (subtree(subject) & allowed))]
        used |= subtree(subject) & allowed
    elif contents and _orphaned_content(verb):
        # the parser split what was said in two: the claim keeps the report whole, in the
        # article's words (`X said about half of the space would be abroad`), still X's;
        # when nothing but the content follows the verb, without the speaker and verb
        whole = subtree(verb) & allowed
        contents = [(verb, _content_after(verb, whole) or whole)]
        used |= whole
    for second in _second_contents(verb, speaker_tokens):
        tokens = (subtree(second) - {min(subtree(second))}) & allowed
        contents.append((second, tokens))
        used |= tokens | {c.i for c in verb.children if c.dep_ == "cc" and c.i < second.i}
    for second in _spoken_on(verb, speaker_tokens, contents, quoted):
        tokens = subtree(second) & allowed
        contents.append((second, tokens))
        used |= tokens | {c.i for c in verb.children if c.dep_ == "cc" and c.i < second.i}
    continuing = tag_continuations(verb, speaker_tokens) or backshifted_continuations(
        verb, speaker, speaker_tokens, contents
    )
    for predicate, subject in continuing:
        shared = noun_phrase_of(subject) & allowed
        tokens = (subtree(predicate) & allowed) | shared
        contents.append((predicate, tokens))
        joiners = {
            c.i for c in verb.children if c.dep_ in ("cc", "punct") and verb.i < c.i < predicate.i
        }
        used |= tokens | joiners
    for clause, marker in tag_contrasts(verb, speaker_tokens):
        tokens = (subtree(clause) - {marker.i}) & allowed
        contents.append((clause, tokens))
        used |= tokens | ({marker.i, marker.i - 1} & allowed)
    # `C, X said`: with no content of its own the verb's head is what was said, unless the
    # verb has a complement it made something of (`found people sleeping`)
    made_of = any(_small_clause(c, quoted) for c in verb.children)
    tagged = verb.dep_ in _CONTENT_DEPS and verb.head.i != verb.i and _bare(verb)
    if not contents and tagged and not made_of:
        head = verb.head
        if head.lemma_ not in reporting_lemmas():
            tokens = (subtree(head) - subtree(verb)) & allowed
            contents.append((head, tokens))
            used |= tokens
    if contents and _conjoined_tag(verb, speaker_tokens, contents):
        # `A, but B, a study has found.`: the parser joined the tag to A as a second verb
        # with B its content; a tag after both tells both
        head = verb.head
        joiners = {c.i for c in head.children if c.dep_ in ("cc", "punct") and c.i > head.i}
        tokens = (subtree(head) - subtree(verb) - joiners) & allowed
        contents.insert(0, (head, tokens))
        used |= tokens | (joiners & allowed)
    if not contents and (subject := _content_read_as_object(verb)) is not None:
        # `X said the tenants, most of them students, each paid £60`: the report kept whole,
        # in the article's words, still X's
        whole = {i for i in subtree(verb) & allowed if i >= min(subtree(subject))}
        contents.append((verb, whole))
        used |= whole
    if not contents:
        quotation = _quotation_before(verb, speaker_tokens, allowed, quoted)
        if quotation:
            doc = verb.doc
            roots = [
                doc[i]
                for i in sorted(quotation)
                if doc[i].head.i not in quotation or doc[i].head.i == i
            ]
            verbal = [r for r in roots if r.pos_ in ("VERB", "AUX")]
            contents += [(root, quotation) for root in verbal or roots[:1]]
            used |= quotation
    if not contents and _dangles(verb, speaker_tokens):
        used |= subtree(verb) & allowed
    elif not contents:
        return None
    used |= _hearer(verb, contents) & allowed
    used |= _measured_from(verb) & allowed
    return Attribution(speaker, verb, contents, used & allowed)


def _torn_tail_report(verb: Token, allowed: set[int], quoted: set[int]) -> Attribution | None:
    """`A scheme that parks trucks in car parks has found 184 cancers, most of them early, a
    health board has said.`: a sentence-final tag the parser read as the root of everything,
    giving it a subject from the report (`scheme`) beside its own. The tag's subject is the
    last, set off by a comma and right before the verb; what stands before that comma is what
    was said, kept whole in the article's words, as the parse of it cannot be trusted."""
    if verb.dep_ != "ROOT" or verb.i in quoted:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2 or any(c.dep_ in _CONTENT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    if any(not t.is_punct for t in doc[verb.i + 1 :]):
        return None  # only the tag ends the sentence
    speaker = subjects[-1]
    first = min(subtree(speaker))
    between = doc[speaker.i + 1 : verb.i]
    if (
        first == 0
        or doc[first - 1].text != ","
        or any(t.dep_ not in ("aux", "neg") for t in between)
    ):
        return None
    report = set(range(first - 1)) & allowed
    if not report or report & quoted:
        return None
    tag = {i for i in range(first - 1, len(doc))} & allowed
    return Attribution(speaker, verb, [(verb, report)], report | tag, frozenset(report))


_MEASURED_MARKS = frozenset({"after", "before", "since", "until"})


_CONCESSIVE = frozenset({"although", "though", "whereas"})


def _conceded_report(head: Token) -> set[int]:
    """`Teachers reported that pupils were "more settled", although the researchers found no
    clear effect`: a concession in which another, named, source reports or finds is the
    article's set against the first report, not part of it (with the comma before it)."""
    cut: set[int] = set()
    for clause in (c for c in head.children if c.dep_ == "advcl"):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        subject = subject_of(clause)
        reports = clause.lemma_.lower() in reporting_lemmas() | lexicon.FINDING_LEMMAS
        if not marks & _CONCESSIVE or not reports or subject is None or subject.pos_ == "PRON":
            continue
        cut |= subtree(clause)
        before = min(subtree(clause)) - 1
        if before >= 0 and head.doc[before].text == ",":
            cut.add(before)
    return cut


def _measured_from(verb: Token) -> set[int]:
    """`The results come a week after X said C`: a span of time measured from the report
    goes with it, or the rest would read `The results come a week`."""
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if verb.dep_ != "advcl" or mark is None or mark.lower_ not in _MEASURED_MARKS:
        return set()
    return {
        i
        for c in verb.head.children
        if c.dep_ == "npadvmod" and max(subtree(c)) == mark.i - 1
        for i in subtree(c)
    }


def _hearer(verb: Token, contents: list[tuple[Token, set[int]]]) -> set[int]:
    """`who told the jury he had no idea`: the one told is part of the telling, never left
    behind in what the rest of the sentence says (`Ann Webb, the jury, showed no emotion`)."""
    if verb.lemma_ not in lexicon.HEARER_SUBJECT_VERBS or not contents:
        return set()
    first = min(min(tokens, default=head.i) for head, tokens in contents)
    return {
        i for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < first for i in subtree(c)
    }


def tag_continuations(verb: Token, speaker_tokens: set[int]) -> list[tuple[Token, Token]]:
    """`The cap would apply from April, he said, and would cut charges by 15%`: after a speech
    tag set inside the sentence, the parser joins the second predicate to the reporting verb.
    It has no subject of its own and goes on with what was said: its subject is the content's
    (`the cap`), never the tag's `he`. (predicate, subject) pairs."""
    before = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i < verb.i]
    subject = subject_of(before[0]) if len(before) == 1 else None
    if subject is None or subject.tag_ in _RELATIVE_TAGS or not speaker_tokens:
        return []
    found = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if conj.lemma_ in reporting_lemmas():
            continue  # `C, said X, and added that D`: X speaks again
        joined = any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children)
        if joined and subject_of(conj) is None and not subtree(conj) & speaker_tokens:
            found.append((conj, subject))
    return found


_TAG_CONTRAST_MARKERS = frozenset({"while", "whilst", "whereas"})


def tag_contrasts(verb: Token, speaker_tokens: set[int]) -> list[tuple[Token, Token]]:
    """`Revenue fell 6%, the company said, while profits halved`: after a speech tag set
    inside the sentence, the parser hangs the `while` clause on the reporting verb, but it
    goes on with what was said: a second content of the same speaker, without its marker
    (never `While profits halved` in the article's voice). (clause, marker) pairs."""
    before = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i < verb.i]
    if len(before) != 1 or not speaker_tokens:
        return []
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        marker = next(
            (c for c in clause.children if c.dep_ == "mark" and c.lower_ in _TAG_CONTRAST_MARKERS),
            None,
        )
        subject = subject_of(clause)
        if marker is None or subject is None or marker.i != min(subtree(clause)):
            continue
        if subject.pos_ == "PRON":
            continue  # `C, he said, while he was in London`: when he spoke, not what
        if subtree(clause) & speaker_tokens:
            continue
        found.append((clause, marker))
    return found


_BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should"})


def backshifted_continuations(
    verb: Token,
    speaker: Token,
    speaker_tokens: set[int],
    contents: list[tuple[Token, set[int]]],
) -> list[tuple[Token, Token]]:
    """`Carr said he was "devastated" and would appeal`: the parser may join the second
    predicate to the past reporting verb, not to the content. With a modal of reported speech
    (`would`, `could`) and no subject of its own it goes on with what was said, its subject
    the speaker (`Carr would appeal`); `X said C and resigned` is the article's event."""
    if verb.tag_ != "VBD" or not contents or not speaker_tokens:
        return []
    actor = _spoken_for_subject(speaker, contents) or _its_subject(speaker, contents) or speaker
    found = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ != "VERB":
            continue
        if conj.lemma_ in reporting_lemmas() or subject_of(conj) is not None:
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED_MODALS for c in conj.children)
        # `said it was upset and was considering an appeal`: a past progressive is backshifted
        progressive = any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in conj.children)
        modal = modal or (conj.tag_ == "VBG" and progressive)
        joined = any(c.dep_ == "cc" and c.lower_ == "and" and c.i < conj.i for c in verb.children)
        if modal and joined and not subtree(conj) & speaker_tokens:
            found.append((conj, actor))
    return found


def _its_subject(speaker: Token, contents: list[tuple[Token, set[int]]]) -> Token | None:
    """`Tom Berg said it was "disappointed" and would appeal`: the `it` of what a person said
    (a body, never the person, whom the article would call he or she) is the one who would."""
    body = speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.lower_ in ("it", "they")
    if body or len(contents) != 1:
        return None
    subject = subject_of(contents[0][0])
    return subject if subject is not None and subject.lower_ == "it" else None


def _spoken_for_subject(speaker: Token, contents: list[tuple[Token, set[int]]]) -> Token | None:
    """`A spokesman said the government was "disappointed" and would set up a taskforce`: a
    spokesperson speaks for a body and does not act; what would be done is the content's
    subject's (a noun, never a pronoun that may be the spokesperson's `we`)."""
    if speaker.lemma_.lower() not in lexicon.SPOKESPERSON_NOUNS or len(contents) != 1:
        return None
    subject = subject_of(contents[0][0])
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject


def noun_phrase_of(subject: Token) -> set[int]:
    """A subject with what stands before and in it, without a clause set off after it."""
    return subtree(subject) - {
        i for c in subject.rights if c.dep_ in ("relcl", "appos", "acl") for i in _with_comma(c)
    }


def _pointed_out(content: tuple[Token, set[int]]) -> list[tuple[Token, set[int]]]:
    """`X said the bid was fair, pointing out that sales had fallen 3%`: a reporting
    participle set off after what was said is the same speaker saying a second thing; it is
    cut off the first content (with its comma), and what it says is a content of its own."""
    head, tokens = content
    doc = head.doc
    pieces: list[tuple[Token, set[int]]] = []
    for participle in (doc[i] for i in sorted(tokens)):
        if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i == head.i:
            continue
        said = [c for c in participle.children if c.dep_ == "ccomp" and c.i > participle.i]
        start = min(subtree(participle))
        set_off = start > 0 and doc[start - 1].text == "," and start == participle.i
        particles = [
            f"{participle.lemma_} {c.lower_}" for c in participle.children if c.dep_ == "prt"
        ]
        reports = {participle.lemma_, *particles} & reporting_lemmas()
        if not reports or len(said) != 1 or not set_off:
            continue
        tokens = tokens - subtree(participle) - {start - 1}
        pieces.append((said[0], subtree(said[0]) & content[1]))
    return [(head, tokens), *pieces]


def _subject_read_as_object(verb: Token, contents: list[tuple[Token, set[int]]]) -> Token | None:
    """`X said figures it had obtained showed C`: with no `that`, the parser may make the
    content's subject the object of `said` and leave the content's verb without one. A
    speech verb that takes no object (not `tell`) followed by one noun and then a content
    with no subject: that noun is the content's subject."""
    if verb.lemma_ not in lexicon.PLAIN_SPEECH_LEMMAS or verb.lemma_ == "tell":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(contents) != 1 or len(objects) != 1:
        return None
    head, noun = contents[0][0], objects[0]
    if head.dep_ != "ccomp" or subject_of(head) is not None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    between = verb.doc[max(subtree(noun)) + 1 : min(subtree(head))]
    return noun if verb.i < noun.i < head.i and not len(between) else None


def _content_read_as_object(verb: Token) -> Token | None:
    """`X said the tenants, most of them students, each paid £60 a week`: after an aside the
    parser may read the content's subject as the object of `said` and its verb as a
    participle inside that object. A plain speech verb (not `tell`) with no content, whose one
    noun object holds a past verb after a comma (not in a `who`/`which` clause): that noun
    opens what was said. The noun is returned."""
    if verb.lemma_ not in lexicon.PLAIN_SPEECH_LEMMAS or verb.lemma_ == "tell":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN") or objects[0].i < verb.i:
        return None
    noun = objects[0]
    doc = verb.doc
    for participle in noun.subtree:
        if participle.dep_ not in ("acl", "relcl") or participle.tag_ not in ("VBD", "VBN"):
            continue
        opening = doc[min(subtree(participle))]
        if opening.tag_ in _RELATIVE_TAGS or opening.lower_ in _RELATIVE_WORDS:
            continue
        if any(t.text == "," for t in doc[noun.i + 1 : participle.i]):
            return noun
    return None


def _content_after(verb: Token, whole: set[int]) -> set[int]:
    """`He added that every signal altered during work was now tested twice`: the tokens
    after the verb when they are only its contents (and punctuation), else none."""
    doc = verb.doc
    after = {i for i in whole if i > verb.i}
    contents = set().union(
        *(subtree(c) for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i > verb.i)
    )
    rest = [i for i in after - contents if not doc[i].is_punct]
    return after if contents and not rest else set()


def _second_contents(verb: Token, speaker_tokens: set[int]) -> list[Token]:
    """`X said C, but that D`: the parser may join the second `that` clause to the reporting
    verb as a clause of its own (`that` read as a determiner); it is a second thing X said."""
    found = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        first = verb.doc[min(subtree(conj))]
        # `but that waits ... remained too long`: the `that` may even be read as a subject
        # inside the clause's own subject; a `that` that is the clause's subject (`but that
        # was not enough`) may be the writer's demonstrative and is left alone
        in_subject = (
            first.dep_ == "nsubj" and first.head.i != conj.i and first.head.dep_ in SUBJECTS
        )
        opens_with_that = first.lower_ == "that" and (first.dep_ in ("mark", "det") or in_subject)
        if opens_with_that and subject_of(conj) is not None and not subtree(conj) & speaker_tokens:
            found.append(conj)
    return found


def _spoken_on(
    verb: Token,
    speaker_tokens: set[int],
    contents: list[tuple[Token, set[int]]],
    quoted: set[int],
) -> list[Token]:
    """`X said the show was insured, but the loss would still cost "millions"`: the parser
    may join a second clause to the past reporting verb. With the modal of reported speech
    (`would`, `could`) or words in quotation marks, and a thing (or `it`) for its subject, it
    goes on with what X said; a clause of someone's own (`but critics called it "a joke"`)
    or in plain past (`but shares fell`) may be the article's, and stays so."""
    if verb.tag_ != "VBD" or not speaker_tokens or not any(h.i > verb.i for h, _ in contents):
        return []
    found = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(head.i == conj.i for head, _ in contents):
            continue  # `but that D`: a second content already
        if reporting_lemma(conj) in reporting_lemmas() or conj.lemma_ in speech_act_lemmas():
            continue
        subject = subject_of(conj)
        if subject is None or subject.i in quoted or subtree(conj) & speaker_tokens:
            continue
        someone = subject.ent_type_ in _SPEAKING_ENTITIES or subject.pos_ == "PROPN"
        noun = subject.lemma_.lower()
        person_word = noun in lexicon.ROLE_NOUNS or noun in lexicon.SPOKESPERSON_NOUNS
        body = noun in lexicon.ORGANISATION_NOUNS or noun in lexicon.ORGANISATION_TRADES
        if someone or person_word or body or (subject.pos_ == "PRON" and subject.lower_ != "it"):
            continue  # `but an independent tribunal rejected that explanation`: its own act
        if any(t.i != conj.i and reporting_lemma(t) in reporting_lemmas() for t in conj.subtree):
            continue  # `..., saying he had provided "no credible evidence"`: its own words
        joined = any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children)
        spoken = _backshifted(conj) or bool(subtree(conj) & quoted)
        if joined and spoken:
            found.append(conj)
    return found


def _backshifted(clause: Token) -> bool:
    """The clause's verb, or the verb of what it frames (`it was unlikely that X would`),
    takes a modal of reported speech."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("ccomp", "xcomp"))]
    return any(
        c.dep_ == "aux" and c.lower_ in _BACKSHIFTED_MODALS for v in verbs for c in v.children
    )


def _small_clause(child: Token, quoted: set[int]) -> bool:
    """`found him not guilty`, `declared the vote void`: a verbless complement with a subject
    of its own says what the verb made of someone or something (`found people sleeping`
    what was seen); nothing is reported."""
    if child.dep_ != "ccomp" or subject_of(child) is None or subtree(child) & quoted:
        return False
    # `officers found people sleeping in the loft`: a bare participle with a subject of its
    # own and no auxiliary or `that` is what was seen, not a clause that was reported
    seen = child.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in child.children)
    return child.pos_ in ("ADJ", "NOUN", "ADV") or seen  # `finding it harder`


def swallowed_predicate(verb: Token) -> Token | None:
    """`The union, which says pay fell 5%, called a strike`: the parser may make the noun the
    sentence's root and hang its own verb (`called`) on what was said, after the comma that
    closes the relative clause. A verb joined by that comma alone, with no subject of its
    own, is the noun's predicate, not the speaker's words; it is returned so the caller can
    say it of the noun in the article's voice."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "ROOT" or not noun.pos_.startswith(("NOUN", "PROPN")):
        return None
    for content in (c for c in verb.children if c.dep_ in _CONTENT_DEPS):
        for conj in (c for c in content.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            joined = [c for c in content.children if content.i < c.i < conj.i and c.dep_ == "cc"]
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
            comma = conj.doc[min(subtree(conj)) - 1].text == ","
            if comma and not joined and not own_subject:
                return conj
    return None


def _with_comma(predicate: Token) -> set[int]:
    taken = subtree(predicate)
    return taken | {min(taken) - 1}


def _bare(verb: Token) -> bool:
    """`C, X said.`: a reporting verb set beside its content takes no object of its own (only
    a hearer, `he told reporters`); `help programmers write clear code` is no report."""
    return verb.lemma_ == "tell" or not any(c.dep_ == "dobj" for c in verb.children)


def _quotation_before(
    verb: Token, speaker_tokens: set[int], allowed: set[int], quoted: set[int]
) -> set[int]:
    """`"C," he told the BBC`: when the parser did not make C the verb's complement, the
    quotation that ends just before the speaker and verb is still what was said."""
    words = sorted(quoted & allowed)
    if not words:
        return set()
    attribution_start = min(speaker_tokens | {verb.i})
    between = verb.doc[words[-1] + 1 : attribution_start]
    if words[-1] >= attribution_start or not all(t.is_punct for t in between):
        return set()
    first = words[0]
    return {i for i in range(first, words[-1] + 1) if i in allowed}


def _dangles(verb: Token, speaker_tokens: set[int]) -> bool:
    """`She added:` or `..., he said.` standing alone: the verb ends its clause with nothing
    after it but punctuation or quotation marks."""
    after = [t for t in verb.doc[verb.i + 1 :] if not t.is_punct and t.i not in speaker_tokens]
    return not after or verb.doc[verb.i + 1].text == ":"


def _according_to(token: Token, allowed: set[int]) -> Attribution | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None or token.head.i == token.i:
        return None
    head = token.head
    name_rest = {t.i for t in name_continuation(source)}
    content = ((subtree(head) - subtree(token) - name_rest) | _stray_apposition(source)) & allowed
    return Attribution(source, None, [(head, content)], (subtree(head) | subtree(token)) & allowed)


def _stray_apposition(source: Token) -> set[int]:
    """`Inflation rose to 3%, according to official figures, its highest for a decade`: the
    parser hangs the closing apposition on the source, but a common noun such as `figures` is
    not what `its highest rate` describes; it belongs to what was said."""
    if source.pos_ != "NOUN":
        return set()
    found: set[int] = set()
    for apposition in source.children:
        if apposition.dep_ != "appos" or apposition.pos_ != "NOUN" or apposition.i < source.i:
            continue  # `according to the firm's boss, Tom Berg` names the source
        taken = subtree(apposition)
        if source.doc[min(taken) - 1].text == ",":
            found |= taken
    return found


def _is_according(token: Token) -> bool:
    return token.lower_ == "according" and token.dep_ == "prep"


def find_attribution(doc: Doc, allowed: set[int], quoted: set[int]) -> Attribution | None:
    """The outermost reporting act among `allowed` tokens, or None."""
    # Only `according` and reporting verbs can be one: the others are left out before the
    # (stable) sort by depth and the tests below, which leaves the order of these unchanged.
    candidates = sorted(
        (t for t in doc if t.i in allowed and t.i not in quoted and _may_report(t)),
        key=_depth,
    )
    for token in candidates:
        if _is_according(token):
            found = _according_to(token, allowed)
        elif _not_the_speakers_words(token, quoted):
            continue
        elif reporting_lemma(token) in reporting_lemmas() and token.pos_ in ("VERB", "AUX"):
            # `According to Y's book, Z had said C`: the book's account, Z's words inside it.
            source = next((c for c in token.children if _is_according(c) and c.i in allowed), None)
            account = _according_to(source, allowed) if source is not None else None
            tag = _tag_over(token, allowed, quoted)
            if account is not None and _speaks(account.speaker):
                found = account
            elif tag is not None:
                found = _tagged_report(token, tag, allowed)
            else:
                found = _verb_attribution(token, allowed, quoted)
        else:
            continue
        if found is not None:
            return found
    return None


def _may_report(token: Token) -> bool:
    return _is_according(token) or (
        reporting_lemma(token) in reporting_lemmas() and token.pos_ in ("VERB", "AUX")
    )


def _conjoined_tag(
    verb: Token, speaker_tokens: set[int], contents: list[tuple[Token, set[int]]]
) -> bool:
    """`A, but B, a study has found.`: a reporting verb joined to the sentence's main verb,
    ending the sentence after its subject, with what it reports all before that subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.head.i != head.i or head.i > verb.i or not speaker_tokens:
        return False
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in reporting_lemmas():
        return False
    if not all(max(tokens) < min(speaker_tokens) for _head, tokens in contents if tokens):
        return False
    return all(t.is_punct for t in verb.doc[verb.i + 1 :])


def _tag_over(verb: Token, allowed: set[int], quoted: set[int]) -> Token | None:
    """`Witnesses would say that C, Mr X said, and that D`: a bare reporting tag set inside a
    report is the one who speaks the whole sentence; the report it interrupts (what the
    witnesses would say) is that speaker's claim, not the article's word for the witnesses."""
    for tag in verb.children:
        if tag.dep_ != "parataxis" or tag.i not in allowed or tag.i in quoted:
            continue
        if tag.lemma_.lower() not in reporting_lemmas() or not _bare(tag):
            continue
        subject = subject_of(tag)
        has_content = any(c.dep_ in (*_CONTENT_DEPS, "xcomp") for c in tag.children)
        if subject is None or subject.i in quoted or subject.tag_ in _RELATIVE_TAGS:
            continue
        if not has_content and tag.i > verb.i and subject.i > min(subtree(verb)):
            return tag
    return None


def _tagged_report(verb: Token, tag: Token, allowed: set[int]) -> Attribution:
    """The tag's attribution: its speaker says the whole report it interrupts, and any
    `..., and that D` joined to either verb."""
    speaker = subject_of(tag)
    assert speaker is not None  # _tag_over found it
    seconds = _second_contents(verb, subtree(tag)) + _second_contents(tag, subtree(speaker))
    second_words = set().union(*(subtree(s) for s in seconds))
    joiners = {c.i for v in (verb, tag) for c in v.children if c.dep_ == "cc"}
    if not seconds:
        joiners = set()
    tag_words = (subtree(tag) - second_words - joiners) & allowed
    edges = (min(tag_words) - 1, max(tag_words) + 1)
    commas = {i for i in edges if 0 <= i < len(verb.doc) and verb.doc[i].text == ","}
    report = (subtree(verb) & allowed) - tag_words - commas - second_words - joiners
    contents = [(verb, report)] + [
        (second, (subtree(second) - {min(subtree(second))}) & allowed) for second in seconds
    ]
    used = (report | tag_words | commas | second_words | joiners) & allowed
    return Attribution(speaker, tag, contents, used)


def _contact_relative(verb: Token) -> bool:
    """`paid $9bn - nowhere near the $27bn Russia says it owes`: a reporting verb in a relative
    clause with no `who`/`which` tells only what that noun is; it does not attribute the
    sentence around it, which stays the article's own account. (`the 7E7, which Boeing says is
    cheap` does credit Boeing with what is said of the 7E7.)"""
    subject = subject_of(verb)
    if subject is None or subject.tag_ in _RELATIVE_TAGS:
        return False
    if verb.dep_ == "relcl":  # `which X says is cheap` tells what X says of the noun
        before = verb.doc[min(subtree(verb)) : verb.i]
        return not any(t.tag_ in _RELATIVE_TAGS or t.lower_ in _RELATIVE_WORDS for t in before)
    # The parser may instead make the verb the root, with the words before the noun as one
    # complement and the words after it as another; `C, X says` has a comma before X.
    contents = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
    before_noun = verb.doc[min(subtree(subject)) - 1] if min(subtree(subject)) > 0 else None
    return (
        any(c.i < subject.i for c in contents)
        and any(c.i > verb.i for c in contents)
        and before_noun is not None
        and before_noun.pos_ in ("NOUN", "PROPN", "NUM")
    )


_QUESTION_WORDS = frozenset(
    {"how", "what", "whether", "why", "when", "where", "which", "who", "if"}
)


def _asks_what(verb: Token) -> bool:
    """`Acme has not said how much it will charge`, `X asked whether C`: what follows the
    verb is a question, not something the speaker stated; the sentence is the claim."""
    contents = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i > verb.i]
    return bool(contents) and all(_a_question(c, verb) for c in contents)


_CLAUSE_DEPS = frozenset({"advcl", "csubj", "ccomp", "relcl", "acl", "xcomp", "conj"})


def _a_question(content: Token, verb: Token) -> bool:
    """`how much it will charge`, `whether it would cut jobs`: the clause's first word asks,
    and belongs to the clause itself (not `when the plant opened, it employed 4,000`, not
    `what the country needed was more homes`)."""
    word = content.doc[min(subtree(content))]
    if word.lower_ not in _QUESTION_WORDS or word.i < verb.i:  # `which she said was`
        return False
    while word.i != content.i:
        if word.dep_ in _CLAUSE_DEPS or word.head.i == word.i:
            return False
        word = word.head
    return True


def _not_the_speakers_words(verb: Token, quoted: set[int]) -> bool:
    return (
        verb.lemma_.lower() in lexicon.DENYING_LEMMAS
        or _asks_what(verb)
        or _contact_relative(verb)
        or _said_at_a_time(verb)
        or _joined_without_joiner(verb)
        or _act_in_doubt(verb, quoted)
        or _only_seeming(verb)
        or _backshift_in_doubt(verb)
        or (verb.dep_ == "relcl" and antecedent_in_doubt(verb, min(subtree(verb))))
        or _which_after_a_preposition(verb)
    )


def _which_after_a_preposition(verb: Token) -> bool:
    """`plans for a stadium on the edge of the town, which it says would double its
    capacity`: a `which` hung on a common noun that ends a chain of prepositions may stand for
    any noun of the chain, or the whole clause (as clauses keeps such a clause whole when
    no one reports it); cut out, the claim would say the town doubles its capacity."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    first = verb.doc[min(subtree(verb))]
    set_off = first.lower_ == "which" and first.i > 0 and verb.doc[first.i - 1].text == ","
    if set_off and noun.dep_ == "pobj" and noun.ent_type_ in ("DATE", "TIME"):
        return True  # `a warning from Friday, which he admitted could slow repairs`
    return (
        set_off
        and noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.head.head.pos_ == "NOUN"  # `the edge of the town`, not `rose after the deal`
    )


def _backshift_in_doubt(verb: Token) -> bool:
    """`X said the board aimed to cut costs, and had already cut the wage bill`: see
    clauses.backshift_in_doubt; the sentence stays whole, as the article wrote it."""
    return any(backshift_in_doubt(verb, c) for c in verb.children if c.dep_ == "conj")


def _only_seeming(verb: Token) -> bool:
    """`CCTV footage appeared to show a man approaching X`: a report raised by `seem` or
    `appear` is the article's reading of how something looked; its subject (footage, a
    letter, a person) is not on the record as saying anything, so the sentence stays whole."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.SEEMING_VERBS


def _said_at_a_time(verb: Token) -> bool:
    """`The results come a week after X said C`, `Shares fell 5% after the firm said C`: a
    reporting verb in a clause of time measured from the main clause's (`a week after`), or
    with the main clause's figure hung just before it, dates the main clause; the parser
    gives the measure to the main verb, and cut as an attribution, the main clause would
    lose its measure (`The results come.`) and the speaker would take the rest."""
    if verb.dep_ != "advcl":
        return False
    marks = [
        c
        for c in verb.children
        if c.dep_ in ("mark", "advmod") and c.lower_ in lexicon.CIRCUMSTANCE_MARKS
    ]
    if not marks or marks[0].i == 0:
        return False
    before = verb.doc[marks[0].i - 1]
    return before.dep_ == "npadvmod" and before.head.i in (verb.i, verb.head.i)


def _orphaned_content(verb: Token) -> bool:
    """`The study found that 16% of children aged two to 15 were obese`, `He said about half
    of the space would be abroad`: the parser may hang the content's subject elsewhere (read
    `aged` as the content's verb, or `about half` as a modifier of `said`) and leave the real
    verb (`were`, `would be`) as a content with no subject. Cut along that parse, the claim
    would lose its subject or its verb; the sentence is kept in the article's words instead."""
    contents = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i > verb.i]
    for index, content in enumerate(contents):
        if subject_of(content) is not None:
            continue
        earlier = contents[index - 1] if index else None
        start = max(subtree(earlier)) + 1 if earlier is not None else verb.i + 1
        between = verb.doc[start : min(subtree(content))]
        if any(t.dep_ == "cc" or t.is_quote for t in between):
            continue
        if earlier is not None or any(
            t.head.i == verb.i and t.dep_ in ("prep", "dobj", "npadvmod") for t in between
        ):
            return True
    return False


def _act_in_doubt(verb: Token, quoted: set[int]) -> bool:
    """`Yukos says the tax demands are exorbitant, and had sought refuge in US courts`: a verb
    in what was said that may be the speaker's own act (clauses.subject_in_doubt) makes the
    speaker part of the claim: the sentence is kept whole, as the article wrote it. Inside
    the quotation marks with what was said, the verb is the speaker's words all the same."""
    for content in (c for c in verb.children if c.dep_ in _CONTENT_DEPS):
        if max(subtree(content)) < verb.i:
            continue  # `C and D, she added`: all of it stands before her verb, all hers
        joined = (
            c
            for c in content.children
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not {c.i, content.i} <= quoted
        )
        if any(subject_in_doubt(content, conj) for conj in joined):
            return True
    return False


def _joined_without_joiner(verb: Token) -> bool:
    """`Reports say X paid $2m from a bank (Savings Bank) account to the fund`: the parser may
    read a noun as a verb coordinated with the reporting verb (`account`), with no `and` or
    comma between them. The attribution would then cut the content short and give the rest to
    the speaker; the sentence is kept in the article's words instead."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        joiners = [c for c in verb.children if c.dep_ in ("cc", "punct") and verb.i < c.i < conj.i]
        if not joiners:
            return True
    return False


_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG"})


def speaks_inside(outer: Attribution, inner: Attribution) -> bool:
    """Whether a reporting act inside what `outer` reports has a speaker of its own.

    When a person or organisation on the record reports what someone else said (`X said Y told
    him C`, a prosecutor's `Y had told investors C`, a paper's `Y told Z C`, `according to Y's
    book, Z had said C`), only X is heard: that Y said C is X's claim, so C stays with X with
    the inner verb in its words — crediting C to Y would put words in Y's mouth on X's word.
    Only a source that is not on the record hands C on: `Court filings show the state
    estimated C` and `according to court filings, the state estimated C` keep the inner
    speaker (filings do not speak; the estimate is the state's)."""
    if outer.verb is None or inner.verb is None:
        return False
    if _counted_share(inner.speaker):
        return False  # `a survey found that 62% of people said C`: the survey's finding
    return not (_speaks(outer.speaker) or _reads_a_document(outer, inner))


def _counted_share(speaker: Token) -> bool:
    """`62% of people`, `Three in five drivers`: a share a count gives, no one who speaks."""
    own = [speaker, *(c for c in speaker.children if c.dep_ in ("nummod", "quantmod", "amod"))]
    counts = [t for t in own if t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL")]
    return any(t.lower_ not in ("one", "1") for t in counts)  # `One of its researchers` is one


# What is read as evidence besides figures and studies: `Researchers said tests showed C`.
_EVIDENCE = frozenset({"test", "result", "measurement", "scan", "record"})


def _reads_a_document(outer: Attribution, inner: Attribution) -> bool:
    """`The fishing industry said the report showed C`: what a report or figures show, told
    by someone who `says` it (a body the lexicon does not list included), is that speaker's
    reading of the document, not the document's own finding."""
    assert outer.verb is not None
    document = inner.speaker.lemma_.lower() in lexicon.DATA_NOUNS | lexicon.STUDY_NOUNS | _EVIDENCE
    speaker = outer.speaker.lemma_.lower()
    return (
        document
        and outer.verb.lemma_.lower() in lexicon.PLAIN_SPEECH_LEMMAS
        and speaker not in lexicon.DATA_NOUNS | lexicon.STUDY_NOUNS
    )


def _speaks(speaker: Token) -> bool:
    """A person or organisation who can be on the record: a name, a pronoun, a role."""
    if speaker.tag_ == "PRP" or speaker.ent_type_ in _SPEAKING_ENTITIES:
        return True
    if speaker.pos_ == "PROPN" and not speaker.ent_type_:
        return True  # a name the recognizer missed (`Mr Browne said the drop showed C`)
    named = (c for c in speaker.children if c.dep_ in ("appos", "compound", "poss"))
    if any(t.ent_type_ == "PERSON" for t in named):
        return True  # `our correspondent Tom Hill`, `Y's book`; not `court filings`
    noun = speaker.lemma_.lower()
    return (
        noun in lexicon.ROLE_NOUNS
        or noun in lexicon.ORGANISATION_NOUNS
        or noun in lexicon.SPOKESPERSON_NOUNS
    )


def own_tag_in_relative(outer: Attribution, inner: Attribution) -> set[int]:
    """`X said the cost would be 12m, which she said would be met from budgets`: a `he said` /
    `she said` inside a relative clause of what X said is X speaking on. The claim keeps
    the clause (`12m, which would be met from budgets`), not the tag, whose `she` would
    otherwise be resolved inside the claim's words. Empty when the tag may be someone else's:
    another person named in what X said, an organisation or a group speaking, a gender word
    that does not fit."""
    verb, pronoun = inner.verb, inner.speaker
    if outer.verb is None or verb is None or verb.dep_ != "relcl":
        return set()
    if pronoun.lower_ not in ("he", "she") or pronoun.head.i != verb.i:
        return set()
    relative = verb.doc[min(subtree(verb))]
    if relative.lower_ not in _RELATIVE_WORDS or relative.head.i == verb.i:
        return set()
    speaker = outer.speaker
    if speaker.tag_ == "PRP" or speaker.ent_type_ in ("ORG", "GPE", "NORP"):
        return set()
    noun = speaker.lower_
    if (pronoun.lower_ == "he" and noun.endswith("woman")) or (
        pronoun.lower_ == "she" and noun.endswith("man") and not noun.endswith("woman")
    ):
        return set()
    content = set().union(*(tokens for _, tokens in outer.contents))
    if any(verb.doc[i].ent_type_ == "PERSON" for i in content if i < verb.i):
        return set()
    return {verb.i, pronoun.i}
