"""The window's look at a wave (the service's view, drawn at every stage boundary of a run) reads the project and
the plan's changes in a worker thread, not on the event loop: at 1,000 people the journal's rows and the plan's
changes read again for each stage held the loop 130-180 ms (tests/benchmarks/bench_provision.py)."""

import asyncio
import threading
from pathlib import Path

from wizard.demo import DEMO_LAB_FAULTS, commission_demo
from wizard.lab.run import start_lab
from wizard.services.provisioning import Provisioning


def test_a_waves_view_reads_the_project_and_the_plan_off_the_loop(tmp_path: Path) -> None:
    async def work() -> None:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        try:
            project = await commission_demo(lab.endpoints, tmp_path)
            try:
                wave_id = project.waves()[-1].wave_id
                readers: list[str] = []
                for name in ("wave", "wave_ops"):
                    read = getattr(project, name)

                    def noted(*args: object, _read=read, _name=name) -> object:
                        readers.append(f"{_name} in {threading.current_thread().name}")
                        return _read(*args)

                    setattr(project, name, noted)
                shown = await Provisioning(project).view(wave_id)
                assert readers and not any(r.endswith(threading.main_thread().name) for r in readers), readers
                plan, view = shown[-2:]
                assert view.states
                # its changes read once: asking for a stage again reads no stored text on the loop
                assert isinstance(plan.changes, tuple) and len(plan.changes) > 0
            finally:
                project.close()
        finally:
            await lab.stop()

    asyncio.run(work())
