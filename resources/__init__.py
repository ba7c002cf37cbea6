"""Data files shipped with the wizard (runbook, styles)."""

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(files(__name__).joinpath(name)))
