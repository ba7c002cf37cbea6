"""Figures for the foundation (issue 2). Prints, asserts nothing: compare ratios within one run.

(a) cold start to the first shown window: the wizard beside a bare PySide6 window started the same way;
(b) opening a project holding 5,000 step results and 500 attachments (file, then the full window).

Run: python tests/benchmarks/bench_foundation.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1240, 820); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

WIZARD = """
import sys
from pathlib import Path
from wizard.app import run_gui
project = Path(sys.argv[1]) if len(sys.argv) > 1 else None
run_gui(project, on_shown=lambda w: (print("shown", flush=True), w.close()))
"""


def time_to_shown(code: str, *args: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "XDG_STATE_HOME": tempfile.gettempdir()})
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window never reported itself shown")
    child.wait(timeout=60)
    return elapsed


def build_big_project(path: Path, results: int, attachments: int) -> None:
    from wizard.runbook.model import load_runbook
    from wizard.store.project import ProjectFile

    steps = [s.id for s in load_runbook().steps]
    with ProjectFile.create(path, actor="bench") as project:
        conn = project._conn  # bulk load in one transaction; the normal API commits (and fsyncs) each change
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO step_result(step_id, status, result_json, started_at, finished_at, actor) "
            "VALUES (?, 'passed', '{\"check\": \"x\", \"findings\": []}', 't0', 't1', 'bench')",
            [(steps[i % len(steps)],) for i in range(results)],
        )
        blob = os.urandom(20_000)
        conn.executemany(
            "INSERT INTO evidence(step_id, name, sha256, size, data, created_at, created_by) "
            "VALUES (?, ?, 'x', ?, ?, 't', 'bench')",
            [(steps[i % len(steps)], f"shot-{i}.png", len(blob), blob) for i in range(attachments)],
        )
        conn.execute("COMMIT")
        for step_id in steps[:40]:
            project.record_result(step_id, "passed", {"check": "x", "findings": []}, "t0", "t1")


def open_file_and_summarise(path: Path) -> float:
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.runbook.model import load_runbook
    from wizard.runbook.summary import step_snapshots
    from wizard.store.project import ProjectFile

    start = time.perf_counter()
    with ProjectFile.open(path) as project:
        engine = Engine(load_runbook(), project, default_registry())
        step_snapshots(engine, [s.id for s in engine.runbook.steps])
        project.site()
        project.ui_state()
    return time.perf_counter() - start


def open_in_window(path: Path) -> float:
    import qasync
    from PySide6.QtWidgets import QApplication

    from wizard.app import MainWindow, create_application

    app = QApplication.instance() or create_application()
    if not isinstance(asyncio.get_event_loop_policy().get_event_loop(), qasync.QEventLoop):
        asyncio.set_event_loop(qasync.QEventLoop(app, already_running=True))
    window = MainWindow()
    window.show()
    start = time.perf_counter()
    window.open_project(path)
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    # An installed wizard starts from compiled bytecode (pip compiles it at install time), as the bare window's
    # PySide6 does; a source tree run with PYTHONDONTWRITEBYTECODE=1 would compile every module at every start.
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *(str(root / d) for d in ("wizard", "pages",
                                                                                        "resources"))], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.psiproj"
        from wizard.store.project import ProjectFile

        ProjectFile.create(small, actor="bench").close()
        time_to_shown(BARE)  # warm the OS file cache for both, so neither pays for the first disk read
        time_to_shown(WIZARD, str(small))
        bare, wizard_empty, wizard_project = [], [], []
        for _ in range(args.rounds):  # interleaved, so machine noise hits all three alike
            bare.append(time_to_shown(BARE))
            wizard_empty.append(time_to_shown(WIZARD))
            wizard_project.append(time_to_shown(WIZARD, str(small)))
        b, we, wp = (statistics.median(x) for x in (bare, wizard_empty, wizard_project))
        print(f"cold start to first shown window (median of {args.rounds}):")
        print(f"  bare PySide6 window          {b * 1000:7.0f} ms")
        print(f"  wizard, welcome page         {we * 1000:7.0f} ms   ratio {we / b:.2f}x  (aim <= 2.5x)")
        print(f"  wizard, project opened       {wp * 1000:7.0f} ms   ratio {wp / b:.2f}x  (aim <= 2.5x)")

        big = Path(tmp) / "big.psiproj"
        build_big_project(big, results=5000, attachments=500)
        size_mb = big.stat().st_size / 1e6
        file_times = [open_file_and_summarise(big) for _ in range(args.rounds)]
        window_times = [open_in_window(big) for _ in range(args.rounds)]
        print(f"opening a project with 5,000 step results and 500 attachments ({size_mb:.0f} MB):")
        print(f"  file + state of every step   {statistics.median(file_times) * 1000:7.1f} ms  (median)")
        print(f"  full window built and shown  {statistics.median(window_times) * 1000:7.1f} ms  (median, "
              "aim < 300 ms)")


if __name__ == "__main__":
    main()
