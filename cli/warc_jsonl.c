/* warc_jsonl.c - one JSON line per WARC record: the library's JSON object
 * plus the record's crawl context (target URI, crawl date, record ID). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "warc_cli.h"

typedef struct out {
    char *p;
    size_t len, cap;
    bool failed;
} out;

static void put(out *o, const char *s, size_t n)
{
    if (o->failed)
        return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->len + n + 1)
            cap *= 2;
        char *q = realloc(o->p, cap);
        if (!q) {
            o->failed = true;
            return;
        }
        o->p = q;
        o->cap = cap;
    }
    memcpy(o->p + o->len, s, n);
    o->len += n;
    o->p[o->len] = '\0';
}

static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }

/* Length of a valid UTF-8 sequence at s (at most n bytes), 0 if invalid. */
static size_t utf8_length(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t need = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    if (!need || need > n || (need == 2 && c < 0xc2) || (need == 4 && c > 0xf4))
        return 0;
    for (size_t i = 1; i < need; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    if (need == 3 && ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0)))
        return 0; /* overlong, or a surrogate */
    if (need == 4 && ((c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] >= 0x90)))
        return 0;
    return need;
}

/* A JSON string; WARC header bytes are not promised to be UTF-8, so bad
 * sequences become U+FFFD and the line stays valid JSON. */
static void put_string(out *o, const char *s)
{
    if (!s) {
        puts_(o, "null");
        return;
    }
    puts_(o, "\"");
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        if (c == '"' || c == '\\') {
            char esc[2] = { '\\', (char)c };
            put(o, esc, 2);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            char esc[8];
            snprintf(esc, sizeof esc, "\\u%04x", c);
            puts_(o, esc);
            i++;
        } else {
            size_t k = utf8_length(p + i, n - i);
            if (k) {
                put(o, (const char *)p + i, k);
                i += k;
            } else {
                puts_(o, "\xef\xbf\xbd");
                i++;
            }
        }
    }
    puts_(o, "\"");
}

char *warc_line_finish(char *json, size_t len, const warc_line_context *ctx, int with_location,
                       size_t *out_len)
{
    /* Drop trailing whitespace and the closing brace. */
    while (len && (json[len - 1] == '\n' || json[len - 1] == ' ' || json[len - 1] == '\r' ||
                   json[len - 1] == '\t'))
        len--;
    out o = { 0 };
    if (len && json[len - 1] == '}') {
        len--;
        put(&o, json, len);
        /* An object with keys gets a comma before ours. */
        size_t k = len;
        while (k && (json[k - 1] == ' ' || json[k - 1] == '\n'))
            k--;
        if (!(k && json[k - 1] == '{'))
            puts_(&o, ",");
    } else {
        puts_(&o, "{"); /* not an object: should not happen; keep the line valid */
    }
    free(json);
    puts_(&o, "\"warc_target_uri\":");
    put_string(&o, ctx->target_uri);
    puts_(&o, ",\"crawl_date\":");
    put_string(&o, ctx->date);
    puts_(&o, ",\"warc_record_id\":");
    put_string(&o, ctx->record_id);
    if (with_location) {
        char num[32];
        puts_(&o, ",\"warc_file\":");
        put_string(&o, ctx->file);
        snprintf(num, sizeof num, "%llu", ctx->offset);
        puts_(&o, ",\"warc_offset\":");
        puts_(&o, num);
    }
    puts_(&o, "}\n");
    if (o.failed) {
        free(o.p);
        return NULL;
    }
    *out_len = o.len;
    return o.p;
}
