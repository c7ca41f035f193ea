"""(g) Mailing labels: N addresses on Avery L7160, from the store to the PDF, side by side with
a bare reportlab canvas loop drawing the same addresses (the floor) and, when installed,
gLabels' batch tool (`glabels-3-batch`, Debian package `glabels`) on the same addresses.

Alone: `python -m bench.labels [--count 10000] [--db FILE] [--no-glabels]`. Without --db, a
demo store of `count` contacts is built in a temporary folder first (not timed).
"""

from __future__ import annotations

import argparse
import csv
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from app.models import Contact
from app.services import label_formats, mailing
from app.services.demo import generate_demo
from app.services.label_layout import layout
from app.services.mailing import MailingRequest, PrintJob
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from bench.glabels import glabels_document
from bench.timing import print_table

FORMAT = "L7160"


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def ours(db: Path, count: int, out: Path) -> tuple[list[list[Any]], list[tuple[str, ...]]]:
    """The app's own path, step by step; returns the rows and the address lines drawn.

    The user prints `count` labels: a saved list of that many contacts (a few more, since
    some have no address), not the whole file cut down after its selection."""
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        s = uow.session
        ids = tuple(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))
                              .order_by(Contact.id).limit(count + count // 5)))
        start = time.perf_counter()
        selection = mailing.select_recipients(s, MailingRequest(contact_ids=ids))
        selection.blocks = selection.blocks[:count]
        selected = _ms(start)
        fmt = label_formats.find_format(s, FORMAT)
        step = time.perf_counter()
        placed = layout(fmt, selection.blocks)
        laid = _ms(step)
        step = time.perf_counter()
        pages = mailing.print_labels(s, selection, PrintJob(FORMAT), out)
        written = _ms(step)  # print_labels lays out again: the PDF step includes it
        total = selected + written
    factory.kw["bind"].dispose()
    rows = [
        ["labels / pages", f"{len(placed)} / {pages}"],
        ["select_recipients (query, consents, NF Z10-011 blocks)", f"{selected:.0f} ms"],
        ["layout alone (sizes fitted per label)", f"{laid:.0f} ms"],
        ["print_labels (layout + PDF file)", f"{written:.0f} ms"],
        ["app, end to end (store to PDF)", f"{total:.0f} ms"],
        ["PDF size", f"{out.stat().st_size / 1e6:.1f} MB"],
    ]
    return rows, [b.lines for b in selection.blocks]


def bare_canvas(addresses: list[tuple[str, ...]], out: Path) -> float:
    """The floor: the same lines at a fixed 8 pt, no fitting, no formatting, no query."""
    fmt = label_formats.builtin_formats()[0]
    start = time.perf_counter()
    canvas = Canvas(str(out), pagesize=(fmt.page_width * mm, fmt.page_height * mm),
                    pageCompression=1)
    for i, lines in enumerate(addresses):
        position = i % fmt.per_sheet
        if i and position == 0:
            canvas.showPage()
        left, top, _w, _h = fmt.rect(position)
        canvas.setFont("Helvetica", 8)
        for n, line in enumerate(lines):
            canvas.drawString((left + 3) * mm, (fmt.page_height - top - 6 - 3.5 * n) * mm, line)
    canvas.save()
    return _ms(start)


def glabels(addresses: list[tuple[str, ...]], folder: Path) -> list[Any] | None:
    """gLabels' batch tool on the same addresses; None when it is not installed."""
    tool = shutil.which("glabels-3-batch")
    if tool is None:
        return None
    data = folder / "addresses.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        for lines in addresses:
            writer.writerow(list(lines) + [""] * (7 - len(lines)))
    document = folder / "labels.glabels"
    document.write_text(glabels_document(label_formats.builtin_formats()[0], data),
                        encoding="utf-8")
    out = folder / "glabels.pdf"
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([tool, "-o", str(out), str(document)], capture_output=True,
                          text=True, check=False)
    elapsed = _ms(start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0 or not out.exists():
        return ["glabels-3-batch", f"failed: {done.stderr.strip()[:200]}"]
    pages = len(re.findall(rb"/Type\s*/Page\b", out.read_bytes()))
    return ["glabels-3-batch (same addresses, CSV merge)",
            f"{elapsed:.0f} ms, {max(peak, before) / 1024:.0f} MB peak, {pages} pages"]


def rows(count: int, db: Path | None, with_glabels: bool) -> list[list[Any]]:
    with tempfile.TemporaryDirectory(prefix="fichier-client-labels-") as tmp:
        folder = Path(tmp)
        if db is None:
            db = folder / "labels.db"
            factory = open_store(config_for(str(db)))
            with UnitOfWork(factory) as uow:
                generate_demo(uow.session, count, seed=3)
                uow.commit()
            factory.kw["bind"].dispose()
        table, addresses = ours(db, count, folder / "ours.pdf")
        floor = bare_canvas(addresses, folder / "bare.pdf")
        app_total = float(table[4][1].split()[0])
        table.append(["bare reportlab canvas loop, same lines (floor)", f"{floor:.0f} ms"])
        table.append(["app / floor", f"{app_total / floor:.2f}×"])
        if with_glabels:
            table.append(glabels(addresses, folder) or
                         ["glabels-3-batch", "not installed (apt install glabels)"])
        return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.labels", description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="an existing store (default: a new demo)")
    parser.add_argument("--no-glabels", action="store_true", help="skip gLabels (slow)")
    args = parser.parse_args(argv)
    result = rows(args.count, args.db, not args.no_glabels)
    print_table(f"(g) {args.count} labels on {FORMAT}", ["step", "result"], result)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
