"""After Verify, the run bar says how many people wait and for what, and is red only for a real problem: people
waiting to activate their Zoom account are not an error."""

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from wizard.app.provisioning_hands import WaveHands


@pytest.fixture(autouse=True)
def english(qapp):
    """In English, whatever language a test before this one left the application in."""
    from wizard.app.translators import install_translators

    install_translators(qapp, "en")


class FakeWave(QObject):
    steps_changed = Signal()

    def __init__(self, found: dict[str, str], rows: list[dict[str, str]]) -> None:
        super().__init__()
        self.wave_id = "W1"
        self.said: list[tuple[str, bool]] = []

        async def verify(_wave: str) -> dict[str, str]:
            return found

        self.chapter = SimpleNamespace(verify=verify)
        self.panel = SimpleNamespace(set_message=lambda text, error=False: self.said.append((text, error)))
        self._rows = rows

    async def attempt(self, _failed: str, work: Any) -> Any:
        return await work

    async def refresh_wave(self) -> Any:
        return SimpleNamespace(people=self._rows)


def _verify(found: dict[str, str], rows: list[dict[str, str]]) -> tuple[str, bool]:
    wave = FakeWave(found, rows)
    asyncio.run(WaveHands(wave).verify())  # type: ignore[arg-type]
    return wave.said[-1]


def test_people_waiting_to_activate_are_counted_and_not_shown_as_an_error(qtbot) -> None:
    found = {f"u{i}": "done" for i in range(26)} | {f"w{i}": "failed" for i in range(4)}  # read back: not integrated
    rows = [{"email": f"u{i}", "stage": "integrated"} for i in range(26)] + \
        [{"email": f"w{i}", "stage": "Zoom user: waiting"} for i in range(4)]
    text, error = _verify(found, rows)
    assert text.startswith("Read back from Zoom and the OS4K: 26 of 30 people as the guide asks.")
    assert "4 waiting to accept the Zoom invitation and activate the account" in text
    assert not error


def test_a_real_problem_is_red_and_counted_beside_those_waiting(qtbot) -> None:
    found = {"u0": "done", "p0": "failed", "w0": "failed"}
    rows = [{"email": "u0", "stage": "integrated"}, {"email": "p0", "stage": "read-back: failed"},
            {"email": "w0", "stage": "portal round: waiting"}]
    text, error = _verify(found, rows)
    assert "1 with a problem" in text and "1 waiting to be added in the Zoom portal" in text
    assert error
