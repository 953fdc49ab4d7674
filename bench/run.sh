#!/usr/bin/env bash
# ZoneReport vs Hugo, side by side on the same synthetic site. See bench/README.md.
#
#   bash bench/run.sh            full run: start-up (12 pages), 2,000 and 20,000 pages (~25-40 min on 2 cores)
#   bash bench/run.sh --quick    start-up and 2,000 pages, 1 run each (~4 min)
#
# Per size, side by side: ZoneReport, Hugo with layouts matching ZoneReport's templates ("hugo"), and
# Hugo with plain baseof/single/list/index layouts ("hugo-min"): clean build, rebuild with nothing
# changed, rebuild after one article changed, and preview save-to-served latency (serve / hugo server).
#
# Options: --sizes "200 2000"   page totals to measure (even numbers, at least 40)
#          --runs N             timed runs per size and tool (default: 7 / 5 / 3 by size); the median is reported
#          --out DIR            work folder (default: $BENCH_OUT or /tmp/zonereport-bench)
#          --no-install         do not apt-get install hugo / time when missing
#          --no-preview         skip the preview latency measurements
#          --report-only        print the table again from the runs recorded in the work folder
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/.." && pwd)"
out="${BENCH_OUT:-/tmp/zonereport-bench}"
sizes="2000 20000"
runs=""
install=1
startup_runs=10
rebuild_runs=2
report_only=0
preview=1

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) sizes="2000"; runs=1; startup_runs=5; rebuild_runs=1 ;;
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --out) out="$2"; shift ;;
    --no-install) install=0 ;;
    --report-only) report_only=1 ;;
    --no-preview) preview=0 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '%s\n' "$*" >&2; }
has_size() { case " $sizes " in *" $1 "*) return 0 ;; esac; return 1; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [ "$report_only" = 0 ]; then
# --- tools --------------------------------------------------------------------------------------
if ! command -v hugo >/dev/null || [ ! -x /usr/bin/time ]; then
  if [ "$install" = 1 ] && command -v apt-get >/dev/null; then
    say "installing hugo and GNU time from Debian..."
    sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq hugo time >/dev/null
  else
    say "error: this benchmark needs hugo and /usr/bin/time (apt-get install hugo time)"; exit 1
  fi
fi
# For the native CLI (best effort: without them the ReadyToRun CLI is timed).
if { ! command -v gcc >/dev/null || [ ! -e /usr/include/zlib.h ]; } && [ "$install" = 1 ] && command -v apt-get >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq gcc zlib1g-dev >/dev/null 2>&1 || true
fi
command -v dotnet >/dev/null || { say "error: the .NET 10 SDK is needed (dotnet not found)"; exit 1; }

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64|arm64) rid=linux-arm64 ;;
  *) rid="" ;;
esac


# --- build from a snapshot of this repository (never inside it: no obj/ clashes with other builds) ---
say "building the CLI (Release) and the site generator from $repo ..."
rm -rf "$out/repo"
mkdir -p "$out/repo"
tar -C "$repo" --exclude=./.git --exclude=bin --exclude=obj --exclude=_site --exclude=./bench/out \
    --exclude='BenchmarkDotNet.Artifacts' -cf - . | tar -C "$out/repo" -xf -
# The release CLI is native (README.md "Publishing": Native AOT, needs gcc and zlib1g-dev); where it
# cannot be made, the ReadyToRun publish is timed instead, and the report says which one it was.
cli_kind=ReadyToRun
if [ -n "$rid" ] && dotnet publish "$out/repo/src/ZoneReport.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$out/cli" -nologo -v quiet >"$out/build.log" 2>&1; then
  cli_kind=native
else
  say "the native CLI could not be published (see $out/build.log): timing the ReadyToRun CLI instead"
  r2r_args=()
  [ -n "$rid" ] && r2r_args=(-r "$rid" --self-contained false -p:PublishReadyToRun=true)
  rm -rf "$out/cli"
  dotnet publish "$out/repo/src/ZoneReport.Cli" -c Release "${r2r_args[@]}" -o "$out/cli" -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
