"""One runner for the window's background work (in the spirit of Anki's CollectionOp): every use case the window
starts runs here, under a key; a second op with a key already running is refused, so a double click can never
start a second AMO session on the same batch. Success and failure come back in one place, and panels derive
their buttons from `busy()` instead of keeping a flag of their own."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from wizard.errors import WizardError

log = logging.getLogger(__name__)
T = TypeVar("T")
INTERNAL = WizardError("the wizard hit an internal error; nothing more was done",
                       "everything saved so far is safe in the project file; send the log file (Help > Open the log "
                       "file) to support")


# the key of every piece of chapter 7's wave work (one at a time); the window asks before closing while it runs
WAVE = "wave"


class OpRunner(QObject):
    changed = Signal()  # an op started or ended: whoever shows buttons derives them again
    problem = Signal(str, object)  # title, WizardError: an op's failure nobody else took

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops: dict[str, asyncio.Future[Any]] = {}
        self._anonymous: set[asyncio.Future[Any]] = set()
        self._said: dict[str, str] = {}  # what the op under a key says it does now, while it runs

    def busy(self, key: str) -> bool:
        task = self._ops.get(key)
        return task is not None and not task.done()  # a finished op whose callback has not run yet is not busy

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(key for key in self._ops if self.busy(key))

    def start(self, key: str | None, work: Awaitable[T], *, done: Callable[[T], object] | None = None,
              failed: Callable[[WizardError], object] | None = None,
              title: str = "", doing: str = "") -> asyncio.Future[T] | None:
        """Run `work` on the loop. None (and `work` closed unrun) when an op under the same key is still
        running. A WizardError goes to `failed`, else to `problem` under `title`; anything else is a defect:
        logged, and said as an internal error. `doing` is what the status bar says while it runs (see say())."""
        if key is not None and self.busy(key):
            close = getattr(work, "close", None)
            if close is not None:
                close()  # a coroutine never awaited would warn
            return None
        task: asyncio.Future[T] = asyncio.ensure_future(work)
        if key is None:
            self._anonymous.add(task)
        else:
            self._ops.pop(key, None)  # in the order started: the status bar lists what runs in that order
            self._ops[key] = task
            self._said[key] = doing
        # what the caller gets completes once the outcome was shown (done/failed ran): whoever awaits it sees the
        # window as the engineer will
        shown: asyncio.Future[T] = task.get_loop().create_future()
        task.add_done_callback(lambda t: self._finished(key, t, done, failed, title, shown))
        self.changed.emit()
        return shown

    def _finished(self, key: str | None, task: asyncio.Future[Any], done: Callable[[Any], object] | None,
                  failed: Callable[[WizardError], object] | None, title: str, shown: asyncio.Future[Any]) -> None:
        try:
            self._show(key, task, done, failed, title)
        finally:
            if task.cancelled():
                shown.cancel()
            elif (exc := task.exception()) is not None:
                shown.set_exception(exc)
                shown.exception()  # said already (failed/problem): no "never retrieved" warning if nobody awaits
            else:
                shown.set_result(task.result())

    def _show(self, key: str | None, task: asyncio.Future[Any], done: Callable[[Any], object] | None,
              failed: Callable[[WizardError], object] | None, title: str) -> None:
        if not shiboken6.isValid(self):  # the window closed meanwhile: nobody is left to show the outcome
            return
        if key is None:
            self._anonymous.discard(task)
        elif self._ops.get(key) is task:
            del self._ops[key]
            self._said.pop(key, None)  # its words go with it: the status bar can never say what ran before
        self.changed.emit()
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            if done is not None:
                done(task.result())
            return
        if not isinstance(exc, WizardError):
            log.error("op %s failed", key or title, exc_info=exc)
            exc = INTERNAL
        if failed is not None:
            failed(exc)
        else:
            self.problem.emit(title, exc)

    def say(self, key: str, text: str) -> None:
        """What the op under `key` does now ("Wave: waiting for Zoom activations"), for the status bar. Kept while
        that op runs and dropped when it ends; said while nothing runs under `key`, it is not taken."""
        if self.busy(key) and self._said.get(key) != text:
            self._said[key] = text
            self.changed.emit()

    def doing(self) -> dict[str, str]:
        """The keyed ops running now, in the order they started, each with what it says it does ('' if nothing)."""
        return {key: self._said.get(key, "") for key in self._ops if self.busy(key)}

    def cancel(self, key: str) -> None:
        task = self._ops.get(key)
        if task is not None:
            task.cancel()

    async def stop(self, key: str) -> None:
        """Cancels the op under `key` and returns once it has ended, its own clean-up included (closing the window
        mid-wave: the wave must be paused and written before the project closes)."""
        task = self._ops.get(key)
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def cancel_all(self) -> None:
        for task in [*self._ops.values(), *self._anonymous]:
            task.cancel()

    async def idle(self) -> None:
        """Returns when nothing runs any more (tests, and closing the window)."""
        while self._ops or self._anonymous:
            await asyncio.gather(*self._ops.values(), *self._anonymous, return_exceptions=True)
