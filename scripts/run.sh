#!/usr/bin/env bash
# Installs what is missing, builds Loopscope (Release, into build/) and runs a program
# on the virtual clock: the one given, or a bundled example. (The desktop app comes later;
# until then this shows the engine.)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

loopscope_install_dependencies
loopscope_build -DLOOPSCOPE_BUILD_TESTS=OFF
if [ $# -eq 0 ]; then
  set -- "$LOOPSCOPE_ROOT/resources/examples/three_downloads.py"
fi
exec "$LOOPSCOPE_ROOT/build/app/loopscope" run "$@"
