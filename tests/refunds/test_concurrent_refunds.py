"""Two tills refund the same lines at the same moment (two processes on one journal file, as
two windows, or a window and ``pos-app refund``): between them they never return more than
was sold, and the one that comes second is told what is left."""

from __future__ import annotations

import multiprocessing
from decimal import Decimal
from multiprocessing.synchronize import Barrier
from pathlib import Path
from queue import Queue

import pytest

from pos_app.core.journal import Journal, ReceiptRecord, ReceiptState
from pos_app.core.receipt import Receipt
from pos_app.core.refunds import (
    RefundTooLargeError,
    earlier_refunds,
    plain_quantity,
    refundable_lines,
    write_refund,
)

TILLS = 2
# Each line of the sale refunded whole by both tills at once: three races per test.
LINES = {1: Decimal("1"), 2: Decimal("2"), 3: Decimal("10")}


def refund_lines_as_a_till(
    path: Path,
    original_id: int,
    till: int,
    start: Barrier,
    results: Queue[tuple[int, int, str]],
) -> None:
    """One till (its own process and journal connection): each line refunded whole, started
    together with the other till's refund of the same line."""
    with Journal.open(path) as journal:
        for line, quantity in LINES.items():
            start.wait(timeout=60)
            try:
                write_refund(journal, original_id, {line: quantity}, refund_id=10 * line + till)
            except RefundTooLargeError as refused:
                results.put((line, till, f"left {plain_quantity(refused.available)}"))
            else:
                results.put((line, till, "written"))


def test_two_tills_refunding_the_same_lines_at_once_never_return_more_than_was_sold(
    sale: ReceiptRecord, journal: Journal
) -> None:
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(TILLS)
    results: Queue[tuple[int, int, str]] = spawn.Queue()  # type: ignore[assignment]
    tills = [
        spawn.Process(
            target=refund_lines_as_a_till,
            args=(journal.path, sale.id, till, start, results),
        )
        for till in range(1, TILLS + 1)
    ]
    for process in tills:
        process.start()
    outcomes = [results.get(timeout=120) for _ in range(TILLS * len(LINES))]
    for process in tills:
        process.join(timeout=60)
        assert process.exitcode == 0

    for line in LINES:
        said = sorted(outcome for number, _till, outcome in outcomes if number == line)
        assert said == ["left 0", "written"], f"line {line}: {said}"
    refunds = earlier_refunds(journal, sale.id)
    assert len(refunds) == len(LINES)
    assert all(refund.state is ReceiptState.QUEUED for refund in refunds)
    assert [line.available for line in refundable_lines(sale, refunds)] == [0, 0, 0]


def test_a_refund_refused_inside_the_transaction_writes_nothing(
    sale: ReceiptRecord, journal: Journal
) -> None:
    write_refund(journal, sale.id, {3: Decimal("7")}, refund_id=1)
    before = journal.next_receipt_number()

    with pytest.raises(RefundTooLargeError) as refused:
        write_refund(journal, sale.id, {3: Decimal("4")}, refund_id=2)

    assert refused.value.available == Decimal("3")
    assert journal.next_receipt_number() == before
    assert len(journal.refunds_of(sale.id)) == 1


def test_what_the_refund_is_built_from_is_read_under_the_write_lock(
    sale: ReceiptRecord, journal: Journal
) -> None:
    first = write_refund(journal, sale.id, {2: Decimal("1")}, refund_id=1)
    seen: list[tuple[int, ...]] = []

    def build(original: ReceiptRecord, refunds: tuple[ReceiptRecord, ...]) -> Receipt:
        seen.append(tuple(refund.id for refund in refunds))
        return refunds[0].receipt()

    second = journal.add_refund(sale.id, build, refund_id=2)

    assert seen == [(first,)]
    assert journal.get(second).refund_of == sale.id
    assert journal.get(second).invoice_id == sale.invoice_id
