#!/usr/bin/env bash
# Sets everything up, then opens pos-app in sandbox mode (local emulator, demo credentials).
# Extra arguments go to pos-app, e.g. scripts/run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  echo "No display here (DISPLAY is not set): run this on the shop PC's desktop," \
    "or under a virtual one: xvfb-run -a scripts/run.sh" >&2
  exit 1
fi
exec .venv/bin/pos-app --sandbox "$@"
