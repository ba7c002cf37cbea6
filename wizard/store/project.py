"""The project file: one SQLite file per site, saved on every change, safe against power loss.

Rollback-journal mode with synchronous=FULL: each change is one transaction that is on disk when
the call returns, and at rest the project is a single file the engineer can copy or mail. Every
change and its audit entry are written in the same transaction, so the log never disagrees with
the data it describes.

A window must not wait for the disk (a commit with full sync takes 10-40 ms): it turns on
`write_in_background()`, and from then on `await project.commit(change, ...)` runs each change on one
writer thread, in the order they were asked for. Transactions hold a lock, so a change made directly on
another thread (a test, a host key saved during an SSH handshake) waits its turn instead of interleaving.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import hashlib
import json
import os
import socket
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from wizard import version
from wizard.paths import log_file
from wizard.said import Said
from wizard.store.audit import GENESIS, AuditEntry, ChainReport, entry_hash, verify_chain
from wizard.store.errors import (
    DiskFull,
    NewerSchema,
    NotAProject,
    ProjectDamaged,
    ProjectError,
    ProjectLocked,
    ProjectReadOnly,
)
from wizard.store.lock import holder_of, locked
from wizard.store.modes import Mode

APPLICATION_ID = 0x50534957  # "PSIW": marks the SQLite file as ours
REQUIRED_TABLES = frozenset({"meta", "site", "step_state", "step_input", "step_result", "evidence", "audit",
                             "ui_state", "session_lock", "amo_journal", "wave", "wave_op", "wave_round"})
P = ParamSpec("P")
T = TypeVar("T")

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE site (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE step_state (
    step_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    result_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE TABLE step_input (step_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
                         PRIMARY KEY (step_id, key));
CREATE TABLE step_result (
    id INTEGER PRIMARY KEY,
    step_id TEXT NOT NULL,
    status TEXT NOT NULL,
    result_json TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX step_result_step ON step_result(step_id, id);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    step_id TEXT NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX evidence_step ON evidence(step_id, id);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    step_id TEXT,
    action TEXT NOT NULL,
    field TEXT,
    old TEXT,
    new TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE ui_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE session_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    user TEXT NOT NULL,
    since TEXT NOT NULL
);
"""

_SCHEMA_V2 = """
CREATE TABLE amo_journal (
    id INTEGER PRIMARY KEY,
    batch TEXT NOT NULL,
    position INTEGER NOT NULL,
    command TEXT NOT NULL,
    state TEXT NOT NULL,
    output TEXT NOT NULL DEFAULT '',
    sent_at TEXT,
    done_at TEXT,
    UNIQUE (batch, position)
);
"""

# A provisioning wave: its plan as reviewed, and one row per change on Zoom or PSI, written before the change
# is sent. The secret key derives the wave's digest passwords, so a resumed wave sets the same password on the
# OS4K and on Zoom; it never leaves the project file (reports and evidence do not carry it).
_SCHEMA_V3 = """
CREATE TABLE wave (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    plan TEXT NOT NULL,
    secret_key TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE TABLE wave_op (
    wave TEXT NOT NULL,
    op_id TEXT NOT NULL,
    state TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    sent_at TEXT,
    done_at TEXT,
    PRIMARY KEY (wave, op_id)
);
"""

# A change's detail keeps its wording and values next to its English text, so the window says it in its language.
_SCHEMA_V4 = """
ALTER TABLE wave_op ADD COLUMN wording TEXT NOT NULL DEFAULT '';
"""

# The portal rounds' members, copied from each wave's plan when it is stored: confirming one round of a 20,000-person
# wave reads its 50 rows, not the whole plan (parsing that took seconds per round, 400 rounds at that size). The plan
# stays the record (its hash is in the audit chain); these rows are derived from it, in the same transaction.
# `position` is the change's place in the plan, so a round lists its people in the plan's order.
_ROUND_ROWS = ("SELECT {wave}, json_extract(c.value, '$.round'), c.key, json_extract(c.value, '$.op_id'), "
               "json_extract(c.value, '$.person'), COALESCE(json_extract(c.value, '$.data.email'), ''), "
               "COALESCE(json_extract(c.value, '$.data.name'), '') FROM {source} json_each({plan}, '$.changes') AS c "
               "WHERE json_extract(c.value, '$.system') = 'psi'")
_INSERT_ROUNDS = "INSERT INTO wave_round(wave, number, position, op_id, person, email, name) "
_SCHEMA_V5 = """
CREATE TABLE wave_round (
    wave TEXT NOT NULL,
    number INTEGER NOT NULL,
    position INTEGER NOT NULL,
    op_id TEXT NOT NULL,
    person TEXT NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (wave, number, position)
);
""" + _INSERT_ROUNDS + _ROUND_ROWS.format(wave="w.id", plan="w.plan",
                                          source="(SELECT id, plan FROM wave WHERE json_valid(plan)) AS w,")

# Index i holds the statements that bring a file from schema version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_SCHEMA_V1, _SCHEMA_V2, _SCHEMA_V3, _SCHEMA_V4, _SCHEMA_V5)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class StepRecord:
    step_id: str
    status: str
    note: str
    result: dict[str, Any] | None
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class JournalEntry:
    position: int
    command: str
    state: str  # sent, completed, error, advisory, verified (found applied after a lost answer)
    output: str


@dataclass(frozen=True)
class WaveRecord:
    wave_id: str
    created_at: str
    created_by: str
    plan: str  # JSON, as reviewed before it ran
    secret_key: str
    state: str  # planned, running, paused, waiting (for users to activate), done, undone


@dataclass(frozen=True)
class WaveOpEntry:
    op_id: str
    state: str  # sent (may have happened), done, already (found in place), waiting, failed, undone
    detail: str


@dataclass(frozen=True)
class RoundMember:
    """A person of a wave's portal round (the round's Integrated users change)."""
    op_id: str
    person: str  # email key
    email: str
    name: str


@dataclass(frozen=True)
class EvidenceRef:
    id: int
    step_id: str
    name: str
    sha256: str
    size: int
    created_at: str
    created_by: str


