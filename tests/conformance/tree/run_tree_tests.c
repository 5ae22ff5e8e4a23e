/* run_tree_tests.c - runs the html5lib-tests tree-construction suite (the
 * tree-construction folder's .dat files) against pith's tree builder, read
 * in place from the shared data directory.
 *
 * usage: run_tree_tests DATA_DIR [KNOWN_FAILURES] [-v] [-f FILE.dat]
 *
 * Files are read as raw bytes (some hold CR and NUL).  #data is the input
 * minus its final LF, handed to html_parse_document/html_parse_fragment as
 * UTF-8 (no decoder).  A test without #script-on/#script-off runs with the
 * scripting flag off and on and passes only if both match.  The result is
 * dumped in the suite's format and compared with #document as a string.
 * scripted/ (needs a JS engine) is skipped.
 *
 * Prints "N passed, N failed" per file and in total.  Exits 1 when a test
 * fails that KNOWN_FAILURES does not list ("file.dat:N reason" lines), or
 * when fewer than 99.5% pass. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "html/parse.h"
#include "html/serialize.h"
#include "read_file.h"

static int verbose;
static size_t shown;

/* Finds needle in [p, end); NULL when absent. */
static const char *find(const char *p, const char *end, const char *needle)
{
    size_t n = strlen(needle);
    while (p && p + n <= end) {
        const char *q = memchr(p, needle[0], (size_t)(end - p));
        if (!q || q + n > end)
            return NULL;
        if (memcmp(q, needle, n) == 0)
            return q;
        p = q + 1;
    }
    return NULL;
}

typedef struct test_case {
    const char *data;
    size_t data_len;
    const char *context; /* NULL: document */
    size_t context_len;
    int scripting; /* -1 both, 0 off, 1 on */
    const char *expected;
    size_t expected_len;
} test_case;

/* Parses one test from [p, end). */
static int parse_test(const char *p, const char *end, test_case *tc)
{
    memset(tc, 0, sizeof *tc);
    tc->scripting = -1;
    if (end - p < 6 || memcmp(p, "#data\n", 6) != 0)
        return -1;
    const char *d = p + 6;
    const char *errs = find(d - 1, end, "\n#errors\n");
    if (!errs)
        return -1;
    tc->data = d;
    tc->data_len = errs > d ? (size_t)(errs - d) : 0;
    const char *doc = find(errs, end, "\n#document\n");
    if (!doc)
        return -1;
    const char *frag = find(errs, doc + 1, "\n#document-fragment\n");
    if (frag) {
        tc->context = frag + strlen("\n#document-fragment\n");
        const char *nl = memchr(tc->context, '\n', (size_t)(end - tc->context));
        tc->context_len = nl ? (size_t)(nl - tc->context) : 0;
    }
    if (find(errs, doc + 1, "\n#script-on\n"))
        tc->scripting = 1;
    if (find(errs, doc + 1, "\n#script-off\n"))
        tc->scripting = 0;
    tc->expected = doc + strlen("\n#document\n");
    const char *e = end;
    while (e > tc->expected && e[-1] == '\n')
        e--;
    tc->expected_len = (size_t)(e - tc->expected);
    return 0;
}

/* Runs one case in one scripting mode; fills `got` with the dump. */
static int run_case(arena *a, const test_case *tc, bool scripting, buf *got)
{
    arena_reset(a);
    dom_document doc;
    html_parse_options opt = { .scripting = scripting };
    int rc;
    if (tc->context) {
        dom_ns ns = NS_HTML;
        slice name = slice_make(tc->context, tc->context_len);
        if (name.len > 4 && memcmp(name.ptr, "svg ", 4) == 0) {
            ns = NS_SVG;
            name.ptr += 4, name.len -= 4;
        } else if (name.len > 5 && memcmp(name.ptr, "math ", 5) == 0) {
            ns = NS_MATHML;
            name.ptr += 5, name.len -= 5;
        }
        rc = html_parse_fragment(a, tc->data, tc->data_len, ns, name, &opt, &doc);
    } else {
        rc = html_parse_document(a, tc->data, tc->data_len, &opt, &doc);
    }
    buf_clear(got);
    if (rc == 0)
        html_dump_test_format(doc.root, got);
    while (got->len && got->data[got->len - 1] == '\n')
        got->len--;
    return rc;
}

typedef struct known {
    char **lines;
    size_t count;
} known;

