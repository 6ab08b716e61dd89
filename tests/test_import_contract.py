"""The layers import one way: the core knows nothing of the window, the command line or the
sandbox, and never Qt; the sandbox nothing of the window or the command line; loading the
command line loads no Qt (it opens the window lazily, inside a function). No layer uses Pillow.

The rules are checked on the source (every import statement, at any depth, also under
``TYPE_CHECKING``, relative ones resolved, and ``importlib.import_module("...")`` with a written
name), and once at run time: importing every module outside ``pos_app.qt`` loads no Qt, even
through a third-party package.
"""

from __future__ import annotations

import ast
import functools
import pkgutil
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import pos_app

PACKAGE_ROOT = Path(pos_app.__file__).parent
QT = ("PySide6", "shiboken6")
LAYERS = ("pos_app.core", "pos_app.sandbox", "pos_app.cli", "pos_app.qt", "pos_app.__main__")


@dataclass(frozen=True)
class Rule:
    """What the modules of ``package`` must never import."""

    package: str
    forbidden: tuple[str, ...]
    # False: only imports that run when a module is loaded (a function may import lazily).
    anywhere: bool = True
    # False: the package's own module only (the top package, which every layer imports).
    subpackages: bool = True

    def covers(self, module: str) -> bool:
        return module == self.package or (
            self.subpackages and module.startswith(self.package + ".")
        )

    def refuses(self, target: str) -> str | None:
        """The forbidden package ``target`` belongs to, if any."""
        return next((f for f in self.forbidden if target == f or target.startswith(f + ".")), None)


RULES = (
    Rule("pos_app", (*LAYERS, *QT), subpackages=False),
    Rule("pos_app.core", ("pos_app.qt", "pos_app.cli", "pos_app.sandbox", "pos_app.__main__", *QT)),
    Rule("pos_app.sandbox", ("pos_app.qt", "pos_app.cli", "pos_app.__main__", *QT)),
    Rule("pos_app.cli", QT, anywhere=False),
    # Pillow is the tests' (they draw pictures with it); the bundle leaves it out.
    Rule("pos_app", ("PIL",)),
)


@dataclass(frozen=True)
class Import:
    target: str
    line: int
    # Runs when the module is loaded: not inside a function, not under `if TYPE_CHECKING:`.
    on_load: bool


