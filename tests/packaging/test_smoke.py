"""`pos-app --smoke`: what an installer's check runs, from the shop's point of view."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pos_app.cli import COMMANDS, _commands_named, build_parser
from pos_app.cli.gui import window_arguments

pytestmark = pytest.mark.gui


def pos_app(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POS_APP_DATA_DIR": str(folder / "data"),
        "POS_APP_CONFIG_DIR": str(folder / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "pos_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_smoke_opens_the_production_window_and_says_ok(tmp_path: Path) -> None:
    result = pos_app("--smoke", folder=tmp_path)

    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr
    # The window closed as the cashier closes it: the session that opened behind it too.
    assert "Till session closed" in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_in_the_sandbox_in_russian_says_ok(tmp_path: Path) -> None:
    result = pos_app("--smoke", "--sandbox", "--lang", "ru", folder=tmp_path)

    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr
    assert "Till session closed" in result.stderr
    assert "Traceback" not in result.stderr


def damage_the_journal(folder: Path) -> None:
    (folder / "data").mkdir()
    (folder / "data" / "journal.sqlite3").write_bytes(b"not a journal" * 100)


def put_a_file_where_the_data_folder_goes(folder: Path) -> None:
    (folder / "data").write_text("not a folder", encoding="utf-8")


@pytest.mark.parametrize(
    ("spoil", "said"),
    [
        (damage_the_journal, "is damaged or is not a pos-app journal"),
        (put_a_file_where_the_data_folder_goes, "No log file: the data folder cannot be used"),
    ],
    ids=["damaged journal", "data folder is a file"],
)
def test_smoke_fails_saying_why_the_till_cannot_open(
    tmp_path: Path, spoil: Callable[[Path], None], said: str
) -> None:
    spoil(tmp_path)

    result = pos_app("--smoke", folder=tmp_path)

    assert result.returncode == 1
    assert "Smoke test failed: the till could not be opened." in result.stderr
    assert said in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_with_a_command_is_bad_input_without_a_traceback(tmp_path: Path) -> None:
    result = pos_app("--smoke", "journal", "list", folder=tmp_path)

    assert result.returncode == 2
    assert "--smoke checks the window" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("argv", "commands"),
    [
        ([], ()),
        (["--sandbox", "--lang", "ru"], ()),
        (["--smoke", "--lang=en"], ()),
        (["journal", "list", "--json"], ("journal",)),
        (["--help"], COMMANDS),
    ],
)
def test_the_window_starts_without_loading_the_subcommands(
    argv: list[str], commands: tuple[str, ...]
) -> None:
    assert _commands_named(argv) == commands


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--smoke"],
        ["--sandbox", "--lang", "ru"],
        ["--lang=en", "--smoke", "--sandbox"],
        ["--lang", "ru", "--lang", "en"],
        ["--sandbox", "--sandbox"],
    ],
)
def test_the_window_line_is_read_as_the_full_parser_reads_it(argv: list[str]) -> None:
    assert window_arguments(argv) == build_parser(()).parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["--lang"],
        ["--lang", "fr"],
        ["--lang="],
        ["--lang", "--smoke"],
        ["ru"],
        ["--sand"],
        ["--smoke", "journal", "list"],
        ["--", "--smoke"],
    ],
)
def test_anything_but_the_window_line_goes_to_the_full_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_an_unknown_command_still_lists_every_command(tmp_path: Path) -> None:
    result = pos_app("frobnicate", folder=tmp_path)

    assert result.returncode == 2
    assert "choose from 'fiscalize'" in result.stderr
    assert "'sandbox'" in result.stderr


@pytest.mark.keyring
def test_credentials_list_names_the_os_keyring_for_support(tmp_path: Path) -> None:
    result = pos_app("credentials", "list", folder=tmp_path)
    if result.returncode != 0 and "No OS keyring" in result.stderr:
        pytest.skip("no OS keyring here; scripts/test.sh has one")

    assert result.returncode == 0, result.stderr
    assert "OS keyring: keyring.backends.SecretService.Keyring" in result.stderr
    assert "OS keyring" not in result.stdout
