/* inputs.c - what the command line reads: files, gzip files, standard
 * input, and directories walked for pages.
 *
 * gzip (RFC 1952) is recognised by its magic bytes 1f 8b, whatever the
 * name, and decompressed in memory with zlib; concatenated members are
 * read one after another as gzip(1) does.  Every limit is checked while
 * reading, so a small gzip bomb or an endless stdin fails cleanly. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "cli.h"

void cli_bytes_free(cli_bytes *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

static bool reserve(cli_bytes *b, size_t need)
{
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p)
        return false;
    b->data = p;
    b->cap = cap;
    return true;
}

static int fail(char *err, size_t err_len, const char *msg)
{
    snprintf(err, err_len, "%s", msg);
    return -1;
}

/* Reads fd to its end into b; at most limit + 1 bytes (so the caller can
 * tell "too big" from "exactly the limit"). */
static int read_fd(int fd, cli_bytes *b, size_t limit, char *err, size_t err_len)
{
    struct stat st;
    b->len = 0;
    bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (regular && (size_t)st.st_size > limit) {
        snprintf(err, err_len, "input of %lld bytes is larger than max-input-mb", (long long)st.st_size);
        return -1;
    }
    size_t want = regular ? (size_t)st.st_size + 1 : 1 << 16;
    for (;;) {
        if (b->len > limit) {
            snprintf(err, err_len, "input is larger than max-input-mb");
            return -1;
        }
        if (!reserve(b, b->len + want))
            return fail(err, err_len, "out of memory");
        ssize_t got = read(fd, b->data + b->len, b->cap - b->len);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return fail(err, err_len, strerror(errno));
        }
        if (got == 0)
            return 0;
        b->len += (size_t)got;
        want = b->len; /* double on each round when the size was unknown */
    }
}

static bool is_gzip(const cli_bytes *b)
{
    return b->len >= 2 && (unsigned char)b->data[0] == 0x1f && (unsigned char)b->data[1] == 0x8b;
}

static bool ends_with_nocase(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* Decompresses every gzip member of in into out. */
static int gunzip(const cli_bytes *in, cli_bytes *out, size_t limit, char *err, size_t err_len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return fail(err, err_len, "out of memory");
    const unsigned char *next = (const unsigned char *)in->data;
    size_t left = in->len;
    out->len = 0;
    int result = 0;
    for (;;) {
        if (out->len > limit) {
            result = fail(err, err_len, "gzip: decompressed input is larger than max-input-mb");
            break;
        }
        if (!reserve(out, out->len + (out->len < (1 << 16) ? (1 << 16) : out->len))) {
            result = fail(err, err_len, "out of memory");
            break;
        }
        if (z.avail_in == 0) {
            z.avail_in = left > UINT_MAX ? UINT_MAX : (uInt)left;
            z.next_in = (Bytef *)next;
            next += z.avail_in;
            left -= z.avail_in;
        }
        size_t room = out->cap - out->len;
        z.avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
        z.next_out = (Bytef *)out->data + out->len;
        uInt before = z.avail_out;
        int rc = inflate(&z, Z_NO_FLUSH);
        out->len += before - z.avail_out;
        if (rc == Z_STREAM_END) {
            /* Another member follows? Anything else after the end is
             * ignored, as gzip(1) ignores trailing garbage. */
            /* The unread input is contiguous from next_in (chunks follow
             * each other), so the magic can be checked there. */
            if (z.avail_in + left >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
                inflateReset(&z);
                continue;
            }
            break;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && z.avail_in == 0 && left == 0) {
            result = fail(err, err_len, "gzip: unexpected end of data");
            break;
        }
        if (rc == Z_BUF_ERROR)
            continue;
        snprintf(err, err_len, "gzip: %s", z.msg ? z.msg : "corrupt data");
        result = -1;
        break;
    }
    inflateEnd(&z);
    return result;
}

int cli_read_input(const char *path, size_t limit, cli_bytes *b, cli_bytes *scratch, char *err,
                   size_t err_len)
{
    bool is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0)
        return fail(err, err_len, strerror(errno));
    /* Read raw bytes into scratch; plain pages then swap into b. */
    int rc = read_fd(fd, scratch, limit, err, err_len);
    if (!is_stdin)
        close(fd);
    if (rc < 0)
        return rc;
    if (is_gzip(scratch))
        return gunzip(scratch, b, limit, err, err_len);
    if (!is_stdin && ends_with_nocase(path, ".gz"))
        return fail(err, err_len, "gzip: not in gzip format");
    cli_bytes t = *b;
    *b = *scratch;
    *scratch = t;
    return 0;
}

