"""A stage's changes read in a worker thread let the GIL go every hundred: a thread that keeps it makes each of the
window's Qt callbacks (a repaint of the people table calls Python hundreds of times) wait up to the 5 ms switch
interval for it; a 3 ms repaint took 100-300 ms beside one busy thread in bench_provision.py's window, 5-30 ms when
the thread let go every millisecond. On the window's own thread nothing is let go."""

import threading
import time

import pytest

from wizard.checks.provisioning import Change, System, WaveOptions, WavePlan
from wizard.provisioning import waves
from wizard.provisioning.by_hand import assistant_ready, next_steps

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10")


def plan_of(people: int) -> WavePlan:
    changes = [Change(f"{kind}:p{i}@example.com", system, f"p{i}@example.com", "", {"email": f"p{i}@example.com",
                                                                                     "stno": str(3000 + i)},
                      1 + i // 50 if system is System.PSI else 0)
               for i in range(people)
               for kind, system in (("zoom.user", System.ZOOM), ("zoom.active", System.ZOOM),
                                    ("psi.portal", System.PSI), ("amo", System.OS4K), ("assistant", System.ASSISTANT),
                                    ("verify", System.VERIFY))]
    return WavePlan(tuple(f"p{i}@example.com" for i in range(people)), OPTIONS, tuple(changes))


def test_a_worker_thread_reading_the_wave_lets_the_gil_go_and_the_loops_thread_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan = plan_of(1000)
    released: dict[str, int] = {}
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        if seconds == 0:
            name = threading.current_thread().name
            released[name] = released.get(name, 0) + 1
        real_sleep(seconds)

    monkeypatch.setattr(waves.time, "sleep", sleep)

    def read() -> tuple[int, int, int]:
        return (len(assistant_ready(plan, {})), len(waves.plan_rounds(plan)), len(next_steps(plan, {})))

    answers: list[tuple[int, int, int]] = []
    worker = threading.Thread(target=lambda: answers.append(read()), name="worker")
    worker.start()
    worker.join()
    # the same answers on either thread: nobody is ready, twenty rounds, one step (nobody has activated)
    assert answers == [read()] == [(0, 20, 1)]
    # assistant_ready reads three stages of 1,000, the rounds one, next_steps four stages and the whole plan
    assert released.get("worker", 0) >= (3 * 1000 + 1000 + 4 * 1000 + 6000) // waves.GIL_EVERY
    assert threading.main_thread().name not in released
