/* cmd_warc.c - `pith warc FILE.warc[.gz]... [-j N] [-o OUT.jsonl[.gz]]`:
 * extracts every HTML page of WARC files on all cores and writes one JSON
 * line per page, in record order.
 *
 * Threads: one reader fills record slots from the files in order; N
 * workers, each with its own extractor, turn slots into JSON lines; the
 * main thread writes the lines in order and prints progress.  The slots
 * form a ring of fixed size, which is at once the work queue and the
 * reorder buffer, so memory is bounded by the ring (each slot holds at most
 * one record under the reader's size cap), whatever the size of the input.
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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "pith.h"
#include "warc_cli.h"

enum {
    SLOTS_PER_WORKER = 4, /* ring slots per worker: enough to hide uneven page costs */
    PROGRESS_MS = 500,
};

typedef enum slot_state { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE } slot_state;

typedef struct slot {
    slot_state state;
    pith_warc_record *rec;
    char *line; /* the JSON line, once done */
    size_t line_len;
    bool extract_failed;
} slot;

typedef struct counts {
    unsigned long long records, extracted, failed_extract, input_errors, files_failed;
    unsigned long long skipped[PITH_WARC_SKIP__COUNT];
} counts;

typedef struct job {
    pthread_mutex_t mu;
    pthread_cond_t slot_freed, work_ready, line_done;
    slot *slots;
    size_t ring;
    uint64_t next_fill, next_take, next_write;
    bool reading_done;
    /* inputs */
    char **files;
    int file_count;
    size_t max_record;
    int options[PITH_OPT__COUNT];
    /* progress, written by the reader under mu */
    unsigned long long bytes_total, bytes_done, records_seen;
    counts c; /* reader's counts; workers add extracted/failed under mu */
    bool out_of_memory;
    bool stop; /* the output failed: reading on would be wasted work */
    /* With one job the reader extracts each record itself: a separate
     * reader thread would only add a hand-over per record, and "-j 1"
     * then means one thread doing the work (the writer only writes). */
    pith_extractor *inline_ex;
} job;

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

/* ---- the reader thread ---------------------------------------------------- */

static slot *wait_free_slot(job *j)
{
    pthread_mutex_lock(&j->mu);
    slot *s = &j->slots[j->next_fill % j->ring];
    while (s->state != SLOT_FREE && !j->stop)
        pthread_cond_wait(&j->slot_freed, &j->mu);
    if (j->stop)
        s = NULL;
    pthread_mutex_unlock(&j->mu);
    return s;
}

/* Hands the current slot on: to the workers (READY) or, with a line
 * already made, straight to the writer (DONE). */
static void publish(job *j, slot *s, slot_state state)
{
    pthread_mutex_lock(&j->mu);
    s->state = state;
    j->next_fill++;
    if (state == SLOT_READY)
        pthread_cond_signal(&j->work_ready);
    else
        pthread_cond_signal(&j->line_done);
    pthread_mutex_unlock(&j->mu);
}

/* An error line for a record or a damaged stretch of a file. */
static void error_line(job *j, slot *s, const char *file, const char *message,
                       const pith_warc_record *rec)
{
    const char *uri = rec ? pith_warc_record_target_uri(rec) : NULL;
    size_t len = 0;
    char *json = pith_error_record(uri ? uri : file, message, &len);
    warc_line_context ctx = {
        .target_uri = uri,
        .date = rec ? pith_warc_record_date(rec) : NULL,
        .record_id = rec ? pith_warc_record_id(rec) : NULL,
        .file = file,
        .offset = rec ? pith_warc_record_offset(rec) : 0,
    };
    s->line = json ? warc_line_finish(json, len, &ctx, 1, &s->line_len) : NULL;
    if (!s->line)
        j->out_of_memory = true;
    publish(j, s, SLOT_DONE);
}

