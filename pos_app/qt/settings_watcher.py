"""Opens the till again when the shop's settings file changes (``pos-app settings set`` while
the window is open, or the Settings screen), without restarting the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from pos_app.core.errors import ValidationError
from pos_app.core.session import TillSession
from pos_app.core.settings import load_settings
from pos_app.core.settings_file import SettingsError
from pos_app.qt.till import Till

# Saving replaces the file through a temporary one: several changes in a row, one reload.
SETTLE_MS = 300


class SettingsWatcher(QObject):
    def __init__(self, till: Till, folder: Path) -> None:
        super().__init__(till)
        self._till = till
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._check)
        # The folder, not the file: the file is replaced (a new inode) on every save, and
        # may not exist yet.
        self._watcher = QFileSystemWatcher([str(folder)], self)
        self._watcher.directoryChanged.connect(self._timer.start)

    def _check(self) -> None:
        self._till.run("read the settings", _changed, self._reopen_if)

    def _reopen_if(self, changed: bool) -> None:
        if changed:
            self._till.reopen()


def _changed(session: TillSession) -> bool:
    try:
        return load_settings() != session.settings
    except (SettingsError, ValidationError):
        return True  # the session opened again lists what is wrong with the file
