/* pathological.c - hostile pages, built in memory, through the decoder and
 * the parser (html_decode + html_parse_document) and through the whole
 * pipeline (pith_extract + a JSON render).
 *
 * Every case runs at two sizes, N and 4N.  It passes when both complete,
 * when CPU time grows close to linearly (time(4N) < 10 x time(N), judged
 * only when time(4N) is above a noise floor; parsing is timed as the
 * better of two runs), and when the page arena stays a
 * small multiple of the input.  The limits (max-input-mb, max-nodes) must
 * come back as PITH_ELIMIT with a message naming the option.
 *
 * Usage: pathological [--scale small|fast|full] [CASE...]
 *   small: sizes for sanitizer builds (the default under ASan)
 *   fast:  the default; the whole run stays well under a minute
 *   full:  the sizes of the slow suite (a million <div>s, 100 MB of text,
 *          50 MB of attributes, 100,000 nested tables and templates)
 * PITH_PATHOLOGICAL_SCALE in the environment sets the scale too. */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/buf.h"
#include "html/decode/decode.h"
#include "html/dom.h"
#include "html/parse.h"
#include "pith.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_SANITIZER 1
#endif
#endif

enum {
    /* time(4N)/time(N) above this fails: linear is 4, n log n about 4.5,
     * quadratic 16.  The margin absorbs cache effects (a million distinct
     * attributes cost 2x more per byte at 32 MB than at 1 MB, as their
     * hash set leaves the cache) and a busy machine. */
    MAX_GROWTH = 10,
    /* Page arena bytes per input byte.  A 5-byte "<div>" is one node plus
     * its share of the stacks; the decoded copy is one more byte. */
    MAX_ARENA_PER_BYTE = 64,
};
/* Below this, time(4N) is too short for the ratio to mean anything. */
static const double NOISE_FLOOR_S = 0.05;

typedef void (*generator)(buf *b, size_t units);

typedef struct pathological_case {
    const char *name;
    generator gen;
    const char *transport;           /* charset given as if from HTTP */
    size_t small, fast, full;        /* units of the 4N size per scale */
    const char *unit;                /* what a unit is, for the report */
} pathological_case;

/* ---- Generators ---------------------------------------------------------- */

static void repeat(buf *b, const char *s, size_t times)
{
    size_t n = strlen(s);
    buf_reserve(b, n * times);
    for (size_t i = 0; i < times; i++)
        buf_append(b, s, n);
}

/* Fills up to `bytes` by repeating s. */
static void fill(buf *b, const char *s, size_t bytes)
{
    size_t n = strlen(s);
    repeat(b, s, bytes / n + 1);
}

static void gen_nested_divs(buf *b, size_t u) { repeat(b, "<div>", u); }

static void gen_divs_then_close_p(buf *b, size_t u)
{
    repeat(b, "<div>", u);
    repeat(b, "</p>", u);
}

static void gen_attributes_distinct(buf *b, size_t bytes)
{
    buf_reserve(b, bytes + 64);
    buf_puts(b, "<p ");
    for (size_t i = 0; b->len < bytes; i++)
        buf_printf(b, "a%zx=v ", i);
    buf_puts(b, ">text</p>");
}

static void gen_attributes_duplicate(buf *b, size_t bytes)
{
    buf_puts(b, "<p ");
    fill(b, "class=v ", bytes);
    buf_puts(b, ">text</p>");
}

static void gen_huge_text(buf *b, size_t bytes)
{
    buf_puts(b, "<html><body><p>");
    fill(b, "lorem ipsum dolor sit amet, consectetur adipiscing elit ", bytes);
    buf_puts(b, "</p>");
}

static void gen_nul_bytes(buf *b, size_t bytes)
{
    static const char piece[] = "<p>a\0b</p><\0div x\0=\0y>\0\0text\0<!--\0-->&#0;<script>\0</script>";
    buf_reserve(b, bytes + sizeof piece);
    while (b->len < bytes)
        buf_append(b, piece, sizeof piece - 1);
}

static void gen_invalid_utf8(buf *b, size_t bytes)
{
    buf_puts(b, "<p>");
    fill(b, "ok \xC0\xAF \xED\xA0\x80 \xF0\x9F\x98x \xFF\xFE <b \xE2\x82=\x80>\xC3</b>", bytes);
}

