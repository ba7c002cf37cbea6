"""The report's "Test calls" section (issue #33): each test call the project kept, as proof that the SBC carries Zoom
PSI calls with SRTP both ways — the call, its set-up time, codec and crypto suite, the audio each way, the media
profile's offers (guide §9.4.2), the SIP ladder as a compact table, and the findings with their fixes. HTML in the
style of wizard.report.content, for Qt's rich text; no Qt here."""

from __future__ import annotations

from html import escape
from typing import Any

from wizard.checks.call import (
    CALLEE,
    CALLER,
    OFFER_PLAIN_RTP,
    OFFER_SRTP,
    OFFER_UNCONFIGURED_CODEC,
    SBC,
    DirectionStats,
    OfferOutcome,
    TestCallEvidence,
    judge_test_call,
)

OFFER_TEXT = {OFFER_PLAIN_RTP: "Plain RTP (RTP/AVP): must be refused",
              OFFER_UNCONFIGURED_CODEC: "Only an unconfigured codec: must be refused",
              OFFER_SRTP: "SRTP with SDES: must be answered with SDES"}
PARTY = {CALLER: "caller", SBC: "SBC", CALLEE: "callee"}
SEVERITY_COLOUR = {"error": "#c62828", "warning": "#b26a00", "info": "#2e7d32"}


def _e(value: object) -> str:
    return escape(str(value if value is not None else ""))


def _table(headers: list[str] | None, rows: list[list[str]], widths: list[int], *, size: float = 0) -> str:
    """As the report's other tables: the header row repeats on each page; without headers a key/value table."""
    font = f' style="font-size:{size}pt"' if size else ""
    head = ("<thead><tr>" + "".join(f'<th align="left" bgcolor="#e8edf3" width={w}%>{h}</th>'
                                    for h, w in zip(headers, widths, strict=True)) + "</tr></thead>") if headers else ""
    body = "".join("<tr>" + "".join(
        f'<td valign="top"{f" width={widths[i]}%" if not headers else ""}'
        f'{" bgcolor=#f3f6fa" if not headers and i == 0 else ""}>{cell}</td>' for i, cell in enumerate(row))
        + "</tr>" for row in rows)
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-color:#c9d1db"{font}>'
            f"{head}<tbody>{body}</tbody></table>")


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


def render_test_calls(data: dict[str, Any]) -> str:
    """The "Test calls" section of the report, or nothing when the project made no test call."""
    calls = kept_test_calls(data)
    if not calls:
        return ""
    return ('<h2 style="font-size:14pt; page-break-before: always">Test calls</h2>'
            "<p>Calls made through the SBC's public SIP-TLS port as two Zoom PSI clients (user agent ZoomPbxPhone), "
            "both ends on the engineer's laptop, so one clock measures the delay each way.</p>"
            + "".join(call_html(evidence, findings) for evidence, findings in calls))


def call_html(evidence: TestCallEvidence, findings: list[dict[str, Any]] | None = None) -> str:
    """One test call: its facts, the audio each way, the media profile's offers, the ladder and the findings
    (those recorded with it, else judged afresh from the evidence)."""
    if findings is None:
        findings = [f.to_json() for f in judge_test_call(evidence)]
    return "".join([f'<h3 style="font-size:11.5pt">Test call {_e(evidence.caller)} → {_e(evidence.callee)}</h3>',
                    _facts(evidence), _media(evidence), _offers(evidence.offers), _findings(findings),
                    _ladder(evidence)])


def _ms(value: float | None, digits: int = 0) -> str:
    return f"{value:.{digits}f} ms" if value is not None else "—"


def _facts(evidence: TestCallEvidence) -> str:
    made = evidence.started_at[:16].replace("T", " ") + " UTC" if evidence.started_at else "—"
    rows = [["Through", _e(evidence.sbc)], ["Made", _e(made)],
            ["User agent", _e(evidence.user_agent)], ["Call set-up", _ms(evidence.setup_ms)],
            ["Codec", _e(evidence.codec or "—")], ["SRTP crypto suite", _e(evidence.crypto_suite or "—")],
            ["Answer's media line", _e(evidence.answer_media or "—")],
            ["Audio sent", f"{evidence.seconds:g} s each way"]]
    if evidence.failure is not None:
        failure = evidence.failure
        answer = f"{failure.status} {failure.reason}".strip() if failure.status else ""
        rows.append(["Outcome", f"<b>failed</b>: {_e(' — '.join(x for x in (answer, failure.detail) if x))}"])
    return _table(None, rows, [28, 72])


def _direction(name: str, stats: DirectionStats | None) -> list[str]:
    if stats is None:
        return [_e(name), "—", "—", "—", "—", "—"]
    delay = _ms(stats.delay_ms, 1) + (f" (max {stats.delay_max_ms:.1f})" if stats.delay_max_ms is not None else "")
    return [_e(name), str(stats.sent), str(stats.received), f"{stats.lost} ({stats.loss_percent:.1f} %)",
            _ms(stats.jitter_ms, 1), delay]


def _media(evidence: TestCallEvidence) -> str:
    return "<p>Audio each way (SRTP, RFC 3550 jitter, one-way delay on one clock):</p>" + _table(
        ["Direction", "Sent", "Received", "Lost", "Jitter", "One-way delay"],
        [_direction(f"{evidence.caller} → {evidence.callee}", evidence.caller_to_callee),
         _direction(f"{evidence.callee} → {evidence.caller}", evidence.callee_to_caller)],
        [28, 10, 12, 15, 13, 22])


def _offers(offers: tuple[OfferOutcome, ...]) -> str:
    if not offers:
        return ""
    rows = []
    for offer in offers:
        answer = f"{offer.status} {offer.reason}".strip() if offer.status is not None else "no answer"
        media = "; ".join(x for x in (offer.answer_media, f"a=crypto {offer.answer_crypto}"
                                      if offer.answer_crypto else "") if x)
        rows.append([_e(OFFER_TEXT.get(offer.offer, offer.offer)), _e(answer), _e(media or "—")])
    return "<p>The media profile from outside (guide §9.4.2):</p>" + _table(
        ["Offer", "Answer", "Answer's media"], rows, [40, 25, 35])


def _findings(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return ""
    rows = [[f'<span style="color:{SEVERITY_COLOUR.get(f.get("severity", ""), "#333")}; font-weight:600">'
             f'{_e(f.get("severity", ""))}</span>',
             _e(f.get("message", "")) + (f"<br/><i>Fix:</i> {_e(f['fix'])}" if f.get("fix") else "")]
            for f in findings]
    return "<p>Findings:</p>" + _table(["Severity", "Finding and fix"], rows, [14, 86])


def _ladder(evidence: TestCallEvidence) -> str:
    """The SIP ladder as a compact table: when, who to whom, what."""
    if not evidence.ladder:
        return ""
    rows = [[f"{step.at_ms:.1f}", _e(PARTY.get(step.source, step.source)), _e(PARTY.get(step.target, step.target)),
             _e(step.label)] for step in evidence.ladder]
    return "<p>SIP ladder (ms after the first request):</p>" + _table(
        ["ms", "From", "To", "Message"], rows, [12, 14, 14, 60], size=7.5)
