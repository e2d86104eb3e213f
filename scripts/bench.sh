#!/usr/bin/env bash
# The engine's benchmark (not a test): each program of tests/bench/programs on
# Loopscope's loop and on CPython's own loop with the virtual clock, and the time to
# re-run a lesson-size program from a warm worker. Prints Markdown tables for the README.
# With `paint`, the timeline's instead: painting against the record's size, and an edit's
# re-run and repaint.
#   scripts/bench.sh [paint] [REPEATS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

loopscope_install_dependencies
loopscope_build -DLOOPSCOPE_BUILD_TESTS=ON
bench="$LOOPSCOPE_ROOT/build/tests/loopscope-bench"
if [ "${1:-}" = paint ]; then
  shift
  bench="$LOOPSCOPE_ROOT/build/tests/loopscope-bench-paint"
  export QT_QPA_PLATFORM=offscreen
fi
LOOPSCOPE_WORKER="$LOOPSCOPE_ROOT/build/app/loopscope-worker" exec "$bench" "$@"
