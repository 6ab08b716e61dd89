"""The Qt-free core: receipt model, money, codes, fiscal QR, services, journal, workflow.

Nothing under this package may import Qt; tests/core/test_core_is_qt_free.py enforces it.
"""
