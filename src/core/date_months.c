/* date_months.c - month names and abbreviations in English, German,
 * French, Spanish, Italian, Portuguese, Dutch, Russian and Polish (with
 * the genitive forms that Russian and Polish dates use). */
#include "date.h"

#include <string.h>

#include "ascii.h"

typedef struct month_name {
    const char *name; /* lowercase UTF-8 */
    unsigned char len; /* bytes: lookups run for every word of a page */
    unsigned char month;
} month_name;

#define M(name, month) { name, sizeof(name) - 1, month }

/* Full names first; an abbreviation is listed once even when several
 * languages share it. */
static const month_name months[] = {
    /* English */
    M("january", 1), M("february", 2), M("march", 3), M("april", 4), M("may", 5),
    M("june", 6), M("july", 7), M("august", 8), M("september", 9), M("october", 10),
    M("november", 11), M("december", 12),
    M("jan", 1), M("feb", 2), M("mar", 3), M("apr", 4), M("jun", 6), M("jul", 7),
    M("aug", 8), M("sep", 9), M("sept", 9), M("oct", 10), M("nov", 11), M("dec", 12),
    /* German */
    M("januar", 1), M("jänner", 1), M("februar", 2), M("märz", 3), M("maerz", 3),
    M("mai", 5), M("juni", 6), M("juli", 7), M("oktober", 10), M("dezember", 12),
    M("jän", 1), M("mär", 3), M("mrz", 3), M("okt", 10), M("dez", 12),
    /* French */
    M("janvier", 1), M("février", 2), M("fevrier", 2), M("mars", 3), M("avril", 4),
    M("juin", 6), M("juillet", 7), M("août", 8), M("aout", 8), M("septembre", 9),
    M("octobre", 10), M("novembre", 11), M("décembre", 12), M("decembre", 12),
    M("janv", 1), M("févr", 2), M("fevr", 2), M("fév", 2), M("avr", 4), M("juil", 7),
    M("déc", 12),
    /* Spanish */
    M("enero", 1), M("febrero", 2), M("marzo", 3), M("abril", 4), M("mayo", 5),
    M("junio", 6), M("julio", 7), M("agosto", 8), M("septiembre", 9), M("setiembre", 9),
    M("octubre", 10), M("noviembre", 11), M("diciembre", 12),
    M("ene", 1), M("abr", 4), M("ago", 8), M("dic", 12),
    /* Italian */
    M("gennaio", 1), M("febbraio", 2), M("aprile", 4), M("maggio", 5), M("giugno", 6),
    M("luglio", 7), M("settembre", 9), M("ottobre", 10), M("dicembre", 12),
    M("gen", 1), M("mag", 5), M("giu", 6), M("lug", 7), M("set", 9), M("ott", 10),
    /* Portuguese */
    M("janeiro", 1), M("fevereiro", 2), M("março", 3), M("marco", 3), M("maio", 5),
    M("junho", 6), M("julho", 7), M("setembro", 9), M("outubro", 10), M("novembro", 11),
    M("dezembro", 12), M("fev", 2), M("out", 10),
    /* Dutch */
    M("januari", 1), M("februari", 2), M("maart", 3), M("mei", 5), M("augustus", 8),
    M("mrt", 3),
    /* Russian: nominative, genitive, abbreviations */
    M("январь", 1), M("февраль", 2), M("март", 3), M("апрель", 4), M("май", 5),
    M("июнь", 6), M("июль", 7), M("август", 8), M("сентябрь", 9), M("октябрь", 10),
    M("ноябрь", 11), M("декабрь", 12),
    M("января", 1), M("февраля", 2), M("марта", 3), M("апреля", 4), M("мая", 5),
    M("июня", 6), M("июля", 7), M("августа", 8), M("сентября", 9), M("октября", 10),
    M("ноября", 11), M("декабря", 12),
    M("янв", 1), M("фев", 2), M("мар", 3), M("апр", 4), M("июн", 6), M("июл", 7),
    M("авг", 8), M("сен", 9), M("сент", 9), M("окт", 10), M("ноя", 11), M("нояб", 11),
    M("дек", 12),
    /* Polish: nominative, genitive, abbreviations */
    M("styczeń", 1), M("luty", 2), M("marzec", 3), M("kwiecień", 4), M("maj", 5),
    M("czerwiec", 6), M("lipiec", 7), M("sierpień", 8), M("wrzesień", 9),
    M("październik", 10), M("listopad", 11), M("grudzień", 12),
    M("stycznia", 1), M("lutego", 2), M("marca", 3), M("kwietnia", 4), M("maja", 5),
    M("czerwca", 6), M("lipca", 7), M("sierpnia", 8), M("września", 9),
    M("października", 10), M("listopada", 11), M("grudnia", 12),
    M("sty", 1), M("lut", 2), M("kwi", 4), M("cze", 6), M("lip", 7), M("sie", 8),
    M("wrz", 9), M("paź", 10), M("lis", 11), M("gru", 12),
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

int date_month_lookup(slice word)
{
    char low[48];
    if (word.len < 3 || word.len > 24) /* "mai" .. "października" */
        return 0;
    size_t n = lower_word(word, low, sizeof low);
    if (!n)
        return 0;
    for (size_t i = 0; i < sizeof months / sizeof *months; i++)
        if (months[i].len == n && months[i].name[0] == low[0] && memcmp(months[i].name, low, n) == 0)
            return months[i].month;
    return 0;
}
