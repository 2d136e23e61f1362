"""The claim pane: everything a reviewer needs to judge the claim under the cursor.

Top to bottom: the claim text; the source sentence with the claim's span highlighted, inside
one sentence of context either side; speaker, kind, check-worthiness and its reasons; the
evidence notes; the verdict with its rationale and sign-offs; the workflow's stage path with
the current stage marked and what the claim still needs to move on; its activity (who did
what and when, with reasons and comments), which the desk reads off the UI thread and hands
over with `show_activity`.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group, RenderableType
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from factcheck.app import ActivityEntry, ClaimView
from factcheck.app.presenter import reads_as_in_source, source_passage
from factcheck.models import Article, Claim, Triage
from factcheck.terminal_text import visible, visible_copy
from factcheck.tui.chips import VerdictLabels, band_cell, status_chip
from factcheck.workflow import Workflow

STANCE_STYLE = {"supports": "green", "refutes": "red", "context": "blue"}


def source_context(article: Article, span: tuple[int, int]) -> Text:
    """The sentence(s) the claim's span lies in, one sentence either side, span highlighted."""
    passage = source_passage(article, span)
    text = Text()
    text.append(visible(passage.before), style="dim")
    text.append(visible(passage.claim), style="bold reverse")
    text.append(visible(passage.after), style="dim")
    return text


def heading(title: str) -> Text:
    return Text(title, style="bold underline")


