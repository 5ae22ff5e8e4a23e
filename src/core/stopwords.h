/* stopwords.h - per-language function words: the extractor tells prose
 * from navigation by them (jusText's signal) and the metadata layer checks
 * a page's language claim with them.  The table is generated from
 * data/stopwords/ by tools/gen_stopwords.py. */
#ifndef PITH_CORE_STOPWORDS_H
#define PITH_CORE_STOPWORDS_H

#include <stddef.h>
#include <stdint.h>

#include "slice.h"

enum { STOPWORD_LANGS = 18, STOPWORD_TABLE_SIZE = 4096 };

typedef struct stopword_entry {
    const char *word;
    uint8_t len;
    uint32_t langs; /* bit i: language stopword_lang_codes[i] */
} stopword_entry;

/* ISO 639-1 code of each listed language ("no" covers nb and nn). */
extern const char *const stopword_lang_codes[STOPWORD_LANGS];
extern const stopword_entry stopword_table[STOPWORD_TABLE_SIZE];
/* Per slot of stopword_table: 0 when empty, else the word's length times
 * 16 plus its first byte's low four bits (nonzero), compared first. */
extern const uint8_t stopword_sig[STOPWORD_TABLE_SIZE];
/* Bytes of the longest listed word: longer words need no lookup. */
extern const size_t stopword_max_len;

/* Bit set of the languages listing this lowercase UTF-8 word (0: none). */
uint32_t stopword_langs(const char *w, size_t n);
/* Index of the language of a BCP 47 tag ("de-AT" -> de, "nb" -> no), -1
 * when not listed. */
int stopword_lang_from_tag(slice tag);
/* Writes the lowercase UTF-8 form of cp (Latin, Greek, Cyrillic; other
 * code points unchanged); returns the byte count (1..4). */
size_t stopword_lower_utf8(unsigned cp, char *out);

#endif
