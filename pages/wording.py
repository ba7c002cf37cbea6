"""The window's side of translation that the core can't do: looking the guide's wording up in Qt's catalogue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translate_with(context: str) -> Callable[[str], str]:
    """Qt's lookup for one context of the guide's wording; English where no translation is installed."""
    return lambda text: QCoreApplication.translate(context, text) if text else text
