/* test_stopwords.c - the stop-word lookup (hash probe with a signature
 * byte per slot) against a plain scan of the whole table: every listed
 * word, its prefixes and near misses, and random words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/stopwords.h"
#include "../test_rng.h"

static uint32_t reference(const char *w, size_t n)
{
    for (size_t i = 0; i < STOPWORD_TABLE_SIZE; i++) {
        const stopword_entry *e = &stopword_table[i];
        if (e->word && e->len == n && memcmp(e->word, w, n) == 0)
            return e->langs;
    }
    return 0;
}

static void check(const char *w, size_t n)
{
    assert_int_equal(stopword_langs(w, n), n ? reference(w, n) : 0);
}

static void test_listed_words(void **state)
{
    (void)state;
    size_t listed = 0;
    for (size_t i = 0; i < STOPWORD_TABLE_SIZE; i++) {
        const stopword_entry *e = &stopword_table[i];
        assert_int_equal(stopword_sig[i] != 0, e->word != NULL);
        if (!e->word)
            continue;
        listed++;
        assert_int_not_equal(stopword_langs(e->word, e->len), 0);
        check(e->word, e->len);
        /* Prefixes, one byte changed, one byte added. */
        char w[32];
        memcpy(w, e->word, e->len);
        for (size_t n = 1; n < e->len; n++)
            check(w, n);
        for (size_t k = 0; k < e->len; k++) {
            char was = w[k];
            w[k] = (char)(was ^ 0x10);
            check(w, e->len);
            w[k] = was;
        }
        w[e->len] = 's';
        check(w, e->len + 1);
    }
    assert_true(listed > 1000);
    assert_int_equal(stopword_langs("the", 3), reference("the", 3));
    assert_int_not_equal(stopword_langs("the", 3), 0);
    assert_int_equal(stopword_langs("zzqx", 4), 0);
}

static void test_random_words(void **state)
{
    (void)state;
    static const char letters[] = "aeinorstdlmuhcgpbkvfwyzjxq\xc3\xa4\xb6\xbc\xa9";
    test_rng r = { 0x5eed5eedu };
    char w[20];
    for (int t = 0; t < 30000; t++) {
        size_t n = 1 + test_rng_below(&r, 16);
        for (size_t i = 0; i < n; i++)
            w[i] = letters[test_rng_below(&r, sizeof letters - 1)];
        check(w, n);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_listed_words),
        cmocka_unit_test(test_random_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
