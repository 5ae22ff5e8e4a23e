/* meta_months.c - month names and abbreviations in English, German,
 * French, Spanish, Italian, Portuguese, Dutch, Russian and Polish (with
 * the genitive forms that Russian and Polish dates use). */
#include "meta_date.h"

#include <string.h>

#include "../core/ascii.h"

typedef struct month_name {
    const char *name; /* lowercase UTF-8 */
    unsigned char month;
} month_name;

/* Full names first; an abbreviation is listed once even when several
 * languages share it. */
static const month_name months[] = {
    /* English */
    { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
    { "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 },
    { "november", 11 }, { "december", 12 },
    { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 },
    { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
    /* German */
    { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 }, { "maerz", 3 },
    { "mai", 5 }, { "juni", 6 }, { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 },
    { "jän", 1 }, { "mär", 3 }, { "mrz", 3 }, { "okt", 10 }, { "dez", 12 },
    /* French */
    { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 },
    { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 }, { "septembre", 9 },
    { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 }, { "decembre", 12 },
    { "janv", 1 }, { "févr", 2 }, { "fevr", 2 }, { "fév", 2 }, { "avr", 4 }, { "juil", 7 },
    { "déc", 12 },
    /* Spanish */
    { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 }, { "mayo", 5 },
    { "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "septiembre", 9 }, { "setiembre", 9 },
    { "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 },
    { "ene", 1 }, { "abr", 4 }, { "ago", 8 }, { "dic", 12 },
    /* Italian */
    { "gennaio", 1 }, { "febbraio", 2 }, { "aprile", 4 }, { "maggio", 5 }, { "giugno", 6 },
    { "luglio", 7 }, { "settembre", 9 }, { "ottobre", 10 }, { "dicembre", 12 },
    { "gen", 1 }, { "mag", 5 }, { "giu", 6 }, { "lug", 7 }, { "set", 9 }, { "ott", 10 },
    /* Portuguese */
    { "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "marco", 3 }, { "maio", 5 },
    { "junho", 6 }, { "julho", 7 }, { "setembro", 9 }, { "outubro", 10 }, { "novembro", 11 },
    { "dezembro", 12 }, { "fev", 2 }, { "out", 10 },
    /* Dutch */
    { "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "mei", 5 }, { "augustus", 8 },
    { "mrt", 3 },
    /* Russian: nominative, genitive, abbreviations */
    { "январь", 1 }, { "февраль", 2 }, { "март", 3 }, { "апрель", 4 }, { "май", 5 },
    { "июнь", 6 }, { "июль", 7 }, { "август", 8 }, { "сентябрь", 9 }, { "октябрь", 10 },
    { "ноябрь", 11 }, { "декабрь", 12 },
    { "января", 1 }, { "февраля", 2 }, { "марта", 3 }, { "апреля", 4 }, { "мая", 5 },
    { "июня", 6 }, { "июля", 7 }, { "августа", 8 }, { "сентября", 9 }, { "октября", 10 },
    { "ноября", 11 }, { "декабря", 12 },
    { "янв", 1 }, { "фев", 2 }, { "мар", 3 }, { "апр", 4 }, { "июн", 6 }, { "июл", 7 },
    { "авг", 8 }, { "сен", 9 }, { "сент", 9 }, { "окт", 10 }, { "ноя", 11 }, { "нояб", 11 },
    { "дек", 12 },
    /* Polish: nominative, genitive, abbreviations */
    { "styczeń", 1 }, { "luty", 2 }, { "marzec", 3 }, { "kwiecień", 4 }, { "maj", 5 },
    { "czerwiec", 6 }, { "lipiec", 7 }, { "sierpień", 8 }, { "wrzesień", 9 },
    { "październik", 10 }, { "listopad", 11 }, { "grudzień", 12 },
    { "stycznia", 1 }, { "lutego", 2 }, { "marca", 3 }, { "kwietnia", 4 }, { "maja", 5 },
    { "czerwca", 6 }, { "lipca", 7 }, { "sierpnia", 8 }, { "września", 9 },
    { "października", 10 }, { "listopada", 11 }, { "grudnia", 12 },
    { "sty", 1 }, { "lut", 2 }, { "kwi", 4 }, { "cze", 6 }, { "lip", 7 }, { "sie", 8 },
    { "wrz", 9 }, { "paź", 10 }, { "lis", 11 }, { "gru", 12 },
};

/* Lowercases ASCII, Latin-1 capitals (U+00C0-U+00DE) and basic Cyrillic
 * capitals (U+0410-U+042F): enough for capitalised month names. */
static size_t lower_word(slice w, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < w.len; i++) {
        if (n + 3 >= cap)
            return 0;
        unsigned char c = (unsigned char)w.ptr[i];
        if (c < 0x80) {
            out[n++] = (char)ascii_lower(c);
            continue;
        }
        unsigned char d = i + 1 < w.len ? (unsigned char)w.ptr[i + 1] : 0;
        if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) {
            out[n++] = (char)c;
            out[n++] = (char)(d + 0x20);
            i++;
        } else if (c == 0xD0 && d >= 0x90 && d <= 0x9F) {
            out[n++] = (char)0xD0;
            out[n++] = (char)(d + 0x20);
            i++;
        } else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) {
            out[n++] = (char)0xD1;
            out[n++] = (char)(d - 0x20);
            i++;
        } else {
            out[n++] = (char)c;
        }
    }
    out[n] = '\0';
    return n;
}

int meta_month_lookup(slice word)
{
    char low[48];
    size_t n = lower_word(word, low, sizeof low);
    if (!n)
        return 0;
    for (size_t i = 0; i < sizeof months / sizeof *months; i++)
        if (strlen(months[i].name) == n && memcmp(months[i].name, low, n) == 0)
            return months[i].month;
    return 0;
}
