"""Renders resources/icons/psi-wizard.svg to the PNG sizes the desktops ask for and a Windows .ico.

Run after changing the SVG: QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "psi-wizard.svg"))
    if not renderer.isValid():
        print("psi-wizard.svg cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"psi-wizard-{size}.png"))
    render(renderer, 256).save(str(ICONS / "psi-wizard.ico"))
    print(f"wrote {len(SIZES)} PNGs and psi-wizard.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
