"""The report's "Test calls" section (issue #33): each test call the project kept, as proof that the SBC carries Zoom
PSI calls with SRTP both ways — the call, its set-up time, codec and crypto suite, the audio each way, the media
profile's offers (guide §9.4.2), the findings with their fixes and the SIP ladder as a compact table — in the
report's language. Its sentences are the core's worded sentences (wizard.said.Said), the findings are said as the
report's other sections say them (Words.finding), figures as the language writes them (Words.figure: "0,5 ms" in
German); SIP messages and reason phrases, codec and crypto suite names stay as the call showed them. HTML in the
style of wizard.report.content, for Qt's rich text; no Qt here."""

from __future__ import annotations

from typing import Any

from wizard.checks.call import (
    CALLEE,
    CALLER,
    OFFER_PLAIN_RTP,
    OFFER_SRTP,
    OFFER_UNCONFIGURED_CODEC,
    DirectionStats,
    OfferOutcome,
    TestCallEvidence,
    judge_test_call,
)
from wizard.report.content import FIX, _e, _h, _heads, _table, _when, _word, with_commands
from wizard.report.words import Words
from wizard.said import Said

OFFER_TEXT = {OFFER_PLAIN_RTP: Said("Plain RTP (RTP/AVP): must be refused"),
              OFFER_UNCONFIGURED_CODEC: Said("Only an unconfigured codec: must be refused"),
              OFFER_SRTP: Said("SRTP with SDES: must be answered with SDES")}
PARTY = {CALLER: Said("caller"), CALLEE: Said("callee")}  # the SBC is the SBC in either language
INTRO = Said("Calls made through the SBC's public SIP-TLS port as two Zoom PSI clients (user agent ZoomPbxPhone), "
             "both ends on the engineer's laptop, so one clock measures the delay each way.")
NONE = "—"


def kept_test_calls(data: dict[str, Any]) -> list[tuple[TestCallEvidence, list[dict[str, Any]]]]:
    """Every test call in the report's data: the evidence of each step whose check made a test call, with the
    findings recorded beside it."""
    calls = []
    for chapter in data.get("chapters", []):
        for step in chapter.get("steps", []):
            evidence = step.get("evidence") or {}
            if {"caller", "callee", "sbc", "ladder"} <= evidence.keys():
                calls.append((TestCallEvidence.from_json(evidence), list(step.get("findings", []))))
    return calls


def render_test_calls(w: Words, data: dict[str, Any]) -> str:
    """The "Test calls" section of the report, or nothing when the project made no test call."""
    calls = kept_test_calls(data)
    if not calls:
        return ""
    return (_h(w, 2, Said("Test calls"), new_page=True) + f"<p>{_e(w(INTRO))}</p>"
            + "".join(call_html(w, evidence, findings) for evidence, findings in calls))


def call_html(w: Words, evidence: TestCallEvidence, findings: list[dict[str, Any]] | None = None) -> str:
    """One test call: its facts, the audio each way, the media profile's offers, the findings (those recorded
    with it, else judged afresh from the evidence) and the ladder."""
    if findings is None:
        findings = [f.to_json() for f in judge_test_call(evidence)]
    return "".join([_h(w, 3, Said("Test call {caller} → {callee}", caller=evidence.caller, callee=evidence.callee)),
                    _facts(w, evidence), _media(w, evidence), _offers(w, evidence.offers), _findings(w, findings),
                    _ladder(w, evidence)])


def _ms(w: Words, value: float | None, digits: int = 0) -> str:
    return f"{w.figure(value, digits)} ms" if value is not None else NONE


