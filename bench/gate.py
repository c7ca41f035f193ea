"""`python -m bench gate`: the speed targets of issue 9 in one table, app against the floor.

Each row: what the app takes (median, p95), what a bare sqlite3 query (or reportlab loop)
doing the same work takes, the ratio, the target, pass or fail. The window rows come from a
child process running the real window offscreen (bench/gate_window.py).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.services import cadences, categories, stats
from app.services.uow import UnitOfWork
from bench import labels, table
from bench.planner import file_today
from bench.timing import measure, print_table, timed

HEADER = ["action", "app median", "app p95", "floor", "ratio", "target", "result"]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95 + 0.999) - 1)]


def _row(action: str, app: list[float], floor: float | None, target: float,
         judged: str = "p95") -> list[Any]:
    median, p95 = statistics.median(app), _p95(app)
    value = p95 if judged == "p95" else median
    ratio = f"{value / floor:.1f}×" if floor else "—"
    return [action, f"{median:.0f}", f"{p95:.0f}", f"{floor:.1f}" if floor else "—", ratio,
            f"< {target:.0f}", "pass" if value < target else "FAIL"]


def _floor(work: Callable[[], Any], runs: int = 5) -> float:
    return measure(work, runs)[0].median


def window_rows(path: Path, runs: int) -> tuple[list[list[Any]], float]:
    """Cold start, keystrokes, sorts, sheet: the real window in a child process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.gate_window", str(path), str(runs)],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    child.stdout.readline()
    cold = (time.perf_counter() - start) * 1000
    result = json.loads(child.stdout.readline())
    child.wait()
    db = sqlite3.connect(path)
    fresh = _floor(lambda: (sqlite3.connect(path).execute("SELECT 1"),
                            table.floor(sqlite3.connect(path), "", "name")), 3)
    keys = _floor(lambda: [table.floor(db, t, "name") for t in ("dur", "durand")]) / 2
    sort_floor = max(_floor(lambda o=o: table.floor(db, "", o)) for o in table.SORTS)  # type: ignore[misc]
    some = db.execute("SELECT id FROM contact WHERE deleted_at IS NULL LIMIT 1 OFFSET 5"
                      ).fetchone()[0]
    sheet = _floor(lambda: (
        db.execute("SELECT * FROM contact WHERE id = ?", (some,)).fetchall(),
        db.execute("SELECT * FROM customer_order WHERE contact_id = ?", (some,)).fetchall(),
        db.execute("SELECT * FROM interaction WHERE contact_id = ?", (some,)).fetchall()))

    def save() -> None:
        db.execute("UPDATE contact SET city = city WHERE id = ?", (some,))
        db.commit()

    save_floor = _floor(save)
    db.close()
    worst = max(result["sorts"], key=lambda c: result["sorts"][c])
    rows = [
        ["cold start to the table painted (process start)", f"{cold:.0f}", f"{cold:.0f}",
         f"{fresh:.1f}", f"{cold / fresh:.0f}×", "< 2000", "pass" if cold < 2000 else "FAIL"],
        _row("search keystroke, in the window", result["keys"], keys, 50),
        _row(f"sort by a column, worst (column {worst}), in the window",
             list(result["sorts"].values()), sort_floor, 300, judged="max"),
        _row("open a contact sheet", result["opens"], sheet, 100),
        _row("save a contact sheet", result["saves"], save_floor, 50),
    ]
    rows[2][1] = f"{max(result['sorts'].values()):.0f}"
    rows[2][-1] = "pass" if max(result["sorts"].values()) < 300 else "FAIL"
    return rows, result["rss_mb"]


# Paramètres → Apply, each rolled back: (gate row, the settings changed).
SETTINGS_CHANGES = (
    ("… a rhythm changed (inactive pros called 2× a year)",
     {"cadence_inactive_pro_calls_per_year": 2}),
    ("… a threshold changed (hot prospect: 90 days)", {"hot_prospect_days": 90}),
    ("… the horizon changed: the whole file replanned", {"cadence_horizon_days": 45}),
)



