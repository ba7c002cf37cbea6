"""Lay the report's HTML out into pages with Qt and write a PDF: header with the company (and logo),
footer with the site and "page x of y", and a reserved place for the visible signature on the last page."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)

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

        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([sys.argv[0] if sys.argv else "psi-wizard"])


def keep_rows_whole(html: str, laid_out: Callable[[str], QTextDocument], page_height: float) -> QTextDocument:
    """The document laid out so that no table row is split across two pages. Qt's paged layout carries a cell's
    lines past the page's end and leaves the row's other cells behind (it reads no page-break-inside), so a table
    is cut before a row that would cross a page's end, and its rest starts the next page under its head row
    again. A row taller than a page is left to Qt. Our reports hold no nested tables; if a page's HTML did, its
    tables are left as they are."""
    probe = laid_out('<p>.</p><table border="1" style="page-break-before: always"><tr><td>.</td></tr></table>')
    # where Qt puts a table that starts a page, below the page's top
    offset = probe.documentLayout().frameBoundingRect(_tables_in_order(probe)[0]).top() - page_height
    doc = laid_out(html)
    paged = doc.pageSize()
    doc.setPageSize(QSizeF(paged.width(), 1e9))  # first as one endless page: each row as tall as its text
    foresee = True
    for _pass in range(12):  # the cuts are foreseen on that layout; the paged passes after it check them
        tables = _tables_in_order(doc)
        spans = list(re.finditer(r"<table\b[^>]*>.*?</table>", html, re.S))
        if len(tables) != len(spans) or html.count("<table") != len(spans):
            break
        cuts = _rows_across_pages(doc, tables, page_height, offset, foresee=foresee)
        if not cuts:
            break
        for index in sorted(cuts, reverse=True):  # from the end, so the earlier tables' places stay valid
            span = spans[index]
            html = html[:span.start()] + _cut_table(span.group(0), cuts[index]) + html[span.end():]
        doc, foresee = laid_out(html), False
    if doc.pageSize() != paged:
        doc.setPageSize(paged)
    return doc


def _tables_in_order(doc: QTextDocument) -> list[QTextTable]:
    found, frames = [], [doc.rootFrame()]
    while frames:
        for child in frames.pop().childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            frames.append(child)
    return sorted(found, key=lambda table: table.firstPosition())


def _rows_across_pages(doc: QTextDocument, tables: list[QTextTable], page_height: float, offset: float,
                       foresee: bool) -> dict[int, list[int]]:
    """Per table, the rows to start a new page with. Foreseen on a layout without pages: every row that meets a
    page's end once the rows before it have moved (a moved row pushes what follows down by as much). Checked on
    the paged layout: the first row of each table still meeting a page's end (a table cut apart gets column
    widths of its own, so its rows can grow), as far as a table that starts no page would move what follows."""
    layout = doc.documentLayout()

    def span(table: QTextTable, row: int) -> tuple[float, float]:
        cells = [table.cellAt(row, column) for column in range(table.columns())]
        return (min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells),
                max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells))

    cuts: dict[int, list[int]] = {}
    shift = 0.0
    for index, table in enumerate(tables):
        starts_a_page = bool(table.format().pageBreakPolicy())
        if cuts and not foresee and not starts_a_page:
            break  # a cut above moves this table: the next pass sees where it lands
        heads = table.format().headerRowCount()
        frame_top = layout.frameBoundingRect(table).top()
        # where the first row below the head sits in a table that starts a page: the part a cut repeats
        repeated = span(table, min(heads, table.rows() - 1))[0] - frame_top
        for row in range(table.rows()):
            top, bottom = (edge + shift for edge in span(table, row))
            page = int(top // page_height)
            if bottom - top >= page_height or page == int((bottom - 1) // page_height):
                continue
            next_page = (page + 1) * page_height + offset
            if row <= heads:  # the head or the first row would cross: the whole table starts the next page
                if starts_a_page or index in cuts:
                    continue
                cuts[index] = [0]
                shift += next_page - (frame_top + shift)
            else:
                cuts.setdefault(index, []).append(row)
                shift += next_page + repeated - top
            if not foresee:
                shift = 0.0  # what follows starts pages of its own: a page more above moves it by whole pages
                break
    return cuts


def _cut_table(text: str, rows: list[int]) -> str:
    """A table cut before each of `rows` (counted as Qt does, the head row included): each part after a cut is a
    table with the same attributes and head row that starts a new page. Row 0 means: the whole table starts
    the next page."""
    opening = re.match(r"<table\b[^>]*>", text)
    assert opening is not None  # the pattern that found the table starts with it
    if "style=\"" in opening.group(0):
        again = opening.group(0).replace("style=\"", "style=\"page-break-before: always; ", 1)
    else:
        again = opening.group(0)[:-1] + ' style="page-break-before: always">'
    if rows == [0]:
        return again + text[opening.end():]
    head = re.search(r"<thead>.*?</thead>", text, re.S)
    body = "<tbody>" in text
    joint = (("</tbody>" if body else "") + "</table>" + again + (head.group(0) if head else "")
             + ("<tbody>" if body else ""))
    starts = [m.start() for m in re.finditer(r"<tr\b", text)]
    for row in sorted(rows, reverse=True):
        text = text[:starts[row]] + joint + text[starts[row]:]
    return text


def default_page_size() -> QPageSize.PageSizeId:
    territory = QLocale.system().territory()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}  # Qt names it Country
    return QPageSize.PageSizeId.Letter if territory in letter else QPageSize.PageSizeId.A4


def render_pdf(html: str, target: Path, *, title: str, header: str, footer: str, logo: Path | None = None,
               page_size: QPageSize.PageSizeId | None = None) -> Rendered:
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

    def laid_out(text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        font = QFont("DejaVu Sans", 9)
        font.setFeature(QFont.Tag("liga"), 0)  # 'fi' stays two letters: the report's text must search and copy
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        doc.setPageSize(QSizeF(width, body_height))
        return doc

    doc = keep_rows_whole(html, laid_out, body_height)
    pages = doc.pageCount()
    content_end = doc.size().height() - (pages - 1) * body_height  # where the text stops on the last page
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
            painter.save()
            painter.translate(0, band - index * body_height)
            doc.drawContents(painter, QRectF(0, index * body_height, width, body_height))
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
                         f"Page {index + 1} of {total}")
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
