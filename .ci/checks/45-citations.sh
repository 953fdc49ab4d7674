#!/usr/bin/env bash
# Citations: every article and edition page's "Cite this" block against citeproc-js (APA, Chicago,
# GB/T 7714) and its BibTeX, RIS and CSL-JSON files parsed by citation-js. See .ci/citations/check.mjs.
set -uo pipefail
site="${1:?usage: 45-citations.sh SITE_DIR}"
here="$(cd "$(dirname "$0")/../citations" && pwd)"
styles=/usr/share/citation-style-language/styles
locales=/usr/share/citation-style-language/locales
if [[ ! -f "$styles/chicago-note-bibliography.csl" || ! -f "$locales/locales-zh-CN.xml" ]]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq citation-style-language-styles citation-style-language-locales) >/dev/null 2>&1
fi
if [[ ! -d "$here/node_modules/citation-js" ]]; then
  (cd "$here" && npm install --no-audit --no-fund --silent >/dev/null 2>&1)
fi
if [[ ! -d "$here/node_modules/citation-js" || ! -f "$styles/chicago-note-bibliography.csl" ]]; then
  echo "could not install citation-js or the CSL styles"
  echo "citations: 0 passed, 1 failed"
  exit 1
fi
node "$here/check.mjs" "$site" "$styles" "$locales"
