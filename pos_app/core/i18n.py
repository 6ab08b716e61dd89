"""Marks core texts for translation without importing Qt.

The Qt layer translates a marked text with ``QCoreApplication.translate(context, text)``;
``pyside6-lupdate`` finds the marks because the function keeps Qt's own macro name.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Return ``text`` unchanged; lupdate records it under ``context``."""
    del context
    return text
