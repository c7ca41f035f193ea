"""Long work off the GUI thread: a QRunnable whose plain callbacks become Qt signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Job = Callable[[Callable[[int, int], None], threading.Event], Any]


class WorkerSignals(QObject):
    """Signals of a background job, delivered on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs `job(progress, cancel)`; the job opens its own unit of work."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.cancel = threading.Event()
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progressed.emit, self.cancel)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI, which shows it in French
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


def start(
    job: Job,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Worker:
    worker = Worker(job)
    worker.signals.succeeded.connect(on_success)
    worker.signals.failed.connect(on_failure)
    if on_progress is not None:
        worker.signals.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(worker)
    return worker
