/* meta_author.c - author names from bylines and author fields: "By", role
 * titles, credentials, dates, e-mail addresses and profile URLs removed;
 * several authors split on "and", commas and semicolons; "Last, First"
 * from structured fields put back in order. */
#include "meta_author.h"

#include "../core/ascii.h"
#include "../core/buf.h"

enum {
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
    "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91", "\xE7\xBC\x96\xE8\xBE\x91", "\xE4\xBD\x9C\xE8\x80\x85", "\xE8\xAE\xB0\xE8\x80\x85", /* 责任编辑 编辑 作者 记者 */
    NULL,
};

/* Name separators, tried on the text with spaces around them. */
static const char *const joiners[] = {
    " and ", " & ", " und ", " et ", " y ", " e ", " i ", " og ", " en ", " \xD0\xB8 ",
    " (with ", " (avec ", " (mit ", " (con ", " im gespr\xC3\xA4" "ch mit ", " in conversation with ",
    NULL,
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

/* Removes a leading "By"/"Von"/"Author:" (repeatedly, "Written by"). */
static slice strip_lead(slice s)
{
    for (bool again = true; again;) {
        again = false;
        s = meta_author_trim_punct(s);
        /* Every lead word starts with a lower-case byte: compare the
         * first before measuring the word (called for every piece). */
        unsigned first = s.len ? ascii_lower((unsigned char)s.ptr[0]) : 0;
        for (size_t k = 0; first && lead_words[k]; k++) {
            if ((unsigned char)lead_words[k][0] != first)
                continue;
            size_t n = strlen(lead_words[k]);
            /* Chinese words need no space after them. */
            if (s.len > n && slice_starts_with_nocase(s, lead_words[k]) &&
                (ascii_is_space((unsigned char)s.ptr[n]) || s.ptr[n] == ':' ||
                 (unsigned char)lead_words[k][n - 1] >= 0x80)) {
                s = slice_make(s.ptr + n, s.len - n);
                again = true;
                break;
            }
        }
    }
    return s;
}

static bool is_lead_word(slice s)
{
    return meta_author_in_list(s, lead_words);
}

/* Cleans one comma/joiner piece; an empty slice when it is no name.
 * `after_name`: a name came before it in the same string, so a lone
 * credential ("MD") is dropped rather than taken for a user name. */
/* The newsroom signing as itself ("Redaktion", "Staff"): a name only when
 * it stands alone, never after a person's name. */
static const char *const desks[] = { "redaktion", "staff", "newsroom", "redazione", "rédaction",
                                     "redacción", "redactie", NULL };

/* "Jane Doe @janedoe": the handle after a name goes. */
static slice drop_handle(slice s)
{
    for (size_t i = s.len; i > 1; i--)
        if (s.ptr[i - 1] == '@' && ascii_is_space((unsigned char)s.ptr[i - 2]))
            return meta_author_trim_punct(slice_make(s.ptr, i - 1));
    return s;
}

static slice clean_piece(slice piece, bool structured, bool after_name, bool *role)
{
    piece = drop_handle(meta_author_trim_punct(strip_lead(piece)));
    slice named = meta_author_before_role(piece);
    *role = named.len < piece.len;
    piece = named;
    if (after_name && meta_author_all_credentials(piece))
        return slice_make(NULL, 0);
    if (meta_author_in_list(piece, desks))
        return after_name ? slice_make(NULL, 0) : piece;
    /* "Martin Untersinger (avec Damien Leloup": the parenthesis opened
     * a remark that the separators cut. */
    long open = slice_find_nocase(piece, "(");
    if (open > 0 && slice_find_nocase(piece, ")") < 0)
        piece.len = (size_t)open;
    piece = meta_author_trim_punct(meta_author_drop_repeat(meta_author_drop_initials(piece)));
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
        if (s.ptr[i] != ' ')
            continue; /* every joiner begins with a space */
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
    slice last = meta_author_trim_punct(slice_make(s.ptr, (size_t)comma));
    slice first = meta_author_trim_punct(slice_make(s.ptr + comma + 1, s.len - (size_t)comma - 1));
    slice w[4];
    if (meta_author_split_words(last, w, 3) != 1 || meta_author_split_words(first, w, 3) - 1 > 1 || meta_author_all_credentials(first) ||
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
    if (!structured && led.len == meta_author_trim_punct(s).len) {
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
    if (date_find(s, DATE_ORDER_DAY_FIRST, &d, &at, NULL)) {
        s.len = at;
        /* "Datum: 19.11.2021": the label of the date, no name ("Jane
         * Doe Stand: 12.05.2022" keeps the name before the label). */
        slice before = slice_trim(s), w[2];
        if (before.len && before.ptr[before.len - 1] == ':' && meta_author_split_words(before, w, 1) == 1)
            return 0;
    }
    s = strip_lead(s);
    for (size_t k = 0; labels[k]; k++) {
        size_t n = strlen(labels[k]);
        bool spaced = labels[k][n - 1] == ' ';
        /* At the start too: "Last Updated: ..." holds no name. */
        for (size_t i = 0; i < s.len; i++) {
            if (i && !ascii_is_space((unsigned char)s.ptr[i - 1]))
                continue;
            /* Every label starts with a lower-case ASCII letter. */
            if (ascii_lower((unsigned char)s.ptr[i]) != (unsigned char)labels[k][0])
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
    s = meta_author_trim_punct(s);
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
        if (meta_author_split_words(slice_make(s.ptr + i, j - i), w, PROSE_WORDS) > PROSE_WORDS)
            return 0;
        i = j;
    }
    size_t added = 0;
    bool full = false; /* a name of two words or more was added */
    for (size_t i = 0, skip; i <= s.len; i += skip ? skip : 1) {
        size_t j = next_separator(s, i, &skip);
        bool role;
        slice piece = clean_piece(slice_make(s.ptr + i, j - i), structured, added > 0, &role);
        slice w[2];
        size_t words = meta_author_split_words(piece, w, 1);
        /* On the page, one word after a full name is a place, a desk or a
         * job ("Jane Doe, Berlin", "Jane Doe, Content & Marketing"). */
        if (!structured && full && words == 1)
            piece.len = 0;
        full |= words > 1;
        /* A field that opens with no name, or with a company followed by
         * more, names an organisation and its address ("Example.de GmbH,
         * Munich, Germany"): nobody. */
        if (structured && i == 0 && (!piece.len || (j < s.len && meta_author_legal_form(piece))))
            return 0;
        if (piece.len) {
            size_t before = l->count;
            meta_items_add(l, arena_slice_dup(a, piece));
            added += l->count > before;
            /* "Jane Doe Writer, Hardware": what follows the job title
             * describes it. */
            if (role)
                break;
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

/* After the date of a dated byline: a time ("13:30", "13:10 Uhr", "6 pm")
 * and separators, then the name.  Returns where the name starts, s.len
 * when none follows; *by_word: the separator was a word ("von", "by"). */
static size_t after_date(slice s, size_t i, bool *by_word)
{
    static const char *const times[] = { "uhr", "h", "am", "pm", "a.m.", "p.m.", "cet", "cest",
                                         "mez", "utc", "gmt", NULL };
    static const char *const bys[] = { "von", "by", "par", "por", "door", "di", NULL };
    bool separated = false;
    *by_word = false;
    while (i < s.len) {
        size_t n = 0;
        unsigned c = (unsigned char)s.ptr[i];
        if (ascii_is_space(c) || c == ',') {
            i++;
            continue;
        }
        if (c == '|' || c == '-' || c == '/' || c == 0xC2 || c == 0xE2) {
            n = c == 0xC2 ? 2 : c == 0xE2 ? 3 : 1; /* · or –, —, • */
            i += n;
            separated = true;
            continue;
        }
        while (i + n < s.len && !ascii_is_space((unsigned char)s.ptr[i + n]))
            n++;
        slice w = slice_make(s.ptr + i, n);
        bool digits = ascii_is_digit(c);
        if (digits || meta_author_in_list(w, times)) {
            i += n; /* "13:30", "Uhr" */
            continue;
        }
        if (meta_author_in_list(w, bys)) {
            *by_word = separated = true;
            i += n;
            continue;
        }
        break;
    }
    return separated ? i : s.len;
}

size_t meta_authors_add_dated(meta_items *l, arena *a, slice line, date_order order)
{
    size_t at, end;
    date_value d;
    if (!line.len || !ascii_is_digit((unsigned char)line.ptr[0]) ||
        !date_find(line, order, &d, &at, &end) || at > 0)
        return 0;
    bool by_word;
    size_t start = after_date(line, end, &by_word);
    if (start >= line.len)
        return 0;
    slice rest = slice_make(line.ptr + start, line.len - start);
    /* After a dash alone, a first name of one word is a place or a
     * section ("| Berlin", "| Recht & Gesetz", "| Naturschutz, BUND"). */
    size_t skip;
    slice w[3];
    slice first = slice_make(rest.ptr, next_separator(rest, 0, &skip));
    if (!by_word && meta_author_split_words(first, w, 2) < 2)
        return 0;
    return add_authors(l, a, rest, false, false);
}
