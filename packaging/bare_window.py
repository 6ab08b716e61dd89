"""The benchmarks' floor: a bare PySide6 main window that, like `pos-app --smoke`, prints ``ok``
once it is shown and painted, then exits (bench/bench_bundle.py builds it into a bundle too).
Like the smoke test, it watches its window's events only."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow, app: QApplication) -> None:
        super().__init__(window)
        self.app = app
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        print("ok", flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.show()
    FirstPaint(window, app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
