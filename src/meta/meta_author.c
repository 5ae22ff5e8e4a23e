/* meta_author.c - author names from bylines and author fields: "By", role
 * titles, dates, e-mail addresses and profile URLs removed; several
 * authors split on "and", commas and semicolons. */
#include "meta_internal.h"

#include "../core/ascii.h"
#include "../core/buf.h"

/* Words that introduce a byline ("By", "Von", "Par"...). */
static const char *const lead_words[] = {
    "by", "written by", "posted by", "words by", "story by", "text by", "author", "authors",
    "post author", "autor", "autorin", "von", "par", "por", "di", "door", "av", "text", "texte",
    "reported by", "published by", "publié par", "publie par", "écrit par", "eingestellt von",
    "veröffentlicht von", "publiziert von", "geschrieben von", "verfasst von", "escrito por",
    "publicado por", "scritto da", "pubblicato da", "geplaatst door", "opublikował", "written",
    "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", /* автор */
    NULL,
};

/* Job titles and desks that follow a name in bylines. */
static const char *const role_words[] = {
    "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist",
    "photographer", "journalist", "senior", "producer", "redakteur", "redakteurin", "redaktion",
    "contributing", "freelance", "analyst", "updated", "published", "posted", "opinion",
    "professor", "director", "ceo", "founder", "manager", "intern", "fellow", "head of",
    "chefredakteur", "chefredakteurin", "redakteurin", "editorial", "newsroom",
    NULL,
};

/* Name separators, tried on the text with spaces around them. */
static const char *const joiners[] = {
    " and ", " & ", " und ", " et ", " y ", " e ", " i ", " og ", " en ", " \xD0\xB8 ", NULL,
};

static bool has_word(slice s, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i + n <= s.len; i++) {
        if (i && ascii_is_alpha((unsigned char)s.ptr[i - 1]))
            continue;
        if (!slice_starts_with_nocase(slice_make(s.ptr + i, s.len - i), w))
            continue;
        if (i + n == s.len || !ascii_is_alpha((unsigned char)s.ptr[i + n]))
            return true;
    }
    return false;
}

static slice trim_punct(slice s)
{
    for (;;) {
        s = slice_trim(s);
        if (s.len && strchr(".,:;|-/()[]*\xE2", s.ptr[0]) && s.ptr[0] != '\0') {
            /* U+2013/U+2014/U+2022 start with E2 80: drop all three bytes */
            size_t k = (unsigned char)s.ptr[0] == 0xE2 && s.len >= 3 ? 3 : 1;
            s = slice_make(s.ptr + k, s.len - k);
            continue;
        }
        if (s.len && strchr(".,:;|-/()[]*", s.ptr[s.len - 1]) && s.ptr[s.len - 1] != '\0') {
            s.len--;
            continue;
        }
        return s;
    }
}

/* Removes a leading "By"/"Von"/"Author:" (repeatedly, "Written by"). */
static slice strip_lead(slice s)
{
    for (bool again = true; again;) {
        again = false;
        s = trim_punct(s);
        for (size_t k = 0; lead_words[k]; k++) {
            size_t n = strlen(lead_words[k]);
            if (s.len > n && slice_starts_with_nocase(s, lead_words[k]) &&
                (ascii_is_space((unsigned char)s.ptr[n]) || s.ptr[n] == ':')) {
                s = slice_make(s.ptr + n, s.len - n);
                again = true;
                break;
            }
        }
    }
    return s;
}

static bool plausible_name(slice s, bool structured)
{
    if (s.len < 2 || s.len > 80)
        return false;
    size_t words = 0, upper = 0;
    bool in = false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        if (ascii_is_digit(c) || c == '@' || c == '<' || c == '>' || c == '{' || c == '=')
            return false;
        bool sp = ascii_is_space(c);
        if (!sp && !in) {
            words++;
            if (!ascii_is_lower(c))
                upper++;
        }
        in = !sp;
    }
    if (words > 6)
        return false;
    if (slice_find_nocase(s, "://") >= 0 || slice_starts_with_nocase(s, "www."))
        return false;
    for (size_t k = 0; role_words[k]; k++)
        if (has_word(s, role_words[k]))
            return false;
    /* "staff reports", "admin" in lower case: a handle, not a name,
     * unless it is a single word. */
    /* Structured data names people as they are ("kirstin boatto"). */
    return structured || upper > 0 || words == 1;
}

static bool is_lead_word(slice s)
{
    for (size_t k = 0; lead_words[k]; k++)
        if (slice_eq_nocase(s, lead_words[k]))
            return true;
    return false;
}

static void add_piece(meta_items *l, arena *a, slice piece, bool structured)
{
    piece = trim_punct(strip_lead(piece));
    if (!plausible_name(piece, structured) || is_lead_word(piece))
        return;
    meta_items_add(l, arena_slice_dup(a, piece));
}

static void add_authors(meta_items *l, arena *a, slice byline, bool structured)
{
    slice s = meta_clean_text(a, byline);
    if (!s.len || slice_find_nocase(s, "://") >= 0)
        return;
    /* A date ends the names: "By Jane Doe, January 11, 2022". */
    size_t at;
    date_value d;
    if (date_find(s, DATE_ORDER_DAY_FIRST, &d, &at, NULL))
        s.len = at;
    /* "By Jane Doe | Reuters", "Jane Doe - Staff": the first part. */
    static const char *const cuts[] = { " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                        " \xE2\x80\xA2 ", " \xC2\xB7 ", "\n", NULL };
    s = strip_lead(s);
    /* "Jane Doe Updated ...", "Jane Doe, published ...": the label ends it. */
    static const char *const labels[] = { "last updated", "edited by", "updated", "published", "posted", "last modified",
                                          "aktualisiert", "veröffentlicht", "more about",
                                          "view all", "all posts", "read more", "follow ",
                                          "see all", NULL };
    for (size_t k = 0; labels[k]; k++)
        for (size_t i = 1; i < s.len; i++)
            if (ascii_is_space((unsigned char)s.ptr[i - 1]) &&
                slice_starts_with_nocase(slice_make(s.ptr + i, s.len - i), labels[k])) {
                s.len = i;
                break;
            }
    for (size_t k = 0; cuts[k]; k++) {
        long p = slice_find_nocase(s, cuts[k]);
        if (p > 0)
            s.len = (size_t)p;
    }
    /* Split on joiners, commas and semicolons. */
    size_t start = 0;
    for (size_t i = 0; i <= s.len; i++) {
        size_t skip = 0;
        if (i == s.len) {
            skip = 1;
        } else if (s.ptr[i] == ',' || s.ptr[i] == ';') {
            skip = 1;
        } else {
            for (size_t k = 0; joiners[k]; k++) {
                size_t n = strlen(joiners[k]);
                if (i + n <= s.len && slice_starts_with_nocase(slice_make(s.ptr + i, s.len - i), joiners[k])) {
                    skip = n;
                    break;
                }
            }
        }
        if (!skip)
            continue;
        add_piece(l, a, slice_make(s.ptr + start, i - start), structured);
        i += skip - 1;
        start = i + 1;
    }
}

void meta_authors_add_byline(meta_items *l, arena *a, slice byline)
{
    add_authors(l, a, byline, false);
}

void meta_authors_add_names(meta_items *l, arena *a, slice names)
{
    add_authors(l, a, names, true);
}
