"""The test call against real peers on loopback (issue #33): Kamailio with TLS as the SBC's access side (SRTP only for
ZoomPbxPhone, no unconfigured codecs), rtpengine terminating SRTP/SDES on each leg, and baresip as a user agent we did
not write. Each fault ends in its finding, never a traceback or a hang."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import time
from pathlib import Path

import pytest

from tests.certs import issue
from tests.sip_peers import NEVER_ANSWERS, ONE_WAY, REFUSES_MEDIA, SBC_FQDN, Sbc, baresip, kamailio_sbc
from wizard.checks.call import (
    CALLER,
    FAIL_AUTH,
    FAIL_DROPPED,
    FAIL_NO_ANSWER,
    FAIL_REFUSED,
    FAIL_TLS,
    OFFER_PLAIN_RTP,
    OFFER_SRTP,
    OFFER_UNCONFIGURED_CODEC,
    SBC,
    SRTP_SUITE,
    DirectionStats,
    TestCallEvidence,
    judge_test_call,
)
from wizard.checks.result import Severity
from wizard.probes.call import (
    OUR_CODECS,
    Agent,
    Plan,
    _close,
    _hang_up,
    _in_dialog,
    _invite,
    _open,
    run_test_call,
    tls_context,
)
from wizard.probes.call_media import Sent, direction, open_stream
from wizard.probes.call_sdp import PCMA, Crypto, describe
from wizard.probes.call_sip import Ladder

PASSWORD = "Digest-Secret-33"
CA = issue("PSI Test CA", ca=True)
LEAF = issue(SBC_FQDN, issuer=CA, sans=[SBC_FQDN])


@pytest.fixture
def sbc(tmp_path_factory: pytest.TempPathFactory):
    """A Kamailio SBC of each test's own: one shared by the module once went away mid-module in CI (not reproduced
    in 20 runs here), and every later test then met 'connection refused' instead of what it tests."""
    with kamailio_sbc(tmp_path_factory.mktemp("sbc"), LEAF.pem(), LEAF.key_pem(), password=PASSWORD) as running:
        yield running


def call(sbc: Sbc, callee: str = "4712", **kw: object) -> TestCallEvidence:
    options: dict[str, object] = dict(caller="4711", caller_password=PASSWORD, callee=callee,
                                      callee_password=PASSWORD, ca_pem=CA.pem(), seconds=1.5, timeout=3.0,
                                      ring_timeout=3.0)
    options.update(kw)
    started = time.monotonic()
    evidence = asyncio.run(run_test_call("127.0.0.1", sbc.port, SBC_FQDN, **options))  # type: ignore[arg-type]
    assert time.monotonic() - started < 20  # every wait is bounded
    return evidence


def codes(evidence: TestCallEvidence) -> list[str]:
    return [f.code for f in judge_test_call(evidence)]


def labels(evidence: TestCallEvidence) -> list[str]:
    return [s.label for s in evidence.ladder]


def test_a_call_with_two_way_srtp_audio_measured_through_the_relay(sbc: Sbc) -> None:
    evidence = call(sbc, seconds=2.0)
    assert evidence.failure is None
    assert evidence.answer_media.split()[2] == "RTP/SAVP" and evidence.crypto_suite == SRTP_SUITE
    assert evidence.codec == "PCMA/8000" and evidence.setup_ms is not None and evidence.setup_ms < 2000
    low, high = sbc.media_ports
    assert low <= int(evidence.answer_media.split()[1]) <= high  # the media went through rtpengine, not around it
    for stats in (evidence.caller_to_callee, evidence.callee_to_caller):
        assert stats is not None
        assert stats.sent == 100 and stats.received == stats.sent and stats.lost == 0 and stats.undecryptable == 0
        assert stats.delay_ms is not None and stats.delay_ms < 50 and stats.jitter_ms < 10
    assert codes(evidence)[0] == "call.passed"
    assert all(f.severity is Severity.INFO for f in judge_test_call(evidence))
    ladder = labels(evidence)
    for label in ("REGISTER", "401 Unauthorized", "INVITE (SDP)", "407 Proxy Authentication Required",
                  "180 Ringing", "200 OK (SDP)", "ACK", "BYE"):
        assert label in ladder
    first_invite = next(s for s in evidence.ladder if s.label == "INVITE (SDP)")
    assert (first_invite.source, first_invite.target) == (CALLER, SBC)
    assert evidence.ladder[-1].label == "200 OK"  # the last unREGISTER answered: nothing left behind


def test_the_media_profile_refuses_plain_rtp_and_unconfigured_codecs_and_answers_srtp_with_sdes(sbc: Sbc) -> None:
    offers = {o.offer: o for o in call(sbc, seconds=0.2).offers}
    assert offers[OFFER_PLAIN_RTP].status == 488
    assert offers[OFFER_UNCONFIGURED_CODEC].status == 488
    assert offers[OFFER_SRTP].accepted and offers[OFFER_SRTP].answer_crypto == SRTP_SUITE
    assert "RTP/SAVP" in offers[OFFER_SRTP].answer_media


def test_one_way_audio_is_detected_and_named(sbc: Sbc) -> None:
    evidence = call(sbc, callee=ONE_WAY)  # rtpengine blocks the caller's media after the answer
    assert evidence.caller_to_callee is not None and evidence.callee_to_caller is not None
    assert evidence.caller_to_callee.received == 0 and evidence.callee_to_caller.received > 0
    finding = next(f for f in judge_test_call(evidence) if f.code == "call.one-way-audio")
    assert finding.severity is Severity.ERROR and f"{ONE_WAY} heard nothing from 4711" in finding.message


def test_a_wrong_digest_password(sbc: Sbc) -> None:
    evidence = call(sbc, caller_password="not-the-password")
    assert evidence.failure is not None and evidence.failure.kind == FAIL_AUTH and evidence.failure.station == "4711"
    assert codes(evidence) == ["call.auth-refused"]


def test_a_station_that_does_not_answer_is_cancelled(sbc: Sbc) -> None:
    evidence = call(sbc, callee=NEVER_ANSWERS, ring_timeout=1.0)
    assert evidence.failure is not None and evidence.failure.kind == FAIL_NO_ANSWER
    assert "CANCEL" in labels(evidence) and any(label.startswith("487 ") for label in labels(evidence))
    assert codes(evidence) == ["call.no-answer"]


def test_a_488_to_the_call(sbc: Sbc) -> None:
    evidence = call(sbc, callee=REFUSES_MEDIA)
    assert evidence.failure is not None and evidence.failure.kind == FAIL_REFUSED and evidence.failure.status == 488
    assert codes(evidence) == ["call.refused-media"]


def test_a_tls_failure(sbc: Sbc) -> None:
    evidence = call(sbc, ca_pem=issue("Another CA", ca=True).pem())  # the SBC's certificate is not trusted
    assert evidence.failure is not None and evidence.failure.kind == FAIL_TLS
    assert "CERTIFICATE_VERIFY_FAILED" in evidence.failure.detail.upper().replace(" ", "_")
    assert codes(evidence) == ["call.tls"]


def test_a_call_dropped_by_the_sbc(tmp_path: Path) -> None:
    """The SBC goes away mid-call (its process killed): the call is named dropped, with the media until then."""
    with kamailio_sbc(tmp_path, LEAF.pem(), LEAF.key_pem(), password=PASSWORD) as own:
        pid = int((own.log.parent / "pid").read_text())

        async def drop_then_call() -> TestCallEvidence:
            loop = asyncio.get_running_loop()
            loop.call_later(1.0, os.killpg, pid, signal.SIGKILL)  # the SBC with all its workers
            return await run_test_call("127.0.0.1", own.port, SBC_FQDN, caller="4711", caller_password=PASSWORD,
                                       callee="4712", callee_password=PASSWORD, ca_pem=CA.pem(), seconds=4.0,
                                       timeout=2.0)

        evidence = asyncio.run(drop_then_call())
    assert evidence.failure is not None and evidence.failure.kind == FAIL_DROPPED
    assert codes(evidence)[0] == "call.dropped"


def test_baresip_answers_our_srtp_and_we_decrypt_its_srtp(sbc: Sbc, tmp_path: Path) -> None:
    """A user agent we did not write, SRTP mandatory: our offer's keys and theirs work both ways."""
    with baresip(tmp_path, user="4713", password=PASSWORD, sbc_port=sbc.port, ca_pem=CA.pem()) as log:
        deadline = time.monotonic() + 10
        while "200 OK" not in log.read_text(errors="replace") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "200 OK" in log.read_text(errors="replace"), log.read_text(errors="replace")[-2000:]
        answer_media, back, failure = asyncio.run(call_baresip(sbc, "4713"))
        time.sleep(0.5)
        said = log.read_text(errors="replace")
    assert failure is None, failure
    assert "RTP/SAVP" in answer_media
    assert back.received > 50 and back.undecryptable == 0  # baresip's SRTP, decrypted here
    assert "SRTP is Enabled (cryptosuite=AES_CM_128_HMAC_SHA1_80)" in said
    # baresip's RTP statistics at the call's end (rtp_stats yes): the packets it decrypted from us, and no errors
    packets = re.search(r"packets:\s+(\d+)\s+(\d+)", said)
    errors = re.search(r"errors:\s+(\d+)\s+(\d+)", said)
    assert packets is not None and errors is not None, said[-2000:]
    assert int(packets.group(2)) >= 90 and errors.group(2) == "0"