def _facts(w: Words, evidence: TestCallEvidence) -> str:
    rows = [[Said("Through"), _e(evidence.sbc)], [Said("Made"), _e(_when(evidence.started_at) or NONE)],
            [Said("User agent"), _e(evidence.user_agent)], [Said("Call set-up"), _ms(w, evidence.setup_ms)],
            [Said("Codec"), _e(evidence.codec or NONE)], [Said("SRTP crypto suite"), _e(evidence.crypto_suite or NONE)],
            [Said("Answer's media line"), _e(evidence.answer_media or NONE)],
            [Said("Audio sent"), _e(w(Said("{seconds} s each way", seconds=w.figure(evidence.seconds))))]]
    if evidence.failure is not None:
        failure = evidence.failure
        # the SIP answer as the SBC gave it; the detail in the words of what met it (a TLS error, the station)
        answer = f"{failure.status} {failure.reason}".strip() if failure.status else ""
        said = " — ".join(x for x in (answer, failure.detail) if x)
        rows.append([Said("Outcome"), f"<b>{_e(_word(w, 'failed'))}</b>" + (f": {_e(said)}" if said else "")])
    return _table(None, [[_e(w(label)), value] for label, value in rows], [28, 72])


def _direction(w: Words, source: str, target: str, stats: DirectionStats | None) -> list[str]:
    name = _e(f"{source} → {target}")
    if stats is None:
        return [name, NONE, NONE, NONE, NONE, NONE]
    delay = _ms(w, stats.delay_ms, 1)
    if stats.delay_max_ms is not None:
        delay = w(Said("{delay} (max. {most})", delay=delay, most=w.figure(stats.delay_max_ms, 1)))
    return [name, str(stats.sent), str(stats.received), f"{stats.lost} ({w.figure(stats.loss_percent, 1)} %)",
            _ms(w, stats.jitter_ms, 1), _e(delay)]


def _media(w: Words, evidence: TestCallEvidence) -> str:
    caller, callee = evidence.caller, evidence.callee
    return (f"<p>{_e(w(Said('Audio each way (SRTP, RFC 3550 jitter, one-way delay on one clock):')))}</p>"
            + _table(_heads(w, Said("Direction"), Said("Sent"), Said("Received"), Said("Lost"), Said("Jitter"),
                            Said("One-way delay")),
                     [_direction(w, caller, callee, evidence.caller_to_callee),
                      _direction(w, callee, caller, evidence.callee_to_caller)], [22, 11, 13, 15, 14, 25]))


def _offers(w: Words, offers: tuple[OfferOutcome, ...]) -> str:
    if not offers:
        return ""
    rows = []
    for offer in offers:
        # the SBC's answer and media line as it gave them (a SIP status and reason phrase, an SDP m= line)
        answer = f"{offer.status} {offer.reason}".strip() if offer.status is not None else w(Said("no answer"))
        media = "; ".join(x for x in (offer.answer_media, f"a=crypto {offer.answer_crypto}"
                                      if offer.answer_crypto else "") if x)
        said = OFFER_TEXT.get(offer.offer)
        rows.append([_e(w(said) if said else offer.offer), _e(answer), _e(media or NONE)])
    return (f"<p>{_e(w(Said('The media profile from outside (guide §9.4.2):')))}</p>"
            + _table(_heads(w, Said("Offer"), Said("Answer"), Said("Answer's media")), rows, [40, 25, 35]))


def _findings(w: Words, findings: list[dict[str, Any]]) -> str:
    if not findings:
        return ""

    def row(finding: dict[str, Any]) -> list[str]:
        message, fix = w.finding(finding)
        severity = finding.get("severity", "")
        fixed = f"<br/><i>{_e(w(FIX))}</i> {with_commands(fix)}" if fix else ""
        return [f"<b>{_e(_word(w, severity))}</b>", with_commands(message) + fixed]

    return (f"<p>{_e(w(Said('Findings:')))}</p>"
            + _table(_heads(w, Said("Severity"), Said("Finding and fix")), [row(f) for f in findings], [14, 86]))


def _ladder(w: Words, evidence: TestCallEvidence) -> str:
    """The SIP ladder as a compact table: when, who to whom, what (the SIP message as the field names it)."""
    if not evidence.ladder:
        return ""

    def party(name: str) -> str:
        said = PARTY.get(name)
        return _e(w(said) if said else name.upper())

    rows = [[w.figure(step.at_ms, 1), party(step.source), party(step.target), _e(step.label)]
            for step in evidence.ladder]
    return (f"<p>{_e(w(Said('SIP ladder (ms after the first request):')))}</p>"
            + _table(["ms", *_heads(w, Said("From"), Said("To"), Said("Message"))], rows, [12, 14, 14, 60], size=7.5))
