/* word_match.h - finds listed words in class and id values.
 *
 * Extraction and metadata both read what an element's class or id says
 * ("post-footer", "related-stories", "userStats"), each against several
 * word lists and each with its own idea of a word.  A matcher is built
 * once from the lists (a case-folded trie, or one automaton) and then
 * answers, for a whole value in one pass, which lists have a word in it:
 * a bit set.
 *
 * How a value is cut into words and where a listed word may sit is the
 * matcher's `word_cut`; whether a listed word must fill the word or only
 * begin it is marked on each listed word:
 *   "nav"   the word begins with it ("navbar", "navigation");
 *   "=nav"  the word is exactly it (with word_cut.plural, or it plus "s");
 *   "!nav"  a word beginning with it hits none of this list's bits
 *           (a "commentary" is no "comment" section);
 *   "*nav"  it stands anywhere in the value, whatever the cut: a plain
 *           substring ("topnavigation", "x2nav").  Lists with such words
 *           need a cut without `inside`, `join` or `max_len`, and no "!"
 *           words.
 * Letters compare ASCII case-insensitively; listed words are ASCII.
 *
 * Built matchers are read-only: one may serve any number of pages and
 * threads. */
#ifndef PITH_CORE_WORD_MATCH_H
#define PITH_CORE_WORD_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "slice.h"

/* The bytes a word is made of; other bytes separate words. */
typedef enum word_chars {
    WORD_CHARS_ALNUM,    /* ASCII letters and digits: "post-footer2" is post, footer2 */
    WORD_CHARS_ALPHA,    /* ASCII letters: "tag2" is tag */
    WORD_CHARS_NONSPACE, /* all but HTML white space: whole class names */
} word_chars;

typedef struct word_cut {
    word_chars chars;
    /* A listed word may begin anywhere in a word, not only at its start
     * ("userstats" in "messageuserstats"). */
    bool inside;
    /* '-' and '_' are left out of words: "user-stats", "user_stats" and
     * "userstats" read the same. */
    bool join;
    /* A listed word may run on past the end of a word, over separators
     * it spells out itself ("most-read" over most, '-', read). */
    bool span;
    /* An exact ("=") word may also be followed by one 's' (a plural). */
    bool plural;
    /* Words longer than this (join characters not counted) are ignored;
     * 0: no limit. */
    size_t max_len;
} word_cut;

/* A NULL-terminated list of words (marked as above) and the bit it sets. */
typedef struct word_list {
    const char *const *words;
    uint32_t bit;
} word_list;

typedef struct word_matcher word_matcher;

/* Builds a matcher for the lists.  NULL when out of memory, when a listed
 * word is empty, when the lists are too large (over 65535 letters, or with
 * "*" words an automaton of over 65536 entries) or when "*" words come
 * with a cut or marks they cannot take (above). */
word_matcher *word_matcher_new(const word_cut *cut, const word_list *lists, size_t count);
void word_matcher_free(word_matcher *m); /* accepts NULL */

/* The bits of the lists that have a word in `v` (0: none). */
uint32_t word_matcher_find(const word_matcher *m, slice v);

#endif
