"""Barcode scanners that type like a keyboard, told apart from a person by their speed.

A keyboard-wedge scanner types a code's characters a few milliseconds apart and ends with
Enter (or Tab). :class:`ScannerFilter`, installed on the application, holds back every
printable key for a moment: when the next one comes within ``gap`` and the run ends with Enter
or Tab after at least ``min_length`` characters, it was a scan, emitted as ``scanned(code)``
and never typed anywhere (its Enter included); otherwise the held keys are delivered as they
were, in order, to the widget they were meant for. A person's key is late by at most ``gap``.
A scan's Enter never fires the window's Enter shortcut either (the filter answers Qt's
ShortcutOverride for it); shortcuts on plain printable keys would still see a scan's first
character, so the window keeps its shortcuts on F-keys and modifiers.

The gaps are measured between the moments the keys were pressed, as the window system stamps
them, not when the app gets to them: keys a person typed while the app was busy (starting, or
a long repaint) arrive together, but keep the person's pace, and are typed, not taken for a
scan. Keys without a stamp (made by the app or a test) are timed by ``clock`` as they come.

Use: ``scanner = ScannerFilter(app); app.installEventFilter(scanner)``; connect ``scanned``;
``with scanner.suspended():`` (or ``suspend()``/``resume()``) around a dialog that must get
scanned text as typing (or no scans at all); a suspended filter passes every key through.
``claims``, asked at each key, says where scans are taken out at all: elsewhere (another
window, a dialog with a field for codes) the scanner types as the keyboard it is.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from pos_app.core.scanning import DEFAULT_SCAN_GAP_MS, DEFAULT_SCAN_MIN_LENGTH

# The shop's settings change them (see pos_app.core.scanning for why these).
DEFAULT_GAP = DEFAULT_SCAN_GAP_MS / 1000
DEFAULT_MIN_LENGTH = DEFAULT_SCAN_MIN_LENGTH
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
# A scanner set to end its codes with a line feed (or a bare carriage return) sends a key Qt
# may not name as Return: known by the text it carries.
_END_TEXTS = ("\r", "\n")
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_ALLOWED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class _Held(NamedTuple):
    """A key press held back: enough to deliver it again, to the widget it was meant for."""

    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    native_scan_code: int
    native_virtual_key: int
    native_modifiers: int


class ScannerFilter(QObject):
    """The application's event filter that takes scans out of the keyboard's stream."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        gap: float = DEFAULT_GAP,
        min_length: int = DEFAULT_MIN_LENGTH,
        clock: Callable[[], float] = time.monotonic,
        claims: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.gap = gap
        self._claims = claims
        self.min_length = min_length
        self._clock = clock
        self._held: list[_Held] = []
        # When the last held key was pressed (its stamp), and when it came (the clock).
        self._last = 0.0
        self._came = 0.0
        self._suspended = 0
        self._delivering = False
        self._swallow_release: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)

    # --- suspending ---------------------------------------------------------------------------

    def suspend(self) -> None:
        """Pass every key through until :meth:`resume` (calls nest)."""
        self.flush()
        self._suspended += 1

    def resume(self) -> None:
        self._suspended = max(0, self._suspended - 1)

    @contextmanager
    def suspended(self) -> Iterator[None]:
        self.suspend()
        try:
            yield
        finally:
            self.resume()

    @property
    def is_suspended(self) -> bool:
        return self._suspended > 0

    @property
    def is_holding(self) -> bool:
        """Keys are held back until it is clear whether they are a scan."""
        return bool(self._held)

    # --- the stream ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        kind = event.type()
        if (
            self._delivering
            or self._suspended
            or kind not in _KEY_EVENTS
            or not isinstance(watched, QWidget)  # the window's QWindow passes it on to one
            or (self._claims is not None and not self._held and not self._claims())
        ):
            return False
        assert isinstance(event, QKeyEvent)  # noqa: S101 - a key event's type
        if kind == QEvent.Type.KeyRelease:
            return self._release(event)
        if kind == QEvent.Type.ShortcutOverride:
            return self._override(event)
        now = self._pressed_at(event)
        if self._held and not self._quick(now):
            self.flush()  # too slow for a scanner: what was held was typed
        key = event.key()
        if self._held and _ends(event) and not event.modifiers() & ~_ALLOWED:
            return self._end(event)
        if not self._printable(event):
            self.flush()
            return False
        self._held.append(
            _Held(
                watched,
                key,
                event.modifiers(),
                event.text(),
                event.nativeScanCode(),
                event.nativeVirtualKey(),
                event.nativeModifiers(),
            )
        )
        self._swallow_release.add(key)
        self._last, self._came = now, self._clock()
        self._timer.start(max(1, round(self.gap * 1000)))
        return True

    def flush(self) -> None:
        """Deliver the held keys as typing, in order, each to the widget it was meant for."""
        self._timer.stop()
        held, self._held = self._held, []
        self._delivering = True
        try:
            for item in held:
                if not isValid(item.receiver):
                    continue
                press = QKeyEvent(
                    QEvent.Type.KeyPress,
                    item.key,
                    item.modifiers,
                    item.native_scan_code,
                    item.native_virtual_key,
                    item.native_modifiers,
                    item.text,
                )
                QCoreApplication.sendEvent(item.receiver, press)
        finally:
            self._delivering = False

    def _end(self, event: QKeyEvent) -> bool:
        if len(self._held) < self.min_length:
            self.flush()
            return False
        self._timer.stop()
        code = "".join(item.text for item in self._held)
        self._held = []
        self._swallow_release.add(event.key())
        self.scanned.emit(code)
        return True

    def _override(self, event: QKeyEvent) -> bool:
        # Qt asks before a key press whether a shortcut may have the key. A scan's Enter or
        # Tab must come to this filter as a key press, never fire the window's Enter shortcut.
        ends_scan = (
            _ends(event)
            and len(self._held) >= self.min_length
            and self._quick(self._pressed_at(event))
        )
        if ends_scan:
            event.accept()  # "the focused widget takes this key": no shortcut fires
        return ends_scan

    def _release(self, event: QKeyEvent) -> bool:
        # A held key's release, or a scan's Enter released: its press was not delivered (yet),
        # so neither is the release (widgets act on presses).
        if event.key() in self._swallow_release and not event.isAutoRepeat():
            self._swallow_release.discard(event.key())
            return True
        return False

    def _pressed_at(self, event: QKeyEvent) -> float:
        """When the key was pressed, in seconds: its window-system stamp, else the clock's now.
        (A stamp counts milliseconds and wraps after 49 days: a gap that is not between 0 and
        ``gap`` is simply not a scanner's.)"""
        stamp = event.timestamp()
        return stamp / 1000 if stamp else self._clock()

    def _quick(self, pressed: float) -> bool:
        """A scanner's pace since the last key held."""
        return 0 <= pressed - self._last <= self.gap

    def _timed_out(self) -> None:
        # The event loop may run late: what counts is the time since the last key came.
        waited = self._clock() - self._came
        if waited < self.gap:
            self._timer.start(max(1, round((self.gap - waited) * 1000)))
            return
        self.flush()

    @staticmethod
    def _printable(event: QKeyEvent) -> bool:
        text = event.text()
        return (
            len(text) == 1
            and text.isprintable()
            and not text.isspace()
            and not event.modifiers() & ~_ALLOWED
            and not event.isAutoRepeat()
        )


def _ends(event: QKeyEvent) -> bool:
    """The key that ends a scan: Enter, Tab, or a line feed however the keyboard names it."""
    return event.key() in _ENDS or event.text() in _END_TEXTS
