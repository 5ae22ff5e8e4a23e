/* bench_parse.c - HTML parsing speed: pith, libxml2 and gumbo on the same
 * pages in the same run, plus pith's DOM memory per page.
 *
 * Method: every page of the manifest is read into memory and decoded once
 * to UTF-8 with pith's decoder (html_decode); all three parsers then get the
 * same UTF-8 bytes, so only parsing is timed:
 *   pith     arena_reset + html_parse_document
 *   libxml2  htmlReadMemory(RECOVER|NOERROR|NOWARNING|NONET, "UTF-8") + xmlFreeDoc
 *   gumbo    gumbo_parse_with_options + gumbo_destroy_output
 * Single thread.  Each repetition parses the whole corpus with each parser
 * in turn (interleaved, so drift in the machine's speed hits all three);
 * the figure reported per parser is its fastest repetition, in CPU time of
 * the process (the wall time of that repetition is reported beside it).
 * MB are 10^6 bytes of UTF-8 input.  DOM memory: arena_used() of the page arena right
 * after parsing, over the page's UTF-8 size (median and p90 over pages).
 *
 * Output: a human summary on stderr, one JSON object on stdout (read by
 * bench/run_bench.py).
 *
 * Usage: bench_parse [--reps N] MANIFEST */
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_pages.h"
#include "core/arena.h"
#include "html/decode/decode.h"
#include "html/parse.h"

enum { PARSER_PITH, PARSER_LIBXML2, PARSER_GUMBO, PARSER__COUNT };
static const char *const parser_names[PARSER__COUNT] = { "pith", "libxml2", "gumbo" };

typedef struct utf8_page {
    const char *utf8;
    size_t len;
} utf8_page;

/* Parses every page once with one parser; returns -1 when a parser fails
 * on a page (then the comparison would be unfair). */
static int parse_all(bench_time *took, int parser, const utf8_page *pages, size_t n, arena *a,
                        const html_parse_options *po, double *mem_ratio)
{
    bench_time t0 = bench_time_now();
    for (size_t i = 0; i < n; i++) {
        const utf8_page *pg = &pages[i];
        switch (parser) {
        case PARSER_PITH: {
            dom_document doc;
            arena_reset(a);
            if (html_parse_document(a, pg->utf8, pg->len, po, &doc) < 0) {
                fprintf(stderr, "bench_parse: pith failed on page %zu\n", i);
                return -1;
            }
            if (mem_ratio)
                mem_ratio[i] = pg->len ? (double)arena_used(a) / (double)pg->len : 0;
            break;
        }
        case PARSER_LIBXML2: {
            htmlDocPtr d = htmlReadMemory(pg->utf8, (int)pg->len, NULL, "UTF-8",
                                          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                              HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
            if (d)
                xmlFreeDoc(d);
            break;
        }
        case PARSER_GUMBO: {
            GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, pg->utf8, pg->len);
            if (out)
                gumbo_destroy_output(&kGumboDefaultOptions, out);
            break;
        }
        }
    }
    *took = bench_time_since(t0);
    return 0;
}

int main(int argc, char **argv)
{
    int reps;
    const char *manifest;
    if (bench_args(argc, argv, "bench_parse", &reps, &manifest) < 0)
        return 2;
    bench_corpus corpus;
    if (bench_corpus_load(&corpus, manifest) < 0)
        return 1;

    /* Decode once; the decoded text lives in its own arena for the run. */
    arena *decoded = arena_new(0);
    arena *page = arena_new(0);
    utf8_page *pages = calloc(corpus.count, sizeof *pages);
    double *mem = calloc(corpus.count, sizeof *mem);
    if (!decoded || !page || !pages || !mem) {
        fprintf(stderr, "bench_parse: out of memory\n");
        return 1;
    }
    size_t utf8_bytes = 0;
    for (size_t i = 0; i < corpus.count; i++) {
        html_decoded dec;
        if (html_decode(decoded, corpus.pages[i].bytes, corpus.pages[i].len, NULL, &dec) < 0) {
            fprintf(stderr, "bench_parse: cannot decode %s\n", corpus.pages[i].path);
            return 1;
        }
        pages[i] = (utf8_page){ dec.utf8, dec.len };
        utf8_bytes += dec.len;
    }

    /* The options pith_extract uses by default. */
    html_parse_options po = { .scripting = true, .max_nodes = 50000000, .max_depth = 512 };
    xmlInitParser();
    double best[PARSER__COUNT], best_wall[PARSER__COUNT];
    for (int p = 0; p < PARSER__COUNT; p++)
        best[p] = -1;
    for (int r = 0; r < reps; r++) {
        for (int p = 0; p < PARSER__COUNT; p++) {
            bench_time t;
            if (parse_all(&t, p, pages, corpus.count, page, &po,
                          r == 0 && p == PARSER_PITH ? mem : NULL) < 0)
                return 1;
            if (best[p] < 0 || t.cpu < best[p]) {
                best[p] = t.cpu;
                best_wall[p] = t.wall;
            }
            fprintf(stderr, "  rep %d %-8s %.3f s CPU, %.3f s wall\n", r + 1, parser_names[p],
                    t.cpu, t.wall);
        }
    }
    size_t worst = 0; /* the page with the largest DOM for its size */
    for (size_t i = 1; i < corpus.count; i++)
        if (mem[i] > mem[worst])
            worst = i;
    double mem_median = bench_quantile(mem, corpus.count, 0.5);
    double mem_p90 = bench_quantile(mem, corpus.count, 0.9);
    double mem_max = mem[corpus.count - 1];

    fprintf(stderr, "bench_parse: %zu pages, %.1f MB UTF-8, best of %d, CPU %s\n", corpus.count,
            (double)utf8_bytes / 1e6, reps, bench_cpu_model());
    for (int p = 0; p < PARSER__COUNT; p++)
        fprintf(stderr, "  %-8s %8.1f MB/s %9.1f pages/s  (%.1fx libxml2's speed)\n",
                parser_names[p], (double)utf8_bytes / 1e6 / best[p],
                (double)corpus.count / best[p], best[PARSER_LIBXML2] / best[p]);
    fprintf(stderr, "  pith DOM memory / page size: median %.2f, p90 %.2f, max %.2f (%s)\n",
            mem_median, mem_p90, mem_max, corpus.pages[worst].path);

    printf("{\"cpu\": ");
    bench_json_string(bench_cpu_model());
    printf(", \"pages\": %zu, \"input_bytes\": %zu, \"utf8_bytes\": %zu, \"reps\": %d, \"parsers\": {",
           corpus.count, corpus.bytes, utf8_bytes, reps);
    for (int p = 0; p < PARSER__COUNT; p++)
        printf("%s\"%s\": {\"seconds\": %.6f, \"wall_seconds\": %.6f, \"mb_per_s\": %.3f, "
               "\"pages_per_s\": %.3f}",
               p ? ", " : "", parser_names[p], best[p], best_wall[p],
               (double)utf8_bytes / 1e6 / best[p], (double)corpus.count / best[p]);
    printf("}, \"pith_memory_ratio\": {\"median\": %.4f, \"p90\": %.4f, \"max\": %.4f, \"max_page\": ",
           mem_median, mem_p90, mem_max);
    bench_json_string(corpus.pages[worst].path);
    printf("}}\n");

    xmlCleanupParser();
    free(mem);
    free(pages);
    arena_free(page);
    arena_free(decoded);
    bench_corpus_dispose(&corpus);
    return 0;
}
