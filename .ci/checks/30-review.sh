#!/usr/bin/env bash
# The translation review pages (`build --review DIR`): the same browser, Nu Html Checker and axe-core
# checks as the site's pages (.ci/browser-checks.sh, without Lighthouse and the article budget, which
# are about readers' pages), and no review page in the published site.
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

echo "review-checks: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