static void set_progress(job *j, unsigned long long done)
{
    pthread_mutex_lock(&j->mu);
    j->bytes_done = done;
    j->records_seen = j->c.records;
    pthread_mutex_unlock(&j->mu);
}

static void extract_slot(pith_extractor *ex, slot *s);
static void count_extracted(job *j, const slot *s);

static void read_file(job *j, const char *path, unsigned long long base)
{
    pith_warc_reader *r;
    int rc = pith_warc_open(path, j->max_record, &r);
    if (rc < 0) {
        char msg[300];
        snprintf(msg, sizeof msg, "cannot open: %s", rc == PITH_EIO ? strerror(errno) : pith_strerror(rc));
        j->c.files_failed++;
        j->c.input_errors++;
        slot *s = wait_free_slot(j);
        if (s)
            error_line(j, s, path, msg, NULL);
        return;
    }
    unsigned n = 0;
    bool damaged = false;
    for (;;) {
        slot *s = wait_free_slot(j);
        if (!s)
            break;
        rc = pith_warc_next(r, s->rec);
        if (rc == 0)
            break;
        if ((++n & 63) == 0)
            set_progress(j, base + pith_warc_position(r));
        if (rc < 0) {
            j->c.input_errors++;
            damaged = true;
            if (pith_warc_record_id(s->rec))
                j->c.records++; /* a record whose header was read */
            error_line(j, s, path, pith_warc_error(r), s->rec);
            continue;
        }
        j->c.records++;
        pith_warc_skip why = pith_warc_record_skip(s->rec);
        if (why == PITH_WARC_SKIP_NONE && j->inline_ex) {
            extract_slot(j->inline_ex, s);
            count_extracted(j, s);
            publish(j, s, SLOT_DONE);
        } else if (why == PITH_WARC_SKIP_NONE) {
            publish(j, s, SLOT_READY);
        } else {
            j->c.skipped[why]++;
            if (why == PITH_WARC_SKIP_BAD_HTTP || why == PITH_WARC_SKIP_BAD_ENCODING) {
                char msg[300];
                snprintf(msg, sizeof msg, "%s: %s", pith_warc_skip_name(why),
                         pith_warc_record_skip_detail(s->rec));
                error_line(j, s, path, msg, s->rec);
            }
            /* Other skipped records leave the slot free for the next one. */
        }
    }
    if (damaged)
        j->c.files_failed++;
    pith_warc_close(r);
}

static void *reader_main(void *arg)
{
    job *j = arg;
    unsigned long long base = 0;
    for (int i = 0; i < j->file_count; i++) {
        pthread_mutex_lock(&j->mu);
        bool stop = j->stop;
        pthread_mutex_unlock(&j->mu);
        if (stop)
            break;
        struct stat st;
        unsigned long long size = stat(j->files[i], &st) == 0 ? (unsigned long long)st.st_size : 0;
        read_file(j, j->files[i], base);
        base += size;
        set_progress(j, base);
    }
    pthread_mutex_lock(&j->mu);
    j->reading_done = true;
    pthread_cond_broadcast(&j->work_ready);
    pthread_cond_broadcast(&j->line_done);
    pthread_mutex_unlock(&j->mu);
    return NULL;
}

/* ---- the workers ------------------------------------------------------------ */

static void extract_slot(pith_extractor *ex, slot *s)
{
    pith_warc_record *rec = s->rec;
    size_t len, json_len = 0;
    const char *html = pith_warc_record_payload(rec, &len);
    const char *uri = pith_warc_record_target_uri(rec);
    warc_line_context ctx = {
        .target_uri = uri,
        .date = pith_warc_record_date(rec),
        .record_id = pith_warc_record_id(rec),
        .offset = pith_warc_record_offset(rec),
    };
    pith_result *res = NULL;
    char *json = NULL;
    int rc = pith_extract(ex, html, len, uri, pith_warc_record_charset(rec), &res);
    if (rc == 0)
        json = pith_result_render_string(res, PITH_FORMAT_JSON, uri, &json_len);
    s->extract_failed = rc < 0 || !json;
    if (s->extract_failed) {
        free(json);
        json = pith_error_record(uri, rc < 0 ? pith_extractor_error(ex) : "out of memory", &json_len);
    }
    pith_result_free(res);
    s->line = json ? warc_line_finish(json, json_len, &ctx, 0, &s->line_len) : NULL;
}

