"""The audit log's hash chain: every entry commits to the one before it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    step_id: str | None
    action: str
    field: str | None
    old: str | None
    new: str | None
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def entry_hash(seq: int, at: str, actor: str, step_id: str | None, action: str, field: str | None,
               old: str | None, new: str | None, prev_hash: str) -> str:
    canonical = json.dumps(
        [seq, at, actor, step_id, action, field, old, new, prev_hash], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_chain(entries: list[AuditEntry], recorded_head: str | None) -> ChainReport:
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    for e in entries:
        if e.seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (next entry found is {e.seq})")
            expected_seq = e.seq
        if e.prev_hash != prev:
            problems.append(f"entry {e.seq} does not follow entry {e.seq - 1} "
                            "(its link to the previous hash is broken)")
        recomputed = entry_hash(e.seq, e.at, e.actor, e.step_id, e.action, e.field, e.old, e.new, e.prev_hash)
        if recomputed != e.hash:
            problems.append(f"entry {e.seq} ({e.action} at {e.at}) was altered after it was written")
        prev = e.hash
        expected_seq += 1
    if recorded_head is not None and recorded_head != prev:
        problems.append("the log's recorded head does not match its last entry (entries were removed at the end)")
    return ChainReport(len(entries), prev, tuple(problems))
