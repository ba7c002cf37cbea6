"""Light and dark: the stylesheet is written for light, and dark swaps its neutral colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from resources import stylesheet

THEMES = ("system", "light", "dark")
# Status colours stay as they are in dark: they carry white text and read the same on both.
DARK_COLOURS = {"#f6f7f9": "#1d2126", "#ffffff": "#262b31", "#eef1f5": "#2b3038", "#d5dbe3": "#3b424c",
                "#e1e6ed": "#353c45", "#f3f6fa": "#22272d", "#1b2733": "#e6ebf0", "#44515e": "#b4bec8",
                "#33404d": "#c8d1da", "#0d2a52": "#9cc4ff", "#d4e3fa": "#1f3b63", "#fffbe6": "#3a3420",
                "#f0d98c": "#6b5a20", "#5e6b78": "#8a96a3", "#8a1c1c": "#ff8a80", "#b71c1c": "#ff6e6e",
                # the focus ring: the light theme's blue is too dark to see on a dark field
                "#1a5fd0": "#8ab4ff"}
DARK_PALETTE = ((QPalette.ColorRole.Window, "#1d2126"), (QPalette.ColorRole.WindowText, "#e6ebf0"),
                (QPalette.ColorRole.Base, "#262b31"), (QPalette.ColorRole.AlternateBase, "#2b3038"),
                (QPalette.ColorRole.Text, "#e6ebf0"), (QPalette.ColorRole.Button, "#2b3038"),
                (QPalette.ColorRole.ButtonText, "#e6ebf0"), (QPalette.ColorRole.ToolTipBase, "#2b3038"),
                (QPalette.ColorRole.ToolTipText, "#e6ebf0"), (QPalette.ColorRole.PlaceholderText, "#8a96a3"),
                (QPalette.ColorRole.Highlight, "#1f5fbf"), (QPalette.ColorRole.HighlightedText, "#ffffff"),
                (QPalette.ColorRole.Link, "#9cc4ff"),
                # Fusion draws check box frames and bevels from these: light enough to see on a dark window
                (QPalette.ColorRole.Light, "#8a96a3"), (QPalette.ColorRole.Midlight, "#5e6b78"),
                (QPalette.ColorRole.Mid, "#4a545f"), (QPalette.ColorRole.Dark, "#8a96a3"),
                (QPalette.ColorRole.Shadow, "#101316"))
# what is disabled reads as disabled: dimmed text, not the same light grey as what can be clicked
DARK_DISABLED = ((QPalette.ColorRole.ButtonText, "#66707b"), (QPalette.ColorRole.Text, "#66707b"),
                 (QPalette.ColorRole.WindowText, "#66707b"), (QPalette.ColorRole.Button, "#23272d"))
_sheet: list[str] = []  # the stylesheet, read once per process


def dark_wanted(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> bool:
    """Light or dark, as chosen or as the system is; returns whether it is dark."""
    dark = dark_wanted(theme)
    if not _sheet:
        _sheet.append(stylesheet())
    sheet = _sheet[0]
    palette = QPalette()  # Fusion's own light palette
    if dark:
        for light, colour in DARK_COLOURS.items():
            sheet = sheet.replace(light, colour)
        for role, colour in DARK_PALETTE:
            palette.setColor(role, QColor(colour))
        for role, colour in DARK_DISABLED:
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    else:
        palette = app.style().standardPalette()
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    return dark
