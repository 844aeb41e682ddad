#!/usr/bin/env bash
# ctest driver: installs the pinned @logto/api into the build tree when missing, then runs
# interop.mjs against latchkey-sandbox. Fails loudly on any error; never skips.
set -euo pipefail
source_dir=$1
work_dir=$2
sandbox=$3
mkdir -p "$work_dir"
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$source_dir/interop.mjs" "$work_dir/"
cd "$work_dir"
if [ ! -f node_modules/@logto/api/package.json ]; then
    npm install --no-audit --no-fund --loglevel=error
fi
exec node interop.mjs "$sandbox"
