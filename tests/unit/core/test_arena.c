/* test_arena.c - the page arena: alignment, growth, limits, reset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"

static void allocations_are_aligned_and_distinct(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    char *p = arena_alloc(a, 3);
    char *q = arena_alloc(a, 5);
    assert_non_null(p);
    assert_non_null(q);
    assert_true(((uintptr_t)p & 7) == 0 && ((uintptr_t)q & 7) == 0);
    assert_true(q >= p + 3);
    assert_int_equal(arena_used(a), 16);
    arena_free(a);
}

static void large_requests_get_their_own_block(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    char *big = arena_alloc(a, 10u << 20);
    assert_non_null(big);
    big[(10u << 20) - 1] = 'x';
    assert_true(arena_reserved(a) >= (10u << 20));
    arena_free(a);
}

static void limit_makes_allocation_fail_cleanly(void **state)
{
    (void)state;
    arena *a = arena_new(256 * 1024);
    size_t got = 0;
    while (arena_alloc(a, 1000))
        got += 1000;
    assert_true(got > 100 * 1000 && got <= 256 * 1024);
    arena_reset(a);
    assert_int_equal(arena_used(a), 0);
    assert_non_null(arena_alloc(a, 1000));
    arena_free(a);
}

static void realloc_grows_last_allocation_in_place(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    char *p = arena_alloc(a, 8);
    char *q = arena_realloc(a, p, 8, 64);
    assert_ptr_equal(p, q);
    char *r = arena_alloc(a, 8);
    char *s = arena_realloc(a, q, 64, 128);
    assert_ptr_not_equal(s, q);
    (void)r;
    arena_free(a);
}

static void buf_appends_and_formats(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    buf_puts(&b, "ab");
    buf_printf(&b, "%d-%s", 42, "x");
    buf_put_utf8(&b, 0x20AC);
    assert_string_equal(buf_cstr(&b), "ab42-x\xE2\x82\xAC");
    buf_dispose(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(allocations_are_aligned_and_distinct),
        cmocka_unit_test(large_requests_get_their_own_block),
        cmocka_unit_test(limit_makes_allocation_fail_cleanly),
        cmocka_unit_test(realloc_grows_last_allocation_in_place),
        cmocka_unit_test(buf_appends_and_formats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
