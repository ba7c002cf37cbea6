"""Where a report's pages end. Qt's own paged layout splits table rows (it carries a cell's lines onto the next
page and leaves the row's other cells behind, and reads no page-break-inside), so the report is laid out as one
long page and cut into pages here: between lines, between table rows (never inside one), at the HTML's own page
breaks, never straight after a heading, and not where a table's last few rows would be left alone on the next page
(the HTML's page break or the end right after them: they go over with a row or more before them). A page that
starts inside a table shows the table's head row again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextTable

EPSILON = 0.5
# a table's last rows are not left alone on a page: the SIP ladder's last two rows were a page of their own
TAIL_ROWS = 3


@dataclass(frozen=True)
class Page:
    top: float  # where the page starts and ends in the document laid out as one long page
    bottom: float
    head: tuple[float, float] | None = None  # the head row of the table the page starts inside, drawn above it

    @property
    def head_height(self) -> float:
        return self.head[1] - self.head[0] if self.head else 0.0


class _Break(NamedTuple):
    """A place a page may end, and why it had better not: straight after a heading, or with no more than TAIL_ROWS
    rows of a table after it and nothing else before the next page (the table's tail alone on a page)."""

    y: float
    after_heading: bool
    tail: bool = False


@dataclass(frozen=True)
class _Table:
    top: float
    bottom: float
    head: tuple[float, float] | None  # top and bottom of its head row(s)
    rows_end: float  # where the text of its last row ends: below it only the table's bottom border is left


def paginate(doc: QTextDocument, page_height: float) -> list[Page]:
    """The pages of a document laid out without pages (QTextDocument.setTextWidth), each at most page_height tall
    (its repeated head row included)."""
    breaks, forced, tables = _places(doc)
    end = doc.size().height()
    pages: list[Page] = []
    top = 0.0
    while top < end - EPSILON:
        # a page that starts below a table's head row, inside the table, shows the head row again
        # (not when only the table's bottom border is left for the page: a head row over no row is an orphan)
        head = next((t.head for t in tables if t.head and t.head[1] - EPSILON <= top < t.rows_end - EPSILON), None)
        limit = top + page_height - (head[1] - head[0] if head else 0.0)
        now = next((f for f in forced if top + EPSILON < f <= limit), None)
        if now is not None:
            bottom = now
        elif limit >= end:
            bottom = end
        else:
            bottom = _last_fitting(breaks, top, limit)
        pages.append(Page(top, bottom, head))
        top = bottom
    return pages or [Page(0.0, end)]


def _last_fitting(breaks: list[_Break], top: float, limit: float) -> float:
    """The lowest place a page from `top` may end at by `limit`: one after no heading and leaving no table's tail
    alone if there is one, else one after no heading, else any; `limit` when nothing fits (a row taller than a page
    is cut)."""
    fits = [b for b in breaks if top + EPSILON < b.y <= limit]
    fitting = ([b.y for b in fits if not b.after_heading and not b.tail]
               or [b.y for b in fits if not b.after_heading] or [b.y for b in fits])
    return max(fitting) if fitting else limit


def _places(doc: QTextDocument) -> tuple[list[_Break], list[float], list[_Table]]:
    """Where a page may end (and whether that place follows a heading straight away), where the HTML makes one
    end, and the tables with their head rows."""
    found = _tables(doc)
    lines, forced = _text_places(doc, found)
    places = [_table_places(doc, table) for table in found]
    tables = [laid_out for _between, laid_out in places]
    # Qt keeps a block of its own at a table's end, outside the cells: a line there is inside the table all the same
    lines = [line for line in lines if not any(t.top + EPSILON < line.y < t.bottom - EPSILON for t in tables)]
    end = doc.size().height()
    breaks: list[_Break] = []  # between table rows
    for between, laid_out in places:
        # a tail is alone on its page only when the HTML's page break (or the end) follows the table straight away
        following = min((f for f in forced if f > laid_out.rows_end - EPSILON), default=end)
        alone = not any(laid_out.bottom - EPSILON <= y < following - EPSILON
                        for y in [line.y for line in lines] + [t.top for t in tables])
        breaks += between if alone else [b._replace(tail=False) for b in between]
    return sorted(lines + breaks), sorted(forced), tables


def _text_places(doc: QTextDocument, tables: list[QTextTable]) -> tuple[list[_Break], list[float]]:
    """Between the lines of the text outside tables (and whether the line follows a heading straight away), and
    where the HTML makes a page end."""
    layout = doc.documentLayout()
    lines: list[_Break] = []
    forced: list[float] = []
    heading_before = False
    # a table's blocks are skipped in one step (asking each block for its table costs more than the layout)
    table_at = {table.firstPosition(): table for table in tables}
    block = doc.begin()
    while block.isValid():
        table = table_at.get(block.position())
        if table is not None or QTextCursor(block).currentTable() is not None:
            heading_before = False
            block = (doc.findBlock(table.lastPosition()) if table is not None else block).next()
            continue
        box = layout.blockBoundingRect(block)
        policy = block.blockFormat().pageBreakPolicy()
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            forced.append(box.top())
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter:
            forced.append(box.bottom())
        text = block.layout()
        for number in range(text.lineCount()):
            lines.append(_Break(box.top() + text.lineAt(number).y(), heading_before and number == 0))
        heading_before = block.blockFormat().headingLevel() > 0 and bool(block.text().strip())
        block = block.next()
    return lines, forced


def _table_places(doc: QTextDocument, table: QTextTable) -> tuple[list[_Break], _Table]:
    """Where a page may end in a table (between its rows, never between its head row and the first row below it,
    and above it; marked where no more than TAIL_ROWS rows follow), and the table with its head row."""
    frame = doc.documentLayout().frameBoundingRect(table)
    units = _units(table)
    tops = [_top(doc, table, rows) for rows in units]
    # between two rows: half way between the text of one and of the next, on the border they share; the gap between
    # them (cell padding and border) is the table's own, so one row's bottom gives it for every row
    gap = tops[1] - _span(doc, table, units[0])[1] if len(units) > 1 else 0.0
    edges = [frame.top()] + [top - gap / 2 for top in tops[1:]]
    heads = table.format().headerRowCount()
    body = [i for i, rows in enumerate(units) if rows.start >= heads]  # the units below the head row(s)
    head = (frame.top(), edges[body[0]]) if heads and body and body[0] > 0 else None
    breaks = [_Break(edges[i], False, len(units) - i <= TAIL_ROWS) for i in body[1:]]
    breaks.append(_Break(frame.top(), _follows_heading(doc, table)))
    rows_end = _span(doc, table, units[-1])[1] if units else frame.bottom()
    return breaks, _Table(frame.top(), frame.bottom(), head, rows_end)


def _follows_heading(doc: QTextDocument, table: QTextTable) -> bool:
    before = doc.findBlock(table.firstPosition() - 1)
    return before.isValid() and before.blockFormat().headingLevel() > 0


def _tables(doc: QTextDocument) -> list[QTextTable]:
    found, frames = [], [doc.rootFrame()]
    while frames:
        for child in frames.pop().childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            frames.append(child)
    return sorted(found, key=lambda table: table.firstPosition())


def _units(table: QTextTable) -> list[range]:
    """The table's rows in the groups that stay together: rows joined by a cell spanning them are one."""
    starts = [row for row in range(table.rows())
              if all(table.cellAt(row, column).row() == row for column in range(table.columns()))]
    return [range(start, end) for start, end in zip(starts, [*starts[1:], table.rows()], strict=True)]


def _top(doc: QTextDocument, table: QTextTable, rows: range) -> float:
    """Where the text of a row (or rows joined by a spanning cell) starts: its highest cell's first line."""
    layout = doc.documentLayout()
    return min(layout.blockBoundingRect(table.cellAt(rows.start, column).firstCursorPosition().block()).top()
               for column in range(table.columns()))


def _span(doc: QTextDocument, table: QTextTable, rows: range) -> tuple[float, float]:
    layout = doc.documentLayout()
    cells = [table.cellAt(row, column) for row in rows for column in range(table.columns())]
    return (min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells),
            max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells))
