#!/bin/sh
# run_fuzz.sh BUILD_DIR TARGET SECONDS - runs one libFuzzer target for
# SECONDS with the seeds, the HTML dictionary and a persistent corpus in
# BUILD_DIR/corpus/TARGET.  Crashes land in BUILD_DIR/artifacts/.  Called
# by `make fuzz`.  FUZZ_TIMEOUT (seconds, default 10) is the per-input limit.
set -eu
build=$1 target=$2 seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
corpus=$build/corpus/$target
mkdir -p "$corpus" "$build/artifacts"
html5lib=$here/../../shared/data/html5lib-tests/tree-construction
seeds_html5lib=$build/seeds-html5lib
if [ -d "$html5lib" ] && [ ! -d "$seeds_html5lib" ]; then
  /usr/bin/python3 "$here/split_dat.py" "$seeds_html5lib" "$html5lib"/*.dat
fi
extra=""
[ -d "$seeds_html5lib" ] && extra=$seeds_html5lib
echo "fuzz: $target for ${seconds}s"
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
"$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 \
  -max_len=16384 -dict="$here/html.dict" -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/$target-" "$corpus" "$here/seeds" $extra