fi
echo "$cli_kind" >"$out/cli-kind.txt"
# The start-up comparison needs a plain JIT build too.
dotnet publish "$out/repo/src/ZoneReport.Cli" -c Release -p:PublishReadyToRun=false -o "$out/cli-jit" -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
dotnet build "$out/repo/bench/SiteGen" -c Release -o "$out/sitegen" -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
fi
zonereport="$out/cli/ZoneReport.Cli"
zonereport_jit="$out/cli-jit/ZoneReport.Cli"

# --- measuring ----------------------------------------------------------------------------------
# measure LABEL OUTPUT_DIR COMMAND...: runs the command once under GNU time, after removing its
# output folder (and, for ZoneReport's runs, its engine state) unless the label starts with "re" (a rebuild over
# the previous output), and after flushing the disk so that one run's writes are not paid by the
# next; appends "label wall cpu maxrss_kb" to $out/raw.txt.
measure() {
  local label="$1" target="$2"; shift 2
  # A clean run removes its own output; a clean ZoneReport run its engine state too. Hugo's runs must
  # not touch ZoneReport's state: the rebuilds timed after them would then be clean builds.
  case "$label" in
    re*) ;;
    zr*|warmup) rm -rf "$target" "$out"/site-*/zonereport/.cache/engine ;;
    *) rm -rf "$target" ;;
  esac
  sync
  /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >"$out/last.log" 2>&1 || {
    say "error: $label failed:"; cat "$out/last.log" >&2; exit 1; }
  read -r wall user sys rss <"$out/time.txt"
  echo "$label $wall $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') $rss" >>"$out/raw.txt"
}

median() { sort -g | awk '{a[NR]=$1} END{ if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2 }'; }
# stat LABEL COLUMN: the median of one column (2 wall, 3 cpu, 4 rss) over the runs of LABEL (warm-ups excluded)
stat() { awk -v l="$1" -v c="$2" '$1==l {print $c}' "$out/raw.txt" | median; }

generate() { dotnet "$out/sitegen/ZoneReport.SiteGen.dll" --pages "$1" --out "$out/site-$1" --templates "$out/repo/templates" >&2; }

build_zr() { measure "$1" "$out/out-zr" "$2" build --source "$out/site-$3/zonereport" --output "$out/out-zr"; }
build_hugo() { measure "$1" "$out/out-hugo" hugo --quiet --source "$out/site-$2/hugo" --destination "$out/out-hugo"; }
build_hugo_min() { measure "$1" "$out/out-hugo-min" hugo --quiet --source "$out/site-$2/hugo" --layoutDir "$out/site-$2/hugo/layouts-minimal" --destination "$out/out-hugo-min"; }

# The article edited by the rebuild and preview measurements: the first article of the first
# edition, at the same path in both sites (content/<zone>/<edition>/report-01.en.md).
article_of() { (cd "$out/site-$1/zonereport" && set -- content/*/*/report-01.en.md && echo "$1"); }  # no "ls | head": SIGPIPE under pipefail
edit_article() { local a; a="$(article_of "$1")"
  for tool in zonereport hugo; do printf '\nA paragraph added before a rebuild, %s.\n' "$2" >>"$out/site-$1/$tool/$a"; done; }

# preview TOOL SIZE: save-to-served latency of one preview server (median of 3 saves) into raw.txt
preview_latency() {
  local tool="$1" size="$2" port=18473 a url pid
  a="$(article_of "$size")"; url="http://127.0.0.1:$port/en/${a#content/}"; url="${url%.en.md}/"
  case "$tool" in
    zr) "$zonereport" serve --source "$out/site-$size/zonereport" --output "$out/out-zr" --port "$port" >"$out/serve.log" 2>&1 & pid=$! ; file="$out/site-$size/zonereport/$a" ;;
    hugo) hugo server --source "$out/site-$size/hugo" --port "$port" --bind 127.0.0.1 --disableLiveReload >"$out/serve.log" 2>&1 & pid=$! ; file="$out/site-$size/hugo/$a" ;;
    hugo-min) hugo server --source "$out/site-$size/hugo" --layoutDir "$out/site-$size/hugo/layouts-minimal" --port "$port" --bind 127.0.0.1 --disableLiveReload >"$out/serve.log" 2>&1 & pid=$! ; file="$out/site-$size/hugo/$a" ;;
  esac
  local result; result="$(python3 "$bench_dir/latency.py" "$url" "$file" 3 | awk '/^median/ {print $2}')" || true
  kill -INT "$pid" 2>/dev/null || true; sleep 1; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  echo "preview-$tool-$size ${result:-NaN} 0 0" >>"$out/raw.txt"
}

