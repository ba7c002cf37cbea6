"""The test call's passwords are said of in one way (walk-through item 6): the SBC chapter's panel said "empty: the
one kept in the keyring", the §9.4 card "used for this call, never saved". The card is right: nothing keeps a
password for the test call, the project, the evidence and the keyring stay without one after a call."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pages.test_call_panel import TestCallPanel
from wizard.runbook.model import InputKind, load_runbook
from wizard.services.test_call import TEST_CALL_STEP, make_test_call


def _card_placeholders() -> set[str]:
    [step] = [s for s in load_runbook().steps if s.id == TEST_CALL_STEP]
    return {spec.placeholder for spec in step.inputs if spec.kind is InputKind.SECRET}


def test_the_panel_says_of_the_passwords_what_the_card_says(qtbot) -> None:
    panel = TestCallPanel()
    qtbot.addWidget(panel)
    shown = {panel.caller_password.placeholderText(), panel.callee_password.placeholderText()}
    assert shown == _card_placeholders() == {"used for this call, never saved"}


def test_a_test_call_keeps_its_passwords_nowhere(tmp_path: Path, memory_keyring) -> None:
    """A call with typed passwords (to a closed port: it fails, the passwords were used all the same) leaves none
    in the keyring, the project file or its result; without them the call is not made."""
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.store import secrets
    from wizard.store.project import ProjectFile

    secret = "s3cret-digest-pw"
    with ProjectFile.create(tmp_path / "call.psiproj") as project:
        for key, value in {"sbc_public_fqdn": "sbc01.example.com", "sbc_sip_tls_port": "9"}.items():
            project.set_site_field(key, value)
        project.set_step_input(TEST_CALL_STEP, "connect_to", "127.0.0.1:9")
        engine = Engine(load_runbook(), project, default_registry(), timeout=2.0)
        outcome = asyncio.run(make_test_call(engine, "3100", "3101", {"3100": secret, "3101": secret}))
        assert outcome.status is not None  # the call was tried
        missing = asyncio.run(make_test_call(engine, "3100", "3101", {}))
        assert missing.status is None  # no password typed, none recalled: not called
        record = project.step_records()[TEST_CALL_STEP]
        assert secret not in str(record.result)
    assert memory_keyring.store == {} and secret not in secrets._session.values()
    assert secret.encode() not in (tmp_path / "call.psiproj").read_bytes()