def _entries(rows: Iterable[tuple[str, str, str, str]]) -> dict[str, WaveOpEntry]:
    """The journal's rows as entries. A wave's changes share a few hundred outcomes (60,000 'done' and 'active' at
    20,000 people): each distinct state and detail is made once and shared, a fifth of the memory and the time."""
    said: dict[tuple[str, str, str], tuple[str, str]] = {}
    entries = {}
    for op_id, state, detail, wording in rows:
        kept = said.get((state, detail, wording))
        if kept is None:
            kept = said[(state, detail, wording)] = (state, Said.kept(detail, wording))
        entries[op_id] = WaveOpEntry(op_id, *kept)
    return entries


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _map_sqlite_error(exc: sqlite3.Error, path: Path) -> ProjectError:
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o" in text:
        return DiskFull("the disk holding {path} is full or failing; the last change was not saved",
                        "free space on that disk, then repeat the change — everything saved before is intact",
                        path=path)
    if "readonly" in text or "read-only" in text:
        return ProjectReadOnly("{path} can only be read, not written",
                               "check the file's permissions, or save a copy elsewhere (File > Save As)", path=path)
    if "locked" in text or "busy" in text:
        return ProjectLocked("{path} is busy in another program",
                             "close the other program that has it open, then try again", path=path)
    if "not a database" in text or "malformed" in text:
        return NotAProject("{path} is not a PSI project file, or it is damaged",
                           "open a .psiproj file made by this wizard, or restore it from a backup", path=path)
    if "unable to open" in text:  # SQLite could not create its journal beside the file
        return _journal_not_created(path, exc)
    return ProjectError("{path}: {reason}", "see the log {log} for details", path=path, reason=exc, log=log_file())


def _journal_not_created(path: Path, exc: sqlite3.Error) -> ProjectError:
    """Every change writes a journal beside the project first (that is what survives a power cut): why the folder
    would not take one, from what the file system says about it."""
    folder = path.parent
    try:
        space = os.statvfs(folder) if hasattr(os, "statvfs") else None
    except OSError:
        space = None
    if space is not None and space.f_files and not space.f_favail:
        return DiskFull("the disk holding {path} has no free inode (no new file can be made on it), so the change "
                        "could not be journaled; it was not saved",
                        "delete files you do not need on that disk (many small files use up inodes), then repeat the "
                        "change — everything saved before is intact", path=path)
    if space is not None and not space.f_bavail:
        return DiskFull("the disk holding {path} is full or failing; the last change was not saved",
                        "free space on that disk, then repeat the change — everything saved before is intact",
                        path=path)
    if not os.access(folder, os.W_OK):
        return ProjectReadOnly("the folder {folder} cannot be written, so the change to {path} could not be "
                               "journaled; it was not saved",
                               "make the folder writable, or save a copy elsewhere (File > Save As)", folder=folder,
                               path=path)
    return ProjectError("{path}: the change could not be journaled ({reason}); it was not saved",
                        "see the log {log} for details", path=path, reason=exc, log=log_file())


STEP_STATUSES = frozenset({"not started", "running", "passed", "warning", "failed", "confirmed", "waived",
                           "blocked"})  # what the runbook's step states are stored as
REQUIRED_META = ("project_id", "mode", "audit_head")


# What every open reads, whatever the command: the project's settings, the engineer's name and the lock.
OPENING_TABLES = ("meta", "site", "session_lock")


def damage(conn: sqlite3.Connection, *, tables: Collection[str] | None = None) -> list[Said]:
    """What is wrong with an open project file, in the engineer's words; empty when it is sound. Pages first
    (SQLite's quick check), then the tables and the values the wizard relies on, so that a damaged file is named
    as damaged instead of failing somewhere later. `tables`: only these tables' pages and values are judged (and
    that every table is there), for a command that reads a few rows of a file that grows with the site."""
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        checks = ["PRAGMA quick_check(20)"] if tables is None else [
            f"PRAGMA quick_check({name})" for name in tables if name in present]
        pages = [row[0] for check in checks for row in conn.execute(check).fetchall()]
    except sqlite3.DatabaseError as exc:
        return [Said("the file cannot be read as a database ({reason})", reason=exc)]
    if any(page != "ok" for page in pages):
        return _damaged_pages([page for page in pages if page != "ok"])
    try:
        problems = [Said("the table {name} is missing", name=name) for name in sorted(REQUIRED_TABLES - present)]
        judged = present if tables is None else present & set(tables)
        problems += _wrong_types(conn, judged)
        for table, damage_in in _TABLE_DAMAGE:
            if table in judged:
                problems += damage_in(conn)
    except sqlite3.DatabaseError as exc:  # pages that pass the quick check can still fail a query
        return [Said("the file cannot be read as a project ({reason})", reason=exc)]
    return problems


def damaged(path: Path, found: list[Said]) -> ProjectDamaged:
    """The refusal of a damaged file, naming its first problem and how many more."""
    return ProjectDamaged("{path} is damaged: {problem} (and {more} more)" if len(found) > 1 else
                          "{path} is damaged: {problem}",
                          "restore it from a backup; 'psi-wizard project verify' lists every problem",
                          list(found), path=path, problem=found[0], more=len(found) - 1)


def _damaged_pages(quick_check: list[str]) -> list[Said]:
    """The quick check's first five complaints; its 'in database main' headers say nothing to the engineer."""
    lines = [line.strip() for text in quick_check for line in text.splitlines()
             if line.strip() and "in database main" not in line]
    return [Said("damaged database pages ({line})", line=line) for line in lines[:5]] or [
        Said("damaged database pages")]


