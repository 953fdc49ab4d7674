#!/usr/bin/env bash
# ZoneReport vs Hugo, side by side on the same synthetic site. See bench/README.md.
#
#   bash bench/run.sh            full run: start-up (12 pages), 200, 2,000 and 20,000 pages (~9-14 min on 2 cores)
#   bash bench/run.sh --quick    start-up, 200 and 2,000 pages, 3 runs each (~2 min)
#
# Options: --sizes "200 2000"   page totals to measure (even numbers, at least 40)
#          --runs N             timed runs per size and tool (default: 7 / 5 / 3 by size); the median is reported
#          --out DIR            work folder (default: $BENCH_OUT or /tmp/zonereport-bench)
#          --no-install         do not apt-get install hugo / time when missing
#          --report-only        print the table again from the runs recorded in the work folder
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/.." && pwd)"
out="${BENCH_OUT:-/tmp/zonereport-bench}"
sizes="200 2000 20000"
runs=""
install=1
startup_runs=10
rebuild_runs=3
report_only=0

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) sizes="200 2000"; runs=3; startup_runs=5; rebuild_runs=1 ;;
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --out) out="$2"; shift ;;
    --no-install) install=0 ;;
    --report-only) report_only=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
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
r2r_args=()
[ -n "$rid" ] && r2r_args=(-r "$rid" --self-contained false -p:PublishReadyToRun=true)
dotnet publish "$out/repo/src/ZoneReport.Cli" -c Release "${r2r_args[@]}" -o "$out/cli" -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
# The CLI project publishes ReadyToRun by default; the start-up comparison needs a plain JIT build too.
dotnet publish "$out/repo/src/ZoneReport.Cli" -c Release -p:PublishReadyToRun=false -o "$out/cli-jit" -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
dotnet build "$out/repo/bench/SiteGen" -c Release -o "$out/sitegen" -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
fi
zonereport="$out/cli/ZoneReport.Cli"
zonereport_jit="$out/cli-jit/ZoneReport.Cli"

# --- measuring ----------------------------------------------------------------------------------
# measure LABEL OUTPUT_DIR COMMAND...: runs the command once under GNU time, after removing its
# output folder unless the label starts with "re" (a rebuild over the previous output), and after
# flushing the disk so that one run's writes are not paid by the next; appends
# "label wall cpu maxrss_kb" to $out/raw.txt.
measure() {
  local label="$1" target="$2"; shift 2
  case "$label" in re*) ;; *) rm -rf "$target" ;; esac
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
    if [ "$size" -le 500 ]; then n=7; elif [ "$size" -le 5000 ]; then n=5; else n=3; fi
  fi
  say "timing $size pages: $n runs each after a warm-up..."
  build_zr warmup "$zonereport" "$size"
  build_hugo warmup "$size"
  for _ in $(seq "$n"); do
    build_zr "zr-$size" "$zonereport" "$size"
    build_hugo "hugo-$size" "$size"
  done
  # Rebuilds, as an editor runs them all day: the previous output is still there.
  for _ in $(seq "$rebuild_runs"); do
    build_zr "rezr-$size" "$zonereport" "$size"
    build_hugo "rehugo-$size" "$size"
  done
  rm -rf "$out/out-zr" "$out/out-hugo"
done
fi

# --- report -------------------------------------------------------------------------------------
report="$out/results.md"
hugo_version="$(hugo version | awk '{print $2}')"
{
  echo "ZoneReport (Release, ReadyToRun) vs Hugo $hugo_version on $(nproc) cores, $(date -u +%Y-%m-%d)."
  echo "Medians of whole-process runs; CPU = user + system; peak = maximum resident set size."
  echo
  echo "| Pages | ZR wall s | Hugo wall s | Wall ratio | ZR CPU s | Hugo CPU s | CPU ratio | ZR peak MiB | Hugo peak MiB | Peak ratio | ZR ms/page | Hugo ms/page |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for size in 12 $sizes; do
    zw=$(stat "zr-$size" 2); hw=$(stat "hugo-$size" 2)
    zc=$(stat "zr-$size" 3); hc=$(stat "hugo-$size" 3)
    zm=$(stat "zr-$size" 4); hm=$(stat "hugo-$size" 4)
    awk -v s="$size" -v zw="$zw" -v hw="$hw" -v zc="$zc" -v hc="$hc" -v zm="$zm" -v hm="$hm" 'BEGIN{
      printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f | %.2f |\n",
        s, zw, hw, zw/hw, zc, hc, zc/hc, zm/1024, hm/1024, zm/hm, zw*1000/s, hw*1000/s }'
  done
  echo
  echo "Rebuild over the previous output (an editor's rebuild; ZoneReport swaps in a fresh folder and deletes the old one, Hugo overwrites in place):"
  echo
  echo "| Pages | ZR rebuild wall s | Hugo rebuild wall s | Ratio |"
  echo "| ---: | ---: | ---: | ---: |"
  for size in $sizes; do
    awk -v s="$size" -v z="$(stat "rezr-$size" 2)" -v h="$(stat "rehugo-$size" 2)" 'BEGIN{ printf "| %s | %.2f | %.2f | %.2f |\n", s, z, h, z/h }'
  done
  echo
  echo "Targets (clean builds):"
  jit=$(stat zrjit-12 2); r2r=$(stat zr-12 2)
  awk -v r="$r2r" -v j="$jit" 'BEGIN{ printf "- start-up, 12-page site < 0.5 s wall: %.2f s ReadyToRun, %.2f s without ReadyToRun: %s\n", r, j, (r < 0.5 ? "met" : "NOT met") }'
  for size in 2000 20000; do
    if has_size "$size"; then
      awk -v s="$size" -v z="$(stat "zr-$size" 2)" -v h="$(stat "hugo-$size" 2)" 'BEGIN{
        printf "- wall ratio ZoneReport/Hugo <= 1.0 at %s pages: %.2f: %s\n", s, z/h, (z/h <= 1.0 ? "met" : "NOT met") }'
    fi
  done
  if has_size 2000 && has_size 20000; then
    awk -v a="$(stat zr-2000 2)" -v b="$(stat zr-20000 2)" 'BEGIN{ x=(b/20000)/(a/2000);
      printf "- time per page at 20,000 <= 1.2x time per page at 2,000: %.2fx: %s\n", x, (x <= 1.2 ? "met" : "NOT met") }'
  fi
  if has_size 20000; then
    awk -v m="$(stat zr-20000 4)" 'BEGIN{ printf "- peak memory at 20,000 pages < 1 GiB: %.0f MiB: %s\n", m/1024, (m < 1048576 ? "met" : "NOT met") }'
  fi
} >"$report"

cat "$report"
say ""
[ "$report_only" = 1 ] || say "whole run: $((SECONDS / 60)) min $((SECONDS % 60)) s"
say "(table saved in $report; every run in $out/raw.txt: label, wall s, cpu s, peak KiB)"
