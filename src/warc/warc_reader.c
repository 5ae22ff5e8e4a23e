/* warc_reader.c - the public WARC reader: record framing of ISO 28500
 * (WARC 1.0 and 1.1, section 4: version line, named fields, an empty line,
 * a block of Content-Length bytes, then CRLF CRLF), with recovery from
 * damage by looking for the next version line. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/ascii.h"
#include "warc_input.h"
#include "warc_record.h"

enum { WARC_ERROR_MAX = 320 };

struct pith_warc_reader {
    warc_input in;
    size_t max_record;
    bool resync; /* after damage: skip lines until a version line */
    buf line;
    char error[WARC_ERROR_MAX];
};

/* ---- records ------------------------------------------------------------- */

pith_warc_record *pith_warc_record_new(void)
{
    pith_warc_record *rec = calloc(1, sizeof *rec);
    if (rec)
        warc_record_clear(rec);
    return rec;
}

void pith_warc_record_free(pith_warc_record *rec)
{
    if (!rec)
        return;
    buf_dispose(&rec->fields);
    buf_dispose(&rec->block);
    buf_dispose(&rec->decoded);
    buf_dispose(&rec->scratch);
    free(rec);
}

static void clear_buf(buf *b)
{
    if (b->cap > WARC_KEEP_CAPACITY)
        buf_dispose(b);
    buf_clear(b);
}

void warc_record_clear(pith_warc_record *rec)
{
    clear_buf(&rec->fields);
    clear_buf(&rec->block);
    clear_buf(&rec->decoded);
    clear_buf(&rec->scratch);
    for (int i = 0; i < WARC_F__COUNT; i++)
        rec->field_at[i] = -1;
    rec->offset = 0;
    rec->payload = "";
    rec->payload_len = 0;
    rec->http_status = 0;
    rec->media_type[0] = '\0';
    rec->charset[0] = '\0';
    rec->has_charset = false;
    rec->skip = PITH_WARC_SKIP_NONE;
    rec->detail[0] = '\0';
}

const char *warc_record_field(const pith_warc_record *rec, warc_field f)
{
    return rec->field_at[f] < 0 || rec->fields.failed ? NULL : rec->fields.data + rec->field_at[f];
}

const char *pith_warc_record_type(const pith_warc_record *rec) { return warc_record_field(rec, WARC_F_TYPE); }
const char *pith_warc_record_target_uri(const pith_warc_record *rec)
{
    return warc_record_field(rec, WARC_F_TARGET_URI);
}
const char *pith_warc_record_date(const pith_warc_record *rec) { return warc_record_field(rec, WARC_F_DATE); }
const char *pith_warc_record_id(const pith_warc_record *rec) { return warc_record_field(rec, WARC_F_RECORD_ID); }
unsigned long long pith_warc_record_offset(const pith_warc_record *rec) { return rec->offset; }
int pith_warc_record_http_status(const pith_warc_record *rec) { return rec->http_status; }
const char *pith_warc_record_content_type(const pith_warc_record *rec) { return rec->media_type; }
const char *pith_warc_record_charset(const pith_warc_record *rec)
{
    return rec->has_charset ? rec->charset : NULL;
}
pith_warc_skip pith_warc_record_skip(const pith_warc_record *rec) { return rec->skip; }
const char *pith_warc_record_skip_detail(const pith_warc_record *rec) { return rec->detail; }
const char *pith_warc_record_payload(const pith_warc_record *rec, size_t *len)
{
    if (len)
        *len = rec->payload_len;
    return rec->payload;
}

const char *pith_warc_skip_name(pith_warc_skip reason)
{
    switch (reason) {
    case PITH_WARC_SKIP_NONE: return "none";
    case PITH_WARC_SKIP_RECORD_TYPE: return "record-type";
    case PITH_WARC_SKIP_HTTP_STATUS: return "http-status";
    case PITH_WARC_SKIP_NOT_HTML: return "not-html";
    case PITH_WARC_SKIP_TOO_LARGE: return "too-large";
    case PITH_WARC_SKIP_BAD_HTTP: return "bad-http";
    case PITH_WARC_SKIP_BAD_ENCODING: return "bad-encoding";
    default: return "unknown";
    }
}

/* ---- reader -------------------------------------------------------------- */

int pith_warc_open_fd(int fd, size_t max_record_bytes, pith_warc_reader **out)
{
    if (!out || fd < 0)
        return PITH_EINVAL;
    *out = NULL;
    pith_warc_reader *r = malloc(sizeof *r);
    if (!r) {
        close(fd);
        return PITH_ENOMEM;
    }
    warc_input_init(&r->in, fd, true);
    r->max_record = max_record_bytes ? max_record_bytes : WARC_DEFAULT_MAX_RECORD;
    r->resync = false;
    r->line = BUF_INIT;
    r->error[0] = '\0';
    *out = r;
    return PITH_OK;
}

