"""The lab's SBC answers calls as the guide configures the OpenScape SBC's access side (§9.4.2): two registered
clients call each other through it, SRTP only, configured codecs only, the media relayed between its own ports with
the SDES keys passed end to end; and its fault switches drop one media direction, leave a call unanswered or
refuse it with 488. The clients are tests/lab_sip_ua.py, written from the RFCs and not from the lab."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.lab_sip_ua import Ua, media_of, sdp_offer
from wizard.lab.faults import SbcFaults
from wizard.lab.run import parse_faults
from wizard.lab.sbc import SbcLab, SbcState


@asynccontextmanager
async def two_clients(faults: SbcFaults | None = None, **state: Any) -> AsyncIterator[tuple[SbcLab, Ua, Ua]]:
    lab = SbcLab(SbcState(**state), faults)
    port = await lab.start()
    anna = Ua("3100", lab.state.password, "127.0.0.1", port, lab.state.fqdn)
    ben = Ua("3101", lab.state.password, "127.0.0.1", port, lab.state.fqdn)
    try:
        for ua in (anna, ben):
            await ua.start()
            assert (await ua.register()).status == 200
        yield lab, anna, ben
    finally:
        for ua in (anna, ben):
            await ua.close()
        await lab.stop()


def run(scenario: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(asyncio.wait_for(scenario(), 20))  # never a hang


def test_a_call_between_two_registered_clients_carries_srtp_both_ways_through_the_relay() -> None:
    async def scenario() -> tuple:
        async with two_clients() as (lab, anna, ben):
            answer = await anna.call("3101")
            assert answer.status == 200
            await asyncio.gather(anna.send_audio(), ben.send_audio())
            await asyncio.sleep(0.2)
            offered_to_ben = ben.incoming[0].body
            bye = await anna.hang_up()
            await asyncio.sleep(0.1)
            record = lab.state.calls[0]
            assert record.relay is not None
            return answer, offered_to_ben, bye.status, ben.byes, (anna.received, ben.received), \
                (anna.undecryptable, ben.undecryptable), record, dict(record.relay.ports)

    answer, offered, bye, ben_byes, received, broken, record, ports = run(scenario)
    # each client sees the SBC's relay port on loopback, not the other client's own port
    assert media_of(answer.body)[:2] == ("127.0.0.1", ports["caller"])
    assert media_of(offered)[:2] == ("127.0.0.1", ports["callee"])
    # the SBC passed the keys on: each side decrypts everything the other sent
    assert received == (50, 50) and broken == (0, 0)
    assert (bye, ben_byes, record.status, record.ended_by) == (200, 1, 200, "caller")
    # "Allow unconfigured codecs" off: only the configured codecs reach the callee (PCMA, PCMU, telephone-event)
    assert media_of(offered)[3] == ["8", "0", "101"]


def test_an_rtp_offer_is_refused_with_488_srtp_only() -> None:
    async def scenario() -> tuple:
        async with two_clients() as (_lab, anna, ben):
            answer = await anna.call("3101", sdp_offer(anna.media_port, None, profile="RTP/AVP"))
            return answer, ben.incoming

    answer, offered = run(scenario)
    assert answer.status == 488 and "SRTP only" in answer.h("warning")
    assert offered == []  # the callee never rang


def test_an_srtp_offer_without_a_key_and_an_offer_of_unconfigured_codecs_are_refused() -> None:
    async def scenario() -> tuple:
        async with two_clients() as (_, anna, __):
            no_key = await anna.call("3101", sdp_offer(anna.media_port, None))
            g729 = await anna.call("3101", sdp_offer(anna.media_port, anna.key, payloads="18 111"))
            return no_key, g729

    no_key, g729 = run(scenario)
    assert no_key.status == 488 and "SDES" in no_key.h("warning")
    assert g729.status == 488 and "unconfigured codecs" in g729.h("warning") and "G729" in g729.h("warning")


def test_the_zoom_profile_binds_to_the_zoompbxphone_user_agent_only() -> None:
    async def scenario() -> int:
        async with two_clients() as (_, anna, __):
            anna.user_agent = "Siemens Sip Engine"  # §9.4.2's table maps it to the OS4K profile, not Zoom's
            return (await anna.call("3101", sdp_offer(anna.media_port, None, profile="RTP/AVP"))).status

    assert run(scenario) == 200


def test_one_media_direction_dropped_by_the_fault_switch_arrives_one_way_only() -> None:
    async def scenario() -> tuple:
        async with two_clients(parse_faults("sbc.drop_media=callee").sbc) as (lab, anna, ben):
            assert (await anna.call("3101")).status == 200
            await asyncio.gather(anna.send_audio(20), ben.send_audio(20))
            await asyncio.sleep(0.2)
            await anna.hang_up()
            relay = lab.state.calls[0].relay
            assert relay is not None
            return anna.received, ben.received, relay.seen["callee"].dropped

    anna_heard, ben_heard, dropped = run(scenario)
    assert (anna_heard, ben_heard, dropped) == (0, 20, 20)


def test_an_unanswered_call_rings_until_the_caller_cancels_or_the_no_answer_timeout() -> None:
    async def scenario() -> tuple:
        async with two_clients(SbcFaults(no_answer=True), no_answer_timeout=0.5) as (lab, anna, ben):
            timed_out = await anna.call("3101")
            anna.send(f"INVITE sip:3101@{lab.state.fqdn} SIP/2.0", [], "")  # nothing: a bad request must not stop it
            return timed_out.status, ben.incoming

    status, offered = run(scenario)
    assert status == 480 and offered == []


def test_a_call_the_caller_cancels_while_the_callee_rings() -> None:
    async def scenario() -> tuple:
        async with two_clients() as (lab, anna, ben):
            ben.answer = False
            task = asyncio.create_task(anna.call("3101"))
            while not ben.incoming:
                await asyncio.sleep(0.02)
            cancelled = await anna.cancel()
            return cancelled.status, (await task).status, lab.state.calls[0].status

    assert run(scenario) == (200, 487, 487)


def test_the_refuse_fault_and_an_unregistered_callee() -> None:
    async def scenario() -> tuple:
        async with two_clients(SbcFaults(refuse_invite=True)) as (lab, anna, _):
            refused = await anna.call("3101")
            lab.faults.refuse_invite = False
            missing = await anna.call("3999")
            return refused.status, missing.status

    assert run(scenario) == (488, 404)


def test_the_callee_hanging_up_ends_the_callers_dialog_too() -> None:
    async def scenario() -> tuple:
        async with two_clients() as (lab, anna, ben):
            assert (await anna.call("3101")).status == 200
            bye = await ben.hang_up()
            await asyncio.sleep(0.1)
            return bye.status, anna.byes, lab.state.calls[0].ended_by

    assert run(scenario) == (200, 1, "callee")


@pytest.mark.parametrize("spec", ["sbc.drop_media=caller", "sbc.no_answer=yes", "sbc.refuse_invite=1"])
def test_the_sbc_fault_switches_are_lab_fault_settings(spec: str) -> None:
    faults = parse_faults(spec).sbc
    assert (faults.drop_media, faults.no_answer, faults.refuse_invite) != ("", False, False)


@pytest.mark.parametrize(("faults", "codes"), [
    ("", ["call.passed", "call.plain-rtp-refused", "call.unconfigured-codec-refused", "call.srtp-answered"]),
    ("sbc.drop_media=caller", ["call.one-way-audio", "call.plain-rtp-refused", "call.unconfigured-codec-refused",
                               "call.srtp-answered"]),
    ("sbc.no_answer=yes", ["call.no-answer"]),
    ("sbc.refuse_invite=yes", ["call.refused-media"]),
])
def test_the_wizards_own_test_call_engine_meets_the_lab_sbc_as_a_real_one(faults: str, codes: list[str]) -> None:
    """The core's engine (wizard.probes.call) against the lab: the lab's answers and faults become the findings the
    engineer reads; its certificate verified as a private CA's."""
    from wizard.checks.call import judge_test_call
    from wizard.probes.call import run_test_call

    async def scenario() -> list[str]:
        lab = SbcLab(SbcState(), parse_faults(faults).sbc)
        port = await lab.start()
        try:
            evidence = await run_test_call("127.0.0.1", port, lab.state.fqdn, caller="3100",
                                           caller_password=lab.state.password, callee="3101",
                                           callee_password=lab.state.password, ca_pem=lab.cert_pem, seconds=0.5,
                                           ring_timeout=1.0)
        finally:
            await lab.stop()
        return [f.code for f in judge_test_call(evidence)]

    assert run(scenario) == codes


