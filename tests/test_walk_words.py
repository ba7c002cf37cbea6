"""Wording found in a field engineer's walk-through of the window: one name for each thing, in both languages,
and what the window says is true in the window (items 4, 5, 10, 14, 15, 16, 17)."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.gui import chapter_page, settle
from wizard.app import MainWindow

ROOT = Path(__file__).resolve().parents[1]
GERMAN = sorted((ROOT / "resources" / "i18n").glob("*_de.ts"))


def german_translations() -> list[tuple[str, str]]:
    """Every German translation with its English source."""
    found = []
    for path in GERMAN:
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found += [(message.findtext("source", ""), form) for form in forms]
    return found


def test_german_never_calls_the_wizard_assistent_which_is_mitels_openscape_4000_assistant() -> None:
    # 'Assistent' was both this tool and Mitel's Assistant: "nie vom Assistenten … nach dem Assistant zurückgelesen"
    ambiguous = [(source, german) for source, german in german_translations() if "Assistent" in german]
    assert not ambiguous, ambiguous[:5]
    assert any("Wizard" in german for _, german in german_translations())
    assert any("Assistant" in german for _, german in german_translations())  # Mitel's product keeps its name


def test_the_sbcs_web_ui_has_one_name_in_the_runbook_the_code_and_the_catalogues() -> None:
    from wizard.checks.call import SBC_PORTAL

    assert SBC_PORTAL == "OpenScape SBC Management Portal"
    other_names = re.compile(r"Management Platform|SBC management portal|(?<!OpenScape )SBC Management Portal")
    texts = {"resources/runbook.toml": (ROOT / "resources" / "runbook.toml").read_text(encoding="utf-8")}
    texts |= {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in GERMAN}
    for folder in ("wizard", "pages"):
        for path in (ROOT / folder).rglob("*.py"):
            texts[str(path.relative_to(ROOT))] = "\n".join(literals(path))
    named = {name: other_names.findall(text) for name, text in texts.items()}
    assert {name: found for name, found in named.items() if found} == {}


def literals(path: Path) -> list[str]:
    """The texts a module can show or send: its string literals, a literal split over lines ("…Management "
    "Platform") as one; not its docstrings or comments."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_the_certificate_check_asks_for_the_key_file_not_for_a_command_line_option() -> None:
    from tests.certs import SERVER_AUTH, hierarchy, issue
    from wizard.checks import certificates
    from wizard.i18n import finding_wording

    root, intermediate = hierarchy()
    leaf = issue("sbc.example.com", issuer=intermediate, sans=["sbc.example.com"], eku=SERVER_AUTH)
    cert = certificates.load_material(leaf.pem() + intermediate.pem() + root.pem(), "sbc.pem")
    result = certificates.check_certificate("sbc.example.com", cert, None, None, ())
    [no_key] = [f for f in result.findings if f.code == "cert.no-key"]
    assert "private key file" in no_key.fix and "--" not in no_key.fix
    # the window shows what the certificate and the test call checks say: none of it names an option of the CLI
    source = "".join((ROOT / "wizard" / "checks" / name).read_text(encoding="utf-8")
                     for name in ("certificates.py", "call.py"))
    options = [text for text in finding_wording() if re.search(r"--[a-z]", text) and text[:40] in source]
    assert options == []


def test_a_plain_rtp_offer_refused_says_what_the_media_profile_requires() -> None:
    from wizard.checks.call import OfferOutcome, _plain_rtp
    from wizard.report.words import Words

    refused = _plain_rtp(OfferOutcome("plain-rtp", status=488, reason="Not Acceptable Here"))
    assert refused.message == ("An offer of plain RTP (RTP/AVP) was refused (488 Not Acceptable Here), as the media "
                               "profile's 'SRTP only' requires.")
    german = Words("de").finding(refused.to_json())[0]
    assert german.endswith("wie es 'SRTP only' im Medienprofil verlangt.") and "wants" not in german


def test_the_provisioning_batch_spells_every_change_verb_as_the_guide_does() -> None:
    from wizard.checks.amo import Os4kConfig, SubscriberPlan, provisioning_batch

    batch = provisioning_batch([SubscriberPlan("3100", "anna@example.com", "5")], config=Os4kConfig(),
                               sbc_public_address="203.0.113.10", sbc_port="65061")
    assert "CHANGE-SDAT:3100,ATTRIBUT,DMCALLWD;" in batch
    verbs = {command.split("-", 1)[0] for command in batch}
    assert verbs <= {"REG", "ADD", "CHANGE"}, verbs  # not CHANGE-SBCSU next to CHA-SDAT


def test_german_names_the_e911_provider_one_way_and_says_the_guides_words_beside_a_value() -> None:
    from wizard.report.words import Words

    provider = [german for _, german in german_translations()
                if re.search(r"Provider(?!-Profil| Profile)", german)]  # 'SIP Service Provider Profile' is the SBC's
    assert provider == []
    words = Words("de")
    assert [words.portal_value(t) for t in ("Regenerate", "Call log", "enabled", "Stick with CommServer")] == [
        "Regenerieren", "Anrufjournal", "aktiviert", "Stick with CommServer"]  # the portal's field keeps its name


def test_the_demos_notes_are_german_in_a_german_window_and_a_typed_note_stays_as_typed(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from wizard.demo import DEMO_BY_HAND, LICENCES_BY_PARTNER

    window.new_project(tmp_path / "notes.psiproj")
    window.project.confirm_step("2.2-admin-pc-internet", DEMO_BY_HAND["manual"])
    window.project.waive_step("5-os4k-zoom-licences", LICENCES_BY_PARTNER)
    typed = "Demo: the demo engineer confirms this step by hand"  # an engineer's own words: never translated
    window.project.confirm_step("2.2.1-zoom-service-admin", typed)
    window.refresh()
    assert window.set_language("de") == "de"
    try:
        settle(qtbot, window)

        def card_text(step_id: str) -> str:
            chapter = next(c.id for c in window.runbook.chapters if any(s.id == step_id for s in c.steps))
            window.go_to_chapter(chapter)
            return chapter_page(window, chapter).cards[step_id].evidence_label.text()

        assert "Notiz: Demo: Der Demo-Techniker bestätigt diesen Schritt von Hand" in card_text("2.2-admin-pc-internet")
        assert "Grund: Demo: " in card_text("5-os4k-zoom-licences") and "partner" not in card_text(
            "5-os4k-zoom-licences")
        assert f"Notiz: {typed}" in card_text("2.2.1-zoom-service-admin")
    finally:
        window.set_language("en")
        settle(qtbot, window)
    assert "Note: Demo: the demo engineer confirms this step by hand" in card_text("2.2-admin-pc-internet")


def test_the_report_page_names_the_mode_as_the_status_bar_does(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from wizard.store.modes import Mode

    window.new_project(tmp_path / "mode.psiproj", mode=Mode.DEMO)
    window.go_to_chapter("report")
    settle(qtbot, window)
    headline = window.panel("report").page.headline.text()
    assert "Mode: Demo." in headline and "Mode: Demo" in window.mode_label.text()  # was 'Mode: demo.' beside it
    assert window.set_language("de") == "de"
    try:
        settle(qtbot, window)
        assert "Modus: Demo." in window.panel("report").page.headline.text()
    finally:
        window.set_language("en")
        settle(qtbot, window)
