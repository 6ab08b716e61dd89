#!/usr/bin/env bash
# Installs what pos-app needs on this machine: Debian packages (if apt-get is here and any are
# missing), a virtual environment in .venv, and the Python packages. Safe to run again.
#   scripts/bootstrap.sh        what the app needs to run
#   scripts/bootstrap.sh test   also what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's system libraries on a bare Debian/Ubuntu, the X11 client libraries of its xcb platform,
# and libcups2, through which the print dialog lists the shop's printers.
packages=(libgl1 libegl1 libglx0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libcups2
  libglib2.0-0 libx11-6 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0
  python3-venv)
if [ "${1:-}" = test ]; then
  # zbar decodes rendered QR codes; gnome-keyring and dbus give the tests a real OS keyring;
  # xvfb lets developers take screenshots of real windows.
  packages+=(zbar-tools gnome-keyring dbus dbus-x11 xvfb)
fi

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
else
  echo "No apt-get here: install Qt's system libraries (libgl1, libegl1, libxkbcommon) yourself." >&2
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extra=""
[ "${1:-}" = test ] && extra="[dev]"
# The exact versions the tests were made with (constraints.txt, rewritten on purpose by
# scripts/update-constraints.sh): a new release upstream changes nothing here until then.
# Reinstall only when pyproject.toml or constraints.txt changed since the last successful install.
stamp=".venv/.installed${extra}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  echo "Installing Python packages into .venv (log: .venv/pip.log)"
  if ! { .venv/bin/python -m pip install --upgrade pip \
      && .venv/bin/python -m pip install -c constraints.txt -e ".${extra}"; } \
      >.venv/pip.log 2>&1; then
    tail -n 30 .venv/pip.log >&2
    echo "Installing the Python packages failed; the whole log is in .venv/pip.log." >&2
    exit 1
  fi
  touch "$stamp"
fi