def test_baresip_a_user_agent_we_did_not_write_answers_through_the_lab_sbc_with_srtp(tmp_path: Path) -> None:
    """baresip (RFC 3261 and RFC 5626 outbound, SRTP mandatory, auto-answer) registers through the lab's SBC, is
    called by our test client and answers: the B2BUA's INVITE, ACK and BYE work for a stack of the field, and its
    SRTP comes through the relay decryptable with the key of its own answer."""
    from tests.sip_peers import SBC_FQDN, baresip

    async def scenario() -> tuple:
        lab = SbcLab(SbcState(fqdn=SBC_FQDN))
        port = await lab.start()
        with baresip(tmp_path, user="4713", password=lab.state.password, sbc_port=port, ca_pem=lab.cert_pem) as log:
            while not any("4713" in contact for contact in lab.state.bindings):
                await asyncio.sleep(0.1)
            anna = Ua("3100", lab.state.password, "127.0.0.1", port, SBC_FQDN)
            await anna.start()
            try:
                assert (await anna.register()).status == 200
                answer = await anna.call("4713", timeout=10)
                assert answer.status == 200, answer.start
                await anna.send_audio(100, 0.02)
                bye = await anna.hang_up()
                return anna.received, anna.undecryptable, bye.status, lab.state.calls[0].ended_by, log
            finally:
                await anna.close()
                await lab.stop()

    received, undecryptable, bye, ended_by, log = asyncio.run(asyncio.wait_for(scenario(), 40))
    assert received > 20 and undecryptable == 0, log.read_text(errors="replace")[-2000:]
    assert (bye, ended_by) == (200, "caller")
