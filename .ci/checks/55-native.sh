#!/usr/bin/env bash
# The native (Native AOT) CLI, published as README.md "Publishing" says: it must build the real site
# byte for byte as `dotnet run` built it (the site folder given as $1), and its other commands work.
# A native build has no JIT and no reflection-made code: a difference here is code that behaves
# otherwise without the JIT (reflection, trimmed members), which the unit tests cannot see.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
built_by_dotnet_run=$1
out=.ci/out/native
rm -rf "$out" && mkdir -p "$out"
passed=0 failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v gcc >/dev/null || [[ ! -e /usr/include/zlib.h ]]; then
  (apt-get update -qq && apt-get install -y -qq gcc zlib1g-dev) >"$out/apt.log" 2>&1 || true
fi

step_prefix=native
source .ci/step.sh

case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
step "publish" 0 "" -- dotnet publish src/ZoneReport.Cli -c Release -r "$rid" -p:PublishAot=true -o "$work/cli" -nologo
zonereport="$work/cli/ZoneReport.Cli"
site="$work/site"
mkdir -p "$site" && cp -r site.yml content templates "$site/"
step "build of the real site" 0 '^Built [0-9]+ files into ' -- "$zonereport" build --source "$site" --output "$work/_site"
if diff -r "$work/_site" "$built_by_dotnet_run" >"$out/diff.txt" 2>&1; then
  echo "native site equals dotnet run's: passed ($(find "$work/_site" -type f | wc -l) files)"; passed=$((passed + 1))
else
  echo "native site equals dotnet run's: FAILED"; head -20 "$out/diff.txt"; failed=$((failed + 1))
fi
step "rebuild with nothing changed" 0 '0 written, 0 removed' -- "$zonereport" build --source "$site" --output "$work/_site"
step "check of the real site" 0 '^No errors, no warnings\.$' -- "$zonereport" check --source "$site"
step "check --format json" 0 '"summary"' -- "$zonereport" check --source "$site" --format json
step "export" 0 "" -- "$zonereport" export --source "$site" --output "$work/export"
step "verify the export" 0 "" -- "$zonereport" verify "$work/export"
step "usage mistake" 2 "Unrecognized command or argument 'frobnicate'" -- "$zonereport" frobnicate

echo "native: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
