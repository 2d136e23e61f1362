"""The fact-check library: importing other checkers' ClaimReview records, and asking whether a
claim was checked before (by them or by this desk)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from factcheck.app import Desk, ExportRequest
from factcheck.cli import main
from factcheck.errors import LibraryError
from factcheck.library.importer import read_checks
from factcheck.library.memory import FactCheckMemory
from factcheck.models import Article, Claim, EvidenceNote, Stance, Verdict
from factcheck.repository import InMemoryRepository, Repository
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

WORKFLOW = Path(__file__).resolve().parents[2] / "workflows" / "default.yaml"
WOMBATS = "Wombats are herding animals into their burrows to escape the Australian bushfires."


def claim_review(url: str, claim: str, rating: str = "False", **extra: object) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "author": {"@type": "Organization", "name": "Full Fact"},
        "datePublished": "2020-01-15",
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": rating},
        **extra,
    }


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "shape",
    [
        lambda review: review,
        lambda review: [review],
        lambda review: {"@graph": [{"@type": "WebPage", "name": "page"}, review]},
        lambda review: {"@type": "DataFeed", "dataFeedElement": [{"item": [review]}]},
    ],
    ids=["object", "array", "graph", "datafeed"],
)
def test_claim_review_is_read_as_sites_embed_it(tmp_path: Path, shape) -> None:
    path = write_json(tmp_path / "review.json", shape(claim_review("https://ff.org/w", WOMBATS)))
    [check] = read_checks([path])
    assert (check.claim, check.rating, check.organisation) == (WOMBATS, "False", "Full Fact")
    assert (check.published.isoformat(), check.url) == ("2020-01-15", "https://ff.org/w")


def test_csv_columns_are_found_by_name(tmp_path: Path) -> None:
    path = tmp_path / "checks.csv"
    path.write_text(
        "Review URL,Claim Reviewed,Alternate Name,Organization\n"
        f'https://afp.com/a,"{WOMBATS}",Misleading,AFP\n',
        encoding="utf-8",
    )
    [check] = read_checks([path])
    assert (check.rating, check.organisation, check.published) == ("Misleading", "AFP", None)


def test_a_bad_record_names_the_file_and_the_record(tmp_path: Path) -> None:
    good = claim_review("https://ff.org/a", WOMBATS)
    bad = claim_review("https://ff.org/b", "Another claim", datePublished="last Tuesday")
    path = write_json(tmp_path / "feed.json", [good, bad])
    with pytest.raises(LibraryError, match=r"feed\.json: ClaimReview 2 \(\$\[1\]\): datePublished"):
        read_checks([path])
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text("claim,rating,url\nA claim,False,not-a-link\n", encoding="utf-8")
    with pytest.raises(LibraryError, match=r"bad\.csv: line 2: url 'not-a-link'"):
        read_checks([csv_path])


def test_importing_the_same_review_twice_keeps_one_entry(tmp_path: Path, capsys) -> None:
    store = tmp_path / "s.json"
    first = write_json(tmp_path / "a.json", claim_review("https://ff.org/w", WOMBATS))
    again = write_json(
        tmp_path / "b.json", claim_review("HTTPS://FF.org/w/", WOMBATS, rating="Mostly false")
    )
    assert main(["--store", str(store), "library", "import", str(first)]) == 0
    assert main(["--store", str(store), "library", "import", str(again)]) == 0
    [check] = Store(store).list_checks()
    assert check.rating == "Mostly false"
    assert "1 already in the library" in capsys.readouterr().out


def test_a_bad_file_imports_nothing_at_all(tmp_path: Path, capsys) -> None:
    store = tmp_path / "s.json"
    good = write_json(tmp_path / "good.json", claim_review("https://ff.org/w", WOMBATS))
    bad = write_json(tmp_path / "bad.json", {"@type": "ClaimReview", "url": "https://x.org"})
    assert main(["--store", str(store), "library", "import", str(good), str(bad)]) == 2
    assert "bad.json: ClaimReview 1 ($): claimReviewed is missing" in capsys.readouterr().err
    assert not store.exists() or Store(store).list_checks() == []


def test_match_shows_verdict_organisation_date_and_link(tmp_path: Path, capsys) -> None:
    store = tmp_path / "s.json"
    reviews = [
        claim_review("https://ff.org/wombats", WOMBATS),
        claim_review("https://ff.org/water", "Drinking hot water kills the coronavirus."),
    ]
    main(
        ["--store", str(store), "library", "import", str(write_json(tmp_path / "r.json", reviews))]
    )
    capsys.readouterr()
    assert main(["--store", str(store), "match", "Wombats shelter animals from the fires"]) == 0
    best = capsys.readouterr().out.splitlines()[1]
    assert all(part in best for part in ("False", "Full Fact", "2020-01-15", "ff.org/wombats"))


def test_removed_checks_are_no_longer_matched(tmp_path: Path, capsys) -> None:
    store_path = tmp_path / "s.json"
    review = write_json(tmp_path / "r.json", claim_review("https://ff.org/wombats", WOMBATS))
    main(["--store", str(store_path), "library", "import", str(review)])
    [check] = Store(store_path).list_checks()
    assert main(["--store", str(store_path), "library", "remove", "cr-unknown", check.id]) == 2
    assert len(Store(store_path).list_checks()) == 1
    assert main(["--store", str(store_path), "library", "remove", check.id]) == 0
    capsys.readouterr()
    main(["--store", str(store_path), "match", "Wombats shelter animals from the fires"])
    assert "no match in the library" in capsys.readouterr().out


def _published_claim(
    store: Repository, text: str, label: str, evidence: tuple[EvidenceNote, ...] = ()
) -> Claim:
    article = Article(id="a1", title="t", source="s", text=text)
    claim = Claim(
        id="a1-001",
        article_id="a1",
        text=text,
        extracted_text=text,
        sentence_index=0,
        span=(0, len(text)),
        stage="published",
        verdict=Verdict(label=label, reviewer="ana"),
        evidence=list(evidence),
    )
    store.add_article(article, [claim])
    return claim


def test_a_published_verdict_is_in_the_memory_of_the_desk(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    claim = _published_claim(store, WOMBATS, "false")
    memory = FactCheckMemory(store, store, load_workflow(WORKFLOW))
    [match] = memory.match("Are wombats sheltering animals in burrows from the bushfires?")
    assert (match.check.claim_id, match.check.rating) == (claim.id, "False")
    assert memory.matches_for(claim) == []  # a claim does not match its own verdict


def test_the_memory_sees_a_verdict_published_after_its_first_search(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    memory = FactCheckMemory(store, store, load_workflow(WORKFLOW))
    question = "Are wombats sheltering animals in burrows from the bushfires?"
    assert memory.match(question) == []
    assert memory.match(question) == []  # nothing recorded since: the same index answers
    claim = _published_claim(store, WOMBATS, "false")
    assert [m.check.claim_id for m in memory.match(question)] == [claim.id]


def test_the_memory_sees_an_import_made_after_its_first_search(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    memory = FactCheckMemory(store, store, load_workflow(WORKFLOW))
    assert memory.match("Drinking hot water kills the coronavirus") == []
    path = write_json(tmp_path / "r.json", claim_review("https://ff.org/w", "Hot water kills it"))
    store.add_checks(read_checks([path]))
    assert [m.check.url for m in memory.match("Drinking hot water kills the coronavirus")] == [
        "https://ff.org/w"
    ]


def test_a_claim_worded_like_one_linked_to_a_past_check_finds_that_check(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    reviews = [
        claim_review("https://ff.org/hot", "Drinking hot water every 15 minutes kills the virus."),
        claim_review("https://ff.org/salt", "Gargling with warm salt water kills the virus."),
    ]
    store.add_checks(read_checks([write_json(tmp_path / "r.json", reviews)]))
    memory = FactCheckMemory(store, store, load_workflow(WORKFLOW))
    post = "Keep your mouth moist: water washes the virus into the stomach where acid kills it!"
    assert all(m.score < 0.5 for m in memory.match(post) if m.check.url)
    # A reviewer linked a claim to the second check (the desk adds its review as evidence).
    link = EvidenceNote(id="n1", url="https://ff.org/salt/", stance=Stance.CONTEXT, added_by="ana")
    linked = "Doctors advise keeping your mouth moist so water washes the virus into the stomach"
    _published_claim(store, linked, "false", evidence=(link,))
    imported = [m for m in memory.match(post) if m.check.url]
    assert imported[0].check.url == "https://ff.org/salt"
    assert imported[0].score >= 0.5


def test_claim_matches_lists_past_checks_of_a_stored_claim(tmp_path: Path, capsys) -> None:
    store_path = tmp_path / "s.json"
    store = Store(store_path)
    article = tmp_path / "a.txt"
    article.write_text("Drinking hot water every 15 minutes kills the coronavirus, he said.\n")
    main(["--store", str(store_path), "ingest", str(article)])
    review = claim_review("https://ff.org/water", "Hot water every 15 minutes kills coronavirus.")
    main(
        [
            "--store",
            str(store_path),
            "library",
            "import",
            str(write_json(tmp_path / "r.json", review)),
        ]
    )
    claim_id = store.list_claims()[0].id
    capsys.readouterr()
    assert main(["--store", str(store_path), "claim", "matches", claim_id, "--format", "json"]) == 0
    [match] = json.loads(capsys.readouterr().out)
    assert match["url"] == "https://ff.org/water" and 0 < match["score"] <= 1
    assert main(["--store", str(store_path), "claim", "matches", "nope-001"]) == 2


def test_ingest_says_which_new_claims_were_checked_before(tmp_path: Path, capsys) -> None:
    store_path = tmp_path / "s.json"
    review = claim_review("https://ff.org/water", "Hot water every 15 minutes kills coronavirus.")
    main(
        [
            "--store",
            str(store_path),
            "library",
            "import",
            str(write_json(tmp_path / "r.json", review)),
        ]
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "Drinking hot water every 15 minutes kills the coronavirus, a viral post claims. "
        "The council approved a new library budget on Monday.\n"
    )
    capsys.readouterr()
    assert main(["--store", str(store_path), "ingest", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    [checked] = [line for line in lines if line.startswith("checked before")]
    assert "Full Fact" in checked and "https://ff.org/water" in checked
    assert lines[-1].startswith("1 of 2 new claim(s) checked before")


def test_a_desk_without_a_library_still_remembers_its_published_verdicts(tmp_path: Path) -> None:
    repository = InMemoryRepository()
    desk = Desk(repository, load_workflow(WORKFLOW), "ana")
    claim = _published_claim(repository, WOMBATS, "false")
    [match] = desk.memory.match("Are wombats sheltering animals in burrows from bushfires?", 3)
    assert match.check.claim_id == claim.id and match.check.rating == "False"
    review = write_json(tmp_path / "r.json", claim_review("https://ff.org/w", WOMBATS))
    with pytest.raises(LibraryError, match="keeps no fact-check library"):
        desk.memory.import_files([review])


def _desk_report(tmp_path: Path, fmt: str, audience: str | None = None) -> str:
    """A store whose published claim repeats an imported Full Fact check word for word,
    exported."""
    store = Store(tmp_path / "s.json")
    path = write_json(tmp_path / "r.json", claim_review("https://ff.org/wombats", WOMBATS))
    store.add_checks(read_checks([path]))
    _published_claim(store, WOMBATS, "false")
    desk = Desk(store, load_workflow(WORKFLOW), "ana")
    return desk.export(ExportRequest(fmt, audience=audience)).text


def test_the_desk_report_lists_the_past_checks_a_claim_repeats(tmp_path: Path) -> None:
    markdown = _desk_report(tmp_path, "md")
    [line] = [line for line in markdown.splitlines() if "ff.org/wombats" in line]
    assert re.search(r"False — Full Fact, 2020-01-15, match 0\.\d\d: \[Wombats", line)
    [claim] = json.loads(_desk_report(tmp_path, "json"))["articles"][0]["claims"]
    [past] = claim["checked_before"]
    assert (past["rating"], past["organisation"], past["url"]) == (
        "False", "Full Fact", "https://ff.org/wombats",
    )  # fmt: skip
    assert past["published"] == "2020-01-15" and 0.5 <= past["score"] <= 1
    [row] = csv.DictReader(io.StringIO(_desk_report(tmp_path, "csv"), newline=""))
    assert row["checked_before"].endswith(
        f"Full Fact, 2020-01-15, match {past['score']:.2f}: https://ff.org/wombats"
    )
    desk_html = _desk_report(tmp_path, "html", audience="desk")
    assert "Checked before" in desk_html and 'href="https://ff.org/wombats"' in desk_html


def test_the_public_never_sees_the_desks_past_checks(tmp_path: Path) -> None:
    public = _desk_report(tmp_path, "html")
    assert "Checked before" not in public and "ff.org/wombats" not in public