def _planning_runs(factory: sessionmaker[Session]) -> list[tuple[float, int]]:
    """The first run proposes every task; the next day's run looks at the contacts due; then
    each settings change of SETTINGS_CHANGES, applied the next day. Rolled back: each call
    does the same work. Per row: the time and how many contacts were planned."""
    with UnitOfWork(factory) as uow:
        s = uow.session
        today = file_today(s)
        tomorrow = today + timedelta(days=1)

        def first_run() -> cadences.PlanSummary:
            categories.recompute(s, today=today)
            return cadences.plan(s, today)

        first, summary = timed(first_run)
        runs = [(first, summary.created)]
        daily, summary = timed(lambda: cadences.daily(s, tomorrow))
        runs.append((daily, summary.examined))
        for _label, change in SETTINGS_CHANGES:
            savepoint = s.begin_nested()
            spent, summary = timed(partial(cadences.apply_settings, s, change, tomorrow))
            savepoint.rollback()
            runs.append((spent, summary.examined))
    return runs


def _insert_floor(db: sqlite3.Connection, count: int) -> float:
    """A bare insert of `count` proposals like the planner's (random UUIDs sorted, contacts
    in order, due dates over a month) into the task table, rolled back."""
    contacts = [row[0] for row in db.execute("SELECT id FROM contact ORDER BY id")]
    dice = random.Random(1)
    uuids = sorted(str(uuid.uuid4()) for _ in range(count))
    rows = [(uuids[n], contacts[n * len(contacts) // count],
             f"2026-01-{dice.randrange(1, 32):02d}", "call", "", "proposed", f"floor:{n}",
             "2026-01-01 00:00:00.000000") for n in range(count)]
    start = time.perf_counter()
    db.executemany("INSERT INTO task (uuid, contact_id, due_on, action, note, status, "
                   "rule_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    spent = (time.perf_counter() - start) * 1000
    db.rollback()
    return spent


def service_rows(factory: sessionmaker[Session], path: Path) -> list[list[Any]]:
    db = sqlite3.connect(path)
    runs = [_planning_runs(factory) for _ in range(3)]
    rows = [[run[i] for run in runs] for i in range(len(runs[0]))]
    times = [[spent for spent, _count in row] for row in rows]
    counts = [statistics.median(count for _spent, count in row) for row in rows]
    recompute_floor = _floor(lambda: (
        db.execute("SELECT contact_id, count(*), sum(amount), max(ordered_on) "
                   "FROM customer_order GROUP BY contact_id").fetchall(),
        db.execute("SELECT contact_id, max(occurred_on) FROM interaction "
                   "GROUP BY contact_id").fetchall()), 3)
    first_floor = recompute_floor + _insert_floor(db, int(counts[0]))
    with UnitOfWork(factory) as uow:
        s = uow.session
        period = stats.Period.last_12_months(file_today(s))
        stat_times = [measure(lambda: stats.compute(s, period), 1)[0].median for _ in range(3)]
    stats_floor = _floor(lambda: db.execute(
        "SELECT contact_id, sum(amount), count(*) FROM customer_order "
        "WHERE ordered_on BETWEEN ? AND ? GROUP BY contact_id ORDER BY 2 DESC",
        (period.start.isoformat(), period.end.isoformat())).fetchall(), 3)
    db.close()
    with tempfile.TemporaryDirectory(prefix="fichier-client-gate-") as tmp:
        label_rows, addresses = labels.ours(path, 10_000, Path(tmp) / "ours.pdf")
        label_app = float(label_rows[4][1].split()[0])
        label_floor = labels.bare_canvas(addresses, Path(tmp) / "bare.pdf")
    planning = [
        _row(f"categories + proposed tasks, first run ({counts[0]:.0f} proposals written)",
             times[0], first_floor, 1000),
        _row(f"… next day's run (plans {counts[1]:.0f} contacts)", times[1], recompute_floor,
             1000),
    ]
    planning += [_row(f"{label} ({count:.0f} contacts)", spent, recompute_floor, 1000)
                 for (label, _change), spent, count in zip(SETTINGS_CHANGES, times[2:],
                                                          counts[2:], strict=True)]
    return planning + [
        _row("10 000 labels to PDF", [label_app], label_floor, 2000),
        _row("statistics page (12 months)", stat_times, stats_floor, 1000),
    ]


def run(factory: sessionmaker[Session], path: Path, runs: int) -> None:
    rows, rss = window_rows(path, runs)
    rows += service_rows(factory, path)
    rows.append(["resident memory, peak, of the window process (MB)", f"{rss:.0f}",
                 f"{rss:.0f}", "—", "—", "< 400", "pass" if rss < 400 else "FAIL"])
    print_table("Gate (issue 9): app against the bare SQLite floor, ms", HEADER, rows)
