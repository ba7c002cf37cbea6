"""The AMO session against the lab's OS4K over real SSH: batches journaled, errors kept, and an SSH drop in
the middle of a batch resumed without any AMO applied twice."""

import asyncio
from pathlib import Path

import pytest

from wizard.checks.amo import SubscriberPlan, provisioning_batch
from wizard.connectors.os4k import AmoConnectionLost, AmoSession, ManualAmoTransport, SshAmoTransport, interpret
from wizard.errors import WizardError
from wizard.lab.os4k import LabStation, Os4kFaults, Os4kLab, Os4kModel
from wizard.store.project import ProjectFile

SUBS = [SubscriberPlan(str(3100 + i), f"user{i}@example.com", "5") for i in range(6)]


def model() -> Os4kModel:
    return Os4kModel(stations={s.stno: LabStation() for s in SUBS})


def batch() -> list[str]:
    commands = provisioning_batch(SUBS, config=None, sbc_public_address="203.0.113.10", sbc_port="65061",
                                  voicemail_number="7999")
    return [c.replace("<digest password>", "Digest-Secret-12") for c in commands]


async def run_on_lab(lab: Os4kLab, project: ProjectFile, commands: list[str], *, password: str | None = None,
                     reconnects: int = 3) -> list:
    port = await lab.start()
    transport = SshAmoTransport("127.0.0.1", port, "engr", password or lab.password, timeout=5,
                                host_key=lab.host_key)
    try:
        return await AmoSession(project, transport, reconnects=reconnects).run_batch("wave-1", commands)
    finally:
        await transport.close()
        await lab.stop()


@pytest.fixture
def project(tmp_path: Path):
    p = ProjectFile.create(tmp_path / "amo.psiproj")
    yield p
    p.close()


def changes(commands: list[str]) -> list[str]:
    return [c for c in commands if not c.startswith("REG-")]


def test_a_batch_over_ssh_is_applied_and_journaled(project: ProjectFile, tmp_path: Path) -> None:
    lab = Os4kLab(model())
    commands = batch()
    results = asyncio.run(run_on_lab(lab, project, commands))
    statuses = {r.command: r.status for r in results}
    assert all(statuses[c] == ("advisory" if "IPPASSW" in c else "completed") for c in changes(commands))
    digest = next(r for r in results if "IPPASSW" in r.command)
    assert digest.messages == ("H12: DIGEST PASSWORD CHANGED; THE DEVICE MUST REGISTER AGAIN",)  # kept and shown
    assert lab.model.stations["3103"].email == "user3@example.com" and lab.model.stations["3103"].dmcallwd
    assert lab.model.osmo == ("203.0.113.10", "65061") and "5" in lab.model.routes
    assert all(count == 1 for count in lab.model.applied.values()) and len(lab.model.applied) == len(changes(commands))
    assert all(e.state in ("completed", "advisory") for e in project.journal("wave-1"))
    assert len(project.journal("wave-1")) == len(commands)
    assert b"Digest-Secret-12" not in (tmp_path / "amo.psiproj").read_bytes()


@pytest.mark.parametrize("drop_at", [2, 9, 17])
def test_an_ssh_drop_mid_batch_resumes_without_applying_anything_twice(project: ProjectFile, drop_at: int) -> None:
    lab = Os4kLab(model(), Os4kFaults(drop_after=drop_at))
    commands = batch()
    results = asyncio.run(run_on_lab(lab, project, commands))
    assert lab.sessions == 2  # reconnected once
    assert all(count == 1 for count in lab.model.applied.values()), lab.model.applied
    assert set(lab.model.applied) == set(changes(commands))  # nothing missing either
    assert len(results) == len(commands)
    lost = commands[drop_at - 1]
    if lost.startswith("REG-"):
        assert results[drop_at - 1].status in ("completed", "advisory")  # a question: simply asked again
    else:
        assert results[drop_at - 1].status == "verified"  # read back before anything was sent again