/* ---- directories ---------------------------------------------------- */

typedef struct walk_entry {
    char *path;
    size_t base; /* where the name relative to the argument starts */
} walk_entry;

struct cli_inputs {
    char **args;
    int count, next;
    walk_entry *stack;
    size_t n, cap;
    char *current;
    char error[256];
};

cli_inputs *cli_inputs_new(char **args, int count)
{
    cli_inputs *in = calloc(1, sizeof *in);
    if (in) {
        in->args = args;
        in->count = count;
    }
    return in;
}

void cli_inputs_free(cli_inputs *in)
{
    if (!in)
        return;
    for (size_t i = 0; i < in->n; i++)
        free(in->stack[i].path);
    free(in->stack);
    free(in->current);
    free(in);
}

bool cli_is_directory(const char *path)
{
    struct stat st;
    return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_page_name(const char *name)
{
    static const char *const ext[] = { ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz" };
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
        if (ends_with_nocase(name, ext[i]))
            return true;
    return false;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Pushes the entries of directory `path` in reverse byte order, so that
 * they pop in order: a depth-first walk in sorted order, no recursion. */
static int expand(cli_inputs *in, const char *path, size_t base)
{
    DIR *d = opendir(path);
    if (!d) {
        snprintf(in->error, sizeof in->error, "%s", strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) {
                rc = -1;
                break;
            }
            names = p;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = -1;
            break;
        }
        n++;
    }
    closedir(d);
    if (rc == 0 && n)
        qsort(names, n, sizeof *names, compare_names);
    size_t plen = strlen(path);
    bool slash = plen && path[plen - 1] == '/';
    if (rc == 0 && in->n + n > in->cap) {
        size_t c = in->cap ? in->cap : 64;
        while (c < in->n + n)
            c *= 2;
        walk_entry *s = realloc(in->stack, c * sizeof *s);
        if (s) {
            in->stack = s;
            in->cap = c;
        } else {
            rc = -1;
        }
    }
    for (size_t i = n; rc == 0 && i-- > 0;) {
        size_t len = plen + 1 + strlen(names[i]) + 1;
        char *p = malloc(len);
        if (!p) {
            rc = -1;
            break;
        }
        snprintf(p, len, "%s%s%s", path, slash ? "" : "/", names[i]);
        in->stack[in->n++] = (walk_entry){ p, base ? base : plen + !slash };
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (rc < 0)
        snprintf(in->error, sizeof in->error, "out of memory");
    return rc;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s && s[1] ? s + 1 : path;
}

int cli_inputs_next(cli_inputs *in, cli_input *out)
{
    for (;;) {
        free(in->current);
        in->current = NULL;
        if (!in->n) {
            if (in->next >= in->count)
                return 0;
            const char *arg = in->args[in->next++];
            if (strcmp(arg, "-") == 0) {
                *out = (cli_input){ .path = "-", .name = "stdin" };
                return 1;
            }
            if (cli_is_directory(arg)) {
                if (expand(in, arg, 0) < 0) {
                    *out = (cli_input){ .path = arg, .name = base_name(arg), .error = in->error };
                    return 1;
                }
                continue;
            }
            /* A file, or a path that does not exist: reading reports it. */
            *out = (cli_input){ .path = arg, .name = base_name(arg) };
            return 1;
        }
        walk_entry e = in->stack[--in->n];
        in->current = e.path;
        struct stat st;
        if (lstat(e.path, &st) != 0)
            continue;
        if (S_ISLNK(st.st_mode)) {
            /* Follow links to files, never to directories (no cycles). */
            if (stat(e.path, &st) != 0 || !S_ISREG(st.st_mode))
                continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (expand(in, e.path, e.base) < 0) {
                *out = (cli_input){ .path = e.path, .name = e.path + e.base, .error = in->error };
                return 1;
            }
            continue;
        }
        if (S_ISREG(st.st_mode) && is_page_name(e.path)) {
            *out = (cli_input){ .path = e.path, .name = e.path + e.base };
            return 1;
        }
    }
}