# The type every column the wizard reads must hold, as SQLite's typeof() names it ('null' where a value may be
# missing). A file damaged by a disk or by hand can hold anything anywhere (SQLite keeps any type in any column):
# judged when the file is opened, so a value of the wrong type is named as damage instead of failing later.
COLUMN_TYPES: dict[str, dict[str, tuple[str, ...]]] = {
    "meta": {"key": ("text",), "value": ("text",)},
    "site": {"key": ("text",), "value": ("text",)},
    "step_state": {"step_id": ("text",), "status": ("text",), "note": ("text",), "result_json": ("text", "null"),
                   "updated_at": ("text",), "updated_by": ("text",)},
    "step_input": {"step_id": ("text",), "key": ("text",), "value": ("text",)},
    "step_result": {"step_id": ("text",), "status": ("text",), "result_json": ("text",), "started_at": ("text",),
                    "finished_at": ("text",), "actor": ("text",)},
    "evidence": {"step_id": ("text",), "name": ("text",), "sha256": ("text",), "size": ("integer",),
                 "data": ("blob",), "created_at": ("text",), "created_by": ("text",)},
    "audit": {"seq": ("integer",), "at": ("text",), "actor": ("text",), "step_id": ("text", "null"),
              "action": ("text",), "field": ("text", "null"), "old": ("text", "null"), "new": ("text", "null"),
              "prev_hash": ("text",), "hash": ("text",)},
    "ui_state": {"key": ("text",), "value": ("text",)},
    "session_lock": {"pid": ("integer",), "host": ("text",), "user": ("text",), "since": ("text",)},
    "amo_journal": {"batch": ("text",), "position": ("integer",), "command": ("text",), "state": ("text",),
                    "output": ("text",), "sent_at": ("text", "null"), "done_at": ("text", "null")},
    "wave": {"id": ("text",), "created_at": ("text",), "created_by": ("text",), "plan": ("text",),
             "secret_key": ("text",), "state": ("text",)},
    "wave_op": {"wave": ("text",), "op_id": ("text",), "state": ("text",), "detail": ("text",),
                "sent_at": ("text", "null"), "done_at": ("text", "null"), "wording": ("text",)},
    "wave_round": {"wave": ("text",), "number": ("integer",), "position": ("integer",), "op_id": ("text",),
                   "person": ("text",), "email": ("text",), "name": ("text",)},
}


def _wrong_types(conn: sqlite3.Connection, tables: set[str], where: str = "", values: Sequence[object] = ()
                 ) -> list[Said]:
    """Each column holding values of another type than the wizard writes, with how many: one pass per table
    (typeof reads a value's type, not a blob's content). `where` (with its `values`): only the rows a command
    reads, judged as they are read."""
    problems: list[Said] = []
    for table, columns in COLUMN_TYPES.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")} if table in tables else set()
        checked = [(column, kinds) for column, kinds in columns.items() if column in present]
        if not checked:
            continue
        counts = conn.execute("SELECT " + ", ".join(
            f"COALESCE(SUM(typeof({column}) NOT IN ({', '.join(repr(k) for k in kinds)})), 0)"
            for column, kinds in checked) + f" FROM {table} {where}", tuple(values)).fetchone()
        for (column, kinds), count in zip(checked, counts, strict=True):
            if count:
                problems.append(Said("{table}.{column} holds values that are not text ({count})"
                                     if kinds[0] == "text" else
                                     "{table}.{column} holds values that are not whole numbers ({count})"
                                     if kinds[0] == "integer" else
                                     "{table}.{column} holds values that are not binary data ({count})",
                                     count=count, table=table, column=column))
    return problems


def _meta_damage(conn: sqlite3.Connection) -> list[Said]:
    meta = {k: v for k, v in conn.execute("SELECT key, value FROM meta").fetchall() if isinstance(v, str)}
    problems = [Said("the project's {key} is not recorded (meta)", key=key) for key in REQUIRED_META
                if key not in meta]
    if "mode" in meta and meta["mode"] not in {m.value for m in Mode}:
        problems.append(Said("the project's mode '{mode}' is none the wizard knows", mode=meta["mode"]))
    if "connections" in meta and not _connections_readable(meta["connections"]):
        problems.append(Said("the project's connections cannot be read (meta)"))
    return problems


def _connections_readable(value: str) -> bool:
    """The connections are a JSON object of systems, each an object of settings."""
    connections = _json_object(value)
    return connections is not None and all(isinstance(settings, dict) for settings in connections.values())


def _step_state_damage(conn: sqlite3.Connection) -> list[Said]:
    problems: list[Said] = []
    for step_id, status, result in conn.execute("SELECT step_id, status, result_json FROM step_state"):
        if isinstance(status, str) and status not in STEP_STATUSES:
            problems.append(Said("step '{step}' has the status '{status}', which the wizard does not know",
                                 step=step_id, status=status))
        if result is not None and _json_object(result) is None:
            problems.append(Said("the stored result of step '{step}' cannot be read", step=step_id))
    return problems


def _step_result_damage(conn: sqlite3.Connection) -> list[Said]:
    unreadable = sorted({step_id for step_id, result in conn.execute("SELECT step_id, result_json FROM step_result")
                         if _json_object(result) is None}, key=str)
    return [Said("a recorded result of step '{step}' cannot be read", step=step_id) for step_id in unreadable[:5]]


def _json_object(value: object) -> dict[str, Any] | None:
    """A stored JSON object, or None: a damaged file can hold a number or a blob where the text belongs, or JSON
    that is not an object (a list, a number)."""
    if not isinstance(value, str):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


# Each table's own checks, in the order their problems are listed; a missing table is reported once, above.
_TABLE_DAMAGE: tuple[tuple[str, Callable[[sqlite3.Connection], list[Said]]], ...] = (
    ("meta", _meta_damage), ("step_state", _step_state_damage), ("step_result", _step_result_damage))


