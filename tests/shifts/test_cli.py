"""`pos-app shift` and `pos-app people`: a cashier's day on the command line, PINs only from
standard input, JSON for scripts and the usual exit codes."""

from __future__ import annotations

import io
import json
import sys

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.codes import PaymentType
from pos_app.core.journal import Journal
from pos_app.core.paths import data_dir
from pos_app.core.settings import Settings, save_settings
from tests.journal.conftest import INVOICE, receipt
from tests.shifts.conftest import ADMIN, ADMIN_PIN, CASHIER, CASHIER_PIN

SALE = receipt(payments=[(PaymentType.CASH, "100")])  # 91.80, 8.20 change


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ring_a_sale() -> None:
    data_dir().mkdir(parents=True, exist_ok=True)
    with Journal.open(data_dir() / "journal.sqlite3") as journal:
        journal.add(SALE, INVOICE)


def test_a_shift_from_open_to_close_with_a_counted_shortage(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def shift(*args: str) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, "shift", *args)

    assert shift("open", "--cashier", "Анна", "--cash", "1000")[0] == ExitCode.OK
    ring_a_sale()
    assert shift("cash-in", "300", "--reason", "размен")[0] == ExitCode.OK
    code, out, _ = shift("cash-out", "100", "--reason", "в сейф")
    assert (code, out.strip()) == (ExitCode.OK, "Cash out: 100.00 (в сейф)")

    code, out, _ = shift("x-report")
    assert code == ExitCode.OK
    assert "Expected in the drawer: 1291.80" in out

    code, out, _ = shift("close", "--counted", "1290", "--json")
    report = json.loads(out)
    assert code == ExitCode.OK
    assert (report["expected_cash"], report["counted_cash"], report["difference"]) == (
        "1291.80",
        "1290.00",
        "-1.80",
    )
    assert report["receipts"] == 1
    assert report["waiting"] == 1
    assert [m["direction"] for m in report["cash_movements"]] == ["in", "out"]

    code, _, err = shift("x-report")
    assert (code, err.strip()) == (ExitCode.FAILED, "No shift is open; open one first.")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["open", "--cashier", "Анна", "--cash", "-1"], "cash"),
        (["open", "--cashier", " ", "--cash", "10"], "cashier"),
        (["close", "--counted", "abc"], "counted"),
    ],
)
def test_bad_amounts_and_names_are_bad_input(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    said: str,
) -> None:
    code, _, err = run(capsys, monkeypatch, "shift", *args)
    assert code == ExitCode.BAD_INPUT
    assert err.startswith(f"Bad input: {said}:")


def test_with_roles_on_pins_come_from_standard_input_and_cash_out_needs_an_administrator(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(roles=True))
    people = ("people", "add")
    assert run(capsys, monkeypatch, *people, ADMIN, "--role", "admin", stdin=ADMIN_PIN + "\n")[
        0
    ] == (ExitCode.OK)
    assert run(capsys, monkeypatch, *people, CASHIER, stdin=CASHIER_PIN)[0] == ExitCode.OK
    code, out, _ = run(capsys, monkeypatch, "people", "list", "--json")
    assert json.loads(out) == [
        {"name": CASHIER, "role": "cashier"},
        {"name": ADMIN, "role": "admin"},
    ]

    opening = ("shift", "open", "--cashier", CASHIER, "--cash", "500")
    code, _, err = run(capsys, monkeypatch, *opening, stdin="0000\n")
    assert (code, "Wrong PIN" in err) == (ExitCode.BAD_INPUT, True)
    assert run(capsys, monkeypatch, *opening, stdin=CASHIER_PIN)[0] == ExitCode.OK

    out_of_drawer = ("shift", "cash-out", "50", "--reason", "инкассация")
    code, _, err = run(capsys, monkeypatch, *out_of_drawer, "--admin", CASHIER, stdin=CASHIER_PIN)
    assert (code, "not an administrator" in err) == (ExitCode.BAD_INPUT, True)
    code, _, _ = run(capsys, monkeypatch, *out_of_drawer, "--admin", ADMIN, stdin=ADMIN_PIN)
    assert code == ExitCode.OK
    code, out, _ = run(capsys, monkeypatch, "shift", "x-report", "--json")
    assert json.loads(out)["cash_movements"][0]["approved_by"] == ADMIN
    # Nothing the command line was given or read shows the PINs.
    assert ADMIN_PIN not in (data_dir() / "journal.sqlite3").read_bytes().decode("latin-1")


def test_people_pin_and_remove(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, monkeypatch, "people", "add", ADMIN, "--role", "admin", stdin=ADMIN_PIN)
    run(capsys, monkeypatch, "people", "add", CASHIER, stdin=CASHIER_PIN)
    code, _, err = run(capsys, monkeypatch, "people", "pin", CASHIER, stdin="12")
    assert (code, err.strip()) == (ExitCode.BAD_INPUT, "Bad input: pin: A PIN is 4 to 12 digits.")
    assert run(capsys, monkeypatch, "people", "pin", CASHIER, stdin="9753")[0] == ExitCode.OK
    assert run(capsys, monkeypatch, "people", "remove", CASHIER)[0] == ExitCode.OK
    code, _, err = run(capsys, monkeypatch, "people", "remove", ADMIN)
    assert (code, "only administrator" in err) == (ExitCode.BAD_INPUT, True)
    code, out, _ = run(capsys, monkeypatch, "people", "list")
    assert out.splitlines() == [f"{ADMIN}\tAdministrator"]
