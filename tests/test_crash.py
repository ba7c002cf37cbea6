"""Power-loss safety: a writer killed with SIGKILL at random moments never loses a committed change."""

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from wizard.store.project import ProjectFile

WRITER = textwrap.dedent("""
    import sys
    from wizard.store.project import ProjectFile
    path, start = sys.argv[1], int(sys.argv[2])
    p = ProjectFile.open(path, actor="writer")
    i = start
    while True:
        p.set_site_field(f"k{i % 7}", f"v{i}")
        if i % 5 == 0:
            p.attach("2.2-system-number", f"e{i}.txt", (f"evidence {i} " * 50).encode())
        if i % 3 == 0:
            p.record_result("2.2-version-sbc", "passed", {"i": i}, "t0", "t1")
        print(i, flush=True)  # printed only after the change is committed
        i += 1
""")


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_committed_changes(tmp_path: Path) -> None:
    path = tmp_path / "crash.psiproj"
    ProjectFile.create(path, actor="setup").close()
    rng = random.Random(20261127)
    next_i = 1
    kills = 40
    for _ in range(kills):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(next_i)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline()  # it opened the file and committed at least once
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        committed = [int(line) for line in out.split()]
        last = committed[-1] if committed else next_i

        with ProjectFile.open(path) as p:
            assert p._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            report = p.verify_audit()
            assert report.intact, report.problems
            site = p.site()
            # every change acknowledged before the kill is there (a later, unacknowledged one may be too)
            for i in range(max(next_i, last - 6), last + 1):
                value = site[f"k{i % 7}"]
                assert int(value[1:]) >= i
            names = {e.name for e in p.evidence()}
            assert all(f"e{i}.txt" in names for i in range(next_i, last + 1) if i % 5 == 0)
        next_i = last + 2  # skip the one that may or may not have committed
