"""The window's log file is opened after the first paint; the records logged before wait for
it and none is lost."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.logging_setup import LogFile, configure_logging


@pytest.fixture
def root(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """The root logger with handlers of the test's own; pytest's are given back after it."""
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", root.level)
    yield root
    for handler in root.handlers:
        handler.close()


def log_file_of(handlers: list[logging.Handler]) -> LogFile:
    return next(handler for handler in handlers if isinstance(handler, LogFile))


def test_records_before_the_opening_are_written_when_it_opens(
    root: logging.Logger, tmp_path: Path
) -> None:
    path = tmp_path / "logs" / "pos-app.log"
    file = log_file_of(configure_logging(level=logging.INFO, log_file=path, open_file_later=True))
    logging.getLogger("pos_app.test").info("before the paint")
    assert not path.exists()

    file.open()
    logging.getLogger("pos_app.test").info("after the paint")

    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["before the paint", "after the paint"]
    assert "INFO pos_app.test" in lines[0]


def test_a_log_file_never_opened_is_written_when_closed(
    root: logging.Logger, tmp_path: Path
) -> None:
    path = tmp_path / "pos-app.log"
    file = log_file_of(configure_logging(level=logging.INFO, log_file=path, open_file_later=True))
    logging.getLogger("pos_app.test").warning("closed before the paint")

    file.close()

    assert "closed before the paint" in path.read_text(encoding="utf-8")


def test_a_log_file_that_cannot_be_opened_is_said_and_the_log_goes_on(
    root: logging.Logger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pos-app.log"
    path.mkdir()  # a folder where the file should be
    file = log_file_of(configure_logging(level=logging.INFO, log_file=path, open_file_later=True))

    file.open()
    logging.getLogger("pos_app.test").info("still logged")

    err = capsys.readouterr().err
    assert "No log file:" in err
    assert "still logged" in err
