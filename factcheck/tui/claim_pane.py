"""The claim pane: everything a reviewer needs to judge the claim under the cursor.

Top to bottom: the claim text; the source sentence with the claim's span highlighted, inside
one sentence of context either side; speaker, kind, check-worthiness and its reasons; the
evidence notes; the verdict with its rationale and sign-offs; the workflow's stage path with
the current stage marked and what the claim still needs to move on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.console import Group, RenderableType
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from factcheck.models import Article, Claim, Triage
from factcheck.splitter.sentences import sentence_spans
from factcheck.tui.chips import band_cell, status_chip
from factcheck.workflow import Workflow, independent_sign_offs, source_domain

STANCE_STYLE = {"supports": "green", "refutes": "red", "context": "blue"}


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(text))


def source_context(article: Article, span: tuple[int, int]) -> Text:
    """The sentence(s) the claim's span lies in, one sentence either side, span highlighted."""
    spans = _sentences(article.text)
    start, end = span
    inside = [i for i, (s, e) in enumerate(spans) if s < max(end, start + 1) and e > start]
    if not inside:
        first, last = 0, -1
    else:
        first, last = max(0, inside[0] - 1), min(len(spans) - 1, inside[-1] + 1)
    if last < first:
        lo, hi = max(0, start - 200), min(len(article.text), end + 200)
    else:
        lo, hi = spans[first][0], spans[last][1]
    lo, hi = min(lo, start), max(hi, end)
    text = Text()
    text.append(_folded(article.text[lo:start]), style="dim")
    text.append(_folded(article.text[start:end]), style="bold reverse")
    text.append(_folded(article.text[end:hi]), style="dim")
    return text


def _folded(text: str) -> str:
    """Line and paragraph breaks as single spaces: context reads as one passage."""
    return re.sub(r"\s*\n\s*", " ", text)


def heading(title: str) -> Text:
    return Text(title, style="bold underline")


