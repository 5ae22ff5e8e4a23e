/* warc_cli.h - helpers of `pith warc` (cli/cmd_warc.c). */
#ifndef PITH_CLI_WARC_H
#define PITH_CLI_WARC_H

#include <stddef.h>

/* Runs `pith warc ARGS...`; returns the process exit status. */
int cli_warc(int argc, char **argv);

/* Context of one WARC record, added to its JSON line. */
typedef struct warc_line_context {
    const char *target_uri;
    const char *date;
    const char *record_id;
    const char *file;            /* only on error lines */
    unsigned long long offset;   /* only on error lines */
} warc_line_context;

/* Turns one rendered JSON object (malloc'd, `len` bytes) into a JSONL line
 * with the context keys added before its closing brace and a newline.
 * Returns a new malloc'd string (the input is freed) or NULL when out of
 * memory. */
char *warc_line_finish(char *json, size_t len, const warc_line_context *ctx, int with_location,
                       size_t *out_len);

#endif
