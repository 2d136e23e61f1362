"""The settings: built once at start-up by the shell, then passed down.

Sources, strongest first: command-line flags (handed in by the CLI), environment variables
(`FACTCHECK_STORE`, `FACTCHECK_REVIEWER`, `FACTCHECK_WORKFLOW`, `FACTCHECK_SITE_URL`,
`FACTCHECK_PUBLISHER`, `FACTCHECK_KEYMAP`; an empty one counts as unset), the config file
(`config.toml` in the user's config folder, e.g. `~/.config/factcheck/config.toml`, or
`$FACTCHECK_CONFIG`), then the defaults below. This module is the only one below the shells
that reads the environment (a test keeps it so).

`store` is a file path (the TinyDB store) or a `postgresql://` address (the PostgreSQL store).
The default store stays `store/factcheck.json` beside the project (what `make review` and the
README use), not the platform's data folder: a desk shares its store file deliberately.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Annotated

import platformdirs
from pydantic import BeforeValidator, Field, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from factcheck.errors import FactcheckError

APP_NAME = "factcheck"
ENV_PREFIX = "FACTCHECK_"
DEFAULT_STORE = Path("store/factcheck.json")
DEFAULT_WORKFLOW = Path("workflows/default.yaml")


# A store location with one of these schemes is a database address, not a file.
DATABASE_SCHEMES = ("postgresql://", "postgres://")


def store_location(value: object) -> object:
    """A PostgreSQL address stays a string (as a `Path` it would lose a `/` of its `//`);
    any other text is a TinyDB store file."""
    if isinstance(value, str) and not value.startswith(DATABASE_SCHEMES):
        return Path(value)
    return value


class SettingsError(FactcheckError):
    """A setting (flag, environment variable or config file entry) that cannot be used."""


def config_folder() -> Path:
    """Where the user's factcheck settings live (honours $XDG_CONFIG_HOME on Linux)."""
    return platformdirs.user_config_path(APP_NAME)


def config_file() -> Path:
    return Path(os.environ.get(f"{ENV_PREFIX}CONFIG") or config_folder() / "config.toml")


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name, e.g. an unnamed container user
        return ""


class Settings(BaseSettings):
    """Every setting factcheck reads; immutable once built."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_ignore_empty=True, extra="forbid", frozen=True
    )

    # A TinyDB file (`Path`), or a PostgreSQL address (`str`, `postgresql://...`).
    store: Annotated[Path | str, BeforeValidator(store_location)] = DEFAULT_STORE
    workflow: Path = DEFAULT_WORKFLOW
    reviewer: str = Field(default_factory=login_name)
    site_url: str | None = None
    publisher: str | None = None
    keymap: Path = Field(default_factory=lambda: config_folder() / "keymap.yaml")
    # Where the desk keeps the theme last chosen, so it opens in it next time.
    theme_file: Path = Field(default_factory=lambda: config_folder() / "theme")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=config_file()),
        )


def load_settings(**flags: object) -> Settings:
    """The settings, with the flags a user gave (None: not given) above everything else."""
    given = {name: value for name, value in flags.items() if value is not None}
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or "settings"
        raise SettingsError(
            f"setting {where}: {problem['msg']} (flags, ${ENV_PREFIX}{where.upper()} "
            f"or {config_file()})"
        ) from None
    except (OSError, ValueError) as error:  # an unreadable or malformed config.toml
        raise SettingsError(f"{config_file()}: cannot read settings: {error}") from None
