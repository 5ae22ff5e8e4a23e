#!/bin/sh
# warc_bench.sh - throughput and memory of `pith warc`.
#
# Builds a WARC the way a crawler would (wget --warc-file over a local
# http.server serving the 990 trafilatura-eval pages, tests/warc/warc_crawl.py),
# then measures `pith warc` with 1 and 2 worker threads (best of RUNS wall
# times; records/s counts HTML records extracted, MB/s the compressed WARC
# bytes read) and the peak resident memory (/usr/bin/time -v) on the WARC
# and on a copy ten times larger (the gzip members concatenated ten times).
#
# Usage: bench/warc_bench.sh [PITH_BINARY] [WORKDIR]
#
# On a shared machine Linux's autogroup scheduling gives each session one
# fair share however many threads it runs, so 2 threads cannot beat 1 while
# other sessions are busy.  AUTOGROUP_NICE=-20 runs the measurements in a
# new session whose autogroup has that nice value (root only), to measure
# the program rather than the neighbours.
set -eu
if [ -n "${AUTOGROUP_NICE:-}" ] && [ -z "${PITH_BENCH_IN_SESSION:-}" ]; then
  export PITH_BENCH_IN_SESSION=1
  exec setsid sh -c 'echo "$AUTOGROUP_NICE" > /proc/self/autogroup && exec "$0" "$@"' "$0" "$@"
fi
cd "$(dirname "$0")/.."
PITH=${1:-build/pith}
WORK=${2:-${TMPDIR:-/tmp}/pith-warc-bench}
RUNS=${RUNS:-3}
mkdir -p "$WORK"

if [ ! -s "$WORK/crawl.warc.gz" ]; then
  echo "building $WORK/crawl.warc.gz (wget over a local http.server)..." >&2
  /usr/bin/python3 tests/warc/warc_crawl.py "$WORK" 990 >&2
fi
if [ ! -s "$WORK/crawl10.warc.gz" ]; then
  for i in 1 2 3 4 5 6 7 8 9 10; do cat "$WORK/crawl.warc.gz"; done > "$WORK/crawl10.warc.gz"
fi

# run WARC JOBS -> "wall_seconds extracted max_rss_kb cpu_seconds"
run() {
  /usr/bin/time -v "$PITH" warc -j "$2" -o /dev/null "$1" 2> "$WORK/stderr.txt" || true
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/stderr.txt" |
         awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  extracted=$(sed -n 's/.* records read, \([0-9]*\) extracted.*/\1/p' "$WORK/stderr.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/stderr.txt")
  cpu=$(sed -n 's/.*\(User\|System\) time (seconds): //p' "$WORK/stderr.txt" | awk '{ t += $1 } END { print t }')
  echo "$wall $extracted $rss $cpu"
}

best() { # WARC JOBS -> best of RUNS
  b=""
  i=0
  while [ $i -lt "$RUNS" ]; do
    r=$(run "$1" "$2")
    if [ -z "$b" ] || [ "$(echo "$r $b" | awk '{ print ($1 < $5) }')" = 1 ]; then b=$r; fi
    i=$((i + 1))
  done
  echo "$b"
}

size=$(stat -c %s "$WORK/crawl.warc.gz")
size10=$(stat -c %s "$WORK/crawl10.warc.gz")
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "pith: $("$PITH" --version 2>/dev/null | head -1 || echo "$PITH")"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg); autogroup: $(cat /proc/self/autogroup 2>/dev/null)"
echo "input: $WORK/crawl.warc.gz, $(echo "$size" | awk '{ printf "%.1f", $1 / 1e6 }') MB gzip"
one=$(best "$WORK/crawl.warc.gz" 1)
two=$(best "$WORK/crawl.warc.gz" 2)
ten=$(best "$WORK/crawl10.warc.gz" 2)
fmt='{ printf "%6.3f s wall, %6.3f s CPU  %5d records  %6.0f records/s  %5.1f MB/s  (%5.0f records per CPU-second)  max RSS %5.1f MB\n", $1, $4, $2, $2 / $1, s / 1e6 / $1, $2 / $4, $3 / 1024 }'
printf '1 thread : '; echo "$one" | awk -v s="$size" "$fmt"
printf '2 threads: '; echo "$two" | awk -v s="$size" "$fmt"
printf '10x WARC, 2 threads: '; echo "$ten" | awk -v s="$size10" "$fmt"
echo "$one $two" | awk '{ printf "speed-up 2 threads / 1 thread: %.2fx wall (floor 1.8x)\n", $1 / $5 }'
echo "$two $ten" | awk '{ printf "peak memory 10x / 1x: %.2f (floor: independent of size)\n", $7 / $3 }'
