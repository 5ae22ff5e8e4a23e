/* test_meta_fast_paths.c - the metadata stage's fast paths against the
 * plain code they shortcut: each is run on many generated inputs next to
 * a straightforward reference (the code as it was before the shortcut),
 * and every answer must agree. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/ascii.h"
#include "core/buf.h"
#include "meta/meta_byline.h"
#include "meta/meta_internal.h"
#include "meta/meta_context.h"
#include "meta/meta_zone.h"
#include "../test_rng.h"

static arena *A;

static test_rng rng = { 0x9E3779B97F4A7C15u };
static unsigned rnd(unsigned n)
{
    return test_rng_below(&rng, n);
}

/* A text of `len` pieces drawn from `pieces` into out (at most cap - 1
 * bytes). */
static size_t gen_text(char *out, size_t cap, const char *const *pieces, size_t npieces, size_t len)
{
    size_t n = 0;
    for (size_t k = 0; k < len; k++) {
        const char *p = pieces[rnd((unsigned)npieces)];
        size_t m = strlen(p);
        if (!m)
            m = 1; /* "" stands for a NUL byte */
        if (n + m >= cap)
            break;
        memcpy(out + n, p, m);
        n += m;
    }
    return n;
}

/* ---- meta_clean_text ---------------------------------------------------- */

/* The reference: the byte-by-byte rewrite, without the already-clean
 * test and the copying of runs. */
static const struct {
    const char *name;
    unsigned cp;
} ref_named[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
    { "nbsp", 0xA0 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "rsquo", 0x2019 },
    { "lsquo", 0x2018 }, { "rdquo", 0x201D }, { "ldquo", 0x201C }, { "hellip", 0x2026 },
    { "shy", 0xAD },
};

static size_t ref_decode_ref(slice s, size_t i, unsigned *cp)
{
    size_t j = i + 1;
    if (j < s.len && s.ptr[j] == '#') {
        j++;
        bool hex = j < s.len && (s.ptr[j] == 'x' || s.ptr[j] == 'X');
        if (hex)
            j++;
        unsigned v = 0;
        size_t d = 0;
        while (j < s.len && d < 7 && (hex ? ascii_is_hex((unsigned char)s.ptr[j])
                                          : ascii_is_digit((unsigned char)s.ptr[j]))) {
            unsigned c = (unsigned char)s.ptr[j];
            v = v * (hex ? 16 : 10) + (ascii_is_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10);
            j++, d++;
        }
        if (!d || j >= s.len || s.ptr[j] != ';' || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
            return 0;
        *cp = v;
        return j + 1 - i;
    }
    for (size_t k = 0; k < sizeof ref_named / sizeof *ref_named; k++) {
        size_t n = strlen(ref_named[k].name);
        if (j + n < s.len && memcmp(s.ptr + j, ref_named[k].name, n) == 0 && s.ptr[j + n] == ';') {
            *cp = ref_named[k].cp;
            return n + 2;
        }
    }
    return 0;
}

static slice ref_clean_text(arena *a, slice s)
{
    if (!s.ptr)
        return s;
    buf b = BUF_INIT;
    bool space = false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i], cp = 0;
        size_t n = 0;
        if (c == '&' && (n = ref_decode_ref(s, i, &cp))) {
            i += n - 1;
            if (cp == 0xA0 || ascii_is_space(cp)) {
                space = true;
                continue;
            }
            if (cp == 0xAD)
                continue;
            if (space && b.len)
                buf_putc(&b, ' ');
            space = false;
            buf_put_utf8(&b, cp);
            continue;
        }
        if (ascii_is_space(c) || c == '\v' || (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xA0)) {
            if (c == 0xC2)
                i++;
            space = true;
            continue;
        }
        if (c < 0x20 || c == 0x7F)
            continue;
        if (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xAD) {
            i++;
            continue;
        }
        if (space && b.len)
            buf_putc(&b, ' ');
        space = false;
        buf_putc(&b, (char)c);
    }
    slice out = b.failed ? slice_make(NULL, 0) : arena_slice_dup(a, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    return out;
}

static void clean_text_matches_reference(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        " ", " ", " ", "  ", "\t", "\n", "\v", "\r", "\f", "", "\x01", "\x1F", "\x7F", "&", "#", "x", ";",
        "a", "b", "Z", "!", "1", "8", "\xC2", "\xA0", "\xC2\xA0", "\xC2\xAD", "&shy;", "\xE2\x80\x99", "\xC3\xA9", "\x80", "\xFF",
        "&amp;", "&nbsp;", "&#8217;", "&#x2019;", "&#32;", "&#10;", "&#1;", "&rsquo;", "&bogus;", "word",
        "wordy words", "0123456789",
    };
    char text[256];
    for (int iter = 0; iter < 200000; iter++) {
        size_t n = gen_text(text, sizeof text, pieces, sizeof pieces / sizeof *pieces, rnd(48));
        slice s = slice_make(text, n);
        slice got = meta_clean_text(A, s), want = ref_clean_text(A, s);
        if (got.len != want.len || (got.len && memcmp(got.ptr, want.ptr, got.len) != 0))
            fail_msg("clean '%.*s': got '%.*s', want '%.*s'", (int)n, text, (int)got.len, got.ptr,
                     (int)want.len, want.ptr);
        if (iter % 1000 == 0)
            arena_reset(A);
    }
}

