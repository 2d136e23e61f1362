"""What counts as a web address a reader can open: the one test ingest, reviews and reports
share, so an article's link and an evidence link are judged alike."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_url(url: str) -> bool:
    """True only for http(s) addresses with a host and no spaces or control characters;
    anything else (javascript:, data:, file names) is not a link."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False
