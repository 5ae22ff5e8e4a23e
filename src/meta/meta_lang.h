/* meta_lang.h - the cheap evidence for the page language: which script the
 * text is written in (meta_script.c) and how many of each listed
 * language's function words it uses (meta_lang_guess.c).  Most pages are
 * decided by this evidence alone; the n-gram classifier (meta_lang.c) is
 * asked only when it is inconclusive. */
#ifndef PITH_META_LANG_H
#define PITH_META_LANG_H

#include "../core/stopwords.h"
#include "meta.h"

typedef enum meta_script {
    META_SCRIPT_NONE, /* digits, punctuation, symbols, marks */
    META_SCRIPT_LATIN,
    META_SCRIPT_CYRILLIC,
    META_SCRIPT_GREEK,
    META_SCRIPT_ARMENIAN,
    META_SCRIPT_HEBREW,
    META_SCRIPT_ARABIC,
    META_SCRIPT_THAANA,
    META_SCRIPT_DEVANAGARI,
    META_SCRIPT_BENGALI,
    META_SCRIPT_GURMUKHI,
    META_SCRIPT_GUJARATI,
    META_SCRIPT_ORIYA,
    META_SCRIPT_TAMIL,
    META_SCRIPT_TELUGU,
    META_SCRIPT_KANNADA,
    META_SCRIPT_MALAYALAM,
    META_SCRIPT_SINHALA,
    META_SCRIPT_THAI,
    META_SCRIPT_LAO,
    META_SCRIPT_TIBETAN,
    META_SCRIPT_MYANMAR,
    META_SCRIPT_GEORGIAN,
    META_SCRIPT_HANGUL,
    META_SCRIPT_ETHIOPIC,
    META_SCRIPT_KHMER,
    META_SCRIPT_KANA, /* hiragana and katakana: Japanese */
    META_SCRIPT_HAN,
    META_SCRIPT_OTHER, /* letters of scripts not listed */
    META_SCRIPT__COUNT
} meta_script;

/* The script of a letter; META_SCRIPT_NONE for what is no letter. */
meta_script meta_script_of(unsigned cp);
/* The language a script is (practically) only used for ("ko" for Hangul),
 * NULL for scripts shared by several languages (Latin, Cyrillic, Arabic,
 * Devanagari...). */
const char *meta_script_language(meta_script s);
/* True when the language of a BCP 47 tag is written in script `s`.  A
 * language not known to use another script is taken as Latin-written. */
bool meta_script_writes(meta_script s, slice tag);

/* What a text sample shows. */
typedef struct meta_lang_census {
    unsigned letters[META_SCRIPT__COUNT]; /* code points per script */
    unsigned words;                       /* words of the main script */
    unsigned stops[STOPWORD_LANGS];       /* of which function words, per language */
    meta_script script;                   /* the main script */
} meta_lang_census;

/* Reads at most `max` bytes of `text` (cut at a character boundary). */
void meta_lang_census_take(meta_lang_census *c, slice text, size_t max);

typedef enum meta_lang_verdict {
    META_LANG_UNSURE,    /* ask the classifier */
    META_LANG_CONFIRMED, /* the claim stands */
    META_LANG_FOUND,     /* *found names the language */
} meta_lang_verdict;

/* Checks the markup's claim (a BCP 47 tag, or empty) against the census. */
meta_lang_verdict meta_lang_decide(const meta_lang_census *c, slice claim, const char **found);
/* True when the census confirms the claim with a wide margin (its script
 * holds most letters and, for shared scripts, its function words lead by
 * a clear share): a short sample that shows this needs no longer one. */
bool meta_lang_plainly_confirmed(const meta_lang_census *c, slice claim);
/* meta_lang_census_take, then meta_lang_plainly_confirmed; it stops
 * reading as soon as the words so far confirm the claim plainly (the
 * census then covers only them). */
bool meta_lang_census_confirms(meta_lang_census *c, slice text, size_t max, slice claim);

#endif
