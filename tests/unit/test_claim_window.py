"""Which rows a desk's queue reads around its cursor, and from which end."""

from __future__ import annotations

from factcheck.app.claim_window import MARGIN, SIZE, ClaimWindow, read_window
from factcheck.models import Claim


def claims(count: int) -> list[Claim]:
    return [
        Claim(
            id=f"c{n}", article_id="a", text="t", extracted_text="t", sentence_index=n, span=(0, 1)
        )
        for n in range(count)
    ]


def reader(rows: list[Claim], asked: list[tuple[int, int, bool]]):  # type: ignore[no-untyped-def]
    def read(offset: int, limit: int, from_end: bool) -> list[Claim]:
        asked.append((offset, limit, from_end))
        if from_end:
            stop = len(rows) - offset
            return rows[max(stop - limit, 0) : stop]
        return rows[offset : offset + limit]

    return read


def test_the_window_holds_the_rows_around_the_cursor() -> None:
    rows, asked = claims(10 * SIZE), []
    window = read_window(reader(rows, asked), 3 * SIZE, len(rows))
    assert window.claim_at(3 * SIZE) == rows[3 * SIZE]
    assert window.start == 3 * SIZE - MARGIN and len(window.claims) == SIZE
    assert window.covers(3 * SIZE) and not window.covers(0)
    assert asked == [(3 * SIZE - MARGIN, SIZE, False)]


def test_the_last_rows_are_read_from_the_end() -> None:
    rows, asked = claims(10 * SIZE + 7), []
    window = read_window(reader(rows, asked), len(rows) - 1, len(rows))
    assert asked[0][2], "counted back from the last row, so a database skips none"
    assert window.claims[-1] == rows[-1] and window.end == len(rows)
    assert [c.id for c in window.claims] == [c.id for c in rows[window.start : window.end]]


def test_a_short_queue_is_held_whole() -> None:
    rows, asked = claims(12), []
    window = read_window(reader(rows, asked), 11, len(rows))
    assert window.claims == rows and window.covers(0) and window.covers(11)


def test_a_held_claim_is_replaced_in_its_row() -> None:
    rows = claims(3)
    window = ClaimWindow(10, list(rows), 20)
    newer = rows[1].model_copy(update={"revision": 2})
    assert window.replace(newer) == rows[1] and window.claim_at(11) == newer
    assert window.row_of("c1") == 11 and window.replace(claims(5)[4]) is None
