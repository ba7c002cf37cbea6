"""Chapter 'Site & connections': the site form, the connections to the live systems and their tests, and the
pre-flight probes."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from pages.connections_panel import ConnectionsPanel
from pages.preflight_panel import PreflightPanel
from pages.site_form import SiteForm
from pages.wording import QT_TRANSLATE_NOOP, error_line, finding_text, outcome_text
from wizard.app.chapters import ChapterContext, ChapterPanel
from wizard.connectors.systems import LIVE_SYSTEMS
from wizard.errors import WizardError
from wizard.runbook.engine import RunOutcome
from wizard.runbook.preflight import preflight_steps
from wizard.runbook.summary import step_snapshots
from wizard.services.connection import ConnectionTested, test_connection
from wizard.store.project import Mode

# what each live system's connection test reports (wizard.connectors.connection), as the window names it
EVIDENCE_LABELS = {"active_users": QT_TRANSLATE_NOOP("SitePanel", "active users"),
                   "account": QT_TRANSLATE_NOOP("SitePanel", "account"),
                   "account_id": QT_TRANSLATE_NOOP("SitePanel", "account ID"),
                   "role": QT_TRANSLATE_NOOP("SitePanel", "role"),
                   "api_base": QT_TRANSLATE_NOOP("SitePanel", "API address"),
                   "buildings": QT_TRANSLATE_NOOP("SitePanel", "buildings"),
                   "system_number": QT_TRANSLATE_NOOP("SitePanel", "system number"),
                   "host_key": QT_TRANSLATE_NOOP("SitePanel", "host key")}

class SitePanel(ChapterPanel):
    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context)
        project = context.project
        self.site_form = SiteForm(project.site())
        self.site_form.field_changed.connect(context.steps.set_site_field)
        self.probes = preflight_steps(context.runbook)
        self.preflight = PreflightPanel(step_snapshots(context.engine, self.probes))
        self.preflight.run_requested.connect(context.steps.run_step)
        self.preflight.run_all_requested.connect(self.run_preflight)
        self.preflight.cancel_requested.connect(context.engine.cancel_all)
        self.connections = ConnectionsPanel(LIVE_SYSTEMS, project.connections())
        self.connections.test_requested.connect(self.test_connection)
        self.follow_ops(self._update_buttons)
        self._top = QWidget()
        column = QVBoxLayout(self._top)
        column.setContentsMargins(0, 0, 0, 0)
        for part in (self.site_form, self.connections, self.preflight):
            column.addWidget(part)
        self.show_mode(project.mode)

    def widget(self) -> QWidget:
        return self._top

    def run_preflight(self) -> None:
        self.context.steps.run_steps(self.probes, "preflight")

    def test_connection(self, system: str, *, accept_host_key: str | None = None
                        ) -> asyncio.Future[ConnectionTested] | None:
        panel, project = self.connections, self.context.project
        if project.mode is Mode.OFFLINE:
            panel.show_result(system, self.tr("Offline checklist mode: no connections are made."), error=True)
            return None
        typed = panel.secrets[system].text()
        panel.show_result(system, self.tr("Testing…"), error=False)
        return self.context.ops.start(
            f"connection:{system}", test_connection(project, system, settings=panel.values(system),
                                                    secret=typed or None, keep_secret=bool(typed),
                                                    accept_host_key=accept_host_key),
            done=lambda tested: self._tested(system, tested),
            failed=lambda exc: self._not_tested(system, exc))

    def _tested(self, system: str, tested: ConnectionTested) -> None:
        self.context.refresh()  # the Site step's evidence, and the host key if one was trusted
        panel, result = self.connections, tested.result
        if result.findings and result.findings[0].code == "conn.host-key-new":
            self.ask_host_key(system, result.evidence)
        if result.findings:
            panel.show_result(system, " ".join(finding_text(result.findings[0])), error=True)
            return
        found = "; ".join(f"{self._evidence_label(k)}: {v}" for k, v in result.evidence.items() if k != "system")
        text = self.tr("Connected ({found}).").format(found=found) if found else self.tr("Connected.")
        if tested.secret_kept == "session":
            text += " " + self.tr("The secret is kept for this session only: this computer has no keyring.")
        panel.show_result(system, text, error=False)

    def _evidence_label(self, key: str) -> str:
        """What a connection test found, named in the window's language (the evidence keeps its own keys)."""
        label = EVIDENCE_LABELS.get(key)
        return QCoreApplication.translate("SitePanel", label) if label else key.replace("_", " ")

    def ask_host_key(self, system: str, evidence: dict[str, object]) -> QMessageBox:
        """The first connection to this OS4K: its fingerprint, to compare with the platform's before the password is
        sent (as PuTTY asks). Accepting tests again with that key trusted; it is kept with the connection."""
        fingerprint = str(evidence.get("host_key_fingerprint", ""))
        host = self.connections.values(system).get("host", "")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New SSH host key"), self.tr(
            "First connection to the OS4K at {host}. It presents this SSH host key:").format(host=host),
            QMessageBox.StandardButton.Cancel, self.context.parent)
        box.setObjectName("HostKeyBox")
        box.setInformativeText(f"{evidence.get('host_key_type', '')} {fingerprint}\n\n" + self.tr(
            "Compare it with the fingerprint the OS4K's administrator reads on the platform. Accept it only if they "
            "match: the wizard then trusts this key alone for this OS4K."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        accept = box.addButton(self.tr("Accept and connect"), QMessageBox.ButtonRole.AcceptRole)
        accept.clicked.connect(lambda: self.test_connection(system, accept_host_key=fingerprint))
        box.open()  # not exec(): the loop keeps running
        return box

    def _not_tested(self, system: str, exc: WizardError) -> None:
        self.connections.show_result(system, self.tr("Not tested: {reason}").format(reason=error_line(exc)), error=True)

    def _update_buttons(self) -> None:
        self.connections.set_state(offline=self.context.project.mode is Mode.OFFLINE,
                                   testing={s.id for s in LIVE_SYSTEMS if self.context.ops.busy(f"connection:{s.id}")})

    def refresh(self) -> None:
        self.preflight.update_snapshots(step_snapshots(self.context.engine, self.probes))

    def show_mode(self, mode: Mode) -> None:
        self._update_buttons()

    def flush(self) -> None:
        self.site_form.flush()

    def session(self) -> dict[str, str]:
        # a connection's settings are kept when it is tested: until then, like its secret, only the panel has them
        return self.connections.typed()

    def resume(self, typed: dict[str, str]) -> None:
        self.connections.put_typed(typed)

    def outcome(self, outcome: RunOutcome) -> None:
        if outcome.status is None and outcome.step_id in self.probes:
            self.preflight.set_message(outcome.step_id, outcome_text(outcome))
