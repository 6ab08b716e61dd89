"""The per-user data and config folders, created private (0700) on first use."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from pos_app import APP_NAME

DATA_DIR_ENV = "POS_APP_DATA_DIR"
CONFIG_DIR_ENV = "POS_APP_CONFIG_DIR"

logger = logging.getLogger(__name__)


def data_dir() -> Path:
    """Where the journal lives: ``$POS_APP_DATA_DIR``, else the platform's user data folder."""
    # appauthor=False: on Windows the folder is ...\Local\pos-app, not ...\pos-app\pos-app.
    return _private_folder(DATA_DIR_ENV, platformdirs.user_data_path(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where settings live: ``$POS_APP_CONFIG_DIR``, else the platform's user config folder."""
    return _private_folder(CONFIG_DIR_ENV, platformdirs.user_config_path(APP_NAME, appauthor=False))


def _private_folder(variable: str, default: Path) -> Path:
    override = os.environ.get(variable, "").strip()
    folder = Path(override).expanduser() if override else default
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        # The journal holds customers' phones and e-mails: only this user may read it. An
        # existing folder is left as its owner set it up.
        folder.chmod(0o700)
        logger.info("Created %s", folder)
    return folder
