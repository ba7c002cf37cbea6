"""A test call through the SBC as two Zoom PSI clients (issue #33), as evidence and as findings: what the call
showed (set-up time, the answer's media line and crypto suite, the codec, the audio measured each way on one clock,
the SIP ladder), what the media-profile offers met (guide §9.4.2: SRTP only, SDES, no unconfigured codecs), and
what each outcome means for the SBC's configuration. Pure: the engine (wizard.probes.call) fills the evidence, the
window and the report show it, `judge_test_call` says what it means."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError

TEST_CALL_CHECK = "probe.call"  # the CheckResult's name, as the runbook and the report know it
SRTP_SUITE = "AES_CM_128_HMAC_SHA1_80"  # the SDES suite our offer leads with (RFC 4568 §6.2.1)
SRTP_SUITES = (SRTP_SUITE, "AES_CM_128_HMAC_SHA1_32")  # what an SBC with SDES may answer (RFC 4568 §6.2)
SECURE_PROFILE = "RTP/SAVP"  # RFC 3711 §12: the SDP transport of SRTP
PLAIN_PROFILE = "RTP/AVP"  # RFC 3551: plain RTP, which the Zoom media profile refuses (guide §9.4.2)
# The SBC's administration web UI by Unify's own name for it: the guide calls it three ways ('Management Platform',
# 'Management Portal', 'management portal'); the runbook's menu paths, these fixes and the report say this one
SBC_PORTAL = "OpenScape SBC Management Portal"

# The parties of the ladder picture, left to right.
CALLER, SBC, CALLEE = "caller", "sbc", "callee"

# The media-profile offers (guide §9.4.2), each sent as an INVITE of its own from the caller to the callee.
OFFER_PLAIN_RTP = "plain-rtp"  # m=audio … RTP/AVP, no a=crypto: must be refused (Media protocol: SRTP only)
OFFER_UNCONFIGURED_CODEC = "unconfigured-codec"  # SRTP, one codec the profile lists nowhere: must be refused
OFFER_SRTP = "srtp-sdes"  # RTP/SAVP with a=crypto: must be answered with RTP/SAVP and an a=crypto of its own
# A codec no Zoom media profile configures: GSM 06.10 (static payload type 3, RFC 3551 §4.5.8). The guide's codec
# list for the Zoom profile (§9.4.2 step 8) is a picture with no text, so which codecs are configured has no public
# source; PCMA, PCMU and G.722 are what DESIGN.md names, and GSM is none of them.
UNCONFIGURED_CODEC = "GSM"
UNCONFIGURED_PAYLOAD = 3

MIN_SECONDS, MAX_SECONDS = 1.0, 30.0  # audio each way: a few seconds prove it; a long call only holds two stations busy

# Thresholds of the audio judgement. ITU-T G.114 (05/2003) §1: one-way delay up to 150 ms is acceptable for most
# applications. For loss and jitter no public source fixes a limit for a commissioning test: ours, chosen so that a
# healthy LAN/loopback path (0 % loss, jitter of a few ms) passes clearly and a path a listener would notice does not.
DELAY_WARN_MS = 150.0
LOSS_WARN_PERCENT = 1.0
LOSS_FAIL_PERCENT = 5.0
JITTER_WARN_MS = 30.0
# Media that stopped this long before the sender's last packet counts as a call whose audio dropped mid-call.
STOPPED_EARLY_MS = 1000.0

# Failure kinds of a test call (CallFailure.kind).
FAIL_TLS = "tls"  # no TLS session to the SBC's SIP-TLS port
FAIL_AUTH = "auth"  # the digest answer was refused (401/403/407 after authorization)
FAIL_REGISTER = "register"  # REGISTER refused otherwise
FAIL_NO_ANSWER = "no-answer"  # the callee never answered: the caller CANCELled after the bounded wait
FAIL_REFUSED = "refused"  # the INVITE got a final error answer (488, 403, 404, …)
FAIL_NOT_REACHED = "not-reached"  # the INVITE never reached the callee (no provisional answer, no INVITE)
FAIL_DROPPED = "dropped"  # the call ended before its time (a BYE from the network, the connection lost)
FAIL_SIP = "sip"  # the SBC answered something unusable (no SDP, no SIP, closed the connection)


@dataclass(frozen=True)
class DirectionStats:
    """The audio of one direction, measured on this laptop's one clock (both ends run here). `lost`: packets
    expected but never received (RFC 3550 §6.4.1 cumulative number of packets lost, A.3); `jitter_ms`: the
    interarrival jitter estimate of RFC 3550 §6.4.1 / A.8 in milliseconds; `delay_ms`: mean one-way delay from the
    sender's send time to the receiver's arrival time, `delay_max_ms` its largest; `undecryptable`: packets that
    arrived but failed SRTP authentication (RFC 3711 §3.3 step 5); `first_ms`/`last_ms`: arrival of the first and
    last packet after the first packet was sent, `sent_for_ms`: how long the sender sent."""

    sent: int
    received: int
    lost: int
    jitter_ms: float
    delay_ms: float | None = None
    delay_max_ms: float | None = None
    undecryptable: int = 0
    first_ms: float | None = None
    last_ms: float | None = None
    sent_for_ms: float = 0.0

    @property
    def loss_percent(self) -> float:
        return 100.0 * self.lost / self.sent if self.sent else 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DirectionStats:
        return cls(int(data["sent"]), int(data["received"]), int(data["lost"]), float(data["jitter_ms"]),
                   _number(data.get("delay_ms")), _number(data.get("delay_max_ms")), int(data.get("undecryptable", 0)),
                   _number(data.get("first_ms")), _number(data.get("last_ms")), float(data.get("sent_for_ms", 0.0)))


@dataclass(frozen=True)
class SipStep:
    """One arrow of the ladder picture: `at_ms` after the call's first request, from one party to another
    (CALLER, SBC, CALLEE), labelled as the field says it ("INVITE (SDP)", "100 Trying", "200 OK", "ACK", "BYE")."""

    at_ms: float
    source: str
    target: str
    label: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SipStep:
        return cls(float(data["at_ms"]), str(data["source"]), str(data["target"]), str(data["label"]))


@dataclass(frozen=True)
class OfferOutcome:
    """What one media-profile offer met. `offer`: OFFER_PLAIN_RTP / OFFER_UNCONFIGURED_CODEC / OFFER_SRTP;
    `status`/`reason`: the INVITE's final answer (None: no final answer within the wait); `answer_media`: the
    answer's m= line when it was accepted; `answer_crypto`: the answer's a=crypto suite, empty if none."""

    offer: str
    status: int | None
    reason: str = ""
    answer_media: str = ""
    answer_crypto: str = ""

    @property
    def accepted(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def refused(self) -> bool:
        return self.status is not None and self.status >= 400

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OfferOutcome:
        status = data.get("status")
        return cls(str(data["offer"]), int(status) if status is not None else None, str(data.get("reason", "")),
                   str(data.get("answer_media", "")), str(data.get("answer_crypto", "")))


@dataclass(frozen=True)
class CallFailure:
    """Why the call did not run its course: `kind` (FAIL_*), the SIP answer that said so if any, and `detail` in
    the words of what met it (a TLS error, the station that refused)."""

    kind: str
    status: int | None = None
    reason: str = ""
    detail: str = ""
    station: str = ""  # which test station met it (caller or callee number), where it matters

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallFailure:
        status = data.get("status")
        return cls(str(data["kind"]), int(status) if status is not None else None, str(data.get("reason", "")),
                   str(data.get("detail", "")), str(data.get("station", "")))


@dataclass(frozen=True)
class TestCallEvidence:
    """One test call's evidence, as the project keeps it (to_json/from_json) and the window and report show it.
    `caller_to_callee` / `callee_to_caller`: None when the call never reached media; `setup_ms`: from the INVITE
    sent to the 200 OK received; `answer_media`: the 200 OK's m=audio line; `crypto_suite`: its a=crypto suite;
    `codec`: the first codec of the answer (e.g. "PCMA/8000")."""

    __test__ = False  # not a pytest test class, whatever its name

    caller: str
    callee: str
    sbc: str  # FQDN:port the clients registered and called through
    started_at: str = ""  # ISO 8601 UTC
    seconds: float = 0.0  # audio asked for, each way
    setup_ms: float | None = None
    answer_media: str = ""
    crypto_suite: str = ""
    codec: str = ""
    caller_to_callee: DirectionStats | None = None
    callee_to_caller: DirectionStats | None = None
    ladder: tuple[SipStep, ...] = ()
    offers: tuple[OfferOutcome, ...] = ()
    failure: CallFailure | None = None
    user_agent: str = "ZoomPbxPhone"
    extra: dict[str, Any] = field(default_factory=dict)  # free-form facts (the digest algorithm, the SBC's Server)

    def to_json(self) -> dict[str, Any]:
        return {
            "caller": self.caller, "callee": self.callee, "sbc": self.sbc, "started_at": self.started_at,
            "seconds": self.seconds, "setup_ms": self.setup_ms, "answer_media": self.answer_media,
            "crypto_suite": self.crypto_suite, "codec": self.codec,
            "caller_to_callee": self.caller_to_callee.to_json() if self.caller_to_callee else None,
            "callee_to_caller": self.callee_to_caller.to_json() if self.callee_to_caller else None,
            "ladder": [s.to_json() for s in self.ladder], "offers": [o.to_json() for o in self.offers],
            "failure": self.failure.to_json() if self.failure else None, "user_agent": self.user_agent,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TestCallEvidence:
        forth, back, failure = data.get("caller_to_callee"), data.get("callee_to_caller"), data.get("failure")
        return cls(
            str(data["caller"]), str(data["callee"]), str(data["sbc"]), str(data.get("started_at", "")),
            float(data.get("seconds", 0.0)), _number(data.get("setup_ms")), str(data.get("answer_media", "")),
            str(data.get("crypto_suite", "")), str(data.get("codec", "")),
            DirectionStats.from_json(forth) if forth else None, DirectionStats.from_json(back) if back else None,
            tuple(SipStep.from_json(s) for s in data.get("ladder", [])),
            tuple(OfferOutcome.from_json(o) for o in data.get("offers", [])),
            CallFailure.from_json(failure) if failure else None, str(data.get("user_agent", "ZoomPbxPhone")),
            dict(data.get("extra", {})))


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


# ------------------------------------------------------------------------------------------------ the request
def request_problems(caller: str, callee: str, passwords: Mapping[str, str],
                     seconds: float | None = None) -> list[WizardError]:
    """What keeps a test call from being placed, before anything is sent: the same station twice, a station
    without its digest password (`passwords`: station -> password, for this call only), audio of no sensible
    length. One rule for every way a call is asked for (the runbook's step, the command line)."""
    if caller == callee:
        return [WizardError("the calling and the called station are both {station}", "name two different test stations",
                            station=caller)]
    problems = [WizardError("no digest password given for test station {station}",
                            "type its digest password (it is used for this call and never saved)", station=station)
                for station in (caller, callee) if not passwords.get(station)]
    if seconds is not None and not MIN_SECONDS <= seconds <= MAX_SECONDS:
        problems.append(WizardError("{seconds} s of audio is not a test call's length",
                                    "give {least} to {most} seconds",
                                    seconds=f"{seconds:g}", least=f"{MIN_SECONDS:g}", most=f"{MAX_SECONDS:g}"))
    return problems


# ------------------------------------------------------------------------------------------------ the judgement
def call_result(evidence: TestCallEvidence) -> CheckResult:
    """The check's result as the runbook and the report keep it: the findings and the evidence as JSON."""
    return CheckResult(TEST_CALL_CHECK, tuple(judge_test_call(evidence)), evidence.to_json())


def judge_test_call(evidence: TestCallEvidence) -> list[Finding]:
    """Every finding of a test call: its failure, if any, else the media it carried; then the media profile."""
    findings: list[Finding] = []
    if evidence.failure is not None:
        findings.append(judge_failure(evidence.failure, evidence))
    if evidence.failure is None or evidence.failure.kind == FAIL_DROPPED:
        findings += judge_answer(evidence)
        findings += judge_media(evidence)
    findings += judge_media_profile(evidence.offers)
    if not any(f.severity is not Severity.INFO for f in findings) and evidence.failure is None:
        findings.insert(0, _passed(evidence))
    return findings


def _passed(evidence: TestCallEvidence) -> Finding:
    # the figures as values of their own, not as direction_summary's English line: the window and the German
    # report say the sentence in their language around them
    forth, back = _counted(evidence.caller_to_callee), _counted(evidence.callee_to_caller)
    return Finding.of(
        "call.passed", Severity.INFO,
        "Test call {caller} → {callee} through {sbc}: set up in {setup} ms, {codec} over SRTP ({suite}); "
        "{caller} → {callee}: {forth_received}/{forth_sent} packets, {forth_lost} lost; "
        "{callee} → {caller}: {back_received}/{back_sent} packets, {back_lost} lost.", "",
        caller=evidence.caller, callee=evidence.callee, sbc=evidence.sbc, setup=_ms(evidence.setup_ms),
        codec=evidence.codec or "?", suite=evidence.crypto_suite or "?", forth_received=forth[0],
        forth_sent=forth[1], forth_lost=forth[2], back_received=back[0], back_sent=back[1], back_lost=back[2])


def _counted(stats: DirectionStats | None) -> tuple[int, int, int]:
    return (stats.received, stats.sent, stats.lost) if stats is not None else (0, 0, 0)


def direction_summary(stats: DirectionStats | None) -> str:
    """One direction's figures in one line, as the findings and the CLI show them."""
    if stats is None:
        return "no media"
    delay = f", delay {stats.delay_ms:.1f} ms" if stats.delay_ms is not None else ""
    return (f"{stats.received}/{stats.sent} packets, {stats.lost} lost ({stats.loss_percent:.1f} %), "
            f"jitter {stats.jitter_ms:.1f} ms{delay}")


def _ms(value: float | None) -> str:
    return f"{value:.0f}" if value is not None else "?"


def judge_failure(failure: CallFailure, evidence: TestCallEvidence) -> Finding:
    station = failure.station or evidence.caller
    answer = f"{failure.status} {failure.reason}".strip() if failure.status else failure.detail
    match failure.kind:
        case "tls":
            return Finding.of(
                "call.tls", Severity.ERROR,
                "The test station {station} could not open SIP over TLS to {sbc}: {detail}.",
                "Check the SBC's SIP-TLS port on the access realm (guide §9.1), the firewall rule for TCP 5061 "
                "inbound (§2.2.2) and the SBC certificate (§9.3); run probe tls for details.",
                station=station, sbc=evidence.sbc, detail=failure.detail)
        case "auth":
            return Finding.of(
                "call.auth-refused", Severity.ERROR,
                "The SBC refused the digest credentials of test station {station} ({answer}).",
                "Check the station's authorization name and digest password (OS4K SBCSU IPPASSW) and that the SBC "
                "forwards registrations of remote subscribers (guide §9.4.1.1); then run the test call again.",
                station=station, answer=answer)
        case "register":
            return Finding.of(
                "call.register-refused", Severity.ERROR,
                "The SBC refused to register test station {station} ({answer}).",
                "Check the remote subscriber settings (guide §9.4.1.1) and that the station exists on the OS4K.",
                station=station, answer=answer)
        case "no-answer":
            return Finding.of(
                "call.no-answer", Severity.ERROR,
                "Test station {callee} did not answer the call from {caller} within {detail} s; the call was "
                "cancelled.",
                "Check that {callee} is registered to this laptop only (no other device takes its calls) and that "
                "the OS4K routes the call to the SBC's remote subscriber; see the ladder for the last answer heard.",
                callee=evidence.callee, caller=evidence.caller, detail=failure.detail)
        case "not-reached":
            return Finding.of(
                "call.not-reached", Severity.ERROR,
                "The call from {caller} never reached {callee}: no answer to the INVITE within {detail} s.",
                "Check the SBC's routing towards the OS4K (guide §9.2) and the OS4K's routing back to the remote "
                "subscriber {callee}.",
                caller=evidence.caller, callee=evidence.callee, detail=failure.detail or "?")
        case "refused":
            return _refused(failure, evidence)
        case "dropped":
            return Finding.of(
                "call.dropped", Severity.ERROR,
                "The test call dropped before its end: {detail}.",
                "Look at the SBC's call log for who ended it; a session timer or a media timeout on the SBC or "
                "the OS4K ends calls whose media it does not see (check that SRTP flows both ways, guide §2.2.2).",
                detail=failure.detail or answer)
    return Finding.of(
        "call.sip-failed", Severity.ERROR,
        "The test call failed: {detail}.",
        "Look at the SIP ladder for the last answer, and at the SBC's SIP log.",
        detail=failure.detail or answer)


def _refused(failure: CallFailure, evidence: TestCallEvidence) -> Finding:
    if failure.status in (488, 415, 606):
        return Finding.of(
            "call.refused-media", Severity.ERROR,
            "The SBC refused the test call's SRTP offer ({status} {reason}).",
            "Set the Zoom media profile as the guide does ({portal} > VoIP > Media > Media Profiles: Media protocol "
            "SRTP only, SRTP configuration SDES, codecs PCMA/PCMU/G.722) and bind it to the user agent ZoomPbxPhone "
            "(guide §9.4.2).",
            status=failure.status, reason=failure.reason, portal=SBC_PORTAL)
    return Finding.of(
        "call.refused", Severity.ERROR,
        "The call from {caller} to {callee} was refused: {status} {reason}.",
        "Check that {callee} exists and is a remote subscriber the SBC routes to (guide §9.2, §9.4.1.1), and the "
        "OS4K's class of service for {caller}.",
        caller=evidence.caller, callee=evidence.callee, status=failure.status, reason=failure.reason)


def judge_answer(evidence: TestCallEvidence) -> list[Finding]:
    """The 200 OK's media line: SRTP (RTP/SAVP) with an SDES key (guide §9.4.2)."""
    if not evidence.answer_media:
        return []
    findings = []
    if SECURE_PROFILE not in evidence.answer_media.split():
        findings.append(Finding.of(
            "call.answer-not-srtp", Severity.ERROR,
            "The SBC answered the test call with {media}, not SRTP (RTP/SAVP).",
            "Set Media protocol to SRTP only in the Zoom media profile ({portal} > VoIP > Media > Media Profiles; "
            "guide §9.4.2).",
            media=evidence.answer_media, portal=SBC_PORTAL))
    elif evidence.crypto_suite not in SRTP_SUITES:
        findings.append(Finding.of(
            "call.answer-no-sdes", Severity.ERROR,
            "The SBC's answer carries no SDES key we offered (a=crypto: {suite}).",
            "Check SDES under SRTP configuration in the Zoom media profile (guide §9.4.2).",
            suite=evidence.crypto_suite or "none"))
    return findings


def judge_media(evidence: TestCallEvidence) -> list[Finding]:
    """The audio each way: one-way audio named by its direction, then loss, jitter, delay and a stop mid-call."""
    forth, back = evidence.caller_to_callee, evidence.callee_to_caller
    if forth is None or back is None:
        return []
    heard_forth, heard_back = forth.received > 0, back.received > 0
    if not heard_forth and not heard_back:
        return [_no_audio(evidence, forth, back)]
    if heard_forth != heard_back:
        return [_one_way(evidence, heard_forth)]
    findings: list[Finding] = []
    for source, target, stats in ((evidence.caller, evidence.callee, forth), (evidence.callee, evidence.caller, back)):
        findings += judge_direction(source, target, stats)
    return findings


def _no_audio(evidence: TestCallEvidence, forth: DirectionStats, back: DirectionStats) -> Finding:
    if forth.undecryptable or back.undecryptable:
        return Finding.of(
            "call.srtp-undecryptable", Severity.ERROR,
            "Audio arrived both ways but none could be decrypted ({count} packets failed SRTP authentication): the "
            "SBC does not use the keys of the a=crypto lines.",
            "Check SDES in the Zoom media profile (guide §9.4.2) and that the SBC does not re-key without "
            "signalling it.",
            count=forth.undecryptable + back.undecryptable)
    return Finding.of(
        "call.no-audio", Severity.ERROR,
        "The call was set up but no audio arrived in either direction ({caller} ⇄ {callee}).",
        "Open the SBC's SRTP port range inbound to its access interface on the external firewall and let this "
        "network send UDP to it (guide §2.2.2); check that Drop received RTP is unchecked (Features > Enable "
        "Remote Subscribers > Configure, §9.4.1.1).",
        caller=evidence.caller, callee=evidence.callee)


def _one_way(evidence: TestCallEvidence, heard_forth: bool) -> Finding:
    """Audio one way only. Both stations run on this laptop behind the same network, so the silent direction's
    packets leave here, reach the SBC's access side on a port of its media range, and are relayed out to the other
    station's address: the usual causes are the external firewall forwarding only part of that range inbound to
    the SBC (§2.2.2), or the SBC never sending to the receiving station (Drop received RTP, §9.4.1.1)."""
    source, target = (evidence.callee, evidence.caller) if heard_forth else (evidence.caller, evidence.callee)
    return Finding.of(
        "call.one-way-audio", Severity.ERROR,
        "One-way audio: {target} heard nothing from {source}, while audio from {target} reached {source}.",
        "The SRTP from {source} does not get through the SBC: open the SBC's whole SRTP port range inbound to the "
        "access interface on the external firewall (guide §2.2.2), check that Drop received RTP is unchecked "
        "(Features > Enable Remote Subscribers > Configure, §9.4.1.1), and that no firewall on this network drops "
        "UDP from the SBC to {target}.",
        source=source, target=target)


def judge_direction(source: str, target: str, stats: DirectionStats) -> list[Finding]:
    findings = []
    loss = stats.loss_percent
    if loss > LOSS_WARN_PERCENT:
        findings.append(Finding.of(
            "call.loss", Severity.ERROR if loss > LOSS_FAIL_PERCENT else Severity.WARNING,
            "{lost} of {sent} packets from {source} to {target} were lost ({percent} %).",
            "Look for a congested or filtered path between this network and the SBC's access interface; a healthy "
            "path loses less than {limit} %.",
            lost=stats.lost, sent=stats.sent, source=source, target=target, percent=f"{loss:.1f}",
            limit=f"{LOSS_WARN_PERCENT:g}"))
    if stats.jitter_ms > JITTER_WARN_MS:
        findings.append(Finding.of(
            "call.jitter", Severity.WARNING,
            "Jitter from {source} to {target} is {jitter} ms (RFC 3550), above {limit} ms.",
            "Give voice priority on this path (QoS) or test from a quieter network.",
            source=source, target=target, jitter=f"{stats.jitter_ms:.1f}", limit=f"{JITTER_WARN_MS:g}"))
    if stats.delay_ms is not None and stats.delay_ms > DELAY_WARN_MS:
        findings.append(Finding.of(
            "call.delay", Severity.WARNING,
            "One-way delay from {source} to {target} is {delay} ms, above the {limit} ms ITU-T G.114 holds "
            "acceptable.",
            "Check the SBC's Stream Delay (Features > Enable Remote Subscribers > Configure, §9.4.1.1) and the path "
            "between this network and the SBC.",
            source=source, target=target, delay=f"{stats.delay_ms:.0f}", limit=f"{DELAY_WARN_MS:g}"))
    if stats.last_ms is not None and stats.sent_for_ms - stats.last_ms > STOPPED_EARLY_MS:
        findings.append(Finding.of(
            "call.media-stopped", Severity.ERROR,
            "Audio from {source} to {target} stopped {early} ms before the end of the call.",
            "Look at the SBC's media timeout and at firewall sessions on the path: the SBC or a firewall stopped "
            "relaying the stream mid-call (guide §2.2.2).",
            source=source, target=target, early=f"{stats.sent_for_ms - stats.last_ms:.0f}"))
    if stats.undecryptable:
        findings.append(Finding.of(
            "call.srtp-some-undecryptable", Severity.WARNING,
            "{count} packets from {source} to {target} failed SRTP authentication.",
            "Check the SBC's SDES setting (guide §9.4.2); a relay that alters packets breaks their authentication.",
            count=stats.undecryptable, source=source, target=target))
    return findings


# ----------------------------------------------------------------------------------------- the media profile
def judge_media_profile(offers: tuple[OfferOutcome, ...] | list[OfferOutcome]) -> list[Finding]:
    """Each media-profile offer's outcome as a finding (guide §9.4.2): a plain RTP offer and an offer of an
    unconfigured codec must be refused, an SRTP offer answered with SDES."""
    findings = []
    for outcome in offers:
        match outcome.offer:
            case "plain-rtp":
                findings.append(_plain_rtp(outcome))
            case "unconfigured-codec":
                findings.append(_unconfigured_codec(outcome))
            case "srtp-sdes":
                findings.append(_srtp_offer(outcome))
    return findings


def _answer(outcome: OfferOutcome) -> str:
    return f"{outcome.status} {outcome.reason}".strip() if outcome.status is not None else "no answer"


def _not_answered(what: str) -> Finding:
    return Finding.of(
        "call.profile-unanswered", Severity.WARNING,
        "The {what} offer got no final answer within the wait; the media profile could not be judged by it.",
        "Run the test call again; if it stays silent, look at the SBC's SIP log for the INVITE.",
        what=what)


def _plain_rtp(outcome: OfferOutcome) -> Finding:
    if outcome.status is None:
        return _not_answered("RTP/AVP")
    if outcome.refused:
        return Finding.of(
            "call.plain-rtp-refused", Severity.INFO,
            "An offer of plain RTP (RTP/AVP) was refused ({answer}), as the media profile's 'SRTP only' requires.",
            "",
            answer=_answer(outcome))
    return Finding.of(
        "call.plain-rtp-accepted", Severity.ERROR,
        "The SBC accepted an offer of plain RTP (RTP/AVP) from a ZoomPbxPhone client ({answer}): its media would "
        "cross the Internet unencrypted.",
        "Set Media protocol to SRTP only in the Zoom media profile and bind the profile to the user agent "
        "ZoomPbxPhone ({portal} > VoIP > Media; guide §9.4.2 steps 5 and 9).",
        answer=_answer(outcome), portal=SBC_PORTAL)


def _unconfigured_codec(outcome: OfferOutcome) -> Finding:
    if outcome.status is None:
        return _not_answered(UNCONFIGURED_CODEC)
    if outcome.refused:
        return Finding.of(
            "call.unconfigured-codec-refused", Severity.INFO,
            "An offer of only {codec}, a codec the Zoom profile does not configure, was refused ({answer}).", "",
            codec=UNCONFIGURED_CODEC, answer=_answer(outcome))
    return Finding.of(
        "call.unconfigured-codec-accepted", Severity.ERROR,
        "The SBC accepted an offer of only {codec}, a codec the Zoom profile does not configure ({answer}).",
        "Uncheck Allow unconfigured codecs under Codec configuration in the Zoom media profile ({portal} > VoIP > "
        "Media > Media Profiles; guide §9.4.2 step 7).",
        codec=UNCONFIGURED_CODEC, answer=_answer(outcome), portal=SBC_PORTAL)


def _srtp_offer(outcome: OfferOutcome) -> Finding:
    if outcome.status is None:
        return _not_answered("SRTP")
    if outcome.accepted and SECURE_PROFILE in outcome.answer_media.split() and outcome.answer_crypto in SRTP_SUITES:
        return Finding.of(
            "call.srtp-answered", Severity.INFO,
            "An SRTP offer was answered with SDES ({media}; a=crypto {suite}).", "",
            media=outcome.answer_media, suite=outcome.answer_crypto)
    if outcome.accepted:
        return Finding.of(
            "call.srtp-answer-not-sdes", Severity.ERROR,
            "An SRTP offer was answered without an SDES key ({media}; a=crypto: {suite}).",
            "Check SDES under SRTP configuration in the Zoom media profile (guide §9.4.2 step 5).",
            media=outcome.answer_media or "no m= line", suite=outcome.answer_crypto or "none")
    return Finding.of(
        "call.srtp-refused", Severity.ERROR,
        "The SBC refused an SRTP offer with SDES ({answer}).",
        "Set the Zoom media profile to SRTP only with SDES and bind it to the user agent ZoomPbxPhone (guide "
        "§9.4.2).",
        answer=_answer(outcome))
