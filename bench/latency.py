#!/usr/bin/env python3
"""Save-to-served latency of a preview server: append a marker to an article, time until the served page shows it.

usage: latency.py URL FILE RUNS [READY_TIMEOUT_S]
Waits until URL answers 200 (the server's first build), then RUNS times: appends a paragraph with a
new marker to FILE and polls URL every 5 ms until the body holds the marker. Prints one line per run
in milliseconds, then "median <ms>". Exit 1 when the server never answers or a change never shows.
"""
import statistics
import sys
import time
import urllib.error
import urllib.request


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def main():
    url, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ready_timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 900
    deadline = time.monotonic() + ready_timeout
    while fetch(url)[0] != 200:
        if time.monotonic() > deadline:
            print(f"error: {url} never answered", file=sys.stderr)
            return 1
        time.sleep(0.2)
    time.sleep(1.0)  # let the server settle after its first build (watchers started)
    times = []
    for run in range(runs):
        marker = f"benchmarker{run}x{int(time.time() * 1000)}"
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\n\nA paragraph saved by the benchmark: {marker}.\n")
        start = time.monotonic()
        while marker not in fetch(url)[1]:
            if time.monotonic() - start > 300:
                print(f"error: the change never showed at {url}", file=sys.stderr)
                return 1
            time.sleep(0.005)
        elapsed = (time.monotonic() - start) * 1000
        times.append(elapsed)
        print(f"{elapsed:.0f}")
        time.sleep(1.5)
    print(f"median {statistics.median(times):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
