"""Offline means offline: every headless command that would touch a live system refuses an offline project with
exit 3 and opens no socket (a listener on loopback counts the connections it gets)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from wizard.cli import main
from wizard.store.project import Mode, ProjectFile


@pytest.fixture
def listener() -> Iterator[tuple[int, list[int]]]:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    accepted: list[int] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            accepted.append(1)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join(2)
    server.close()


@pytest.mark.parametrize("argv", [
    ["amo", "run", "{project}", "--batch", "{batch}", "--execute", "--password-env", "PW"],
    ["amo", "run", "{project}", "--batch", "{batch}", "--password-env", "PW"],  # a dry run reads the PBX too
    ["probe", "all", "--project", "{project}", "--timeout", "1"],
    ["provision", "{project}", "--execute", "W-any"],
    ["connection", "test", "{project}", "--system", "os4k"],
])
def test_an_offline_project_refuses_live_work_without_a_socket(
        tmp_path: Path, listener: tuple[int, list[int]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    port, accepted = listener
    path = tmp_path / "site.psiproj"
    with ProjectFile.create(path, mode=Mode.OFFLINE) as project:
        project.set_connection("os4k", {"host": "127.0.0.1", "port": str(port), "user": "engr"})
        for key, value in (("sbc_public_fqdn", "sbc01.example.com"), ("sbc_access_ip", "127.0.0.1"),
                           ("sbc_sip_tls_port", str(port))):
            project.set_site_field(key, value)
    batch = tmp_path / "batch.txt"
    batch.write_text("REG-ANSU;\n")
    monkeypatch.setenv("PW", "lab-amo-password")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    code = main([a.replace("{project}", str(path)).replace("{batch}", str(batch)) for a in argv])
    err = capsys.readouterr().err
    assert code == 3 and "offline checklist mode" in err and "nothing was sent" in err
    assert accepted == []