async def call_baresip(sbc: Sbc, user: str) -> tuple[str, DirectionStats, object]:
    """Our caller, as run_test_call drives it, to a callee that is not ours: what its answer and its audio were."""
    plan = Plan("127.0.0.1", sbc.port, SBC_FQDN, SBC_FQDN, tls_context(CA.pem()), 2.0, 3.0, 5.0)
    caller = await _open(plan, "4711", PASSWORD, CALLER, Ladder())
    agent = Agent(caller, answers=False)
    agent.start()
    offer = Crypto.fresh()
    stream, port = await open_stream("127.0.0.1", offer)
    try:
        await caller.register(3600)
        placed = await _invite(caller, f"sip:{user}@{SBC_FQDN}", describe("127.0.0.1", port, OUR_CODECS, offer), 5.0)
        assert placed.answer is not None and placed.media is not None, placed.answer
        caller.link.send(_in_dialog(caller, placed, "ACK", placed.cseq), "ACK")
        stream.configure(PCMA, placed.media.cryptos[0], (placed.media.host, placed.media.port), Sent())
        await stream.send(2.0)
        await asyncio.sleep(0.3)
        await _hang_up(caller, placed)
        back = direction(stream, stream)  # what arrived here; the "sent" side is ours, not baresip's
        return placed.media.line, back, None
    finally:
        stream.close()
        await _close([caller], [agent])


