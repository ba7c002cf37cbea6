"""The test call's pure rules (wizard.checks.call): the evidence survives the project's JSON, and each outcome of a
call and of the media-profile offers is judged with its fix (guide §9.4.2, §2.2.2)."""

from __future__ import annotations

import json

import pytest

from wizard.checks.call import (
    FAIL_AUTH,
    FAIL_DROPPED,
    FAIL_NO_ANSWER,
    FAIL_REFUSED,
    FAIL_TLS,
    OFFER_PLAIN_RTP,
    OFFER_SRTP,
    OFFER_UNCONFIGURED_CODEC,
    CallFailure,
    DirectionStats,
    OfferOutcome,
    SipStep,
    TestCallEvidence,
    call_result,
    judge_media_profile,
    judge_test_call,
    request_problems,
)
from wizard.checks.result import CheckResult, Severity, Verdict

GOOD = DirectionStats(sent=150, received=150, lost=0, jitter_ms=0.4, delay_ms=0.3, delay_max_ms=1.2, first_ms=0.5,
                      last_ms=2980.0, sent_for_ms=2980.0)
SILENT = DirectionStats(sent=150, received=0, lost=150, jitter_ms=0.0, sent_for_ms=2980.0)


def evidence(**changes: object) -> TestCallEvidence:
    base: dict[str, object] = dict(
        caller="4711", callee="4712", sbc="sbc.example.com:5061", started_at="2026-12-07T05:00:00Z", seconds=3.0,
        setup_ms=42.0, answer_media="m=audio 30000 RTP/SAVP 8 101", crypto_suite="AES_CM_128_HMAC_SHA1_80",
        codec="PCMA/8000", caller_to_callee=GOOD, callee_to_caller=GOOD,
        ladder=(SipStep(0.0, "caller", "sbc", "INVITE (SDP)"), SipStep(3.1, "sbc", "caller", "100 Trying")),
        offers=(OfferOutcome(OFFER_PLAIN_RTP, 488, "Not Acceptable Here"),
                OfferOutcome(OFFER_UNCONFIGURED_CODEC, 488, "Not Acceptable Here"),
                OfferOutcome(OFFER_SRTP, 200, "OK", "m=audio 30002 RTP/SAVP 8", "AES_CM_128_HMAC_SHA1_80")))
    base.update(changes)
    return TestCallEvidence(**base)  # type: ignore[arg-type]


def codes(findings: list) -> list[str]:
    return [f.code for f in findings]


def test_evidence_survives_the_project_json() -> None:
    original = evidence(failure=CallFailure(FAIL_DROPPED, 200, "", "BYE from the SBC after 1.2 s", "4712"))
    assert TestCallEvidence.from_json(json.loads(json.dumps(original.to_json()))) == original
    result = call_result(original)
    assert CheckResult.from_json(json.loads(json.dumps(result.to_json()))) == result


def test_a_healthy_call_passes_with_its_figures() -> None:
    findings = judge_test_call(evidence())
    assert codes(findings)[0] == "call.passed"
    assert "150/150 packets, 0 lost" in findings[0].message
    assert call_result(evidence()).status is Verdict.PASS


def test_one_way_audio_names_the_silent_direction_and_the_firewall() -> None:
    findings = judge_test_call(evidence(callee_to_caller=SILENT))
    one_way = next(f for f in findings if f.code == "call.one-way-audio")
    assert one_way.severity is Severity.ERROR
    assert "4711 heard nothing from 4712" in one_way.message
    assert "§2.2.2" in one_way.fix and "Drop received RTP" in one_way.fix


def test_no_audio_either_way_and_undecryptable_audio_are_told_apart() -> None:
    assert "call.no-audio" in codes(judge_test_call(evidence(caller_to_callee=SILENT, callee_to_caller=SILENT)))
    garbled = DirectionStats(sent=150, received=0, lost=150, jitter_ms=0.0, undecryptable=150)
    assert "call.srtp-undecryptable" in codes(judge_test_call(evidence(caller_to_callee=garbled,
                                                                        callee_to_caller=garbled)))


