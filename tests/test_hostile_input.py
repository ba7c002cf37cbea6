"""Our own fuzz suite: a generated corpus of malformed and adversarial inputs (tests/hostile/corpus.py) through
every headless command. Each case must end with an exit code the README documents for it, never 70 (internal
error: reserved for real bugs), with one line on stderr that names the file or argument at fault when the input
could not be used, no traceback, within a time bound, and with every input file exactly as it was."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile.corpus import Case, cases
from wizard.cli import main

CORPUS = cases()
TIME_BOUND = 20.0  # seconds per case: generous for a shared machine, far from 'never ends'


class Hang(BaseException):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Hang()


def _lay_out(case: Case, folder: Path) -> dict[Path, str]:
    inputs = {}
    for name, content in case.files.items():
        path = folder / name
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        if name not in case.changes:
            inputs[path] = hashlib.sha256(path.read_bytes()).hexdigest()
    return inputs


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield


def test_the_corpus_is_large_and_covers_every_headless_command() -> None:
    commands = {tuple(c.argv[:2]) if c.argv[0] in ("check", "probe", "project", "amo", "report", "identity")
                else (c.argv[0],) for c in CORPUS}
    assert len(CORPUS) >= 300
    for wanted in (("check", "version"), ("check", "amo"), ("check", "certificate"), ("check", "users"),
                   ("check", "comparison"), ("amo", "batch"), ("amo", "run"), ("probe", "dns"), ("probe", "proxy"),
                   ("probe", "tls"), ("probe", "sip"), ("probe", "all"), ("project", "show"), ("project", "verify"),
                   ("project", "new"), ("report", "build"), ("report", "verify"), ("identity", "new"), ("provision",),
                   ("lab",)):
        assert wanted in commands, wanted


IN_PROCESS = [c for c in CORPUS if c.argv[0] != "lab"]
AS_PROCESS = [c for c in CORPUS if c.argv[0] == "lab"]  # a lab that wrongly starts would serve for ever


@pytest.mark.parametrize("case", IN_PROCESS, ids=lambda c: c.name)
def test_hostile_input(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                       monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _lay_out(case, tmp_path)
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, TIME_BOUND)
    try:
        code = main(case.args(tmp_path))
    except Hang:
        pytest.fail(f"{case.name}: still running after {TIME_BOUND:g} s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    _out, err = capsys.readouterr()
    _judge(case, code, err)
    for path, digest in inputs.items():
        assert path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{path.name} was changed"


@pytest.mark.parametrize("case", AS_PROCESS, ids=lambda c: c.name)
def test_hostile_input_as_its_own_process(case: Case, tmp_path: Path) -> None:
    try:
        done = subprocess.run([sys.executable, "-m", "wizard", *case.args(tmp_path)], capture_output=True, text=True,
                              timeout=TIME_BOUND, env={"PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(tmp_path)})
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case.name}: still running after {TIME_BOUND:g} s (it should have refused to start)")
    _judge(case, done.returncode, done.stderr)


def _judge(case: Case, code: int, err: str) -> None:
    assert code != 70, f"{case.name}: internal error\n{err}"
    assert "Traceback" not in err, f"{case.name}: a traceback\n{err}"
    assert code in case.exits, f"{case.name}: exit {code}, documented {sorted(case.exits)}\n{err}"
    if code == 2:
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1, f"{case.name}: stderr should be one line\n{err}"
        if case.names:
            assert case.names.lower() in lines[0].lower(), f"{case.name}: the message does not name {case.names}: {err}"