int pith_warc_open(const char *path, size_t max_record_bytes, pith_warc_reader **out)
{
    if (!path || !out)
        return PITH_EINVAL;
    *out = NULL;
    int fd = strcmp(path, "-") == 0 ? dup(0) : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return PITH_EIO;
    return pith_warc_open_fd(fd, max_record_bytes, out);
}

void pith_warc_close(pith_warc_reader *r)
{
    if (!r)
        return;
    warc_input_dispose(&r->in);
    buf_dispose(&r->line);
    free(r);
}

const char *pith_warc_error(const pith_warc_reader *r) { return r ? r->error : ""; }

unsigned long long pith_warc_position(const pith_warc_reader *r)
{
    if (!r)
        return 0;
    if (r->in.gzip)
        return r->in.file_pos - (r->in.in_len - r->in.in_pos);
    return r->in.file_pos - (r->in.out_len - r->in.out_pos);
}

static int fail(pith_warc_reader *r, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, ap);
    va_end(ap);
    r->resync = true;
    return code;
}

/* Reads one line (LF or CRLF ended, the ending dropped) into r->line.
 * Lines longer than WARC_HEADER_MAX keep their first WARC_HEADER_MAX bytes
 * and set *long_line.  Returns 1, 0 at the end, or the input's error. */
static int read_line(pith_warc_reader *r, bool *long_line)
{
    buf_clear(&r->line);
    *long_line = false;
    bool any = false;
    for (;;) {
        long avail = warc_input_fill(&r->in);
        if (avail < 0)
            return (int)avail;
        if (avail == 0)
            return any ? 1 : 0;
        size_t n;
        const unsigned char *p = warc_input_peek(&r->in, &n);
        const unsigned char *nl = memchr(p, '\n', n);
        size_t take = nl ? (size_t)(nl - p) : n;
        any = true;
        if (r->line.len + take > WARC_HEADER_MAX) {
            *long_line = true;
            size_t room = WARC_HEADER_MAX - r->line.len;
            buf_append(&r->line, p, room < take ? room : take);
        } else {
            buf_append(&r->line, p, take);
        }
        warc_input_consume(&r->in, nl ? take + 1 : take);
        if (nl)
            break;
    }
    if (r->line.len && r->line.data[r->line.len - 1] == '\r')
        r->line.len--;
    return r->line.failed ? PITH_ENOMEM : 1;
}

static int input_error(pith_warc_reader *r, int rc, pith_warc_record *rec, bool in_record)
{
    const char *id = in_record ? warc_record_field(rec, WARC_F_RECORD_ID) : NULL;
    if (!in_record)
        rec->offset = warc_input_record_offset(&r->in); /* where the damage is */
    if (id)
        return fail(r, rc, "%s (in record %s)", r->in.message, id);
    return fail(r, rc, "%s", r->in.message);
}

/* Stores a field's value (angle brackets around URIs removed). */
static void keep_field(pith_warc_record *rec, warc_field f, slice value)
{
    /* WARC 1.0 wrote the target URI in angle brackets; 1.1 does not.  The
     * record ID keeps them: they are part of its value in both. */
    if (f == WARC_F_TARGET_URI && value.len >= 2 && value.ptr[0] == '<' && value.ptr[value.len - 1] == '>')
        value = slice_make(value.ptr + 1, value.len - 2);
    rec->field_at[f] = (long)rec->fields.len;
    buf_append_slice(&rec->fields, value);
    buf_putc(&rec->fields, '\0');
}

static void parse_field(pith_warc_record *rec, slice line)
{
    static const struct {
        const char *name;
        warc_field field;
    } known[] = {
        { "WARC-Type", WARC_F_TYPE },           { "WARC-Target-URI", WARC_F_TARGET_URI },
        { "WARC-Date", WARC_F_DATE },           { "WARC-Record-ID", WARC_F_RECORD_ID },
        { "Content-Type", WARC_F_CONTENT_TYPE }, { "Content-Length", WARC_F_CONTENT_LENGTH },
    };
    const char *colon = memchr(line.ptr, ':', line.len);
    if (!colon)
        return;
    slice name = slice_trim(slice_make(line.ptr, (size_t)(colon - line.ptr)));
    slice value = slice_trim(slice_make(colon + 1, line.len - (size_t)(colon + 1 - line.ptr)));
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (rec->field_at[known[i].field] < 0 && slice_eq_nocase(name, known[i].name)) {
            keep_field(rec, known[i].field, value);
            return;
        }
}

