/* meta_lang_guess.c - the page language from cheap evidence: the script
 * of the text's letters, then, for scripts that several languages share,
 * the function words of the 18 listed languages (src/core/stopwords.h).
 *
 * The markup's claim (html lang, Content-Language...) is checked, not
 * replaced: a claim whose script matches the text and whose function
 * words show (or, for a language without a list, when no listed
 * language's words show) is confirmed.  A script used by one language
 * only names the language outright.  Everything else is left to the
 * n-gram classifier. */
#include "meta_lang.h"

#include "../core/ascii.h"

enum {
    /* Fewer letters than this (a page of numbers, a table) decide
     * nothing. */
    LANG_MIN_LETTERS = 80,
    /* The main script must hold this share (%) of the letters to name a
     * language against the claim; mixed pages go to the classifier. */
    LANG_SCRIPT_SHARE = 60,
    /* Japanese mixes kana into its kanji; Chinese has none.  Kana above
     * this share (%) of the CJK letters makes the text Japanese. */
    LANG_KANA_SHARE = 15,
    /* A claimed listed language is confirmed when at least this many of
     * its function words, and this share (%) of the words, show, and it
     * has at least half the hits of the best language. */
    LANG_STOP_MIN = 8,
    LANG_STOP_SHARE = 12,
    /* A claimed language without a list stands while no listed language
     * reaches this share (%) of the words. */
    LANG_FOREIGN_SHARE = 12,
    /* Without a claim (or against a listed one that does not show), a
     * listed language is named when its function words are this many,
     * this share (%) of the words, and half as many again as the next
     * language's. */
    LANG_WIN_MIN = 20,
    LANG_WIN_SHARE = 20,
};

/* Decodes one UTF-8 sequence at s[*i]; invalid bytes give U+FFFD. */
static unsigned next_cp(const unsigned char *s, size_t n, size_t *i)
{
    unsigned c = s[*i];
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (!len || *i + len > n) {
        (*i)++;
        return 0xFFFD;
    }
    unsigned cp = len == 1 ? c : c & (0x7F >> len);
    for (size_t k = 1; k < len; k++) {
        unsigned b = s[*i + k];
        if ((b & 0xC0) != 0x80) {
            (*i)++;
            return 0xFFFD;
        }
        cp = cp << 6 | (b & 0x3F);
    }
    *i += len;
    return cp;
}

/* The main script, and the words written in it. */
static void census_finish(meta_lang_census *c, const unsigned *words)
{
    meta_script best = META_SCRIPT_NONE;
    unsigned best_n = 0;
    for (int sc = META_SCRIPT_NONE + 1; sc < META_SCRIPT__COUNT; sc++) {
        unsigned k = c->letters[sc];
        if (sc == META_SCRIPT_KANA || sc == META_SCRIPT_HAN)
            k = c->letters[META_SCRIPT_KANA] + c->letters[META_SCRIPT_HAN];
        if (k > best_n)
            best = (meta_script)sc, best_n = k;
    }
    if (best == META_SCRIPT_KANA || best == META_SCRIPT_HAN)
        best = c->letters[META_SCRIPT_KANA] * 100 >= best_n * LANG_KANA_SHARE ? META_SCRIPT_KANA
                                                                             : META_SCRIPT_HAN;
    c->script = best;
    c->words = words[best];
}

/* The census of meta_lang_census_take.  With a claim of a listed
 * language, it stops as soon as the census so far confirms it plainly
 * (returning true): the rest of the sample would only be counted. */
static bool census_run(meta_lang_census *c, slice text, size_t max, slice claim)
{
    int claimed = claim.len ? stopword_lang_from_tag(claim) : -1;
    memset(c, 0, sizeof *c);
    size_t n = text.ptr ? (text.len < max ? text.len : max) : 0;
    const unsigned char *s = (const unsigned char *)text.ptr;
    while (n < text.len && n > 0 && (s[n] & 0xC0) == 0x80)
        n--; /* do not cut a character in half */
    unsigned words[META_SCRIPT__COUNT] = { 0 };
    char w[64];
    size_t wl = 0;
    meta_script ws = META_SCRIPT_NONE;
    for (size_t i = 0; i <= n;) {
        /* A run of ASCII letters (most of a Latin-script text) in a tight
         * loop, doing what the general step below does for each. */
        if (i < n && ascii_is_alpha(s[i])) {
            if (!wl)
                ws = META_SCRIPT_LATIN;
            size_t from = i;
            do {
                if (wl + 4 < sizeof w)
                    w[wl++] = (char)ascii_lower(s[i]);
                else
                    w[0] = '\0', wl = sizeof w;
                i++;
            } while (i < n && ascii_is_alpha(s[i]));
            c->letters[META_SCRIPT_LATIN] += (unsigned)(i - from);
            continue;
        }
        unsigned cp = ' '; /* past the end: closes the last word */
        if (i < n)
            cp = s[i] < 0x80 ? s[i++] : next_cp(s, n, &i);
        else
            i++;
        /* ASCII (most of most texts) is classified and lowered here, as
         * meta_script_of and stopword_lower_utf8 would. */
        bool ascii = cp < 0x80;
        meta_script sc = ascii ? (ascii_is_alpha(cp) ? META_SCRIPT_LATIN : META_SCRIPT_NONE) : meta_script_of(cp);
        if (sc != META_SCRIPT_NONE || (cp >= 0x300 && cp <= 0x36F && wl)) {
            if (sc != META_SCRIPT_NONE)
                c->letters[sc]++;
            if (!wl)
                ws = sc;
            if (wl + 4 < sizeof w && ascii)
                w[wl++] = (char)ascii_lower(cp);
            else if (wl + 4 < sizeof w)
                wl += stopword_lower_utf8(cp, w + wl);
            else
                w[0] = '\0', wl = sizeof w; /* longer than any function word */
            continue;
        }
        if (!wl)
            continue;
        words[ws]++;
        uint32_t m = wl < sizeof w ? stopword_langs(w, wl) : 0;
        wl = 0;
        if (!m)
            continue;
        /* Asked again only when the claimed language gains a word, and
         * once its words are half as many again as a whole sample needs
         * (a page's opening lines may be its site's, in another language
         * than the article). */
        bool gained = claimed >= 0 && (m >> claimed & 1);
        for (int l = 0; m && l < STOPWORD_LANGS; l++, m >>= 1)
            c->stops[l] += m & 1;
        if (gained && c->stops[claimed] >= 3 * LANG_STOP_MIN) {
            census_finish(c, words);
            if (meta_lang_plainly_confirmed(c, claim))
                return true;
        }
    }
    census_finish(c, words);
    return meta_lang_plainly_confirmed(c, claim);
}

