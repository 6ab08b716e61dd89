"""One mapping of failures to exit codes, used by every command."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core import credentials, paths
from pos_app.core.journal import JOURNAL_FILE

CLI = Path(__file__).resolve().parents[2] / "pos_app" / "cli"


def test_no_command_maps_failures_to_exit_codes_by_itself() -> None:
    own_mapping = re.compile(r"except .*:\n\s+(print\(.*\n\s+)?return .*ExitCode")
    for module in CLI.glob("*.py"):
        if module.name != "exit_codes.py":
            assert not own_mapping.search(module.read_text(encoding="utf-8")), module.name


@pytest.mark.parametrize(
    ("argv", "code", "said"),
    [
        (["journal", "show", "0"], ExitCode.BAD_INPUT, "Bad input: ID: "),
        (["journal", "show", "5"], ExitCode.BAD_INPUT, "Bad input: ID: The journal has no"),
        (["qr", "t=1"], ExitCode.BAD_INPUT, "Bad input: "),
        (["report", "--from", "2025-02-02", "--to", "2025-02-01"], ExitCode.BAD_INPUT, "Bad"),
        (["settings", "set", "nope", "1"], ExitCode.BAD_INPUT, "Bad input: KEY: "),
    ],
)
def test_bad_input_exits_2_with_the_field_named(
    capsys: pytest.CaptureFixture[str], argv: list[str], code: ExitCode, said: str
) -> None:
    assert main(argv) == code
    assert capsys.readouterr().err.startswith(said)


def test_a_damaged_journal_fails_every_command_that_reads_it_with_its_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    damaged = paths.data_dir() / JOURNAL_FILE
    damaged.write_bytes(b"not a database, " * 64)
    for argv in (
        ["journal", "list"],
        ["outbox"],
        ["report", "--from", "2025-01-01", "--to", "2025-01-02"],
    ):
        assert main(argv) == ExitCode.FAILED
        err = capsys.readouterr().err
        assert str(damaged) in err
        assert "Traceback" not in err


def test_sending_without_credentials_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A keyring of its own, empty (or none at all, outside scripts/test.sh).
    monkeypatch.setenv(credentials.SERVICE_ENV, f"pos-app-tests-{uuid.uuid4().hex[:8]}")
    assert main(["outbox", "--retry"]) == ExitCode.FAILED
    err = capsys.readouterr().err
    assert err.startswith("Sending is not set up yet; missing: ")
    assert "pos-app credentials set intellectmoney.token" in err or "No OS keyring" in err
