"""The indexes that keep a long article's look-backs linear answer as the scans they replaced:
the sentences that speak of a kind before a given one, and the organisations a sentence names
only after a given word. Made-up article."""

from __future__ import annotations

from factcheck.splitter.context import EntityBook, unowned
from factcheck.splitter.document import read_sentences, speaking_of, speaking_of_before

_ARTICLE = (
    "Bakery chain to shut stores\n\n"
    "Acme Bakeries said it would close 12 stores by March.\n\n"
    "The firm, which employs 900 people, blamed energy bills. Rival chain Beta Breads said "
    "its own stores were trading well.\n\n"
    "A store in Leeds will close first, Acme said, and Beta Breads may buy the site.\n\n"
    "The union Unite said the bakery workers deserved better. Acme Bakeries declined to comment."
)
_KINDS = [
    frozenset({"store", "shop"}),
    frozenset({"firm", "company", "chain"}),
    frozenset({"union"}),
    frozenset({"bakery"}),
    frozenset({"river"}),
]


def test_the_lemma_index_finds_the_sentences_a_scan_finds() -> None:
    sentences = read_sentences(_ARTICLE)
    assert sentences[0].article_lemmas is not None
    for index in range(len(sentences) + 1):
        for kind in _KINDS:
            scanned = speaking_of(sentences[:index], kind)
            assert speaking_of_before(sentences, index, kind) == scanned, (index, kind)


def test_names_given_only_after_a_word_match_a_scan_of_the_book() -> None:
    sentences = read_sentences(_ARTICLE)
    book = EntityBook()
    for sentence in sentences:
        book.read(sentence.doc, sentence.index, headline=sentence.headline)
        for at in range(len(sentence.doc) + 1):
            assert book.named_only_after(sentence.index, at) == _scanned(book, sentence.index, at)
    assert any(book.named_only_after(s.index, 0) for s in sentences)


def _scanned(book: EntityBook, sentence: int, at: int) -> set[str]:
    later = {
        unowned(n)
        for n, where, start, _ in book.named_in_order
        if where == sentence and start >= at
    }
    earlier = {unowned(n) for n, where in book.organisations if where < sentence} | {
        unowned(n) for n, where, start, _ in book.named_in_order if where == sentence and start < at
    }
    return later - earlier
