"""The pinned toolchain: constraints.txt pins every package pyproject.toml asks for, and the
suite runs on exactly those versions (scripts/bootstrap.sh installs with the file)."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The extras the constraints cover: the tests' tools, and the bundle's once it has some.
EXTRAS = ("dev", "packaging")
UPDATE = "run scripts/update-constraints.sh, then scripts/test.sh"


def canonical(name: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pinned = [line.split("==") for line in lines if line.strip() and not line.startswith("#")]
    return {canonical(name): version for name, version in pinned}


def required() -> set[str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    extras = project.get("optional-dependencies", {})
    requirements = [*project["dependencies"], *(r for e in EXTRAS for r in extras.get(e, []))]
    return {canonical(re.match(r"[A-Za-z0-9._-]+", r)[0]) for r in requirements}  # type: ignore[index]


def test_every_package_pyproject_asks_for_is_pinned() -> None:
    assert sorted(required() - set(pins())) == [], UPDATE


def test_the_pins_are_exact_versions_and_leave_pos_app_itself_out() -> None:
    assert all(re.fullmatch(r"[0-9][0-9A-Za-z.+!]*", version) for version in pins().values())
    assert "pos-app" not in pins()


def test_the_suite_runs_on_the_pinned_versions() -> None:
    installed = {canonical(d.metadata["Name"]): d.version for d in metadata.distributions()}
    differing = {
        name: (installed[name], pinned)
        for name, pinned in pins().items()
        if name in installed and installed[name] != pinned
    }
    assert differing == {}, "installed ≠ pinned: run scripts/bootstrap.sh test"
