"""Workflows for the shells: opening files, which workflow a desk runs on, starting a new
file from a shipped one, and comparing two.

Which workflow a command uses (`WorkflowChoice`):
- the store's, once `factcheck workflow use` kept one (its last version);
- a file given with `--workflow` or `$FACTCHECK_WORKFLOW` for this command only; when it
  differs from the store's, one line says so (`on_notice`), and verdicts given under it
  record no version;
- in a store that never kept one, the settings' file (default `workflows/default.yaml`),
  as before stores kept their workflow.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from factcheck.errors import WorkflowError
from factcheck.repository import Repository
from factcheck.settings import DEFAULT_WORKFLOW, Settings
from factcheck.textfile import decode_text, read_file_bytes
from factcheck.workflow import Workflow
from factcheck.workflow.changes import describe_changes
from factcheck.workflow.loader import MAX_WORKFLOW_BYTES, load_workflow, parse_workflow
from factcheck.workflow_record import WorkflowFile, text_digest, workflow_of

# The workflows shipped inside the package (factcheck/workflows links to the project's
# workflows/ folder and is copied into wheels), for `factcheck` run from another folder.
SHIPPED_WORKFLOWS = Path(__file__).resolve().parents[1] / "workflows"
TEMPLATES = ("default", "fever", "panel")
# `workflow diff store NEW`: the store's workflow instead of a file.
STORE_WORD = "store"


def open_workflow(path: Path) -> Workflow:
    """Load a workflow; `WorkflowError` lists every problem in it, each with its line."""
    return load_workflow(_existing(path))


def read_workflow_file(path: Path) -> WorkflowFile:
    """A workflow file's text and its validated workflow."""
    raw = read_file_bytes(
        _existing(path), WorkflowError, "a workflow", max_bytes=MAX_WORKFLOW_BYTES
    )
    text = decode_text(raw, str(path), WorkflowError, "a YAML workflow")
    return WorkflowFile(text, parse_workflow(text, str(path)))


def _existing(path: Path) -> Path:
    if path == DEFAULT_WORKFLOW and not path.exists():
        return SHIPPED_WORKFLOWS / DEFAULT_WORKFLOW.name
    return path


class WorkflowChoice:
    """Which workflow one command runs on (see the module docstring); read when first
    needed, so commands that need no workflow never open the file."""

    def __init__(
        self,
        repository: Repository,
        settings: Settings,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self._repository = repository
        self._path = settings.workflow
        self._one_off = "workflow" in settings.model_fields_set
        self._on_notice = on_notice or (lambda line: None)

    def current_file(self) -> WorkflowFile:
        """The store's workflow (last kept version), else the settings' file: what a
        workflow change starts from."""
        versions = self._repository.workflow_versions()
        if versions:
            return WorkflowFile(versions[-1].text, workflow_of(versions[-1]))
        return read_workflow_file(self._path)

    @cached_property
    def workflow(self) -> Workflow:
        versions = self._repository.workflow_versions()
        if not versions:
            return open_workflow(self._path)
        stored = versions[-1]
        if not self._one_off:
            return workflow_of(stored)
        given = read_workflow_file(self._path)
        if given.digest == stored.digest:
            return workflow_of(stored)
        same = next((v.version for v in versions if v.digest == given.digest), None)
        self._on_notice(
            f"using {self._path} for this command only, not the store's workflow "
            f"(version {stored.version}, {stored.name})"
            + (f" (the store's version {same})" if same else "")
            + f"; `factcheck workflow use {self._path}` makes it the store's"
        )
        return given.workflow.as_version(same)


def init_workflow(path: Path, template: str) -> Workflow:
    """Write a commented copy of a shipped workflow to `path` for a desk editor to change;
    an existing file is refused, never overwritten."""
    if template not in TEMPLATES:
        raise WorkflowError(f"no shipped workflow {template!r} (choose {', '.join(TEMPLATES)})")
    text = (SHIPPED_WORKFLOWS / f"{template}.yaml").read_text(encoding="utf-8")
    header = (
        f"# Started from factcheck's shipped {template!r} workflow. Change it, then:\n"
        f"#     factcheck workflow diff store {path}   (what would change, in words)\n"
        f"#     factcheck workflow use {path} --dry-run   (which claims would move)\n"
        f"#     factcheck workflow use {path}\n\n"
    )
    try:
        with open(path, "x", encoding="utf-8") as out:
            out.write(header + text)
    except FileExistsError:
        raise WorkflowError(f"{path} already exists; choose another name") from None
    except OSError as error:
        raise WorkflowError(f"cannot write {path}: {error.strerror or error}") from None
    return parse_workflow(header + text, str(path))


def diff_workflows(
    old: str, new: str, store_file: Callable[[int | None], WorkflowFile]
) -> tuple[WorkflowFile, WorkflowFile, list[str]]:
    """What changed from `old` to `new`: paths, `store` for the store's workflow, or
    `store:N` for its kept version N."""
    before, after = _named_file(old, store_file), _named_file(new, store_file)
    return before, after, describe_changes(before.workflow, after.workflow)


def _named_file(name: str, store_file: Callable[[int | None], WorkflowFile]) -> WorkflowFile:
    if name == STORE_WORD:
        return store_file(None)
    word, colon, number = name.partition(":")
    if word == STORE_WORD and colon:
        if not number.isdigit():
            raise WorkflowError(f"{name!r}: write {STORE_WORD}:N with a version number")
        return store_file(int(number))
    return read_workflow_file(Path(name))


__all__ = [
    "STORE_WORD",
    "TEMPLATES",
    "WorkflowChoice",
    "diff_workflows",
    "init_workflow",
    "open_workflow",
    "read_workflow_file",
    "text_digest",
]