void meta_lang_census_take(meta_lang_census *c, slice text, size_t max)
{
    census_run(c, text, max, slice_make(NULL, 0));
}

bool meta_lang_census_confirms(meta_lang_census *c, slice text, size_t max, slice claim)
{
    return census_run(c, text, max, claim);
}

static unsigned total_letters(const meta_lang_census *c)
{
    unsigned total = 0;
    for (int sc = META_SCRIPT_NONE + 1; sc < META_SCRIPT__COUNT; sc++)
        total += c->letters[sc];
    return total;
}

static unsigned main_letters(const meta_lang_census *c)
{
    if (c->script == META_SCRIPT_KANA || c->script == META_SCRIPT_HAN)
        return c->letters[META_SCRIPT_KANA] + c->letters[META_SCRIPT_HAN];
    return c->letters[c->script];
}

bool meta_lang_plainly_confirmed(const meta_lang_census *c, slice claim)
{
    if (!claim.len || !meta_script_writes(c->script, claim) || main_letters(c) < LANG_MIN_LETTERS)
        return false;
    if (meta_script_language(c->script))
        return main_letters(c) * 100 >= total_letters(c) * LANG_SCRIPT_SHARE;
    int claimed = stopword_lang_from_tag(claim);
    if (claimed < 0)
        return false;
    unsigned hits = c->stops[claimed];
    for (int l = 0; l < STOPWORD_LANGS; l++)
        if (c->stops[l] > hits)
            return false;
    return hits >= 2 * LANG_STOP_MIN && hits * 100 >= c->words * (LANG_STOP_SHARE + 8);
}

meta_lang_verdict meta_lang_decide(const meta_lang_census *c, slice claim, const char **found)
{
    *found = NULL;
    unsigned total = total_letters(c);
    if (total < LANG_MIN_LETTERS)
        return META_LANG_UNSURE;
    bool consistent = claim.len && meta_script_writes(c->script, claim);
    const char *only = meta_script_language(c->script);
    if (only) {
        if (consistent)
            return META_LANG_CONFIRMED;
        if (main_letters(c) * 100 < total * LANG_SCRIPT_SHARE)
            return META_LANG_UNSURE;
        *found = only;
        return META_LANG_FOUND;
    }
    int top = 0, second = -1;
    for (int l = 1; l < STOPWORD_LANGS; l++) {
        if (c->stops[l] > c->stops[top])
            second = top, top = l;
        else if (second < 0 || c->stops[l] > c->stops[second])
            second = l;
    }
    unsigned top_hits = c->stops[top];
    /* A listed Latin-script language whose function words dominate. */
    bool winner = c->script == META_SCRIPT_LATIN && top_hits >= LANG_WIN_MIN &&
                  top_hits * 100 >= c->words * LANG_WIN_SHARE &&
                  top_hits * 2 >= c->stops[second] * 3 && meta_script_writes(c->script,
                                                             slice_make(stopword_lang_codes[top], 2));
    int claimed = claim.len ? stopword_lang_from_tag(claim) : -1;
    if (!claim.len || (claimed >= 0 && !consistent)) {
        if (!winner)
            return META_LANG_UNSURE;
        *found = stopword_lang_codes[top];
        return META_LANG_FOUND;
    }
    if (!consistent)
        return META_LANG_UNSURE;
    if (claimed >= 0) {
        unsigned hits = c->stops[claimed];
        if (hits >= LANG_STOP_MIN && hits * 100 >= c->words * LANG_STOP_SHARE && hits * 2 >= top_hits)
            return META_LANG_CONFIRMED;
        /* The text plainly reads as another listed language. */
        if (winner && hits * 4 <= top_hits) {
            *found = stopword_lang_codes[top];
            return META_LANG_FOUND;
        }
        return META_LANG_UNSURE;
    }
    /* Cyrillic, Arabic, Devanagari... languages without a list: the
     * classifier tells them apart. */
    if (c->script != META_SCRIPT_LATIN)
        return META_LANG_UNSURE;
    return top_hits * 100 < c->words * LANG_FOREIGN_SHARE ? META_LANG_CONFIRMED : META_LANG_UNSURE;
}
