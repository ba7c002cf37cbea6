from wizard.checks.sbc import fill_value, fill_values
from wizard.runbook.model import load_runbook

SITE = {"sbc_core_ip": "10.180.0.4", "sbc_access_ip": "10.181.181.147", "sbc_sip_tls_port": "65061",
        "os4k_host": "10.180.0.10", "os4k_sip_address": "10.180.0.20", "sbc_public_fqdn": "sbc01.example.com",
        "sbc_public_ip": "203.0.113.10"}


def test_site_values_are_filled_in() -> None:
    assert fill_value("{sbc_core_ip}", SITE) == "10.180.0.4"
    assert fill_value("TCP {sbc_sip_tls_port} to {sbc_access_ip}", SITE) == "TCP 65061 to 10.181.181.147"


def test_missing_or_invalid_site_data_never_yields_a_copyable_wrong_value() -> None:
    assert fill_value("{sbc_core_ip}", {}) == "<SBC core (LAN) IP>"
    assert fill_value("{sbc_core_ip}", {"sbc_core_ip": "10.180.0.999"}) == "<SBC core (LAN) IP>"
    assert fill_value("{not_a_field}", SITE) == "{not_a_field}"


def test_every_sbc_dialog_of_the_guide_gets_its_site_values() -> None:
    runbook = load_runbook()
    sheet = {s.id: dict(fill_values(s.values, SITE)) for s in runbook.steps if s.values}
    assert sheet["9.1-core-realm"]["IP address"] == "10.180.0.4"
    assert sheet["9.1-access-realm"]["IP address"] == "10.181.181.147"
    assert sheet["9.1-access-realm"]["SIP-TLS"] == "65061"
    assert sheet["9.2-sip-server"]["IP Address or FQDN"] == "10.180.0.20"  # the OS4K's SIP address, not the Assistant
    assert sheet["9.3-certificate-profile"]["Minimum TLS version"] == "TLS V1.2"
    assert sheet["9.4.1.1-max-registration-expiry"]["Maximum registration expiry time (sec)"] == "2678400"
    zoom = sheet["9.4.2-zoom-media-profile"]
    assert (zoom["Media protocol"], zoom["SRTP configuration"], zoom["RTCP Mode"]) == ("SRTP only", "SDES", "Bypass")
    assert zoom["Keep sendonly attribute on NAT"] == "off" and zoom["Allow unconfigured codecs"] == "off"
    assert sheet["7.2-zande-sbc-address"]["AMO"] == "CHANGE-ZANDE:TYPE=OSMO,SBCADDR1=203.0.113.10,PORT1=65061;"
    assert sheet["9.5.1-push-notifications"]["Enable Push Notifications Service"] == "checked"
    assert sheet["10.3.2.1-e911-ssp-profile"]["Enable SSP Privacy and Complementary Flags"] == "checked"
    leftovers = [(sid, k) for sid, values in sheet.items() for k, v in values.items() if "{" in v]
    assert leftovers == []


def _site_project(tmp_path):
    from wizard.store.project import ProjectFile

    project = ProjectFile.create(tmp_path / "sbc.psiproj")
    for key, value in {"customer": "Example Manufacturing GmbH", "site": "Munich HQ", "sbc_core_ip": "10.180.0.4",
                       "sbc_core_mask": "255.255.248.0", "sbc_access_ip": "10.181.181.147",
                       "sbc_access_mask": "255.255.255.0", "sbc_gateway": "10.181.181.1",
                       "sbc_public_fqdn": "sbc01.example.com", "sbc_sip_tls_port": "65061",
                       "os4k_host": "10.180.0.10"}.items():
        project.set_site_field(key, value)
    kept = project.keep_evidence("9.3-certificate-files", "sbc01-chain.pem", b"-----BEGIN CERTIFICATE-----")
    project.set_step_input("9.3-certificate-files", "cert", f"evidence:{kept}")
    return project


