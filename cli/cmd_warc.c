/* cmd_warc.c - `pith warc FILE.warc[.gz]... [-j N] [-o OUT.jsonl[.gz]]`:
 * extracts every HTML page of WARC files on all cores and writes one JSON
 * line per page, in record order.
 *
 * This file parses the arguments, sets up the ring and the threads, and
 * runs them; warc_job.h says how the reader (warc_reader_thread.c), the
 * workers (warc_workers.c) and the ordered writer (warc_output.c) share
 * the work.
 *
 * Nothing is lost silently: pages that cannot be read or extracted, and
 * damaged stretches of a file, each give an error line, and the summary
 * counts every record by outcome.  The exit status is 1 when an input file
 * could not be opened or was damaged (truncated, corrupt), 2 on usage
 * errors, 0 otherwise (pages whose extraction failed are error lines, not
 * a failed run). */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pith.h"
#include "warc_cli.h"
#include "warc_job.h"

/* ---- arguments ------------------------------------------------------------- */

static void usage(FILE *f)
{
    fprintf(f, "usage: pith warc FILE.warc[.gz]... [-j N] [-o OUT.jsonl[.gz]] [-q] [--max-record-mb N]"
               " [OPTIONS]\n"
               "  -j, --jobs N         worker threads (default: all cores; 1: one thread reads and extracts)\n"
               "  -o, --output FILE    write JSONL there (gzip when FILE ends in .gz); default stdout\n"
               "  -q, --quiet          no progress line and no summary\n"
               "  --max-record-mb N    skip records larger than N MiB (default 64)\n"
               "extraction options (--NAME VALUE, --NAME=VALUE; --NAME / --no-NAME for on/off):\n");
    const pith_option_info *t = pith_options();
    for (int i = 0; i < PITH_OPT__COUNT; i++)
        fprintf(f, "  --%-18s %s [%d..%d, default %d]\n", t[i].name, t[i].help, t[i].min, t[i].max,
                t[i].default_value);
}

