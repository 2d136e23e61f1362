"""Reading claims a page at a time: every claim once, in order, and no save lost to a page
read before it."""

from __future__ import annotations

from factcheck.app import ClaimLoad, claim_pages
from factcheck.models import Claim, ClaimKind


def claim(number: int, revision: int = 0) -> Claim:
    text = f"Unemployment fell to {number} percent."
    return Claim(
        id=f"a1-{number:03d}",
        article_id="a1",
        text=text,
        extracted_text=text,
        sentence_index=number,
        span=(0, len(text)),
        sentence=text,
        kind=ClaimKind.QUANTITY,
        revision=revision,
    )


def reader(claims: list[Claim]):
    asked = []

    def read_page(offset: int, limit: int) -> tuple[list[Claim], int]:
        asked.append((offset, limit))
        return claims[offset : offset + limit], len(claims)

    return read_page, asked


def test_pages_cover_every_claim_once_growing_after_a_small_first_page() -> None:
    claims = [claim(n) for n in range(60)]
    read_page, asked = reader(claims)
    pages = list(claim_pages(read_page, first=5, batch=10, most=25))
    assert [c.id for page in pages for c in page.claims] == [c.id for c in claims]
    assert asked == [(0, 5), (5, 10), (15, 20), (35, 25)]
    assert [(p.loaded, p.total, p.last) for p in pages] == [
        (5, 60, False),
        (15, 60, False),
        (35, 60, False),
        (60, 60, True),
    ]


def test_a_page_handed_over_in_parts_keeps_its_count_and_end() -> None:
    read_page, _ = reader([claim(n) for n in range(12)])
    first, last = claim_pages(read_page, first=2, batch=20)
    parts = list(last.parts(size=4))
    assert [[c.id for c in p.claims] for p in parts] == [
        [c.id for c in last.claims[:4]],
        [c.id for c in last.claims[4:8]],
        [c.id for c in last.claims[8:]],
    ]
    assert [(p.loaded, p.last) for p in parts] == [(6, False), (10, False), (12, True)]
    assert [(p.loaded, p.last) for p in first.parts(size=4)] == [(2, False)]


def test_a_store_smaller_than_the_first_page_is_one_page() -> None:
    read_page, asked = reader([claim(n) for n in range(3)])
    pages = list(claim_pages(read_page, first=5))
    assert len(pages) == 1 and pages[0].last and asked == [(0, 5)]


def test_an_empty_store_is_one_empty_last_page() -> None:
    read_page, _ = reader([])
    (page,) = claim_pages(read_page)
    assert page.claims == [] and page.last and page.total == 0


def test_a_save_heard_before_its_page_keeps_the_newer_revision() -> None:
    load = ClaimLoad.starting()
    pages = claim_pages(reader([claim(n) for n in range(4)])[0], first=2, batch=2)
    assert [c.id for c in load.take(next(pages), known=())] == ["a1-000", "a1-001"]
    load.note_change(claim(3, revision=2))  # saved after its page was read
    second = next(pages)
    taken = load.take(second, known={"a1-000", "a1-001"})
    assert [(c.id, c.revision) for c in taken] == [("a1-002", 0), ("a1-003", 2)]
    assert load.complete and load.progress == "" and load.unplaced() == []


def test_an_older_change_does_not_replace_a_newer_page() -> None:
    load = ClaimLoad.starting()
    load.note_change(claim(1, revision=1))
    read_page, _ = reader([claim(0), claim(1, revision=3)])
    (page,) = claim_pages(read_page)
    assert [c.revision for c in load.take(page, known=())] == [0, 3]


def test_progress_is_told_until_the_last_page() -> None:
    load = ClaimLoad.starting()
    pages = claim_pages(reader([claim(n) for n in range(3000)])[0], first=300)
    load.take(next(pages), known=())
    assert load.progress == "loading 300 of 3,000 claims"
    assert not load.complete


def test_a_change_no_page_held_is_handed_back_once_complete() -> None:
    load = ClaimLoad.starting()
    load.note_change(claim(9))  # added to the store after its place was read
    assert load.unplaced() == []  # not yet: a later page may still hold it
    (page,) = claim_pages(reader([claim(0)])[0])
    load.take(page, known=())
    assert load.unplaced() == ["a1-009"]
    assert load.unplaced() == []
