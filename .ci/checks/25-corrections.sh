#!/usr/bin/env bash
# The corrections log: each language's corrections feed read by feedparser (python3-feedparser),
# every link of it followed into the site, and each edition's corrections page compared with the
# schema.org corrections in its pages' JSON-LD. See .ci/corrections/check.py.
set -uo pipefail
site="${1:?usage: 25-corrections.sh SITE_DIR}"
here="$(cd "$(dirname "$0")/../corrections" && pwd)"
py=/usr/bin/python3
if ! "$py" -c "import feedparser" >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-feedparser) >/dev/null 2>&1
fi
if ! "$py" -c "import feedparser" >/dev/null 2>&1; then
  echo "could not install python3-feedparser"
  echo "corrections: 0 passed, 1 failed"
  exit 1
fi
"$py" "$here/check.py" "$site"
