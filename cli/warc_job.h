/* warc_job.h - the state that the threads of `pith warc` share, private to
 * the command's files: cmd_warc.c (arguments, setup, the run),
 * warc_reader_thread.c (records into slots), warc_workers.c (slots into
 * JSON lines) and warc_output.c (lines out in order, progress, summary).
 *
 * Threads: one reader fills record slots from the files in order; N
 * workers, each with its own extractor, turn slots into JSON lines; the
 * main thread writes the lines in order and prints progress.  The slots
 * form a ring of fixed size, which is at once the work queue and the
 * reorder buffer, so memory is bounded by the ring (each slot holds at most
 * one record under the reader's size cap), whatever the size of the input. */
#ifndef PITH_CLI_WARC_JOB_H
#define PITH_CLI_WARC_JOB_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <zlib.h>

#include "pith.h"

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

typedef struct worker {
    job *j;
    pthread_t thread;
    pith_extractor *ex;
} worker;

/* The JSONL destination: a file, gzip when its name ends in .gz, or
 * standard output.  A failed write is remembered, and later ones skipped. */
typedef struct warc_sink {
    FILE *f;
    gzFile gz;
    bool failed;
} warc_sink;

/* ---- warc_reader_thread.c ---- */

/* The reader thread (arg: the job): reads every file in order into slots,
 * then sets reading_done and wakes everyone. */
void *warc_job_reader_main(void *arg);

/* ---- warc_workers.c ---- */

/* These two are shared because with one job the reader extracts each
 * record itself (job.inline_ex) instead of handing it to a worker. */
/* Turns the record of slot s into its JSON line (or an error line). */
void warc_job_extract_slot(pith_extractor *ex, slot *s);
/* Counts a finished slot; the caller holds no lock. */
void warc_job_count_extracted(job *j, const slot *s);

/* A worker thread (arg: its worker): extracts READY slots until reading
 * is over and no slot is left. */
void *warc_job_worker_main(void *arg);

/* ---- warc_output.c ---- */

/* path NULL or "-": standard output.  Returns 0 or -1 (errno set). */
int warc_sink_open(warc_sink *o, const char *path);
/* Flushes and closes; -1 when any write or the close failed. */
int warc_sink_close(warc_sink *o);

double warc_now_seconds(void);

/* Writes lines in record order until the reader and workers are done;
 * prints a progress line every PROGRESS_MS when `progress`. */
void warc_job_write_lines(job *j, warc_sink *out, bool progress, double start);
void warc_job_print_summary(const job *j, double elapsed);

#endif
