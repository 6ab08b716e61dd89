"""The benchmarks' floor: a bare PySide6 main window that, like `pos-app --smoke`, prints ``ok``
once it is shown and painted, then exits (bench/bench_bundle.py builds it into a bundle too)."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        print("ok", flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv)
    app.installEventFilter(FirstPaint(app))
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
