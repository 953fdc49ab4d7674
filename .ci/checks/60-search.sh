#!/usr/bin/env bash
# The optional search: builds the real site with `build --search` (Pagefind through npx) into a
# folder of its own, then runs the browser checks on its search and home pages only: vnu, axe,
# Lighthouse, and a query in each language that must find pages of that language which load.
# Ends with the browser checks' line `browser-checks: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/.ci/out/search"
site="$out/site"
mkdir -p "$out"
rm -rf "$site"
if ! dotnet run --project src/ZoneReport.Cli -- build --search --output "$site" >"$out/build.log" 2>&1; then
  tail -20 "$out/build.log"
  echo "browser-checks: 0 passed, 1 failed"
  exit 1
fi
tail -1 "$out/build.log"
BROWSER_CHECKS_OUT="$out" BROWSER_CHECKS_KINDS="search home" BROWSER_CHECKS_SKIP="budget" LIGHTHOUSE_RUNS=1 \
  exec .ci/browser-checks.sh "$site"
