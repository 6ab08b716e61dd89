"""Hands the workflow's events from its worker thread to the window's thread.

The bridge lives in the GUI thread; a signal emitted from another thread reaches its slots
through the event loop (a queued connection), so widgets are only touched in their own thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pos_app.core.workflow import Event


class WorkflowBridge(QObject):
    happened = Signal(object)

    def listener(self, event: Event) -> None:
        """Give this to Workflow.subscribe; safe to call from any thread."""
        self.happened.emit(event)
