"""An optional keymap file that remaps the desk's keys by binding id.

The settings' `keymap` path (by default `keymap.yaml` in the user's config folder, usually
`~/.config/factcheck/keymap.yaml`):

    desk.accept: "A"          # one key
    desk.cursor_down: "j,ctrl+n"  # or several, comma-separated

Binding ids are listed by `?` in the desk. A bad file is reported and ignored: the desk still
opens with its own keys.
"""

from __future__ import annotations

from pathlib import Path

import yaml


class KeymapError(ValueError):
    pass


def read_keymap(path: Path, known_ids: set[str]) -> dict[str, str]:
    """The keymap in `path` ({} when there is no file); `KeymapError` names what is wrong."""
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise KeymapError(f"{path}: cannot read keymap: {error}") from None
    if not isinstance(data, dict):
        raise KeymapError(f"{path}: a keymap maps binding ids to keys, e.g. desk.accept: A")
    keymap: dict[str, str] = {}
    for binding_id, keys in data.items():
        if binding_id not in known_ids:
            raise KeymapError(
                f"{path}: unknown binding id {binding_id!r}; known: {', '.join(sorted(known_ids))}"
            )
        if not isinstance(keys, str) or not keys.strip():
            raise KeymapError(f'{path}: {binding_id}: give the keys as text, e.g. "ctrl+n"')
        keymap[binding_id] = keys.strip()
    return keymap
