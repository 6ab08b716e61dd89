"""Parking a receipt for later and bringing one back (F5): the draft saved as a file in the
background, the editor freed for the next customer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QStatusBar, QWidget

from pos_app import APP_NAME
from pos_app.core import parked_drafts
from pos_app.core.draft import DraftContent
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.tasks import Tasks


class Parking(QObject):
    """F5 on the window: with positions on the receipt it is parked, with none a parked one
    comes back (the cashier picks which when there are several)."""

    def __init__(
        self, window: QWidget, editor: ReceiptEditor, tasks: Tasks, status: QStatusBar
    ) -> None:
        super().__init__(window)
        self._window = window
        self._editor = editor
        self._tasks = tasks
        self._status = status

    def switch(self) -> None:
        draft = self._editor.draft
        if draft.positions:
            content = draft.content
            self._tasks.run(
                "park a receipt",
                lambda: parked_drafts.park(content),
                lambda _path: self._editor.clear(),
            )
        else:
            self._tasks.run("list parked receipts", parked_drafts.parked, self._choose)

    def _choose(self, paths: tuple[Path, ...]) -> None:
        if not paths:
            self._status.showMessage(self.tr("No parked receipts."), 8000)
            return
        chosen = paths[-1]
        if len(paths) > 1:
            names = [path.stem.removeprefix("draft-") for path in reversed(paths)]
            name, ok = QInputDialog.getItem(
                self._window,
                APP_NAME,
                self.tr("Bring back the receipt parked at:"),
                names,
                0,
                False,
            )
            if not ok:
                return
            chosen = next(path for path in paths if path.stem.endswith(name))
        self._tasks.run(
            "bring back a parked receipt", lambda: parked_drafts.unpark(chosen), self._unparked
        )

    def _unparked(self, content: DraftContent) -> None:
        self._editor.draft.restore(content)
        self._editor.focus_search()