def test_loss_jitter_delay_and_a_stream_that_stopped() -> None:
    poor = DirectionStats(sent=150, received=135, lost=15, jitter_ms=45.0, delay_ms=180.0, last_ms=1500.0,
                          sent_for_ms=2980.0)
    findings = {f.code: f for f in judge_test_call(evidence(caller_to_callee=poor))}
    assert findings["call.loss"].severity is Severity.ERROR  # 10 % > 5 %
    assert {"call.jitter", "call.delay", "call.media-stopped"} <= set(findings)
    assert "call.passed" not in findings


def test_each_failure_is_a_finding_with_its_fix() -> None:
    for failure, code in ((CallFailure(FAIL_TLS, detail="certificate verify failed"), "call.tls"),
                          (CallFailure(FAIL_AUTH, 403, "Forbidden", station="4711"), "call.auth-refused"),
                          (CallFailure(FAIL_NO_ANSWER, detail="10"), "call.no-answer"),
                          (CallFailure(FAIL_REFUSED, 488, "Not Acceptable Here"), "call.refused-media"),
                          (CallFailure(FAIL_REFUSED, 404, "Not Found"), "call.refused"),
                          (CallFailure(FAIL_DROPPED, detail="BYE from the SBC"), "call.dropped")):
        found = judge_test_call(evidence(failure=failure, caller_to_callee=None, callee_to_caller=None))
        assert found[0].code == code and found[0].severity is Severity.ERROR and found[0].fix


def test_media_profile_offers() -> None:
    good = codes(judge_media_profile(evidence().offers))
    assert good == ["call.plain-rtp-refused", "call.unconfigured-codec-refused", "call.srtp-answered"]
    bad = judge_media_profile([OfferOutcome(OFFER_PLAIN_RTP, 200, "OK", "m=audio 4000 RTP/AVP 8"),
                               OfferOutcome(OFFER_UNCONFIGURED_CODEC, 200, "OK", "m=audio 4000 RTP/SAVP 3"),
                               OfferOutcome(OFFER_SRTP, 200, "OK", "m=audio 4000 RTP/SAVP 8", ""),
                               OfferOutcome(OFFER_SRTP, None)])
    assert codes(bad) == ["call.plain-rtp-accepted", "call.unconfigured-codec-accepted", "call.srtp-answer-not-sdes",
                          "call.profile-unanswered"]
    assert "SRTP only" in bad[0].fix and "Allow unconfigured codecs" in bad[1].fix


def test_an_answer_without_srtp_fails() -> None:
    assert "call.answer-not-srtp" in codes(judge_test_call(evidence(answer_media="m=audio 4000 RTP/AVP 8")))


def test_one_request_rule_for_every_way_a_call_is_asked_for() -> None:
    """The runbook's step and the command line both judge the request by request_problems: every problem named."""
    assert request_problems("4711", "4712", {"4711": "a", "4712": "b"}, 3.0) == []
    assert [e.problem for e in request_problems("4711", "4711", {"4711": "a"})] == [
        "the calling and the called station are both 4711"]
    assert [e.problem for e in request_problems("4711", "4712", {"4711": "", "4712": ""}, 0)] == [
        "no digest password given for test station 4711", "no digest password given for test station 4712",
        "0 s of audio is not a test call's length"]
    assert request_problems("4711", "4712", {"4711": "a", "4712": "b"}, 30.5)[0].fix == "give 1 to 30 seconds"
    # the fix says from 1 s, so half a second is refused as the command line's --seconds refuses it
    assert [e.problem for e in request_problems("4711", "4712", {"4711": "a", "4712": "b"}, 0.5)] == [
        "0.5 s of audio is not a test call's length"]


def test_the_command_line_bounds_a_call_as_the_request_rule_does() -> None:
    import argparse

    from wizard.arguments import call_seconds
    from wizard.checks.call import MAX_SECONDS, MIN_SECONDS

    assert call_seconds(f"{MIN_SECONDS:g}") == MIN_SECONDS and call_seconds(f"{MAX_SECONDS:g}") == MAX_SECONDS
    for outside in (MIN_SECONDS - 0.5, MAX_SECONDS + 0.5):
        with pytest.raises(argparse.ArgumentTypeError):
            call_seconds(f"{outside:g}")
        assert request_problems("4711", "4712", {"4711": "a", "4712": "b"}, outside)


