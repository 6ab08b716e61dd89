"""Packages that import their names on first use (pos_app/core/lazy.py): each name they offer
is the object its module defines, and the type checker's imports (under ``TYPE_CHECKING``) name
the same objects, so what mypy checks is what runs."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import types
from pathlib import Path

import pytest

import pos_app
from pos_app.core import lazy

ROOT = Path(pos_app.__file__).parent
LAZY_PACKAGES = sorted(
    ".".join(path.parent.relative_to(ROOT.parent).parts)
    for path in ROOT.rglob("__init__.py")
    if "lazy.exports(" in path.read_text(encoding="utf-8")
)


def type_checking_imports(package: str) -> dict[str, str]:
    """Each name the package's ``if TYPE_CHECKING:`` block imports, and from which module."""
    tree = ast.parse((ROOT.parent / package.replace(".", "/") / "__init__.py").read_text())
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                assert statement.module
                for alias in statement.names:
                    # `X as X`: re-exported for the type checker (strict mypy).
                    assert alias.asname == alias.name
                    found[alias.name] = statement.module
    return found


def test_the_journal_workflow_and_services_are_lazy() -> None:
    assert LAZY_PACKAGES == [
        "pos_app.core.catalog",
        "pos_app.core.journal",
        "pos_app.core.services",
        "pos_app.core.shifts",
        "pos_app.core.workflow",
    ]


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_every_name_is_the_one_its_module_defines_and_the_type_checker_sees(
    package: str,
) -> None:
    module = importlib.import_module(package)
    declared = type_checking_imports(package)

    assert module.__all__ == sorted(declared)
    for name, source in declared.items():
        assert getattr(module, name) is getattr(importlib.import_module(source), name), name
    assert set(declared) <= set(dir(module))


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_a_name_the_package_does_not_offer_is_an_attribute_error(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(AttributeError, match=f"module '{package}' has no attribute 'Nothing'"):
        _ = module.Nothing
    # `from package import submodule` still works: the import system falls back to it.
    submodule = next(s for s in type_checking_imports(package).values() if package in s)
    namespace: dict[str, object] = {}
    exec(f"from {package} import {submodule.rpartition('.')[2]} as sub", namespace)  # noqa: S102
    assert namespace["sub"] is sys.modules[submodule]


def test_a_name_loads_only_its_own_module() -> None:
    script = (
        "import sys\n"
        "from pos_app.core.journal import ReceiptState\n"
        "from pos_app.core.services import ServiceName\n"
        "print(sorted(m for m in ('sqlite3', 'requests', 'pos_app.core.journal.journal')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_a_name_from_a_sibling_module_is_kept_once_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    probe = types.ModuleType("pos_app.core.probe")
    monkeypatch.setitem(sys.modules, probe.__name__, probe)
    names, getattr_, dir_ = lazy.exports(probe.__name__, {".money": ("format_money",)})
    from pos_app.core.money import format_money

    assert names == ["format_money"] == [n for n in dir_() if not n.startswith("__")]
    assert getattr_("format_money") is format_money
    assert vars(probe)["format_money"] is format_money
