#!/usr/bin/env bash
# The .NET tool, as the README installs it: pack ZoneReport.Tool, install it from the local package
# into a temporary tool path, and use it: --version, a build of the real site, check, new, and a
# usage mistake. The package gets a version of its own for this run, so NuGet can never hand back a
# cached package of the same version built from older code.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=.ci/out/tool
rm -rf "$out" && mkdir -p "$out"
passed=0 failed=0
work=$(mktemp -d)
version="0.1.0-ci.$(date +%s).$$"
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}/zonereport.tool/$version"
trap 'rm -rf "$work" "$cache"' EXIT

step_prefix=tool
source .ci/step.sh

step "pack" 0 "Successfully created package" -- dotnet pack src/ZoneReport.Cli -o "$work/nupkg" -p:Version="$version"
step "install from the local package" 0 "was successfully installed" -- \
  dotnet tool install --tool-path "$work/tools" --add-source "$work/nupkg" ZoneReport.Tool --version "$version"
zonereport="$work/tools/zonereport"
step "--version" 0 "^zonereport ${version//./\\.}" -- "$zonereport" --version

site="$work/site"
mkdir -p "$site" && cp -r site.yml content templates "$site/"
step "build of the real site" 0 '^Built [0-9]+ files into ' -- "$zonereport" build --source "$site" --output "$work/_site"
if [[ -f "$work/_site/zh/index.html" && -f "$work/_site/en/index.html" && -f "$work/_site/sitemap.xml" ]]; then
  echo "tool site pages: passed"; passed=$((passed + 1))
else
  echo "tool site pages: FAILED (no zh/index.html, en/index.html or sitemap.xml in the tool's build)"; failed=$((failed + 1))
fi
step "check of the real site" 0 '^No errors, no warnings\.$' -- "$zonereport" check --source "$site"
step "new edition" 0 '^wrote content/zhoukou-edz/2030/edition\.yml$' -- "$zonereport" new edition zhoukou-edz/2030 --source "$site"
step "build with the new edition" 0 '^Built [0-9]+ files into ' -- "$zonereport" build --source "$site" --output "$work/_site"
step "usage mistake" 2 "Unrecognized command or argument 'frobnicate'" -- "$zonereport" frobnicate

echo "tool: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
