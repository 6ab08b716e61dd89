"""Packages whose names are imported on first use (PEP 562).

``from pos_app.core.journal import ReceiptState`` then loads only the module that defines
``ReceiptState``, not the whole journal with SQLite, nor the whole workflow with the services'
clients: the window is painted before those are needed. A package lists, once, which of its
modules defines each name it offers; its ``if TYPE_CHECKING:`` imports give the type checker the
same names (tests/test_lazy_packages.py checks the two agree).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def exports(
    package: str, modules: Mapping[str, tuple[str, ...]]
) -> tuple[list[str], Callable[[str], Any], Callable[[], list[str]]]:
    """``__all__``, ``__getattr__`` and ``__dir__`` for ``package``, whose module ``module``
    defines each of ``modules[module]``: a name relative to the package, as in a relative
    import without its first dot (``"errors"``; ``".fiscal_data"`` for a sibling of it)."""
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's name (PEP 562)
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        # Kept in the package: the next look-up is a plain attribute.
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 - the module hook's name (PEP 562)
        return sorted({*vars(sys.modules[package]), *where})

    return sorted(where), __getattr__, __dir__
