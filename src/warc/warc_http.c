/* warc_http.c - what a WARC record's payload is: the HTTP response inside a
 * `response` record (RFC 9112 status line and fields, read tolerantly as
 * crawlers store whatever servers sent), or the bytes of a `resource`
 * record; whether it is HTML (Content-Type, else WHATWG MIME sniffing); and
 * the payload with its codings undone. */
#include <stdio.h>
#include <string.h>

#include "core/ascii.h"
#include "warc_decode.h"
#include "warc_record.h"

enum { CODINGS_MAX = 8 }; /* more stacked codings than this is not a real response */

typedef struct http_head {
    int status;
    slice content_type; /* the last Content-Type field */
    bool has_content_type;
    bool chunked;
    slice codings[CODINGS_MAX]; /* Content-Encoding, in the order applied */
    int coding_count;
    bool too_many_codings;
    size_t body_start;
} http_head;

static slice trim(slice s) { return slice_trim(s); }

/* Splits a comma-separated field value into tokens, calling add(token). */
static void add_codings(http_head *h, slice value, bool transfer)
{
    size_t i = 0;
    while (i <= value.len) {
        size_t j = i;
        while (j < value.len && value.ptr[j] != ',')
            j++;
        slice tok = trim(slice_make(value.ptr + i, j - i));
        /* Parameters (";q=...") never matter for decoding. */
        const char *semi = memchr(tok.ptr, ';', tok.len);
        if (semi)
            tok = trim(slice_make(tok.ptr, (size_t)(semi - tok.ptr)));
        if (tok.len) {
            if (transfer) {
                if (slice_eq_nocase(tok, "chunked"))
                    h->chunked = true;
            } else if (!slice_eq_nocase(tok, "identity")) {
                if (h->coding_count < CODINGS_MAX)
                    h->codings[h->coding_count++] = tok;
                else
                    h->too_many_codings = true;
            }
        }
        i = j + 1;
    }
}

/* Reads the status line and the fields.  Returns false when the block does
 * not start with an HTTP status line. */
static bool parse_http_head(slice block, http_head *h)
{
    memset(h, 0, sizeof *h);
    size_t i = 0, n = block.len;
    while (i < n && ascii_is_space((unsigned char)block.ptr[i]))
        i++;
    if (n - i < 5 || !slice_starts_with_nocase(slice_make(block.ptr + i, n - i), "HTTP/"))
        return false;
    while (i < n && block.ptr[i] != ' ' && block.ptr[i] != '\t' && block.ptr[i] != '\n')
        i++;
    while (i < n && (block.ptr[i] == ' ' || block.ptr[i] == '\t'))
        i++;
    int status = 0, digits = 0;
    while (i < n && digits < 3 && ascii_is_digit((unsigned char)block.ptr[i]))
        status = status * 10 + (block.ptr[i++] - '0'), digits++;
    if (digits != 3 || (i < n && ascii_is_digit((unsigned char)block.ptr[i])))
        return false;
    h->status = status;
    const char *eol = memchr(block.ptr + i, '\n', n - i);
    i = eol ? (size_t)(eol - block.ptr) + 1 : n;

    /* Field lines up to the empty line; a head without one (a response cut
     * short, or one with no body) ends at the end of the block. */
    size_t head_end = i + WARC_HEADER_MAX < n ? i + WARC_HEADER_MAX : n;
    while (i < head_end) {
        const char *nl = memchr(block.ptr + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - block.ptr) : n;
        slice line = slice_make(block.ptr + i, end - i);
        i = nl ? end + 1 : n;
        if (line.len && line.ptr[line.len - 1] == '\r')
            line.len--;
        if (line.len == 0)
            break;
        if (line.ptr[0] == ' ' || line.ptr[0] == '\t')
            continue; /* obsolete line folding: none of our fields need it */
        const char *colon = memchr(line.ptr, ':', line.len);
        if (!colon)
            continue;
        slice name = trim(slice_make(line.ptr, (size_t)(colon - line.ptr)));
        slice value = trim(slice_make(colon + 1, line.len - (size_t)(colon + 1 - line.ptr)));
        if (slice_eq_nocase(name, "content-type")) {
            h->content_type = value;
            h->has_content_type = true;
        } else if (slice_eq_nocase(name, "transfer-encoding")) {
            add_codings(h, value, true);
        } else if (slice_eq_nocase(name, "content-encoding")) {
            add_codings(h, value, false);
        }
    }
    h->body_start = i;
    return true;
}

