"""The registrable web domain of a source, from the Public Suffix List shipped offline.

Two pages of one outlet are one source (`news.bbc.co.uk` and `www.bbc.co.uk` are both
`bbc.co.uk`), while sites under a shared host's suffix are separate sources (`ana.github.io`
and `ben.github.io`: the list's private section names `github.io` a suffix). tldextract's
bundled snapshot of the list is used as it is: no download at run time, no cache folder.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import tldextract


@cache
def _extractor() -> tldextract.TLDExtract:
    # Imported on first use: it brings in `requests`, which no other command needs.
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def source_domain(url: str) -> str:
    """The registrable domain of `url` (`https://news.bbc.co.uk/x` -> `bbc.co.uk`); a host
    with no public suffix (an IP address, `localhost`) is itself."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""
    parts = _extractor().extract_str(host)
    if not parts.suffix or not parts.domain:
        return host
    return f"{parts.domain}.{parts.suffix}"
