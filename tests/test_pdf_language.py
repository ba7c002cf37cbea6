"""The SBC settings sheet and a wave's change plan follow the project's report language, as the report does: German
words in a German project's PDFs (the portal's settings and menu paths, the AMOs and the data as they are), the
English PDFs as they were; and the command line says a count in its singular or plural form, not 'round(s)'."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest

from wizard.checks.amo import Os4kConfig, Station
from wizard.checks.provisioning import SYSTEM_TITLES, WaveOptions, people, plan_wave
from wizard.checks.users import ZoomUser
from wizard.provisioning.plan_export import STAGE_TITLES, export_plan, plan_html
from wizard.provisioning.waves import load_plan, new_wave
from wizard.report.sheet import sheet_html, sheet_rows
from wizard.report.words import english
from wizard.runbook.model import load_runbook
from wizard.said import Said
from wizard.services.sheet import export_sheet, sheet_document
from wizard.store.project import ProjectFile

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="1", voicemail_number="7999")
SITE = {"customer": "Example Manufacturing GmbH", "site": "Munich HQ", "engineer": "Erika Mustermann",
        "sbc_core_ip": "10.180.0.4", "sbc_core_mask": "255.255.248.0", "sbc_access_ip": "10.181.181.147",
        "sbc_public_fqdn": "sbc01.example.com", "sbc_sip_tls_port": "65061", "os4k_host": "10.180.0.10"}


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectFile]:
    """A site with a planned wave of six: three active in Zoom already, three to invite; rounds of two."""
    with ProjectFile.create(tmp_path / "site.psiproj") as project:
        for key, value in SITE.items():
            project.set_site_field(key, value)
        config = Os4kConfig(stations={str(3100 + i): Station(str(3100 + i), f"p{i}@example.com", "", False, "", False)
                                      for i in range(6)})
        rows = people([ZoomUser(f"p{i}@example.com", "Person", str(i), "active", i + 2) for i in range(3)], config,
                      [], OPTIONS)
        new_wave(project, plan_wave([r for r in rows if r.selectable], config, OPTIONS, round_size=2))
        yield project


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_stage_titles_of_the_plan_are_the_stages_own() -> None:
    assert {system: str(title) for system, title in STAGE_TITLES.items()} == SYSTEM_TITLES


def test_a_german_plan_says_its_words_in_german_and_keeps_the_amos_and_the_portals_names(project) -> None:
    [wave] = project.waves()
    html = plan_html(project, wave.wave_id, "de")
    for german in ("Änderungsplan: Provisionierungswelle", "Geplant am", "SHA-256 des Plans (wie im Prüfprotokoll "
                   "des Projekts):", "Was der Plan enthält", "Was noch zu tun ist", "Alle Änderungen, in der "
                   "Reihenfolge des Leitfadens", "Stufe, ausgeführt von, Runde; Person · Station", "Änderung",
                   "Zoom-Benutzer (§7.1.1, §7.1.2), vom Wizard",
                   "Integrated users, im Zoom-Portal hinzugefügt (§7.1.3.2), vom Techniker, Runde 2",
                   "p3@example.com (p3) als lizenzierten Benutzer zu Zoom einladen",
                   "warten, bis p0@example.com das Zoom-Konto aktiviert",
                   "Runde 1: p0@example.com (Person 0) in Add users ankreuzen",
                   "Assistant: Benutzer p0@example.com für Station 3100, dann Update",
                   "p0@example.com zurücklesen: Zoom-Benutzer, SIP-Zugangsdaten der Station 3100, REG- von 3100",
                   "3 Einladungen", "4 Runden zu höchstens 50"):
        assert escape(german) in html, german
    assert "CHANGE-SBCSU:STNO=3100" in html  # an AMO as it is sent
    for english_word in ("Change plan", "Planned", "What the plan holds", " by wizard", " by engineer", "invite ",
                         "to activate the Zoom account", "read back", "invitation(s)"):
        assert english_word not in html, english_word


def test_the_english_plan_is_the_plan_as_it_was_with_each_change_in_its_own_line(project) -> None:
    [wave] = project.waves()
    html = plan_html(project, wave.wave_id)
    assert html == plan_html(project, wave.wave_id, "en")
    assert f"<h1 style='font-size:16pt'>Change plan: provisioning wave {wave.wave_id}</h1>" in html
    assert (f"<p>Example Manufacturing GmbH — Munich HQ. Planned {wave.created_at} by Erika Mustermann.</p>"
            "<p>Plan SHA-256 (as in the project's audit log):</p>") in html
    for head in ("What the plan holds", "What is still to do", "Every change, in the guide's order",
                 "Stage, done by, round; person · station</th>", ">Change</th>",
                 "Zoom users (§7.1.1, §7.1.2): 9; Integrated users, added in the Zoom portal (§7.1.3.2): 6",
                 "Integrated users, added in the Zoom portal (§7.1.3.2), by engineer, round 4<br/>p5@example.com · "
                 "3105",
                 "OS4K AMOs (§7.2), by wizard", "Assistant user data and Update all (§7.2.1), by engineer",
                 "Read back and verified (§7.2.1, §8.2), by wizard"):
        assert head in html, head
    changes = load_plan(project, wave.wave_id).changes
    assert all(escape(c.text) in html for c in changes if not c.op_id.startswith("amo:"))
    assert ('<table border=1 cellspacing=0 cellpadding=3 width=100%><thead><tr><th align="left" bgcolor="#e8edf3" '
            'width=38%>Stage, done by, round; person · station</th><th align="left" bgcolor="#e8edf3" width=62%>Change'
            '</th></tr></thead><tr><td valign="top">Zoom users (§7.1.1, §7.1.2), by wizard<br/>p0@example.com · 3100'
            '</td><td valign="top">wait for p0@example.com to activate the Zoom account</td></tr>') in html
    # a count says its singular or its plural, where it said '3 invitation(s)'
    assert "3 invitations; Zoom emails each person" in html and "(s)" not in html


def test_the_plans_pdf_is_in_the_projects_report_language_unless_another_is_asked_for(project, tmp_path) -> None:
    [wave] = project.waves()
    assert "Change plan" in pdf_text(export_plan(project, wave.wave_id, tmp_path / "en.pdf"))
    project.set_report_language("de")
    text = pdf_text(export_plan(project, wave.wave_id, tmp_path / "de.pdf"))
    assert "Änderungsplan" in text and "Seite 1 von" in text and "Welle " in text and "Change plan" not in text
    assert "Change plan" in pdf_text(export_plan(project, wave.wave_id, tmp_path / "asked.pdf", language="en"))


def test_a_german_sheet_says_its_words_in_german_and_keeps_the_portals_settings_and_menu_paths(project) -> None:
    rows = sheet_rows(load_runbook(), project)
    html = sheet_html(rows, project.site(), "de")
    for german in ("Einstellungsblatt für den OpenScape SBC", "Core 10.180.0.4, Access 10.181.181.147, SIP-TLS-Port "
                   "65061", "Tragen Sie zuerst die Standortdaten ein", ">Einstellung<", ">Wert<", ">Übernommen<",
                   "nur ablesen", "Core-Realm: die LAN-Schnittstelle zur OS4K",
                   "&lt;der in §9.3 gewählte Schlüssel&gt;"):
        assert german in html, german
    # the SBC Management Portal's own menu paths and settings, as the engineer finds them on its English screen
    assert ("<small>OpenScape SBC Management Portal &gt; Administration &gt; Network/Net Services &gt; Settings "
            "&gt; Interface Configuration &gt; Core Realm Configuration &gt; Add</small>") in html
    assert ">Subnet mask<" in html and ">255.255.248.0<" in html
    for english_word in ("settings sheet", "is not known yet", ">Setting<", ">Applied<", "to read"):
        assert english_word not in html, english_word


def test_the_english_sheet_is_the_sheet_as_it_was(project) -> None:
    rows = sheet_rows(load_runbook(), project)
    html = sheet_html(rows, project.site())
    assert html == sheet_html(rows, project.site(), "en") == sheet_document(load_runbook(), project)
    assert ('<h1 style="font-size:16pt">OpenScape SBC settings sheet</h1><p>Example Manufacturing GmbH — Munich HQ'
            "</p><p>SBC sbc01.example.com: core 10.180.0.4, access 10.181.181.147, SIP-TLS port 65061. A value in "
            "&lt;angle brackets&gt; is not known yet: fill in the site first.</p>") in html
    assert all(f">{head}</th>" in html for head in ("Dialog", "Setting", "Value", "Applied"))
    assert ">to read<" in html and "§9.1 Core realm: the LAN interface towards the OS4K<br><small>" in html


def test_the_sheets_pdf_and_print_are_in_the_projects_report_language(project, tmp_path) -> None:
    runbook = load_runbook()
    project.set_report_language("de")
    assert "Einstellungsblatt für den OpenScape SBC" in sheet_document(runbook, project)
    text = pdf_text(asyncio.run(export_sheet(runbook, project, tmp_path / "sheet.pdf")))
    assert "Einstellungsblatt für den OpenScape SBC" in text and "Seite 1 von" in text and "10.180.0.4" in text
    assert "settings sheet" not in text and "Page 1 of" not in text


@pytest.mark.parametrize(("count", "said"), [(0, "0 rounds of at most 50"), (1, "1 round of at most 50"),
                                             (2, "2 rounds of at most 50")])
def test_the_command_line_says_a_count_in_its_singular_or_plural(count: int, said: str) -> None:
    assert english(Said("{count} round(s) of at most 50", count=count)) == said


def test_the_command_line_prints_a_plans_rounds_and_summary_without_a_plural_in_brackets(project, capsys) -> None:
    from wizard.provision_command import _print_plan

    [wave] = project.waves()
    _print_plan(project, wave.wave_id, load_plan(project, wave.wave_id))
    out = capsys.readouterr().out
    assert " in 4 rounds of at most 50" in out and "3 invitations;" in out and "(s)" not in out


def test_the_command_line_exports_a_plan_in_the_language_asked_for(project, tmp_path) -> None:
    [wave] = project.waves()
    path = project.path
    project.close()  # the command opens the project itself
    for language, title in (("de", "Änderungsplan"), ("en", "Change plan")):
        target = tmp_path / f"plan-{language}.pdf"
        done = subprocess.run([sys.executable, "-m", "wizard", "provision", str(path), "--export-plan", wave.wave_id,
                               str(target), "--language", language], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")})
        assert done.returncode == 0, done.stderr
        assert title in pdf_text(target)
