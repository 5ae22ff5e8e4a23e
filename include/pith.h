/* pith.h - the one public header of pith, a library that reads web pages
 * and returns the article they hold: headline, body (text, Markdown, HTML,
 * JSON), dates, authors, site, language, and the page's side lists.
 *
 * Conventions
 *  - Functions return 0 on success or a negative PITH_E... code;
 *    pith_strerror() names the code, pith_extractor_error() gives the
 *    message of the extractor's last failure.
 *  - Handles are opaque.  An extractor is reused across pages by one thread
 *    at a time (one per thread); a result is owned by the caller and freed
 *    with pith_result_free(), which accepts NULL.
 *  - Strings returned by accessors are borrowed: valid while their result
 *    lives, UTF-8, with a length; they are also NUL-terminated.
 *  - The library never prints and never aborts; allocation failure comes
 *    back as PITH_ENOMEM. */
#ifndef PITH_H
#define PITH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(PITH_BUILDING) && defined(__GNUC__)
#define PITH_API __attribute__((visibility("default")))
#else
#define PITH_API
#endif

#include "pith_version.h"

PITH_API const char *pith_version(void);

/* ---- Errors ----------------------------------------------------------- */

enum {
    PITH_OK = 0,
    PITH_ENOMEM = -1,   /* out of memory */
    PITH_ELIMIT = -2,   /* a configured limit (input size, nodes) exceeded */
    PITH_EINVAL = -3,   /* bad argument or option value */
    PITH_EIO = -4,      /* a file could not be read or written */
    PITH_EFORMAT = -5,  /* malformed input container (gzip, WARC, HTTP) */
};

PITH_API const char *pith_strerror(int code);

/* ---- Options ---------------------------------------------------------- */

/* Options are set by key with bounds-checked integer values, so the C API,
 * the CLI flags and the Python keywords come from one table. */
typedef enum pith_option {
    PITH_OPT_FAVOR = 0,      /* -1 recall, 0 balanced, +1 precision */
    PITH_OPT_COMMENTS,       /* 1: extract the comment section as its own field */
    PITH_OPT_LINKS,          /* 1: keep links in Markdown/HTML output */
    PITH_OPT_IMAGES,         /* 1: keep images in Markdown/HTML output */
    PITH_OPT_TABLES,         /* 1 (default): keep tables */
    PITH_OPT_SCRIPTING,      /* 1 (default): parse <noscript> as a browser with scripts */
    PITH_OPT_MAX_INPUT_MB,   /* inputs larger than this fail with PITH_ELIMIT */
    PITH_OPT_MAX_NODES,      /* documents with more nodes fail with PITH_ELIMIT */
    PITH_OPT_MAX_DEPTH,      /* tree depth cap (deeper elements become siblings) */
    PITH_OPT__COUNT
} pith_option;

typedef struct pith_option_info {
    pith_option option;
    const char *name;      /* CLI flag and Python keyword, e.g. "comments" */
    const char *help;
    int min, max, default_value;
} pith_option_info;

/* The option table, PITH_OPT__COUNT entries, static. */
PITH_API const pith_option_info *pith_options(void);

/* ---- Extractor -------------------------------------------------------- */

typedef struct pith_extractor pith_extractor;

/* NULL when out of memory. */
PITH_API pith_extractor *pith_extractor_new(void);
PITH_API void pith_extractor_free(pith_extractor *ex);
/* PITH_EINVAL when the option is unknown or the value out of bounds. */
PITH_API int pith_extractor_set(pith_extractor *ex, pith_option option, int value);
PITH_API int pith_extractor_get(const pith_extractor *ex, pith_option option);
/* Message of the last failure on this extractor ("" if none). */
PITH_API const char *pith_extractor_error(const pith_extractor *ex);

/* ---- Extraction ------------------------------------------------------- */

typedef struct pith_result pith_result;

/* Extracts the article from a page.  `html` is the page's bytes in any
 * encoding; `url` (may be NULL) resolves relative links and is reported
 * when the page gives no canonical URL; `charset` (may be NULL) is the
 * transport-layer charset, e.g. from an HTTP Content-Type.  On success
 * *out is a new result (free it with pith_result_free); a page without an
 * article is a success whose page type says so. */
PITH_API int pith_extract(pith_extractor *ex, const char *html, size_t len, const char *url,
                          const char *charset, pith_result **out);

PITH_API void pith_result_free(pith_result *r);

typedef enum pith_field {
    PITH_FIELD_TITLE = 0,
    PITH_FIELD_TEXT,
    PITH_FIELD_URL,
    PITH_FIELD_DATE_PUBLISHED,
    PITH_FIELD_DATE_MODIFIED,
    PITH_FIELD_AUTHORS,       /* joined with "; " */
    PITH_FIELD_SITE_NAME,
    PITH_FIELD_LANGUAGE,
    PITH_FIELD_DESCRIPTION,
    PITH_FIELD_IMAGE,
    PITH_FIELD_TAGS,          /* joined with "; " */
    PITH_FIELD_CATEGORIES,    /* joined with "; " */
    PITH_FIELD_PAGE_TYPE,     /* article, forum, product, ... */
    PITH_FIELD_COMMENTS,      /* only with PITH_OPT_COMMENTS */
    PITH_FIELD_ENCODING,      /* the encoding the page was decoded from */
    PITH_FIELD__COUNT
} pith_field;

/* A field's value, or NULL when unknown.  *len may be NULL. */
PITH_API const char *pith_result_field(const pith_result *r, pith_field field, size_t *len);

/* ---- Output ----------------------------------------------------------- */

typedef enum pith_format {
    PITH_FORMAT_TEXT = 0, /* paragraphs separated by a blank line */
    PITH_FORMAT_MARKDOWN,
    PITH_FORMAT_HTML,
    PITH_FORMAT_JSON,     /* one object, every field present (null when unknown) */
    PITH_FORMAT__COUNT
} pith_format;

/* Writers push bytes to a sink; a non-zero return stops the writer. */
typedef int (*pith_sink)(const char *data, size_t len, void *payload);

/* Renders the result.  `source` (may be NULL) names the input in JSON. */
PITH_API int pith_result_render(const pith_result *r, pith_format format, const char *source,
                                pith_sink sink, void *payload);
/* The same into a new string (free with pith_free); NULL when out of memory. */
PITH_API char *pith_result_render_string(const pith_result *r, pith_format format,
                                         const char *source, size_t *len);
PITH_API void pith_free(void *p);

/* A JSON error record {"source": ..., "error": ...} for inputs that could
 * not be read or extracted, so every input yields one record. */
PITH_API char *pith_error_record(const char *source, const char *message, size_t *len);

/* ---- Parser access ----------------------------------------------------- */

/* Parses a page (or, with `fragment_context` such as "td" or "svg path", a
 * fragment) and writes the tree in the html5lib test format.  Used by
 * `pith parse` and the conformance suites. */
PITH_API int pith_parse_dump(pith_extractor *ex, const char *html, size_t len,
                             const char *fragment_context, pith_sink sink, void *payload);

#ifdef __cplusplus
}
#endif

#endif
