/* warc_output.c - the output side of `pith warc`, run by the main thread:
 * the JSONL sink (plain or gzip), the ordered writer that drains the ring
 * in record order, the progress line and the closing summary. */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "pith.h"
#include "warc_job.h"

int warc_sink_open(warc_sink *o, const char *path)
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

static void sink_write(warc_sink *o, const char *p, size_t n)
{
    if (o->failed || !n)
        return;
    if (o->gz)
        o->failed = gzwrite(o->gz, p, (unsigned)n) != (int)n;
    else
        o->failed = fwrite(p, 1, n, o->f) != n;
}

int warc_sink_close(warc_sink *o)
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

double warc_now_seconds(void)
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

void warc_job_print_summary(const job *j, double elapsed)
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
void warc_job_write_lines(job *j, warc_sink *out, bool progress, double start)
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
            double t = warc_now_seconds() - start;
            if (t - last >= PROGRESS_MS / 1000.0) {
                print_progress(j, t);
                last = t;
            }
        }
    }
    pthread_mutex_unlock(&j->mu);
}
