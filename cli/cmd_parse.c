/* cmd_parse.c - `pith parse`: the parsed tree in the html5lib test format,
 * for the conformance suites and for timing the parser (--quiet). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int write_stdout(const char *data, size_t len, void *payload)
{
    (void)payload;
    return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

static int discard(const char *data, size_t len, void *payload)
{
    (void)data, (void)len, (void)payload;
    return 0;
}

int cli_parse(int argc, char **argv)
{
    pith_extractor *ex = pith_extractor_new();
    if (!ex) {
        fprintf(stderr, "pith: out of memory\n");
        return CLI_FAILED;
    }
    const char *fragment = NULL;
    int quiet = 0, failed = 0, files = 0;
    cli_bytes data = { 0 }, scratch = { 0 };
    size_t limit = (size_t)pith_extractor_get(ex, PITH_OPT_MAX_INPUT_MB) << 20;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--scripting") == 0 && i + 1 < argc) {
            pith_extractor_set(ex, PITH_OPT_SCRIPTING, strcmp(argv[++i], "off") != 0);
        } else if (strcmp(argv[i], "--fragment") == 0 && i + 1 < argc) {
            fragment = argv[++i];
        } else if (strcmp(argv[i], "--quiet") == 0) {
            quiet = 1;
        } else {
            files++;
            char err[256];
            if (cli_read_input(argv[i], limit, &data, &scratch, err, sizeof err) < 0) {
                fprintf(stderr, "pith: %s: %s\n", argv[i], err);
                failed = 1;
                continue;
            }
            int rc = pith_parse_dump(ex, data.data, data.len, fragment, quiet ? discard : write_stdout, NULL);
            if (rc < 0) {
                fprintf(stderr, "pith: %s: %s\n", argv[i], pith_extractor_error(ex));
                failed = 1;
            }
        }
    }
    if (!files)
        fprintf(stderr, "usage: pith parse [--scripting on|off] [--fragment CONTEXT] [--quiet] FILE...|-\n");
    cli_bytes_free(&data);
    cli_bytes_free(&scratch);
    pith_extractor_free(ex);
    return failed || !files;
}
