/* meta_author_name.c - one author name judged: credentials ("MD, PhD"),
 * job titles after it, and whether the string reads as a person's or a
 * user's name at all (roles, dates, prose, addresses and user interface
 * words are not).  The tidying before the judgement is in
 * meta_author_tidy.c. */
#include "meta_author.h"

#include "../core/ascii.h"

enum {
    NAME_MAX_BYTES = 80,
};

/* Job titles and desks that follow a name in bylines: "Jane Doe Senior
 * Editor" is cut before them (meta_author_before_role). */
static const char *const job_titles[] = {
    "staff writer", "writer", "reporter", "correspondent", "editor", "contributor", "columnist",
    "photographer", "journalist", "senior", "producer", "redakteur", "redakteurin", "redaktion",
    "contributing", "freelance", "analyst", "professor", "director", "ceo", "founder", "manager",
    "intern", "fellow", "head of", "chefredakteur", "chefredakteurin", "reviewer", "consultant",
    "attorney", "specialist", "coordinator", "strategist", NULL,
};

/* Words that never occur in a person's name: labels, interface and shop
 * words, placeholders. */
static const char *const role_words[] = {
    "updated", "published", "posted", "opinion", "author", "authors", "autor", "bio",
    "minute read", "min read", "comments", "share", "reply", "subscribe", "login", "sign in",
    "skip to", "paid", "sponsored", "advertorial", "anzeige", "werbung", "undefined",
    "publisher", "webmaster", "super user", "visit the", "authorized dealer", "category",
    "collection", "comment", "from", NULL,
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
    "yesterday", "view", "read", "more", "home", "menu",
    /* German, French, Spanish and Italian days and months ("Donnerstag,
     * 4. November" split at its comma). */
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "sonnabend", "heute", "gestern", "januar", "februar", "m\xC3\xA4rz", "juni", "juli",
    "oktober", "dezember", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "janvier", "f\xC3\xA9" "vrier", "mars", "avril", "juin", "juillet",
    "ao\xC3\xBBt", "septembre", "octobre", "novembre", "d\xC3\xA9" "cembre", "lunes",
    "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado", "domingo", "enero",
    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre", "luned\xC3\xAC", "marted\xC3\xAC", "gioved\xC3\xAC",
    "venerd\xC3\xAC", "sabato", "domenica", "gennaio", "febbraio", "aprile", "maggio",
    "giugno", "luglio", "settembre", "ottobre", "dicembre",
    /* Labels of the fields next to a byline. */
    "datum", "date", "fecha", "quelle", "source", "fuente", "source:", NULL,
};

bool meta_author_in_list(slice s, const char *const *list)
{
    /* Most entries differ from `s` in the first letter: that is compared
     * before the whole entry is. */
    unsigned first = s.len ? ascii_lower((unsigned char)s.ptr[0]) : 0;
    for (size_t k = 0; list[k]; k++)
        if ((!s.len || ascii_lower((unsigned char)list[k][0]) == first) && slice_eq_nocase(s, list[k]))
            return true;
    return false;
}

/* Where the first of the words (or phrases) of `list` occurs in `s` on
 * word boundaries, -1 when none does: one pass over the places where a
 * word starts, each tried against the entries with its first letter, in
 * place of a pass per entry. */
static long listed_word_at(slice s, const char *const *list)
{
    for (size_t i = 0; i < s.len; i++) {
        if (i && ascii_is_alpha((unsigned char)s.ptr[i - 1]))
            continue;
        unsigned c = ascii_lower((unsigned char)s.ptr[i]);
        slice rest = slice_make(s.ptr + i, s.len - i);
        for (size_t k = 0; list[k]; k++) {
            if (ascii_lower((unsigned char)list[k][0]) != c || !slice_starts_with_nocase(rest, list[k]))
                continue;
            size_t n = strlen(list[k]);
            if (i + n == s.len || !ascii_is_alpha((unsigned char)s.ptr[i + n]))
                return (long)i;
        }
    }
    return -1;
}

slice meta_author_before_role(slice s)
{
    long first = listed_word_at(s, job_titles);
    if (first <= 0)
        return s;
    /* Two or three words: "Will Judd Former Deputy Tech Editor" has a
     * longer title, "Letters To The Editor" no name. */
    slice name = meta_author_trim_punct(slice_make(s.ptr, (size_t)first)), w[4];
    size_t n = meta_author_split_words(name, w, 3);
    return n >= 2 && n <= 3 && !meta_author_in_list(w[n - 1], dangling_words) ? name : s;
}

/* A credential token: "MD", "Ph.D.", "FACLM" (short, upper case). */
static bool credential_word(slice w)
{
    if (meta_author_in_list(w, credentials))
        return true;
    size_t letters = 0;
    for (size_t i = 0; i < w.len; i++) {
        unsigned c = (unsigned char)w.ptr[i];
        if (ascii_is_upper(c))
            letters++;
        else if (c != '.' && c != '-')
            return false;
    }
    return letters >= 2 && letters <= 6;
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

/* A word with a '.' and then a '/': an address without its scheme
 * ("facebook.com/jane.doe"), not a name. */
static bool url_word(const slice *w, size_t words)
{
    for (size_t i = 0; i < words; i++) {
        const char *dot = memchr(w[i].ptr, '.', w[i].len);
        if (dot && memchr(dot, '/', (size_t)(w[i].ptr + w[i].len - dot)))
            return true;
    }
    return false;
}

/* A letter: ASCII, or a UTF-8 lead byte of the Latin, Greek, Cyrillic...
 * (0xC3-0xDF) or the Asian scripts (0xE3-0xED); not 0xC2 (no-break
 * space, signs) nor 0xE2 (punctuation, arrows, dingbats: "✉"). */
static bool has_letter(slice s)
{
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        if (ascii_is_alpha(c) || (c >= 0xC3 && c <= 0xDF) || (c >= 0xE3 && c <= 0xED) || c == 0xE1)
            return true;
    }
    return false;
}