if [ "$report_only" = 0 ]; then
: >"$out/raw.txt"
# Start-up: the smallest useful site (one article in two languages: 12 pages).
generate 12
build_zr warmup "$zonereport" 12
for _ in $(seq "$startup_runs"); do
  build_zr zr-12 "$zonereport" 12
  build_zr zrjit-12 "$zonereport_jit" 12
  build_hugo hugo-12 12
done

for size in $sizes; do
  generate "$size"
  n="$runs"
  if [ -z "$n" ]; then
    if [ "$size" -le 5000 ]; then n=3; else n=1; fi
  fi
  say "timing $size pages: $n clean runs each after a warm-up..."
  build_zr warmup "$zonereport" "$size"
  build_hugo warmup "$size"
  for _ in $(seq "$n"); do
    build_zr "zr-$size" "$zonereport" "$size"
    build_hugo "hugo-$size" "$size"
    build_hugo_min "hugomin-$size" "$size"
  done
  # Rebuilds, as an editor runs them all day: the previous output is still there.
  say "timing $size pages: rebuilds with nothing changed and with one article changed..."
  build_zr "zr-$size" "$zonereport" "$size"; build_hugo "hugo-$size" "$size"; build_hugo_min "hugomin-$size" "$size"
  for i in $(seq "$rebuild_runs"); do
    build_zr "renozr-$size" "$zonereport" "$size"
    build_hugo "renohugo-$size" "$size"
    build_hugo_min "renohugomin-$size" "$size"
    edit_article "$size" "run $i"
    build_zr "reonezr-$size" "$zonereport" "$size"
    build_hugo "reonehugo-$size" "$size"
    build_hugo_min "reonehugomin-$size" "$size"
  done
  if [ "$preview" = 1 ]; then
    say "timing $size pages: preview save-to-served latency..."
    for tool in zr hugo hugo-min; do preview_latency "$tool" "$size"; done
  fi
  rm -rf "$out/out-zr" "$out/out-hugo" "$out/out-hugo-min"
done
fi

