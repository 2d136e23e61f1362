"""Whatever a crash or a stray editor leaves in the journal, opening the store either works
(dropping at most a torn last line) or says what is wrong; it never crashes or rewrites files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzz_profiles import examples
from hypothesis import example, given, settings
from hypothesis import strategies as st
from store_files import store_files

from factcheck.errors import StoreError
from factcheck.models import Event
from factcheck.store import Store

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
journal_lines = st.one_of(
    st.binary(max_size=40),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.dictionaries(
        st.sampled_from(["claims", "events", "settings", "meta"]),
        st.dictionaries(st.sampled_from(["1", "2", "x"]), json_values, max_size=2),
        max_size=2,
    ).map(lambda value: json.dumps(value).encode()),
)


def _open_or_refuse(store_path: Path) -> None:
    files = store_files(store_path)
    try:
        store = Store(store_path)
        for read in (store.list_articles, store.list_claims, store.list_events):
            read()
    except StoreError as error:
        assert str(store_path) in str(error)
    assert store_files(store_path) == files


@pytest.mark.slow
@settings(max_examples=examples(100), deadline=None)
@given(lines=st.lists(journal_lines, min_size=1, max_size=3), ending=st.booleans())
@example(lines=[b'{"claims": {"1": {"id": [1]}}}'], ending=True)
@example(lines=[b'{"settings": {"1": {"key": {}}}}', b"{}"], ending=True)
def test_any_journal_tail_opens_or_is_refused_cleanly(
    tmp_path_factory, lines: list[bytes], ending: bool
) -> None:
    store_path = tmp_path_factory.mktemp("fuzz") / "factcheck.json"
    Store(store_path).save(events=[Event(id="e1", claim_id="c", actor="ana", action="x")])
    with open(f"{store_path}.journal", "ab") as journal:
        journal.write(b"\n".join(lines) + (b"\n" if ending else b""))
    _open_or_refuse(store_path)


@pytest.mark.slow
@settings(max_examples=examples(60), deadline=None)
@given(position=st.floats(0, 1, exclude_max=True), byte=st.integers(0, 255))
def test_a_damaged_byte_anywhere_in_the_journal_opens_or_is_refused_cleanly(
    tmp_path_factory, position: float, byte: int
) -> None:
    store_path = tmp_path_factory.mktemp("fuzz") / "factcheck.json"
    store = Store(store_path)
    for number in range(3):
        store.save(events=[Event(id=f"e{number}", claim_id="c", actor="ana", action="x")])
    journal = Path(f"{store_path}.journal")
    data = bytearray(journal.read_bytes())
    data[int(position * len(data))] = byte
    journal.write_bytes(bytes(data))
    _open_or_refuse(store_path)
