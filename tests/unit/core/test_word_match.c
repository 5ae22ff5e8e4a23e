/* test_word_match.c - the class/id word matcher: each cut and mark on
 * hand-picked values, then against plain reference scans (the list-by-list
 * comparisons the matcher replaced) on random values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/ascii.h"
#include "core/word_match.h"

enum { A = 1, B = 2, C = 4 };

static uint32_t find(const word_matcher *m, const char *v) { return word_matcher_find(m, slice_make(v, strlen(v))); }

/* ---- words of letters and digits, "=" exact, "!" veto ---- */

static const char *const boiler[] = { "=ad", "navbar", "footer", "=tag", NULL };
static const char *const comments[] = { "comment", "!commentar", "=reply", NULL };
static const char *const body[] = { "=content", "articlebody", NULL };

static word_matcher *alnum_matcher(void)
{
    static const word_list lists[] = { { boiler, A }, { comments, B }, { body, C } };
    static const word_cut cut = { .chars = WORD_CHARS_ALNUM, .max_len = 48 };
    return word_matcher_new(&cut, lists, 3);
}

static void alnum_words_exact_and_prefix(void **state)
{
    (void)state;
    word_matcher *m = alnum_matcher();
    assert_non_null(m);
    assert_int_equal(find(m, "ad"), A);
    assert_int_equal(find(m, "header"), 0);    /* "=ad" only as a whole word */
    assert_int_equal(find(m, "top-ad slot"), A);
    assert_int_equal(find(m, "ads"), 0);       /* no plural without the cut's */
    assert_int_equal(find(m, "NavBar-fixed"), A); /* case-insensitive prefix */
    assert_int_equal(find(m, "mynavbar"), 0);  /* a word's start only */
    assert_int_equal(find(m, "post-footer2"), A);
    assert_int_equal(find(m, "tag2"), 0);      /* digits belong to the word */
    assert_int_equal(find(m, "main content"), C);
    assert_int_equal(find(m, "articleBodyText comment-list"), B | C);
    assert_int_equal(find(m, ""), 0);
    word_matcher_free(m);
}

static void veto_takes_only_its_list(void **state)
{
    (void)state;
    word_matcher *m = alnum_matcher();
    assert_int_equal(find(m, "comments"), B);
    assert_int_equal(find(m, "commentary"), 0);     /* "!commentar" */
    assert_int_equal(find(m, "commentary reply"), B); /* another word hits */
    assert_int_equal(find(m, "commentary footer"), A);
    word_matcher_free(m);
}

static void long_words_are_ignored(void **state)
{
    (void)state;
    word_matcher *m = alnum_matcher();
    char v[64];
    memset(v, 'x', sizeof v);
    memcpy(v, "footer", 6);
    v[48] = '\0';
    assert_int_equal(find(m, v), A); /* 48 bytes: read */
    v[48] = 'x';
    v[49] = '\0';
    assert_int_equal(find(m, v), 0); /* 49: ignored, prefix or not */
    word_matcher_free(m);
}

/* ---- whole class names ---- */

static void names_match_whole_class_names(void **state)
{
    (void)state;
    static const char *const hidden[] = { "=sr-only", "=hidden", NULL };
    static const word_list lists[] = { { hidden, A } };
    static const word_cut cut = { .chars = WORD_CHARS_NONSPACE };
    word_matcher *m = word_matcher_new(&cut, lists, 1);
    assert_non_null(m);
    assert_int_equal(find(m, "btn SR-Only"), A);
    assert_int_equal(find(m, "\tsr-only\n"), A);
    assert_int_equal(find(m, "sr-only-focusable"), 0);
    assert_int_equal(find(m, "is-hidden"), 0);
    word_matcher_free(m);
}

/* ---- compound words anywhere, '-' and '_' left out ---- */

