"""The one way work leaves the GUI thread: a worker object in its own QThread.

- ``Job`` starts a ``Worker`` in a new QThread and owns both; ``stop()`` asks the worker to
  stop (a flag it checks often) and can wait for it.
- ``Background`` calls plain functions that way for one owner (loading a model, evaluating),
  the latest call winning: a generation counter drops the result of an older call, which is
  asked to stop. Results and errors come back as calls in the GUI thread.
- A running QThread is never destroyed: every job stays referenced here until its thread has
  finished, and ``shutdown_all`` (the app's exit) stops and waits for those left. Results are
  delivered through Qt's queued connections, so a job whose owner is gone delivers nothing,
  with no ``RuntimeError`` to swallow.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

_ALIVE: set[Job] = set()  # jobs whose thread may still run


class Worker(QObject):
    """Work run by a Job: ``work()`` runs in the job's thread and should return soon after
    ``stopping()`` turns true; ``request_stop()`` may be called from any thread."""

    def __init__(self):
        super().__init__()
        self.stop_event = threading.Event()

    def request_stop(self) -> None:
        self.stop_event.set()

    def stopping(self) -> bool:
        return self.stop_event.is_set()

    def work(self) -> None:
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        try:
            self.work()
        finally:
            self.thread().quit()  # the thread's event loop ends once this slot returns


class Job:
    """A worker and its thread, started together and ended together."""

    def __init__(self, worker: Worker):
        self.thread = QThread()
        self.worker = worker
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        self.thread.finished.connect(_reaper().reap)

    def start(self) -> None:
        _ALIVE.add(self)
        self.thread.start()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def stop(self, wait_ms: int = 0) -> bool:
        """Ask the worker to stop; with ``wait_ms``, wait that long for the thread to end.
        True when the thread is not running."""
        self.worker.request_stop()
        return self.thread.wait(wait_ms) if wait_ms else not self.thread.isRunning()


class _Reaper(QObject):
    """Lives in the GUI thread: lets go of jobs whose thread has finished."""

    @Slot()
    def reap(self) -> None:
        for job in [j for j in _ALIVE if j.thread.isFinished()]:
            job.thread.wait()
            _ALIVE.discard(job)


_REAPER: list[_Reaper] = []


def _reaper() -> _Reaper:
    if not _REAPER:
        _REAPER.append(_Reaper())
    return _REAPER[0]


def shutdown_all(wait_ms: int = 10000) -> bool:
    """Ask every job to stop and wait for their threads (the app exits). True when none runs."""
    for job in list(_ALIVE):
        job.worker.request_stop()
    ok = all(job.thread.wait(wait_ms) for job in list(_ALIVE))
    if _REAPER:
        _REAPER[0].reap()
    return ok


class _Call(Worker):
    done = Signal(int, bool, object)  # generation, ok, the value or the exception

    def __init__(self, generation: int, fn: Callable):
        super().__init__()
        self.generation, self.fn = generation, fn

    def work(self) -> None:
        try:
            value, ok = self.fn(self.stop_event), True
        except Exception as e:  # delivered to the owner's error handler, never lost
            value, ok = e, False
        self.fn = None  # nothing of the call outlives it
        self.done.emit(self.generation, ok, value)


class Background(QObject):
    """Calls ``fn(stop_event)`` off the GUI thread, one call at a time for its owner; ``done``
    or ``failed`` is then emitted in the GUI thread, unless a newer call was made meanwhile
    (signals rather than callbacks: no reference cycle through the owner)."""

    done = Signal(object)  # what fn returned
    failed = Signal(object)  # the exception fn raised

    def __init__(self, parent=None):
        super().__init__(parent)
        self.generation = 0
        self._job: Job | None = None

    def call(self, fn: Callable) -> int:
        self.cancel()
        worker = _Call(self.generation, fn)
        worker.done.connect(self._on_worker_done)
        self._job = Job(worker)
        self._job.start()
        return self.generation

    def cancel(self) -> None:
        """The running call (if any) is asked to stop and its result will be dropped."""
        if self._job is not None:
            self._job.worker.request_stop()
        self._job = None
        self.generation += 1

    def busy(self) -> bool:
        return self._job is not None

    def wait(self, wait_ms: int) -> bool:
        """Wait for the current call's thread (tests, shutdown). True when none runs."""
        return self._job is None or self._job.thread.wait(wait_ms)

    @Slot(int, bool, object)
    def _on_worker_done(self, generation: int, ok: bool, value) -> None:
        if generation != self.generation or self._job is None:
            return  # a newer call was made, or this one was cancelled
        self._job = None
        (self.done if ok else self.failed).emit(value)
