from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.errors import ArticleError
from factcheck.ingest import parse_article, read_article, read_articles
from factcheck.splitter import split


def test_date_header_becomes_published_and_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2024-03-05\nThe council approved the budget.\n", encoding="utf-8")
    article = read_article(path)
    assert article.published == date(2024, 3, 5)
    assert article.text == "The council approved the budget."
    assert article.title == "The council approved the budget."
    assert article.source == "a.txt"


def test_seed_header_on_the_same_line_as_the_body(seed_path: Path) -> None:
    article = read_article(seed_path)
    assert article.published == date(2022, 2, 2)
    assert article.text.startswith("Turkey does not want a war")


def test_article_without_header_has_no_date() -> None:
    article = parse_article("Prices rose 4% in May. Rents fell.", source="x.txt")
    assert article.published is None
    assert article.title == "Prices rose 4% in May."


def test_markdown_heading_is_the_title() -> None:
    article = parse_article("# Budget vote\n\nThe council approved it.", source="x.md")
    assert article.title == "Budget vote"


def test_claim_spans_index_the_article_text(seed_path: Path) -> None:
    article = read_article(seed_path)
    claims = split(article)
    assert claims
    for claim in claims:
        start, end = claim.span
        assert 0 <= start < end <= len(article.text)
        assert article.text[start:end].strip()
    assert "Erdoğan also said relations" in article.text[slice(*claims[-12].span)] or any(
        "Erdoğan also said" in article.text[slice(*c.span)] for c in claims
    )


def test_same_text_gets_the_same_id_whatever_the_whitespace() -> None:
    one = parse_article("Prices rose 4% in May.\n", source="a.txt")
    two = parse_article("  Prices  rose 4%\nin May.", source="b.txt")
    assert one.id == two.id


def test_folder_ingest_reads_txt_and_md_only(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Unemployment fell to 3.9% in May.", encoding="utf-8")
    (tmp_path / "two.md").write_text("# Title\n\nThe mayor resigned on Monday.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    found = read_articles([tmp_path])
    assert [path.name for path, _ in found] == ["one.txt", "two.md"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty article"),
        (b"   \n\n  ", "empty article"),
        (b"date 2024-01-01\n", "empty article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"caf\xe9 au lait costs \xa35", "not UTF-8"),
        (b"date 2024-13-45\nText.", "bad.txt:1: bad date '2024-13-45'"),
    ],
)
def test_bad_article_files_are_refused_with_the_file_named(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert problem in str(error.value)
    assert str(path) in str(error.value)


def test_missing_path_and_empty_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_articles([tmp_path / "nope.txt"])
    with pytest.raises(ArticleError, match=r"holds no \.txt or \.md"):
        read_articles([tmp_path])
