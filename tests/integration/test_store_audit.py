"""The store's audit log as a hash chain: `store check` finds every hand edit of the file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import StoreError
from factcheck.ingest import parse_article
from factcheck.integrity import verify_record
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

WORKFLOW = load_workflow(Path(__file__).resolve().parents[2] / "workflows" / "default.yaml")
ARTICLE = "Unemployment fell to 3.1 percent in March. Bus fares doubled between 2019 and 2023."

Tables = dict[str, dict[str, dict]]


@pytest.fixture(scope="module")
def published_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compacted store where ana rated the first claim 'false' and bob published it."""
    path = tmp_path_factory.mktemp("audit") / "store.json"
    store = Store(path)
    article = parse_article(ARTICLE, "economy.txt")
    store.add_article(article, split(article))
    ana = ReviewService(store, WORKFLOW, "ana")
    claim_id = store.list_claims()[0].id
    ana.accept(claim_id)
    ana.roster.add("bob", roles=["editor"])
    ana.advance(claim_id)
    ana.add_note(claim_id, url="https://www.bbc.co.uk/news/1", stance="refutes")
    ana.add_note(claim_id, url="https://www.ons.gov.uk/march", stance="refutes")
    ana.advance(claim_id)
    ana.set_verdict(claim_id, "false", rationale="It was 3.4 percent.")
    ana.advance(claim_id)
    bob = ReviewService(store, WORKFLOW, "bob")
    bob.sign_off(claim_id)
    bob.advance(claim_id)
    store.compact()
    return path


def edited(source: Path, folder: Path, edit: Callable[[Tables], None]) -> Path:
    path = folder / "store.json"
    shutil.copy(source, path)
    # The journal (after compaction, only its header) belongs with its snapshot.
    shutil.copy(f"{source}.journal", f"{path}.journal")
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))
    return path


def events(data: Tables) -> dict[str, dict]:
    return data["events"]


def event_with(data: Tables, action: str) -> dict:
    return next(e for e in events(data).values() if e["action"] == action)


def published_claim(data: Tables) -> dict:
    return next(c for c in data["claims"].values() if c["stage"] == "published")


def change_verdict(data: Tables) -> None:
    published_claim(data)["verdict"]["label"] = "true"


def delete_verdict_event(data: Tables) -> None:
    doc_id = next(k for k, e in events(data).items() if e["action"] == "verdict")
    del events(data)[doc_id]


def reorder_events(data: Tables) -> None:
    items = list(events(data).items())
    items[-1], items[-2] = items[-2], items[-1]
    data["events"] = dict(items)


def rename_sign_off_actor(data: Tables) -> None:
    event_with(data, "sign off")["actor"] = "ana"


def rename_signer_in_claim(data: Tables) -> None:
    published_claim(data)["sign_offs"][0]["reviewer"] = "carol"


def change_note_url_in_claim(data: Tables) -> None:
    published_claim(data)["evidence"][0]["url"] = "https://example.com/fake"


def change_note_url_in_event(data: Tables) -> None:
    event = event_with(data, "add note")
    change = next(c for key, c in event["changes"].items() if key.startswith("evidence/"))
    change["after"]["url"] = "https://example.com/fake"


def remove_claim(data: Tables) -> None:
    doc_id = next(k for k, c in data["claims"].items() if c["stage"] is None)
    del data["claims"][doc_id]


def remove_last_event(data: Tables) -> None:
    del events(data)[list(events(data))[-1]]


EDITS = [
    change_verdict,
    delete_verdict_event,
    reorder_events,
    rename_sign_off_actor,
    rename_signer_in_claim,
    change_note_url_in_claim,
    change_note_url_in_event,
    remove_claim,
    remove_last_event,
]


def test_the_untouched_store_checks_out(published_store: Path) -> None:
    check = verify_record(Store(published_store))
    assert check.ok and check.head and check.events > 10


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__)
def test_store_check_detects_every_hand_edit(
    published_store: Path,
    tmp_path: Path,
    edit: Callable[[Tables], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = edited(published_store, tmp_path, edit)
    assert not verify_record(Store(path)).ok
    assert main(["store", "check", "--store", str(path)]) == 2
    err = capsys.readouterr().err
    assert "audit record broken" in err and err.count("\n") == 1


def test_export_refuses_a_broken_store_unless_told_and_then_says_so(
    published_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = edited(published_store, tmp_path, change_verdict)
    args = ["--store", str(path), "export", "--format", "md"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "audit record is broken" in err and "--allow-unverified" in err
    assert main([*args, "--allow-unverified"]) == 0
    captured = capsys.readouterr()
    assert "> **Unverified record:**" in captured.out
    assert "warning" in captured.err
    assert main(["--store", str(published_store), "export", "--format", "md"]) == 0
    assert "Unverified" not in capsys.readouterr().out


def test_a_store_from_before_the_chain_is_sealed_at_its_first_save(
    published_store: Path, tmp_path: Path
) -> None:
    def strip_chain(data: Tables) -> None:
        for doc_id, event in list(events(data).items()):
            if event["action"] == "ingest":
                del events(data)[doc_id]
            else:
                del event["prev_hash"], event["hash"]
        settings = data["settings"]
        del settings[next(k for k, s in settings.items() if s["key"] == "audit")]

    path = edited(published_store, tmp_path, strip_chain)
    store = Store(path)
    before = len(store.list_events())
    claim_id = next(c.id for c in store.list_claims() if c.stage is None)
    ReviewService(store, WORKFLOW, "ana").accept(claim_id)
    actions = [e.action for e in store.list_events()[before:]]
    assert actions == ["seal"] * len(store.list_claims()) + ["accept"]
    assert verify_record(store).ok


def test_a_removed_head_is_refused_not_sealed_over(published_store: Path, tmp_path: Path) -> None:
    def drop_head(data: Tables) -> None:
        settings = data["settings"]
        del settings[next(k for k, s in settings.items() if s["key"] == "audit")]
        change_verdict(data)

    path = edited(published_store, tmp_path, drop_head)
    store = Store(path)
    assert not verify_record(store).ok
    claim_id = next(c.id for c in store.list_claims() if c.stage is None)
    with pytest.raises(StoreError, match="head is missing"):
        ReviewService(store, WORKFLOW, "ana").accept(claim_id)
    assert not verify_record(Store(path)).ok, "still found broken: nothing was resealed"
