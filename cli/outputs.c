/* outputs.c - `-o DIR`: one output file per input.
 *
 * The file is named after the input: its path relative to the argument
 * it came from (so a walked directory's layout is mirrored), without
 * ".gz" and without the page extension, plus the format's extension.
 * Two inputs can still map to one name (a.html and a.htm, or two
 * arguments with the same base name); the later ones get "-2", "-3"...
 * so no output overwrites another of the same run. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

struct cli_outputs {
    char *dir;
    cli_format format;
    char **names; /* open-addressing set of the paths written so far */
    size_t count, cap;
};

static int make_parents(char *path, size_t from);

cli_outputs *cli_outputs_new(const char *dir, cli_format format)
{
    cli_outputs *o = calloc(1, sizeof *o);
    if (!o || !(o->dir = strdup(dir))) {
        free(o);
        return NULL;
    }
    o->format = format;
    /* Create DIR now: a run whose inputs all fail still leaves it. */
    size_t n = strlen(dir);
    char *probe = malloc(n + 2);
    if (probe) {
        snprintf(probe, n + 2, "%s/", dir);
        make_parents(probe, 0);
        free(probe);
    }
    return o;
}

void cli_outputs_free(cli_outputs *o)
{
    if (!o)
        return;
    for (size_t i = 0; i < o->cap; i++)
        free(o->names[i]);
    free(o->names);
    free(o->dir);
    free(o);
}

static size_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (size_t)h;
}

static bool set_contains(const cli_outputs *o, const char *s)
{
    if (!o->cap)
        return false;
    for (size_t i = hash(s) & (o->cap - 1); o->names[i]; i = (i + 1) & (o->cap - 1))
        if (strcmp(o->names[i], s) == 0)
            return true;
    return false;
}

static bool set_add(cli_outputs *o, const char *s)
{
    if ((o->count + 1) * 2 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        char **names = calloc(cap, sizeof *names);
        if (!names)
            return false;
        for (size_t i = 0; i < o->cap; i++) {
            if (!o->names[i])
                continue;
            size_t k = hash(o->names[i]) & (cap - 1);
            while (names[k])
                k = (k + 1) & (cap - 1);
            names[k] = o->names[i];
        }
        free(o->names);
        o->names = names;
        o->cap = cap;
    }
    char *copy = strdup(s);
    if (!copy)
        return false;
    size_t k = hash(s) & (o->cap - 1);
    while (o->names[k])
        k = (k + 1) & (o->cap - 1);
    o->names[k] = copy;
    o->count++;
    return true;
}

static size_t strip_suffix(const char *s, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n > m && strncasecmp(s + n - m, suffix, m) == 0 ? n - m : n;
}

/* mkdir -p for the directories of `path` (from `from` on). */
static int make_parents(char *path, size_t from)
{
    for (char *p = path + from; (p = strchr(p, '/')); p++) {
        if (p == path)
            continue;
        *p = '\0';
        int rc = mkdir(path, 0777);
        int e = errno;
        *p = '/';
        if (rc != 0 && e != EEXIST)
            return -1;
    }
    return 0;
}

FILE *cli_outputs_open(cli_outputs *o, const char *name, char *err, size_t err_len)
{
    size_t n = strlen(name);
    n = strip_suffix(name, n, ".gz");
    size_t stem = strip_suffix(name, n, ".html");
    if (stem == n)
        stem = strip_suffix(name, n, ".xhtml");
    if (stem == n)
        stem = strip_suffix(name, n, ".htm");
    const char *ext = cli_format_extension(o->format);
    size_t len = strlen(o->dir) + 1 + stem + 24 + strlen(ext);
    char *path = malloc(len);
    if (!path) {
        snprintf(err, err_len, "out of memory");
        return NULL;
    }
    for (unsigned k = 1;; k++) {
        char suffix[24] = "";
        if (k > 1)
            snprintf(suffix, sizeof suffix, "-%u", k);
        if (stem)
            snprintf(path, len, "%s/%.*s%s%s", o->dir, (int)stem, name, suffix, ext);
        else
            snprintf(path, len, "%s/input%s%s", o->dir, suffix, ext);
        if (!set_contains(o, path))
            break;
    }
    FILE *f = NULL;
    if (make_parents(path, 0) == 0)
        f = fopen(path, "wb");
    if (!f)
        snprintf(err, err_len, "%s: %s", path, strerror(errno));
    else if (!set_add(o, path)) {
        fclose(f);
        f = NULL;
        snprintf(err, err_len, "out of memory");
    }
    free(path);
    return f;
}