static void copy_lower(slice s, char *dst, size_t size)
{
    size_t n = s.len < size - 1 ? s.len : size - 1;
    for (size_t i = 0; i < n; i++)
        dst[i] = (char)ascii_lower((unsigned char)s.ptr[i]);
    dst[n] = '\0';
}

void warc_parse_content_type(slice value, char *media_type, size_t mt_size, char *charset,
                             size_t cs_size, bool *has_charset)
{
    media_type[0] = '\0';
    charset[0] = '\0';
    *has_charset = false;
    const char *semi = memchr(value.ptr, ';', value.len);
    slice type = trim(slice_make(value.ptr, semi ? (size_t)(semi - value.ptr) : value.len));
    /* "type/subtype" or nothing: a value without a slash is not a type. */
    if (type.len && memchr(type.ptr, '/', type.len) && type.len < mt_size)
        copy_lower(type, media_type, mt_size);
    while (semi) {
        size_t at = (size_t)(semi + 1 - value.ptr);
        slice rest = slice_make(semi + 1, value.len - at);
        semi = memchr(rest.ptr, ';', rest.len);
        slice param = trim(slice_make(rest.ptr, semi ? (size_t)(semi - rest.ptr) : rest.len));
        const char *eq = memchr(param.ptr, '=', param.len);
        if (!eq)
            continue;
        slice name = trim(slice_make(param.ptr, (size_t)(eq - param.ptr)));
        slice v = trim(slice_make(eq + 1, param.len - (size_t)(eq + 1 - param.ptr)));
        if (!slice_eq_nocase(name, "charset") || *has_charset)
            continue;
        if (v.len >= 2 && (v.ptr[0] == '"' || v.ptr[0] == '\'') && v.ptr[v.len - 1] == v.ptr[0])
            v = trim(slice_make(v.ptr + 1, v.len - 2));
        if (v.len && v.len < cs_size) {
            copy_lower(v, charset, cs_size);
            *has_charset = true;
        }
    }
}

static bool is_html_type(const char *t)
{
    return strcmp(t, "text/html") == 0 || strcmp(t, "application/xhtml+xml") == 0;
}

/* Types that say nothing, for which MIME Sniffing looks at the bytes. */
static bool is_unknown_type(const char *t)
{
    return !*t || strcmp(t, "unknown/unknown") == 0 || strcmp(t, "application/unknown") == 0 ||
           strcmp(t, "*/*") == 0;
}

static void skip(pith_warc_record *rec, pith_warc_skip reason, const char *fmt, const char *arg)
{
    rec->skip = reason;
    snprintf(rec->detail, sizeof rec->detail, fmt, arg);
}

/* Undoes the codings of h on body; the result goes to rec->payload. */
static int decode_body(pith_warc_record *rec, const http_head *h, slice body, size_t max)
{
    buf *bufs[2] = { &rec->decoded, &rec->scratch };
    int next = 0;
    if (h->chunked) {
        buf_clear(bufs[next]);
        int rc = warc_decode_chunked(body, max, bufs[next]);
        if (rc == PITH_ENOMEM)
            return rc;
        if (rc == PITH_ELIMIT) {
            skip(rec, PITH_WARC_SKIP_TOO_LARGE, "%s", "chunked body over the size cap");
            return 0;
        }
        if (rc == 0) {
            body = slice_make(bufs[next]->data ? bufs[next]->data : "", bufs[next]->len);
            next ^= 1;
        }
    }
    if (h->too_many_codings) {
        skip(rec, PITH_WARC_SKIP_BAD_ENCODING, "%s", "too many content codings");
        return 0;
    }
    for (int k = h->coding_count - 1; k >= 0; k--) {
        slice c = h->codings[k];
        warc_coding coding;
        if (slice_eq_nocase(c, "gzip") || slice_eq_nocase(c, "x-gzip"))
            coding = WARC_CODING_GZIP;
        else if (slice_eq_nocase(c, "deflate"))
            coding = WARC_CODING_DEFLATE;
        else if (slice_eq_nocase(c, "br"))
            coding = WARC_CODING_BROTLI;
        else {
            char name[64];
            copy_lower(c, name, sizeof name);
            skip(rec, PITH_WARC_SKIP_BAD_ENCODING, "unsupported content coding %s", name);
            return 0;
        }
        buf_clear(bufs[next]);
        int rc = warc_decode_content(coding, body, max, bufs[next]);
        if (rc == WARC_DECODE_NOT_ENCODED)
            continue;
        if (rc == PITH_ENOMEM)
            return rc;
        if (rc == PITH_ELIMIT) {
            skip(rec, PITH_WARC_SKIP_TOO_LARGE, "%s", "decoded body over the size cap");
            return 0;
        }
        if (rc < 0) {
            char name[64];
            copy_lower(c, name, sizeof name);
            skip(rec, PITH_WARC_SKIP_BAD_ENCODING,
                 rc == PITH_EINVAL ? "content coding %s not built in" : "corrupt %s content", name);
            return 0;
        }
        body = slice_make(bufs[next]->data ? bufs[next]->data : "", bufs[next]->len);
        next ^= 1;
    }
    rec->payload = body.ptr;
    rec->payload_len = body.len;
    return 0;
}

