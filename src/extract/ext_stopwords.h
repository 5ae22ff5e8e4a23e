/* ext_stopwords.h - per-language function words, for telling prose from
 * navigation (jusText's signal); the table lives in src/core/stopwords.h. */
#ifndef PITH_EXT_STOPWORDS_H
#define PITH_EXT_STOPWORDS_H

#include "../core/stopwords.h"

enum { EXT_STOP_LANGS = STOPWORD_LANGS };

/* Bit set of the languages listing this lowercase word (0: none). */
uint32_t ext_stopword_langs(const char *w, size_t n);
/* 1 when the word is a stop word of `lang` (any language when lang < 0). */
unsigned ext_stopword_hit(int lang, const char *w, size_t n);
/* Language id of a BCP 47 tag ("de-AT" -> de), -1 when not listed. */
int ext_stop_lang_from_tag(slice tag);
/* Writes the lowercase UTF-8 form of cp (Latin, Greek, Cyrillic); returns
 * the byte count (1..4). */
size_t ext_lower_utf8(unsigned cp, char *out);

#endif