/* Counts a finished slot; the caller holds no lock. */
static void count_extracted(job *j, const slot *s)
{
    pthread_mutex_lock(&j->mu);
    if (!s->line)
        j->out_of_memory = true;
    else if (s->extract_failed)
        j->c.failed_extract++;
    else
        j->c.extracted++;
    pthread_mutex_unlock(&j->mu);
}

typedef struct worker {
    job *j;
    pthread_t thread;
    pith_extractor *ex;
} worker;

static void *worker_main(void *arg)
{
    worker *w = arg;
    job *j = w->j;
    pthread_mutex_lock(&j->mu);
    for (;;) {
        while (j->next_take == j->next_fill && !j->reading_done)
            pthread_cond_wait(&j->work_ready, &j->mu);
        if (j->next_take == j->next_fill) {
            /* Reading is over, but an error line published after our last
             * check could still be waiting; only READY slots are ours. */
            break;
        }
        slot *s = &j->slots[j->next_take % j->ring];
        j->next_take++;
        if (s->state != SLOT_READY)
            continue; /* an error line made by the reader */
        s->state = SLOT_BUSY;
        pthread_mutex_unlock(&j->mu);
        extract_slot(w->ex, s);
        count_extracted(j, s);
        pthread_mutex_lock(&j->mu);
        s->state = SLOT_DONE;
        pthread_cond_signal(&j->line_done);
    }
    pthread_mutex_unlock(&j->mu);
    return NULL;
}

/* ---- output -------------------------------------------------------------------- */

typedef struct sink {
    FILE *f;
    gzFile gz;
    bool failed;
} sink;

static int sink_open(sink *o, const char *path)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->f = stdout;
        return 0;
    }
    size_t n = strlen(path);
    if (n > 3 && strcmp(path + n - 3, ".gz") == 0) {
        o->gz = gzopen(path, "wb6");
        return o->gz ? 0 : -1;
    }
    o->f = fopen(path, "wb");
    return o->f ? 0 : -1;
}

static void sink_write(sink *o, const char *p, size_t n)
{
    if (o->failed || !n)
        return;
    if (o->gz)
        o->failed = gzwrite(o->gz, p, (unsigned)n) != (int)n;
    else
        o->failed = fwrite(p, 1, n, o->f) != n;
}

static int sink_close(sink *o)
{
    int bad = o->failed;
    if (o->gz)
        bad |= gzclose(o->gz) != Z_OK;
    else if (o->f == stdout)
        bad |= fflush(stdout) != 0;
    else if (o->f)
        bad |= fclose(o->f) != 0;
    return bad ? -1 : 0;
}

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void print_progress(job *j, double elapsed)
{
    unsigned long long records = j->records_seen, done = j->bytes_done, total = j->bytes_total;
    double rate = elapsed > 0 ? (double)records / elapsed : 0;
    char eta[32] = "?";
    if (done > 0 && total >= done && elapsed > 0.5) {
        double left = (double)(total - done) / ((double)done / elapsed);
        snprintf(eta, sizeof eta, "%d:%02d", (int)(left / 60), (int)left % 60);
    }
    fprintf(stderr, "\rpith warc: %llu records, %.1f MB, %.0f records/s, ETA %s   ", records,
            (double)done / 1e6, rate, eta);
}

