#!/usr/bin/env bash
# Determinism check (CI): builds the site from the content alone (--no-cache) twice, under UTC with the C locale
# and under Pacific/Kiritimati (UTC+14) with a German locale, then twice more with the build cache (filled by the
# first of those), and compares all of them byte for byte. Nothing may depend on the machine's zone or locale,
# nor on whether outcomes came from the cache.
# Usage: scripts/check-determinism.sh [PROJECT_DIR]   (default: the repository itself)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
project="$(cd "${1:-$repo}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One reference time for both builds, so scheduled articles cannot differ between them.
export SUMMITDESK_NOW="${SUMMITDESK_NOW:-$(date -u +%Y-%m-%dT%H:%M:%SZ)}"

run() {
  local name="$1" cache="$2"
  shift 2
  if ! (cd "$project" && env "$@" node "$repo/bin/summitdesk.js" build --output "$work/$name" $cache) >"$work/$name.log" 2>&1; then
    echo "determinism: the build under $* failed:" >&2
    cat "$work/$name.log" >&2
    exit 1
  fi
}

run utc --no-cache TZ=UTC LANG=C LC_ALL=C
run kiritimati --no-cache TZ=Pacific/Kiritimati LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8
run cached-fill "" TZ=Pacific/Kiritimati LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8
run cached "" TZ=UTC LANG=C LC_ALL=C

for other in kiritimati cached-fill cached; do
  if ! diff -r "$work/utc" "$work/$other" >"$work/diff.txt"; then
    echo "determinism: the output of build '$other' differs from the one under TZ=UTC without the cache:" >&2
    head -n 60 "$work/diff.txt" >&2
    exit 1
  fi
done
echo "determinism: $(find "$work/utc/" -type f | wc -l | tr -d ' ') files identical under TZ=UTC/LANG=C and TZ=Pacific/Kiritimati/LANG=de_DE.UTF-8, with and without the build cache"
