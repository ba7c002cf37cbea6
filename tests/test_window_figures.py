"""The test call's figures in the window are written as the window's language writes a number: "0,6 ms" and
"(2,7 %)" in German, "0.6 ms" in English — the figures each way, the ladder's offsets and a finding's figures (the
finding itself keeps "2.7", as the check wrote it). The language is the one wizard.app.translators installs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from pages.call_ladder import CallResult, shown_figure
from tests.test_report_test_calls import a_call
from wizard.app import MainWindow
from wizard.checks.call import DirectionStats, judge_test_call
from wizard.said import figure


def shown(qtbot, evidence) -> tuple[str, str]:
    """Everything the call's view says, and its findings on their own."""
    result = CallResult()
    qtbot.addWidget(result)
    result.show_call(evidence, judge_test_call(evidence))
    QApplication.processEvents()
    return " | ".join(label.text() for label in result.findChildren(QLabel)), result.findings.text()


def test_the_test_calls_figures_follow_the_windows_language(qtbot, window: MainWindow) -> None:
    evidence = replace(a_call(), caller_to_callee=DirectionStats(150, 146, 4, 35.5, 0.2, 0.9))
    english, findings = shown(qtbot, evidence)
    assert "35.5 ms" in english and "(2.7 %)" in english and "0.3 ms" in english, english
    assert "35.5 ms" in findings and "(2.7 %)" in findings, findings
    assert shown_figure(0.4, 1) == "0.4"  # the ladder's offsets
    assert window.set_language("de") == "de"
    assert QLocale().name().startswith("de")
    german, findings = shown(qtbot, evidence)
    assert "35,5 ms" in german and "(2,7 %)" in german and "0,3 ms" in german, german
    assert "35,5 ms" in findings and "(2,7 %)" in findings and "Jitter" in findings, findings  # said in German
    assert "35.5" not in german and "2.7" not in german and "0.3 ms" not in german, german
    assert shown_figure(0.4, 1) == "0,4"
    window.set_language("en")
    assert QLocale().name().startswith("en") and shown_figure(0.4, 1) == "0.4"


def test_a_figure_is_written_per_language() -> None:
    assert figure(0.5, 1, "de") == "0,5" and figure(0.5, 1, "en") == "0.5"
    assert figure(2.5, None, "de") == "2,5" and figure(30.0, None, "de") == "30" and figure(4.2, 0, "de") == "4"
