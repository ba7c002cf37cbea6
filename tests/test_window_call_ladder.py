"""The test call's SIP ladder (pages/call_ladder.py) in its scroll area: a call with more messages than the area
shows scrolls to the last of them instead of cutting it off (seen on the 1280×720 screenshot of the demo's call,
where "200 OK (SDP)" stood half under the area's edge with no scroll bar)."""

from PySide6.QtWidgets import QApplication

from pages.call_ladder import HEAD, MARGIN, ROW, CallResult
from wizard.checks.call import CALLEE, CALLER, SBC, SipStep


def test_a_long_ladder_scrolls_to_its_last_message(qtbot) -> None:
    result = CallResult()
    qtbot.addWidget(result)
    steps = tuple(SipStep(float(n), CALLER if n % 2 else SBC, SBC if n % 2 else CALLEE, f"MESSAGE {n}")
                  for n in range(24))
    result.ladder.show_steps(steps, {CALLER: "Caller 3100", SBC: "SBC", CALLEE: "Callee 3101"})
    result.resize(900, 600)
    result.show()
    QApplication.processEvents()
    area = result.ladder_area
    assert area.height() < HEAD + ROW * len(steps) + MARGIN  # the area holds less than the whole ladder
    assert result.ladder.height() == HEAD + ROW * len(steps) + MARGIN  # drawn whole inside it
    assert area.verticalScrollBar().maximum() > 0  # and scrolled to
