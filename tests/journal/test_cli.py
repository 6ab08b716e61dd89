"""`pos-app journal`, `pos-app report` and `pos-app credentials` from a script's point of view."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core import credentials
from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.credentials import CredentialName, Secret
from pos_app.core.journal import Journal
from tests.journal.conftest import INVOICE, MOSCOW, Clock, fiscalized, receipt

TOKEN = "checker-token-8c1d"


@pytest.fixture
def shop_journal(clock: Clock) -> list[int]:
    """The user's journal (in the test's data folder) with a fiscalized sale, its refund and a
    receipt still waiting; returns their ids, oldest first."""
    with Journal.open(clock=clock) as journal:
        sale = fiscalized(
            journal, receipt([("Булка", "2", "45.90", 11)], [(PaymentType.CASH, "100")])
        )
        clock.advance(minutes=5)
        refund = fiscalized(
            journal,
            receipt([("Булка", "1", "45.90", 11)], receipt_type=ReceiptType.SALE_REFUND),
            fd=18215,
            refund_of=sale,
        )
        clock.advance(minutes=5)
        waiting = journal.add(receipt([("Молоко", "1", "89.90", 2)], phone="+79161234567"), INVOICE)
    return [sale, refund, waiting]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_journal_list_shows_the_newest_receipts_first(
    shop_journal: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "journal", "list")

    assert code == ExitCode.OK
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "Made", "Type"]
    assert [int(line.split()[0]) for line in lines[1:]] == shop_journal[::-1]
    assert "2025-02-11 09:10" in lines[1]  # local (Moscow) time
    assert "Waiting to be sent" in lines[1]
    assert "91.80" in lines[3]
    assert "Fiscalized" in lines[3]


def test_journal_list_as_json_for_scripts(
    shop_journal: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "journal", "list", "--limit", "2", "--json")

    assert code == ExitCode.OK
    rows = json.loads(out)
    assert [row["id"] for row in rows] == shop_journal[:0:-1]
    assert rows[1]["total"] == "45.90"
    assert (rows[1]["type"], rows[1]["state"], rows[1]["fd"]) == (2, "fiscalized", 18215)
    assert rows[0]["phone"] == "+79161234567"


def test_an_empty_journal_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "journal", "list")
    assert (code, out) == (ExitCode.OK, "The journal has no receipts yet.\n")


@pytest.mark.parametrize("limit", ["0", "-3", "ten", "10001"])
def test_a_bad_limit_is_bad_input_naming_the_option(
    capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    code, out, err = run(capsys, "journal", "list", "--limit", limit)

    assert code == ExitCode.BAD_INPUT
    assert err.startswith("Bad input: --limit: ")
    assert out == ""


def test_journal_show_gives_the_whole_story_of_a_receipt(
    shop_journal: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "journal", "show", str(shop_journal[0]))

    assert code == ExitCode.OK
    assert "Total: 91.80" in out
    assert "Change: 8.20" in out
    assert "FD: 18214" in out
    assert "QR: t=20250211T1214&s=91.80&fn=7380440801375198&i=18214&fp=2396636946&n=1" in out
    assert "Булка: 2.000 × 45.90" in out
    assert "queued → sending" in out
    assert "submitted → fiscalized" in out


def test_journal_show_as_json_holds_content_fiscal_data_and_history(
    shop_journal: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "journal", "show", str(shop_journal[1]), "--json")

    assert code == ExitCode.OK
    record = json.loads(out)
    assert record["refund_of"] == shop_journal[0]
    assert record["content"]["Content"]["Type"] == 2
    assert record["fiscal"]["fd"] == 18215
    assert datetime.fromisoformat(record["fiscal"]["processed_at"]).utcoffset() == MOSCOW.utcoffset(
        None
    )
    assert [event["to"] for event in record["history"]] == [
        "queued",
        "sending",
        "submitted",
        "fiscalized",
    ]


@pytest.mark.parametrize(("receipt_id", "said"), [("99", "no receipt 99"), ("abc", "whole number")])
def test_showing_a_receipt_that_is_not_there_is_bad_input(
    shop_journal: list[int], capsys: pytest.CaptureFixture[str], receipt_id: str, said: str
) -> None:
    code, _, err = run(capsys, "journal", "show", receipt_id)

    assert code == ExitCode.BAD_INPUT
    assert err.startswith("Bad input: ID: ")
    assert said in err


def test_report_sums_the_day_as_json(
    shop_journal: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "report", "--from", "2025-02-11", "--to", "2025-02-11", "--json")

    assert code == ExitCode.OK
    summary = json.loads(out)
    assert (summary["receipts"], summary["refunds"]) == (2, 1)
    assert summary["net_sales"] == "45.90"
    assert summary["by_payment"][0] == {
        "type": 1,
        "payment_type": 1,
        "label": "Cash",
        "amount": "91.80",
    }
    assert summary["by_vat"][0]["vat"] == "16.55"


def test_report_writes_the_csv_and_prints_the_summary(
    shop_journal: list[int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "февраль.csv"

    code, out, _ = run(
        capsys, "report", "--from", "2025-02-01", "--to", "2025-02-28", "--csv", str(path)
    )

    assert code == ExitCode.OK
    assert "Fiscalized receipts: 2, of them refunds: 1" in out
    assert "Sales less sale refunds: 45.90" in out
    assert f"CSV written to {path}" in out
    assert "Net;;Sales less sale refunds;;45,90;" in path.read_text(encoding="utf-8-sig")


def test_report_into_a_folder_that_does_not_exist_fails_clearly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "missing" / "day.csv"

    code, _, err = run(
        capsys, "report", "--from", "2025-02-11", "--to", "2025-02-11", "--csv", str(path)
    )

    assert code == ExitCode.FAILED
    assert err == f"Cannot write {path}: No such file or directory\n"


@pytest.mark.parametrize(
    ("dates", "field"),
    [
        (("2025-02-30", "2025-03-01"), "--from"),
        (("2025-02-01", "01.03.2025"), "--to"),
        (("2025-03-01", "2025-02-01"), "--to"),
    ],
)
def test_report_with_a_bad_date_is_bad_input_naming_it(
    capsys: pytest.CaptureFixture[str], dates: tuple[str, str], field: str
) -> None:
    code, _, err = run(capsys, "report", "--from", dates[0], "--to", dates[1])

    assert code == ExitCode.BAD_INPUT
    assert err.startswith(f"Bad input: {field}: ")


def test_report_without_its_period_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "report", "--from", "2025-02-11")
    assert code == ExitCode.BAD_INPUT
    assert err.startswith("Bad input: the following arguments are required: --to")
    assert "pos-app report --help" in err
    assert out == ""


@pytest.mark.keyring
def test_credentials_are_set_from_standard_input_listed_and_deleted(
    os_keyring: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TOKEN + "\n"))

    code, out, _ = run(capsys, "credentials", "set", "checker.token")
    assert (code, out) == (ExitCode.OK, "checker.token is stored in the OS keyring.\n")
    assert credentials.get(CredentialName.CHECKER_TOKEN) == Secret(TOKEN)

    code, out, _ = run(capsys, "credentials", "list")
    assert code == ExitCode.OK
    listed = {line.split()[0]: line.split()[1] for line in out.splitlines()}
    assert listed == {
        name.value: "set" if name == "checker.token" else "not" for name in CredentialName
    }
    assert TOKEN not in out

    assert run(capsys, "credentials", "delete", "checker.token")[:2] == (
        ExitCode.OK,
        "checker.token is deleted.\n",
    )
    assert run(capsys, "credentials", "delete", "checker.token")[:2] == (
        ExitCode.OK,
        "checker.token was not set; nothing to delete.\n",
    )


def test_a_credential_value_is_never_taken_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "credentials", "set", "checker.token", TOKEN)

    assert code == ExitCode.BAD_INPUT
    assert err.startswith("Bad input: VALUE: A credential is read from standard input")
    assert TOKEN not in err


@pytest.mark.parametrize(
    ("argv", "stdin", "said"),
    [
        (["credentials", "set", "checker"], "x", "Bad input: NAME: “checker” is not a credential"),
        (["credentials", "delete", "token"], "", "Bad input: NAME: “token” is not a credential"),
        (
            ["credentials", "set", "checker.token"],
            "\n",
            "Bad input: checker.token: The value is empty",
        ),
    ],
)
def test_a_wrong_credential_name_or_an_empty_value_is_bad_input(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    stdin: str,
    said: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))

    code, _, err = run(capsys, *argv)

    assert code == ExitCode.BAD_INPUT
    assert err.startswith(said)


@pytest.mark.slow
def test_a_script_lists_the_journal_through_the_real_command(
    shop_journal: list[int], tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pos_app", "journal", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=dict(os.environ),  # the test's data folder and time zone
        cwd=tmp_path,
    )

    assert result.returncode == ExitCode.OK, result.stderr
    assert [row["id"] for row in json.loads(result.stdout)] == shop_journal[::-1]