def test_the_services_test_call_step_is_the_runbooks_probe_call_step() -> None:
    from wizard.checks.call import TEST_CALL_CHECK
    from wizard.runbook.model import load_runbook
    from wizard.services.test_call import TEST_CALL_STEP

    assert [s.id for s in load_runbook().steps if s.check == TEST_CALL_CHECK] == [TEST_CALL_STEP]


def test_sdp_offer_and_answer_read_back() -> None:
    from wizard.probes.call_sdp import PCMA, PCMU, Crypto, describe, parse_media

    key = Crypto.fresh()
    offer = parse_media(describe("192.0.2.10", 40000, (PCMA, PCMU), key))
    assert offer is not None and offer.secure and offer.port == 40000 and offer.host == "192.0.2.10"
    assert offer.codecs == (PCMA, PCMU) and offer.cryptos == (key,)
    plain = parse_media(describe("192.0.2.10", 40002, (PCMA,), None))
    assert plain is not None and not plain.secure and plain.line == "m=audio 40002 RTP/AVP 8"
    # a rejected stream (port 0, RFC 3264 §6) and a key of the wrong length are not taken
    assert parse_media(b"v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 0 RTP/SAVP 8\r\n") is None
    short = parse_media(b"v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/SAVP 8\r\n"
                        b"a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:c2hvcnQ=\r\n")
    assert short is not None and short.cryptos == ()


def test_the_tone_is_g711_and_not_silence() -> None:
    from wizard.probes.call_media import SAMPLES, _alaw, _ulaw, tone
    from wizard.probes.call_sdp import PCMA, PCMU

    # G.711's silence: A-law 0xD5, µ-law 0xFF (ITU-T G.711 tables 1a and 2a, the code for a zero sample)
    assert _alaw(0) == 0xD5 and _ulaw(0) == 0xFF
    assert _alaw(32767) == 0xAA and _ulaw(32767) == 0x80 and _ulaw(-32768) == 0x00
    for codec, silence in ((PCMA, 0xD5), (PCMU, 0xFF)):
        packet = tone(codec)
        assert len(packet) == SAMPLES and len(set(packet)) > 8 and packet.count(silence) < SAMPLES // 4


def test_jitter_follows_rfc_3550() -> None:
    """RFC 3550 A.8: J += (|D| - J) / 16, D the change in transit time, in timestamp units."""
    from wizard.probes.call_media import Received, Sent

    received, sent = Received(), Sent(ssrc=7)
    for n, late in enumerate((0, 0.010, 0, 0.010)):  # every other packet 10 ms late
        at = n * 0.020 + late
        sent.at[n] = n * 0.020
        received.arrived(n, n * 160, 7, at, sent, 8000)
    expected = 0.0
    for d in (80, 80, 80):  # |D| of 10 ms at 8000 Hz
        expected += (d - expected) / 16
    assert abs(received.jitter - expected) < 1e-9
    assert all(abs(a - b) < 1e-9 for a, b in zip(received.delays, (0, 0.010, 0, 0.010), strict=True))


def test_the_test_call_steps_examples_are_said_in_german() -> None:
    """The German window showed the test call's station inputs with the English 'e.g. 3100': a placeholder without
    a word of letters was taken for a value (like 'V11 R0.22.5') and never translated. No step's placeholder says
    'e.g.' in German."""
    from wizard.report.words import Words
    from wizard.runbook.model import load_runbook
    from wizard.services.test_call import TEST_CALL_STEP

    german = load_runbook().translated(Words("de").runbook)
    assert [(s.id, i.key) for s in german.steps for i in s.inputs if "e.g." in i.placeholder] == []
    placeholders = {i.key: i.placeholder for i in german.step(TEST_CALL_STEP).inputs}
    assert "z. B. 3100" in placeholders["caller"] and "z. B. 3101" in placeholders["callee"]
