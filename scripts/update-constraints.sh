#!/usr/bin/env bash
# Rewrites constraints.txt: the exact version of every Python package pos-app, its tests (extra
# "dev") and its bundle (extra "packaging", once pyproject.toml has it) install, transitive ones
# included. scripts/bootstrap.sh installs with it, so a new release upstream (PySide6, pytest,
# ruff...) changes nothing until this is run on purpose. It installs into a fresh, throwaway
# virtual environment without the old pins, i.e. the newest versions pyproject.toml allows.
# Afterwards: scripts/test.sh (it reinstalls from the new file), then commit constraints.txt.
#   scripts/update-constraints.sh          with python3 (PYTHON=... picks another interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv="$(mktemp -d)"
trap 'rm -rf "$venv"' EXIT
"$python" -m venv "$venv"
extras="$("$venv/bin/python" - <<'PY'
import tomllib

with open("pyproject.toml", "rb") as file:
    groups = tomllib.load(file)["project"].get("optional-dependencies", {})
print(",".join(group for group in ("dev", "packaging") if group in groups))
PY
)"
echo "Installing pos-app[${extras}] unpinned into a fresh environment (log: $venv/pip.log)"
if ! { "$venv/bin/python" -m pip install --upgrade pip \
    && "$venv/bin/python" -m pip install -e ".[${extras}]"; } >"$venv/pip.log" 2>&1; then
  tail -n 30 "$venv/pip.log" >&2
  echo "Installing failed; constraints.txt is unchanged." >&2
  exit 1
fi
{
  echo "# Every package pos-app[${extras}] installs, pinned; installed with: pip install -c constraints.txt"
  echo "# Written by scripts/update-constraints.sh (Python $("$venv/bin/python" -c \
    'import platform; print(platform.python_version(), "on", platform.system())')); do not edit by hand."
  echo "# Packages another system needs and this one does not (e.g. pywin32-ctypes) are not pinned."
  # pos-app itself (editable) and pip's own tools (pip, setuptools, wheel) are left out.
  "$venv/bin/python" -m pip freeze --exclude-editable
} >constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) packages pinned."
