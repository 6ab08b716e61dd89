"""`pos-app report` gives the window's figures: one breakdown as a table, JSON, CSV and PDF."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.journal import Journal
from tests.journal.conftest import INVOICE, MOSCOW, Clock, fiscalized, receipt

PERIOD = ("--from", "2025-02-11", "--to", "2025-02-11")


@pytest.fixture
def shop_day(clock: Clock) -> None:
    """The user's journal: a cash sale at 09:05, a card sale at 13:40, a refund at 13:50, and a
    receipt still waiting."""
    with Journal.open(clock=clock) as journal:
        cash = receipt([("Булка", "2", "45.90", 11)], [(PaymentType.CASH, "100")])
        fiscalized(journal, cash, 1, datetime(2025, 2, 11, 9, 5, tzinfo=MOSCOW))
        card = receipt([("Сыр", "1", "250", 2)])
        fiscalized(journal, card, 2, datetime(2025, 2, 11, 13, 40, tzinfo=MOSCOW))
        back = receipt([("Булка", "1", "45.90", 11)], receipt_type=ReceiptType.SALE_REFUND)
        fiscalized(journal, back, 3, datetime(2025, 2, 11, 13, 50, tzinfo=MOSCOW))
        journal.add(receipt([("Молоко", "1", "89.90", 2)]), INVOICE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_by_hour_prints_the_days_hours_with_their_net(
    shop_day: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "report", *PERIOD, "--by", "hour")

    assert code == ExitCode.OK
    lines = out.splitlines()
    assert lines[0] == "By hour"
    assert lines[1].split() == ["Hour", "Receipts", "Sale", "Sale", "refund", "Net", "sales"]
    assert lines[2].split() == ["09:00–10:00", "1", "91.80", "0.00", "91.80"]
    assert lines[3].split() == ["13:00–14:00", "2", "250.00", "45.90", "204.10"]


def test_the_summary_counts_the_waiting_receipt_apart(
    shop_day: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "report", *PERIOD)

    assert code == ExitCode.OK
    assert "Sales less sale refunds: 295.90" in out
    assert "Not counted: 1 receipt(s) for 89.90 not fiscalized yet (0 waiting for a person)" in out


def test_json_by_payment_gives_only_that_breakdown(
    shop_day: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "report", *PERIOD, "--by", "payment", "--json")

    assert code == ExitCode.OK
    data = json.loads(out)
    assert set(data) == {"from", "to", "by_payment"}
    assert {
        (line["type"], line["payment_type"], line["amount"]) for line in data["by_payment"]
    } == {
        (1, 1, "91.80"),
        (1, 2, "250.00"),
        (2, 2, "45.90"),
    }


def test_json_carries_hours_cashiers_and_what_waits(
    shop_day: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = run(capsys, "report", *PERIOD, "--json")

    data = json.loads(out)
    assert [(line["hour"], line["type"], line["count"]) for line in data["by_hour"]] == [
        (9, 1, 1),
        (13, 1, 1),
        (13, 2, 1),
    ]
    assert {line["cashier"] for line in data["by_cashier"]} == {None}
    assert data["not_fiscalized"] == {"count": 1, "total": "89.90", "waiting_for_a_person": 0}


# The command makes a QGuiApplication when there is none; in this one test process the Qt
# tests' QApplication must be the first (pytest-qt's qapp), whichever order the tests run in.
@pytest.mark.usefixtures("qapp")
def test_csv_and_pdf_are_written_without_a_display(
    shop_day: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    csv_path, pdf_path = tmp_path / "day.csv", tmp_path / "day.pdf"

    code, out = run(capsys, "report", *PERIOD, "--csv", str(csv_path), "--pdf", str(pdf_path))

    assert code == ExitCode.OK
    assert f"PDF written to {pdf_path} (1 page(s))" in out
    assert "By hour;Sale;09:00–10:00;1;91,80;" in csv_path.read_text(encoding="utf-8-sig")
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


# The command makes a QGuiApplication when there is none; in this one test process the Qt
# tests' QApplication must be the first (pytest-qt's qapp), whichever order the tests run in.
@pytest.mark.usefixtures("qapp")
def test_a_pdf_into_a_missing_folder_is_refused_plainly(
    shop_day: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["report", *PERIOD, "--pdf", str(tmp_path / "no" / "such" / "day.pdf")])

    assert code != ExitCode.OK
    assert "Cannot write" in capsys.readouterr().err
