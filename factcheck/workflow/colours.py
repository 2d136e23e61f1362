"""Which verdict colours a workflow may name: ones a terminal theme and an HTML report both
understand."""

from __future__ import annotations

import re

# CSS named colours that terminals render too.
COLOR_NAMES = frozenset(
    {
        "black", "white", "gray", "grey", "silver", "red", "darkred", "crimson", "orange",
        "darkorange", "gold", "yellow", "olive", "green", "darkgreen", "lime", "teal", "cyan",
        "blue", "navy", "purple", "magenta", "pink", "brown", "maroon", "salmon", "tomato",
        "orangered", "firebrick", "seagreen", "forestgreen", "steelblue", "slategray",
        "darkgray", "lightgray",
    }
)  # fmt: skip
HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def is_colour(value: str) -> bool:
    """`#rrggbb`, `#rgb`, or one of `COLOR_NAMES` (any case)."""
    return bool(HEX_COLOR.match(value)) or value.lower() in COLOR_NAMES