static int classify_payload(pith_warc_record *rec, const http_head *h, slice body, size_t max)
{
    if (!is_html_type(rec->media_type) && !is_unknown_type(rec->media_type)) {
        skip(rec, PITH_WARC_SKIP_NOT_HTML, "%s", rec->media_type);
        return 0;
    }
    int rc = decode_body(rec, h, body, max);
    if (rc < 0 || rec->skip != PITH_WARC_SKIP_NONE)
        return rc;
    if (is_unknown_type(rec->media_type) &&
        !warc_sniff_html(slice_make(rec->payload, rec->payload_len))) {
        skip(rec, PITH_WARC_SKIP_NOT_HTML, "%s", *rec->media_type ? rec->media_type : "no content type, not HTML");
        rec->payload = "";
        rec->payload_len = 0;
    }
    return 0;
}

int warc_record_classify(pith_warc_record *rec, size_t max)
{
    const char *type = warc_record_field(rec, WARC_F_TYPE);
    const char *wct = warc_record_field(rec, WARC_F_CONTENT_TYPE);
    slice block = slice_make(rec->block.data ? rec->block.data : "", rec->block.len);
    http_head none;
    memset(&none, 0, sizeof none);
    rec->skip = PITH_WARC_SKIP_NONE;
    rec->payload = "";
    rec->payload_len = 0;

    bool response = type && strcmp(type, "response") == 0;
    bool resource = type && strcmp(type, "resource") == 0;
    if (!response && !resource) {
        skip(rec, PITH_WARC_SKIP_RECORD_TYPE, "%s", type ? type : "no WARC-Type");
        return 0;
    }
    /* A response that is not HTTP (dns:, ftp:) describes itself in its WARC
     * Content-Type, as a resource does. */
    if (resource || (wct && !slice_starts_with_nocase(slice_make(wct, strlen(wct)), "application/http"))) {
        slice v = wct ? slice_make(wct, strlen(wct)) : SLICE_EMPTY;
        warc_parse_content_type(v, rec->media_type, sizeof rec->media_type, rec->charset,
                                sizeof rec->charset, &rec->has_charset);
        return classify_payload(rec, &none, block, max);
    }

    http_head h;
    if (!parse_http_head(block, &h)) {
        skip(rec, PITH_WARC_SKIP_BAD_HTTP, "%s", "no HTTP status line");
        return 0;
    }
    rec->http_status = h.status;
    if (h.status < 200 || h.status > 299) {
        char code[8];
        snprintf(code, sizeof code, "%d", h.status);
        skip(rec, PITH_WARC_SKIP_HTTP_STATUS, "HTTP %s", code);
        return 0;
    }
    if (h.has_content_type)
        warc_parse_content_type(h.content_type, rec->media_type, sizeof rec->media_type, rec->charset,
                                sizeof rec->charset, &rec->has_charset);
    return classify_payload(rec, &h, slice_make(block.ptr + h.body_start, block.len - h.body_start), max);
}
