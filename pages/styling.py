"""Dynamic style properties: the stylesheet selects on them (`QLabel[error="true"]`), but Qt applies a property
change only when the widget is polished again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def restyle(widget: QWidget, **properties: object) -> None:
    """Set the properties (if any) and apply the stylesheet to the widget again, now."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
