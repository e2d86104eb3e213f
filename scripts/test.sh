#!/usr/bin/env bash
# The test command: installs what is missing, builds Loopscope (warnings are errors) and
# runs every test through CTest; then builds it again with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-sanitize/) and runs the test suite under them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

loopscope_install_dependencies
loopscope_build -DLOOPSCOPE_BUILD_TESTS=ON -DLOOPSCOPE_WERROR=ON
ctest --test-dir "$LOOPSCOPE_ROOT/build" --output-on-failure --parallel "$(nproc)"

# Under the sanitizers: every test but the hostile corpus, whose memory bombs need the
# address-space limit that AddressSanitizer's shadow rules out. CPython's own leaks at
# exit are not ours; a segfault must reach the worker's parent as the signal it is.
cmake -S "$LOOPSCOPE_ROOT" -B "$LOOPSCOPE_ROOT/build-sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLOOPSCOPE_BUILD_TESTS=ON -DLOOPSCOPE_WERROR=ON -DLOOPSCOPE_SANITIZE=ON
cmake --build "$LOOPSCOPE_ROOT/build-sanitize" --parallel "$(nproc)"
ASAN_OPTIONS=detect_leaks=0:handle_segv=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$LOOPSCOPE_ROOT/build-sanitize" --output-on-failure --parallel "$(nproc)" -E '^tst_hostile$'
