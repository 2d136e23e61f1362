"""What a person would see in the store's folder, for tests that promise to leave it alone."""

from __future__ import annotations

from pathlib import Path


def store_files(store_path: Path) -> dict[str, bytes]:
    """Every file beside the store (the lock file aside) by name, with its bytes."""
    return {p.name: p.read_bytes() for p in store_path.parent.iterdir() if p.suffix != ".lock"}
