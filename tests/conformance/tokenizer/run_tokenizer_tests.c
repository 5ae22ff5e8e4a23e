/* run_tokenizer_tests.c - runs the html5lib-tests tokenizer suite (the
 * tokenizer folder's .test files, JSON) against pith's tokenizer, read in
 * place from the shared data directory given as argv[1].
 *
 * For each test and each of its initial states the tokenizer's tokens are
 * written in a canonical text form (adjacent character tokens merged,
 * attributes sorted by name, DOCTYPE correctness = !force-quirks) and
 * compared with the expected output written the same way.  Parse error
 * counts are compared too (reported; with -E a mismatch fails the run).
 * xmlViolation.test is skipped: it describes the XML infoset coercion of a
 * different output mode.
 *
 * Prints "N passed, N failed" per file and in total; exits 1 on failure.
 * -v prints every failure in full (default: the first 20); -e prints the
 * tests whose parse error count differs; -E makes such a difference fail the
 * run (the meson test uses it: pith counts every tokenizer parse error). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/json.h"
#include "html/tokenizer/tokenizer.h"
#include "read_file.h"

typedef struct totals {
    size_t passed, failed, errors_match, errors_checked;
} totals;

static int verbose, show_errors, strict_errors;
static size_t shown;

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int read_u_escape(slice s, size_t i, unsigned *cp)
{
    if (i + 6 > s.len || s.ptr[i] != '\\' || s.ptr[i + 1] != 'u')
        return 0;
    unsigned v = 0;
    for (size_t k = 2; k < 6; k++) {
        int h = hexval((unsigned char)s.ptr[i + k]);
        if (h < 0)
            return 0;
        v = v * 16 + (unsigned)h;
    }
    *cp = v;
    return 1;
}

/* UTF-8 that also encodes lone surrogates (WTF-8), as the tests need. */
static void put_wtf8(buf *b, unsigned cp)
{
    if (cp < 0x80) {
        buf_putc(b, (char)cp);
    } else if (cp < 0x800) {
        buf_putc(b, (char)(0xC0 | (cp >> 6)));
        buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        buf_putc(b, (char)(0xE0 | (cp >> 12)));
        buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        buf_putc(b, (char)(0xF0 | (cp >> 18)));
        buf_putc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
        buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

/* doubleEscaped tests escape their strings once more: decode "\uXXXX". */
static slice unescape(arena *a, slice s)
{
    buf b = BUF_INIT;
    for (size_t i = 0; i < s.len;) {
        unsigned cp, lo;
        if (read_u_escape(s, i, &cp)) {
            i += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF && read_u_escape(s, i, &lo) && lo >= 0xDC00 &&
                lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            put_wtf8(&b, cp);
        } else {
            buf_putc(&b, s.ptr[i++]);
        }
    }
    slice r = arena_slice_dup(a, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    return r;
}

static void put_str(buf *b, slice s)
{
    buf_putc(b, '"');
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        if (c < 0x20 || c == 0x7F || c == '"' || c == '\\')
            buf_printf(b, "\\x%02X", c);
        else
            buf_putc(b, (char)c);
    }
    buf_putc(b, '"');
}

static void put_opt(buf *b, bool has, slice s)
{
    if (has)
        put_str(b, s);
    else
        buf_puts(b, "null");
}

typedef struct attr_pair {
    slice name, value;
} attr_pair;

static int cmp_attr(const void *x, const void *y)
{
    const attr_pair *a = x, *b = y;
    size_t n = a->name.len < b->name.len ? a->name.len : b->name.len;
    int c = memcmp(a->name.ptr, b->name.ptr, n);
    return c ? c : (a->name.len > b->name.len) - (a->name.len < b->name.len);
}

static void put_start_tag(buf *b, slice name, attr_pair *attrs, size_t n, bool self_closing)
{
    buf_puts(b, "StartTag ");
    put_str(b, name);
    buf_puts(b, " {");
    qsort(attrs, n, sizeof *attrs, cmp_attr);
    for (size_t i = 0; i < n; i++) {
        buf_puts(b, i ? ", " : "");
        put_str(b, attrs[i].name);
        buf_putc(b, '=');
        put_str(b, attrs[i].value);
    }
    buf_puts(b, self_closing ? "} /\n" : "}\n");
}

/* Character tokens merge before comparison. */
static void flush_chars(buf *out, buf *chars)
{
    if (chars->len) {
        buf_puts(out, "Character ");
        put_str(out, slice_make(chars->data, chars->len));
        buf_putc(out, '\n');
        buf_clear(chars);
    }
}

static slice str_of(arena *a, const json_value *v, bool dbl)
{
    slice s = json_string(v);
    if (!s.ptr)
        s = SLICE_EMPTY;
    return dbl ? unescape(a, s) : s;
}

static void expected_form(arena *a, const json_value *output, bool dbl, buf *out)
{
    buf chars = BUF_INIT;
    for (const json_value *tk = json_first(output); tk; tk = tk->next) {
        slice kind = json_string(json_at(tk, 0));
        if (slice_eq_cstr(kind, "Character")) {
            buf_append_slice(&chars, str_of(a, json_at(tk, 1), dbl));
            continue;
        }
        flush_chars(out, &chars);
        if (slice_eq_cstr(kind, "StartTag")) {
            const json_value *attrs = json_at(tk, 2);
            size_t n = attrs ? attrs->count : 0, i = 0;
            attr_pair *pairs = arena_alloc(a, (n + 1) * sizeof *pairs);
            for (const json_value *m = json_first(attrs); m; m = m->next, i++) {
                pairs[i].name = dbl ? unescape(a, m->key) : m->key;
                pairs[i].value = str_of(a, m, dbl);
            }
            const json_value *sc = json_at(tk, 3);
            put_start_tag(out, str_of(a, json_at(tk, 1), dbl), pairs, n,
                          json_is(sc, JSON_BOOL) && sc->boolean);
        } else if (slice_eq_cstr(kind, "EndTag")) {
            buf_puts(out, "EndTag ");
            put_str(out, str_of(a, json_at(tk, 1), dbl));
            buf_putc(out, '\n');
        } else if (slice_eq_cstr(kind, "Comment")) {
            buf_puts(out, "Comment ");
            put_str(out, str_of(a, json_at(tk, 1), dbl));
            buf_putc(out, '\n');
        } else if (slice_eq_cstr(kind, "DOCTYPE")) {
            buf_puts(out, "DOCTYPE ");
            for (size_t k = 1; k <= 3; k++) {
                const json_value *v = json_at(tk, k);
                put_opt(out, json_is(v, JSON_STRING), str_of(a, v, dbl));
                buf_putc(out, ' ');
            }
            const json_value *ok = json_at(tk, 4);
            buf_puts(out, json_is(ok, JSON_BOOL) && ok->boolean ? "correct\n" : "quirks\n");
        } else {
            buf_puts(out, "UNKNOWN\n");
        }
    }
    flush_chars(out, &chars);
    buf_dispose(&chars);
}

/* Tokenizes `input` from `state`; returns the parse error count. */
static size_t actual_form(arena *a, slice input, html_tok_state state, const json_value *last,
                          bool dbl, buf *out)
{
    html_tokenizer *t = html_tok_new(a, input.ptr, input.len);
    if (!t) {
        buf_puts(out, "OUT OF MEMORY\n");
        return 0;
    }
    html_tok_set_state(t, state);
    if (json_is(last, JSON_STRING))
        html_tok_set_last_start_tag(t, str_of(a, last, dbl));
    buf chars = BUF_INIT;
    /* A hang guard: no input needs more tokens than bytes (+ EOF). */
    for (size_t guard = 0; guard < 4 * input.len + 16; guard++) {
        html_token tk;
        if (html_tok_next(t, &tk) != 0) {
            buf_puts(out, "ERROR\n");
            break;
        }
        if (tk.type == TOKEN_EOF)
            break;
        if (tk.type == TOKEN_CHARACTER) {
            buf_append_slice(&chars, tk.data);
            continue;
        }
        flush_chars(out, &chars);
        switch (tk.type) {
        case TOKEN_START_TAG: {
            attr_pair *pairs = arena_alloc(a, (tk.attr_count + 1) * sizeof *pairs);
            for (uint32_t i = 0; i < tk.attr_count; i++) {
                pairs[i].name = tk.attrs[i].name;
                pairs[i].value = tk.attrs[i].value;
            }
            put_start_tag(out, tk.name, pairs, tk.attr_count, tk.self_closing);
            break;
        }
        case TOKEN_END_TAG:
            buf_puts(out, "EndTag ");
            put_str(out, tk.name);
            buf_putc(out, '\n');
            break;
        case TOKEN_COMMENT:
            buf_puts(out, "Comment ");
            put_str(out, tk.data);
            buf_putc(out, '\n');
            break;
        case TOKEN_DOCTYPE:
            buf_puts(out, "DOCTYPE ");
            put_opt(out, tk.has_name, tk.name);
            buf_putc(out, ' ');
            put_opt(out, tk.has_public_id, tk.public_id);
            buf_putc(out, ' ');
            put_opt(out, tk.has_system_id, tk.system_id);
            buf_puts(out, tk.force_quirks ? " quirks\n" : " correct\n");
            break;
        default: break;
        }
    }
    flush_chars(out, &chars);
    buf_dispose(&chars);
    return html_tok_error_count(t) + html_tok_input_stream_error_count(t);
}

static bool parse_state(slice name, html_tok_state *st)
{
    static const struct {
        const char *name;
        html_tok_state state;
    } states[] = {
        { "Data state", HTML_TOK_DATA },
        { "PLAINTEXT state", HTML_TOK_PLAINTEXT },
        { "RCDATA state", HTML_TOK_RCDATA },
        { "RAWTEXT state", HTML_TOK_RAWTEXT },
        { "Script data state", HTML_TOK_SCRIPT_DATA },
        { "CDATA section state", HTML_TOK_CDATA_SECTION },
    };
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        if (slice_eq_cstr(name, states[i].name)) {
            *st = states[i].state;
            return true;
        }
    return false;
}

static void run_one(arena *a, const json_value *test, slice state_name, totals *tot)
{
    const json_value *dv = json_get(test, "doubleEscaped");
    bool dbl = json_is(dv, JSON_BOOL) && dv->boolean;
    slice input = str_of(a, json_get(test, "input"), dbl);
    html_tok_state st;
    buf want = BUF_INIT, got = BUF_INIT;
    if (!parse_state(state_name, &st)) {
        buf_puts(&got, "UNKNOWN STATE\n");
    } else {
        size_t errors = actual_form(a, input, st, json_get(test, "lastStartTag"), dbl, &got);
        const json_value *ev = json_get(test, "errors");
        size_t expected_errors = ev ? ev->count : 0;
        tot->errors_checked++;
        if (errors == expected_errors) {
            tot->errors_match++;
        } else if (show_errors) {
            printf("ERRORS %zu, expected %zu:", errors, expected_errors);
            for (const json_value *e = json_first(ev); e; e = e->next) {
                slice code = json_string(json_get(e, "code"));
                printf(" %.*s", (int)code.len, code.ptr);
            }
            buf msg = BUF_INIT;
            put_str(&msg, input);
            printf(" [%.*s] %s\n", (int)state_name.len, state_name.ptr, buf_cstr(&msg));
            buf_dispose(&msg);
        }
    }
    expected_form(a, json_get(test, "output"), dbl, &want);
    bool ok = want.len == got.len && (want.len == 0 || memcmp(want.data, got.data, want.len) == 0);
    if (ok) {
        tot->passed++;
    } else {
        tot->failed++;
        if (verbose || shown < 20) {
            shown++;
            buf msg = BUF_INIT;
            put_str(&msg, input);
            printf("FAIL: %.*s [%.*s]\n  input: %s\n  expected:\n%.*s  actual:\n%.*s",
                   (int)json_string(json_get(test, "description")).len,
                   json_string(json_get(test, "description")).ptr, (int)state_name.len,
                   state_name.ptr, buf_cstr(&msg), (int)want.len, want.data ? want.data : "",
                   (int)got.len, got.data ? got.data : "");
            buf_dispose(&msg);
        }
    }
    buf_dispose(&want);
    buf_dispose(&got);
}

static int run_file(const char *dir, const char *name, totals *all)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        printf("%s: cannot read\n", path);
        return -1;
    }
    arena *a = arena_new(0);
    json_value *root;
    json_error err;
    if (!a || json_parse(a, text, len, 0, 0, &root, &err) != 0) {
        printf("%s: JSON error at %zu\n", path, err.offset);
        free(text);
        arena_free(a);
        return -1;
    }
    totals tot = { 0 };
    for (const json_value *test = json_first(json_get(root, "tests")); test; test = test->next) {
        arena *ta = arena_new(0);
        const json_value *states = json_get(test, "initialStates");
        if (json_first(states)) {
            for (const json_value *s = json_first(states); s; s = s->next)
                run_one(ta, test, json_string(s), &tot);
        } else {
            run_one(ta, test, SLICE_LIT("Data state"), &tot);
        }
        arena_free(ta);
    }
    printf("%s: %zu passed, %zu failed (parse error counts match in %zu/%zu)\n", name, tot.passed,
           tot.failed, tot.errors_match, tot.errors_checked);
    all->passed += tot.passed;
    all->failed += tot.failed;
    all->errors_match += tot.errors_match;
    all->errors_checked += tot.errors_checked;
    arena_free(a);
    free(text);
    return 0;
}