static void gen_unclosed_comment(buf *b, size_t bytes)
{
    buf_puts(b, "<!--");
    fill(b, "<p>text <b>bold</b> - -> --!</p>\n", bytes);
}

static void gen_nested_tables(buf *b, size_t u) { repeat(b, "<table><tr><td>", u); }

static void gen_misnested_formatting(buf *b, size_t u)
{
    repeat(b, "<b><i><a href=x><p>text</b>more</i>x</a>y", u);
}

static void gen_formatting_unique(buf *b, size_t u)
{
    /* Formatting elements that Noah's Ark cannot merge (distinct
     * attributes), then end tags that run the adoption agency on them. */
    buf_reserve(b, u * 24);
    for (size_t i = 0; i < u; i++)
        buf_printf(b, "<b id=%zx>", i);
    buf_puts(b, "<p>x");
    repeat(b, "</b>", u);
}

static void gen_nested_svg_math(buf *b, size_t u)
{
    repeat(b, "<svg><g><math><mi><svg><foreignObject><math><annotation-xml>", u);
}

static void gen_unclosed_templates(buf *b, size_t u) { repeat(b, "<template>", u); }

static const pathological_case cases[] = {
    { "nested_divs", gen_nested_divs, NULL, 25000, 400000, 1000000, "<div>" },
    { "divs_then_close_p", gen_divs_then_close_p, NULL, 25000, 400000, 1000000, "<div>+</p>" },
    { "attributes_distinct", gen_attributes_distinct, NULL, 1 << 20, 8 << 20, 50 << 20, "byte" },
    { "attributes_duplicate", gen_attributes_duplicate, NULL, 1 << 20, 8 << 20, 50 << 20, "byte" },
    { "huge_text", gen_huge_text, NULL, 2 << 20, 8 << 20, 100 << 20, "byte" },
    { "nul_bytes", gen_nul_bytes, NULL, 1 << 20, 4 << 20, 32 << 20, "byte" },
    { "invalid_utf8", gen_invalid_utf8, "utf-8", 1 << 20, 4 << 20, 32 << 20, "byte" },
    { "invalid_utf8_sniffed", gen_invalid_utf8, NULL, 1 << 20, 4 << 20, 32 << 20, "byte" },
    { "unclosed_comment", gen_unclosed_comment, NULL, 1 << 20, 8 << 20, 64 << 20, "byte" },
    { "nested_tables", gen_nested_tables, NULL, 5000, 40000, 100000, "<table><tr><td>" },
    { "misnested_formatting", gen_misnested_formatting, NULL, 5000, 40000, 200000, "group" },
    { "formatting_unique", gen_formatting_unique, NULL, 2000, 20000, 100000, "<b id>" },
    { "nested_svg_math", gen_nested_svg_math, NULL, 5000, 40000, 100000, "group" },
    { "unclosed_templates", gen_unclosed_templates, NULL, 5000, 40000, 100000, "<template>" },
};
enum { CASES = sizeof cases / sizeof *cases };

/* ---- Measuring ------------------------------------------------------------ */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

typedef struct run_result {
    int parse_rc, extract_rc;
    double parse_s, extract_s;
    size_t bytes, arena_used, arena_reserved, nodes;
} run_result;

static size_t count_nodes(const dom_node *root)
{
    size_t n = 0;
    for (const dom_node *x = root; x; x = dom_next(root, x))
        n++;
    return n;
}

static int sink_count(const char *data, size_t len, void *payload)
{
    (void)data;
    *(size_t *)payload += len;
    return 0;
}

