/* replay_main.c - runs a fuzz target over files without libFuzzer, so each
 * target's seed corpus is a normal test (also under ASan/UBSan).
 *
 * Usage: fuzz_X_replay [-v] PATH...   PATH is a file or a directory (read
 * one level deep, in sorted order).  A file is one input, whose first byte
 * is the target's mode byte, except html5lib tree-construction files
 * (*.dat): each #data section of those is run once per mode in
 * dat_modes, so the inputs meet every parsing mode.  Exits 0 when every
 * input ran (a crash ends the program, as it does under libFuzzer). */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "read_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Mode bytes for .dat inputs: document without and with scripting, and
 * fragments in a few contexts (bit 1 set, context index in bits 2-6). */
static const uint8_t dat_modes[] = { 0x00, 0x01, 0x02 | (2 << 2), 0x02 | (21 << 2), 0x03 | (8 << 2) };

static size_t inputs_run;
static int verbose;

static void run(const uint8_t *mode, const char *data, size_t len)
{
    uint8_t *buf = malloc(len + 1);
    if (!buf) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    size_t n = 0;
    if (mode)
        buf[n++] = *mode;
    memcpy(buf + n, data, len);
    /* An exactly sized copy, so reading past the end is caught. */
    LLVMFuzzerTestOneInput(buf, n + len);
    free(buf);
    inputs_run++;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Each "#data\n" section up to the next line starting with '#'. */
static void run_dat(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *d = NULL;
        for (size_t k = i; k + 6 <= n; k++)
            if ((k == 0 || s[k - 1] == '\n') && memcmp(s + k, "#data\n", 6) == 0) {
                d = s + k + 6;
                break;
            }
        if (!d)
            return;
        size_t start = (size_t)(d - s), end = start;
        while (end < n && !(s[end] == '\n' && end + 1 < n && s[end + 1] == '#'))
            end++;
        for (size_t m = 0; m < sizeof dat_modes; m++)
            run(&dat_modes[m], s + start, end - start);
        i = end;
    }
}

static void run_file(const char *path)
{
    size_t n;
    char *s = read_file(path, &n);
    if (!s) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(2);
    }
    if (verbose)
        fprintf(stderr, "%s\n", path);
    if (ends_with(path, ".dat"))
        run_dat(s, n);
    else
        run(NULL, s, n);
    free(s);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "skipping missing %s\n", path);
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        run_file(path);
        return;
    }
    DIR *dir = opendir(path);
    if (!dir)
        return;
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        if (count == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(names, cap * sizeof *names);
            if (!nn)
                exit(2);
            names = nn;
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        names[count] = malloc(len);
        if (!names[count])
            exit(2);
        snprintf(names[count++], len, "%s/%s", path, e->d_name);
    }
    closedir(dir);
    if (count)
        qsort(names, count, sizeof *names, compare_names);
    for (size_t i = 0; i < count; i++) {
        if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
            run_file(names[i]);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else
            run_path(argv[i]);
    }
    printf("%zu inputs run\n", inputs_run);
    return 0;
}
