#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite: offscreen Qt, and a real OS keyring
# (gnome-keyring's Secret Service) in a private D-Bus session with a throwaway HOME, so the
# tests never touch anyone's real keyring. Extra arguments go to pytest, e.g. -m "not gui".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh test
home=$(mktemp -d)
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$home" "$runtime"' EXIT
env -i PATH="$PWD/.venv/bin:/usr/local/bin:/usr/bin:/bin" HOME="$home" XDG_RUNTIME_DIR="$runtime" \
  LANG=C.UTF-8 CI="${CI:-}" QT_QPA_PLATFORM=offscreen \
  dbus-run-session -- bash -c '
    eval "$(printf %s pos-app-tests | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec python -m pytest "$@"' bash "$@"