static void run_once(const pathological_case *c, size_t units, bool extract, run_result *r)
{
    memset(r, 0, sizeof *r);
    buf in = BUF_INIT;
    c->gen(&in, units);
    if (in.failed) {
        r->parse_rc = r->extract_rc = PITH_ENOMEM;
        return;
    }
    r->bytes = in.len;

    /* Parsing is timed twice and the faster run kept: a single cold run
     * (first page faults, a busy machine) is too noisy for the ratio. */
    double t0;
    for (int attempt = 0; attempt < 2; attempt++) {
        arena *a = arena_new(0);
        html_decoded dec;
        dom_document doc;
        html_parse_options po = { .scripting = true, .max_nodes = 50000000, .max_depth = 0 };
        t0 = now();
        int rc = html_decode(a, in.data, in.len, c->transport, &dec);
        if (rc == 0)
            rc = html_parse_document(a, dec.utf8, dec.len, &po, &doc);
        double t = now() - t0;
        if (attempt == 0 || t < r->parse_s)
            r->parse_s = t;
        r->parse_rc = rc;
        if (rc == 0)
            r->nodes = count_nodes(doc.root);
        r->arena_used = arena_used(a);
        r->arena_reserved = arena_reserved(a);
        arena_free(a);
    }

    /* Extraction too is timed twice, the faster run kept, for the same
     * reason: one run on a busy machine swung past the limit once. */
    for (int attempt = 0; extract && attempt < 2; attempt++) {
        pith_extractor *ex = pith_extractor_new();
        pith_result *res = NULL;
        pith_extractor_set(ex, PITH_OPT_MAX_INPUT_MB, 1024);
        t0 = now();
        int rc = pith_extract(ex, in.data, in.len, "https://example.com/a", c->transport, &res);
        if (rc == 0) {
            size_t total = 0;
            rc = pith_result_render(res, PITH_FORMAT_JSON, "pathological", sink_count, &total);
        }
        double t = now() - t0;
        if (attempt == 0 || t < r->extract_s)
            r->extract_s = t;
        if (attempt == 0 || rc != 0)
            r->extract_rc = rc;
        pith_result_free(res);
        pith_extractor_free(ex);
    }
    buf_dispose(&in);
}

static double min_s(double a, double b)
{
    return a < b ? a : b;
}

static bool growth_ok(double t1, double t4)
{
    return t4 < NOISE_FLOOR_S || t4 < MAX_GROWTH * t1;
}

static int run_case(const pathological_case *c, size_t units4)
{
    size_t units1 = units4 / 4;
    run_result small, big;
    /* The large size first, untimed, so that both timed sizes find the
     * heap already grown: otherwise the small run may reuse warm pages
     * while the large one pays page faults, and cache-heavy cases (a
     * million distinct attributes) swing past the limit. */
    run_once(c, units4, false, &big);
    run_once(c, units1, true, &small);
    run_once(c, units4, true, &big);
    double per_byte = big.bytes ? (double)big.arena_reserved / (double)big.bytes : 0;
    bool ok = small.parse_rc == 0 && big.parse_rc == 0 && small.extract_rc == 0 &&
              big.extract_rc == 0;
    bool parse_linear = growth_ok(small.parse_s, big.parse_s);
    bool extract_linear = growth_ok(small.extract_s, big.extract_s);
    if (!parse_linear || !extract_linear) {
        /* A second chance, keeping each size's faster time: a busy
         * machine can stretch one run past the limit, while a quadratic
         * step (x16) misses it again. */
        run_result small2, big2;
        run_once(c, units1, true, &small2);
        run_once(c, units4, true, &big2);
        small.parse_s = min_s(small.parse_s, small2.parse_s);
        big.parse_s = min_s(big.parse_s, big2.parse_s);
        small.extract_s = min_s(small.extract_s, small2.extract_s);
        big.extract_s = min_s(big.extract_s, big2.extract_s);
        parse_linear = growth_ok(small.parse_s, big.parse_s);
        extract_linear = growth_ok(small.extract_s, big.extract_s);
    }
    bool memory_ok = per_byte <= MAX_ARENA_PER_BYTE ||
                     big.arena_reserved < ((size_t)16 << 20); /* small pages: fixed overhead */
    printf("%-22s 4N=%zu %s (%.1f MB): parse %.1f ms -> %.1f ms (x%.1f)%s, "
           "extract %.1f ms -> %.1f ms (x%.1f)%s, arena %.1f B/B (used %.1f), %zu nodes%s%s\n",
           c->name, units4, c->unit, (double)big.bytes / 1048576.0, small.parse_s * 1e3,
           big.parse_s * 1e3, small.parse_s > 0 ? big.parse_s / small.parse_s : 0,
           parse_linear ? "" : " NONLINEAR", small.extract_s * 1e3, big.extract_s * 1e3,
           small.extract_s > 0 ? big.extract_s / small.extract_s : 0,
           extract_linear ? "" : " NONLINEAR", per_byte,
           big.bytes ? (double)big.arena_used / (double)big.bytes : 0, big.nodes,
           memory_ok ? "" : " MEMORY", ok ? "" : " ERROR");
    if (!ok)
        printf("  rc: parse %d/%d, extract %d/%d\n", small.parse_rc, big.parse_rc,
               small.extract_rc, big.extract_rc);
    fflush(stdout);
    return ok && parse_linear && extract_linear && memory_ok ? 0 : 1;
}

