/* meta_author.h - what the author readers share: the name tidying of
 * meta_author_tidy.c and the judging of meta_author_name.c, used by the
 * byline splitting of meta_author.c. */
#ifndef PITH_META_AUTHOR_H
#define PITH_META_AUTHOR_H

#include "meta_internal.h"

enum { NAME_MAX_WORDS = 6 };

/* Case-insensitive (ASCII) membership in a NULL-terminated list. */
bool meta_author_in_list(slice s, const char *const *list);
/* Trims spaces and the punctuation, quotes, bullets and guillemets around
 * a name; a closed parenthesis and an abbreviation's dot stay. */
slice meta_author_trim_punct(slice s);
/* The words of `s` split on spaces into w[0..max); max + 1 when more. */
size_t meta_author_split_words(slice s, slice *w, size_t max);
/* True when every word of `s` is a credential ("MD", "Ph.D.", "FACLM"). */
bool meta_author_all_credentials(slice s);
/* An organisation by its legal form ("Example GmbH", "Acme Inc."). */
bool meta_author_legal_form(slice s);
/* "Zackery Cuevas Writer" -> "Zackery Cuevas": the name of two words or
 * more before a job title or interface word printed after it; `s` when
 * none follows a name. */
slice meta_author_before_role(slice s);
/* A news agency's name ("dpa", "AFP", "Reuters"). */
bool meta_author_is_agency(slice s);
/* "CM Craig McCarthy" -> "Craig McCarthy" (avatar initials). */
slice meta_author_drop_initials(slice s);
/* "Jane Doe Jane Doe" -> "Jane Doe". */
slice meta_author_drop_repeat(slice s);

#endif
