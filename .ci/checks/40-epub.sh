#!/usr/bin/env bash
# EPUB and the archive: the full `export` (bag, WARC and books) and `export --epub` on the repository's
# content; every book must pass epubcheck (Debian's epubcheck) with zero errors and zero warnings, be
# byte-identical between the two runs and equal to its copy in the bag; `zonereport verify` must accept
# the bag, the WARC and every book, and the built site against its manifest. The built site argument
# is the one verified; export builds the site itself.
set -uo pipefail
site="${1:?usage: 40-epub.sh SITE_DIR}"
cd "$(dirname "$0")/../.."
if ! command -v java >/dev/null || [[ ! -f /usr/share/java/epubcheck.jar ]]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq epubcheck) >/dev/null 2>&1
fi
passed=0; failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/ZoneReport.Cli -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build of the tool"; }
cli=(dotnet run --no-build --project src/ZoneReport.Cli --)
if "${cli[@]}" export --output "$work/first" >"$work/first.log" 2>&1; then pass; else cat "$work/first.log"; fail "export (bag, WARC and books)"; fi
"${cli[@]}" export --epub --output "$work/second" >"$work/second.log" 2>&1 || { cat "$work/second.log"; fail "export --epub"; }
shopt -s nullglob
books=("$work"/first/epub/*.epub)
[[ ${#books[@]} -gt 0 ]] && pass || fail "export wrote no EPUB"
for book in "${books[@]}"; do
  name=$(basename "$book")
  result=$(java -jar /usr/share/java/epubcheck.jar "$book" 2>&1)
  summary=$(grep -E '^Messages:' <<<"$result")
  if [[ "$summary" =~ ^Messages:\ 0\ fatals\ /\ 0\ errors\ /\ 0\ warnings ]]; then pass; echo "epubcheck $name: $summary"; else echo "$result"; fail "epubcheck $name: ${summary:-did not run}"; fi
  if cmp -s "$book" "$work/second/epub/$name"; then pass; else fail "$name differs between export and export --epub"; fi
  if cmp -s "$book" "$work/first/site/data/epub/$name"; then pass; else fail "$name is not in the bag as written"; fi
done
# verify with nothing but the tool: the bag (both manifests, Oxum), the WARC (records, digests), every book.
if "${cli[@]}" verify "$work/first" >"$work/verify.log" 2>&1; then
  pass; cat "$work/verify.log"
else
  cat "$work/verify.log"; fail "zonereport verify of the export"
fi
grep -q '^ok: bag ' "$work/verify.log" && grep -q '^ok: WARC ' "$work/verify.log" && [[ $(grep -c '^ok: EPUB ' "$work/verify.log") -eq ${#books[@]} ]] && pass || { cat "$work/verify.log"; fail "verify did not report the bag, the WARC and every book"; }
if "${cli[@]}" verify "$site" >"$work/site.log" 2>&1; then pass; else cat "$work/site.log"; fail "zonereport verify $site"; fi
echo "epub: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
