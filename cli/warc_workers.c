/* warc_workers.c - the extraction workers of `pith warc`: each worker
 * thread, with its own extractor, takes READY slots in ring order and turns
 * their records into JSON lines for the writer. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "pith.h"
#include "warc_cli.h"
#include "warc_job.h"

void warc_job_extract_slot(pith_extractor *ex, slot *s)
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
void warc_job_count_extracted(job *j, const slot *s)
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

void *warc_job_worker_main(void *arg)
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
        warc_job_extract_slot(w->ex, s);
        warc_job_count_extracted(j, s);
        pthread_mutex_lock(&j->mu);
        s->state = SLOT_DONE;
        pthread_cond_signal(&j->line_done);
    }
    pthread_mutex_unlock(&j->mu);
    return NULL;
}
