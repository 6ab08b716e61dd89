"""The core never imports Qt: it must run in scripts, the sandbox and the command line alone."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pos_app

PACKAGE_ROOT = Path(pos_app.__file__).parent
QT_LAYER = PACKAGE_ROOT / "qt"


def _python_files_outside_qt_layer() -> list[Path]:
    return [p for p in PACKAGE_ROOT.rglob("*.py") if QT_LAYER not in p.parents]


def test_no_module_outside_the_qt_layer_imports_qt_at_module_level() -> None:
    offenders = []
    for path in _python_files_outside_qt_layer():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only: the CLI opens the window lazily
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(PACKAGE_ROOT)}: {name}"
                for name in names
                if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("pos_app.qt")
            ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        name
        for _, name, _ in pkgutil.walk_packages([str(PACKAGE_ROOT)], prefix="pos_app.")
        # __main__ would start the program; the CLI is covered by the static check above
        if not name.startswith("pos_app.qt") and name != "pos_app.__main__"
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