class ClaimPane(VerticalScroll):
    """Shows one claim; `show(claim, article)` redraws it, `show(None)` explains the empty view."""

    def __init__(self, workflow: Workflow, **kwargs) -> None:
        super().__init__(**kwargs)
        self.workflow = workflow
        self.claim: Claim | None = None

    def compose(self):
        yield Static(id="claim-body")

    def show(self, claim: Claim | None, article: Article | None = None) -> None:
        if claim is None or self.claim is None or claim.id != self.claim.id:
            self.scroll_home(animate=False)
        self.claim = claim
        body = self.query_one("#claim-body", Static)
        if claim is None:
            body.update(
                Text(
                    "No claim in view.\n\nPress / to change the filter (is:all shows rejected "
                    "and merged claims), or press I to ingest an article.",
                    style="dim",
                )
            )
            self.border_title = "Claim"
            return
        self.border_title = f"Claim {claim.id}"
        body.update(self.render_claim(claim, article))

    def render_claim(self, claim: Claim, article: Article | None) -> RenderableType:
        in_source = article is not None and _folded(
            article.text[claim.span[0] : claim.span[1]]
        ) == _folded(claim.text)
        parts: list[RenderableType] = [self._summary(claim)]
        if not in_source:
            parts.append(Text(claim.text, style="bold"))
        if claim.text != claim.extracted_text:
            parts.append(Text(f"(edited; extracted as: {claim.extracted_text})", style="dim"))
        if claim.triage == Triage.REJECTED:
            parts.append(Text(f"Rejected: {claim.triage_reason}", style="italic red"))
        elif claim.triage == Triage.MERGED:
            parts.append(Text(f"Merged into {claim.merged_into}", style="italic yellow"))
        parts.append(Text())
        if article is not None:
            title = "The claim, highlighted in its source" if in_source else "Source"
            parts += [heading(title), source_context(article, claim.span)]
        parts += [Text(), self._about(claim)]
        parts += [Text(), *self._evidence(claim)]
        parts += [Text(), *self._verdict(claim)]
        parts += [Text(), *self._stages(claim)]
        return Group(*parts)

    def _summary(self, claim: Claim) -> Text:
        """One line that answers "where is it and what does it need", visible without
        scrolling even at 80x24; the details follow below."""
        stage = self.workflow.stage_of(claim)
        number = self.workflow.stage_index(stage.id) + 1
        line = Text()
        line.append(f"▶ {stage.title} ({number}/{len(self.workflow.stages)})", style="bold")
        line.append("  ")
        line.append_text(status_chip(claim, self.workflow))
        missing = self.workflow.missing(claim)
        if self.workflow.is_final(stage.id):
            line.append("  final: locked", style="dim")
        elif missing:
            line.append(f"  needs: {missing[0]}", style="yellow")
            if len(missing) > 1:
                line.append(f" (+{len(missing) - 1} more)", style="yellow")
        else:
            line.append("  ready: > advances it", style="green")
        return line

    def _about(self, claim: Claim) -> Text:
        about = Text()
        about.append("Speaker ", style="bold")
        about.append(claim.speaker or "the article's own voice")
        about.append("   Kind ", style="bold")
        about.append(str(claim.kind))
        about.append("   Worth ", style="bold")
        about.append_text(band_cell(claim))
        about.append(f" {claim.checkworthiness:.2f} ({claim.band})")
        if claim.assignee:
            about.append("   Assigned ", style="bold")
            about.append(claim.assignee)
        if claim.needs_context:
            about.append("\nNeeds context ", style="bold yellow")
            about.append(claim.context_note or "the splitter could not make it stand alone")
        for reason in claim.reasons:
            about.append(f"\n  · {reason}", style="italic")
        return about

    def _evidence(self, claim: Claim) -> list[RenderableType]:
        lines: list[RenderableType] = [heading(f"Evidence ({len(claim.evidence)})")]
        if not claim.evidence:
            lines.append(Text("none yet: press n to add a source", style="dim"))
        for note in claim.evidence:
            line = Text()
            line.append(f"{note.stance:<9}", style=STANCE_STYLE.get(note.stance, ""))
            line.append(f"{source_domain(note.url)}  ", style="bold")
            line.append(note.title or note.url, style="underline")
            if note.quote:
                line.append(f"\n  “{note.quote}”", style="italic")
            if note.note:
                line.append(f"\n  {note.note}")
            line.append(f"  — {note.added_by}", style="dim")
            lines.append(line)
        return lines

    def _verdict(self, claim: Claim) -> list[RenderableType]:
        lines: list[RenderableType] = [heading("Verdict")]
        if claim.verdict is None:
            lines.append(Text("none yet: press v to rate the claim", style="dim"))
            return lines
        line = Text()
        line.append_text(status_chip(claim, self.workflow))
        line.append(f"  by {claim.verdict.reviewer}", style="dim")
        lines.append(line)
        if claim.verdict.conclusion:
            lines.append(Text(claim.verdict.conclusion, style="bold"))
        lines.append(Text(claim.verdict.rationale or "(no rationale)", style=""))
        signed = independent_sign_offs(claim)
        lines.append(Text(f"Signed off by: {', '.join(signed) or 'nobody yet'}", style="dim"))
        for correction in claim.corrections:
            lines.append(
                Text(
                    f"Corrected {correction.previous_label} → {correction.new_label} by "
                    f"{correction.reviewer}: {correction.reason}",
                    style="italic",
                )
            )
        return lines

    def _stages(self, claim: Claim) -> list[RenderableType]:
        current = self.workflow.stage_of(claim)
        here = self.workflow.stage_index(current.id)
        path = Text()
        for index, stage in enumerate(self.workflow.stages):
            if index:
                path.append(" › ", style="dim")
            if index < here:
                path.append(f"✓ {stage.title}", style="green")
            elif index == here:
                path.append(f"▶ {stage.title}", style="bold reverse")
            else:
                path.append(stage.title, style="dim")
        lines: list[RenderableType] = [heading("Stage"), path]
        missing = self.workflow.missing(claim)
        if self.workflow.is_final(current.id):
            lines.append(Text("Final stage: the verdict is locked.", style="dim"))
        elif missing:
            lines.append(Text("Still needs, before > advances it:", style="bold yellow"))
            lines += [Text(f"  • {need}", style="yellow") for need in missing]
        else:
            lines.append(Text("Ready: press > to advance it.", style="bold green"))
        return lines
