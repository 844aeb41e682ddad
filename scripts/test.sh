#!/usr/bin/env bash
# README command 2: set up, build and run every test.
#
# Stages, in this order (the output ends with the main ctest summary, which CI reads):
#   1. the main build (build/ or $LATCHKEY_BUILD_DIR), warnings as errors;
#   2. the whole suite again in an AddressSanitizer + UndefinedBehaviorSanitizer build
#      (gcc, build-asan/, warnings as errors, widgets included, `slow` tests included): leak checking on,
#      suppressions only for documented third-party leaks
#      (tests/data/sanitizers/lsan.supp); every report, also from a child process whose
#      output a test captured, lands in build-asan/sanitizer-reports/ and fails the stage;
#   3. the libFuzzer targets (clang, build-fuzz/), each for a bounded time (ctest label fuzz);
#   4. the main suite.
# A failing sanitizer or fuzz stage does not hide the main results: it is reported just
# before the main run and makes the command fail after it.
# Measured durations are in docs/reliability.md. For local iteration only (CI never sets
# them): LATCHKEY_SANITIZERS=0 skips stage 2, LATCHKEY_SKIP_FUZZ=1 skips stage 3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/ccache-env.sh
source "$root/scripts/ccache-env.sh"
build=${LATCHKEY_BUILD_DIR:-$root/build}
asan_build=${LATCHKEY_ASAN_BUILD_DIR:-$root/build-asan}
fuzz_build=${LATCHKEY_FUZZ_BUILD_DIR:-$root/build-fuzz}
supp=$root/tests/data/sanitizers/lsan.supp
failed=()

"$root/scripts/setup.sh"
# -Werror in the main and sanitizer trees: a warning fails the test command.
"$root/scripts/build.sh" -DLATCHKEY_WERROR=ON

if [[ ${LATCHKEY_SANITIZERS:-1} != 0 ]]; then
  echo "== ASan/UBSan build ($asan_build)"
  # -g1: line tables are all a sanitizer report needs, and they compile and link faster
  # than full debug info.
  CXX=g++ cmake -S "$root" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DLATCHKEY_SANITIZE=ON -DLATCHKEY_GUI=ON -DLATCHKEY_WERROR=ON >/dev/null
  cmake --build "$asan_build"
  echo "== ASan/UBSan test run"
  # Reports go to files: a test that captures a child's stderr (latchkeyctl, the sandbox)
  # and checks only its output would otherwise swallow them.
  reports=$asan_build/sanitizer-reports
  rm -rf "$reports"
  mkdir -p "$reports"
  if ! (cd "$asan_build" && \
        ASAN_OPTIONS=detect_leaks=1:log_path=$reports/report \
        LSAN_OPTIONS=suppressions=$supp:print_suppressions=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$reports/report \
        LATCHKEY_SANITIZER_BUILD=1 \
        "$root/scripts/with-test-session.sh" ctest --output-on-failure --timeout 900 -j2); then
    failed+=("ASan/UBSan suite")
  fi
  # LeakSanitizer stops every thread of an exiting process before it looks for leaks, and
  # says "Unable to get registers from thread N" for one that ended meanwhile; it then goes
  # on and reports any leak it finds. A file of nothing but those lines holds no finding:
  # it is shown, and does not fail the stage. Any other line does.
  benign='^==[0-9]+==Unable to get registers from thread [0-9]+\.$'
  findings=0
  if compgen -G "$reports/report.*" >/dev/null; then
    for report in "$reports"/report.*; do
      if ! grep -qvE "$benign" "$report"; then
        echo "== sanitizer note $report (a thread ended while LeakSanitizer stopped it; no finding)"
        cat "$report"
        continue
      fi
      echo "== sanitizer report $report"
      cat "$report"
      findings=1
    done
  fi
  ((findings == 0)) || failed+=("ASan/UBSan reports")
fi

if [[ ${LATCHKEY_SKIP_FUZZ:-0} != 1 ]]; then
  echo "== fuzz build ($fuzz_build)"
  CXX=clang++ cmake -S "$root" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLATCHKEY_FUZZ=ON >/dev/null
  cmake --build "$fuzz_build" --target fuzz_all
  echo "== fuzz run (each target 20 s)"
  if ! (cd "$fuzz_build" && ctest -L fuzz --output-on-failure -j2); then
    failed+=("fuzzing")
  fi
fi

if ((${#failed[@]})); then
  echo "!! failed before the main run: ${failed[*]}"
fi
echo "== main test run ($build)"
cd "$build"
status=0
# Three at a time on two cores: a third of this suite's time is the fault matrix and the
# retry tests waiting out timeouts and Retry-After, which leaves a core idle at -j2.
"$root/scripts/with-test-session.sh" ctest --output-on-failure --timeout 600 -j3 || status=$?
if ((${#failed[@]})) && ((status == 0)); then
  status=1
fi
exit "$status"
