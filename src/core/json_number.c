/* json_number.c - JSON numbers (RFC 8259 section 6), read by the grammar
 * into a double without strtod, whose decimal point follows the C locale.
 * Up to 19 significant digits are kept; exact powers of ten scale them
 * where they can. */
#include "json_read.h"

#include <math.h>
#include <stdint.h>

#include "ascii.h"

/* Exact powers of ten representable in a double. */
static const double pow10_exact[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

static double scale10(double m, long e)
{
    if (e == 0)
        return m;
    if (e > 0 && e <= 22)
        return m * pow10_exact[e];
    if (e < 0 && e >= -22)
        return m / pow10_exact[-e];
    return m * pow(10.0, (double)e);
}

/* Parses a number by the JSON grammar, without the C locale (strtod would
 * read a comma as the decimal point under some locales). */
int json_read_number(json_reader *p, json_value *v)
{
    size_t start = p->pos, i = start;
    const unsigned char *s = p->s;
    bool neg = false;
    if (i < p->len && s[i] == '-') {
        neg = true;
        i++;
    }
    if (i >= p->len || !ascii_is_digit(s[i]))
        return json_syntax(p, "bad number");
    uint64_t mant = 0;
    long exp10 = 0;
    int digits = 0;
    if (s[i] == '0') {
        i++;
    } else {
        for (; i < p->len && ascii_is_digit(s[i]); i++) {
            if (digits < 19) {
                mant = mant * 10 + (s[i] - '0');
                if (mant)
                    digits++;
            } else {
                exp10++;
            }
        }
    }
    if (i < p->len && s[i] == '.') {
        i++;
        if (i >= p->len || !ascii_is_digit(s[i])) {
            p->pos = i;
            return json_syntax(p, "bad number");
        }
        for (; i < p->len && ascii_is_digit(s[i]); i++) {
            if (digits < 19) {
                mant = mant * 10 + (s[i] - '0');
                exp10--;
                if (mant)
                    digits++;
            }
        }
    }
    if (i < p->len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool eneg = false;
        if (i < p->len && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        if (i >= p->len || !ascii_is_digit(s[i])) {
            p->pos = i;
            return json_syntax(p, "bad exponent");
        }
        long e = 0;
        for (; i < p->len && ascii_is_digit(s[i]); i++)
            if (e < 100000)
                e = e * 10 + (s[i] - '0');
        exp10 += eneg ? -e : e;
    }
    double d = scale10((double)mant, exp10);
    v->number = neg ? -d : d;
    v->text = slice_make((const char *)s + start, i - start);
    p->pos = i;
    return 0;
}
