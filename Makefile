# pith - the two commands a newcomer needs are `make run` and `make test`.
# `make help` lists every target.

BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
# Seconds per fuzz target: parse is the one that matters most.
FUZZ_SECONDS ?= 600
FUZZ_SECONDS_DECODE ?= 120
FUZZ_SECONDS_EXTRACT ?= 300
SEED := ../shared/data/seed/csto-withdrawal.html
PY := /usr/bin/python3

.PHONY: all setup run test test-fast test-asan test-eval eval eval-report eval-compare bench bench-deps fuzz help clean python

## all: build into build/ (the CLI is build/pith)
all: $(BUILD)/build.ninja
	ninja -C $(BUILD)

$(BUILD)/build.ninja:
	meson setup $(BUILD) --buildtype=release

## setup: install the Debian packages pith needs (apt-get, only when missing)
setup:
	@./tools/setup.sh

## run: set up, build, and extract the seed page
run: setup all
	$(BUILD)/pith -f json $(SEED)

## test: set up, build, run every test (unit, conformance, sanitizers, eval floors)
test: setup all
	meson test -C $(BUILD) --suite fast --print-errorlogs
	$(MAKE) test-asan
	$(MAKE) test-eval

## test-eval: the evaluation sets against their floors (those of open issues
## listed in eval/below-floor.txt are reported, not enforced; make eval is strict)
test-eval: all
	$(PY) eval/selftest.py
	$(PY) eval/run_eval.py --gate --no-write

## test-asan: unit and conformance tests under AddressSanitizer + UBSan
test-asan: $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  meson test -C $(ASAN_BUILD) --suite sanitize --print-errorlogs

$(ASAN_BUILD)/build.ninja:
	CC=clang meson setup $(ASAN_BUILD) --buildtype=debugoptimized \
	  -Db_sanitize=address,undefined -Db_lundef=false -Ddefault_library=static

## eval: build, score extraction on every dev set (fails below a floor; eval/results.md, eval/out/)
eval: all
	$(PY) eval/selftest.py
	$(PY) eval/run_eval.py

## eval-report: the same table as eval, but never fails
eval-report: all
	$(PY) eval/run_eval.py --report-only

## eval-compare: score Mozilla Readability's metadata (title, byline, date...) by the rules eval_meta.py scores pith by (~15 min)
eval-compare: all bench-deps
	$(PY) eval/eval_meta.py --write-manifest $(BUILD)/meta-pages.tsv
	node bench/readability_meta.js $(BUILD)/meta-pages.tsv > $(BUILD)/readability-meta.jsonl
	$(PY) eval/eval_meta.py --records $(BUILD)/readability-meta.jsonl --no-floors

## bench: build, then time pith against libxml2, gumbo and Readability (bench/results.md)
bench: all bench-deps
	$(PY) bench/run_bench.py

bench-deps:
	@[ -d bench/node_modules/jsdom ] || ! command -v npm >/dev/null || \
	  (cd bench && npm ci --no-audit --no-fund) || echo "bench: npm ci failed; Readability is skipped"

## fuzz: libFuzzer + ASan/UBSan (clang) in build-fuzz/: parse for FUZZ_SECONDS (600), decode and extract for FUZZ_SECONDS_DECODE/_EXTRACT; crashes in build-fuzz/artifacts/
fuzz: $(FUZZ_BUILD)/build.ninja
	ninja -C $(FUZZ_BUILD)
	./fuzz/run_fuzz.sh $(FUZZ_BUILD) decode $(FUZZ_SECONDS_DECODE)
	./fuzz/run_fuzz.sh $(FUZZ_BUILD) parse $(FUZZ_SECONDS)
	./fuzz/run_fuzz.sh $(FUZZ_BUILD) extract $(FUZZ_SECONDS_EXTRACT)

$(FUZZ_BUILD)/build.ninja:
	CC=clang meson setup $(FUZZ_BUILD) --buildtype=debugoptimized \
	  -Db_sanitize=address,undefined -Db_lundef=false -Ddefault_library=static \
	  -Dc_args=-fsanitize=fuzzer-no-link

## python: build and copy libpith into python/pith, so `pip install ./python` carries it
python: all
	cp -L $(BUILD)/src/libpith.so python/pith/libpith.so

## help: list the targets
help:
	@grep -E '^## ' Makefile | sed 's/^## /  /'

## clean: remove the build directories
clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
