#!/usr/bin/env bash
# The test command: installs what is missing, builds Loopscope (warnings are errors) and
# runs every test through CTest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

loopscope_install_dependencies
loopscope_build -DLOOPSCOPE_BUILD_TESTS=ON -DLOOPSCOPE_WERROR=ON
ctest --test-dir "$LOOPSCOPE_ROOT/build" --output-on-failure --parallel "$(nproc)"
