"""The network pre-flight at a glance: one row per probe, turning from running to its verdict, with a detail about
what its row claims."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pages.step_card import status_text
from pages.styling import restyle
from pages.wording import engine_text, finding_text
from wizard.checks.result import Finding
from wizard.runbook.states import StepStatus
from wizard.runbook.summary import StepSnapshot

# The firewall row's probe (§2.2.2 "Firewall lets SIP-TLS and SRTP … reach the SBC") is a TLS handshake that also
# judges the certificate the SBC serves: its row speaks of the handshake, the certificate is the step's to say.
HANDSHAKE_CHECK = "probe.tls"


def about_certificate(finding: dict[str, Any]) -> bool:
    """A finding about the certificate the SBC served (wizard.checks.certificates), not about the way to it."""
    code = str(finding.get("code", ""))
    return code.startswith("cert") or code == "tls.unreadable-certificate"


class PreflightPanel(QGroupBox):
    run_requested = Signal(str)
    run_all_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, snapshots: dict[str, StepSnapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Network pre-flight"))
        self.setObjectName("Preflight")
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Checks the paths the integration needs, from this laptop: the SBC's public name, its "
                               "SIP-TLS port and certificate, a registration as a Zoom client, and the way to the "
                               "cloud."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.pills: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        self.run_buttons: dict[str, QPushButton] = {}
        for row, (step_id, snap) in enumerate(snapshots.items()):
            pill = QLabel()
            pill.setObjectName("StatusPill")
            pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pill.setMinimumWidth(110)
            title = QLabel(f"{snap.step.title}  (§{snap.step.section})")
            title.setWordWrap(True)
            detail = QLabel()
            detail.setObjectName("PreflightDetail")
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            run = QPushButton(self.tr("Run"))
            run.setAccessibleName(self.tr("Run {step}").format(step=snap.step.title))
            run.clicked.connect(lambda _=False, sid=step_id: self.run_requested.emit(sid))
            grid.addWidget(pill, 2 * row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, 2 * row, 1, 1, 2)
            grid.addWidget(run, 2 * row, 3, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(detail, 2 * row + 1, 1, 1, 2)
            self.pills[step_id], self.details[step_id], self.run_buttons[step_id] = pill, detail, run
        outer.addLayout(grid)
        buttons = QHBoxLayout()
        self.run_all_button = QPushButton(self.tr("Run pre-flight"))
        self.run_all_button.clicked.connect(self.run_all_requested.emit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        buttons.addWidget(self.run_all_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.update_snapshots(snapshots)

    def set_message(self, step_id: str, message: str) -> None:
        """Why a probe did not run (missing input, cancelled, offline): shown in its row until the next run."""
        if step_id in self.details and message:
            self.details[step_id].setText(message)
            self.details[step_id].setVisible(True)

    def update_snapshots(self, snapshots: dict[str, StepSnapshot]) -> None:
        any_running = False
        blocked_reasons: list[str] = []  # one per probe that cannot run now
        for step_id, snap in snapshots.items():
            if step_id not in self.pills:
                continue
            pill = self.pills[step_id]
            shown = status_text(snap.status)
            pill.setText(shown)
            pill.setProperty("status", snap.status.name.lower())
            pill.setAccessibleName(f"{snap.step.title}: {shown}")
            restyle(pill)
            running = snap.status is StepStatus.RUNNING
            any_running |= running
            self.run_buttons[step_id].setEnabled(snap.not_runnable_because is None and not running)
            self.run_buttons[step_id].setToolTip(engine_text(snap.not_runnable_because or "")
                                                 or self.tr("Run this probe again"))
            if snap.not_runnable_because:
                blocked_reasons.append(engine_text(snap.not_runnable_because))
            text = self.tr("Running…") if running else self.detail(snap)
            self.details[step_id].setText(text)
            self.details[step_id].setVisible(bool(text))
        self.cancel_button.setEnabled(any_running)
        # enabled only if some probe can run: a button that does nothing when clicked says why on itself instead
        runnable = len(blocked_reasons) < len(self.pills)
        self.run_all_button.setEnabled(not any_running and runnable)
        self.run_all_button.setToolTip("" if runnable or not blocked_reasons else
                                       self.tr("No probe can run now: {reason}").format(reason=blocked_reasons[0]))

    def detail(self, snap: StepSnapshot) -> str:
        """What the row's last run found, about what the row claims: its first finding, or that all is good; the
        firewall row's handshake, where it reached and when, its certificate findings left to the step."""
        result = (snap.record.result or {}) if snap.record else {}
        findings = result.get("findings", [])
        aside = 0  # the certificate's findings, said on the step
        if snap.step.check == HANDSHAKE_CHECK:
            aside = sum(1 for f in findings if about_certificate(f) and f.get("severity") != "info")
            findings = [f for f in findings if not about_certificate(f)]
        if findings:
            # in the window's language, as the step card says it; no "Fix:" where the finding names none
            message, fix = finding_text(Finding.from_json(findings[0]))
            text = message + ("  " + self.tr("Fix: {fix}").format(fix=fix) if fix else "")
            if len(findings) > 1:
                text += "  " + self.tr("(+{count} more on the step)").format(count=len(findings) - 1)
        elif snap.step.check == HANDSHAKE_CHECK and result.get("evidence", {}).get("protocol") and snap.record:
            evidence = result["evidence"]
            text = self.tr("The TLS handshake reached {host}:{port} ({protocol}) at {when} UTC.").format(
                host=evidence.get("host", ""), port=evidence.get("port", ""), protocol=evidence["protocol"],
                when=snap.record.updated_at[:19].replace("T", " "))
        elif snap.status is StepStatus.PASSED:
            text = self.tr("All good.")
        else:
            return engine_text(snap.not_runnable_because or "")
        if aside:
            text += "  " + self.tr("(+{count} about the certificate on the step)").format(count=aside)
        return text
