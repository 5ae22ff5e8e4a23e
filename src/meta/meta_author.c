/* meta_author.c - author names from bylines and author fields: "By", role
 * titles, credentials, dates, e-mail addresses and profile URLs removed;
 * several authors split on "and", commas and semicolons; "Last, First"
 * from structured fields put back in order. */
#include "meta_internal.h"

#include "../core/ascii.h"
#include "../core/buf.h"

enum {
    NAME_MAX_BYTES = 80,
    NAME_MAX_WORDS = 6,
    PROSE_WORDS = 7, /* a comma piece this long is a sentence, not a name */
};

/* Words that introduce a byline ("By", "Von", "Par"...). */
static const char *const lead_words[] = {
    "by", "written by", "posted by", "post by", "words by", "story by", "text by", "author",
    "authors", "post author", "article by", "recipe by", "reviewed by", "medically reviewed by",
    "fact checked by", "started by", "asked by", "autor", "autorin", "von", "par", "por", "di",
    "door", "av", "text", "texte", "reported by", "published by", "publié par", "publie par",
    "écrit par", "eingestellt von", "veröffentlicht von", "publiziert von", "geschrieben von",
    "verfasst von", "escrito por", "publicado por", "scritto da", "pubblicato da",
    "geplaatst door", "opublikował", "written", "about the author", "about the authors",
    "artikel von", "beitrag von", "ein beitrag von", "rezept von", "erstellt von", "interview",
    "auteur", "autore", "autrice", "redacción", "reportage",
    "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", /* автор */
    NULL,
};

/* Job titles and desks that follow a name in bylines, and words that
 * never occur in a person's name. */
static const char *const role_words[] = {
    "staff writer", "writer", "reporter", "correspondent", "editor", "contributor", "columnist",
    "photographer", "journalist", "senior", "producer", "redakteur", "redakteurin", "redaktion",
    "contributing", "freelance", "analyst", "updated", "published", "posted", "opinion",
    "professor", "director", "ceo", "founder", "manager", "intern", "fellow", "head of",
    "chefredakteur", "chefredakteurin", "author", "authors", "autor",
    "reviewer", "consultant", "bio", "attorney", "specialist", "coordinator", "strategist",
    "minute read", "min read", "comments", "share", "reply", "subscribe", "login", "sign in",
    NULL,
};

/* Name particles written in lower case ("Marna van der Merwe"). */
static const char *const particles[] = {
    "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das", "von", "zu",
    "la", "le", "bin", "bint", "al", "el", "ibn", "ter", "ten", "y", "e", "st.", NULL,
};

/* Words a name never ends with, in lower case: "Insights from",
 * "FlowGuard EMEA on". */
static const char *const dangling_words[] = {
    "from", "by", "of", "on", "in", "at", "the", "and", "for", "to", "with", "is", "was", NULL,
};
/* Lower-case words inside names of teams and organisations ("Ask the
 * Doctors", "Jane Doe with John Roe"). */
static const char *const connectors[] = { "the", "of", "for", "with", "and", "at", "to",
                                          "team", "staff", "editors", "writers", "desk", NULL };

/* Credentials after a name: "Jane Doe, MD, PhD". */
static const char *const credentials[] = {
    "phd", "ph.d", "ph.d.", "md", "m.d.", "m.d", "msc", "mba", "mph", "drph", "jr", "jr.", "sr",
    "sr.", "rn", "bsn", "msn", "rd", "ld", "cpa", "esq", "esq.", "dvm", "do", "pharmd", "ii",
    "iii", "iv", NULL,
};

/* Days and months, alone a date fragment rather than a name. */
static const char *const calendar_words[] = {
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "today",
    "yesterday", "view", "read", "more", "home", "menu", NULL,
};

/* Name separators, tried on the text with spaces around them. */
static const char *const joiners[] = {
    " and ", " & ", " und ", " et ", " y ", " e ", " i ", " og ", " en ", " \xD0\xB8 ", NULL,
};

/* Text after which no name follows: "Jane Doe | Reuters", "Jane Doe on
 * Friday", "John Crenshaw in seo". */
static const char *const cuts[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xE2\x80\xA2 ", " \xC2\xB7 ",
    " \xC2\xBB", " \xC2\xAB", "\n", NULL,
};

