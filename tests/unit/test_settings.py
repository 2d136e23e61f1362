"""The settings: flags over environment over config file over defaults, read in one place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.settings import DEFAULT_STORE, SettingsError, load_settings

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("STORE", "REVIEWER", "WORKFLOW", "SITE_URL", "PUBLISHER", "KEYMAP"):
        monkeypatch.delenv(f"FACTCHECK_{name}", raising=False)
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_flags_beat_the_environment_which_beats_the_config_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "config.toml").write_text('reviewer = "cara"\npublisher = "Desk"\n')
    assert load_settings().reviewer == "cara"
    monkeypatch.setenv("FACTCHECK_REVIEWER", "ben")
    assert load_settings().reviewer == "ben"
    assert load_settings(reviewer="ana").reviewer == "ana"
    assert load_settings(reviewer=None).reviewer == "ben"  # a flag not given
    assert load_settings().publisher == "Desk"


def test_defaults_keep_the_projects_store_and_the_users_keymap(tmp_path: Path) -> None:
    settings = load_settings()
    assert settings.store == DEFAULT_STORE
    assert settings.keymap == tmp_path / "config" / "factcheck" / "keymap.yaml"


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_STORE", "")
    assert load_settings().store == DEFAULT_STORE


def test_a_bad_config_file_is_one_line_naming_it(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('stor = "x.json"\n')
    with pytest.raises(SettingsError, match=r"stor.*config\.toml"):
        load_settings()
    (tmp_path / "config.toml").write_text("store = [\n")
    with pytest.raises(SettingsError, match=r"config\.toml: cannot read settings"):
        load_settings()


def test_no_module_but_the_settings_reads_the_environment() -> None:
    readers = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if re.search(r"os\.environ|os\.getenv|getenv\(", path.read_text(encoding="utf-8"))
    ]
    assert readers == ["settings.py"]
