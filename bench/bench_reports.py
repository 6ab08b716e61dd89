"""How long a period report takes: a busy month (about 8,500 receipts) and 100,000 receipts.

Run: ``.venv/bin/python -m bench.bench_reports [--receipts N]``. The journal is built as
:mod:`bench.bench_journal` builds it (a week of varied trade through the journal, copied a week
later each time). Each figure is the median of several runs (the maximum follows); the goal is
under 100 ms for the month, printed rather than asserted. The journal's older summary (types,
payment forms, VAT rates only) is timed beside it, to show what hours and cashiers add.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path

from bench.bench_journal import GOAL_MS, copy_weeks, fill_week_through_journal, timed
from pos_app.core.journal import Journal
from pos_app.core.reports import period_summary


def add_cashiers(path: Path) -> None:
    """Cashiers recorded on the receipts, as with roles on: three names in turn and a receipt
    in four with none (rung with roles off)."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE receipts SET cashier = "
            "CASE id % 4 WHEN 0 THEN 'Анна' WHEN 1 THEN 'Борис' WHEN 2 THEN 'Вера' ELSE NULL END"
        )
    conn.close()


def figures(path: Path) -> Iterator[tuple[str, float, float, bool]]:
    """(label, median, maximum, whether the month's goal applies)."""
    with Journal.open(path) as journal:
        month = (date(2025, 6, 1), date(2025, 6, 30))
        every = (date(2025, 1, 1), date(2030, 12, 31))
        for label, (first, last), goal in (
            ("a month (June 2025)", month, True),
            ("every receipt", every, False),
        ):
            receipts = period_summary(journal, first, last).receipts
            yield (
                f"report, {label}: {receipts:,} receipts",
                *timed(partial(period_summary, journal, first, last)),
                goal,
            )
            yield (
                "  its types, payments and VAT alone",
                *timed(partial(journal.period_totals, first, last)),
                goal,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", type=int, default=100_000)
    parser.add_argument("--week", type=int, default=2_000, help="receipts in the first week")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    path = folder / "journal.sqlite3"
    try:
        fill_week_through_journal(path, args.week)
        copy_weeks(path, args.receipts)
        for cashiers in (False, True):
            if cashiers:
                add_cashiers(path)
            print(
                f"Journal of {args.receipts:,} receipts,"
                f" {'with' if cashiers else 'without'} cashiers recorded"
            )
            print(f"  {'':48} {'median':>9} {'max':>9}  goal < {GOAL_MS:.0f} ms")
            for label, median, worst, goal in figures(path):
                verdict = ("ok" if median < GOAL_MS else "SLOW") if goal else ""
                print(f"  {label:48} {median:7.2f}ms {worst:7.2f}ms  {verdict}")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