def test_a_crashed_wizard_resumes_the_batch_from_its_journal(project: ProjectFile) -> None:
    commands = batch()
    lab = Os4kLab(model(), Os4kFaults(drop_after=12))
    with pytest.raises(AmoConnectionLost):  # no reconnects allowed: the wizard 'dies' here
        asyncio.run(run_on_lab(lab, project, commands, reconnects=0))
    applied_before = sum(lab.model.applied.values())
    assert 0 < applied_before < len(changes(commands))
    second = Os4kLab(lab.model)  # the same OS4K, a new wizard process
    asyncio.run(run_on_lab(second, project, commands))
    assert all(count == 1 for count in second.model.applied.values())
    assert set(second.model.applied) == set(changes(commands))


def test_fnn_errors_are_results_and_the_batch_goes_on(project: ProjectFile) -> None:
    lab = Os4kLab(model())
    results = asyncio.run(run_on_lab(lab, project, ["CHANGE-PERSI:EMAIL,9999,\"x@example.com\";",
                                                    "CHA-SDAT:3100,ATTRIBUT,DMCALLWD;"]))
    assert results[0].status == "error"
    assert results[0].messages == ("F23: STATION 9999 NOT FOUND", "CHANGE NOT EXECUTED;")  # the PBX's own words
    assert results[1].status == "completed"


def test_wrong_password_is_a_clear_message(project: ProjectFile) -> None:
    with pytest.raises(WizardError, match="refused user 'engr'"):
        asyncio.run(run_on_lab(Os4kLab(model()), project, ["REG-SBCSU:STNO=3100;"], password="wrong"))


def test_manual_transport_reads_the_pasted_output(project: ProjectFile) -> None:
    pasted = ("<CHANGE-PERSI:EMAIL,3100,\"a@example.com\";\nH500: AMO PERSI STARTED\nAMO-PERSI-111 PERSONAL "
              "IDENTIFICATION\nCHANGE COMPLETED;\n<CHA-SDAT:3100,ATTRIBUT,DMCALLWD;\nH500: AMO SDAT STARTED\n"
              "F23: STATION 3100 NOT FOUND\nAMO-SDAT-111 SUBSCRIBER DATA\nCHANGE NOT EXECUTED;\n<")
    results = asyncio.run(AmoSession(project, ManualAmoTransport(pasted)).run_batch(
        "manual", ['CHANGE-PERSI:EMAIL,3100,"a@example.com";', "CHA-SDAT:3100,ATTRIBUT,DMCALLWD;"]))
    assert [r.status for r in results] == ["completed", "error"]
    with pytest.raises(WizardError, match="does not contain"):
        asyncio.run(AmoSession(project, ManualAmoTransport("nothing")).run_batch("m2", ["REG-SBCSU:STNO=1;"]))


def test_a_pasted_reg_answer_ends_at_its_completion_not_at_the_next_echo(project: ProjectFile) -> None:
    """Without prompts, the REG- answer's own commands and the echo of the next CHANGE- follow one another: the
    'before' state must be the old email, or undo would put back the new one."""
    pasted = ("REG-PERSI:TYPE=STN,STNO=3100;\nH500: AMO PERSI STARTED\nCHANGE-PERSI:EMAIL,3100,\"old@example.com\";\n"
              "AMO-PERSI-111 PERSONAL IDENTIFICATION\nREGENERATE COMPLETED;\n"
              "CHANGE-PERSI:EMAIL,3100,\"new@example.com\";\nH500: AMO PERSI STARTED\n"
              "AMO-PERSI-111 PERSONAL IDENTIFICATION\nCHANGE COMPLETED;\n")
    commands = ["REG-PERSI:TYPE=STN,STNO=3100;", 'CHANGE-PERSI:EMAIL,3100,"new@example.com";']
    results = asyncio.run(AmoSession(project, ManualAmoTransport(pasted)).run_batch("paste", commands))
    assert [r.status for r in results] == ["completed", "completed"]
    before = project.journal("paste")[0].output
    assert "old@example.com" in before and "new@example.com" not in before
    cut = pasted[:pasted.index("REGENERATE COMPLETED;")]
    with pytest.raises(WizardError, match="ends before the OS4K confirmed it"):
        asyncio.run(AmoSession(project, ManualAmoTransport(cut)).run_batch("cut", commands[:1]))


