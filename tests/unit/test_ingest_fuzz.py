"""Any bytes given as an article file: an Article whose claims index its text, or ArticleError."""

from __future__ import annotations

from pathlib import Path

from fuzz_profiles import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import ArticleError
from factcheck.ingest import read_article
from factcheck.splitter import split

HEADERS = st.sampled_from(
    ["", "date 2024-02-29\n", " date 2023-13-01 ", "date 2024-01-01", "\ufeff"]
)
BODIES = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda text: text.encode("utf-8")),
    st.text(alphabet=st.sampled_from('ab .,"\n\t—“”'), max_size=200).map(str.encode),
)


@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(header=HEADERS, body=BODIES)
def test_any_file_ingests_or_is_refused_with_its_name(
    tmp_path: Path, header: str, body: bytes
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(header.encode("utf-8") + body)
    try:
        article = read_article(path)
    except ArticleError as error:
        assert str(path) in str(error)
        assert "\n" not in str(error)
        return
    assert article.text and article.text == article.text.strip()
    for claim in split(article):
        start, end = claim.span
        assert 0 <= start <= end <= len(article.text)
        assert claim.sentence in article.text