static word_matcher *joined_matcher(void)
{
    static const char *const panel[] = { "userstats", "userextras", NULL };
    static const char *const tools[] = { "actionbar", NULL };
    static const word_list lists[] = { { panel, A }, { tools, B } };
    static const word_cut cut = { .chars = WORD_CHARS_NONSPACE, .inside = true, .join = true, .max_len = 64 };
    return word_matcher_new(&cut, lists, 2);
}

static void joined_words_inside_tokens(void **state)
{
    (void)state;
    word_matcher *m = joined_matcher();
    assert_non_null(m);
    assert_int_equal(find(m, "message-userExtras"), A);
    assert_int_equal(find(m, "user_stats"), A);
    assert_int_equal(find(m, "post-action-bar x"), B);
    assert_int_equal(find(m, "user stats"), 0); /* white space separates */
    assert_int_equal(find(m, "xxuserstatsxx action--bar"), A | B);
    char v[80];
    memset(v, 'x', sizeof v);
    memcpy(v + 10, "userstats", 9);
    v[64] = '\0';
    assert_int_equal(find(m, v), A);
    v[64] = '-'; /* not counted */
    v[65] = '\0';
    assert_int_equal(find(m, v), A);
    v[64] = 'x';
    assert_int_equal(find(m, v), 0); /* 65 counted bytes: ignored */
    word_matcher_free(m);
}

/* ---- words of letters, spanning separators, plural ---- */

static word_matcher *zone_matcher(void)
{
    static const char *const excluded[] = { "=related", "=most-read", NULL };
    static const char *const outside[] = { "=sidebar", NULL };
    static const char *const tags[] = { "=tag", NULL };
    static const word_list lists[] = { { excluded, A }, { outside, B }, { tags, C } };
    static const word_cut cut = { .chars = WORD_CHARS_ALPHA, .span = true, .plural = true };
    return word_matcher_new(&cut, lists, 3);
}

static void alpha_words_span_and_plural(void **state)
{
    (void)state;
    word_matcher *m = zone_matcher();
    assert_non_null(m);
    assert_int_equal(find(m, "related-posts"), A);
    assert_int_equal(find(m, "Relateds"), A);
    assert_int_equal(find(m, "relatedness"), 0);
    assert_int_equal(find(m, "sidebar__item"), B);
    assert_int_equal(find(m, "layoutTwoColumnsRightSidebar"), 0);
    assert_int_equal(find(m, "widget-most-read-list"), A);
    assert_int_equal(find(m, "most-reads"), A);
    assert_int_equal(find(m, "most_read"), 0);
    assert_int_equal(find(m, "tag2"), C); /* a digit ends a word */
    assert_int_equal(find(m, "post-tags"), C);
    assert_int_equal(find(m, "tagss tagline vintage"), 0);
    word_matcher_free(m);
}

/* ---- "*" words anywhere in a word, beside whole words ---- */

static void star_words_stand_anywhere(void **state)
{
    (void)state;
    static const char *const zone[] = { "=related", "=tag", NULL };
    static const char *const dated[] = { "*date", "*time", "*publish", "*meta", NULL };
    static const word_list lists[] = { { zone, A }, { dated, B } };
    static const word_cut cut = { .chars = WORD_CHARS_ALPHA, .span = true, .plural = true };
    word_matcher *m = word_matcher_new(&cut, lists, 2);
    assert_non_null(m);
    assert_int_equal(find(m, "post-date"), B);
    assert_int_equal(find(m, "lastUpdated"), B);  /* inside a word */
    assert_int_equal(find(m, "TIMESTAMP"), B);
    assert_int_equal(find(m, "entrymeta related"), A | B);
    assert_int_equal(find(m, "da-te tim_e"), 0);  /* not over a separator */
    assert_int_equal(find(m, "relatedmeta"), B);  /* "=related" still a whole word */
    assert_int_equal(find(m, "tags"), A);
    assert_int_equal(find(m, "unpublished"), B);
    assert_int_equal(find(m, "dat"), 0);
    word_matcher_free(m);

    /* Under an alnum cut without "inside", with one-letter words. */
    static const char *const one[] = { "*x", "=ab", NULL };
    static const word_list one_list[] = { { one, A } };
    static const word_cut alnum = { .chars = WORD_CHARS_ALNUM };
    m = word_matcher_new(&alnum, one_list, 1);
    assert_non_null(m);
    assert_int_equal(find(m, "aax"), A);
    assert_int_equal(find(m, "ab"), A);
    assert_int_equal(find(m, "cab"), 0);
    assert_int_equal(find(m, "q-r"), 0);
    word_matcher_free(m);
}