static int cmp_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else if (strcmp(argv[i], "-e") == 0)
            show_errors = 1;
        else if (strcmp(argv[i], "-E") == 0)
            strict_errors = 1;
        else
            dir = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: %s [-v] <html5lib-tests/tokenizer dir>\n", argv[0]);
        return 2;
    }
    DIR *d = opendir(dir);
    if (!d) {
        printf("cannot open %s\n", dir);
        return 1;
    }
    char *names[256];
    size_t count = 0;
    struct dirent *e;
    while ((e = readdir(d)) && count < 256) {
        size_t n = strlen(e->d_name);
        if (n > 5 && strcmp(e->d_name + n - 5, ".test") == 0)
            names[count++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, cmp_name);
    totals all = { 0 };
    int bad = 0;
    for (size_t i = 0; i < count; i++) {
        if (strcmp(names[i], "xmlViolation.test") == 0)
            printf("%s: skipped (XML infoset coercion, not the HTML token stream)\n", names[i]);
        else if (run_file(dir, names[i], &all) != 0)
            bad = 1;
        free(names[i]);
    }
    printf("parse error counts match in %zu/%zu\n", all.errors_match, all.errors_checked);
    printf("%zu passed, %zu failed\n", all.passed, all.failed);
    if (strict_errors && all.errors_match != all.errors_checked)
        bad = 1;
    return bad || all.failed || all.passed == 0 ? 1 : 0;
}
