"""The contact table as the user meets it: main window to first rows painted, a search keystroke.

Runs offscreen in this process; the numbers include Qt's model, view and paint work.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.store import config_for, open_store  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

QUERIES = ["d", "du", "dur", "dura", "durand"]


def measure(path: Path, runs: int) -> list[list[str]]:
    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    config = config_for(str(path))
    ctx = AppContext(open_store(config), config)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    window.contacts.table.viewport().repaint()
    opened = (time.perf_counter() - start) * 1000
    view = window.contacts
    timings = []
    for _ in range(runs):
        for text in QUERIES:
            began = time.perf_counter()
            view.filters.search.setText(text)
            view._apply_filter()  # what the 120 ms debounce timer then calls
            view.table.viewport().repaint()
            timings.append((time.perf_counter() - began) * 1000)
    view.filters.search.setText("")
    window.close()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    return [
        ["store + main window + first rows painted", f"{opened:.0f} ms"],
        [f"search keystroke in the window ({len(timings)} runs): median / p95",
         f"{statistics.median(timings):.1f} / {p95:.1f} ms"],
    ]
