#!/usr/bin/env bash
# clang-format over the project's C++ sources (.clang-format at the root).
#   scripts/format.sh          rewrites every file in place;
#   scripts/format.sh --check  changes nothing and fails, naming each file, when one is not
#                              formatted (the test command runs this as tst_format).
# Only files git tracks or would track (not ignored): build trees and generated code stay out.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' \
  | while read -r f; do [[ -f $f ]] && echo "$f"; done)
if [[ ${1:-} == --check ]]; then
  # One clang-format for all files: it names each unformatted one in its warnings.
  if ! report=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
    echo "not clang-formatted (run scripts/format.sh):" >&2
    grep -o '^[^:]*:[0-9]*:[0-9]*: error' <<<"$report" | cut -d: -f1 | sort -u >&2
    exit 1
  fi
  echo "${#files[@]} files formatted"
else
  clang-format -i "${files[@]}"
fi
