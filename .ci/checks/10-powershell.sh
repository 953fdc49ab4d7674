#!/usr/bin/env bash
# build.ps1 under PowerShell 7.6.9 (a .NET tool, installed into .tools/, which git ignores and which
# is kept between runs): the README's PowerShell lines, each run counted. Every run checks the exit
# code the wrapper passes on, so a wrapper that swallowed one fails here.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=.ci/out/powershell
rm -rf "$out" && mkdir -p "$out"
passed=0 failed=0

if [[ ! -x .tools/pwsh ]]; then
  dotnet tool install --tool-path .tools PowerShell --version 7.6.9 >"$out/install.log" 2>&1 || cat "$out/install.log"
fi
if ! .tools/pwsh -NoProfile -Command '$PSVersionTable.PSVersion.ToString()' | grep -qx '7.6.9'; then
  echo "PowerShell 7.6.9 is not available"
  echo "powershell: 0 passed, 1 failed"
  exit 1
fi

# run NAME EXPECTED-EXIT PATTERN -- ARGS...: runs ./build.ps1 ARGS, expects the exit code and, when
# PATTERN is not empty, a line of its output (stdout and stderr) matching it.
run() {
  local name=$1 expected=$2 pattern=$3; shift 4
  local log="$out/${name// /-}.log"
  .tools/pwsh -File ./build.ps1 "$@" >"$log" 2>&1
  local code=$?
  if [[ $code -eq $expected ]] && { [[ -z $pattern ]] || grep -Eq "$pattern" "$log"; }; then
    echo "powershell $name: passed (exit $code)"; passed=$((passed + 1))
  else
    echo "powershell $name: FAILED (exit $code, expected $expected${pattern:+, output matching '$pattern'})"
    tail -20 "$log"; failed=$((failed + 1))
  fi
}

# A copy of the site whose site.yml is broken: the build must fail with exit code 1.
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
cp -r site.yml content templates "$broken/"
printf 'title: [unclosed\n' >>"$broken/site.yml"

run "build of the real site" 0 '^Built [0-9]+ files into .*_site' --
run "failing build (broken site.yml)" 1 'site\.yml:[0-9]+:[0-9]+: error' -- --source "$broken"
# -Test runs the README's test command (dotnet test tests/ZoneReport.Tests); to save CI time it runs
# the command-line tests only (--filter): the whole suite ran earlier in .ci/run.
run "-Test (command-line tests only)" 0 'Passed!' -- -Test --filter 'FullyQualifiedName~ZoneReport.Tests.Cli'
run "pass-through --version" 0 '^zonereport [0-9]+\.[0-9]+\.[0-9]+' -- --version
run "pass-through check --format json" 0 '"summary": \{' -- check --format json
run "pass-through list" 0 '^[0-9]+ editions, [0-9]+ articles: ' -- list
run "pass-through usage error" 2 "Unrecognized command or argument 'frobnicate'" -- frobnicate

# -Serve: the preview answers on its port; a second one on the same port exits 1 with a message.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
setsid .tools/pwsh -File ./build.ps1 -Serve --port "$port" >"$out/serve.log" 2>&1 &
serve_pid=$!
served=0
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/index.html" -o "$out/served.html" 2>/dev/null; then served=1; break; fi
  sleep 1
done
if [[ $served -eq 1 ]] && grep -q '<html' "$out/served.html"; then
  echo "powershell -Serve: passed (page served on port $port)"; passed=$((passed + 1))
  run "-Serve on a busy port" 1 "cannot serve on http://127.0.0.1:$port/" -- -Serve --port "$port"
else
  echo "powershell -Serve: FAILED (nothing served on port $port)"; tail -20 "$out/serve.log"; failed=$((failed + 1))
fi
kill -- -"$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null

help="$out/get-help.log"
if .tools/pwsh -Command 'Get-Help ./build.ps1 -Examples' >"$help" 2>&1 &&
   grep -q 'SYNOPSIS' "$help" && grep -q 'build.ps1 check --format json' "$help"; then
  echo "powershell Get-Help: passed"; passed=$((passed + 1))
else
  echo "powershell Get-Help: FAILED"; cat "$help"; failed=$((failed + 1))
fi

echo "powershell: ${passed} passed, ${failed} failed"
[[ $failed -eq 0 ]]