/* `s` equals the first s.len bytes of the lower-case `w`. */
static bool equal_nocase(slice s, const char *w)
{
    for (size_t j = 0; j < s.len; j++)
        if (!w[j] || ascii_lower((unsigned char)s.ptr[j]) != (unsigned char)w[j])
            return false;
    return true;
}

static const char *const byline_cuts[] = { " on ", " in ", NULL };

/* "Jane Doe Updated ...", "Jane Doe, published ...": the label ends it. */
static const char *const labels[] = {
    "last updated", "edited by", "updated", "published", "posted", "last modified",
    "aktualisiert", "veröffentlicht", "more about", "view all", "all posts", "read more",
    "follow ", "see all", "sponsored", "reviewed by", "fact checked", "stand:", "stand ",
    "illustration", "fotos", "foto:", "photo:", "photos:", "bild:",
    NULL,
};

static bool in_list(slice s, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (slice_eq_nocase(s, list[k]))
            return true;
    return false;
}

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

/* Length of a punctuation mark at the start of `s`, 0 when none: ASCII
 * separators and the UTF-8 dashes, bullets, guillemets and quotes. */
static size_t punct_at(slice s, size_t i)
{
    unsigned c = (unsigned char)s.ptr[i];
    if (c && strchr(".,:;|-/[]*\"'~", (int)c))
        return 1;
    if (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xA9) /* © */
        return 2;
    if (c == 0xC2 && i + 1 < s.len) {
        unsigned d = (unsigned char)s.ptr[i + 1];
        if (d == 0xB7 || d == 0xBB || d == 0xAB) /* · » « */
            return 2;
    }
    if (c == 0xE2 && i + 2 < s.len && (unsigned char)s.ptr[i + 1] == 0x80) {
        unsigned d = (unsigned char)s.ptr[i + 2];
        if (d == 0x93 || d == 0x94 || d == 0xA2 || d == 0x9C || d == 0x9D || d == 0x98 ||
            d == 0x99 || d == 0xA6) /* – — • “ ” ‘ ’ … */
            return 3;
    }
    return 0;
}

/* Length of a punctuation mark ending `s`, 0 when none. */
static size_t punct_before(slice s)
{
    if (!s.len)
        return 0;
    size_t from = s.len >= 3 ? s.len - 3 : 0;
    for (size_t i = from; i < s.len; i++) {
        size_t n = punct_at(s, i);
        if (n && i + n == s.len)
            return n;
    }
    return 0;
}

static size_t count_char(slice s, char c)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += s.ptr[i] == c;
    return n;
}

/* `s` ends with a short capitalised word and a dot ("Jr.", "D."). */
static bool abbreviation_end(slice s)
{
    size_t i = s.len - 1; /* the dot */
    size_t start = i;
    while (start > 0 && ascii_is_alpha((unsigned char)s.ptr[start - 1]))
        start--;
    size_t n = i - start;
    static const char *const abbreviations[] = { "inc", "ltd", "corp", "llc", "bros", NULL };
    if (n >= 3 && start > 0 && s.ptr[start - 1] == ' ' && in_list(slice_make(s.ptr + start, n), abbreviations))
        return true; /* "Cerebral Inc." */
    return n >= 1 && n <= 2 && ascii_is_upper((unsigned char)s.ptr[start]) &&
           (start == 0 || s.ptr[start - 1] == ' ' || s.ptr[start - 1] == '.');
}

