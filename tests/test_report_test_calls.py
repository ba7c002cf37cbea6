"""The report's "Test calls" section shows what a kept test call proved: the call, its set-up time, codec and
crypto suite, the audio each way, the media profile's offers, the ladder and the findings with their fixes, in the
report's language (English or German), the figures and SIP's own words as the call showed them."""

from __future__ import annotations

from html.parser import HTMLParser

from wizard.checks.call import (
    CALLEE,
    CALLER,
    OFFER_PLAIN_RTP,
    SBC,
    DirectionStats,
    OfferOutcome,
    SipStep,
    TestCallEvidence,
    call_result,
)
from wizard.report.test_calls import kept_test_calls, render_test_calls
from wizard.report.words import Words

EN, DE = Words("en"), Words("de")


def a_call(back_received: int = 150) -> TestCallEvidence:
    return TestCallEvidence(
        "3100", "3101", "sbc.lab.psi:5061", "2026-12-07T05:00:00+00:00", 3.0, 4.2,
        "m=audio 30000 RTP/SAVP 8 101", "AES_CM_128_HMAC_SHA1_80", "PCMA/8000",
        DirectionStats(150, 150, 0, 0.6, 0.2, 0.9), DirectionStats(150, back_received, 150 - back_received, 0.7,
                                                                   0.3 if back_received else None),
        (SipStep(0.0, CALLER, SBC, "INVITE (SDP)"), SipStep(0.4, SBC, CALLEE, "INVITE (SDP)"),
         SipStep(4.2, SBC, CALLER, "200 OK (SDP)")),
        (OfferOutcome(OFFER_PLAIN_RTP, 488, "Not Acceptable Here"),))


def report_data(evidence: TestCallEvidence) -> dict:
    result = call_result(evidence).to_json()
    return {"chapters": [{"steps": [{"id": "site-details", "evidence": {"customer": "x"}, "findings": []},
                                    {"id": "9.4-test-calls", "evidence": result["evidence"],
                                     "findings": result["findings"]}]}]}


def text_of(html: str) -> str:
    parts: list[str] = []

    class Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

    Text().feed(html)
    return " ".join(" ".join(parts).split())


def test_a_kept_test_call_is_shown_with_its_figures_each_way_the_offers_and_the_ladder() -> None:
    html = render_test_calls(EN, report_data(a_call()))
    text = text_of(html)
    assert "Test calls" in text and "Test call 3100 → 3101" in text
    assert "4 ms" in text and "PCMA/8000" in text and "AES_CM_128_HMAC_SHA1_80" in text
    assert "3100 → 3101 150 150 0 (0.0 %) 0.6 ms 0.2 ms (max. 0.9)" in text
    assert "Plain RTP (RTP/AVP): must be refused 488 Not Acceptable Here" in text
    assert "0.4 SBC callee INVITE (SDP)" in text  # the ladder, one row per message
    assert "info" in text and "set up in 4 ms" in text  # the passed finding with its figures


def test_one_way_audio_shows_in_the_figures_and_as_a_finding_with_its_fix() -> None:
    text = text_of(render_test_calls(EN, report_data(a_call(back_received=0))))
    assert "3101 → 3100 150 0 150 (100.0 %)" in text
    assert "One-way audio" in text and "Fix: " in text and "§2.2.2" in text


def test_a_project_without_a_test_call_has_no_section() -> None:
    data = report_data(a_call())
    data["chapters"][0]["steps"].pop()
    assert kept_test_calls(data) == [] and render_test_calls(EN, data) == ""


def test_the_section_speaks_german_with_the_figures_and_sips_words_as_they_are() -> None:
    from tests.test_demo_report import english_pieces

    html = render_test_calls(DE, report_data(a_call(back_received=0)))
    text = text_of(html)
    assert "Testanrufe" in text and "Testanruf 3100 → 3101" in text
    assert "4 ms" in text and "PCMA/8000" in text and "AES_CM_128_HMAC_SHA1_80" in text
    assert "3101 → 3100 150 0 150 (100,0 %)" in text  # a decimal comma in German
    assert "3100 → 3101 150 150 0 (0,0 %) 0,6 ms 0,2 ms (max. 0,9)" in text and "3 s je Richtung" in text
    assert "488 Not Acceptable Here" in text and "0,4 SBC Angerufener INVITE (SDP)" in text
    assert "Einseitiges Audio" in text and "Abhilfe:" in text  # the finding and its fix, in German
    assert english_pieces(html) == [], english_pieces(html)
    assert len(english_pieces(render_test_calls(EN, report_data(a_call())))) >= 5  # it finds English in English


def test_a_findings_figures_are_written_as_the_reports_language_writes_them() -> None:
    """Loss and jitter above their limits: the findings keep the figures as the check wrote them ('2.7', '35.5'),
    the English report shows them so, the German one with a decimal comma, as the figures above them."""
    from dataclasses import replace

    data = report_data(replace(a_call(), caller_to_callee=DirectionStats(150, 146, 4, 35.5, 0.2, 0.9)))
    kept = data["chapters"][0]["steps"][1]["findings"]
    assert {"percent": "2.7", "jitter": "35.5"}.items() <= {k: v for f in kept for k, v in f["values"].items()}.items()
    english, german = text_of(render_test_calls(EN, data)), text_of(render_test_calls(DE, data))
    assert "(2.7 %)" in english and "35.5 ms" in english and "2,7" not in english
    assert "(2,7 %)" in german and "35,5 ms" in german, german
    assert "2.7" not in german and "35.5" not in german