def module_name(root: Path, path: Path) -> tuple[str, bool]:
    """The dotted name of ``path`` under ``root``, and whether it is a package."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


@functools.cache  # the failure proofs check copies of the same files again
def imports(source: str, module: str, is_package: bool) -> tuple[Import, ...]:
    """Every module ``source`` may import, with where and whether it runs on load."""
    package = module if is_package else module.rpartition(".")[0]

    def walk(node: ast.AST, on_load: bool) -> Iterator[Import]:
        if isinstance(node, ast.Import):
            yield from (Import(alias.name, node.lineno, on_load) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield Import(base, node.lineno, on_load)
            # `from pos_app import qt` imports the subpackage pos_app.qt.
            yield from (
                Import(f"{base}.{alias.name}", node.lineno, on_load)
                for alias in node.names
                if alias.name != "*"
            )
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield Import(node.args[0].value, node.lineno, on_load)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            on_load = False
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from (i for child in node.body for i in walk(child, on_load=False))
            yield from (i for child in node.orelse for i in walk(child, on_load))
            return
        for child in ast.iter_child_nodes(node):
            yield from walk(child, on_load)

    return tuple(walk(ast.parse(source), on_load=True))


def violations(root: Path) -> list[str]:
    """Every import under ``root`` (a folder holding ``pos_app``) that breaks a rule."""
    found: dict[tuple[Path, int, str], str] = {}
    for path in sorted((root / "pos_app").rglob("*.py")):
        module, is_package = module_name(root, path)
        rules = [rule for rule in RULES if rule.covers(module)]
        if not rules:
            continue
        for imported in imports(path.read_text(encoding="utf-8"), module, is_package):
            for rule in rules:
                refused = rule.refuses(imported.target)
                if refused and (rule.anywhere or imported.on_load):
                    # One line per statement: `from a.b import c` also yields a.b.c.
                    found.setdefault(
                        (path, imported.line, rule.package),
                        f"{path.relative_to(root)}:{imported.line} imports {imported.target}"
                        f" ({rule.package} must not import {refused})",
                    )
    return list(found.values())


def test_every_layer_imports_only_the_layers_below_it() -> None:
    assert violations(PACKAGE_ROOT.parent) == []


@pytest.fixture
def copy_of_the_app(tmp_path: Path) -> Path:
    shutil.copytree(
        PACKAGE_ROOT, tmp_path / "pos_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    return tmp_path


def _add(root: Path, file: str, code: str) -> int:
    """Append ``code`` to ``file``; the line it starts on."""
    path = root / file
    text = path.read_text(encoding="utf-8")
    path.write_text(text + code, encoding="utf-8")
    return text.count("\n") + 1


@pytest.mark.parametrize(
    ("file", "code", "offset", "expected"),
    [
        (
            "pos_app/core/money.py",
            "from pos_app.qt.main_window import MainWindow\n",
            0,
            "imports pos_app.qt.main_window (pos_app.core must not import pos_app.qt)",
        ),
        (
            "pos_app/core/receipt.py",
            "def _later() -> None:\n    import PySide6.QtCore\n",
            1,
            "imports PySide6.QtCore (pos_app.core must not import PySide6)",
        ),
        (
            "pos_app/core/journal/states.py",
            "from ...cli import exit_codes\n",
            0,
            "imports pos_app.cli (pos_app.core must not import pos_app.cli)",
        ),
        (
            "pos_app/core/workflow/__init__.py",
            "if TYPE_CHECKING:\n    from pos_app.sandbox import Sandbox\n",
            1,
            "imports pos_app.sandbox (pos_app.core must not import pos_app.sandbox)",
        ),
        (
            "pos_app/core/codes.py",
            'importlib.import_module("pos_app.qt.app")\n',
            0,
            "imports pos_app.qt.app (pos_app.core must not import pos_app.qt)",
        ),
        (
            "pos_app/sandbox/server.py",
            "from pos_app import qt\n",
            0,
            "imports pos_app.qt (pos_app.sandbox must not import pos_app.qt)",
        ),
        (
            "pos_app/cli/journal.py",
            "from PySide6.QtWidgets import QApplication\n",
            0,
            "imports PySide6.QtWidgets (pos_app.cli must not import PySide6)",
        ),
        (
            "pos_app/__init__.py",
            "from pos_app.core import codes\n",
            0,
            "imports pos_app.core (pos_app must not import pos_app.core)",
        ),
        (
            "pos_app/sandbox/inshopper.py",
            "def _size() -> None:\n    from PIL import Image\n",
            1,
            "imports PIL (pos_app must not import PIL)",
        ),
    ],
    ids=[
        "core imports the window",
        "core imports Qt inside a function",
        "core imports the command line relatively",
        "core imports the sandbox for type checking",
        "core imports the window by name",
        "sandbox imports the window",
        "command line loads Qt",
        "top package imports a layer",
        "sandbox reads a picture with Pillow",
    ],
)
def test_a_forbidden_import_fails_the_contract(
    copy_of_the_app: Path, file: str, code: str, offset: int, expected: str
) -> None:
    line = _add(copy_of_the_app, file, code) + offset
    assert violations(copy_of_the_app) == [f"{file}:{line} {expected}"]


def test_the_command_line_may_open_the_window_lazily(copy_of_the_app: Path) -> None:
    _add(copy_of_the_app, "pos_app/cli/journal.py", "def _window() -> None:\n    import PySide6\n")
    assert violations(copy_of_the_app) == []


def test_importing_every_module_outside_the_qt_layer_loads_no_qt() -> None:
    modules = [
        name
        for _, name, _ in pkgutil.walk_packages([str(PACKAGE_ROOT)], prefix="pos_app.")
        # __main__ would start the program; the static rules above cover it
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
