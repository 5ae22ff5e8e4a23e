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
/* PITH_OPT__COUNT, for callers that read the table at run time (ctypes). */
PITH_API int pith_option_count(void);

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
    PITH_FIELD_DESCRIPTION,   /* the page's summary, else the first paragraph */
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

/* ---- WARC reader -------------------------------------------------------- */

/* Streams the records of a WARC 1.0 or 1.1 file (ISO 28500), plain, one
 * gzip member per record as crawlers write, or one gzip stream, holding one
 * record at a time.  For `response` records (HTTP) and `resource` records
 * it decides whether the payload is an HTML page and, if so, undoes the
 * chunked transfer coding and the gzip/deflate/br content codings, so the
 * payload can go straight to pith_extract with its charset:
 *
 *     pith_warc_reader *w;  pith_warc_record *rec = pith_warc_record_new();
 *     if (pith_warc_open(path, 0, &w) == 0) {
 *         int rc;
 *         while ((rc = pith_warc_next(w, rec)) != 0) {
 *             if (rc < 0) { report(pith_warc_error(w)); continue; }
 *             if (pith_warc_record_skip(rec) != PITH_WARC_SKIP_NONE) continue;
 *             size_t n; const char *html = pith_warc_record_payload(rec, &n);
 *             pith_extract(ex, html, n, pith_warc_record_target_uri(rec),
 *                          pith_warc_record_charset(rec), &result); ...
 *         }
 *         pith_warc_close(w);
 *     }
 *     pith_warc_record_free(rec);
 *
 * A damaged file (truncated, corrupt gzip member, garbage between records)
 * makes pith_warc_next return a negative code once per damaged stretch; the
 * reader then resumes at the next record it can find, so every readable
 * record is still delivered.  Readers and records are not thread-safe, but
 * a filled record may be handed to another thread while the reader fills
 * a different one. */
typedef struct pith_warc_reader pith_warc_reader;
typedef struct pith_warc_record pith_warc_record;

/* Why a record holds no HTML page to extract.  The BAD_* reasons are pages
 * that could not be read; report them rather than dropping them. */
typedef enum pith_warc_skip {
    PITH_WARC_SKIP_NONE = 0,     /* an HTML page: extract it */
    PITH_WARC_SKIP_RECORD_TYPE,  /* not a response or resource record (request, metadata, ...) */
    PITH_WARC_SKIP_HTTP_STATUS,  /* HTTP status other than 2xx */
    PITH_WARC_SKIP_NOT_HTML,     /* content type (or sniffed bytes) not HTML */
    PITH_WARC_SKIP_TOO_LARGE,    /* block or decoded payload over the reader's size cap */
    PITH_WARC_SKIP_BAD_HTTP,     /* a response block that is not an HTTP response */
    PITH_WARC_SKIP_BAD_ENCODING, /* a transfer or content coding that could not be undone */
    PITH_WARC_SKIP__COUNT
} pith_warc_skip;

/* Short stable name of a reason ("record-type", "http-status", ...). */
PITH_API const char *pith_warc_skip_name(pith_warc_skip reason);

/* Opens a WARC file ("-" reads standard input).  max_record_bytes caps the
 * record block and the decoded payload (0: 64 MiB); bigger records are
 * skipped with PITH_WARC_SKIP_TOO_LARGE.  Returns 0 and *out, PITH_EIO when
 * the file cannot be opened (errno says why), PITH_ENOMEM. */
PITH_API int pith_warc_open(const char *path, size_t max_record_bytes, pith_warc_reader **out);
/* The same over an open descriptor, which the reader closes. */
PITH_API int pith_warc_open_fd(int fd, size_t max_record_bytes, pith_warc_reader **out);
PITH_API void pith_warc_close(pith_warc_reader *r); /* accepts NULL */

/* Reads the next record into rec, replacing what it held.  Returns 1 when
 * a record was read, 0 at the end of the file, or a negative code
 * (PITH_EFORMAT: damaged or truncated data; PITH_EIO; PITH_ENOMEM) with the
 * message in pith_warc_error().  After an error rec's header accessors
 * describe the damaged record when its header could be read (NULL
 * otherwise), pith_warc_record_offset() says where the damage is, and a
 * further call continues after the damage. */
PITH_API int pith_warc_next(pith_warc_reader *r, pith_warc_record *rec);
/* Message of the last error ("" if none); valid until the next call. */
PITH_API const char *pith_warc_error(const pith_warc_reader *r);
/* Bytes of the file consumed so far (compressed bytes for gzip files), for
 * progress reports against the file's size. */
PITH_API unsigned long long pith_warc_position(const pith_warc_reader *r);

/* A record holder, reused across pith_warc_next calls.  NULL when out of
 * memory; _free accepts NULL. */
PITH_API pith_warc_record *pith_warc_record_new(void);
PITH_API void pith_warc_record_free(pith_warc_record *rec);

/* WARC header fields as written (NULL when absent); the target URI loses
 * the angle brackets WARC 1.0 put around it. */
PITH_API const char *pith_warc_record_type(const pith_warc_record *rec);       /* "response" */
PITH_API const char *pith_warc_record_target_uri(const pith_warc_record *rec); /* WARC-Target-URI */
PITH_API const char *pith_warc_record_date(const pith_warc_record *rec);       /* WARC-Date: crawl time */
PITH_API const char *pith_warc_record_id(const pith_warc_record *rec);         /* WARC-Record-ID */
/* Offset of the record in the file: the start of its gzip member for gzip
 * files (what CDX indexes store), its exact offset for plain ones. */
PITH_API unsigned long long pith_warc_record_offset(const pith_warc_record *rec);
/* HTTP status code of a response record, 0 for other records. */
PITH_API int pith_warc_record_http_status(const pith_warc_record *rec);
/* Media type, lower case without parameters ("text/html"; "" when none
 * was given), and the charset parameter (NULL when none).  From the HTTP
 * Content-Type for responses, the WARC Content-Type for resources. */
PITH_API const char *pith_warc_record_content_type(const pith_warc_record *rec);
PITH_API const char *pith_warc_record_charset(const pith_warc_record *rec);
PITH_API pith_warc_skip pith_warc_record_skip(const pith_warc_record *rec);
/* Human-readable detail of the skip reason ("HTTP 404", "image/png"). */
PITH_API const char *pith_warc_record_skip_detail(const pith_warc_record *rec);
/* The decoded payload (the HTTP body without transfer or content codings)
 * of an HTML record; empty for skipped records.  Valid until the record is
 * refilled or freed. */
PITH_API const char *pith_warc_record_payload(const pith_warc_record *rec, size_t *len);

#ifdef __cplusplus
}
#endif

#endif
