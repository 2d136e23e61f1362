"""An article's published details (headline, link, outlet, author, date): from the file's
header lines, from `ingest`'s flags, and fixed later with `factcheck article edit`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import ArticleError
from factcheck.ingest import parse_article
from factcheck.store import Store

HEADED = (
    "title: Turkey says it does not want a war in Ukraine\n"
    "url: https://www.example-news.com/world/turkey-ukraine\n"
    "outlet: Example News\n"
    "author: Jane Reporter\n"
    "date: 2022-02-02\n"
    "\n"
    "Turkey does not want a war between Russia and Ukraine, the president said.\n"
)


def test_header_lines_become_the_articles_details_and_stay_out_of_its_text() -> None:
    article = parse_article(HEADED, "a.txt")
    assert article.title == "Turkey says it does not want a war in Ukraine"
    assert article.url == "https://www.example-news.com/world/turkey-ukraine"
    assert article.outlet == "Example News"
    assert article.author == "Jane Reporter"
    assert article.published == date(2022, 2, 2)
    assert article.text.startswith("Turkey does not want a war")
    assert "Example News" not in article.text


def test_headers_do_not_change_the_article_id() -> None:
    body = HEADED.split("\n\n", 1)[1]
    assert parse_article(HEADED, "a.txt").id == parse_article(body, "b.txt").id


@pytest.mark.parametrize(
    "raw",
    [
        "date 2022-02-02 Turkey does not want a war, he said.",
        "date 2022-02-02\nTurkey does not want a war, he said.",
        "Date: 2022-02-02\n\nTurkey does not want a war, he said.",
        "\n\ndate 2022-02-02\n\nTurkey does not want a war, he said.",
    ],
)
def test_the_old_bare_date_header_keeps_working(raw: str) -> None:
    article = parse_article(raw, "a.txt")
    assert article.published == date(2022, 2, 2)
    assert article.text == "Turkey does not want a war, he said."


def test_a_body_that_merely_starts_like_a_header_is_body() -> None:
    article = parse_article("Date palms grew well this year. Farmers said so.", "a.txt")
    assert article.published is None
    assert article.text.startswith("Date palms")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("title: T\ndate: 2022-02-30\n\nText.", "a.txt:2: bad date '2022-02-30'"),
        ("date: Monday\n\nText.", "a.txt:1: bad date 'Monday'"),
        ("url: ftp://example.com/x\n\nText.", "a.txt:1: url 'ftp://example.com/x' is not a web"),
        ("outlet: X\nurl: javascript:alert(1)\n\nText.", "a.txt:2: url 'javascript:alert(1)'"),
        ("title:\n\nText.", "a.txt:1: the title is empty"),
        ("title: A\ntitle: B\n\nText.", "a.txt:2: title is given twice"),
    ],
)
def test_a_bad_header_value_names_the_file_and_line(raw: str, message: str) -> None:
    with pytest.raises(ArticleError) as error:
        parse_article(raw, "a.txt")
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_ingest_flags_describe_one_article_and_win_over_its_header(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(HEADED, encoding="utf-8")
    assert main(["--store", str(store_path), "ingest", str(path),
                 "--outlet", "Wire Service", "--date", "2022-02-03"]) == 0  # fmt: skip
    (article,) = Store(store_path).list_articles()
    assert article.outlet == "Wire Service"
    assert article.published == date(2022, 2, 3)
    assert article.url == "https://www.example-news.com/world/turkey-ukraine"


def test_ingest_flags_for_several_files_or_bad_values_are_refused_and_store_nothing(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Story {name} says prices rose.", encoding="utf-8")
    assert main(["--store", str(store_path), "ingest", str(tmp_path), "--title", "X"]) == 2
    assert "describe one article; 2 files were given" in capsys.readouterr().err
    assert main(["--store", str(store_path), "ingest", str(tmp_path / "a.txt"),
                 "--url", "www.example.com"]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert err.startswith("factcheck: --url: url 'www.example.com' is not a web address")
    assert err.count("\n") == 1
    assert not store_path.exists() or not Store(store_path).list_articles()


def test_article_edit_fixes_the_details_later_and_clears_with_empty_values(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(HEADED, encoding="utf-8")
    main(["--store", str(store_path), "ingest", str(path)])
    (article,) = Store(store_path).list_articles()
    claims_before = Store(store_path).list_claims()
    store = ["--store", str(store_path)]
    assert main([*store, "article", "edit", article.id, "--title", "A better headline",
                 "--url", "https://example-news.com/b", "--author", ""]) == 0  # fmt: skip
    assert "title     A better headline" in capsys.readouterr().out
    (edited,) = Store(store_path).list_articles()
    assert (edited.title, edited.url, edited.author) == (
        "A better headline",
        "https://example-news.com/b",
        "",
    )
    assert (edited.id, edited.text, edited.outlet) == (article.id, article.text, article.outlet)
    assert Store(store_path).list_claims() == claims_before
    assert main([*store, "article", "edit", article.id, "--date", "2022-13-01"]) == 2
    assert "--date: bad date '2022-13-01'" in capsys.readouterr().err
    assert main([*store, "article", "edit", "nope", "--title", "T"]) == 2
    assert "no article with id 'nope'" in capsys.readouterr().err
    assert main([*store, "article", "edit", article.id, "--date", ""]) == 0
    assert Store(store_path).list_articles()[0].published is None
