#!/usr/bin/env bash
# The translation review pages (`build --review DIR`): the same browser, Nu Html Checker and axe-core
# checks as the site's pages (.ci/browser-checks.sh, without Lighthouse and the article budget, which
# are about readers' pages), no review page in the published site, and the preview (`serve`) serving
# the same pages at /_review/.
#
#   .ci/checks/30-review.sh SITE_DIR
#
# Last line: `review-checks: N passed, N failed`.
set -uo pipefail
ci="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(dirname "$ci")"
site="${1:-}"
out="$ci/out/review"
mkdir -p "$out"
passed=0
failed=0
pass() { echo "pass  $1"; passed=$((passed + 1)); }
fail() { echo "FAIL  $1"; failed=$((failed + 1)); }

# 1. The published site holds no review page.
if [[ -n "$site" && -d "$site" ]]; then
  leaked=$(grep -rl --include='*.html' 'class="kind-review"' "$site" | head -5)
  if [[ -z "$leaked" && ! -e "$site/_review" ]]; then pass "the published site ($site) holds no review page"
  else fail "review pages in the published site: $leaked"; fi
else
  fail "no site folder given (usage: $0 SITE_DIR)"
fi

# 2. Build the site elsewhere with its review pages (into a folder of the CI's own output).
review="$out/pages"
if (cd "$repo" && dotnet run --project src/ZoneReport.Cli -- build --output "$out/site" --review "$review") >"$out/build.log" 2>&1; then
  pass "build --review wrote $(find "$review" -name '*.html' | wc -l) review pages"
else
  tail -20 "$out/build.log"
  fail "build --review failed"
fi

# 3. The browser, vnu and axe checks on them.
if [[ -f "$review/index.html" ]]; then
  BROWSER_CHECKS_SKIP="lighthouse budget" BROWSER_CHECKS_OUT="$out/browser" "$ci/browser-checks.sh" "$review" 2>&1 | tee "$out/browser.log"
  line=$(grep -E '^browser-checks: [0-9]+ passed, [0-9]+ failed$' "$out/browser.log" | tail -1)
  if [[ -n "$line" ]]; then
    passed=$((passed + $(sed -E 's/.*: ([0-9]+) passed.*/\1/' <<<"$line")))
    failed=$((failed + $(sed -E 's/.* ([0-9]+) failed$/\1/' <<<"$line")))
  else
    fail "the browser checks printed no result line"
  fi
else
  fail "browser, html and accessibility checks of the review pages: not run (no pages)"
fi

# 4. The preview serves the same pages at /_review/: the same bytes but for its reload script.
cli="$repo/src/ZoneReport.Cli/bin/Debug/net10.0/ZoneReport.Cli.dll"
pair=$(cd "$review" 2>/dev/null && find . -mindepth 3 -name '*.html' | sort | head -1)
if [[ -f "$cli" && -f "$review/index.html" && -n "$pair" ]]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18437)
  (cd "$repo" && exec dotnet "$cli" serve --port "$port" --output "$out/serve-site") >"$out/serve.log" 2>&1 &
  server=$!
  rm -f "$out/served-index.html" "$out/served-pair.html"
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$port/_review/" -o "$out/served-index.html" 2>/dev/null && break
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$port/_review/${pair#./}" -o "$out/served-pair.html" 2>/dev/null
  without_script() { sed -E 's#<script>.*</script>##' "$1"; }
  for page in "index.html:served-index.html" "${pair#./}:served-pair.html"; do
    built="$review/${page%%:*}"
    served="$out/${page##*:}"
    if [[ -s "$served" ]] && diff <(without_script "$served") "$built" >/dev/null; then pass "the preview serves /_review/${page%%:*} as build --review wrote it"
    else fail "the preview's /_review/${page%%:*} differs from build --review's (or was not served; see $out/serve.log)"; fi
  done
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null
else
  fail "the preview's review pages: not checked (no built CLI at $cli or no review pages)"
fi

echo "review-checks: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