static void print_summary(const job *j, double elapsed)
{
    const counts *c = &j->c;
    unsigned long long skipped = 0;
    for (int k = 1; k < PITH_WARC_SKIP__COUNT; k++)
        if (k != PITH_WARC_SKIP_BAD_HTTP && k != PITH_WARC_SKIP_BAD_ENCODING)
            skipped += c->skipped[k];
    unsigned long long unreadable = c->skipped[PITH_WARC_SKIP_BAD_HTTP] + c->skipped[PITH_WARC_SKIP_BAD_ENCODING];
    fprintf(stderr, "pith warc: %d file%s, %llu records read, %llu extracted, %llu skipped (", j->file_count,
            j->file_count == 1 ? "" : "s", c->records, c->extracted, skipped);
    bool first = true;
    for (int k = 1; k < PITH_WARC_SKIP__COUNT; k++) {
        if (k == PITH_WARC_SKIP_BAD_HTTP || k == PITH_WARC_SKIP_BAD_ENCODING)
            continue;
        fprintf(stderr, "%s%s %llu", first ? "" : ", ", pith_warc_skip_name((pith_warc_skip)k), c->skipped[k]);
        first = false;
    }
    fprintf(stderr, "), %llu failed (bad-http %llu, bad-encoding %llu, extraction %llu), %llu input error%s",
            unreadable + c->failed_extract, c->skipped[PITH_WARC_SKIP_BAD_HTTP],
            c->skipped[PITH_WARC_SKIP_BAD_ENCODING], c->failed_extract, c->input_errors,
            c->input_errors == 1 ? "" : "s");
    double mb = (double)j->bytes_done / 1e6;
    fprintf(stderr, "; %.1f MB in %.2f s (%.0f records/s, %.1f MB/s)\n", mb, elapsed,
            elapsed > 0 ? (double)c->records / elapsed : 0, elapsed > 0 ? mb / elapsed : 0);
}

/* Writes lines in record order until the reader and workers are done. */
static void write_lines(job *j, sink *out, bool progress, double start)
{
    double last = 0;
    pthread_mutex_lock(&j->mu);
    for (;;) {
        slot *s = &j->slots[j->next_write % j->ring];
        if (s->state != SLOT_DONE) {
            if (j->reading_done && j->next_write == j->next_fill)
                break;
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_nsec += PROGRESS_MS * 1000000L;
            if (until.tv_nsec >= 1000000000L)
                until.tv_sec++, until.tv_nsec -= 1000000000L;
            pthread_cond_timedwait(&j->line_done, &j->mu, &until);
        } else {
            char *line = s->line;
            size_t len = s->line_len;
            s->line = NULL;
            pthread_mutex_unlock(&j->mu);
            sink_write(out, line, len);
            free(line);
            pthread_mutex_lock(&j->mu);
            s->state = SLOT_FREE;
            j->next_write++;
            if (out->failed)
                j->stop = true;
            pthread_cond_signal(&j->slot_freed);
        }
        if (progress) {
            double t = now_seconds() - start;
            if (t - last >= PROGRESS_MS / 1000.0) {
                print_progress(j, t);
                last = t;
            }
        }
    }
    pthread_mutex_unlock(&j->mu);
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

    sink out;
    if (sink_open(&out, output) < 0) {
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
    double start = now_seconds();
    long started = 0;
    if (jobs == 1) {
        j.inline_ex = workers[0].ex;
        started = 1; /* the reader is the worker; no worker thread to join */
    }
    for (; !j.inline_ex && started < jobs; started++)
        if (pthread_create(&workers[started].thread, NULL, worker_main, &workers[started]) != 0)
            break;
    pthread_t reader;
    if (started == 0 || pthread_create(&reader, NULL, reader_main, &j) != 0) {
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
    write_lines(&j, &out, progress, start);
    pthread_join(reader, NULL);
    for (long w = 0; !j.inline_ex && w < started; w++)
        pthread_join(workers[w].thread, NULL);
    double elapsed = now_seconds() - start;
    if (progress)
        fprintf(stderr, "\r\033[K");
    if (!quiet)
        print_summary(&j, elapsed);
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
    if (sink_close(&out) < 0) {
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