static slice trim_punct(slice s)
{
    for (;;) {
        s = slice_trim(s);
        size_t n;
        if (s.len && (n = punct_at(s, 0))) {
            s = slice_make(s.ptr + n, s.len - n);
            continue;
        }
        if ((n = punct_before(s))) {
            /* "Perry Bacon Jr.", "John D." keep the dot of an abbreviation. */
            if (n == 1 && s.ptr[s.len - 1] == '.' && abbreviation_end(s))
                return s;
            s.len -= n;
            continue;
        }
        /* An unbalanced parenthesis is cut-off text: "(CNXSoft" keeps its
         * partner only when both are there. */
        if (s.len && s.ptr[0] == '(' && !count_char(s, ')')) {
            s = slice_make(s.ptr + 1, s.len - 1);
            continue;
        }
        if (s.len && s.ptr[s.len - 1] == ')' && count_char(s, '(') < count_char(s, ')')) {
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

/* The words of `s` (split on spaces), at most `max`. */
static size_t split_words(slice s, slice *w, size_t max)
{
    size_t n = 0, i = 0;
    while (i < s.len) {
        while (i < s.len && ascii_is_space((unsigned char)s.ptr[i]))
            i++;
        size_t start = i;
        while (i < s.len && !ascii_is_space((unsigned char)s.ptr[i]))
            i++;
        if (i > start) {
            if (n == max)
                return max + 1;
            w[n++] = slice_make(s.ptr + start, i - start);
        }
    }
    return n;
}

/* A credential token: "MD", "Ph.D.", "FACLM" (short, upper case). */
static bool credential_word(slice w)
{
    if (in_list(w, credentials))
        return true;
    size_t letters = 0;
    for (size_t i = 0; i < w.len; i++) {
        unsigned c = (unsigned char)w.ptr[i];
        if (ascii_is_upper(c))
            letters++;
        else if (c != '.')
            return false;
    }
    return letters >= 2 && letters <= 6;
}

/* "CM Craig McCarthy": avatar initials printed before the name. */
static slice drop_initials(slice s)
{
    slice w[NAME_MAX_WORDS + 1];
    size_t n = split_words(s, w, NAME_MAX_WORDS);
    if (n < 3 || n > NAME_MAX_WORDS || w[0].len < 2 || w[0].len > 3 || w[0].len > n - 1)
        return s;
    for (size_t i = 0; i < w[0].len; i++)
        if (!ascii_is_upper((unsigned char)w[0].ptr[i]) || w[1 + i].ptr[0] != w[0].ptr[i])
            return s;
    const char *start = w[1].ptr;
    return slice_make(start, (size_t)(s.ptr + s.len - start));
}

/* "Jane Doe Jane Doe": a name printed twice in one element. */
static slice drop_repeat(slice s)
{
    slice w[NAME_MAX_WORDS * 2 + 1];
    size_t n = split_words(s, w, NAME_MAX_WORDS * 2);
    if (n < 2 || n > NAME_MAX_WORDS * 2)
        return s;
    for (size_t k = n / 2; k >= 1; k--) {
        bool same = true;
        for (size_t i = 0; i < k && same; i++)
            same = w[i].len == w[k + i].len && memcmp(w[i].ptr, w[k + i].ptr, w[i].len) == 0;
        if (same)
            return slice_make(s.ptr, (size_t)(w[k - 1].ptr + w[k - 1].len - s.ptr));
    }
    return s;
}

/* A word of letters with digits in it (a user name: "lulug30"). */
static bool user_name_word(slice w)
{
    size_t letters = 0;
    for (size_t i = 0; i < w.len; i++) {
        unsigned c = (unsigned char)w.ptr[i];
        if (ascii_is_alpha(c) || c >= 0x80)
            letters++;
        else if (!ascii_is_digit(c) && c != '_' && c != '.' && c != '-')
            return false;
    }
    return letters >= 1 && w.len >= 3 && !ascii_is_digit((unsigned char)w.ptr[0]);
}

bool meta_author_plausible(slice s, bool structured)
{
    if (s.len < 2 || s.len > NAME_MAX_BYTES)
        return false;
    slice w[NAME_MAX_WORDS + 1];
    size_t words = split_words(s, w, NAME_MAX_WORDS);
    if (!words || words > NAME_MAX_WORDS)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        if (c == '@' || c == '<' || c == '>' || c == '{' || c == '}' || c == '=' || c == '#' ||
            c == '?' || c == '!' || c == ':')
            return false;
        if (ascii_is_digit(c) && !(words == 1 && user_name_word(s)))
            return false;
    }
    if (slice_find_nocase(s, "://") >= 0 || slice_starts_with_nocase(s, "www."))
        return false;
    for (size_t k = 0; role_words[k]; k++)
        if (has_word(s, role_words[k]))
            return false;
    if ((ascii_is_lower((unsigned char)w[words - 1].ptr[0]) && in_list(w[words - 1], dangling_words)) ||
        (words == 1 && in_list(s, calendar_words)))
        return false;
    /* Structured data names people as they are ("kirstin boatto"); on the
     * page a name is capitalised, except one-word user names and the
     * particles ("van der"): "is a freelance writer" is prose. */
    if (structured || words == 1)
        return true;
    for (size_t i = 0; i < words; i++) {
        unsigned c = (unsigned char)w[i].ptr[0];
        if (ascii_is_lower(c) && !in_list(w[i], particles) && !in_list(w[i], connectors))
            return false;
    }
    return true;
}

static bool is_lead_word(slice s)
{
    return in_list(s, lead_words);
}

static bool all_credentials(slice s)
{
    slice w[NAME_MAX_WORDS + 1];
    size_t n = split_words(s, w, NAME_MAX_WORDS);
    if (!n || n > NAME_MAX_WORDS)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!credential_word(trim_punct(w[i])) && !credential_word(w[i]))
            return false;
    return true;
}

bool meta_author_is_credential(slice s)
{
    return all_credentials(trim_punct(s));
}

/* Cleans one comma/joiner piece; an empty slice when it is no name.
 * `after_name`: a name came before it in the same string, so a lone
 * credential ("MD") is dropped rather than taken for a user name. */
/* The newsroom signing as itself ("Redaktion", "Staff"): a name only when
 * it stands alone, never after a person's name. */
static const char *const desks[] = { "redaktion", "staff", "newsroom", "redazione", "rédaction",
                                     "redacción", "redactie", NULL };

static slice clean_piece(slice piece, bool structured, bool after_name)
{
    piece = trim_punct(strip_lead(piece));
    if (after_name && all_credentials(piece))
        return slice_make(NULL, 0);
    if (in_list(piece, desks))
        return after_name ? slice_make(NULL, 0) : piece;
    piece = trim_punct(drop_repeat(drop_initials(piece)));
    if (!meta_author_plausible(piece, structured) || is_lead_word(piece))
        return slice_make(NULL, 0);
    return piece;
}

/* The position of the next name separator at or after `i`, and its
 * length in *skip; s.len when none. */
static size_t next_separator(slice s, size_t i, size_t *skip)
{
    for (; i < s.len; i++) {
        if (s.ptr[i] == ',' || s.ptr[i] == ';') {
            *skip = 1;
            return i;
        }
        for (size_t k = 0; joiners[k]; k++) {
            size_t n = strlen(joiners[k]);
            if (i + n <= s.len && slice_starts_with_nocase(slice_make(s.ptr + i, s.len - i), joiners[k])) {
                *skip = n;
                return i;
            }
        }
    }
    *skip = 0;
    return s.len;
}

/* "Doe, Jane" from a field that holds one person: one comma, a single
 * surname before it and one or two given names after. */
static bool swap_last_first(arena *a, slice s, slice *out)
{
    long comma = -1;
    for (size_t i = 0; i < s.len; i++)
        if (s.ptr[i] == ',') {
            if (comma >= 0)
                return false;
            comma = (long)i;
        } else if (s.ptr[i] == ';' || s.ptr[i] == '&') {
            return false;
        }
    if (comma <= 0)
        return false;
    slice last = trim_punct(slice_make(s.ptr, (size_t)comma));
    slice first = trim_punct(slice_make(s.ptr + comma + 1, s.len - (size_t)comma - 1));
    slice w[4];
    if (split_words(last, w, 3) != 1 || split_words(first, w, 3) - 1 > 1 || all_credentials(first) ||
        !meta_author_plausible(last, false) || !meta_author_plausible(first, false))
        return false;
    buf b = BUF_INIT;
    buf_append_slice(&b, first);
    buf_putc(&b, ' ');
    buf_append_slice(&b, last);
    *out = b.failed ? slice_make(NULL, 0) : arena_slice_dup(a, slice_make(b.data, b.len));
    buf_dispose(&b);
    return out->ptr != NULL;
}

/* Text ending with a second role: "Reviewed", "Edited", "Photos". */
static bool after_role(slice before)
{
    static const char *const roles[] = { "reviewed", "edited", "checked", "photos", "photo",
                                         "illustrated", "illustration", "translated", NULL };
    for (size_t k = 0; roles[k]; k++) {
        size_t n = strlen(roles[k]);
        if (before.len >= n && slice_eq_nocase(slice_make(before.ptr + before.len - n, n), roles[k]))
            return true;
    }
    return false;
}

static size_t add_authors(meta_items *l, arena *a, slice byline, bool structured, bool one_person)
{
    slice s = meta_clean_text(a, byline);
    if (!s.len || slice_find_nocase(s, "://") >= 0)
        return 0;
    /* On the page the names follow a " by " inside the line: "Guide by
     * Jane Doe", "Posted on May 5 by Jane Doe". */
    slice led = strip_lead(s);
    if (!structured && led.len == trim_punct(s).len) {
        long p = slice_find_nocase(s, " by ");
        if (p > 0 && !after_role(slice_make(s.ptr, (size_t)p)))
            s = slice_make(s.ptr + p + 4, s.len - (size_t)p - 4);
        /* Other languages' "by" is also a name particle ("Max von
         * Trapp"): split only after a date or time ("06.11.2023 13:30 von
         * Olga"). */
        static const char *const by_words[] = { " von ", " par ", " por ", " door ", " di ", NULL };
        for (size_t k = 0; p <= 0 && by_words[k]; k++) {
            long q = slice_find_nocase(s, by_words[k]);
            if (q <= 0)
                continue;
            bool digits = false;
            for (long i = 0; i < q && !digits; i++)
                digits = ascii_is_digit((unsigned char)s.ptr[i]);
            size_t m = strlen(by_words[k]);
            if (digits)
                s = slice_make(s.ptr + q + (long)m, s.len - (size_t)q - m);
        }
    }
    /* A date ends the names: "By Jane Doe, January 11, 2022". */
    size_t at;
    date_value d;
    if (date_find(s, DATE_ORDER_DAY_FIRST, &d, &at, NULL))
        s.len = at;
    s = strip_lead(s);
    for (size_t k = 0; labels[k]; k++) {
        size_t n = strlen(labels[k]);
        bool spaced = labels[k][n - 1] == ' ';
        for (size_t i = 1; i < s.len; i++) {
            if (!ascii_is_space((unsigned char)s.ptr[i - 1]))
                continue;
            slice rest = slice_make(s.ptr + i, s.len - i);
            /* "stand " also ends the text as "Stand". */
            if (slice_starts_with_nocase(rest, labels[k]) ||
                (spaced && rest.len == n - 1 && equal_nocase(rest, labels[k]))) {
                s.len = i;
                break;
            }
        }
    }
    for (size_t k = 0; cuts[k]; k++) {
        long p = slice_find_nocase(s, cuts[k]);
        if (p > 0)
            s.len = (size_t)p;
    }
    /* On the page, "Jane Doe on Friday", "user in Forum name". */
    for (size_t k = 0; !structured && byline_cuts[k]; k++) {
        long p = slice_find_nocase(s, byline_cuts[k]);
        if (p > 0 && ascii_is_lower((unsigned char)s.ptr[p + 1]))
            s.len = (size_t)p;
    }
    s = trim_punct(s);
    slice swapped;
    if (one_person && swap_last_first(a, s, &swapped)) {
        meta_items_add(l, arena_slice_dup(a, swapped));
        return 1;
    }
    /* A piece that reads as a sentence makes the whole text prose (a
     * biography), not a list of names. */
    for (size_t i = 0, skip; i <= s.len; i += skip ? skip : 1) {
        size_t j = next_separator(s, i, &skip);
        slice w[PROSE_WORDS + 1];
        if (split_words(slice_make(s.ptr + i, j - i), w, PROSE_WORDS) > PROSE_WORDS)
            return 0;
        i = j;
    }
    size_t added = 0;
    for (size_t i = 0, skip; i <= s.len; i += skip ? skip : 1) {
        size_t j = next_separator(s, i, &skip);
        slice piece = clean_piece(slice_make(s.ptr + i, j - i), structured, added > 0);
        if (piece.len) {
            size_t before = l->count;
            meta_items_add(l, arena_slice_dup(a, piece));
            added += l->count > before;
        }
        i = j;
    }
    return added;
}

size_t meta_authors_add_byline(meta_items *l, arena *a, slice byline)
{
    return add_authors(l, a, byline, false, false);
}

size_t meta_authors_add_names(meta_items *l, arena *a, slice names)
{
    /* "Doe, Jane" is one person in "Last, First" order (swap_last_first
     * accepts only a one-word surname and one or two given names). */
    return add_authors(l, a, names, true, true);
}

size_t meta_authors_add_person(meta_items *l, arena *a, slice name)
{
    return add_authors(l, a, name, true, true);
}