static bool is_known(const known *k, const char *id)
{
    size_t n = strlen(id);
    for (size_t i = 0; i < k->count; i++)
        if (strncmp(k->lines[i], id, n) == 0 && (k->lines[i][n] == ' ' || k->lines[i][n] == '\0'))
            return true;
    return false;
}

static void load_known(const char *path, known *k)
{
    size_t len;
    char *text = path ? read_file(path, &len) : NULL;
    if (!text)
        return;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char **p = realloc(k->lines, (k->count + 1) * sizeof *p);
        if (!p)
            break;
        k->lines = p;
        k->lines[k->count++] = line;
    }
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *known_path = NULL, *only = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else if (strcmp(argv[i], "-f") == 0 && i + 1 < argc)
            only = argv[++i];
        else if (!dir)
            dir = argv[i];
        else
            known_path = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: run_tree_tests DATA_DIR [KNOWN_FAILURES] [-v] [-f FILE]\n");
        return 2;
    }
    known k = { 0 };
    load_known(known_path, &k);
    DIR *dp = opendir(dir);
    if (!dp) {
        fprintf(stderr, "cannot open %s\n", dir);
        return 2;
    }
    char **names = NULL;
    size_t nnames = 0;
    struct dirent *de;
    while ((de = readdir(dp))) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".dat") != 0)
            continue;
        if (only && strcmp(only, de->d_name) != 0)
            continue;
        names = realloc(names, (nnames + 1) * sizeof *names);
        names[nnames++] = strdup(de->d_name);
    }
    closedir(dp);
    qsort(names, nnames, sizeof *names, cmp_names);

    arena *a = arena_new(0);
    buf got = BUF_INIT;
    size_t total_pass = 0, total_fail = 0, unexpected = 0;
    for (size_t f = 0; f < nnames; f++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[f]);
        size_t len;
        char *text = read_file(path, &len);
        if (!text) {
            fprintf(stderr, "cannot read %s\n", path);
            return 2;
        }
        const char *end = text + len;
        size_t pass = 0, fail = 0, index = 0;
        const char *p = text;
        while (p && p < end) {
            const char *next = find(p + 1, end, "\n\n#data\n");
            const char *test_end = next ? next + 1 : end;
            test_case tc;
            index++;
            if (parse_test(p, test_end, &tc) != 0) {
                fprintf(stderr, "%s:%zu: cannot parse test\n", names[f], index);
                fail++;
            } else {
                bool ok = true;
                const char *why = "";
                for (int s = 0; s < 2 && ok; s++) {
                    if (tc.scripting >= 0 && tc.scripting != s)
                        continue;
                    int rc = run_case(a, &tc, s == 1, &got);
                    if (rc != 0 || got.len != tc.expected_len ||
                        memcmp(got.data, tc.expected, got.len) != 0) {
                        ok = false;
                        why = s ? "scripting on" : "scripting off";
                    }
                }
                if (ok) {
                    pass++;
                } else {
                    fail++;
                    char id[512];
                    snprintf(id, sizeof id, "%s:%zu", names[f], index);
                    bool listed = is_known(&k, id);
                    if (!listed)
                        unexpected++;
                    if (verbose || (!listed && shown < 20)) {
                        shown++;
                        printf("FAIL %s (%s)%s\n#data\n%.*s\n", id, why,
                               listed ? " [known]" : "", (int)tc.data_len, tc.data);
                        if (tc.context)
                            printf("#context %.*s\n", (int)tc.context_len, tc.context);
                        printf("#expected\n%.*s\n#got\n%.*s\n\n", (int)tc.expected_len,
                               tc.expected, (int)got.len, got.data ? got.data : "");
                    } else if (!listed) {
                        printf("FAIL %s (%s)\n", id, why);
                    }
                }
            }
            p = next ? next + 2 : NULL;
        }
        printf("%s: %zu passed, %zu failed\n", names[f], pass, fail);
        total_pass += pass;
        total_fail += fail;
        free(text);
    }
    size_t total = total_pass + total_fail;
    double rate = total ? 100.0 * (double)total_pass / (double)total : 0;
    printf("total: %zu passed, %zu failed (%.2f%%; %zu not in known failures)\n", total_pass,
           total_fail, rate, unexpected);
    printf("%zu passed, %zu failed\n", total_pass, total_fail);
    buf_dispose(&got);
    arena_free(a);
    for (size_t i = 0; i < nnames; i++)
        free(names[i]);
    free(names);
    if (k.lines) {
        free(k.lines[0] ? NULL : NULL);
    }
    int bad = unexpected > 0 || (!only && rate < 99.5);
    return bad ? 1 : 0;
}
