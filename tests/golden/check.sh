#!/usr/bin/env bash
# Golden test: the whole JSON report of examples/ must match
# tests/golden/examples-report.json byte for byte, so any change to what the
# engine finds in the bundled articles shows up as a reviewed diff.
# Usage: tests/golden/check.sh NEWSGRAPH_BINARY [--update]
#   --update rewrites the golden file from the current output (then review
#   `git diff tests/golden` before committing it).
set -euo pipefail
binary="$1"
cd "$(dirname "$0")/../.."
golden=tests/golden/examples-report.json
actual="$(mktemp)"
trap 'rm -f "$actual"' EXIT
"$binary" analyze examples/ --threads 2 >"$actual"
if [[ "${2:-}" == "--update" ]]; then
  cp "$actual" "$golden"
  echo "updated $golden; review it with: git diff $golden"
  exit 0
fi
if ! diff -u "$golden" "$actual" >"$actual.diff"; then
  head -80 "$actual.diff"
  echo "the report of examples/ differs from $golden (first 80 diff lines above)."
  echo "If the change is intended: tests/golden/check.sh $binary --update, then review and commit the diff."
  rm -f "$actual.diff"
  exit 1
fi
rm -f "$actual.diff"
echo "the report of examples/ matches $golden"
