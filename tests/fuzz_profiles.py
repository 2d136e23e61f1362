"""How many examples each property test tries: all of them in `make test`, a fifth in the
quick loop.

A property test names the examples it needs as `examples(n)`; `make test` (CI) runs n, and
`make test-fast` loads the `quick` profile (`--hypothesis-profile=quick`), which runs a fifth.
Tests with no count of their own get the profile's (100, or 20 when quick).
"""

from __future__ import annotations

from hypothesis import settings

FULL = 100  # Hypothesis's own default; the counts tests name are for this profile
settings.register_profile("quick", max_examples=FULL // 5)


def examples(full: int) -> int:
    """`full` under the default profile, fewer in proportion under a smaller one."""
    return max(1, full * settings.default.max_examples // FULL)