/* Content-Length: decimal digits only. */
static bool parse_length(const char *s, unsigned long long *out)
{
    unsigned long long v = 0;
    if (!s || !ascii_is_digit((unsigned char)*s))
        return false;
    for (; *s; s++) {
        if (!ascii_is_digit((unsigned char)*s) || v > (~0ULL - 9) / 10)
            return false;
        v = v * 10 + (unsigned)(*s - '0');
    }
    *out = v;
    return true;
}

/* Finds the version line that starts the next record.  Returns 1, 0 at the
 * end, or a negative code. */
static int find_version_line(pith_warc_reader *r, pith_warc_record *rec)
{
    for (;;) {
        bool long_line;
        unsigned long long before = pith_warc_position(r);
        int rc = read_line(r, &long_line);
        if (rc < 0)
            return input_error(r, rc, rec, false);
        if (rc == 0)
            return 0;
        slice line = slice_make(r->line.data ? r->line.data : "", r->line.len);
        if (slice_trim(line).len == 0)
            continue; /* the CRLF CRLF after a block, or stray blank lines */
        if (line.len >= 5 && memcmp(line.ptr, "WARC/", 5) == 0) {
            r->resync = false;
            rec->offset = r->in.gzip ? r->in.member_start : before;
            return 1;
        }
        if (!r->resync) {
            unsigned long long at = pith_warc_position(r);
            return fail(r, PITH_EFORMAT, "expected a WARC record near offset %llu; skipping to the next one", at);
        }
    }
}

int pith_warc_next(pith_warc_reader *r, pith_warc_record *rec)
{
    if (!r || !rec)
        return PITH_EINVAL;
    warc_record_clear(rec);
    r->error[0] = '\0';
    int rc = find_version_line(r, rec);
    if (rc <= 0)
        return rc;

    /* Named fields up to the empty line. */
    size_t head_bytes = 0;
    for (;;) {
        bool long_line;
        rc = read_line(r, &long_line);
        if (rc < 0)
            return input_error(r, rc, rec, true);
        if (rc == 0)
            return fail(r, PITH_EFORMAT, "WARC record at offset %llu is truncated in its header",
                        (unsigned long long)rec->offset);
        if (r->line.len == 0)
            break;
        head_bytes += r->line.len;
        if (long_line || head_bytes > WARC_HEADER_MAX)
            return fail(r, PITH_EFORMAT, "WARC record at offset %llu has an oversized header",
                        (unsigned long long)rec->offset);
        parse_field(rec, slice_make(r->line.data, r->line.len));
    }
    if (rec->fields.failed)
        return fail(r, PITH_ENOMEM, "out of memory");
    const char *id = warc_record_field(rec, WARC_F_RECORD_ID);
    unsigned long long length;
    if (!parse_length(warc_record_field(rec, WARC_F_CONTENT_LENGTH), &length))
        return fail(r, PITH_EFORMAT, "WARC record %s at offset %llu has no valid Content-Length",
                    id ? id : "(no id)", (unsigned long long)rec->offset);

    const char *type = warc_record_field(rec, WARC_F_TYPE);
    bool wanted = type && (strcmp(type, "response") == 0 || strcmp(type, "resource") == 0);
    size_t got;
    if (!wanted || length > r->max_record) {
        /* Step over the block without keeping it. */
        rc = warc_input_read(&r->in, NULL, length, &got);
        if (rc < 0)
            return input_error(r, rc, rec, true);
        if (got < length)
            return fail(r, PITH_EFORMAT, "WARC record %s at offset %llu is truncated (%zu of %llu bytes)",
                        id ? id : "(no id)", (unsigned long long)rec->offset, got, length);
        if (!wanted) {
            rec->skip = PITH_WARC_SKIP_RECORD_TYPE;
            snprintf(rec->detail, sizeof rec->detail, "%s", type ? type : "no WARC-Type");
        } else {
            rec->skip = PITH_WARC_SKIP_TOO_LARGE;
            snprintf(rec->detail, sizeof rec->detail, "block of %llu bytes", length);
        }
        return 1;
    }

    if (!buf_reserve(&rec->block, (size_t)length))
        return fail(r, PITH_ENOMEM, "out of memory for a record of %llu bytes", length);
    rc = warc_input_read(&r->in, rec->block.data, (size_t)length, &got);
    rec->block.len = got;
    if (rc < 0)
        return input_error(r, rc, rec, true);
    if (got < length)
        return fail(r, PITH_EFORMAT, "WARC record %s at offset %llu is truncated (%zu of %llu bytes)",
                    id ? id : "(no id)", (unsigned long long)rec->offset, got, length);
    rc = warc_record_classify(rec, r->max_record);
    if (rc < 0)
        return fail(r, rc, "out of memory decoding record %s", id ? id : "(no id)");
    return 1;
}