/* ---- Limits --------------------------------------------------------------- */

static int check_limit(const char *what, pith_option opt, int value, const char *page, size_t len,
                       const char *must_mention)
{
    pith_extractor *ex = pith_extractor_new();
    pith_result *r = NULL;
    int set = pith_extractor_set(ex, opt, value);
    int rc = pith_extract(ex, page, len, NULL, NULL, &r);
    const char *msg = pith_extractor_error(ex);
    bool ok = set == 0 && rc == PITH_ELIMIT && r == NULL && strstr(msg, must_mention) != NULL;
    printf("%-22s rc=%d (%s), message \"%s\"%s\n", what, rc, pith_strerror(rc), msg,
           ok ? "" : " FAIL");
    pith_result_free(r);
    pith_extractor_free(ex);
    return ok ? 0 : 1;
}

static int run_limits(void)
{
    int failed = 0;
    buf page = BUF_INIT;
    fill(&page, "<p>0123456789</p>", (size_t)3 << 20);
    failed += check_limit("limit_max_input_mb", PITH_OPT_MAX_INPUT_MB, 2, page.data, page.len,
                          "max-input-mb");
    buf_clear(&page);
    repeat(&page, "<p>x", 20000); /* 40,000 nodes */
    failed += check_limit("limit_max_nodes", PITH_OPT_MAX_NODES, 1000, page.data, page.len,
                          "max-nodes");
    /* Under the limits the same extractor settings succeed. */
    pith_extractor *ex = pith_extractor_new();
    pith_result *r = NULL;
    pith_extractor_set(ex, PITH_OPT_MAX_NODES, 1000);
    int rc = pith_extract(ex, "<p>small page</p>", 17, NULL, NULL, &r);
    printf("%-22s rc=%d%s\n", "limit_under", rc, rc == 0 ? "" : " FAIL");
    failed += rc != 0;
    pith_result_free(r);
    pith_extractor_free(ex);
    buf_dispose(&page);
    return failed;
}

int main(int argc, char **argv)
{
    /* Keep freed memory in the heap instead of returning it to the system,
     * so the timed runs do not differ by page faults (see run_case). */
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#ifdef UNDER_SANITIZER
    const char *scale = "small";
#else
    const char *scale = "fast";
#endif
    const char *env = getenv("PITH_PATHOLOGICAL_SCALE");
    if (env && *env)
        scale = env;
    const char *only[CASES + 2];
    int only_count = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--scale") == 0 && i + 1 < argc)
            scale = argv[++i];
        else if (only_count < CASES + 1)
            only[only_count++] = argv[i];
    }
    int which = strcmp(scale, "small") == 0 ? 0 : strcmp(scale, "full") == 0 ? 2 : 1;
    printf("scale %s\n", which == 0 ? "small" : which == 2 ? "full" : "fast");
    int failed = 0;
    double t0 = now();
    for (int k = 0; k < CASES; k++) {
        const pathological_case *c = &cases[k];
        bool selected = only_count == 0;
        for (int i = 0; i < only_count; i++)
            selected |= strcmp(only[i], c->name) == 0;
        if (!selected)
            continue;
        size_t units = which == 0 ? c->small : which == 2 ? c->full : c->fast;
        failed += run_case(c, units);
    }
    bool limits = only_count == 0;
    for (int i = 0; i < only_count; i++)
        limits |= strcmp(only[i], "limits") == 0;
    if (limits)
        failed += run_limits();
    printf("%d failed, %.1f s\n", failed, now() - t0);
    return failed ? 1 : 0;
}
