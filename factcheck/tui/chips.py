"""How a claim's state looks in one short cell: verdict chips, bands, kinds.

Shared by the queue and the claim pane so a verdict reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.color import Color

from factcheck.models import Claim, Triage, Verdict
from factcheck.workflow import VerdictOption

# A verdict's entry on the scale it was given under (`Desk.verdict_option`).
VerdictLabels = Callable[[Verdict], VerdictOption | None]

BAND_DOTS = {"high": "●●●", "medium": "●●○", "low": "●○○", "none": "○○○"}
BAND_STYLE = {"high": "bold red", "medium": "yellow", "low": "dim", "none": "dim"}


def verdict_chip(option: VerdictOption, width: int | None = None) -> Text:
    """The verdict's label on the workflow's colour, with text that stays readable on it."""
    background = Color.parse(option.color)
    foreground = "#000000" if background.brightness > 0.55 else "#ffffff"
    label = option.label if width is None else option.label[: max(1, width - 2)]
    return Text(f" {label} ", style=f"bold {foreground} on {background.hex}")


def status_chip(claim: Claim, labels: VerdictLabels, width: int | None = None) -> Text:
    """Verdict chip if the claim has one (its label from the workflow version it was given
    under, so a verdict a later scale retired still reads as given); otherwise its triage
    state in words."""
    if claim.triage in (Triage.REJECTED, Triage.MERGED):
        return Text(str(claim.triage), style="italic dim")
    if claim.verdict:
        option = labels(claim.verdict)
        if option is not None:
            return verdict_chip(option, width)
        return Text(claim.verdict.label)
    if claim.triage == Triage.ACCEPTED:
        return Text("accepted", style="green")
    return Text("pending", style="dim")


def band_cell(claim: Claim) -> Text:
    return Text(BAND_DOTS[claim.band], style=BAND_STYLE[claim.band])
