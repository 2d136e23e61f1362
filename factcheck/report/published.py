"""What the public sees of an article, a source and a reviewer: the facts the public HTML
page and ClaimReview share, so a reader and a search engine are told the same thing.

- An article's **link** is its `url`, else its `source` when that is a web address (articles
  ingested by URL); never a file name.
- An **outlet** is named by the article's `outlet`, else by the link's registrable domain
  (`https://www.reuters.com/x` -> `reuters.com`); an evidence note's outlet likewise by its
  URL's registrable domain.
- A claim's **anchor** on the public page (and the fragment of its ClaimReview `url` when the
  site URL has no placeholder) is built from its public wording and its place in the article
  (`erdogan-said-relations-between-turkey-and-russia-7`): stable, readable, and free of the
  store's ids.
- A reviewer is shown by **display name** from the mapping passed in (login -> name, e.g. a
  roster), with the login as the fallback.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from factcheck.models import Article
from factcheck.report.data import ClaimEntry
from factcheck.report.wording import public_wording
from factcheck.urls import is_web_url
from factcheck.workflow import source_domain

ANCHOR_WORDS = 60


def article_link(article: Article) -> str:
    if article.url:
        return article.url
    return article.source if is_web_url(article.source) else ""


def outlet_name(article: Article) -> str:
    link = article_link(article)
    return article.outlet or (source_domain(link) if link else "")


def source_outlet(url: str) -> str:
    return source_domain(url) if is_web_url(url) else ""


def anchor(entry: ClaimEntry) -> str:
    """The claim's fragment id on the public page (see the module docstring)."""
    ascii_text = unicodedata.normalize("NFKD", public_wording(entry.claim))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > ANCHOR_WORDS:
        slug = slug[:ANCHOR_WORDS].rsplit("-", 1)[0]
    return f"{slug or 'claim'}-{entry.position}"


def display_name(login: str, names: Mapping[str, str]) -> str:
    return names.get(login) or login
