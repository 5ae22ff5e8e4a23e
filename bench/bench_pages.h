/* bench_pages.h - the benchmark corpus: every page named in a manifest,
 * read into memory (gunzipped) before any timing starts, so the timed loops
 * measure parsing and extraction only, never the disk or zlib.
 *
 * Manifest: one page a line, "PATH\tURL\n" (URL may be empty); written by
 * bench/run_bench.py so the C programs and the Node script see the same
 * pages in the same order. */
#ifndef PITH_BENCH_PAGES_H
#define PITH_BENCH_PAGES_H

#include <stddef.h>

typedef struct bench_page {
    char *path;
    char *url;   /* NULL when the manifest gives none */
    char *bytes; /* the page as stored (any encoding), gunzipped */
    size_t len;
} bench_page;

typedef struct bench_corpus {
    bench_page *pages;
    size_t count;
    size_t bytes; /* sum of len */
} bench_corpus;

/* Returns 0, or -1 after printing why to stderr. */
/* The command line both benchmarks take: [--reps N] MANIFEST.  Returns 0,
 * or prints the usage for `name` and returns -1. */
int bench_args(int argc, char **argv, const char *name, int *reps, const char **manifest);

int bench_corpus_load(bench_corpus *c, const char *manifest);
void bench_corpus_dispose(bench_corpus *c);

/* Monotonic wall clock in seconds. */
double bench_now(void);
/* CPU time of this process in seconds.  The benchmarks report CPU time:
 * the machines they run on are shared, and the wall clock of a
 * single-threaded loop counts other processes' time slices too. */
double bench_cpu(void);

/* Both clocks at once, and their differences. */
typedef struct bench_time {
    double cpu, wall;
} bench_time;
bench_time bench_time_now(void);
bench_time bench_time_since(bench_time start);
/* "AMD EPYC 7B13" from /proc/cpuinfo, or "unknown"; static storage. */
const char *bench_cpu_model(void);
/* Writes s as a JSON string literal to stdout. */
void bench_json_string(const char *s);

/* Sorts v (n doubles) in place and returns the q-quantile (0..1). */
double bench_quantile(double *v, size_t n, double q);

#endif