static void bad_lists_are_refused(void **state)
{
    (void)state;
    static const char *const empty[] = { "ok", "=", NULL };
    static const word_list lists[] = { { empty, A } };
    static const word_cut cut = { .chars = WORD_CHARS_ALNUM };
    assert_null(word_matcher_new(&cut, lists, 1));
    word_matcher_free(NULL);
}

/* ---- against reference scans ---- */

/* The extraction scan: words are alnum runs of at most 48 bytes, each
 * compared with every listed word ('=' exact, '!' veto, else prefix). */
static uint32_t ref_alnum(const word_list *lists, size_t count, const char *v)
{
    uint32_t found = 0;
    size_t n = strlen(v);
    for (size_t i = 0; i < n;) {
        if (!ascii_is_alnum((unsigned char)v[i])) {
            i++;
            continue;
        }
        size_t st = i;
        while (i < n && ascii_is_alnum((unsigned char)v[i]))
            i++;
        size_t len = i - st;
        if (len > 48)
            continue;
        for (size_t l = 0; l < count; l++) {
            bool hit = false, veto = false;
            for (size_t k = 0; lists[l].words[k]; k++) {
                const char *w = lists[l].words[k];
                char mark = w[0] == '=' || w[0] == '!' ? *w++ : 0;
                size_t wn = strlen(w);
                bool begins = len >= wn;
                for (size_t j = 0; begins && j < wn; j++)
                    begins = ascii_lower((unsigned char)v[st + j]) == (unsigned char)w[j];
                if (mark == '!')
                    veto |= begins;
                else if (begins && (mark != '=' || len == wn))
                    hit = true;
            }
            if (hit && !veto)
                found |= lists[l].bit;
        }
    }
    return found;
}

/* The zone scan: at each letter after a non-letter, every listed word
 * compared in place, then a non-letter (after an optional 's'). */
static uint32_t ref_zone(const word_list *lists, size_t count, const char *v)
{
    uint32_t found = 0;
    size_t n = strlen(v);
    for (size_t i = 0; i < n; i++) {
        if (!ascii_is_alpha((unsigned char)v[i]) || (i && ascii_is_alpha((unsigned char)v[i - 1])))
            continue;
        for (size_t l = 0; l < count; l++)
            for (size_t k = 0; lists[l].words[k]; k++) {
                const char *w = lists[l].words[k] + 1;
                size_t wn = strlen(w), j = 0;
                while (j < wn && i + j < n && ascii_lower((unsigned char)v[i + j]) == (unsigned char)w[j])
                    j++;
                if (j < wn)
                    continue;
                size_t e = i + wn;
                if (e < n && (v[e] == 's' || v[e] == 'S'))
                    e++;
                if (e == n || !ascii_is_alpha((unsigned char)v[e]))
                    found |= lists[l].bit;
            }
    }
    return found;
}

/* A plain substring scan: any of `words` anywhere in the value, ASCII
 * case-insensitive (the date scan's class test). */
static bool ref_substring(const char *const *words, const char *v)
{
    size_t n = strlen(v);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; words[k]; k++) {
            size_t wn = strlen(words[k]), j = 0;
            while (j < wn && i + j < n && ascii_lower((unsigned char)v[i + j]) == (unsigned char)words[k][j])
                j++;
            if (j == wn)
                return true;
        }
    return false;
}