# ------------------------------------------------------------------------------------------------- the command line
def test_the_command_line_makes_the_call_and_keeps_it_in_the_project(sbc: Sbc, tmp_path: Path, capsys,
                                                                    monkeypatch) -> None:
    from wizard.cli import main
    from wizard.runbook.judged import outdated_steps
    from wizard.services.test_call import TEST_CALL_STEP
    from wizard.store.project import ProjectFile

    (tmp_path / "ca.pem").write_bytes(CA.pem())
    with ProjectFile.create(tmp_path / "site.psiproj"):
        pass
    monkeypatch.setenv("CALLER_PW", PASSWORD)
    monkeypatch.setenv("CALLEE_PW", PASSWORD)
    argv = ["probe", "call", "--host", "127.0.0.1", "--port", str(sbc.port), "--fqdn", SBC_FQDN, "--caller", "4711",
            "--callee", "4712", "--caller-password-env", "CALLER_PW", "--callee-password-env", "CALLEE_PW",
            "--ca", str(tmp_path / "ca.pem"), "--seconds", "1", "--timeout", "3"]
    assert main([*argv, "--project", str(tmp_path / "site.psiproj")]) == 0
    said = capsys.readouterr().out
    assert "call 4711 -> 4712" in said and "50/50 packets, 0 lost" in said and "probe.call: pass" in said
    with ProjectFile.open(tmp_path / "site.psiproj", read_only=True) as project:
        record = project.step_records()[TEST_CALL_STEP]
        assert record.status == "passed" and record.result is not None
        assert TestCallEvidence.from_json(record.result["evidence"]).caller_to_callee is not None
        assert project.step_inputs(TEST_CALL_STEP) == {"caller": "4711", "callee": "4712", "connect_to": "127.0.0.1"}
        assert PASSWORD.encode() not in (tmp_path / "site.psiproj").read_bytes()  # passwords are never kept
        # it judged the SBC it called, not the Site's (empty here): outdated until the Site names that SBC
        assert set(outdated_steps(project)) == {TEST_CALL_STEP}
    with ProjectFile.open(tmp_path / "site.psiproj") as project:
        project.set_site_field("sbc_public_fqdn", SBC_FQDN)
        project.set_site_field("sbc_sip_tls_port", str(sbc.port))
        assert outdated_steps(project) == {}
        project.set_site_field("sbc_sip_tls_port", "5071")
        assert set(outdated_steps(project)) == {TEST_CALL_STEP}
    assert main([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["evidence"]["callee_to_caller"]["received"] == 50
    monkeypatch.setenv("CALLER_PW", "wrong")
    assert main(argv) == 1
    assert "refused the digest credentials of test station 4711" in capsys.readouterr().out


def test_the_command_line_refuses_a_bad_request_before_calling(monkeypatch, capsys) -> None:
    from wizard.cli import main

    monkeypatch.setenv("PW", PASSWORD)
    base = ["probe", "call", "--host", "127.0.0.1", "--port", "5061", "--fqdn", SBC_FQDN,
            "--caller-password-env", "PW", "--callee-password-env", "PW"]
    assert main([*base, "--caller", "4711", "--callee", "4711"]) == 2
    assert "both 4711" in capsys.readouterr().err
    assert main([*base, "--caller", "47a1", "--callee", "4712"]) == 2
    assert main([*base, "--caller", "4711", "--callee", "4712", "--seconds", "600"]) == 2
    monkeypatch.delenv("PW")
    assert main([*base, "--caller", "4711", "--callee", "4712"]) == 2
    assert "PW is not set" in capsys.readouterr().err
