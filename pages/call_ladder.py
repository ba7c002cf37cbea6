"""A test call as the field draws it (issue #33): the SIP ladder — one column per party (caller, SBC, callee), one
arrow per message with its label and its offset in ms — beside the media figures each way and the findings with
their fixes. A view of wizard.checks.call's evidence; it runs nothing."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from pages.styling import restyle
from pages.wording import finding_text, severity_text
from wizard.checks.call import CALLEE, CALLER, SBC, DirectionStats, SipStep, TestCallEvidence
from wizard.checks.result import Finding, Severity
from wizard.said import figure

ROW = 24  # pixels per message
HEAD = 34  # the parties' names above their lifelines
TIME = 78  # the column of ms offsets on the left
MARGIN = 12


def shown_figure(value: float, digits: int | None = None) -> str:
    """A figure as the window's language writes it ("0,5" in German): the language is the default QLocale, which
    wizard.app.translators sets with the catalogues it installs."""
    return figure(value, digits, QLocale().name().split("_")[0])


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def arrow_colour(label: str, palette: QPalette) -> QColor:
    """Requests in the palette's accent, answers by their class: 1xx muted, 2xx green, 3xx-6xx red; lighter shades
    on a dark palette so each stays readable."""
    code = label.split(" ", 1)[0]
    dark = _dark(palette)
    if not code.isdigit():
        return palette.color(QPalette.ColorRole.Highlight).lighter(140 if dark else 100)
    if code.startswith("1"):
        return palette.color(QPalette.ColorRole.PlaceholderText)
    if code.startswith("2"):
        return QColor("#81c784" if dark else "#2e7d32")
    return QColor("#ef9a9a" if dark else "#c62828")


class CallLadder(QWidget):
    """The ladder itself, painted: as tall as its messages, as wide as it is given (it elides a label that does not
    fit between two columns and shows it whole as a tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CallLadder")
        self.steps: tuple[SipStep, ...] = ()
        self.names = {CALLER: "", SBC: "", CALLEE: ""}
        self._labels: list[tuple[QRectF, str]] = []  # where each label was drawn, for its tooltip

    def show_steps(self, steps: tuple[SipStep, ...], names: dict[str, str]) -> None:
        self.steps, self.names = steps, names
        self.updateGeometry()
        self.update()

    def parties(self) -> list[str]:
        """Caller, SBC and callee; without the SBC when no message touched it (two columns)."""
        touched = {p for s in self.steps for p in (s.source, s.target)}
        return [p for p in (CALLER, SBC, CALLEE) if p != SBC or SBC in touched]

    def sizeHint(self) -> QSize:
        return QSize(640, HEAD + ROW * len(self.steps) + MARGIN)

    def minimumSizeHint(self) -> QSize:
        # all of its rows: the scroll area around it then scrolls to the last message instead of cutting it off
        return QSize(420, HEAD + ROW * len(self.steps) + MARGIN)

    def half_box(self) -> float:
        """Half the width of the parties' name boxes: as wide as the longest name (a German 'Angerufener 3101'
        too), within reason."""
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(n) for n in self.names.values()), default=0)
        return min(max(widest / 2 + 12, 56.0), 110.0)

    def column(self, party: str) -> float:
        parties = self.parties()
        half = self.half_box()
        left, right = TIME + half, self.width() - half - 4
        step = (right - left) / max(len(parties) - 1, 1)
        return left + step * parties.index(party) if party in parties else left

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self._labels = []
        self._paint_parties(painter, palette, text)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7.0))
        painter.setFont(small)
        for row, step in enumerate(self.steps):
            self._paint_step(painter, palette, text, HEAD + ROW * row + ROW * 0.7, step)
        painter.end()

    def _paint_parties(self, painter: QPainter, palette: QPalette, text: QColor) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        lifeline = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
        half = self.half_box()
        for party in self.parties():
            x = self.column(party)
            box = QRectF(x - half, 4, 2 * half, HEAD - 12)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(text)
            name = painter.fontMetrics().elidedText(self.names.get(party, party), Qt.TextElideMode.ElideRight,
                                                    int(2 * half - 8))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
            painter.setPen(lifeline)
            painter.drawLine(QPointF(x, HEAD - 8), QPointF(x, self.height() - 4))

    def _paint_step(self, painter: QPainter, palette: QPalette, text: QColor, y: float, step: SipStep) -> None:
        start, end = self.column(step.source), self.column(step.target)
        colour = arrow_colour(step.label, palette)
        painter.setPen(QPen(colour, 1.6))
        painter.drawLine(QPointF(start, y), QPointF(end, y))
        head = 7 if end > start else -7
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(end, y), QPointF(end - head, y - 4), QPointF(end - head, y + 4)]))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(4, y - ROW + 6, TIME - 10, ROW - 6), Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignBottom, f"{shown_figure(step.at_ms, 1)} ms")
        width = abs(end - start) - 16
        label = painter.fontMetrics().elidedText(step.label, Qt.TextElideMode.ElideRight, int(width))
        where = QRectF(min(start, end) + 8, y - ROW + 6, width, ROW - 8)
        painter.setPen(text)
        painter.drawText(where, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
        if label != step.label:
            self._labels.append((where, step.label))

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            whole = next((t for r, t in self._labels if r.contains(QPointF(event.pos()))), "")
            if whole:
                QToolTip.showText(event.globalPos(), whole, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]


class CallResult(QWidget):
    """One test call's outcome: a summary line, the figures each way, the findings with fixes, and the ladder."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("CallSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(18)
        layout.addLayout(self.figures)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.findings)
        self.ladder = CallLadder()
        self.ladder_area = QScrollArea()
        self.ladder_area.setWidgetResizable(True)
        self.ladder_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.ladder_area.setWidget(self.ladder)
        self.ladder_area.setMinimumHeight(220)
        self.ladder_area.setMaximumHeight(420)
        layout.addWidget(self.ladder_area)

    def show_call(self, evidence: TestCallEvidence, findings: list[Finding]) -> None:
        self.summary.setText(self._summary(evidence))
        restyle(self.summary, error=evidence.failure is not None or any(f.severity is Severity.ERROR for f in findings))
        self._show_figures(evidence)
        self.findings.setText(self._findings(findings))
        self.findings.setVisible(bool(self.findings.text()))  # no empty gap above the ladder
        self.ladder.show_steps(evidence.ladder, {CALLER: self.tr("Caller {station}").format(station=evidence.caller),
                                                 SBC: self.tr("SBC"),
                                                 CALLEE: self.tr("Callee {station}").format(station=evidence.callee)})

    def _summary(self, evidence: TestCallEvidence) -> str:
        if evidence.failure is not None or evidence.setup_ms is None:
            return self.tr("Test call {caller} → {callee} through {sbc}: not completed.").format(
                caller=evidence.caller, callee=evidence.callee, sbc=evidence.sbc)
        return self.tr("Test call {caller} → {callee} through {sbc}, {at} UTC: set up in {setup} ms; codec {codec}; "
                       "SRTP {suite}.").format(caller=evidence.caller, callee=evidence.callee, sbc=evidence.sbc,
                                               at=evidence.started_at.replace("T", " ")[:19],
                                               setup=f"{evidence.setup_ms:.0f}", codec=evidence.codec or "—",
                                               suite=evidence.crypto_suite or "—")

    def _show_figures(self, evidence: TestCallEvidence) -> None:
        while self.figures.count():
            item = self.figures.takeAt(0)
            shown = item.widget() if item is not None else None
            if shown is not None:
                shown.deleteLater()
        heads = [self.tr("Direction"), self.tr("Sent"), self.tr("Received"), self.tr("Lost"), self.tr("Jitter"),
                 self.tr("One-way delay")]
        rows = [[f"<b>{h}</b>" for h in heads],
                self._direction(f"{evidence.caller} → {evidence.callee}", evidence.caller_to_callee),
                self._direction(f"{evidence.callee} → {evidence.caller}", evidence.callee_to_caller)]
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                label = QLabel(cell)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight)
                self.figures.addWidget(label, r, c)
        self.figures.setColumnStretch(len(heads), 1)

    def _direction(self, name: str, stats: DirectionStats | None) -> list[str]:
        if stats is None:
            return [name, "—", "—", "—", "—", "—"]
        delay = self.tr("{ms} ms").format(ms=shown_figure(stats.delay_ms, 1)) if stats.delay_ms is not None else "—"
        return [name, str(stats.sent), str(stats.received), f"{stats.lost} ({shown_figure(stats.loss_percent, 1)} %)",
                self.tr("{ms} ms").format(ms=shown_figure(stats.jitter_ms, 1)), delay]

    def _findings(self, findings: list[Finding]) -> str:
        items = []
        # the call's own summary says again what the line and the figures above show (the step card keeps it)
        for finding in (f for f in findings if f.code != "call.passed"):
            message, fix = finding_text(finding)
            mark = "✔" if finding.severity is Severity.INFO else "✖" if finding.severity is Severity.ERROR else "⚠"
            line = f"{mark} <b>{_esc(severity_text(finding.severity))}:</b> {_esc(message)}"
            if fix:
                line += "<br/>&nbsp;&nbsp;&nbsp;" + self.tr("Fix: {fix}").format(fix=_esc(fix))
            items.append(line)
        return "<br/>".join(items)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
