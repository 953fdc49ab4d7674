#!/usr/bin/env bash
# The machine-readable record: every Atom feed read by feedparser (python3-feedparser), every page's
# JSON-LD expanded by jsonld.js, the WARC of `export` read by warcio.js (its `index` command,
# then record by record with digests recomputed), and the permanent addresses (urls.txt against the
# committed content/urls.txt, and the redirect pages of a copy of the site given aliases) read with
# Python's HTML parser. See .ci/record/.
set -uo pipefail
site="${1:?usage: 20-record.sh SITE_DIR}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/.ci/record"
out="$repo/.ci/out/record-export"
py=/usr/bin/python3

if ! "$py" -c "import feedparser" >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-feedparser) >/dev/null 2>&1
fi
if [[ ! -d "$here/node_modules/jsonld" || ! -d "$here/node_modules/warcio" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent >/dev/null 2>&1)
fi
passed=0; failed=0
add() { # the counts of a line "<name>: N passed, N failed"
  local line; line=$(grep -E '^[a-z]+: [0-9]+ passed, [0-9]+ failed$' <<<"$1" | tail -1)
  if [[ -z "$line" ]]; then failed=$((failed + 1)); return; fi
  passed=$((passed + $(sed -E 's/.*: ([0-9]+) passed.*/\1/' <<<"$line")))
  failed=$((failed + $(sed -E 's/.* ([0-9]+) failed$/\1/' <<<"$line")))
}

if "$py" -c "import feedparser" >/dev/null 2>&1; then
  result=$("$py" "$here/feeds.py" "$site" 2>&1); echo "$result"; add "$result"
else
  echo "could not install python3-feedparser"; failed=$((failed + 1))
fi

# Permanent addresses: the site's urls.txt keeps every address of the committed record ...
result=$("$py" "$here/addresses.py" "$site" "$repo/content/urls.txt" 2>&1); echo "$result"; add "$result"
# ... and aliases become redirect pages that lead to their page: a copy of the site with an article's
# two old addresses and an edition's (a withdrawn article's), built and read back; plus an old
# address of a zone feed and of a CSV download, which are written as copies.
aliased="$repo/.ci/out/record-aliases"
rm -rf "$aliased"; mkdir -p "$aliased"
cp -r "$repo/site.yml" "$repo/content" "$repo/templates" "$aliased/"
"$py" - "$aliased/content/zhoukou-edz/2022" <<'PY'
import sys, pathlib
edition = pathlib.Path(sys.argv[1])
article = edition / "decade-review.zh.md"
text = article.read_text(encoding="utf-8")
article.write_text(text.replace("---\n", "---\naliases: [/zh/zhoukou-edz/2022/old-review/, /zh/2022/review.html]\n", 1), encoding="utf-8")
yml = edition / "edition.yml"
yml.write_text(yml.read_text(encoding="utf-8") + "aliases: [/en/zhoukou-edz/2022/withdrawn/, /data/zhoukou/2022/figures.csv]\n", encoding="utf-8")
zone = edition.parent / "zone.yml"
zone.write_text(zone.read_text(encoding="utf-8") + "aliases: [/zh/zhoukou/feed.xml]\n", encoding="utf-8")
PY
if (cd "$repo" && dotnet run --project src/ZoneReport.Cli -- build --source "$aliased" --output "$aliased/_site" >"$aliased.log" 2>&1); then
  result=$("$py" "$here/addresses.py" "$aliased/_site" 2>&1); echo "$result"
  if grep -qE '^[0-9]+ addresses, 3 redirect page\(s\)$' <<<"$result"; then
    passed=$((passed + 1))
  else
    echo "FAIL  the aliased copy should have 3 redirect pages"; failed=$((failed + 1))
  fi
  add "$result"
  # A feed's and a download's old addresses are byte-identical copies (a feed reader does not follow a refresh).
  for pair in "zh/zhoukou/feed.xml zh/zhoukou-edz/feed.xml" "data/zhoukou/2022/figures.csv data/zhoukou-edz/2022/figures.csv"; do
    set -- $pair
    if grep -q "^/$1  " "$aliased/_site/urls.txt" && cmp -s "$aliased/_site/$1" "$aliased/_site/$2"; then
      echo "copy /$1 = /$2: passed"; passed=$((passed + 1))
    else
      echo "FAIL  /$1 should be in urls.txt and a copy of /$2"; failed=$((failed + 1))
    fi
  done
else
  echo "build of the aliased copy: FAILED"; cat "$aliased.log"; failed=$((failed + 1))
fi

rm -rf "$out"
if (cd "$repo" && dotnet run --project src/ZoneReport.Cli -- export --output "$out" >/dev/null 2>"$out.log"); then
  echo "export: passed"; passed=$((passed + 1))
else
  echo "export: FAILED"; cat "$out.log"; failed=$((failed + 1))
fi
warc="$out/site.warc.gz"

if [[ -d "$here/node_modules/jsonld" && -d "$here/node_modules/warcio" ]]; then
  result=$(node "$here/check.mjs" "$site" "$warc" 2>&1); echo "$result"
  add "$(grep '^jsonld:' <<<"$result")"; add "$(grep '^warc:' <<<"$result")"
  # warcio's own indexer must list every record the reader saw.
  indexed=$(node "$here/node_modules/warcio/dist/cli.js" index "$warc" 2>/dev/null | grep -c '"warc-type"')
  counts=$(grep '^warc:' <<<"$result" | sed -E 's/warc: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
  read=$(( ${counts% *} + ${counts#* } ))
  if [[ "$indexed" -gt 0 && "$indexed" == "$read" ]]; then
    echo "warcio index: $indexed records"; passed=$((passed + 1))
  else
    echo "warcio index: $indexed records, the reader saw $read"; failed=$((failed + 1))
  fi
else
  echo "could not install jsonld and warcio"; failed=$((failed + 1))
fi

echo "record: ${passed} passed, ${failed} failed"
[[ $failed -eq 0 ]]
