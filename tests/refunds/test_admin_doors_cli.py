"""With roles on, the command line's refunds and cancels ask an administrator as the window
does: `--admin NAME` with the PIN on standard input, refused with exit code 2 otherwise, the
approval kept in the journal beside the receipt it concerns."""

from __future__ import annotations

import dataclasses
import io
import sys

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.journal import Journal, ReceiptRecord, ReceiptState
from pos_app.core.paths import data_dir
from pos_app.core.settings import load_settings, save_settings
from pos_app.core.shifts import Role
from pos_app.sandbox import Sandbox
from tests.journal.conftest import INVOICE, receipt
from tests.refunds.test_refund_cli import shop_sale_in_the_journal
from tests.shifts.conftest import ADMIN, ADMIN_PIN, CASHIER, CASHIER_PIN

__all__ = ["shop_sale_in_the_journal"]


@pytest.fixture
def roles_on() -> None:
    save_settings(dataclasses.replace(load_settings(), roles=True))
    data_dir().mkdir(parents=True, exist_ok=True)
    with Journal.open(data_dir() / "journal.sqlite3") as journal:
        journal.people.add(ADMIN, Role.ADMIN, ADMIN_PIN)
        journal.people.add(CASHIER, Role.CASHIER, CASHIER_PIN)


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    pin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def journal_rows(sql: str) -> list[tuple[object, ...]]:
    with Journal.open(data_dir() / "journal.sqlite3") as journal:
        return [tuple(row) for row in journal._conn.execute(sql).fetchall()]


def waiting_receipt() -> int:
    with Journal.open(data_dir() / "journal.sqlite3") as journal:
        return journal.add(receipt(), INVOICE)


def state_of(receipt_id: int) -> ReceiptState:
    with Journal.open(data_dir() / "journal.sqlite3") as journal:
        return journal.get(receipt_id).state


@pytest.mark.usefixtures("sandbox_keyring", "roles_on")
def test_a_refund_needs_an_administrators_pin_on_the_command_line(
    shop_sale_in_the_journal: ReceiptRecord,
    sandbox: Sandbox,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sale = shop_sale_in_the_journal
    refund = ("refund", "--original", str(sale.id), "--line", "1=1", "--refund-id", "1")

    code, out, err = run(capsys, monkeypatch, *refund)
    assert (code, out) == (ExitCode.BAD_INPUT, "")
    assert "--admin" in err
    code, _, err = run(capsys, monkeypatch, *refund, "--admin", CASHIER, pin=CASHIER_PIN)
    assert (code, "not an administrator" in err) == (ExitCode.BAD_INPUT, True)
    code, _, err = run(capsys, monkeypatch, *refund, "--admin", ADMIN, pin="0000")
    assert (code, "Wrong PIN" in err) == (ExitCode.BAD_INPUT, True)
    assert not [d for d in sandbox.documents() if d.refund_id is not None]

    code, out, err = run(capsys, monkeypatch, *refund, "--admin", ADMIN, pin=ADMIN_PIN)
    assert code == ExitCode.OK, err
    assert "Fiscalized" in out
    assert journal_rows("SELECT admin, action, receipt_id FROM approvals") == [
        (ADMIN, "refund", sale.id)
    ]
    # The PIN is nowhere in what was printed.
    assert ADMIN_PIN not in out + err


@pytest.mark.usefixtures("roles_on")
def test_cancelling_from_the_outbox_needs_an_administrator(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    receipt_id = waiting_receipt()
    cancel = ("outbox", "--cancel", str(receipt_id), "--reason", "Покупатель ушёл")

    code, _, err = run(capsys, monkeypatch, *cancel)
    assert (code, "--admin" in err) == (ExitCode.BAD_INPUT, True)
    assert state_of(receipt_id) is ReceiptState.QUEUED

    code, _, err = run(capsys, monkeypatch, *cancel, "--admin", ADMIN, pin=ADMIN_PIN)
    assert code == ExitCode.OK, err
    assert state_of(receipt_id) is ReceiptState.CANCELLED
    assert journal_rows("SELECT admin, action, receipt_id FROM approvals") == [
        (ADMIN, "cancel", receipt_id)
    ]


@pytest.mark.usefixtures("roles_on")
def test_a_new_draft_asks_an_administrator_only_when_it_cancels(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    receipt_id = waiting_receipt()
    draft = ("resolve", str(receipt_id), "--as-new-draft")

    code, out, _ = run(capsys, monkeypatch, *draft, "--admin", ADMIN, pin="9999")
    assert (code, out) == (ExitCode.BAD_INPUT, "")
    assert state_of(receipt_id) is ReceiptState.QUEUED

    code, out, err = run(capsys, monkeypatch, *draft, "--admin", ADMIN, pin=ADMIN_PIN)
    assert code == ExitCode.OK, err
    assert state_of(receipt_id) is ReceiptState.CANCELLED
    # Cancelled already: the draft is written again without asking anyone.
    code, again, err = run(capsys, monkeypatch, *draft)
    assert (code, again) == (ExitCode.OK, out), err


def test_with_roles_off_nothing_is_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir().mkdir(parents=True, exist_ok=True)
    receipt_id = waiting_receipt()

    code, _, err = run(capsys, monkeypatch, "outbox", "--cancel", str(receipt_id), "--reason", "x")

    assert code == ExitCode.OK, err
    assert journal_rows("SELECT * FROM approvals") == []