static unsigned next_random(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

/* The forum scan: white-space tokens with '-' and '_' removed, at most
 * 64 bytes, searched for every listed word. */
static uint32_t ref_joined(const word_list *lists, size_t count, const char *v)
{
    uint32_t found = 0;
    size_t n = strlen(v);
    char w[128];
    for (size_t i = 0; i < n;) {
        size_t len = 0;
        for (; i < n && !ascii_is_space((unsigned char)v[i]); i++)
            if (v[i] != '-' && v[i] != '_')
                w[len++] = (char)ascii_lower((unsigned char)v[i]);
        for (; i < n && ascii_is_space((unsigned char)v[i]); i++) {
        }
        if (len > 64)
            continue;
        for (size_t l = 0; l < count; l++)
            for (size_t k = 0; lists[l].words[k]; k++) {
                size_t wn = strlen(lists[l].words[k]);
                for (size_t j = 0; j + wn <= len; j++)
                    if (memcmp(w + j, lists[l].words[k], wn) == 0)
                        found |= lists[l].bit;
            }
    }
    return found;
}

/* Random values made of pieces (of listed words) and separators. */
static void random_pieces(unsigned *seed, char *v, size_t cap, const char *const *parts, size_t count)
{
    size_t n = 0;
    int pieces = (int)(next_random(seed) % 10);
    for (int p = 0; p < pieces; p++) {
        const char *s = parts[next_random(seed) % count];
        size_t sn = strlen(s);
        if (n + sn + 1 > cap)
            break;
        memcpy(v + n, s, sn);
        n += sn;
    }
    v[n] = '\0';
}

static void random_value(unsigned *seed, char *v, size_t cap)
{
    static const char *const parts[] = { "ad", "nav", "bar", "navbar", "foot", "er", "comment", "ar",
                                         "y", "s", "S", "reply", "tag", "related", "most", "read",
                                         "side", "-", "_", " ", "2", "x", "CONTENT", "articlebody" };
    random_pieces(seed, v, cap, parts, sizeof parts / sizeof *parts);
}

static void agrees_with_reference_scans(void **state)
{
    (void)state;
    static const word_list alnum_lists[] = { { boiler, A }, { comments, B }, { body, C } };
    static const char *const excluded[] = { "=related", "=most-read", "=reply", NULL };
    static const char *const outside[] = { "=sidebar", "=navbar", NULL };
    static const char *const tags[] = { "=tag", NULL };
    static const word_list zone_lists[] = { { excluded, A }, { outside, B }, { tags, C } };
    static const word_cut zone_cut = { .chars = WORD_CHARS_ALPHA, .span = true, .plural = true };
    static const char *const joined_a[] = { "navbar", "footer", "commentary", NULL };
    static const char *const joined_b[] = { "relatedmost", "sbar", NULL };
    static const word_list joined_lists[] = { { joined_a, A }, { joined_b, B } };
    static const word_cut joined_cut = { .chars = WORD_CHARS_NONSPACE, .inside = true, .join = true,
                                         .max_len = 64 };
    word_matcher *am = alnum_matcher();
    word_matcher *zm = word_matcher_new(&zone_cut, zone_lists, 3);
    word_matcher *jm = word_matcher_new(&joined_cut, joined_lists, 2);
    assert_non_null(am);
    assert_non_null(zm);
    assert_non_null(jm);
    unsigned seed = 12345;
    char v[128];
    int hits[3] = { 0 };
    for (int t = 0; t < 200000; t++) {
        random_value(&seed, v, sizeof v);
        uint32_t got[3] = { find(am, v), find(zm, v), find(jm, v) };
        assert_int_equal(got[0], ref_alnum(alnum_lists, 3, v));
        assert_int_equal(got[1], ref_zone(zone_lists, 3, v));
        assert_int_equal(got[2], ref_joined(joined_lists, 2, v));
        for (int k = 0; k < 3; k++)
            hits[k] += got[k] != 0;
    }
    /* The values hit often enough for the comparison to mean something. */
    for (int k = 0; k < 3; k++)
        assert_true(hits[k] > 10000);
    word_matcher_free(am);
    word_matcher_free(zm);
    word_matcher_free(jm);
}

/* "*" words need every listed word to be a pattern of bytes: not with
 * vetoes, a length limit, words inside words or join bytes. */
static void star_words_refuse_other_cuts(void **state)
{
    (void)state;
    static const char *const starred[] = { "*navb", NULL };
    static const char *const vetoed[] = { "ab", "!abc", NULL };
    static const word_list with_veto[] = { { starred, A }, { vetoed, B } };
    static const word_list alone[] = { { starred, A } };
    static const word_cut plain = { .chars = WORD_CHARS_ALNUM };
    static const word_cut limited = { .chars = WORD_CHARS_ALNUM, .max_len = 48 };
    static const word_cut joined = { .chars = WORD_CHARS_NONSPACE, .inside = true, .join = true };
    assert_null(word_matcher_new(&plain, with_veto, 2));
    assert_null(word_matcher_new(&limited, alone, 1));
    assert_null(word_matcher_new(&joined, alone, 1));
    word_matcher *m = word_matcher_new(&plain, alone, 1);
    assert_non_null(m);
    assert_int_equal(find(m, "topNavBar"), A);
    word_matcher_free(m);
}

/* Substring ("*") words in the same matcher as whole words (as the
 * metadata zones use them) answer as a separate substring scan would. */
static void star_words_agree_with_substring_scan(void **state)
{
    (void)state;
    static const char *const excluded[] = { "=related", "=most-read", "=reply", NULL };
    static const char *const outside[] = { "=sidebar", "=navbar", NULL };
    static const char *const tags[] = { "=tag", NULL };
    static const char *const dated[] = { "*date", "*time", "*publish", "*posted", "*meta", "*info", NULL };
    static const char *const plain[] = { "date", "time", "publish", "posted", "meta", "info", NULL };
    static const word_list zone_lists[] = { { excluded, A }, { outside, B }, { tags, C } };
    static const word_list lists[] = { { excluded, A }, { outside, B }, { tags, C }, { dated, 8 } };
    static const word_cut cut = { .chars = WORD_CHARS_ALPHA, .span = true, .plural = true };
    word_matcher *m = word_matcher_new(&cut, lists, 4);
    word_matcher *trie = word_matcher_new(&cut, zone_lists, 3);
    assert_non_null(m);
    assert_non_null(trie);
    static const char *const parts[] = { "related", "most", "read", "side", "bar", "tag", "s", "S",
                                         "-", "_", " ", "2", "x", "da", "te", "Date", "TIME", "up",
                                         "pub", "lish", "meta", "i", "nfo", "info", "\xc3\xa9" };
    unsigned seed = 777;
    char v[128];
    int hits = 0, zone_hits = 0;
    for (int t = 0; t < 200000; t++) {
        random_pieces(&seed, v, sizeof v, parts, sizeof parts / sizeof *parts);
        uint32_t got = find(m, v);
        uint32_t want = ref_zone(zone_lists, 3, v) | (ref_substring(plain, v) ? 8u : 0u);
        assert_int_equal(got, want);
        /* The trie engine (no "*" words) agrees on the other lists. */
        assert_int_equal(find(trie, v) | (want & 8u), want);
        hits += (got & 8) != 0;
        zone_hits += (got & 7) != 0;
    }
    assert_true(hits > 10000);
    assert_true(zone_hits > 5000);
    word_matcher_free(m);
    word_matcher_free(trie);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(alnum_words_exact_and_prefix),
        cmocka_unit_test(veto_takes_only_its_list),
        cmocka_unit_test(long_words_are_ignored),
        cmocka_unit_test(names_match_whole_class_names),
        cmocka_unit_test(joined_words_inside_tokens),
        cmocka_unit_test(alpha_words_span_and_plural),
        cmocka_unit_test(bad_lists_are_refused),
        cmocka_unit_test(agrees_with_reference_scans),
        cmocka_unit_test(star_words_stand_anywhere),
        cmocka_unit_test(star_words_agree_with_substring_scan),
        cmocka_unit_test(star_words_refuse_other_cuts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
