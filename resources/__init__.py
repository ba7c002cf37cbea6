"""Data files shipped with the wizard (runbook, styles)."""

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(files(__name__).joinpath(name)))


def stylesheet() -> str:
    """The window's stylesheet (written for light; the theme swaps its colours for dark)."""
    return resource_path("style.qss").read_text(encoding="utf-8")
