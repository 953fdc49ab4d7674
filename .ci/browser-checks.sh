#!/usr/bin/env bash
# Browser, validator, accessibility, performance and budget checks of a built site.
#
#   .ci/browser-checks.sh SITE_DIR
#
# Installs what it needs itself (Debian's chromium, a headless Java, CJK fonts, the npm packages
# pinned in .ci/browser/package-lock.json, none of which downloads a browser), then runs
# .ci/browser/checks.mjs: headless Chromium at 360x740 and 1280x800, the Nu Html Checker, axe-core,
# Lighthouse (mobile) and the 30 KB article budget. Screenshots, print PDFs and Lighthouse reports
# go to .ci/out/. The last line is `browser-checks: N passed, N failed`; the exit code is non-zero
# when any check failed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
checks=5

fail_all() {
  echo "browser checks could not start: $1"
  for name in browser "html (Nu Html Checker)" "accessibility (axe-core)" lighthouse budget; do
    echo "FAIL  $name: not run"
  done
  echo "browser-checks: 0 passed, $checks failed"
  exit 1
}

site="${1:-}"
[[ -n "$site" && -d "$site" ]] || fail_all "usage: $0 SITE_DIR (a built site folder)"
site="$(cd "$site" && pwd)"
out="${BROWSER_CHECKS_OUT:-$here/out}"
mkdir -p "$out"

# 1. System packages: Chromium, Java for vnu.jar, fonts with Chinese faces, Node.js.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
dpkg -s fonts-liberation >/dev/null 2>&1 || need+=(fonts-liberation)
if (( ${#need[@]} > 0 )); then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}"; } >"$out/apt.log" 2>&1 \
    || { tail -20 "$out/apt.log"; fail_all "apt-get install ${need[*]} failed"; }
fi
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
echo "chromium: $("$CHROME_PATH" --version 2>/dev/null | head -1)"
echo "java: $(java -version 2>&1 | head -1)"
echo "node: $(node --version)"

# 2. The npm tools, exactly as locked; --ignore-scripts keeps vnu-jar from fetching a Java of its own.
(cd "$here/browser" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$out/npm.log" 2>&1 \
  || { tail -20 "$out/npm.log"; fail_all "npm ci in .ci/browser failed"; }

# 3. The checks; they serve the site on 127.0.0.1 themselves.
node "$here/browser/checks.mjs" "$site" "$out" 2>&1 | tee "$out/checks.log"
status=${PIPESTATUS[0]}
if ! tail -1 "$out/checks.log" | grep -qE '^browser-checks: [0-9]+ passed, [0-9]+ failed$'; then
  echo "checks.mjs stopped early (exit $status)"
  echo "browser-checks: 0 passed, $checks failed"
  exit 1
fi
exit "$status"
