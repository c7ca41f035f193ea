"""`python -m bench [--contacts N]`: build a demo file, then time the contact table on it."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from app.services.store import config_for, open_store
from bench import concurrent, gate, generation, gui, imports, labels, planner, stats, table
from bench.timing import print_table

TIMES = ["first", "median", "p95"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("what", nargs="?", choices=["all", "gate"], default="all",
                        help="gate: only the one table of the speed targets")
    parser.add_argument("--contacts", type=int, default=100_000, help="demo contacts (100 000)")
    parser.add_argument("--runs", type=int, default=20, help="runs per query (20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", type=Path, help="keep the file here instead of a temp folder")
    parser.add_argument("--reuse", action="store_true", help="reuse --db if it already exists")
    parser.add_argument("--plans", action="store_true", help="print the SQLite query plans")
    parser.add_argument("--labels", type=int, default=10_000, help="labels to print (10 000)")
    parser.add_argument("--imports", type=int, default=50_000, help="rows to import (50 000)")
    parser.add_argument("--glabels", action="store_true",
                        help="also time glabels-3-batch on the labels (about 3 minutes)")
    parser.add_argument("--pg", metavar="URL",
                        help="(k) PostgreSQL role that may create databases (default: the "
                             "test server of scripts/pg_test_server.sh)")
    parser.add_argument("--edits", type=int, default=1000, help="(k) edits per client (1 000)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fichier-client-bench-") as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if args.reuse and path.exists():
            factory = open_store(config_for(str(path)))
            print(f"Reusing {path}")
        else:
            for stale in (path, path.with_name(path.name + "-wal"),
                          path.with_name(path.name + "-shm")):
                stale.unlink(missing_ok=True)
            factory, rows = generation.generate(path, args.contacts, args.seed)
            print_table(f"(a) Demo generation, {args.contacts} contacts, SQLite file",
                        ["step", "result"], rows)
        if args.what == "gate":
            gate.run(factory, path, args.runs)
            factory.kw["bind"].dispose()
            return
        gate.run(factory, path, args.runs)
        print_table("Categories", ["step", "result"], generation.recompute_rows(factory, 5))
        print_table("(f) Planner, rolled back", ["step", "result"],
                    planner.rows(factory, args.runs))
        opening, searching, plans = table.compare(factory, path, args.runs)
        header = ["", "rows", *[f"service {t}" for t in TIMES], *[f"sqlite3 {t}" for t in TIMES]]
        print_table(f"(b, d) Opening the table: count_contacts + list_contacts(limit="
                    f"{table.PAGE}), {args.runs} runs, ms", header, opening)
        print_table("(c, d) A search keystroke: count + first page sorted by name, "
                    f"{args.runs} runs, ms", header, searching)
        print_table("(e) In the window (offscreen Qt)", ["step", "result"],
                    gui.measure(path, max(1, args.runs // 4)))
        print_table(f"(g) {args.labels} labels on {labels.FORMAT}, from a demo store of as "
                    "many contacts", ["step", "result"],
                    labels.rows(args.labels, None, args.glabels))
        print_table(f"(h) Import of {args.imports} rows into the file", ["step", "result"],
                    imports.rows(path, args.imports))
        print_table("(i) Duplicates of the whole file", ["step", "result"],
                    imports.duplicate_rows(path))
        print_table("(j) Statistics", ["step", "result"], stats.rows(path))
        pg_url = args.pg or concurrent.default_admin_url()
        if pg_url:
            print_table(f"(k) 5 clients on one PostgreSQL server, {args.edits} edits each",
                        ["step", "result"], concurrent.rows(pg_url, edits=args.edits))
        else:
            print("\n(k) skipped: no PostgreSQL server (give --pg URL).")
        if args.plans:
            print("\nQuery plans of the page queries:")
            print("\n".join(plans))
        factory.kw["bind"].dispose()


if __name__ == "__main__":
    main()
