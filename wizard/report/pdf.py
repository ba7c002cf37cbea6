"""Lay the report's HTML out into pages with Qt and write a PDF: header with the company (and logo),
footer with the site and "page x of y", and a reserved place for the visible signature on the last page."""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from wizard.report.pages import paginate

RESOLUTION = 300
SIGNATURE_BOX_PT = (240.0, 70.0)  # width, height of the visible signature in PDF points


@dataclass(frozen=True)
class Rendered:
    pages: int
    signature_page: int  # 0-based
    signature_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points, origin bottom-left


def ensure_gui() -> None:
    """Qt needs a (GUI) application to lay out text; headless, it runs offscreen. A widgets application, so a
    window opened later in the same process (the demo, a test) finds the kind it needs."""
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        if threading.current_thread() is not threading.main_thread():
            # Qt's application belongs to the thread that made it: one made in a worker crashes the process at exit
            raise RuntimeError("ensure_gui() first in the main thread, then lay out in a worker")

        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([sys.argv[0] if sys.argv else "psi-wizard"])


def default_page_size() -> QPageSize.PageSizeId:
    territory = QLocale.system().territory()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}  # Qt names it Country
    return QPageSize.PageSizeId.Letter if territory in letter else QPageSize.PageSizeId.A4


def render_pdf(html: str, target: Path, *, title: str, header: str, footer: str, logo: Path | None = None,
               page_size: QPageSize.PageSizeId | None = None, page_of: str = "Page {page} of {total}") -> Rendered:
    """`page_of`: the footer's page count in the report's language, with {page} and {total}."""
    ensure_gui()
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("psi-wizard")
    writer.setPageLayout(QPageLayout(QPageSize(page_size or default_page_size()), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    px_per_pt = RESOLUTION / 72
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = paint.width(), paint.height()
    band = int(16 * px_per_pt)  # header and footer bands
    body_height = height - 2 * band

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans", 9)
    font.setFeature(QFont.Tag("liga"), 0)  # 'fi' stays two letters: the report's text must search and copy
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    # lines break between words only, never inside one: Qt's default also breaks anywhere, which cut a table's
    # head ('Statio n') and a command ('DMCALL WD') where a column was narrow; a table now widens such a column
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setTextWidth(width)  # one long page, cut into pages below (wizard.report.pages)
    cut = paginate(doc, body_height)
    pages = len(cut)
    content_end = cut[-1].head_height + cut[-1].bottom - cut[-1].top  # where the text stops on the last page
    box_h = SIGNATURE_BOX_PT[1] * px_per_pt
    signature_on_new_page = content_end + box_h + 20 * px_per_pt > body_height
    total = pages + (1 if signature_on_new_page else 0)

    logo_image = QImage(str(logo)) if logo and logo.exists() else QImage()
    painter = QPainter(writer)
    small = QFont("DejaVu Sans", 7)
    for index in range(total):
        if index:
            writer.newPage()
        if index < pages:
            page = cut[index]
            if page.head:  # the page starts inside a table: its head row first
                painter.save()
                painter.translate(0, band - page.head[0])
                doc.drawContents(painter, QRectF(0, page.head[0], width, page.head_height))
                painter.restore()
            painter.save()
            painter.translate(0, band + page.head_height - page.top)
            # a device pixel in from the page's top and bottom: what only touches the page (the row above, the
            # heading that starts the next page) is not drawn at all, not even clipped away, so its words are not
            # in this page's text for a search or a copy either
            doc.drawContents(painter, QRectF(0, page.top + 1, width, page.bottom - page.top - 2))
            painter.restore()
        painter.setFont(small)
        painter.setPen(Qt.GlobalColor.darkGray)
        left = 0
        if not logo_image.isNull():
            scaled = logo_image.scaledToHeight(int(band * 0.7), Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(0, 0, scaled)
            left = scaled.width() + int(6 * px_per_pt)
        header_rect = QRectF(left, 0, width - left, band * 0.7)
        painter.drawText(header_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header)
        painter.drawText(header_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, title)
        painter.drawLine(0, int(band * 0.8), width, int(band * 0.8))
        footer_rect = QRectF(0, height - band * 0.7, width, band * 0.7)
        painter.drawLine(0, int(height - band * 0.8), width, int(height - band * 0.8))
        painter.drawText(footer_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer)
        painter.drawText(footer_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         page_of.format(page=index + 1, total=total))
    painter.end()

    # the signature box, right-aligned just below the last text (or at the top of the extra page)
    top_px = band + (0 if signature_on_new_page else content_end + 14 * px_per_pt)
    page_height_pt = writer.pageLayout().fullRectPoints().height()
    margin_left_pt = writer.pageLayout().paintRect(QPageLayout.Unit.Point).left()
    margin_top_pt = writer.pageLayout().paintRect(QPageLayout.Unit.Point).top()
    x2 = margin_left_pt + width / px_per_pt
    x1 = x2 - SIGNATURE_BOX_PT[0]
    y2 = page_height_pt - (margin_top_pt + top_px / px_per_pt)
    y1 = y2 - SIGNATURE_BOX_PT[1]
    return Rendered(total, total - 1, (round(x1, 1), round(y1, 1), round(x2, 1), round(y2, 1)))