class ClaimPane(VerticalScroll):
    """Shows one claim; `show(claim, article)` redraws it, `show(None)` explains the empty view."""

    def __init__(
        self,
        workflow: Workflow,
        present: Callable[[Claim], ClaimView],
        labels: VerdictLabels,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.workflow = workflow
        self.present = present
        self.labels = labels
        self.claim: Claim | None = None
        self.article: Article | None = None
        # The shown claim's activity, oldest first; None until the desk has read it.
        self.activity: list[ActivityEntry] | None = None
        self.plain = ""  # what the pane shows, as plain text (for tests and screen readers)

    def compose(self):
        yield Static(id="claim-body")

    def show(
        self,
        claim: Claim | None,
        article: Article | None = None,
        activity: list[ActivityEntry] | None = None,
    ) -> None:
        """Draw the claim; `activity` None says it is still being read."""
        if claim is None or self.claim is None or claim.id != self.claim.id:
            self.scroll_home(animate=False)
        self.claim, self.article, self.activity = claim, article, activity
        self._draw()

    def show_activity(self, claim_id: str, activity: list[ActivityEntry]) -> None:
        """The claim's activity as read from the store (ignored if the cursor moved on)."""
        if self.claim is not None and self.claim.id == claim_id:
            self.activity = activity
            self._draw()

    def _draw(self) -> None:
        claim, article = self.claim, self.article
        bodies = self.query("#claim-body")
        if not bodies:
            return  # the desk is closing: its widgets are being taken down
        body = bodies.first(Static)
        if claim is None:
            empty = Text(
                "No claim in view.\n\nPress / to change the filter (is:all shows rejected "
                "and merged claims), or press I to ingest an article.",
                style="dim",
            )
            body.update(empty)
            self.plain = empty.plain
            self.border_title = "Claim"
            return
        self.border_title = Text(f"Claim {visible(claim.id)}")  # a title is markup otherwise
        # Every stored field shown escaped: no claim can drive the terminal or inject markup.
        shown = self.render_claim(visible_copy(claim), article)
        self.plain = "\n".join(part.plain for part in shown.renderables if isinstance(part, Text))
        body.update(shown)

    def render_claim(self, claim: Claim, article: Article | None) -> Group:
        in_source = article is not None and reads_as_in_source(claim, article)
        view = self.present(claim)
        parts: list[RenderableType] = [self._summary(view)]
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
        parts += [Text(), *self._evidence(view)]
        parts += [Text(), *self._verdict(view)]
        parts += [Text(), *self._stages(view)]
        parts += [Text(), *self._activity()]
        return Group(*parts)

    def _summary(self, view: ClaimView) -> Text:
        """One line that answers "where is it and what does it need", visible without
        scrolling even at 80x24; the details follow below."""
        line = Text()
        line.append(f"▶ {view.stage.title} ({view.stage_number}/{view.stage_count})", style="bold")
        line.append("  ")
        line.append_text(status_chip(view.claim, self.labels))
        missing = view.missing
        if view.is_final and view.claim.pending_correction is not None:
            line.append("  correction pending", style="bold yellow")
        elif view.is_final:
            line.append("  published: C proposes a correction", style="dim")
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
        if claim.speaker_unknown and not claim.speaker:
            about.append("unknown: someone's words, not the article's", style="yellow")
        else:
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

    def _evidence(self, view: ClaimView) -> list[RenderableType]:
        lines: list[RenderableType] = [heading(f"Evidence ({len(view.notes)})")]
        if not view.notes:
            lines.append(Text("none yet: press n to add a source", style="dim"))
        else:
            lines.append(Text("n adds · N edits · X removes · O opens a note's URL", style="dim"))
        for shown in view.notes:
            note = shown.note
            line = Text()
            line.append(f"{note.id:<4}", style="bold")
            line.append(f"{note.stance:<9}", style=STANCE_STYLE.get(note.stance, ""))
            line.append(f"{shown.domain}  ", style="bold")
            if note.title:
                line.append(note.title)
            line.append(f"\n    {note.url}", style="underline")
            if note.quote:
                line.append(f"\n  “{note.quote}”", style="italic")
            if note.note:
                line.append(f"\n  {note.note}")
            line.append(f"  — {note.added_by}", style="dim")
            lines.append(line)
        return lines

    def _verdict(self, view: ClaimView) -> list[RenderableType]:
        claim = view.claim
        lines: list[RenderableType] = [heading("Verdict")]
        if claim.verdict is None:
            lines.append(Text("none yet: press v to rate the claim", style="dim"))
            return lines
        line = Text()
        line.append_text(status_chip(claim, self.labels))
        line.append(f"  by {claim.verdict.reviewer}", style="dim")
        lines.append(line)
        if claim.verdict.conclusion:
            lines.append(Text(claim.verdict.conclusion, style="bold"))
        lines.append(Text(claim.verdict.rationale or "(no rationale)", style=""))
        signed = ", ".join(view.signed_off_by) or "nobody yet"
        lines.append(Text(f"Signed off by: {signed}", style="dim"))
        for correction in claim.corrections:
            lines.append(
                Text(
                    f"Corrected {correction.previous_label} → {correction.new_label} by "
                    f"{correction.reviewer}: {correction.reason}",
                    style="italic",
                )
            )
        pending = claim.pending_correction
        if pending is not None and pending.verdict is not None:
            signed = ", ".join(s.reviewer for s in pending.sign_offs) or "nobody yet"
            lines += [
                Text(
                    f"Correction pending: {pending.previous_label} → {pending.new_label} by "
                    f"{pending.reviewer}: {pending.reason}",
                    style="bold yellow",
                ),
                Text(pending.verdict.rationale),
                Text(f"Correction signed off by: {signed}", style="dim"),
            ]
        return lines

    def _stages(self, view: ClaimView) -> list[RenderableType]:
        here = view.stage_number - 1
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
        missing = view.missing
        if view.is_final and missing:
            lines.append(
                Text("The correction still needs, before > publishes it:", style="bold yellow")
            )
            lines += [Text(f"  • {need}", style="yellow") for need in missing]
        elif view.is_final and view.claim.pending_correction is not None:
            lines.append(Text("Ready: > publishes the correction.", style="bold green"))
        elif view.is_final:
            lines.append(Text("Published: it changes only by a correction (C).", style="dim"))
        elif missing:
            lines.append(Text("Still needs, before > advances it:", style="bold yellow"))
            lines += [Text(f"  • {need}", style="yellow") for need in missing]
        else:
            lines.append(Text("Ready: press > to advance it.", style="bold green"))
        return lines

    def _activity(self) -> list[RenderableType]:
        if self.activity is None:
            return [heading("Activity"), Text("reading…", style="dim")]
        lines: list[RenderableType] = [heading(f"Activity ({len(self.activity)}) · c comments")]
        for entry in self.activity:
            line = Text()
            line.append(f"{entry.at:%Y-%m-%d %H:%M} ", style="dim")
            line.append(visible(entry.actor), style="bold")
            if entry.is_comment:
                line.append("  says: ", style="bold cyan")
                line.append(visible(entry.text), style="italic")
            else:
                line.append(f"  {entry.action}")
                if entry.text:
                    line.append(f": {visible(entry.text)}", style="dim")
            lines.append(line)
        return lines
