"""Chapter 'Report': where the installation stands, the signing identity, the signed report and its exports."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from pages.dialogs import choose_file, no_program_opens
from pages.identity_dialog import IdentityDialog
from pages.report_page import ReportPage
from pages.wording import error_line
from wizard.app.chapters import ChapterContext, ChapterPanel
from wizard.app.preferences import IDENTITY, REMEMBER_PASSPHRASE
from wizard.errors import WizardError
from wizard.report.content import default_report_name
from wizard.services import identity as identities
from wizard.services import report as reports
from wizard.store.project import default_actor

if TYPE_CHECKING:
    from wizard.report.build import BuiltReport

BUILD = "report:build"  # op keys: one build at a time, one identity change at a time
IDENTITY_OP = "report:identity"
LANGUAGE_OP = "report:language"


class ReportChapter(ChapterPanel):
    whole_page = True

    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context)
        self.page = ReportPage()
        self.built: BuiltReport | None = None  # the signed build of this session: the exports are its own copy
        p = self.page
        p.build_requested.connect(self._ask_report_file)
        p.open_pdf_requested.connect(self.open_pdf)
        p.show_folder_requested.connect(self.show_folder)
        p.html_requested.connect(lambda: self._ask_target(self.tr("Export HTML"), ".html", "HTML (*.html)",
                                                          self.export_html))
        p.evidence_requested.connect(lambda: self._ask_target(self.tr("Export evidence"), ".json", "JSON (*.json)",
                                                              self.export_evidence))
        p.use_identity_requested.connect(self._ask_identity)
        p.create_identity_requested.connect(self.create_identity)
        p.export_certificate_requested.connect(lambda: self._ask_target(
            self.tr("Export certificate"), ".pem", self.tr("Certificate (*.pem)"), self.export_certificate))
        self.follow_ops(self._update_buttons)
        p.remember_box.setChecked(context.preferences.get(REMEMBER_PASSPHRASE))  # as the engineer left it
        p.remember_box.toggled.connect(lambda ticked: context.preferences.set(REMEMBER_PASSPHRASE, ticked))
        p.language_chosen.connect(self.choose_language)
        self._show_identity()
        self._update_buttons()

    def widget(self) -> QWidget:
        return self.page

    def refresh(self) -> None:
        summary = reports.current_summary(self.context.runbook, self.context.project)
        self.page.show_summary(summary)
        self.page.show_language(summary["report_language"])

    def choose_language(self, language: str) -> asyncio.Future[None] | None:
        """The project's report language from now on: kept in the project, used by the next build."""
        return self.context.ops.start(LANGUAGE_OP, reports.choose_report_language(self.context.project, language),
                                      title=self.tr("The report language was not changed"))

    def _update_buttons(self) -> None:
        ops = self.context.ops
        self.page.set_state(building=ops.busy(BUILD), identity_busy=ops.busy(IDENTITY_OP),
                            built=self.built is not None, has_identity=self.identity_path() is not None)

    # ------------------------------------------------------------------ the identity
    def identity_path(self) -> Path | None:
        value = self.context.preferences.get(IDENTITY)
        return Path(value) if value else None

    def _show_identity(self) -> None:
        path = self.identity_path()
        self.page.show_identity(str(path) if path else self.tr(
            "None yet: use your company's PKCS#12 file, or create a personal identity."))
        self._update_buttons()
        self._ask_passphrase_kept()

    def _ask_passphrase_kept(self) -> asyncio.Future[bool] | None:
        """Whether the keyring remembers the identity's passphrase, so the field says what leaving it empty does
        (asked on the op runner: the keyring is no work for the window)."""
        path = self.identity_path()
        if path is None:
            self.page.show_passphrase_kept(None)
            return None

        def known(kept: bool) -> None:
            if shiboken6.isValid(self.page):  # not a page made again in another language meanwhile
                self.page.show_passphrase_kept(kept)

        return self.context.ops.start(None, _passphrase_kept(path), done=known,
                                      failed=lambda _exc: known(False))

    def _ask_identity(self) -> None:
        choose_file(self.context.parent, self.tr("Signing identity"), Path.home(),
                    self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"), self.use_identity)

    def use_identity(self, path: Path) -> asyncio.Future[Path] | None:
        def chosen(checked: Path) -> None:
            self.context.preferences.set(IDENTITY, str(checked))
            self._show_identity()
            self.page.set_message(self.tr("Reports are signed with {file} from now on.").format(file=checked.name))

        return self.context.ops.start(IDENTITY_OP, identities.check_identity_file(path), done=chosen,
                                      failed=lambda exc: self._failed(self.tr("Not used"), exc))

    def create_identity(self) -> IdentityDialog:
        """One dialog: name and company as the signature shows them, the passphrase twice and its strength."""
        site = self.context.project.site()
        dialog = IdentityDialog(site.get("engineer") or default_actor(), site.get("company", ""), self.context.parent)
        dialog.create_requested.connect(self.create_identity_with)
        dialog.open()
        return dialog

    def create_identity_with(self, name: str, company: str, email: str,
                             passphrase: str) -> asyncio.Future[identities.CreatedIdentity] | None:
        def created(made: identities.CreatedIdentity) -> None:
            self.context.preferences.set(IDENTITY, str(made.path))
            self._show_identity()
            text = self.tr("Created a personal signing identity for {name}. Export the certificate so your company "
                           "can vouch for it.").format(name=name)
            if made.kept == "session":
                text += " " + self.tr("Its passphrase is kept for this session only: this computer has no keyring.")
            self.page.set_message(text)

        return self.context.ops.start(IDENTITY_OP, identities.create_personal_identity(
            name, company, passphrase, email=email or None), done=created,
            failed=lambda exc: self._failed(self.tr("No identity created"), exc))

    def export_certificate(self, target: Path) -> asyncio.Future[Path] | None:
        identity = self.identity_path()
        if identity is None:
            self._failed(self.tr("Certificate not exported"), WizardError("there is no signing identity yet",
                                                                          "use or create one first"))
            return None
        return self.context.ops.start(
            IDENTITY_OP, identities.export_certificate(identity, target, self.page.passphrase_edit.text()),
            done=lambda written: self.page.set_message(self.tr("Certificate written to {file}.").format(file=written)),
            failed=lambda exc: self._failed(self.tr("Certificate not exported"), exc))

    # ------------------------------------------------------------------ the report
    def _ask_target(self, title: str, suffix: str, name_filter: str, then: Callable[[Path], object]) -> None:
        start = self.context.project.path.with_suffix(suffix)
        choose_file(self.context.parent, title, start, name_filter, then, save=True)

    def _ask_report_file(self) -> None:
        project = self.context.project
        start = project.path.parent / default_report_name(project.site(), date.today())
        choose_file(self.context.parent, self.tr("Build signed report"), start, "PDF (*.pdf)", self.build_report,
                    save=True)

    def open_pdf(self) -> bool:
        if self.built is None:
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.built.pdf)))
        if not opened:  # no PDF viewer: said, with its folder offered (#34)
            no_program_opens(self.context.parent, self.built.pdf, self.show_folder)
        return opened

    def show_folder(self) -> bool:
        return self.built is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.built.pdf.parent)))

    def build_report(self, target: Path) -> asyncio.Future[BuiltReport] | None:
        self.context.flush()
        self.page.set_message(self.tr("Building and signing the report…"))
        page = self.page
        work = reports.build_report(self.context.guide, self.context.project, target, identity=self.identity_path(),
                                    passphrase=page.passphrase_edit.text(), keep=page.remember_box.isChecked())
        return self.context.ops.start(BUILD, work, done=self._built,
                                      failed=lambda exc: self._failed(self.tr("No report written"), exc))

    def _built(self, built: BuiltReport) -> None:
        self.built = built
        self._update_buttons()
        self._ask_passphrase_kept()  # a passphrase typed for this build may be remembered now
        done = (self.tr("Signed report written to {file} ({pages} pages, signed by {signer}).") if built.timestamped
                else self.tr("Signed report written to {file} ({pages} pages, signed by {signer}, no timestamp)."))
        self.page.set_message(done.format(file=built.pdf, pages=built.pages, signer=built.signer))

    def export_html(self, target: Path) -> asyncio.Future[Path] | None:
        return self._export(reports.export_html, target)

    def export_evidence(self, target: Path) -> asyncio.Future[Path] | None:
        return self._export(reports.export_evidence, target)

    def _export(self, export: Callable[[BuiltReport, Path], Awaitable[Path]],
                target: Path) -> asyncio.Future[Path] | None:
        if self.built is None:
            self._failed(self.tr("Not written"), WizardError("no signed report was built in this session yet",
                                                             "build the signed report first: the exports are its copy"))
            return None
        return self.context.ops.start(
            BUILD, export(self.built, target),
            done=lambda written: self.page.set_message(self.tr("Written to {file}.").format(file=written)),
            failed=lambda exc: self._failed(self.tr("Not written"), exc))

    def _failed(self, what: str, exc: WizardError) -> None:
        self.page.set_message(self.tr("{what}: {reason}").format(what=what, reason=error_line(exc)), error=True)


async def _passphrase_kept(identity: Path) -> bool:
    return bool(await identities.kept_passphrase(identity, ""))
