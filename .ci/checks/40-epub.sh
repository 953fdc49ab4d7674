#!/usr/bin/env bash
# EPUB: `export --epub` on the repository's content, twice; every book must pass epubcheck (Debian's
# epubcheck) with zero errors and zero warnings, pass `zonereport verify`, and be byte-identical on
# the second run. The built site argument is not used: export builds the site itself.
set -uo pipefail
cd "$(dirname "$0")/../.."
if ! command -v java >/dev/null || [[ ! -f /usr/share/java/epubcheck.jar ]]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq epubcheck) >/dev/null 2>&1
fi
passed=0; failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=(dotnet run --project src/ZoneReport.Cli --)
if ! "${cli[@]}" export --epub --output "$work/first" >"$work/first.log" 2>&1; then
  cat "$work/first.log"; fail "export --epub (first run)"
fi
"${cli[@]}" export --epub --output "$work/second" >"$work/second.log" 2>&1 || { cat "$work/second.log"; fail "export --epub (second run)"; }
shopt -s nullglob
books=("$work"/first/epub/*.epub)
[[ ${#books[@]} -gt 0 ]] && pass || fail "export wrote no EPUB"
for book in "${books[@]}"; do
  name=$(basename "$book")
  result=$(java -jar /usr/share/java/epubcheck.jar "$book" 2>&1)
  summary=$(grep -E '^Messages:' <<<"$result")
  if [[ "$summary" =~ ^Messages:\ 0\ fatals\ /\ 0\ errors\ /\ 0\ warnings ]]; then pass; echo "epubcheck $name: $summary"; else echo "$result"; fail "epubcheck $name: ${summary:-did not run}"; fi
  if cmp -s "$book" "$work/second/epub/$name"; then pass; else fail "$name differs between two runs"; fi
done
if "${cli[@]}" verify "$work/first" >"$work/verify.log" 2>&1; then pass; else cat "$work/verify.log"; fail "zonereport verify"; fi
echo "epub: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
