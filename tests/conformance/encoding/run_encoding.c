/* run_encoding.c - html5lib-tests encoding/ conformance: each #data is run
 * through the sniffing algorithm (BOM, then the <meta> prescan) with no
 * transport charset and windows-1252 as the fallback, and the answer is
 * compared with #encoding case-insensitively after label mapping.
 *
 * Usage: run_encoding FILE.dat...   Prints "N passed, N failed"; exits 1
 * when any test fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/decode/decode.h"
#include "read_file.h"

static int lower_eq(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    if (an != bn)
        return 0;
    for (size_t i = 0; i < an; i++) {
        unsigned x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return 0;
    }
    return 1;
}

/* Finds "\n" + marker + "\n" at or after `from`; returns the offset of the
 * marker line's first byte, or -1. */
static long find_marker(const char *s, size_t n, size_t from, const char *marker)
{
    size_t m = strlen(marker);
    for (size_t i = from; i + m + 1 <= n; i++) {
        if ((i == 0 || s[i - 1] == '\n') && memcmp(s + i, marker, m) == 0 &&
            (i + m == n || s[i + m] == '\n'))
            return (long)i;
    }
    return -1;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    for (int f = 1; f < argc; f++) {
        size_t n;
        char *s = read_file(argv[f], &n);
        if (!s) {
            fprintf(stderr, "cannot read %s\n", argv[f]);
            return 2;
        }
        size_t pos = 0;
        long d;
        while ((d = find_marker(s, n, pos, "#data")) >= 0) {
            size_t data = (size_t)d + 6;
            long e = find_marker(s, n, data, "#encoding");
            if (e < 0)
                break;
            /* The data ends before the LF that precedes "#encoding". */
            size_t data_len = (size_t)e > data ? (size_t)e - 1 - data : 0;
            size_t exp = (size_t)e + 10, exp_end = exp;
            while (exp_end < n && s[exp_end] != '\n' && s[exp_end] != '\r')
                exp_end++;
            html_encoding_source src;
            const char *got = html_sniff_encoding(s + data, data_len, NULL, &src);
            if (!got)
                got = "windows-1252";
            const char *want = html_encoding_for_label(slice_make(s + exp, exp_end - exp));
            if (want && lower_eq(got, strlen(got), want)) {
                passed++;
            } else {
                failed++;
                printf("FAIL %s @%zu: got %s, want %.*s\n", argv[f], data, got,
                       (int)(exp_end - exp), s + exp);
            }
            pos = exp_end;
        }
        free(s);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