/* A domain name ("handwerksblatt.de", "Example.com"): a word that ends
 * with a dot and a top-level domain.  The site, not a person. */
static bool domain_word(const slice *w, size_t words)
{
    static const char *const tlds[] = { "com", "net", "org", "de", "at", "ch", "fr", "es", "it",
                                        "nl", "pl", "eu", "info", "io", "co", "uk", "us", "ru",
                                        "be", "se", "dk", "no", "fi", "cz", "br", "mx", "tv", NULL };
    for (size_t i = 0; i < words; i++) {
        const char *dot = NULL;
        for (size_t j = w[i].len; j-- > 1;)
            if (w[i].ptr[j] == '.') {
                dot = w[i].ptr + j;
                break;
            }
        if (dot && meta_author_in_list(slice_make(dot + 1, (size_t)(w[i].ptr + w[i].len - dot - 1)), tlds))
            return true;
    }
    return false;
}

/* A word opening with a lower-case letter of Latin-1 ("über", "élan"):
 * UTF-8 0xC3 0x9F-0xBF, ß and à to ÿ (÷ aside). */
static bool latin_lower(slice w)
{
    return w.len >= 2 && (unsigned char)w.ptr[0] == 0xC3 && (unsigned char)w.ptr[1] >= 0x9F &&
           (unsigned char)w.ptr[1] != 0xB7;
}

/* An organisation by its legal form ("Example GmbH", "Acme Inc."). */
bool meta_author_legal_form(slice s)
{
    static const char *const forms[] = { "gmbh", "ag", "se", "kg", "gbr", "ug", "e.v.", "inc",
                                         "inc.", "ltd", "ltd.", "llc", "plc", "s.a.", "s.l.",
                                         "corp.", NULL };
    slice w[NAME_MAX_WORDS + 1];
    size_t words = meta_author_split_words(s, w, NAME_MAX_WORDS);
    return words > 1 && words <= NAME_MAX_WORDS && meta_author_in_list(w[words - 1], forms);
}

bool meta_author_plausible(slice s, bool structured)
{
    if (s.len < 2 || s.len > NAME_MAX_BYTES || !has_letter(s))
        return false;
    slice w[NAME_MAX_WORDS + 1];
    size_t words = meta_author_split_words(s, w, NAME_MAX_WORDS);
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
    if (slice_find_nocase(s, "://") >= 0 || slice_find_nocase(s, "www.") >= 0 || url_word(w, words) ||
        domain_word(w, words))
        return false;
    if (listed_word_at(s, role_words) >= 0 || listed_word_at(s, job_titles) >= 0)
        return false;
    static const char *const by_words[] = { "by", "von", "par", "por", "door", NULL };
    if ((ascii_is_lower((unsigned char)w[words - 1].ptr[0]) && meta_author_in_list(w[words - 1], dangling_words)) ||
        (words > 1 && meta_author_in_list(w[words - 1], by_words)) || /* "Disko Von" */
        (words == 1 && meta_author_in_list(s, calendar_words)))
        return false;
    /* Structured data names people as they are ("kirstin boatto"); on the
     * page a name is capitalised, except one-word user names and the
     * particles ("van der"): "is a freelance writer" is prose. */
    if (structured || words == 1)
        return true;
    for (size_t i = 0; i < words; i++) {
        unsigned c = (unsigned char)w[i].ptr[0];
        if ((ascii_is_lower(c) || latin_lower(w[i])) && !meta_author_in_list(w[i], particles) &&
            !meta_author_in_list(w[i], connectors))
            return false;
    }
    return true;
}

bool meta_author_all_credentials(slice s)
{
    slice w[NAME_MAX_WORDS + 1];
    size_t n = meta_author_split_words(s, w, NAME_MAX_WORDS);
    if (!n || n > NAME_MAX_WORDS)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!credential_word(meta_author_trim_punct(w[i])) && !credential_word(w[i]))
            return false;
    return true;
}

bool meta_author_is_credential(slice s)
{
    return meta_author_all_credentials(meta_author_trim_punct(s));
}

/* News agencies, whose name after a reporter's is a source, not a second
 * author ("Jane Doe, dpa"). */
static const char *const agencies[] = {
    "dpa", "afp", "ap", "reuters", "apa", "kna", "epd", "sid", "ddp", "dapd", "dts", "ots",
    "efe", "ansa", "anp", "belga", "sda", "ats", "upi", "pa", "aa", "xinhua", "tass", "ria",
    "jiji", "kyodo", "yonhap", "agencies", "agenturen", "wires", NULL,
};

bool meta_author_is_agency(slice s)
{
    return meta_author_in_list(meta_author_trim_punct(s), agencies);
}
