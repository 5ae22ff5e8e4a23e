/* ext_date.c - a minimal recogniser for the visible dates of side-list
 * items ("11.Mar.2026", "March 11, 2026", "2026-03-11", "11/03/2026",
 * "11. März 2026").  Extraction may not call the metadata layer, so this
 * is the small generic part it needs; ambiguous numeric dates are read
 * day first unless that is impossible. */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "ext_stopwords.h"

typedef struct tok {
    bool num;
    int value;     /* number, or month 1..12 for month words (0: other word) */
    size_t digits;
    char sep;      /* the first non-space separator after the token, or ' ' */
} tok;

static const struct { const char *name; int month; } months[] = {
    { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
    { "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "sept", 9 },
    { "october", 10 }, { "november", 11 }, { "december", 12 },
    { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 },
    { "aug", 8 }, { "sep", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
    /* de, fr, es, it, pt, nl: the forms that differ from English */
    { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 }, { "mai", 5 }, { "juni", 6 },
    { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 }, { "mär", 3 }, { "okt", 10 }, { "dez", 12 },
    { "janvier", 1 }, { "février", 2 }, { "mars", 3 }, { "avril", 4 }, { "juin", 6 },
    { "juillet", 7 }, { "août", 8 }, { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 },
    { "décembre", 12 }, { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 },
    { "mayo", 5 }, { "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "septiembre", 9 },
    { "setiembre", 9 }, { "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 },
    { "gennaio", 1 }, { "febbraio", 2 }, { "aprile", 4 }, { "maggio", 5 }, { "giugno", 6 },
    { "luglio", 7 }, { "settembre", 9 }, { "ottobre", 10 }, { "dicembre", 12 },
    { "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "maio", 5 }, { "junho", 6 },
    { "julho", 7 }, { "setembro", 9 }, { "outubro", 10 }, { "dezembro", 12 },
    { "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "mei", 5 }, { "augustus", 8 },
    { NULL, 0 },
};

static int month_of(const char *w, size_t n)
{
    for (int i = 0; months[i].name; i++)
        if (strlen(months[i].name) == n && memcmp(months[i].name, w, n) == 0)
            return months[i].month;
    return 0;
}

static size_t tokenize(slice s, tok *t, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len && n < max;) {
        unsigned c = (unsigned char)s.ptr[i];
        if (ascii_is_digit(c)) {
            int v = 0;
            size_t d = 0;
            while (i < s.len && ascii_is_digit((unsigned char)s.ptr[i])) {
                if (d < 6)
                    v = v * 10 + (s.ptr[i] - '0');
                d++, i++;
            }
            t[n++] = (tok){ true, v, d, ' ' };
        } else if (ascii_is_alpha(c) || c >= 0x80) {
            char w[16];
            size_t wl = 0;
            while (i < s.len) {
                size_t at = i;
                unsigned cp = ext_utf8_next(s.ptr, s.len, &i);
                if (!(cp >= 0x80 ? ext_cp_is_word(cp) : ascii_is_alpha(cp))) {
                    i = at;
                    break;
                }
                if (wl + 4 < sizeof w)
                    wl += ext_lower_utf8(cp, w + wl);
                else
                    wl = sizeof w; /* too long for a month */
            }
            if (i == 0 || wl == 0) {
                i++;
                continue;
            }
            t[n++] = (tok){ false, wl < sizeof w ? month_of(w, wl) : 0, 0, ' ' };
        } else {
            if (n && t[n - 1].sep == ' ' && !ascii_is_space(c))
                t[n - 1].sep = (char)c;
            i++;
        }
    }
    return n;
}

static bool valid(int y, int m, int d)
{
    static const int dim[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= dim[m - 1];
}

static bool put(char iso[11], int y, int m, int d)
{
    if (!valid(y, m, d))
        return false;
    iso[0] = (char)('0' + y / 1000), iso[1] = (char)('0' + y / 100 % 10);
    iso[2] = (char)('0' + y / 10 % 10), iso[3] = (char)('0' + y % 10), iso[4] = '-';
    iso[5] = (char)('0' + m / 10), iso[6] = (char)('0' + m % 10), iso[7] = '-';
    iso[8] = (char)('0' + d / 10), iso[9] = (char)('0' + d % 10), iso[10] = '\0';
    return true;
}

bool ext_date_find(slice s, char iso[11])
{
    tok t[64];
    size_t n = tokenize(s, t, 64);
    for (size_t i = 0; i + 2 < n; i++) {
        tok a = t[i], b = t[i + 1], c = t[i + 2];
        if (a.num && b.num && c.num) {
            bool same_sep = a.sep != ' ' && a.sep == b.sep && strchr("-/.", a.sep);
            if (!same_sep)
                continue;
            if (a.digits == 4 && b.digits <= 2 && c.digits <= 2 && put(iso, a.value, b.value, c.value))
                return true;
            if (c.digits == 4 && a.digits <= 2 && b.digits <= 2) {
                if (b.value <= 12 && put(iso, c.value, b.value, a.value))
                    return true;
                if (put(iso, c.value, a.value, b.value))
                    return true;
            }
        } else if (a.num && !b.num && b.value && c.num && c.digits == 4 && a.digits <= 2) {
            if (put(iso, c.value, b.value, a.value))
                return true;
        } else if (!a.num && a.value && b.num && b.digits <= 2 && c.num && c.digits == 4) {
            if (put(iso, c.value, a.value, b.value))
                return true;
        }
    }
    return false;
}
