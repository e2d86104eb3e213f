#!/usr/bin/env bash
# Installs what is missing, builds Loopscope (Release, into build/) and opens the app on
# FILE.py (or on a bundled example). Without a display it runs the program on the
# virtual clock in the terminal instead.
#   scripts/run.sh [FILE.py]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

loopscope_install_dependencies
loopscope_build -DLOOPSCOPE_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display: running the program in the terminal (loopscope run)." >&2
  [ $# -eq 0 ] && set -- "$LOOPSCOPE_ROOT/resources/examples/three_downloads.py"
  exec "$LOOPSCOPE_ROOT/build/app/loopscope" run "$@"
fi
exec "$LOOPSCOPE_ROOT/build/app/loopscope" "$@"
