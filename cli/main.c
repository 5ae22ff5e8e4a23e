/* main.c - the pith command line (minimal; extended by the CLI work). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"
#include "warc_cli.h"

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

static char *read_all(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    while (p) {
        size_t got = fread(p + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        char *q = realloc(p, cap * 2);
        if (!q) {
            free(p);
            p = NULL;
            break;
        }
        p = q;
        cap *= 2;
    }
    if (f != stdin)
        fclose(f);
    *len = n;
    return p;
}

static int cmd_parse(int argc, char **argv)
{
    pith_extractor *ex = pith_extractor_new();
    const char *fragment = NULL;
    int quiet = 0, failed = 0, files = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--scripting") == 0 && i + 1 < argc) {
            pith_extractor_set(ex, PITH_OPT_SCRIPTING, strcmp(argv[++i], "off") != 0);
        } else if (strcmp(argv[i], "--fragment") == 0 && i + 1 < argc) {
            fragment = argv[++i];
        } else if (strcmp(argv[i], "--quiet") == 0) {
            quiet = 1;
        } else {
            files++;
            size_t len;
            char *data = read_all(argv[i], &len);
            if (!data) {
                fprintf(stderr, "pith: %s: %s\n", argv[i], strerror(errno));
                failed = 1;
                continue;
            }
            int rc = pith_parse_dump(ex, data, len, fragment, quiet ? discard : write_stdout, NULL);
            if (rc < 0) {
                fprintf(stderr, "pith: %s: %s\n", argv[i], pith_extractor_error(ex));
                failed = 1;
            }
            free(data);
        }
    }
    if (!files)
        fprintf(stderr, "usage: pith parse [--scripting on|off] [--fragment CONTEXT] [--quiet] FILE...|-\n");
    pith_extractor_free(ex);
    return failed || !files;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "parse") == 0)
        return cmd_parse(argc - 2, argv + 2);
    if (argc > 1 && strcmp(argv[1], "warc") == 0)
        return cli_warc(argc - 2, argv + 2);
    fprintf(stderr, "usage: pith parse FILE...\n");
    return 2;
}
