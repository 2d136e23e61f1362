"""Reviewer names: which names are acceptable, and when two names are one person.

A name is compared by its canonical key: Unicode NFKC, case folding, the Unicode confusables
skeleton (UTS #39: each character mapped to the prototype it is confusable with, so the
Cyrillic "а" in "аna" reads as the Latin "a"), then letters and digits only. "Ana", "ANA",
"аna" and "ana." therefore share the key "ana": the roster treats them as one person, and
refuses to enrol a second person under a look-alike name.

The confusables data is Unicode's own table, as shipped offline by the
`confusable-homoglyphs` package; it is read once, on the first comparison.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from factcheck.errors import ReviewError

MAX_NAME_LENGTH = 64
# Control, format (zero-width and direction marks), line and paragraph separators, unassigned
# and private-use characters: invisible or unprintable in an audit log.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cn", "Co", "Cs"})


def check_name(name: str, what: str = "a reviewer name") -> str:
    """The name, trimmed, or a `ReviewError` saying why it cannot stand in the audit log."""
    name = (name or "").strip()
    if not name:
        raise ReviewError(f"{what} is required")
    bad = next((ch for ch in name if unicodedata.category(ch) in _REFUSED_CATEGORIES), None)
    if bad is not None:
        raise ReviewError(
            f"{what} {name!r} contains an invisible or control character "
            f"(U+{ord(bad):04X}); type it with visible characters only"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ReviewError(f"{what} is longer than {MAX_NAME_LENGTH} characters")
    if not canonical_key(name):
        raise ReviewError(f"{what} {name!r} needs at least one letter or digit")
    return name


def canonical_key(name: str) -> str:
    """The form under which names are compared: equal keys mean the same person."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    prototypes = _prototypes()
    skeleton = "".join(prototypes.get(ch, ch) for ch in folded)
    skeleton = unicodedata.normalize("NFKC", skeleton).casefold()
    return "".join(ch for ch in skeleton if unicodedata.category(ch)[0] in "LN")


@cache
def _prototypes() -> dict[str, str]:
    """Each confusable character -> one representative of its class of look-alikes.

    The package lists, for each character, the characters it may be mistaken for. Classes
    are joined transitively (as UTS #39's skeleton does: "l", "I" and "1" end up one); the
    representative is the class's ASCII letter (else ASCII character, else lowest code point),
    so Latin names keep their own letters.
    """
    from confusable_homoglyphs import confusables  # its table loads on import: only when used

    parent: dict[str, str] = {}

    def root(ch: str) -> str:
        while parent.setdefault(ch, ch) != ch:
            parent[ch] = parent[parent[ch]]
            ch = parent[ch]
        return ch

    def rank(ch: str) -> tuple[bool, int]:
        return (not ch.isascii(), not ch.isalpha(), ord(ch))

    for char, homoglyphs in confusables.confusables_data.items():
        if len(char) != 1:
            continue
        for entry in homoglyphs:
            other = entry["c"]
            if len(other) != 1:
                continue
            a, b = root(char), root(other)
            if a != b:
                low, high = sorted((a, b), key=rank)
                parent[high] = low
    return {ch: root(ch) for ch in parent if root(ch) != ch}