def test_the_sheet_carries_every_91_value_the_sites_files_and_marks_what_is_only_read(tmp_path) -> None:
    import csv
    import io

    from wizard.report.sheet import sheet_csv, sheet_rows

    project = _site_project(tmp_path)
    try:
        rows = sheet_rows(load_runbook(), project)
        by = {(r.dialog, r.setting): r for r in rows}
        core = "Core realm: the LAN interface towards the OS4K"
        access = "Access realm: the WAN interface towards Zoom, on a custom SIP-TLS port"
        assert by[(core, "Subnet mask")].value == "255.255.248.0" and by[(core, "Interface")].value == "eth0"
        assert by[(access, "Subnet mask")].value == "255.255.255.0" and by[(access, "MOCP")].value == "2727"
        assert by[("Default gateway and static routes for both interfaces", "Default gateway")].value == \
            "10.181.181.1"
        profile = next(r for r in rows if r.setting == "Local server certificate file")
        assert profile.value == "sbc01-chain.pem"  # the file the engineer chose, not 'the server certificate'
        key = next(r for r in rows if r.setting == "Local key file")
        assert key.value == "<the key chosen in §9.3>"  # not chosen yet: said so, never a guess
        assert not any(r.value.startswith("e.g.") for r in rows)
        table = list(csv.reader(io.StringIO(sheet_csv(rows).decode("utf-8-sig"))))
        assert table[0] == ["Section", "Dialog", "Where", "Setting", "Value", "Applied"]
        assert ["9.1", core] == table[1][:2] and len(table) == len(rows) + 1
    finally:
        project.close()


def test_applied_boxes_stand_only_beside_values_someone_applies() -> None:
    runbook = load_runbook()
    assert "Regenerate" in runbook.step("2.2-system-number").shown  # a command to run, not a value to apply
    assert "Expected status" in runbook.step("7.1.3.2-add-integrated-users").shown
    assert not runbook.step("9.1-core-realm").shown  # every value of the core realm is entered by someone
    outbound = dict(runbook.step("2.2.2-firewall-outbound").values)
    assert outbound["SIP-TLS"] == "TCP {sbc_sip_tls_port} to {sbc_public_fqdn}"  # the site's port, not 5061


def test_the_sheet_is_exported_as_pdf_and_csv_and_printed_from_the_sbc_chapter(qtbot, window, tmp_path) -> None:
    import shutil
    import subprocess

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QToolButton

    from tests.gui import on_loop

    window.new_project(tmp_path / "sbc.psiproj")
    for key, value in (("customer", "Example Manufacturing GmbH"), ("sbc_core_ip", "10.180.0.4"),
                       ("sbc_core_mask", "255.255.248.0")):
        window.project.set_site_field(key, value)
    window.go_to_chapter("sbc")
    chapter = window.panel("sbc")
    assert on_loop(qtbot, chapter.export(tmp_path / "sheet.csv")) == tmp_path / "sheet.csv"
    assert "255.255.248.0" in (tmp_path / "sheet.csv").read_text(encoding="utf-8-sig")
    assert on_loop(qtbot, chapter.export(tmp_path / "sheet.pdf"), timeout=30000)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext is missing: install poppler-utils (tests/setup-debian.sh does)"
    text = subprocess.run([pdftotext, str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True).stdout
    assert "OpenScape SBC settings sheet" in text and "255.255.248.0" in text and "Main-Core-IPv4" in text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # a printer that writes a PDF, as a test can read it
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    chapter.print_to(printer)
    printed = subprocess.run([pdftotext, str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True).stdout
    assert "10.180.0.4" in printed and "Sheet sent to" in chapter.panel.message.text()
    chapter.export(tmp_path / "sheet.txt")  # refused, and said on the panel
    qtbot.waitUntil(lambda: "exported as .pdf or .csv" in chapter.panel.message.text(), timeout=5000)
    assert not (tmp_path / "sheet.txt").exists()

    card = window.card_pages["sbc"].cards["9.1-core-realm"]
    copy = next(b for b in card.findChildren(QToolButton) if b.accessibleName() == "Copy Subnet mask")
    copy.click()
    assert copy.text() == "Copied ✓" and QGuiApplication.clipboard().text() == "255.255.248.0"


def test_the_sheet_carries_the_guides_other_values_of_92_9411_and_10322() -> None:
    """§9.2's group name, node name and priority (the guide gives none: said so, not invented), the OS4K's SIP
    address from its own site field (the Assistant's host is for SSH and AMOs), the rest of §9.4.1.1's example and
    §10.3.2.2's endpoint name."""
    runbook = load_runbook()
    sheet = {s.id: dict(fill_values(s.values, SITE)) for s in runbook.steps if s.values}
    server = sheet["9.2-sip-server"]
    assert {"Group name", "Node name", "Priority"} <= server.keys()
    assert all("guide gives none" in server[k] for k in ("Group name", "Node name", "Priority"))
    assert fill_value("{os4k_sip_address}", {"os4k_host": "10.180.0.10"}) == "<OS4K SIP signalling address>"
    remote = sheet["9.4.1.1-max-registration-expiry"]
    assert (remote["Minimum registration interval (sec)"], remote["Maximum throttling timer threshold (sec)"],
            remote["INVITE No Answer timeout (msec)"], remote["Stream Delay (ms)"]) == ("300", "1800", "360000", "60")
    assert sheet["10.3.2.2-e911-remote-endpoint"]["Name"].startswith("RedSky")
