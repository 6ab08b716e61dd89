"""The benchmarks' floor: a bare PySide6 main window that, like `pos-app --smoke`, prints ``ok``
and exits once it is shown and painted (bench/bench_bundle.py builds it into a bundle too)."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    app.installEventFilter(FirstPaint(app))
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.show()
    code = app.exec()
    print("ok")
    return code


if __name__ == "__main__":
    sys.exit(main())