def test_an_answer_without_completion_is_not_completed() -> None:
    assert interpret("CHA-SDAT:3100,ATTRIBUT,DMCALLWD;", "H500: AMO SDAT STARTED").status == "error"
    refused = interpret("CHA-SDAT:3100,ATTRIBUT,DMCALLWD;", "H500: AMO SDAT STARTED\nAMO-SDAT-111 X\n"
                                                             "CHANGE NOT EXECUTED;")
    assert (refused.status, refused.messages) == ("error", ("CHANGE NOT EXECUTED;",))


def test_the_lab_refuses_what_it_does_not_understand() -> None:
    lab_model = model()
    assert lab_model.execute("FROB-SBCSU:STNO=3100;").startswith("F01:")
    assert "NOT EXECUTED;" in lab_model.execute("CHANGE-SBCSU:STNO=3100,BOGUS=1;")
    assert "NOT EXECUTED;" in lab_model.execute("DE-SBCSU:STNO=3100;")  # DELETE or DEACTIVATE: ambiguous
    shown = lab_model.execute("CHAN-SBCSU:STNO=3100,OPT=OPTI,PMIDX=77;")
    assert "F31: NO ROUTE MODE=PM WITH IDX 77" in shown and shown.endswith("CHANGE NOT EXECUTED;")
    table = lab_model.execute("DIS-SBCSU:STNO=3100;")
    assert table.splitlines()[1].startswith("+---") and "CALLOG" in table and table.endswith("DISPLAY COMPLETED;")
    assert "CALLOG=ALL;" in lab_model.execute("REGEN-SBCSU:STNO=3100;")


def test_only_an_accepted_host_key_is_trusted_and_its_fingerprint_is_what_ssh_keygen_prints(tmp_path) -> None:
    """PuTTY's rule: the first key is shown as a fingerprint and accepted by a person, before any password is
    sent; from then on only that key is accepted, and another server on the same address is refused."""
    import shutil
    import subprocess

    from wizard.connectors.os4k import fetch_host_key, host_key_fingerprint

    async def scenario() -> tuple[str, str, str, str, int]:
        first_lab = Os4kLab(model())
        port = await first_lab.start()
        try:
            unaccepted = SshAmoTransport("127.0.0.1", port, "engr", first_lab.password, timeout=5)
            try:
                await unaccepted.send("REG-ANSU;")
                refused_first = "connected"
            except WizardError as exc:
                refused_first = str(exc)
            presented = await fetch_host_key("127.0.0.1", port)  # key exchange only: no login
            sessions_before_accepting = first_lab.sessions
            again = SshAmoTransport("127.0.0.1", port, "engr", first_lab.password, timeout=5, host_key=presented)
            output = await again.send("REG-ANSU;")  # the accepted key: connected
            await again.close()
        finally:
            await first_lab.stop()
        impostor = Os4kLab(model())  # another server (another key) answering on the same address
        await impostor.start("127.0.0.1", port)
        try:
            changed = SshAmoTransport("127.0.0.1", port, "engr", impostor.password, timeout=5, host_key=presented)
            try:
                await changed.send("REG-ANSU;")
                refused = "accepted"
            except WizardError as exc:
                refused = str(exc)
        finally:
            await impostor.stop()
        return presented, output, refused_first, refused, sessions_before_accepting

    key, output, refused_first, refused, sessions = asyncio.run(scenario())
    assert "has not been accepted yet" in refused_first and sessions == 0  # no session, so no password sent
    assert key.startswith("ssh-ed25519 ") and "ANSU" in output
    assert "not the one trusted at the first connection" in refused and "intercepting" in refused
    keygen = shutil.which("ssh-keygen")
    if keygen is None:
        pytest.fail("ssh-keygen is missing (tests/setup-debian.sh installs openssh-client)")
    (tmp_path / "key.pub").write_text(key + "\n")
    printed = subprocess.run([keygen, "-lf", str(tmp_path / "key.pub")], capture_output=True, text=True).stdout
    assert printed.split()[1] == host_key_fingerprint(key)  # what the OS4K's administrator reads on the platform
