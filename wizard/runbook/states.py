"""Step statuses, and the rule that a failed dependency blocks what comes after it."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from wizard.checks.result import Verdict
from wizard.runbook.model import Runbook


class StepStatus(StrEnum):
    NOT_STARTED = "not started"
    RUNNING = "running"
    PASSED = "passed"
    WARNING = "warning"
    FAILED = "failed"
    CONFIRMED = "confirmed"
    WAIVED = "waived"
    BLOCKED = "blocked"
    # a check's result whose judged values are otherwise now (wizard.checks.judged): never recorded as such, the
    # views derive it from the recorded result and the project's values; to be checked again, so not done
    OUTDATED = "outdated"

    @property
    def done(self) -> bool:
        return self in DONE


# Done means passed by a check or confirmed by hand. A warning or a waiver is not done: each is counted and shown
# on its own, so neither the window nor the report can pass one off as the other.
DONE = frozenset({StepStatus.PASSED, StepStatus.CONFIRMED})

# What the chapter filter and the next-problem key look for: something for the engineer to act on.
PROBLEMS = frozenset({StepStatus.FAILED, StepStatus.BLOCKED, StepStatus.WARNING, StepStatus.OUTDATED})
# Still open: nothing decided yet, or something to redo (a waiver is a decision, like done).
OPEN = frozenset({StepStatus.NOT_STARTED, StepStatus.RUNNING, *PROBLEMS})


def next_problem(order: list[tuple[str, str]], statuses: Mapping[str, StepStatus], after: tuple[str, str] | None,
                 *, backwards: bool = False, including: bool = False) -> tuple[str, str] | None:
    """The next (chapter, step) in guide order whose status is a problem, after `after` (from it, `including`;
    from the start without one), wrapping round at the end; backwards for the previous one. None when nothing is
    a problem."""
    problems = [place for place in order if statuses.get(place[1]) in PROBLEMS]
    if not problems:
        return None
    if backwards:
        order, problems = order[::-1], problems[::-1]
    if after is None or after not in order:
        return problems[0]
    position = {place: i for i, place in enumerate(order)}
    here = position[after]
    return next((p for p in problems if position[p] > here or (including and position[p] == here)), problems[0])


VERDICT_STATUS = {Verdict.PASS: StepStatus.PASSED, Verdict.WARN: StepStatus.WARNING, Verdict.FAIL: StepStatus.FAILED}


@dataclass(frozen=True)
class StepView:
    status: StepStatus
    blocked_by: tuple[str, ...] = ()


def effective_statuses(runbook: Runbook, stored: Mapping[str, str],
                       running: Collection[str] = ()) -> dict[str, StepView]:
    """Status of every step: what was recorded, or blocked when a dependency failed or is blocked. `stored` may
    say "outdated" for a result the views found outdated (an outdated failure blocks nothing: it is about values
    the project no longer holds).

    A step that was confirmed or waived stays so even if a dependency later fails: the engineer's
    explicit decision is not overridden, it is shown next to the failure in the report.
    """
    views: dict[str, StepView] = {}

    def view(step_id: str) -> StepView:
        if step_id in views:
            return views[step_id]
        if step_id in running:
            result = StepView(StepStatus.RUNNING)
        else:
            recorded = StepStatus(stored[step_id]) if step_id in stored else StepStatus.NOT_STARTED
            blockers = tuple(
                dep for dep in runbook.step(step_id).depends_on
                if view(dep).status in (StepStatus.FAILED, StepStatus.BLOCKED)
            )
            if blockers and recorded not in (StepStatus.CONFIRMED, StepStatus.WAIVED):
                result = StepView(StepStatus.BLOCKED, blockers)
            else:
                result = StepView(recorded)
        views[step_id] = result
        return result

    for step in runbook.steps:
        view(step.id)
    return views


@dataclass(frozen=True)
class ChapterProgress:
    done: int
    total: int
    failed: int
    blocked: int
    warnings: int
    waived: int
    outdated: int = 0  # checked, but on values otherwise now: to be checked again

    @property
    def open(self) -> int:
        """Not started or running."""
        return self.total - self.done - self.failed - self.blocked - self.warnings - self.waived - self.outdated


def chapter_progress(runbook: Runbook, views: Mapping[str, StepView]) -> dict[str, ChapterProgress]:
    progress = {}
    for chapter in runbook.chapters:
        statuses = [views[s.id].status for s in chapter.steps]
        progress[chapter.id] = ChapterProgress(
            done=sum(s.done for s in statuses),
            total=len(statuses),
            failed=statuses.count(StepStatus.FAILED),
            blocked=statuses.count(StepStatus.BLOCKED),
            warnings=statuses.count(StepStatus.WARNING),
            waived=statuses.count(StepStatus.WAIVED),
            outdated=statuses.count(StepStatus.OUTDATED),
        )
    return progress
