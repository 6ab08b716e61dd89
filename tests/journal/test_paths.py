"""Where pos-app keeps the journal and its settings: private per-user folders."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from pos_app.core import paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_and_config_folders_are_created_private_on_first_use(
    private_folders: Path,
) -> None:
    assert not (private_folders / "data").exists()

    assert paths.data_dir() == private_folders / "data"
    assert paths.config_dir() == private_folders / "config"

    assert mode(private_folders / "data") == mode(private_folders / "config") == 0o700


def test_without_an_override_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setenv(paths.CONFIG_DIR_ENV, "  ")  # blank: as if unset
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "etc"))

    assert paths.data_dir() == tmp_path / "share" / "pos-app"
    assert paths.config_dir() == tmp_path / "etc" / "pos-app"
    assert mode(tmp_path / "share" / "pos-app") == 0o700


def test_a_folder_the_user_made_keeps_its_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shop-share"
    shared.mkdir(mode=0o750)
    shared.chmod(0o750)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(shared))

    assert paths.data_dir() == shared
    assert mode(shared) == 0o750