# --- report -------------------------------------------------------------------------------------
report="$out/results.md"
hugo_version="$(hugo version | awk '{print $2}')"
{
  echo "ZoneReport (Release, $(cat "$out/cli-kind.txt" 2>/dev/null || echo ReadyToRun)) vs Hugo $hugo_version on $(nproc) cores, $(date -u +%Y-%m-%d)."
  echo "Medians of whole-process runs; CPU = user + system; peak = maximum resident set size."
  echo
  echo "Load while measuring: $(cat /proc/loadavg | cut -d' ' -f1-3) (1, 5, 15 min load average at the end; 2 cores)."
  echo
  echo "Clean builds (output folder and engine state removed first). hugo = layouts matching ZoneReport's templates; hugo-min = plain baseof/single/list/index:"
  echo
  echo "| Pages | ZR wall s | hugo wall s | hugo-min wall s | ZR/hugo | ZR/hugo-min | ZR CPU s | hugo CPU s | hugo-min CPU s | ZR peak MiB | hugo peak MiB | hugo-min peak MiB |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for size in 12 $sizes; do
    awk -v s="$size" -v zw="$(stat "zr-$size" 2)" -v hw="$(stat "hugo-$size" 2)" -v mw="$(stat "hugomin-$size" 2)" \
        -v zc="$(stat "zr-$size" 3)" -v hc="$(stat "hugo-$size" 3)" -v mc="$(stat "hugomin-$size" 3)" \
        -v zm="$(stat "zr-$size" 4)" -v hm="$(stat "hugo-$size" 4)" -v mm="$(stat "hugomin-$size" 4)" 'BEGIN{
      r = (hw > 0 ? sprintf("%.2f", zw/hw) : "-"); q = (mw > 0 ? sprintf("%.2f", zw/mw) : "-");
      printf "| %s | %.2f | %.2f | %.2f | %s | %s | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f |\n",
        s, zw, hw, mw, r, q, zc, hc, mc, zm/1024, hm/1024, mm/1024 }'
  done
  echo
  echo "Rebuilds over the previous output (wall s; Hugo renders and writes every page each time):"
  echo
  echo "| Pages | ZR nothing changed | hugo | hugo-min | ZR one article changed | hugo | hugo-min | ZR peak MiB (one article) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for size in $sizes; do
    awk -v s="$size" -v a="$(stat "renozr-$size" 2)" -v b="$(stat "renohugo-$size" 2)" -v c="$(stat "renohugomin-$size" 2)" \
        -v d="$(stat "reonezr-$size" 2)" -v e="$(stat "reonehugo-$size" 2)" -v f="$(stat "reonehugomin-$size" 2)" -v m="$(stat "reonezr-$size" 4)" \
        'BEGIN{ printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f |\n", s, a, b, c, d, e, f, m/1024 }'
  done
  if [ "$preview" = 1 ]; then
    echo
    echo "Preview, from saving one article to the served page showing it (ms, median of 3 saves; zonereport serve vs hugo server):"
    echo
    echo "| Pages | ZR serve | hugo server | hugo server, minimal layouts |"
    echo "| ---: | ---: | ---: | ---: |"
    for size in $sizes; do
      echo "| $size | $(stat "preview-zr-$size" 2) | $(stat "preview-hugo-$size" 2) | $(stat "preview-hugo-min-$size" 2) |"
    done
  fi
  echo
  echo "Targets:"
  awk -v r="$(stat zr-12 2)" -v j="$(stat zrjit-12 2)" -v k="$(cat "$out/cli-kind.txt" 2>/dev/null || echo ReadyToRun)" 'BEGIN{ printf "- 12-page site <= 0.3 s wall: %.2f s %s CLI (%.2f s JIT): %s\n", r, k, j, (r <= 0.3 ? "met" : "NOT met") }'
  if has_size 20000; then
    awk -v z="$(stat zr-20000 2)" -v h="$(stat hugo-20000 2)" -v m="$(stat hugomin-20000 2)" 'BEGIN{
      printf "- clean build at 20,000 pages <= 0.7x Hugo: %.2fx hugo (%s), %.2fx hugo-min (%s)\n", z/h, (z/h <= 0.7 ? "met" : "NOT met"), z/m, (z/m <= 0.7 ? "met" : "NOT met") }'
    awk -v m="$(stat zr-20000 4)" 'BEGIN{ printf "- peak memory at 20,000 pages < 1 GiB: %.0f MiB: %s\n", m/1024, (m < 1048576 ? "met" : "NOT met") }'
    awk -v z="$(stat reonezr-20000 2)" 'BEGIN{ printf "- one article changed at 20,000 pages <= 1.5 s: %.2f s: %s\n", z, (z <= 1.5 ? "met" : "NOT met") }'
    awk -v z="$(stat renozr-20000 2)" 'BEGIN{ printf "- nothing changed at 20,000 pages <= 1 s: %.2f s: %s\n", z, (z <= 1.0 ? "met" : "NOT met") }'
    if [ "$preview" = 1 ]; then
      # The least flattering comparison: the faster of the two Hugo servers.
      awk -v z="$(stat preview-zr-20000 2)" -v h="$(stat preview-hugo-20000 2)" -v m="$(stat preview-hugo-min-20000 2)" 'BEGIN{
        f = (m+0 > 0 && m+0 < h+0) ? m : h
        printf "- preview save-to-served at 20,000 pages no slower than hugo server: %s ms vs %s ms (hugo) and %s ms (hugo-min): %s\n", z, h, m, (z+0 <= f+0 ? "met" : "NOT met") }'
    fi
  fi
} >"$report"

cat "$report"
say ""
[ "$report_only" = 1 ] || say "whole run: $((SECONDS / 60)) min $((SECONDS % 60)) s"
say "(table saved in $report; every run in $out/raw.txt: label, wall s, cpu s, peak KiB)"