class ProjectFile:
    """An open project. All writes are immediate and atomic; reads come straight from the file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, actor: str, read_only: bool) -> None:
        self.path = path
        self._conn = conn
        self.login = actor  # who is logged in on the laptop (or the name a caller gave)
        self._engineer: str | None = None  # the Site page's engineer, read when first needed
        self.read_only = read_only
        self.damage: list[Said] = []  # what `damage()` found, for a file opened to look at it
        self._lock = threading.RLock()  # one transaction at a time, whichever thread asks
        self._writer: ThreadPoolExecutor | None = None
        self._later: list[Future[object]] = []  # changes handed to the writer without waiting for them

    @property
    def actor(self) -> str:
        """Who did it, as every record and report line names it: the engineer from the Site page; the login
        until an engineer is entered."""
        if self._engineer is None:
            try:
                row = self._conn.execute("SELECT value FROM site WHERE key = 'engineer'").fetchone()
            except sqlite3.Error:
                row = None  # a file still being created or migrated has no site table yet
            self._engineer = (row[0] or "").strip() if row else ""
        return self._engineer or self.login

    @property
    def _audit_actor(self) -> str:
        """The audit log keeps the login alongside the engineer's name: 'Eva Berger (eberger)'."""
        return self.actor if self.actor == self.login else f"{self.actor} ({self.login})"

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def create(cls, path: Path | str, *, actor: str | None = None, mode: Mode = Mode.LIVE) -> ProjectFile:
        path = Path(path)
        try:
            exists = path.exists()
        except OSError as exc:  # e.g. a name longer than the file system allows
            raise ProjectError("cannot create {name}…: {reason}", "choose a shorter file name", name=path.name[:60],
                               reason=exc.strerror or exc) from None
        if exists:
            raise ProjectError("{path} already exists", "open it, or choose another file name", path=path)
        if not os.access(path.parent if str(path.parent) else ".", os.W_OK):
            raise ProjectReadOnly("cannot create {path}: the folder is not writable", "choose another folder",
                                  path=path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _map_sqlite_error(exc, path) from exc
        project = cls(path, conn, actor or default_actor(), read_only=False)
        try:
            project._configure()
            with project._transaction():
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                project._migrate(0)
                created = now()
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("created_at", created), ("created_by", project.actor), ("created_with", version()),
                     ("project_id", os.urandom(16).hex()),
                     ("mode", mode.value), ("created_mode", mode.value), ("audit_head", GENESIS)],
                )
                project._audit("project created", None, None, None, str(path.name))
                project._audit("mode", None, "mode", None, mode.value)
            project._take_lock(force=False)
        except BaseException:
            conn.close()
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return project

    @classmethod
    def open(cls, path: Path | str, *, actor: str | None = None, read_only: bool = False,
             force: bool = False, allow_damaged: bool = False, few_rows: bool = False) -> ProjectFile:
        """`allow_damaged` (read-only only): open a damaged file to look at it; `damage` lists what is wrong.

        `few_rows`: the caller reads and writes a few rows of a file that grows with the site (a portal round's
        confirmation: 50 people of 20,000). Judging every page and value of a 200 MB file took most of a second;
        instead, what every open reads (OPENING_TABLES) is judged when the file is opened, and the rows the caller
        reads are judged as they are read (round_members, wave_ops_of), refused with the same words. Damage
        elsewhere is named by the next open that reads the whole file."""
        path = Path(path)
        if not path.is_file():
            raise ProjectError("{path} does not exist", "check the path, or create a new project", path=path)
        if path.stat().st_size == 0:
            raise NotAProject("{path} is empty, not a PSI project", "open a .psiproj file made by this wizard",
                              path=path)
        if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise ProjectReadOnly("{path} cannot be written (the file or its folder is read-only)",
                                  "copy it to a folder you can write to and open the copy, or open it read-only to "
                                  "look", path=path)
        uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise _map_sqlite_error(exc, path) from exc
        project = cls(path, conn, actor or default_actor(), read_only)
        try:
            if app_id != APPLICATION_ID:
                raise NotAProject("{path} is a database, but not a PSI project file",
                                  "open a .psiproj file made by this wizard", path=path)
            if version > SCHEMA_VERSION:
                raise NewerSchema("{path} was written by a newer wizard (project format {version}; this wizard knows "
                                  "up to {known})", "update the wizard to open it; the file was not changed",
                                  path=path, version=version, known=SCHEMA_VERSION)
            # older files: their migration decides
            found = damage(conn, tables=OPENING_TABLES if few_rows else None) if version == SCHEMA_VERSION else []
            if found and not allow_damaged:
                raise damaged(path, found)
            project.damage = found
            project._configure()
            if not read_only:
                if version < SCHEMA_VERSION:
                    with project._transaction():
                        project._migrate(version)
                        project._audit("project format upgraded", None, "schema", str(version), str(SCHEMA_VERSION))
                project._take_lock(force=force)
        except BaseException:
            conn.close()
            raise
        return project

    @classmethod
    def open_anyway(cls, path: Path | str, *, actor: str | None = None) -> ProjectFile:
        """The lock dialog's 'Open anyway' (the command line's --force): opens for writing and takes over the lock
        of a holder that cannot be running (ProjectLocked.holder.can_take_over); a holder that may still be running
        on this laptop is refused as open() refuses it. The takeover is kept in the audit log."""
        return cls.open(path, actor=actor, force=True)

    def write_in_background(self) -> None:
        """From now on `commit` runs changes on one writer thread (the window's choice: its loop never waits
        for the disk). Without it, `commit` writes at once, on the caller's thread (the command line)."""
        if self._writer is None and not self.read_only:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="project-writer")

    def submit(self, change: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Queue one change now, behind those asked for before it (on the writer thread when there is one, else
        written at once); the future holds its outcome."""
        if self._writer is not None:
            return self._writer.submit(change, *args, **kwargs)
        done: Future[T] = Future()
        try:
            done.set_result(change(*args, **kwargs))
        except Exception as exc:  # the caller's await raises it, as a direct call would
            done.set_exception(exc)
        return done

    async def commit(self, change: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """One change to the project, e.g. `await project.commit(project.confirm_step, step_id, note)`: on the
        writer thread when there is one (changes are written in the order they were asked for), else now."""
        if self._writer is None:
            return change(*args, **kwargs)
        done = await asyncio.wrap_future(self.submit(change, *args, **kwargs))
        self._raise_later_failure()
        return done

    def commit_later(self, change: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
        """A change whose writing nobody needs to wait for (e.g. an operation's outcome: if it is lost, the
        journal still says 'sending' and a resumed run looks before it acts). Now, without a writer thread;
        else queued behind the changes asked for before it. A failure is raised by the next commit."""
        if self._writer is None:
            change(*args, **kwargs)
            return
        self._later = [f for f in self._later if not f.done() or f.exception() is not None]
        self._later.append(self._writer.submit(change, *args, **kwargs))

    def _raise_later_failure(self) -> None:
        failed = next((f for f in self._later if f.done() and f.exception() is not None), None)
        self._later = [f for f in self._later if not f.done()]
        if failed is not None:
            raise failed.exception()  # type: ignore[misc]

    async def written(self) -> None:
        """Returns once every change asked for so far is on disk (the loop stays free meanwhile); raises if
        one of them failed."""
        await self.commit(lambda: None)

    def drain(self) -> None:
        """Wait until every change asked for so far is on disk."""
        if self._writer is not None:
            self._writer.submit(lambda: None).result()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=True)  # what was asked for is written before the file closes
            self._writer = None
        if not self.read_only:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("DELETE FROM session_lock WHERE pid = ? AND host = ?",
                                   (os.getpid(), socket.gethostname()))
        self._conn.close()

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _configure(self) -> None:
        self._conn.execute("PRAGMA busy_timeout = 3000")
        if not self.read_only:
            self._conn.execute("PRAGMA journal_mode = DELETE")
            self._conn.execute("PRAGMA synchronous = FULL")

    def _migrate(self, from_version: int) -> None:
        for step in range(from_version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    self._conn.execute(statement)
        self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _take_lock(self, *, force: bool) -> None:
        """This wizard holds the project open for writing from now on. Another holder's lock is taken over only
        when that holder cannot be running (wizard.store.lock): at once when its process here has ended, with
        `force` (the engineer's 'open anyway') when it is on another laptop or its process id is another process
        now. Either takeover is kept in the audit log, naming the holder it replaced."""
        host, pid = socket.gethostname(), os.getpid()
        with self._transaction():
            row = self._conn.execute("SELECT pid, host, user, since FROM session_lock WHERE id = 1").fetchone()
            if row and (row[1], row[0]) != (host, pid):
                holder = holder_of(row)
                if not holder.ended and not (force and holder.can_take_over):
                    raise locked(self.path, holder)
                self._audit("session lock taken over", None, "lock", holder.describe(),
                            "its process had ended" if holder.ended else "opened anyway")
            self._conn.execute(
                "INSERT OR REPLACE INTO session_lock(id, pid, host, user, since) VALUES (1, ?, ?, ?, ?)",
                (pid, host, default_actor(), now()),
            )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise ProjectReadOnly("{path} is open read-only; the change was not saved",
                                  "open the project normally (or a copy of it) to change it", path=self.path)
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _map_sqlite_error(exc, self.path) from exc
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise _map_sqlite_error(exc, self.path) from exc
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise

    # ----------------------------------------------------------------- audit
    def _audit(self, action: str, step_id: str | None, field: str | None, old: str | None,
               new: str | None) -> None:
        """One entry at the end of the chain. A clock stepped back since the last entry (a laptop's clock set right,
        a time zone or battery fault) is recorded first as an entry of its own, so times that run backwards are
        explained in the log itself; the chain's order is its sequence, never its times."""
        last = self._conn.execute("SELECT seq, at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq = int(last[0]) + 1 if last else 1
        at = now()
        if last and isinstance(last[1], str) and at < last[1]:
            self._append_audit(seq, at, "clock stepped back", None, "clock", last[1], at)
            seq += 1
        self._append_audit(seq, at, action, step_id, field, old, new)

    def _append_audit(self, seq: int, at: str, action: str, step_id: str | None, field: str | None, old: str | None,
                      new: str | None) -> None:
        prev = self._conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        prev_hash = prev[0] if prev else GENESIS
        actor = self._audit_actor
        digest = entry_hash(seq, at, actor, step_id, action, field, old, new, prev_hash)
        self._conn.execute(
            "INSERT INTO audit(seq, at, actor, step_id, action, field, old, new, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, step_id, action, field, old, new, prev_hash, digest),
        )
        self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)", (digest,))
        self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_count', ?)", (str(seq),))

    def record_signed(self, kind: str, name: str, sha256: str, details: dict[str, object]) -> None:
        """A report signed from this project ('report' or 'recheck'): kept as the latest of its kind, and in the
        audit log with its evidence hash, so the sites overview can say when each site was last signed off."""
        entry = {"file": name, "evidence_sha256": sha256, "at": now(), **details}
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (f"signed:{kind}", json.dumps(entry)))
            self._audit(f"{kind} signed", None, name, None, f"sha256:{sha256}")

    def last_signed(self, kind: str) -> dict[str, object] | None:
        raw = self.meta().get(f"signed:{kind}")
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None

    def last_change(self) -> str:
        """When anything in the project last changed (its newest audit entry), ISO 8601 in UTC; '' if never."""
        row = self._conn.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return str(row[0]) if row else ""

    def audit_position(self) -> int:
        """How far the audit log has come (its newest entry's number): a place in the project's own order of
        changes, which no clock step can reorder."""
        return int(self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit").fetchone()[0])

    def last_system_change(self) -> int:
        """Where in the audit log the wizard last changed or read back a live system: a wave's change or run, an
        AMO sent or read, a wave's read-back kept. A reading of the people from before it is out of date."""
        row = self._conn.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM audit WHERE action IN ('wave change', 'wave changes', 'AMO') "
            "OR (action = 'wave state' AND new NOT IN ('planned', 'superseded')) "
            "OR (action IN ('evidence attached', 'evidence replaced') AND field LIKE 'verify-%')").fetchone()
        return int(row[0])

    def wave_activity(self) -> dict[str, int]:
        """Each wave's latest entry in the audit log (its plan, a change, a state): which wave was worked on last,
        in the project's own order rather than by a clock."""
        rows = self._conn.execute(
            "SELECT field, MAX(seq) FROM audit WHERE action IN ('wave planned', 'wave state', 'wave change', "
            "'wave changes') GROUP BY field").fetchall()
        return {str(wave): int(seq) for wave, seq in rows}

    def audit_entries(self) -> list[AuditEntry]:
        rows = self._conn.execute(
            "SELECT seq, at, actor, step_id, action, field, old, new, prev_hash, hash FROM audit ORDER BY seq"
        ).fetchall()
        return [AuditEntry(*row) for row in rows]

    def verify_audit(self) -> ChainReport:
        try:
            meta = self.meta()
            report = verify_chain(self.audit_entries(), meta.get("audit_head"))
        except (sqlite3.Error, TypeError, ValueError):  # damaged beyond reading: the damage is the report
            return ChainReport(0, GENESIS, tuple(self.damage) or ("the audit log cannot be read",))
        extra: list[str] = [*self.damage]
        if "audit_head" not in meta:
            extra.append("the log's recorded head is missing: its end cannot be proven")
        recorded = meta.get("audit_count", "")
        if recorded.isascii() and recorded.isdigit() and int(recorded) > report.entries:
            extra.append(f"the log holds {report.entries} entries, but {recorded} were recorded")
        return ChainReport(report.entries, report.head, (*report.problems, *extra)) if extra else report

    # ----------------------------------------------------------------- meta and mode
    def meta(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM meta").fetchall())

    @property
    def mode(self) -> Mode:
        return Mode(self.meta().get("mode", Mode.LIVE.value))

    @property
    def project_id(self) -> str:
        """A stable id that keys this project's secrets in the keyring (the file may be renamed or copied)."""
        value = self.meta().get("project_id")
        if value is None:
            value = os.urandom(16).hex()
            if not self.read_only:
                with self._transaction() as c:
                    c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('project_id', ?)", (value,))
        return value

    def connections(self) -> dict[str, dict[str, str]]:
        raw = self.meta().get("connections")
        return json.loads(raw) if raw else {}

    def set_connection(self, system: str, settings: dict[str, str]) -> None:
        """How to reach one system (addresses, user names): never a secret, those go to the keyring."""
        current = self.connections()
        old = current.get(system)
        if old == settings:
            return
        current[system] = settings
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('connections', ?)", (json.dumps(current),))
            self._audit("connection", None, system, json.dumps(old) if old else None, json.dumps(settings))

    @property
    def online_mode(self) -> Mode:
        """The mode to return to when offline checklist mode is switched off."""
        return Mode.DEMO if self.meta().get("created_mode") == Mode.DEMO.value else Mode.LIVE

    def set_mode(self, mode: Mode) -> None:
        old = self.mode
        if old == mode:
            return
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('mode', ?)", (mode.value,))
            self._audit("mode", None, "mode", old.value, mode.value)

    @property
    def report_language(self) -> str:
        """The language the project's report is written in: 'en' (the default) or 'de'."""
        return self.meta().get("report_language", "en")

    def set_report_language(self, language: str) -> None:
        old = self.report_language
        if old == language:
            return
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('report_language', ?)", (language,))
            self._audit("report language", None, "report_language", old, language)

    # ----------------------------------------------------------------- site data
    def site(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM site").fetchall())

    def set_site_field(self, key: str, value: str) -> None:
        with self._transaction() as c:
            row = c.execute("SELECT value FROM site WHERE key = ?", (key,)).fetchone()
            old = row[0] if row else None
            if old == value or (old is None and value == ""):
                return
            c.execute("INSERT OR REPLACE INTO site(key, value) VALUES (?, ?)", (key, value))
            self._audit("site field", None, key, old, value)
        if key == "engineer":
            self._engineer = None  # records from now on name the new engineer

    # ----------------------------------------------------------------- steps
    def step_records(self) -> dict[str, StepRecord]:
        rows = self._conn.execute(
            "SELECT step_id, status, note, result_json, updated_at, updated_by FROM step_state"
        ).fetchall()
        return {
            r[0]: StepRecord(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None, r[4], r[5]) for r in rows
        }

    def _set_step(self, c: sqlite3.Connection, step_id: str, status: str, note: str,
                  result: dict[str, Any] | None, action: str) -> None:
        row = c.execute("SELECT status FROM step_state WHERE step_id = ?", (step_id,)).fetchone()
        c.execute(
            "INSERT OR REPLACE INTO step_state(step_id, status, note, result_json, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (step_id, status, note, json.dumps(result) if result is not None else None, now(), self.actor),
        )
        self._audit(action, step_id, "status", row[0] if row else None, status)

    def record_result(self, step_id: str, status: str, result: dict[str, Any], started_at: str,
                      finished_at: str) -> None:
        with self._transaction() as c:
            c.execute(
                "INSERT INTO step_result(step_id, status, result_json, started_at, finished_at, actor) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (step_id, status, json.dumps(result), started_at, finished_at, self.actor),
            )
            self._set_step(c, step_id, status, "", result, "check ran")

    def confirm_step(self, step_id: str, note: str, attachments: Iterable[tuple[str, bytes]] = ()) -> None:
        if not note.strip():
            raise ProjectError("a step confirmed by hand needs a note", "say what you checked and how")
        with self._transaction() as c:
            for name, data in attachments:
                self._insert_evidence(c, step_id, name, data)
            self._set_step(c, step_id, "confirmed", note.strip(), None, "confirmed by hand")

    def waive_step(self, step_id: str, reason: str) -> None:
        if not reason.strip():
            raise ProjectError("waiving a step needs a reason", "say why the step does not apply at this site")
        with self._transaction() as c:
            self._set_step(c, step_id, "waived", reason.strip(), None, "waived")

    def reset_step(self, step_id: str) -> None:
        with self._transaction() as c:
            row = c.execute("SELECT status FROM step_state WHERE step_id = ?", (step_id,)).fetchone()
            if row is None:
                return
            c.execute("DELETE FROM step_state WHERE step_id = ?", (step_id,))
            self._audit("reset", step_id, "status", row[0], None)

    def step_inputs(self, step_id: str) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM step_input WHERE step_id = ?", (step_id,)).fetchall())

    def set_step_input(self, step_id: str, key: str, value: str) -> None:
        with self._transaction() as c:
            row = c.execute("SELECT value FROM step_input WHERE step_id = ? AND key = ?", (step_id, key)).fetchone()
            old = row[0] if row else None
            if old == value or (old is None and value == ""):
                return
            c.execute("INSERT OR REPLACE INTO step_input(step_id, key, value) VALUES (?, ?, ?)", (step_id, key, value))
            self._audit("step input", step_id, key, old, value)

    def result_count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM step_result").fetchone()[0]

    # ----------------------------------------------------------------- evidence
    def _insert_evidence(self, c: sqlite3.Connection, step_id: str, name: str, data: bytes) -> int:
        digest = hashlib.sha256(data).hexdigest()
        cursor = c.execute(
            "INSERT INTO evidence(step_id, name, sha256, size, data, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (step_id, name, digest, len(data), data, now(), self.actor),
        )
        self._audit("evidence attached", step_id, name, None, f"sha256:{digest}")
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def attach(self, step_id: str, name: str, data: bytes, *, replace: bool = False) -> str:
        """Keeps a file on a step; returns its SHA-256. See keep_evidence."""
        self.keep_evidence(step_id, name, data, replace=replace)
        return hashlib.sha256(data).hexdigest()

    def keep_evidence(self, step_id: str, name: str, data: bytes, *, replace: bool = False) -> int:
        """Keeps a file on a step and returns its id. The same file under the same name is kept once. `replace`:
        what the wizard itself records again and again (a connection test, a wave's state) replaces the step's
        earlier file of that name in place — same id, so references stay — and the audit log keeps both hashes."""
        digest = hashlib.sha256(data).hexdigest()
        with self._transaction() as c:
            rows = c.execute("SELECT id, sha256 FROM evidence WHERE step_id = ? AND name = ? ORDER BY id",
                             (step_id, name)).fetchall()
            same = next((row[0] for row in rows if row[1] == digest), None)
            if same is not None:
                return int(same)
            if replace and rows:
                evidence_id, old = rows[-1]
                c.execute("UPDATE evidence SET sha256 = ?, size = ?, data = ?, created_at = ?, created_by = ? "
                          "WHERE id = ?", (digest, len(data), data, now(), self.actor, evidence_id))
                self._audit("evidence replaced", step_id, name, f"sha256:{old}", f"sha256:{digest}")
                return int(evidence_id)
            return self._insert_evidence(c, step_id, name, data)

    def remove_evidence(self, step_id: str, evidence_id: int) -> None:
        """Takes an attachment off its step; the audit log keeps what it was (name and SHA-256). A file a step's
        input names (e.g. the certificate a check reads) is refused: choose another file for that input instead."""
        with self._transaction() as c:
            row = c.execute("SELECT name, sha256 FROM evidence WHERE id = ? AND step_id = ?",
                            (evidence_id, step_id)).fetchone()
            if row is None:
                raise ProjectError("no attachment #{evidence_id} on step {step_id}", "it may have been removed already",
                                   evidence_id=evidence_id, step_id=step_id)
            used = c.execute("SELECT key FROM step_input WHERE step_id = ? AND value = ?",
                             (step_id, f"evidence:{evidence_id}")).fetchone()
            if used is not None:
                raise ProjectError("{row} is the file the step's '{used}' input names",
                                   "choose another file for that input instead of removing this one", row=row[0],
                                   used=used[0])
            c.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
            self._audit("evidence removed", step_id, row[0], f"sha256:{row[1]}", None)

    def evidence(self, step_id: str | None = None) -> list[EvidenceRef]:
        query = "SELECT id, step_id, name, sha256, size, created_at, created_by FROM evidence"
        rows = (self._conn.execute(query + " WHERE step_id = ? ORDER BY id", (step_id,)) if step_id
                else self._conn.execute(query + " ORDER BY id"))
        return [EvidenceRef(*r) for r in rows.fetchall()]

    def evidence_data(self, evidence_id: int) -> bytes:
        row = self._conn.execute("SELECT data, sha256 FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
        if row is None:
            raise ProjectError("no evidence #{evidence_id} in {path}", evidence_id=evidence_id, path=self.path)
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != row[1]:
            raise ProjectError("evidence #{evidence_id} no longer matches its recorded SHA-256",
                               "the file was altered outside the wizard; restore it from a backup",
                               evidence_id=evidence_id)
        return data

    # ----------------------------------------------------------------- AMO journal
    def journal(self, batch: str) -> list[JournalEntry]:
        rows = self._conn.execute(
            "SELECT position, command, state, output FROM amo_journal WHERE batch = ? ORDER BY position", (batch,)
        ).fetchall()
        return [JournalEntry(*row) for row in rows]

    def journal_sending(self, batch: str, position: int, command: str) -> None:
        """Written before the command leaves: after a crash, 'sent' means 'may have been applied'."""
        with self._transaction() as c:
            c.execute("INSERT INTO amo_journal(batch, position, command, state, sent_at) VALUES (?, ?, ?, 'sent', ?) "
                      "ON CONFLICT(batch, position) DO UPDATE SET state = 'sent', sent_at = excluded.sent_at",
                      (batch, position, command, now()))

    def journal_done(self, batch: str, position: int, state: str, output: str) -> None:
        with self._transaction() as c:
            c.execute("UPDATE amo_journal SET state = ?, output = ?, done_at = ? WHERE batch = ? AND position = ?",
                      (state, output, now(), batch, position))
            self._audit("AMO", None, batch, None, f"{position}: {state}")

    # ----------------------------------------------------------------- provisioning waves
    def create_wave(self, wave_id: str, plan: str, secret_key: str,
                    rounds: Iterable[tuple[int, int, str, str, str, str]] = ()) -> None:
        """`rounds`: the plan's portal changes as (round, position among the plan's changes, op id, person, email,
        name), the rows the portal's rounds are listed from (as _SCHEMA_V5 made them for the waves before it)."""
        with self._transaction() as c:
            c.execute("INSERT INTO wave(id, created_at, created_by, plan, secret_key, state) "
                      "VALUES (?, ?, ?, ?, ?, 'planned')", (wave_id, now(), self.actor, plan, secret_key))
            c.executemany(_INSERT_ROUNDS + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          ((wave_id, *row) for row in rounds))
            # the chain holds the plan's hash: the plan itself is in the wave table, and any edit shows
            digest = hashlib.sha256()
            for start in range(0, len(plan), 1 << 20):  # a megabyte at a time: a 40 MB plan is not copied whole
                digest.update(plan[start:start + (1 << 20)].encode())
            self._audit("wave planned", None, wave_id, None, f"plan sha256 {digest.hexdigest()}")

    def waves(self) -> list[WaveRecord]:
        rows = self._conn.execute("SELECT id, created_at, created_by, plan, secret_key, state FROM wave "
                                  "ORDER BY created_at, id").fetchall()
        return [WaveRecord(*row) for row in rows]

    def wave(self, wave_id: str) -> WaveRecord | None:
        row = self._conn.execute("SELECT id, created_at, created_by, plan, secret_key, state FROM wave WHERE id = ?",
                                 (wave_id,)).fetchone()
        return WaveRecord(*row) if row else None

    def set_wave_state(self, wave_id: str, state: str) -> None:
        with self._transaction() as c:
            old = c.execute("SELECT state FROM wave WHERE id = ?", (wave_id,)).fetchone()
            if old is None or old[0] == state:
                return
            c.execute("UPDATE wave SET state = ? WHERE id = ?", (state, wave_id))
            self._audit("wave state", None, wave_id, old[0], state)

    def wave_ops(self, wave_id: str) -> dict[str, WaveOpEntry]:
        rows = self._conn.execute("SELECT op_id, state, detail, wording FROM wave_op WHERE wave = ?", (wave_id,))
        return _entries(rows)

    def round_members(self, wave_id: str, numbers: Collection[int] | None = None) -> dict[int, list[RoundMember]]:
        """The people of the wave's portal rounds `numbers` (every round when None), each round in the plan's order:
        read from the rounds' own rows, so one round costs the same in a wave of 100 people or of 20,000."""
        where = "WHERE wave = ?"
        chosen = sorted(set(numbers)) if numbers is not None else []
        if numbers is not None:
            where += f" AND number IN ({', '.join('?' * len(chosen))})"
        found: dict[int, list[RoundMember]] = {}
        with self._judged("wave_round", where, (wave_id, *chosen)):
            for number, *member in self._conn.execute("SELECT number, op_id, person, email, name FROM wave_round "
                                                      f"{where} ORDER BY number, position", (wave_id, *chosen)):
                found.setdefault(number, []).append(RoundMember(*member))
        return found

    def round_numbers(self, wave_id: str) -> list[int]:
        return [row[0] for row in self._conn.execute(
            "SELECT DISTINCT number FROM wave_round WHERE wave = ? ORDER BY number", (wave_id,))]

    def wave_ops_done_at(self, wave_id: str, prefix: str) -> dict[str, str]:
        """When each of the wave's changes whose id starts with `prefix` was last recorded done: the report dates
        a wave's live read-back of a person by it (#32, wizard.checks.superseded)."""
        rows = self._conn.execute("SELECT op_id, done_at FROM wave_op WHERE wave = ? AND state = 'done' AND "
                                  "substr(op_id, 1, ?) = ? AND done_at IS NOT NULL", (wave_id, len(prefix), prefix))
        return dict(rows.fetchall())

    def wave_ops_of(self, wave_id: str, op_ids: Collection[str]) -> dict[str, WaveOpEntry]:
        """The journal's entries for these changes only (wave_ops reads a whole wave's)."""
        found: dict[str, WaveOpEntry] = {}
        chosen = list(op_ids)
        for start in range(0, len(chosen), 500):  # well under SQLite's limit on a statement's values
            part = chosen[start:start + 500]
            where = f"WHERE wave = ? AND op_id IN ({', '.join('?' * len(part))})"
            with self._judged("wave_op", where, (wave_id, *part)):
                found.update(_entries(self._conn.execute(f"SELECT op_id, state, detail, wording FROM wave_op {where}",
                                                         (wave_id, *part)).fetchall()))
        return found

    @contextlib.contextmanager
    def _judged(self, table: str, where: str, values: Sequence[object]) -> Iterator[None]:
        """Rows read from a file opened with `few_rows`, judged as the open judges a whole file: values of the
        wrong type, and pages SQLite finds damaged while reading them, are refused as damage."""
        try:
            found = _wrong_types(self._conn, {table}, where, values)
            if found:
                raise damaged(self.path, found)
            yield
        except sqlite3.DatabaseError as exc:
            raise _map_sqlite_error(exc, self.path) from exc

    def wave_op_sending(self, wave_id: str, op_id: str) -> None:
        """Written before the request leaves: after a crash, 'sent' means 'may have happened'."""
        with self._transaction() as c:
            c.execute("INSERT INTO wave_op(wave, op_id, state, sent_at) VALUES (?, ?, 'sent', ?) "
                      "ON CONFLICT(wave, op_id) DO UPDATE SET state = 'sent', sent_at = excluded.sent_at",
                      (wave_id, op_id, now()))

    def wave_op_done(self, wave_id: str, op_id: str, state: str, detail: str = "") -> None:
        self.wave_ops_done(wave_id, [(op_id, state, detail)])

    def wave_ops_done(self, wave_id: str, outcomes: list[tuple[str, str, str]]) -> None:
        """(op id, state, detail) of several changes in one transaction: a stage that marks a thousand people
        waiting commits once, not a thousand times. One change is one audit entry; a batch is one entry holding
        the SHA-256 of all it recorded, so the chain still covers every one of them."""
        if not outcomes:
            return
        with self._transaction() as c:
            c.executemany("INSERT INTO wave_op(wave, op_id, state, detail, wording, done_at) VALUES (?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT(wave, op_id) DO UPDATE SET state = excluded.state, detail = excluded.detail, "
                          "wording = excluded.wording, done_at = excluded.done_at",
                          [(wave_id, op_id, state, str(detail), detail.to_json() if isinstance(detail, Said) else "",
                            now()) for op_id, state, detail in outcomes])
            if len(outcomes) == 1:
                op_id, state, detail = outcomes[0]
                self._audit("wave change", None, wave_id, op_id, f"{state} {detail}".strip())
                return
            digest = hashlib.sha256(json.dumps(outcomes, ensure_ascii=False).encode()).hexdigest()
            counts = Counter(state for _, state, _ in outcomes)
            self._audit("wave changes", None, wave_id, f"{len(outcomes)} changes",
                        ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) + f"; sha256 {digest}")

    # ----------------------------------------------------------------- window state (not audited)
    def ui_state(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM ui_state").fetchall())

    def set_ui_state(self, key: str, value: str) -> None:
        if self.read_only:
            return
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO ui_state(key, value) VALUES (?, ?)", (key, value))

    # ----------------------------------------------------------------- copies
    def save_as(self, target: Path | str) -> ProjectFile:
        """Write a copy to `target` and continue working in the copy."""
        target = Path(target)
        self.drain()  # the copy holds every change asked for before it
        if target.resolve() == self.path.resolve():
            return self
        if target.exists():
            raise ProjectError("{target} already exists", "choose another file name, or delete that file first",
                               target=target)
        try:
            dest = sqlite3.connect(target)
            with dest:
                self._conn.backup(dest)
            dest.close()
        except sqlite3.Error as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            raise _map_sqlite_error(exc, target) from exc
        copy = ProjectFile.open(target, actor=self.login, force=True)
        with copy._transaction():
            copy._audit("saved as", None, "file", self.path.name, target.name)
        self.close()
        return copy


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises when no user name can be found at all (e.g. some containers)
        return "unknown"
