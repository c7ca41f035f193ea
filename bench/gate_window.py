"""Child process of `python -m bench gate`: the real window, offscreen, on a store.

Prints one JSON line when the first page is painted (the parent times that from the process
start), then one JSON line of the user actions timed in the window and the peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.store import config_for, open_store  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

QUERIES = ["d", "du", "dur", "dura", "duran", "durand"]


def _ms(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main(path: str, runs: int) -> None:
    app = QApplication.instance() or QApplication([])
    config = config_for(path)
    window = MainWindow(AppContext(open_store(config), config))
    window.show()
    app.processEvents()
    view = window.contacts
    view.table.viewport().repaint()
    print(json.dumps({"painted": True}), flush=True)

    def keystroke(text: str) -> None:
        view.filters.search.setText(text)
        view._apply_filter()  # what the debounce timer then calls
        view.table.viewport().repaint()

    keys = [_ms(lambda t=t: keystroke(t)) for _ in range(runs) for t in QUERIES]  # type: ignore[misc]
    keystroke("")
    sorts: dict[int, float] = {}
    for column in range(view.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            took = _ms(lambda c=column, o=order: (view.table.sortByColumn(c, o),  # type: ignore[misc]
                                                  view.table.viewport().repaint()))
            sorts[column] = max(sorts.get(column, 0.0), took)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    sheet = view.sheet
    opens, saves = [], []
    for row in range(runs):
        opens.append(_ms(lambda r=row: sheet.open_contact(view.model.contact_id(r + 5) or 1)))  # type: ignore[misc]
        sheet.city.setText(f"Bordeaux {time.time_ns()}")  # a value never saved before
        saves.append(_ms(sheet.save))
    window.statistics.refresh()
    print(json.dumps({
        "keys": keys, "sorts": sorts, "opens": opens, "saves": saves,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "keys_median": statistics.median(keys),
    }), flush=True)
    os._exit(0)  # a Qt teardown at exit can crash offscreen; nothing is left to save


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
