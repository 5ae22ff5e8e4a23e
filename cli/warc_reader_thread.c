/* warc_reader_thread.c - the reader thread of `pith warc`: reads the WARC
 * files in order into the ring's free slots and hands each HTML record to
 * the workers; records that cannot be read, and damaged stretches of a
 * file, become error lines here, and skipped records are counted. */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "pith.h"
#include "warc_cli.h"
#include "warc_job.h"

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
            warc_job_extract_slot(j->inline_ex, s);
            warc_job_count_extracted(j, s);
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

void *warc_job_reader_main(void *arg)
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
