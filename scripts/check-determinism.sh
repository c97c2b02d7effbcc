#!/usr/bin/env bash
# Determinism check (CI): builds the site twice, under UTC with the C locale and under Pacific/Kiritimati
# (UTC+14) with a German locale, into two temp folders, and compares them byte for byte. Nothing may depend
# on the machine's zone or locale.
# Usage: scripts/check-determinism.sh [PROJECT_DIR]   (default: the repository itself)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
project="$(cd "${1:-$repo}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One reference time for both builds, so scheduled articles cannot differ between them.
export SUMMITDESK_NOW="${SUMMITDESK_NOW:-$(date -u +%Y-%m-%dT%H:%M:%SZ)}"

run() {
  local name="$1"
  shift
  if ! (cd "$project" && env "$@" node "$repo/bin/summitdesk.js" build --output "$work/$name") >"$work/$name.log" 2>&1; then
    echo "determinism: the build under $* failed:" >&2
    cat "$work/$name.log" >&2
    exit 1
  fi
}

run utc TZ=UTC LANG=C LC_ALL=C
run kiritimati TZ=Pacific/Kiritimati LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8

if diff -r "$work/utc" "$work/kiritimati" >"$work/diff.txt"; then
  echo "determinism: $(find "$work/utc" -type f | wc -l | tr -d ' ') files identical under TZ=UTC/LANG=C and TZ=Pacific/Kiritimati/LANG=de_DE.UTF-8"
else
  echo "determinism: the output depends on the machine's time zone or locale:" >&2
  head -n 60 "$work/diff.txt" >&2
  exit 1
fi
