#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (into build-fuzz/) and runs each for MINUTES
# (default 30), its corpus growing in build-fuzz/corpus/NAME (seeded from the inputs
# kept in tests/fuzz/regressions/NAME); an input that crashes a target is written to
# build-fuzz/crashes/NAME/: copy it to tests/fuzz/regressions/NAME/ once fixed, and the
# ordinary test suite replays it from then on.
#   scripts/fuzz.sh [MINUTES] [TARGET ...]      (targets: lesson tracestream engine)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

minutes="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(lesson tracestream engine)

loopscope_install_dependencies
command -v clang++ >/dev/null || { echo "fuzzing needs clang: apt-get install clang" >&2; exit 1; }
fuzz="$LOOPSCOPE_ROOT/build-fuzz"
CC=clang CXX=clang++ cmake -S "$LOOPSCOPE_ROOT" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLOOPSCOPE_BUILD_TESTS=OFF -DLOOPSCOPE_FUZZ=ON
cmake --build "$fuzz" --parallel "$(nproc)" --target loopscope-worker $(printf 'fuzz_%s ' "${targets[@]}")

export LOOPSCOPE_WORKER="$fuzz/app/loopscope-worker" QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=0:handle_segv=1
pids=()
for target in "${targets[@]}"; do
  name="fuzz_$target"
  mkdir -p "$fuzz/corpus/$name" "$fuzz/crashes/$name"
  "$fuzz/tests/fuzz/$name" "$fuzz/corpus/$name" "$LOOPSCOPE_ROOT/tests/fuzz/regressions/$name" \
    -max_total_time=$((minutes * 60)) -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$fuzz/crashes/$name/" > "$fuzz/$name.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for target in "${targets[@]}"; do
  echo "== fuzz_$target"; grep -E "^stat::|Done|ERROR|SUMMARY" "$fuzz/fuzz_$target.log" | tail -8
done
exit $status
