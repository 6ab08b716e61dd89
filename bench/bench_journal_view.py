"""How fast the journal view is with 100,000 receipts: opening it, each filter, scrolling deep.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_journal_view [--receipts N]``.
The journal is built as :mod:`bench.bench_journal` builds it (a week through the journal, then
copied week by week); the view opens over a till on that journal (sandbox clients, so nothing
leaves the machine). Each figure is the time from the cashier's action until the rows are in
the model (the page read on the worker thread, handed back on the UI thread), median of
several runs, maximum after it. Goals: 200 ms to open, 50 ms a filter. Printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench.bench_journal import copy_weeks, fill_week_through_journal
from pos_app.core.codes import ReceiptType
from pos_app.core.journal import Journal, JournalFilter, ReceiptState
from pos_app.core.session import open_session
from pos_app.qt.journal_model import PAGE
from pos_app.qt.journal_view import JournalView
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Till
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from pos_app.sandbox.till import sandbox_settings

OPEN_GOAL_MS = 200.0
FILTER_GOAL_MS = 50.0
RUNS = 7


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not answer")
        QTimer.singleShot(1, loop.quit)
        loop.exec()


class Pages:
    """Counts the pages a view's model has read. (Connected once and never disconnected:
    PySide6 6.12's disconnect, like its emit, drops a reference to True.)"""

    def __init__(self, view: JournalView) -> None:
        self.count = 0
        view.model.loaded.connect(self._loaded)

    def _loaded(self, _rows: int) -> None:
        self.count += 1

    def after(self, action: Callable[[], None]) -> float:
        """Milliseconds from ``action`` until the model has read its next page."""
        before = self.count
        started = time.perf_counter()
        action()
        wait_for(lambda: self.count > before)
        return (time.perf_counter() - started) * 1e3


def query_alone(journal: Journal, journal_filter: JournalFilter) -> float:
    """The journal's part alone: the page read on this thread, in milliseconds."""
    started = time.perf_counter()
    journal.filtered(journal_filter, limit=PAGE)
    return (time.perf_counter() - started) * 1e3


def report(name: str, times: list[float], goal: float, alone: list[float] | None = None) -> None:
    median, worst = statistics.median(times), max(times)
    mark = "ok" if median <= goal else "OVER"
    query = "" if alone is None else f"  query alone {statistics.median(alone):6.1f} ms"
    print(f"{name:<44} {median:7.1f} ms (max {worst:6.1f})  goal {goal:.0f} ms {mark:<4}{query}")


def filters_to_time(journal: Journal) -> dict[str, JournalFilter]:
    newest = journal.list_recent(1)[0]
    with_phone = next(s for s in journal.list_recent(500) if s.phone)
    fiscal = next(s for s in journal.list_recent(500) if s.fd)
    day = newest.created_at.astimezone().date() - timedelta(days=30)
    return {
        "type: expenses": JournalFilter(types=frozenset({ReceiptType.EXPENSE})),
        "state: waiting to be sent": JournalFilter(states=frozenset({ReceiptState.QUEUED})),
        "state: needs attention (none)": JournalFilter(
            states=frozenset({ReceiptState.NEEDS_ATTENTION})
        ),
        "one day": JournalFilter(date_from=day, date_to=day),
        "amount 1000.00 to 1500.00": JournalFilter(
            amount_from=Decimal("1000"), amount_to=Decimal("1500")
        ),
        'text, common ("молоко")': JournalFilter(text="молоко"),
        "text, rare (whole scan)": JournalFilter(text="нет такого товара"),
        "customer phone": JournalFilter(contact=with_phone.phone),
        "FD number": JournalFilter(fiscal_number=fiscal.fd),
        "expenses over 1000.00 in a month": JournalFilter(
            types=frozenset({ReceiptType.EXPENSE}),
            amount_from=Decimal("1000"),
            date_from=day - timedelta(days=30),
            date_to=day,
        ),
    }


def measure(till: Till, journal: Journal) -> None:
    opens = []
    for _ in range(RUNS):
        started = time.perf_counter()
        view = JournalView(till)
        view.resize(1400, 800)
        view.show()
        wait_for(lambda view=view: view.model.rowCount() > 0)  # type: ignore[misc]
        opens.append((time.perf_counter() - started) * 1e3)
        view.close()
        view.deleteLater()
    alone = [query_alone(journal, JournalFilter()) for _ in range(RUNS)]
    report("open the view (first page on screen)", opens, OPEN_GOAL_MS, alone)

    view = JournalView(till)
    view.resize(1400, 800)
    view.show()
    wait_for(lambda: view.model.rowCount() > 0)
    pages = Pages(view)
    for name, journal_filter in filters_to_time(journal).items():
        times = [
            pages.after(lambda f=journal_filter: view.model.set_view(f))  # type: ignore[misc]
            for _ in range(RUNS)
        ]
        alone = [query_alone(journal, journal_filter) for _ in range(RUNS)]
        report(f"filter: {name}", times, FILTER_GOAL_MS, alone)

    pages.after(lambda: view.model.set_view(JournalFilter()))
    root = view.table.rootIndex()
    for _ in range(50):
        pages.after(lambda: view.model.fetchMore(root))
    deep = [pages.after(lambda: view.model.fetchMore(root)) for _ in range(RUNS)]
    report(f"scroll: next page at row {view.model.rowCount():,}", deep, FILTER_GOAL_MS)
    view.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", type=int, default=100_000)
    parser.add_argument("--week", type=int, default=2_000, help="receipts in the first week")
    parser.add_argument(
        "--journal", type=Path, help="measure a copy of this journal instead of building one"
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-journal-view-"))
    path = folder / "journal.sqlite3"
    try:
        if args.journal is not None:
            shutil.copyfile(args.journal, path)
        else:
            fill_week_through_journal(path, args.week)
            copy_weeks(path, args.receipts)
        with Sandbox() as sandbox:
            session = open_session(
                sandbox_settings(sandbox),
                folder=folder,
                clients=lambda _settings: sandbox_clients(sandbox),
            )
            count = session.journal.list_recent(1)[0].id
            # The outbox sends these to the sandbox while the view is measured: its events
            # reach the view as they would in a shop catching up after an outage.
            backlog = session.journal.outbox_state().waiting
            print(
                f"journal: {count:,} receipts, {backlog:,} waiting to be sent;"
                f" {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f}"
            )
            till = Till(lambda: session, Tasks())
            till.open()
            wait_for(lambda: till.session is not None)
            measure(till, session.journal)
            till.close()
            wait_for(lambda: till.is_shut)
            till.tasks.shutdown()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    del app


if __name__ == "__main__":
    main()