static bool parse_int(const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || !*s || *end || errno || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

/* Matches --NAME, --NAME=V, --no-NAME for the library's option table.
 * Returns 1 when consumed (advancing *i), 0 when not an option of the
 * table, -1 on a bad value. */
static int parse_library_option(int argc, char **argv, int *i, int *options)
{
    const char *arg = argv[*i];
    if (strncmp(arg, "--", 2) != 0)
        return 0;
    const char *name = arg + 2;
    bool negated = strncmp(name, "no-", 3) == 0;
    const pith_option_info *t = pith_options();
    for (int k = 0; k < PITH_OPT__COUNT; k++) {
        const char *n = negated ? name + 3 : name;
        size_t len = strlen(t[k].name);
        if (strncmp(n, t[k].name, len) != 0 || (n[len] != '\0' && n[len] != '='))
            continue;
        bool on_off = t[k].min == 0 && t[k].max == 1;
        long v;
        if (negated) {
            if (!on_off || n[len])
                return -1;
            v = 0;
        } else if (n[len] == '=') {
            if (!parse_int(n + len + 1, t[k].min, t[k].max, &v))
                return -1;
        } else if (*i + 1 < argc && parse_int(argv[*i + 1], t[k].min, t[k].max, &v)) {
            (*i)++;
        } else if (on_off) {
            v = 1;
        } else {
            return -1;
        }
        options[t[k].option] = (int)v;
        return 1;
    }
    return 0;
}

int cli_warc(int argc, char **argv)
{
    job j;
    memset(&j, 0, sizeof j);
    const pith_option_info *table = pith_options();
    for (int k = 0; k < PITH_OPT__COUNT; k++)
        j.options[table[k].option] = table[k].default_value;
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    long max_mb = 64;
    const char *output = NULL;
    bool quiet = false;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files)
        return 2;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) && i + 1 < argc) {
            if (!parse_int(argv[++i], 1, 4096, &jobs))
                goto bad_usage;
        } else if (strncmp(a, "-j", 2) == 0 && a[2]) {
            if (!parse_int(a + 2, 1, 4096, &jobs))
                goto bad_usage;
        } else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && i + 1 < argc) {
            output = argv[++i];
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            quiet = true;
        } else if (strcmp(a, "--max-record-mb") == 0 && i + 1 < argc) {
            if (!parse_int(argv[++i], 1, 4096, &max_mb))
                goto bad_usage;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            free(files);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            int rc = parse_library_option(argc, argv, &i, j.options);
            if (rc <= 0) {
                fprintf(stderr, "pith warc: %s option: %s\n", rc < 0 ? "bad value for" : "unknown", a);
                goto bad_usage;
            }
        } else {
            files[j.file_count++] = argv[i];
        }
    }
    if (!j.file_count)
        goto bad_usage;
    if (jobs < 1)
        jobs = 1;
    j.files = files;
    j.max_record = (size_t)max_mb << 20;
    for (int i = 0; i < j.file_count; i++) {
        struct stat st;
        if (stat(files[i], &st) == 0 && S_ISREG(st.st_mode))
            j.bytes_total += (unsigned long long)st.st_size;
    }

    warc_sink out;
    if (warc_sink_open(&out, output) < 0) {
        fprintf(stderr, "pith warc: cannot write %s: %s\n", output, strerror(errno));
        free(files);
        return 1;
    }
    j.ring = (size_t)jobs * SLOTS_PER_WORKER + 2;
    j.slots = calloc(j.ring, sizeof *j.slots);
    worker *workers = calloc((size_t)jobs, sizeof *workers);
    int status = 0;
    bool setup_failed = !j.slots || !workers;
    for (size_t i = 0; !setup_failed && i < j.ring; i++)
        setup_failed = !(j.slots[i].rec = pith_warc_record_new());
    for (long w = 0; !setup_failed && w < jobs; w++) {
        workers[w].j = &j;
        workers[w].ex = pith_extractor_new();
        setup_failed = !workers[w].ex;
        for (int k = 0; !setup_failed && k < PITH_OPT__COUNT; k++)
            pith_extractor_set(workers[w].ex, (pith_option)k, j.options[k]);
    }
    if (setup_failed) {
        fprintf(stderr, "pith warc: out of memory\n");
        status = 1;
        goto cleanup;
    }

    pthread_mutex_init(&j.mu, NULL);
    pthread_cond_init(&j.slot_freed, NULL);
    pthread_cond_init(&j.work_ready, NULL);
    pthread_cond_init(&j.line_done, NULL);
    double start = warc_now_seconds();
    long started = 0;
    if (jobs == 1) {
        j.inline_ex = workers[0].ex;
        started = 1; /* the reader is the worker; no worker thread to join */
    }
    for (; !j.inline_ex && started < jobs; started++)
        if (pthread_create(&workers[started].thread, NULL, warc_job_worker_main, &workers[started]) != 0)
            break;
    pthread_t reader;
    if (started == 0 || pthread_create(&reader, NULL, warc_job_reader_main, &j) != 0) {
        fprintf(stderr, "pith warc: cannot start threads\n");
        pthread_mutex_lock(&j.mu);
        j.reading_done = true;
        pthread_cond_broadcast(&j.work_ready);
        pthread_mutex_unlock(&j.mu);
        for (long w = 0; !j.inline_ex && w < started; w++)
            pthread_join(workers[w].thread, NULL);
        status = 1;
        goto cleanup;
    }
    bool progress = !quiet && isatty(2);
    warc_job_write_lines(&j, &out, progress, start);
    pthread_join(reader, NULL);
    for (long w = 0; !j.inline_ex && w < started; w++)
        pthread_join(workers[w].thread, NULL);
    double elapsed = warc_now_seconds() - start;
    if (progress)
        fprintf(stderr, "\r\033[K");
    if (!quiet)
        warc_job_print_summary(&j, elapsed);
    if (j.out_of_memory) {
        fprintf(stderr, "pith warc: out of memory: some lines are missing\n");
        status = 1;
    }
    if (j.c.input_errors)
        status = 1;
    pthread_mutex_destroy(&j.mu);
    pthread_cond_destroy(&j.slot_freed);
    pthread_cond_destroy(&j.work_ready);
    pthread_cond_destroy(&j.line_done);

cleanup:
    if (warc_sink_close(&out) < 0) {
        fprintf(stderr, "pith warc: writing %s failed\n", output ? output : "standard output");
        status = 1;
    }
    for (size_t i = 0; j.slots && i < j.ring; i++) {
        pith_warc_record_free(j.slots[i].rec);
        free(j.slots[i].line);
    }
    for (long w = 0; workers && w < jobs; w++)
        pith_extractor_free(workers[w].ex);
    free(workers);
    free(j.slots);
    free(files);
    return status;

bad_usage:
    usage(stderr);
    free(files);
    return 2;
}
