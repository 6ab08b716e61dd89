"""`pos-app refund` against the sandbox, with the real OS keyring: found by id or by the QR
code, refused with the quantity left, output and exit codes as `fiscalize`."""

from __future__ import annotations

import json

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.journal import Journal, ReceiptRecord
from pos_app.core.paths import data_dir
from pos_app.core.workflow import Workflow
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from tests.refunds.conftest import fiscalized, shop_sale


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop_sale_in_the_journal(sandbox: Sandbox) -> ReceiptRecord:
    """A sale fiscalized into the shop's own journal (the one the command opens)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    clients = sandbox_clients(sandbox, read_timeout=5.0)
    with Journal.open(folder / "journal.sqlite3") as journal:
        record = fiscalized(
            Workflow(journal, clients), shop_sale(sandbox), sandbox.credentials.invoice_id
        )
    clients.close()
    return record


@pytest.mark.usefixtures("sandbox_keyring")
def test_a_refund_over_the_command_line_by_qr_then_the_rest_by_id(
    shop_sale_in_the_journal: ReceiptRecord, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    sale = shop_sale_in_the_journal
    assert sale.qr is not None
    code, out, err = run(
        capsys, "refund", "--qr", sale.qr, "--line", "3=4", "--refund-id", "1", "--json"
    )
    assert code == ExitCode.OK, err
    printed = json.loads(out)
    assert printed["state"] == "fiscalized"
    assert printed["refund_of"] == sale.id
    assert printed["refund_id"] == 1
    assert printed["content"]["Content"]["Type"] == 2
    assert [p["Quantity"] for p in printed["content"]["Content"]["Positions"]] == ["4.000"]

    code, out, err = run(capsys, "refund", "--original", str(sale.id), "--refund-id", "2")
    assert code == ExitCode.OK, err
    assert "Fiscalized" in out
    refunds = [d for d in sandbox.documents() if d.refund_id is not None]
    assert [d.receipt.total for d in refunds] == [
        sale.receipt().positions[2].price * 4,
        sale.receipt().total - sale.receipt().positions[2].price * 4,
    ]


@pytest.mark.usefixtures("sandbox_keyring")
def test_more_than_is_left_exits_2_with_the_quantity_left(
    shop_sale_in_the_journal: ReceiptRecord, capsys: pytest.CaptureFixture[str]
) -> None:
    sale = shop_sale_in_the_journal
    code, _, err = run(
        capsys, "refund", "--original", str(sale.id), "--line", "2=1", "--refund-id", "1"
    )
    assert code == ExitCode.OK, err
    code, out, err = run(
        capsys, "refund", "--original", str(sale.id), "--line", "2=2", "--refund-id", "2"
    )
    assert code == ExitCode.BAD_INPUT
    assert out == ""
    assert "line 2" in err
    assert "only 1 of “Молоко 3,2%” is left to refund" in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("sandbox_keyring")
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--line", "2"], "must be N=QTY"),
        (["--line", "2=1", "--line", "2=1"], "given twice"),
        (["--line", "x=1"], "must be a whole number from 1"),
        (["--line", "1=-1"], "more than zero"),
        (["--refund-id", "0"], "--refund-id"),
    ],
)
def test_bad_lines_exit_2_naming_what_is_wrong(
    shop_sale_in_the_journal: ReceiptRecord,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    says: str,
) -> None:
    if "--refund-id" not in args:
        args = [*args, "--refund-id", "1"]
    code, _, err = run(capsys, "refund", "--original", str(shop_sale_in_the_journal.id), *args)
    assert code == ExitCode.BAD_INPUT
    assert says in err


@pytest.mark.usefixtures("sandbox_keyring", "shop_sale_in_the_journal")
def test_a_qr_code_of_another_shop_exits_2_saying_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    qr = "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908&n=1"
    code, _, err = run(capsys, "refund", "--qr", qr, "--refund-id", "1")
    assert code == ExitCode.BAD_INPUT
    assert "is not from this shop" in err
