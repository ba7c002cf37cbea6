"""The project's session lock: which wizard holds a project open for writing, and whether that wizard can still be
running. One rule for the lock dialog and the command line: name the holder (user, host, process, since when); on
this laptop say whether its process still runs; let the engineer take over ('Open anyway', `--force`, audited) only
a lock whose holder cannot be running here."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wizard.store.errors import ProjectLocked

# A process started this long after the lock was taken cannot be the wizard that took it: the process id was used
# again (after a crash and a reboot, say). Its start time is known to the second (the boot time is), so a little more.
STARTED_AFTER = 2.0


@dataclass(frozen=True)
class LockHolder:
    """Who holds the project open, as its session lock says, and what this laptop can see of that process."""

    user: str
    host: str
    pid: int
    since: str  # when it took the lock, ISO 8601 in UTC
    here: bool  # the lock names this laptop's host name
    running: bool | None  # on this laptop: whether that process id runs; None on another host (it cannot be seen)
    reused: bool = False  # a process of that id runs here, but it started after the lock was taken: not the holder

    @property
    def can_take_over(self) -> bool:
        """Whether the engineer may open the project anyway: the holder is on another laptop (only the engineer can
        know it is closed, e.g. the file was copied from there), or its process here has ended or is another one."""
        return not self.here or not self.running or self.reused

    @property
    def ended(self) -> bool:
        """The holder's process is known to have ended on this laptop: its lock is taken over without asking."""
        return self.here and self.running is False

    def describe(self) -> str:
        """The holder in one line, for the audit log: 'eva on LAPTOP-7, process 4711, since …'."""
        return f"{self.user} on {self.host}, process {self.pid}, since {self.since}"


def holder_of(row: tuple[object, object, object, object]) -> LockHolder:
    """The holder named by a session_lock row (pid, host, user, since), judged from this laptop."""
    pid, host, user, since = int(str(row[0])), str(row[1]), str(row[2]), str(row[3])
    if host != socket.gethostname():
        return LockHolder(user, host, pid, since, here=False, running=None)
    if not _pid_alive(pid):
        return LockHolder(user, host, pid, since, here=True, running=False)
    return LockHolder(user, host, pid, since, here=True, running=True, reused=_not_the_holder(pid, since))


def locked(path: Path, holder: LockHolder) -> ProjectLocked:
    """The refusal, naming the holder, saying whether it runs, and offering 'open anyway' only where it may be."""
    if not holder.here:
        error = ProjectLocked(
            "{path} is open in another wizard: user {user} on {host}, process {pid}, since {since}; whether it still "
            "runs cannot be seen from this laptop",
            "close it there first; if that wizard is closed (or the file was copied from that laptop), open it anyway "
            "(--force on the command line, 'Open anyway' in the window): the takeover is kept in the audit log",
            path=path, user=holder.user, host=holder.host, pid=holder.pid, since=holder.since)
    elif holder.reused:
        error = ProjectLocked(
            "{path} is marked open by process {pid} of user {user} since {since}; a process {pid} runs on this laptop, "
            "but it started after that, so it is not that wizard",
            "open it anyway (--force on the command line, 'Open anyway' in the window): the takeover is kept in the "
            "audit log", path=path, user=holder.user, pid=holder.pid, since=holder.since)
    else:
        error = ProjectLocked(
            "{path} is open in another wizard on this laptop: user {user}, process {pid}, since {since}, and that "
            "process still runs", "close the project there (or end process {pid}), then open it again",
            path=path, user=holder.user, pid=holder.pid, since=holder.since)
    error.holder = holder
    return error


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # the same test as os.name == "nt", in the form type checkers follow
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, OSError):  # a damaged lock's process id no process can have
        return False
    return True


def _not_the_holder(pid: int, since: str) -> bool:
    """A running process with the lock's id is another one when it started after the lock was taken and is no
    wizard (Linux's /proc says both). Both, because its start time is read against the clock of now: a clock
    stepped forward since the lock was taken makes a live wizard look younger, and must not let it be taken over.
    Elsewhere, or when /proc cannot tell, it may be the holder."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
                    if line.startswith("btime "))
        # field 22, counted after the command's closing parenthesis (a command may hold spaces and parentheses)
        ticks = int(stat.rpartition(")")[2].split()[19])
        started = boot + ticks / os.sysconf("SC_CLK_TCK")
        taken = datetime.fromisoformat(since).timestamp()
    except (OSError, ValueError, IndexError, StopIteration):
        return False
    return started > taken + STARTED_AFTER and b"wizard" not in command
