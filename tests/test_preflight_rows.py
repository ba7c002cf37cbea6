"""A pre-flight row's detail is about what the row claims (walk-through item 12): the row "Firewall lets SIP-TLS and
SRTP from the internet reach the SBC access side" said "The chain ends at sbc.lab.psi; the engineer confirmed with
Zoom that it is accepted", a finding of the certificate its TLS probe also judges. It says where the handshake
reached and when; the certificate's findings are the step's (and §9.3's) to say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui import settle
from wizard.app import MainWindow

FIREWALL = "2.2.2-firewall-inbound"
CONFIRMED_ROOT = {"code": "cert.root-confirmed", "severity": "info",
                  "message": "The chain ends at sbc.lab.psi; the engineer confirmed with Zoom that it is accepted: "
                             "Demo: the lab's own CA", "fix": ""}
NAME_MISMATCH = {"code": "cert.name-mismatch", "severity": "error",
                 "message": "The certificate does not name sbc01.example.com.", "fix": "Issue one that does."}
REFUSED = {"code": "net.refused", "severity": "error", "message": "127.0.0.1:38245 refused the connection.",
           "fix": "Open the firewall for TCP 38245."}
HANDSHAKE = {"host": "127.0.0.1", "port": 38245, "sni": "sbc.lab.psi", "protocol": "TLSv1.3",
             "cipher": "TLS_AES_256_GCM_SHA384"}


def _firewall_row(window: MainWindow, qtbot, status: str, findings: list[dict[str, Any]],
                  evidence: dict[str, Any]) -> str:
    project = window.project
    project.record_result(FIREWALL, status, {"check": "probe.tls", "status": status, "findings": findings,
                                             "evidence": evidence}, "2026-12-07T11:03:40+00:00",
                          "2026-12-07T11:03:41+00:00")
    window.refresh()
    settle(qtbot, window)
    panel = window.panel("site").preflight
    assert panel is not None
    return panel.details[FIREWALL].text()


def test_the_firewall_row_says_where_the_handshake_reached_not_what_the_certificate_is(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "rows.psiproj")
    text = _firewall_row(window, qtbot, "passed", [CONFIRMED_ROOT], HANDSHAKE)
    when = window.project.step_records()[FIREWALL].updated_at[:19].replace("T", " ")
    assert text == f"The TLS handshake reached 127.0.0.1:38245 (TLSv1.3) at {when} UTC."
    assert "chain" not in text

    # a certificate the step fails on: the row still says the handshake got through, and where the rest is
    text = _firewall_row(window, qtbot, "failed", [CONFIRMED_ROOT, NAME_MISMATCH], HANDSHAKE)
    assert text.startswith("The TLS handshake reached 127.0.0.1:38245 (TLSv1.3)")
    assert "(+1 about the certificate on the step)" in text and "does not name" not in text

    # no handshake: what stopped it is the row's detail
    text = _firewall_row(window, qtbot, "failed", [REFUSED], {"host": "127.0.0.1", "port": 38245,
                                                               "sni": "sbc.lab.psi"})
    assert text.startswith("127.0.0.1:38245 refused the connection.")
