"""What counts as a web address: the one check behind evidence URLs and report links."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_url(url: str) -> bool:
    """An http(s) address with a host and no spaces or control characters.

    Anything else (javascript:, data:, file names) is never a link in a report and never
    an evidence source.
    """
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def punycode_host(url: str) -> str | None:
    """The ASCII (IDNA punycode) form of a web address's host when it is not plain ASCII,
    else None. A host IDNA cannot encode is shown with its characters escaped."""
    host = urlsplit(url).hostname or ""
    if host.isascii():
        return None
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host.encode("ascii", "backslashreplace").decode("ascii")
