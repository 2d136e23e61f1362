from __future__ import annotations

import json
from pathlib import Path

import pytest
from forked_cli import run_factcheck

import factcheck.app.ingest
from factcheck.cli import main
from factcheck.ingest import read_article
from factcheck.models import Article, Claim, ClaimKind
from factcheck.splitter import split
from factcheck.splitter.batch import split_all

CLAIM_FIELDS = {
    "id", "article_id", "text", "extracted_text", "sentence_index", "span", "sentence",
    "speaker", "speaker_unknown", "needs_context", "context_note", "kind", "checkworthiness",
    "reasons", "triage", "triage_reason", "merged_into", "stage", "verdict", "evidence",
    "assignee", "sign_offs", "corrections", "pending_correction", "revision",
}  # fmt: skip


@pytest.mark.slow
def test_ingest_then_claims_json_then_reingest_adds_nothing(
    store_path: Path,
    seed_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Also the suite's one run of the splitter's worker processes (`--jobs 2`, spawned
    afresh): they give, article for article and claim for claim, what splitting one by one
    here gives, and each article is stored with its own claims."""
    splits: list[tuple[int | None, list[list[Claim]]]] = []  # (jobs, claims) of each call

    def recording_split_all(articles: list[Article], jobs: int | None = None) -> list[list[Claim]]:
        splits.append((jobs, split_all(articles, jobs)))
        return splits[-1][1]

    monkeypatch.setattr(factcheck.app.ingest, "split_all", recording_split_all)
    seeds = sorted(seed_path.parent.glob("*.txt"))
    folder = str(seed_path.parent)
    assert main(["--store", str(store_path), "ingest", "--jobs", "2", folder]) == 0
    ingested = capsys.readouterr().out
    assert f"{len(seeds)} article(s) added" in ingested
    one_by_one = [split(read_article(path)) for path in seeds]
    assert splits == [(2, one_by_one)]
    for path, its_claims in zip(seeds, one_by_one, strict=True):
        added = f"{its_claims[0].article_id}  {len(its_claims):3d} claims  {folder}/{path.name}"
        assert f"{added}\n" in ingested
    assert main(["claims", "--store", str(store_path), "--format", "json"]) == 0
    claims = json.loads(capsys.readouterr().out)
    assert claims and all(set(c) == CLAIM_FIELDS for c in claims)
    stored = [Claim.model_validate(claim) for claim in claims]
    assert len(stored) == sum(map(len, one_by_one))
    for its_claims in one_by_one:
        assert [c for c in stored if c.article_id == its_claims[0].article_id] == its_claims
    assert main(["--store", str(store_path), "ingest", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "0 article(s) added, 1 already present, 0 claim(s) added" in out
    main(["--store", str(store_path), "claims", "--format", "json"])
    assert len(json.loads(capsys.readouterr().out)) == len(claims)


def test_split_json_has_the_fields_the_gold_matcher_reads(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["split", str(seed_path), "--format", "json"]) == 0
    claims = json.loads(capsys.readouterr().out)
    text = seed_path.read_text(encoding="utf-8")
    for claim in claims:
        for field in ("id", "text", "speaker", "kind", "checkworthiness", "reasons", "span"):
            assert field in claim
        assert isinstance(claim["needs_context"], bool)
        assert claim["sentence"] in text
        assert isinstance(claim["span"], list) and len(claim["span"]) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty article"), (b"\x00\x01\x02", "binary file"), (b"\xff\xfe\xfa", "not UTF-8")],
)
def test_bad_article_gives_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, store_path: Path, content: bytes, problem: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run_factcheck(["--store", str(store_path), "ingest", str(bad)])
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and problem in result.stderr and str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    assert not store_path.exists()


def test_corrupt_store_gives_one_line_and_is_left_alone(
    store_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_text("{oops", encoding="utf-8")
    assert main(["--store", str(store_path), "ingest", str(seed_path)]) == 2
    err = capsys.readouterr().err
    assert "corrupt store" in err and str(store_path) in err
    assert store_path.read_text(encoding="utf-8") == "{oops"


def test_store_from_environment(
    store_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_STORE", str(store_path))
    assert main(["ingest", str(seed_path)]) == 0
    assert store_path.exists()


def test_unknown_article_id_is_an_error(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", str(store_path), "claims", "--article", "nope"]) == 2
    assert "no article with id 'nope'" in capsys.readouterr().err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("factcheck ")
    for command in ("ingest", "claims", "split"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        assert "usage: factcheck" in capsys.readouterr().out


def test_claims_table_speaks_the_desks_words_for_stages_and_kinds(
    store_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", str(store_path), "ingest", str(seed_path)]) == 0
    capsys.readouterr()
    assert main(["--store", str(store_path), "claims"]) == 0
    out = capsys.readouterr().out
    rows = [row.split() for row in out.splitlines()[1:]]
    assert rows and {row[1] for row in rows} == {"triage"}, "stage `triage`, never `new`"
    kinds = {row[3] for row in rows}
    assert "statement" in kinds and kinds <= {kind.value for kind in ClaimKind}
