"""The verdict form (`v`), and the correction form (`C`): the workflow's scale with each
verdict's description, and a rationale; a verdict also takes the claim's wording as it will
be published (empty: the default, shown greyed in the field), a correction the reason
readers are told. Nothing is chosen when the form opens: the reviewer picks the verdict
(re-rating shows the current one). Save with ctrl+s (or the Save button); Escape leaves the
claim unchanged."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from factcheck.app import default_public_wording
from factcheck.models import Claim
from factcheck.terminal_text import visible
from factcheck.tui.chips import verdict_chip
from factcheck.tui.dialog import Dialog, field, form_footer
from factcheck.workflow import Workflow


@dataclass(frozen=True)
class VerdictChoice:
    label: str
    rationale: str
    conclusion: str = ""
    public_wording: str = ""
    reason: str = ""


class VerdictDialog(Dialog[VerdictChoice]):
    def __init__(
        self,
        workflow: Workflow,
        claim: Claim,
        proposed: str | None = None,
        *,
        correction: bool = False,
    ) -> None:
        """`proposed`: a verdict id to start on (a past check's rating, when the reviewer
        asked for it) instead of the claim's own verdict; `correction`: the form proposes a
        correction to the published verdict and starts with nothing chosen."""
        super().__init__()
        self.workflow = workflow
        self.claim = claim
        self.proposed = proposed
        self.correction = correction

    def compose(self) -> ComposeResult:
        # A correction is written anew: nothing of the published verdict is carried over.
        verdict = None if self.correction else self.claim.verdict
        options = []
        for option in self.workflow.scale.verdicts:
            prompt = verdict_chip(option)
            prompt.append(f"  {option.description}", style="")
            options.append(Option(prompt, id=option.id))
        with Vertical(classes="dialog", id="verdict-dialog") as box:
            box.border_title = "Correct the published verdict" if self.correction else "Verdict"
            yield Label(
                Text(visible(self.claim.text), overflow="ellipsis", no_wrap=True), classes="what"
            )
            yield OptionList(*options, id="verdict-scale", compact=True)
            yield Label("Rationale: why this verdict, citing the evidence", classes="caption")
            yield TextArea(
                verdict.rationale if verdict else "",
                id="verdict-rationale",
                compact=True,
                tab_behavior="focus",
            )
            if self.workflow.scale.conclusion_required:
                yield field(
                    "Conclusion",
                    Input(
                        verdict.conclusion if verdict else "",
                        placeholder="one sentence for readers (this desk requires one)",
                        id="verdict-conclusion",
                        compact=True,
                    ),
                )
            if self.correction:
                yield field(
                    "Reason",
                    Input(
                        placeholder="what was wrong, as readers will be told",
                        id="verdict-reason",
                        compact=True,
                    ),
                )
            else:
                yield field(
                    "Published",
                    Input(
                        verdict.public_wording if verdict else "",
                        placeholder=default_public_wording(self.claim),
                        id="verdict-public-wording",
                        compact=True,
                    ),
                )
            yield from form_footer("Propose" if self.correction else "Save")

    def on_mount(self) -> None:
        scale = self.query_one("#verdict-scale", OptionList)
        current = self.proposed or (self.claim.verdict.label if self.claim.verdict else None)
        if self.correction:
            current = None
        scale.highlighted = self.workflow.scale.ids.index(current) if current else None
        scale.focus()

    @on(OptionList.OptionSelected, "#verdict-scale")
    def _to_rationale(self) -> None:
        self.query_one("#verdict-rationale", TextArea).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        scale = self.query_one("#verdict-scale", OptionList)
        if scale.highlighted is None:
            self.show_problem("Choose a verdict from the scale.")
            return
        conclusion = reason = public_wording = ""
        if not self.correction:
            public_wording = self.query_one("#verdict-public-wording", Input).value.strip()
        if self.workflow.scale.conclusion_required:
            conclusion = self.query_one("#verdict-conclusion", Input).value.strip()
        rationale = self.query_one("#verdict-rationale", TextArea).text.strip()
        if self.correction:
            reason = self.query_one("#verdict-reason", Input).value.strip()
            # Checked here so a refusal never closes the form on what was typed.
            if not rationale:
                self.show_problem("A correction needs a new rationale: why the new verdict holds.")
                return
            if not reason:
                self.show_problem("A correction needs the reason readers are told.")
                return
        self.dismiss(
            VerdictChoice(
                label=self.workflow.scale.ids[scale.highlighted],
                rationale=rationale,
                conclusion=conclusion,
                public_wording=public_wording,
                reason=reason,
            )
        )