/* ---- meta_byline_words ---------------------------------------------------- */

/* The reference: every position, each word compared in full. */
static bool ref_has_byline_word(slice v)
{
    static const char *const words[] = { "author", "byline", "writer", "autor", "username", "user-name",
                                         "postuser", NULL };
    for (size_t i = 0; i < v.len; i++)
        for (size_t k = 0; words[k]; k++)
            if (slice_starts_with_nocase(slice_make(v.ptr + i, v.len - i), words[k]))
                return true;
    return false;
}

static void byline_words_match_reference(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "a", "A", "u", "U", "t", "h", "o", "r", "b", "y", "l", "i", "n", "e", "w", "s", "p", "-", " ", "_",
        "au", "AU", "by", "po", "us", "wr", "author", "Autor", "BYLINE", "writer", "user", "name", "user-name",
        "post", "postuser", "W", "R", "B", "Y", "P", "O", "S", "Writer", "WRITER", "PostUser", "UserName",
        "\xC3\xA4", "\xE1", "\xF5", "\xD5", "col-md-4", "entry-meta",
    };
    /* The zone matcher's byline bit, which the page scan reads in place
     * of meta_byline_words for the elements the zone map marked. */
    word_matcher *zw = meta_zone_words_new();
    assert_non_null(zw);
    meta_evidence ev;
    meta_evidence_init(&ev, A, A);
    ev.zone_words = zw;
    char a[128], b[128];
    for (int iter = 0; iter < 300000; iter++) {
        size_t na = gen_text(a, sizeof a, pieces, sizeof pieces / sizeof *pieces, rnd(12));
        size_t nb = gen_text(b, sizeof b, pieces, sizeof pieces / sizeof *pieces, rnd(4));
        slice cls = slice_make(a, na), id = slice_make(b, nb);
        bool want = ref_has_byline_word(cls) || ref_has_byline_word(id);
        if (meta_byline_words(&ev, cls, id) != want)
            fail_msg("byline words in '%.*s' / '%.*s': got %d", (int)na, a, (int)nb, b, !want);
        bool zoned = ((word_matcher_find(zw, cls) | word_matcher_find(zw, id)) & ZONE_WORD_BYLINE) != 0;
        if (zoned != want)
            fail_msg("zone matcher's byline bit in '%.*s' / '%.*s': got %d", (int)na, a, (int)nb, b, zoned);
    }
    word_matcher_free(zw);
}

/* ---- meta_trim_text -------------------------------------------------------- */

static void trim_text_matches_slice_trim(void **state)
{
    (void)state;
    static const char *const pieces[] = { " ", "\t", "\n", "\r", "\f", "\v", "        ", "\t\t\t\t\t\t\t\t",
                                          "\n    ", "a", "B", "\xC2\xA0", "x y", "\x00" };
    char a[256];
    for (int iter = 0; iter < 200000; iter++) {
        size_t na = gen_text(a, sizeof a, pieces, sizeof pieces / sizeof *pieces, rnd(24));
        slice v = slice_make(a, na), got = meta_trim_text(v), want = slice_trim(v);
        if (got.len != want.len || (want.len && got.ptr != want.ptr))
            fail_msg("trim of %zu bytes: got %zu at %td, want %zu at %td", na, got.len, got.ptr - a, want.len,
                     want.ptr - a);
    }
}

/* ---- labels in trimmed text ------------------------------------------------- */

/* The date scan looks for a first publication's label ("originally
 * published") in the trimmed text of a date element's text children: a
 * label has no white space at its ends, so it is found there exactly
 * when it is in the whole text. */
static void labels_found_in_trimmed_text(void **state)
{
    (void)state;
    static const char *const labels[] = { "originally published", "first posted", "ver\xC3\xB6""ffentlicht",
                                          "publi\xC3\xA9 initialement", NULL };
    static const char *const pieces[] = { " ", "\t", "\n    ", "        ", "\r\n", "originally", "Originally ",
                                          " published", "first", " posted", "ver", "\xC3\xB6", "ffentlicht",
                                          "publi\xC3\xA9", " initialement", "on", "2019", "x" };
    char a[128];
    int hits = 0;
    for (int iter = 0; iter < 200000; iter++) {
        size_t na = gen_text(a, sizeof a, pieces, sizeof pieces / sizeof *pieces, rnd(12));
        slice whole = slice_make(a, na), trimmed = meta_trim_text(whole);
        for (size_t k = 0; labels[k]; k++) {
            bool want = slice_find_nocase(whole, labels[k]) >= 0;
            if ((trimmed.len && slice_find_nocase(trimmed, labels[k]) >= 0) != want)
                fail_msg("'%s' in '%.*s'", labels[k], (int)na, a);
            hits += want;
        }
    }
    assert_true(hits > 1000);
}

int main(void)
{
    A = arena_new(0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_text_matches_reference),
        cmocka_unit_test(byline_words_match_reference),
        cmocka_unit_test(trim_text_matches_slice_trim),
        cmocka_unit_test(labels_found_in_trimmed_text),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(A);
    return rc;
}
