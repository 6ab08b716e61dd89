"""How fast the journal is with 100,000 receipts: start-up, newest page, searches, a month's report.

Run: ``.venv/bin/python -m bench.bench_journal [--receipts N]``. The journal is built in a
temporary folder: a week of varied trade goes through :class:`Journal` itself (so its cost per
receipt is measured too), then that week is copied, a week later each time, up to the count
asked for. Each figure is the median of several runs (the maximum follows); the goal is under
100 ms each, printed rather than asserted. Last, a durable add is timed alone and while
another thread runs a year's report, to show the report does not hold up the Pay key.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import Any

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.journal import Journal
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.reports import period_summary

GOAL_MS = 100.0
RUNS = 9
WEEK = timedelta(weeks=1)
FIRST_DAY = datetime(2025, 1, 6, 5, 0, tzinfo=UTC)  # a Monday, 08:00 in Moscow
MOSCOW = timezone(timedelta(hours=3))
PRODUCTS = (
    "Булка городская",
    "Хлеб Бородинский",
    "Молоко 3,2% 1 л",
    "Кефир 1%",
    "Сыр Российский",
    "Масло сливочное 82,5%",
    "Яйца С1 10 шт",
    "Сахар 1 кг",
    "Чай чёрный 100 пак.",
    "Кофе молотый",
    "Гречка 900 г",
    "Рис круглый",
    "Макароны спагетти",
    "Курица охлаждённая",
    "Фарш говяжий",
    "Колбаса докторская",
    "Сосиски молочные",
    "Яблоки Гала",
    "Бананы",
    "Картофель",
    "Морковь",
    "Лук репчатый",
    "Помидоры",
    "Огурцы",
    "Вода 1,5 л",
    "Сок яблочный 1 л",
    "Шоколад молочный",
    "Печенье овсяное",
    "Мороженое пломбир",
    "Пельмени 800 г",
    "AIRWICK AEROZOL.240ML SVEJAYA MYATA",
    "Стиральный порошок",
    "Зубная паста",
    "Шампунь",
    "Туалетная бумага 4 шт",
    "Батарейки AA",
    "Пакет-майка",
    "Спички",
    "Доставка курьером",
    "Сборка мебели",
)
# getReceipt's answer is kept verbatim with each receipt: about this size (seed 002).
RAW_ANSWER = "{" + '"Response": "' + "x" * 1_800 + '", ' + '"Content": "' + "y" * 1_200 + '"}'
# Mostly the 2026 base rate, some 10% (food), some without VAT.
VAT_CODES = (11, 11, 11, 11, 2, 2, 6)


def make_receipt(rng: random.Random) -> Receipt:
    kind = rng.choices(
        (ReceiptType.SALE, ReceiptType.SALE_REFUND, ReceiptType.EXPENSE), (93, 5, 2)
    )[0]
    positions = tuple(
        Position(
            rng.choice(PRODUCTS),
            Decimal(rng.choice(("1", "1", "2", "3", "0.455", "1.250"))),
            Decimal(rng.randint(1_000, 500_000)).scaleb(-2),
            vat_rate(rng.choice(VAT_CODES)),
        )
        for _ in range(rng.randint(1, 5))
    )
    total = sum((p.total for p in positions), Decimal("0.00"))
    payments = (Payment(PaymentType.ELECTRONIC, total),)
    if kind is ReceiptType.SALE and rng.random() < 0.4:
        # Cash, rounded up to the next hundred: change comes back.
        payments = (
            Payment(PaymentType.CASH, (total / 100).to_integral_value(ROUND_CEILING) * 100),
        )
    phone = f"+7916{rng.randint(0, 9_999_999):07d}" if rng.random() < 0.3 else None
    email = f"buyer{rng.randint(1, 50_000)}@example.ru" if rng.random() < 0.2 else None
    return Receipt(
        type=kind,
        inn="7743736523",
        group="Main",
        positions=positions,
        payments=payments,
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(email=email, phone=phone),
    )


class Clock:
    def __init__(self) -> None:
        self.now = FIRST_DAY

    def __call__(self) -> datetime:
        return self.now


def fill_week_through_journal(path: Path, count: int) -> tuple[float, float]:
    """``count`` receipts over one week through the journal's own API; returns the mean
    milliseconds of a durable add, and of a whole life (add to fiscalized)."""
    rng = random.Random(20250211)  # noqa: S311 - repeatable sample data, not secrets
    clock = Clock()
    step = WEEK / count
    adds: list[float] = []
    lives: list[float] = []
    with Journal.open(path, clock=clock) as journal:
        for number in range(1, count + 1):
            sold = make_receipt(rng)
            started = time.perf_counter()
            receipt_id = journal.add(sold, f"3{number:09d}")
            adds.append(time.perf_counter() - started)
            if number <= count - 20:  # the last few are still on their way
                journal.mark_sending(receipt_id)
                journal.mark_submitted(receipt_id, f"doc-{number}")
                processed_at = (clock.now + timedelta(seconds=20)).astimezone(MOSCOW)
                fiscal = FiscalData(
                    document_id=f"doc-{number}",
                    fn="7380440801375198",
                    fd=number,
                    fp=f"{rng.randint(1, 4_294_967_295)}",
                    shift=1 + number // 300,
                    processed_at=processed_at,
                    device_sn="0060610038023373",
                    device_rn="0007517388016570",
                    ofd_name="Такском",
                    ofd_inn="7704211201",
                    receipt_type=sold.type,
                    total=sold.total,
                    raw=RAW_ANSWER,
                )
                journal.mark_fiscalized(receipt_id, fiscal)
            lives.append(time.perf_counter() - started)
            clock.now += step
    return statistics.fmean(adds) * 1e3, statistics.fmean(lives) * 1e3


# Each table with the column naming its receipt, and the id columns shifted with each copy.
_TABLES = (
    ("receipts", "id"),
    ("receipt_payments", "receipt_id"),
    ("receipt_vat", "receipt_id"),
    ("receipt_history", "receipt_id"),
)


def copy_weeks(path: Path, target: int) -> None:
    """Copy the first week's rows, a week later each time, until ``target`` receipts."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (base,) = conn.execute("SELECT COUNT(*) FROM receipts").fetchone()
        (events,) = conn.execute("SELECT MAX(id) FROM receipt_history").fetchone()
        conn.execute("BEGIN")
        for table, receipt_column in _TABLES:
            shifts = {"id": events} if table == "receipt_history" else {}
            shifts[receipt_column] = base
            cursor = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - names from code
            columns = [d[0] for d in cursor.description]
            rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
            marks = ", ".join("?" * len(columns))
            for week in range(1, -(-target // base)):
                last_id = target - week * base
                conn.executemany(
                    f"INSERT INTO {table} VALUES ({marks})",  # noqa: S608 - names from code
                    [
                        tuple(_shifted(name, value, week, shifts) for name, value in row.items())
                        for row in rows
                        if row[receipt_column] <= last_id
                    ],
                )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # Fresh statistics, as a journal that grew over a year would have had them.
        conn.execute("ANALYZE")
    finally:
        conn.close()


def _shifted(name: str, value: Any, week: int, ids: dict[str, int]) -> object:
    if value is None:
        return None
    if name in ids:
        return value + week * ids[name]
    shift = _SHIFTS.get(name)
    return value if shift is None else shift(value, week)


def _later_stamp(value: str, week: int) -> str:
    return (datetime.fromisoformat(value) + week * WEEK).isoformat(timespec="microseconds")


def _later_date(value: str, week: int) -> str:
    return (date.fromisoformat(value) + week * WEEK).isoformat()


# Columns holding a time, a date or a fiscal number, moved on with each copy; the rest are
# copied as they are.
_SHIFTS: dict[str, Callable[[Any, int], object]] = {
    "created_at": _later_stamp,
    "updated_at": _later_stamp,
    "last_error_at": _later_stamp,
    "at": _later_stamp,
    "fiscal_processed_at": lambda value, week: (
        datetime.fromisoformat(value) + week * WEEK
    ).isoformat(),
    "created_date": _later_date,
    "fiscal_date": _later_date,
    "fiscal_fd": lambda value, week: value + week * 100_000,
}


def timed(operation: Callable[[], object]) -> tuple[float, float]:
    """Median and maximum milliseconds over RUNS runs."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        operation()
        times.append((time.perf_counter() - started) * 1e3)
    return statistics.median(times), max(times)


def figures(path: Path) -> Iterator[tuple[str, float, float]]:
    def start_up() -> None:
        Journal.open(path).close()

    yield ("start-up (open + migrations check)", *timed(start_up))
    with Journal.open(path) as journal:
        newest = journal.list_recent(1)[0]
        yield ("list the newest 100", *timed(lambda: journal.list_recent(100)))
        yield ('search text, common ("молоко")', *timed(lambda: journal.search("молоко")))
        yield (
            "search text, rare (a phone: whole scan)",
            *timed(lambda: journal.search("+79160000000")),
        )
        yield ("search amount (exact total)", *timed(lambda: journal.search(amount=newest.total)))
        day = newest.created_at.astimezone().date() - timedelta(days=30)
        yield ("search date (one day)", *timed(lambda: journal.search(date_from=day, date_to=day)))
        first = date(2025, 6, 1)
        last = date(2025, 6, 30)
        summary = period_summary(journal, first, last)
        yield (
            f"month's report (June 2025: {summary.receipts:,} receipts)",
            *timed(lambda: period_summary(journal, first, last)),
        )


def writes_beside_a_report(path: Path, count: int = 60) -> Iterator[tuple[str, float, float]]:
    """A durable add while nothing else runs, then while another thread keeps running a
    year's report: the report reads on its own connection, so the add should not wait for it."""
    rng = random.Random(20251130)  # noqa: S311 - repeatable sample data, not secrets
    first, last = date(2025, 1, 1), date(2025, 12, 31)
    with Journal.open(path) as journal:

        def adds() -> list[float]:
            times = []
            for _ in range(count):
                sold = make_receipt(rng)
                started = time.perf_counter()
                journal.add(sold, "3999999999")
                times.append((time.perf_counter() - started) * 1e3)
            return times

        alone = adds()
        reports: list[float] = []
        stop = threading.Event()

        def report() -> None:
            while not stop.is_set():
                started = time.perf_counter()
                journal.period_totals(first, last)
                reports.append((time.perf_counter() - started) * 1e3)

        reporter = threading.Thread(target=report)
        reporter.start()
        try:
            while not reports:  # the first report is under way or done: adds now overlap one
                time.sleep(0.01)
            beside = adds()
        finally:
            stop.set()
            reporter.join()
    yield ("durable add, nothing else running", statistics.median(alone), max(alone))
    yield (
        f"a year's report on another thread ({len(reports)} runs)",
        statistics.median(reports),
        max(reports),
    )
    yield ("durable add while that report runs", statistics.median(beside), max(beside))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", type=int, default=100_000)
    parser.add_argument("--week", type=int, default=2_000, help="receipts in the first week")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-journal-"))
    path = folder / "journal.sqlite3"
    try:
        started = time.perf_counter()
        add_ms, life_ms = fill_week_through_journal(path, args.week)
        through_journal = time.perf_counter() - started
        started = time.perf_counter()
        copy_weeks(path, args.receipts)
        copied = time.perf_counter() - started
        with sqlite3.connect(path) as conn:
            (count,) = conn.execute("SELECT COUNT(*) FROM receipts").fetchone()
        conn.close()
        print(f"Journal with {count:,} receipts ({path.stat().st_size / 1e6:.0f} MB) in {folder}")
        print(
            f"  filled: {args.week:,} through Journal in {through_journal:.1f} s (durable add"
            f" {add_ms:.2f} ms, add to fiscalized {life_ms:.2f} ms a receipt),"
            f" copied on in {copied:.1f} s"
        )
        print(f"  {'':48} {'median':>9} {'max':>9}  goal < {GOAL_MS:.0f} ms")
        for label, median, worst in figures(path):
            verdict = "ok" if median < GOAL_MS else "SLOW"
            print(f"  {label:48} {median:7.2f}ms {worst:7.2f}ms  {verdict}")
        print("  A report does not block a write (readers have their own connection):")
        for label, median, worst in writes_beside_a_report(path):
            print(f"  {label:48} {median:7.2f}ms {worst:7.2f}ms")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
