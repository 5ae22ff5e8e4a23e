/* date_parse.c - text -> date: the scan that finds where a date may
 * start in free text, meta values and attribute values, and the order in
 * which the formats are tried there (date_numeric.c, date_words.c).
 * Relative dates ("2 days ago") are never guessed. */
#include "date_scan.h"

#include "swar.h"

/* Tries every format at position i (the start of a token).  On success
 * sets *end past the match.  A token that opens with digits is read as a
 * year (four digits), a compact machine value (eight) or a day or month
 * (one or two); a word can only open "Jan 11, 2022".  When the numerals
 * of 11.01.2022 are there but do not make a date, the month-name form
 * fails too (a digit follows the separator), so trying it is harmless. */
static bool match_at(const scan *t, size_t i, date_order order, bool machine, date_value *d,
                     size_t *end)
{
    if (!ascii_is_digit(at(t, i)))
        return date_match_month_name_first(t, i, machine, d, end);
    size_t k = i;
    int a;
    int nd = read_num(t, &k, 8, &a);
    if (nd == 4)
        return date_match_iso(t, k, a, d, end) || date_match_cjk(t, k, a, d, end) ||
               date_match_year_month_name(t, k, a, d, end);
    if (nd == 8)
        return machine && date_match_compact(t, k, a, d, end);
    if (nd < 1 || nd > 2)
        return false;
    return date_match_numerals(t, i, k, a, order, machine, d, end) ||
           date_match_day_month_name(t, k, a, machine, d, end);
}

/* The first ASCII digit at or after i, or t->n.  Eight bytes at a time:
 * XOR with '0' maps the digits, and only them, to bytes below 10, which
 * the borrow trick finds (bytes >= 0x80 never look small); the bytes of a
 * hit word are then read one by one. */
static size_t next_digit(const scan *t, size_t i)
{
    while (i + 8 <= t->n) {
        if (swar_any_below(swar_load(t->s + i) ^ (SWAR_ONES * '0'), 10))
            break;
        i += 8;
    }
    while (i < t->n && !ascii_is_digit(t->s[i]))
        i++;
    return i;
}

/* A byte that can stand between a month name and the number after it,
 * as month_word_end (its abbreviation dot) and skip_date_glue step: spaces
 * (also the bytes of U+00A0 and U+2000-U+200B, U+202F), ". , - /" and
 * the letters of "de"/"del".  A superset, only used to bound a search. */
static bool glue_byte(unsigned c)
{
    return ascii_is_space(c) || c == '.' || c == ',' || c == '-' || c == '/' || (c | 0x20u) == 'd' ||
           (c | 0x20u) == 'e' || (c | 0x20u) == 'l' || c == 0xC2 || c == 0xE2 ||
           (c >= 0x80 && c <= 0x8B) || c == 0xA0 || c == 0xAF;
}

/* `glued`: a number may start right after a letter, as in text joined
 * from several elements ("Fagus-Werk Alfeld2. Oktober 2015"). */
static bool find(slice text, date_order order, bool machine, bool glued, date_value *out, size_t *at_,
                 size_t *end_)
{
    scan t = { (const unsigned char *)text.ptr, text.ptr ? text.len : 0 };
    /* Every date holds a digit, and a date that starts with a word starts
     * with a month name (at most MONTH_WORD_MAX bytes) that only glue
     * bytes separate from its first digit.  So the tokens worth trying lie
     * just before each digit: the scan jumps from digit to digit and tries
     * the tokens of a short window before it (most text nodes hold no
     * digit at all, and are passed over at memchr-like speed). */
    size_t from = 0;
    for (;;) {
        size_t digit = next_digit(&t, from);
        if (digit == t.n)
            return false;
        size_t g = digit;
        while (g > from && glue_byte(t.s[g - 1]))
            g--;
        /* A month name ends at or after g: it is the word holding the byte
         * before g, or lies within the glue ("de"). */
        size_t lo = g - from > MONTH_WORD_MAX + 8 ? g - (MONTH_WORD_MAX + 8) : from;
        size_t i = g;
        while (i > lo && is_word_byte(&t, i - 1))
            i--;
        for (; i <= digit; i++) {
            unsigned c = t.s[i];
            bool is_digit = ascii_is_digit(c);
            if (!is_digit && !is_word_byte(&t, i))
                continue;
            /* Only at the start of a token. */
            if (i > 0) {
                unsigned p = t.s[i - 1];
                if (is_digit ? ascii_is_digit(p) : is_word_byte(&t, i - 1))
                    continue;
                if (is_digit && !glued && ascii_is_alpha(p))
                    continue;
            }
            size_t end;
            date_value d;
            if (match_at(&t, i, order, machine, &d, &end)) {
                /* A date glued to more digits (a phone number, an id) is not a date. */
                if (ascii_is_digit(at(&t, end)))
                    continue;
                *out = d;
                if (at_)
                    *at_ = i;
                if (end_)
                    *end_ = end;
                return true;
            }
            if (!is_digit)
                i = word_end(&t, i) - 1;
        }
        from = digit + 1;
    }
}

bool date_find(slice text, date_order order, date_value *out, size_t *at_, size_t *end_)
{
    return find(text, order, false, false, out, at_, end_);
}

bool date_find_glued(slice text, date_order order, date_value *out, size_t *at_, size_t *end_)
{
    return find(text, order, false, true, out, at_, end_);
}

bool date_parse(slice s, date_order order, date_value *out)
{
    return find(slice_trim(s), order, true, false, out, NULL, NULL);
}
