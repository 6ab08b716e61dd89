"""Generated junk on the command line, for each subcommand: `pos-app` answers with one of its
documented exit codes and a message, never a traceback or an exception escaping main()."""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.cli import build_parser, main
from pos_app.cli.arguments import BadArgumentsError
from pos_app.cli.exit_codes import ExitCode
from pos_app.core import credentials

# Values that broke, or could break, a parser or a reader: NaN and infinities, numbers past
# 64 bits or past Python's 4,300 digits, negative and empty values, devices, NUL characters.
NASTY = (
    "nan",
    "-nan",
    "inf",
    "-1",
    "1e308",
    "1e-400",
    "0",
    "1",
    "7",
    "3000000001",
    "9" * 20,
    "9" * 5001,
    "-",
    "",
    "--",
    "/dev/zero",
    "/dev/null",
    ".",
    "x\x00y",
    "Ж",
    "2026-02-30",
    "2026-11-30",
    "checker.token",
    "+998901234567",
    "receipt.json",
    "broken.json",
)
# Far more than the command needs, far less than reading /dev/zero to the end would take.
MEMORY_CAP = 1024 * 1024 * 1024
DOCUMENTED = {int(code) for code in ExitCode}
SEED = Path(__file__).parents[1] / "data" / "seeds" / "001_createReceipt_MerchantReceipt.json"
# The document's receipt with an INN whose check digit is right: a receipt that can be sent.
RECEIPT = SEED.read_text(encoding="utf-8").replace("7000000000", "7000000003")


@dataclass(frozen=True)
class Command:
    options: list[str]  # every option string but --help
    required: list[str]  # the options it cannot do without


def _commands(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> dict[tuple[str, ...], Command]:
    """Every leaf command (``("journal", "show")``…) with its options."""
    found: dict[tuple[str, ...], Command] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(_commands(sub, (*prefix, name)))
    if prefix and not found:
        actions = [action for action in parser._actions if action.option_strings]
        found[prefix] = Command(
            options=[
                option
                for action in actions
                for option in action.option_strings
                if option not in ("-h", "--help")
            ],
            required=[action.option_strings[0] for action in actions if action.required],
        )
    return found


COMMANDS = _commands(build_parser())
# These do their work until stopped (a server): their junk is only parsed, below.
LONG_RUNNING = {("sandbox", "serve")}


def junk_for(command: Command) -> st.SearchStrategy[list[str]]:
    """The required options (mostly) and others with a value each, and stray tokens: junk
    that gets past the parser often enough to reach the commands' own checks."""
    value = st.one_of(st.sampled_from(NASTY), st.text(max_size=12))
    parts = [value.map(lambda token: [token])]
    if command.options:
        option = st.sampled_from(command.options)
        pair = st.tuples(option, value).map(list)
        parts = [pair, pair, option.map(lambda token: [token]), *parts]
    required: list[st.SearchStrategy[list[str]]] = [
        st.one_of(st.tuples(st.just(name), value).map(list), st.just([]), st.just([name]))
        for name in command.required
    ]
    return st.tuples(st.tuples(*required), st.lists(st.one_of(parts), max_size=5)).map(
        lambda drawn: [token for chunk in (*drawn[0], *drawn[1]) for token in chunk]
    )


@pytest.fixture
def quiet_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files the junk names land in a throwaway folder, credentials in a throwaway keyring
    service (none set: sending commands stop at that), standard input is empty."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "receipt.json").write_text(RECEIPT, encoding="utf-8")
    (tmp_path / "broken.json").write_text(RECEIPT.replace("7000000003", "9" * 5001))
    monkeypatch.setenv(credentials.SERVICE_ENV, f"pos-app-junk-{uuid.uuid4().hex[:8]}")
    for variable in ("POS_APP_INTELLECTMONEY_URL", "POS_APP_CHECKER_URL", "POS_APP_INSHOPPER_URL"):
        monkeypatch.delenv(variable, raising=False)


@pytest.mark.parametrize(
    "command", [name for name in COMMANDS if name not in LONG_RUNNING], ids=" ".join
)
@pytest.mark.usefixtures("quiet_places")
def test_junk_on_the_command_line_gets_a_documented_code_and_a_message(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    @settings(
        max_examples=int(os.environ.get("JUNK_EXAMPLES", "100")),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,
    )
    @given(argv=junk_for(COMMANDS[command]))
    def check(argv: list[str]) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
        try:
            code = main([*command, *argv])
        except SystemExit as stopped:  # --help and --version print and exit 0
            code = stopped.code if isinstance(stopped.code, int) else 1
            assert code == 0
        out, err = capsys.readouterr()
        assert code in DOCUMENTED
        assert "Traceback" not in err
        if code != 0:
            assert err.strip() or out.strip()
        if code == ExitCode.BAD_INPUT:
            assert "Bad input" in err or err.strip()

    check()


@given(argv=junk_for(COMMANDS[("sandbox", "serve")]))
@settings(max_examples=100, deadline=None, database=None)
def test_junk_for_a_long_running_command_is_parsed_or_refused_in_words(argv: list[str]) -> None:
    outcome: object = None
    try:
        build_parser().parse_args(["sandbox", "serve", *argv])
    except (BadArgumentsError, SystemExit) as stopped:
        outcome = stopped
    if isinstance(outcome, BadArgumentsError):
        assert str(outcome)
    elif isinstance(outcome, SystemExit):
        assert outcome.code == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["fiscalize", "--invoice", "3000000001", "--receipt", "r.json", "--refund-id", "9" * 20],
         "--refund-id: “99999999999999999999” must be a whole number from 1 to"),
        (["journal", "show", "9" * 20], "ID: “99999999999999999999” must be a whole number"),
        (["resolve", "18446744073709551616", "--retry"], "ID: “18446744073709551616” must be"),
        (["journal", "show", "9" * 5001], "must be a whole number"),
        (["outbox", "--wait", "nan"], "--wait: “nan” must be a number of seconds from 0 to 3600"),
        (["outbox", "--wait", "-1"], "--wait: “-1” must be a number of seconds"),
        (["outbox", "--wait", "1e308"], "--wait: “1e308” must be a number of seconds"),
        (["fiscalize", "--invoice", "3000000001", "--receipt", "r.json", "--wait", "inf"],
         "--wait: “inf” must be a number of seconds"),
        (["sandbox", "serve", "--port", "70000"], "--port: “70000” must be a whole number from 0"),
    ],
)  # fmt: skip
def test_a_number_out_of_range_is_bad_input_naming_the_option_and_the_range(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == ExitCode.BAD_INPUT
    assert err.startswith("Bad input: ")
    assert words in err
    assert out == ""


@pytest.mark.slow
def test_fiscalize_refuses_a_device_at_once_instead_of_reading_it_to_the_end(
    tmp_path: Path,
) -> None:
    # A subprocess with a memory cap: reading /dev/zero to the end (what an st_size check
    # lets through) fails here fast instead of taking the machine's memory.
    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    result = subprocess.run(
        [sys.executable, "-m", "pos_app", "fiscalize", "--invoice", "3000000001",
         "--receipt", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        preexec_fn=capped,
    )  # fmt: skip
    assert result.returncode == ExitCode.BAD_INPUT
    assert "/dev/zero is not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
