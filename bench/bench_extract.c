/* bench_extract.c - pith's whole pipeline: pages/s and MB/s on one thread,
 * the time split between its stages, and the cost of metadata.
 *
 * Method: the manifest's pages are read into memory (gunzipped) first.
 * Then, per repetition (best repetition reported, in CPU time of the
 * process; MB = 10^6 input bytes as stored, before decoding):
 *   public   pith_extract + pith_result_render_string(TEXT) + frees: what a
 *            caller of the library gets (its wall time beside it);
 *   staged   the same pipeline through the internal layers, each stage
 *            timed: decode (html_decode), parse (html_parse_document),
 *            metadata (meta_extract; after extraction, as pith.c: the
 *            product-page date rule, the excerpt, meta_detect_language), extraction
 *            (ext_extract), output (out_text);
 *   no-meta  the staged pipeline without the metadata stage.
 * Staged and no-meta run in one interleaved pass: each page goes through
 * both, back to back, the one or the other first on alternate pages (so
 * neither gains from the page the other left in the cache).  Metadata
 * overhead = staged / no-meta - 1 over the pass (floor: 15%), reported as
 * the median over the repetitions.  Two separate passes, on a shared
 * machine, see different loads: their ratio swung by +-10 points.
 *
 * Output: a human summary on stderr, one JSON object on stdout (read by
 * bench/run_bench.py).
 *
 * Usage: bench_extract [--reps N] MANIFEST */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_pages.h"
#include "core/arena.h"
#include "core/buf.h"
#include "extract/extract.h"
#include "html/decode/decode.h"
#include "html/parse.h"
#include "meta/meta.h"
#include "out/out.h"
#include "pith.h"

enum { STAGE_DECODE, STAGE_PARSE, STAGE_META, STAGE_EXTRACT, STAGE_OUTPUT, STAGE__COUNT };
static const char *const stage_names[STAGE__COUNT] = { "decode", "parse", "metadata",
                                                       "extraction", "output" };

typedef struct staged {
    arena *page;   /* decoded text and DOM, reset per page */
    arena *result; /* article tree and metadata, reset per page */
    buf text;
    html_parse_options po;
    meta_context *meta; /* the metadata layer's scratch, reused per page */
    ext_words *words;   /* extraction's word matchers, built once as pith.c does */
} staged;

static int run_public(pith_extractor *ex, const bench_corpus *c, bench_time *took)
{
    bench_time t0 = bench_time_now();
    for (size_t i = 0; i < c->count; i++) {
        const bench_page *pg = &c->pages[i];
        pith_result *r;
        if (pith_extract(ex, pg->bytes, pg->len, pg->url, NULL, &r) < 0) {
            fprintf(stderr, "bench_extract: %s: %s\n", pg->path, pith_extractor_error(ex));
            return -1;
        }
        size_t len;
        char *text = pith_result_render_string(r, PITH_FORMAT_TEXT, NULL, &len);
        if (!text) {
            pith_result_free(r);
            return -1;
        }
        pith_free(text);
        pith_result_free(r);
    }
    *took = bench_time_since(t0);
    return 0;
}

/* One page through the layers as src/pith.c chains them. */
static int run_page(staged *s, const bench_page *pg, bool with_meta, double *stage)
{
    double t0 = bench_cpu();
    arena_reset(s->page);
    arena_reset(s->result);
    html_decoded dec;
    if (html_decode(s->page, pg->bytes, pg->len, NULL, &dec) < 0)
        return -1;
    double t1 = bench_cpu();
    dom_document doc;
    if (html_parse_document(s->page, dec.utf8, dec.len, &s->po, &doc) < 0)
        return -1;
    double t2 = bench_cpu();
    slice url = pg->url ? slice_make(pg->url, strlen(pg->url)) : SLICE_EMPTY;
    meta_info meta;
    memset(&meta, 0, sizeof meta);
    if (with_meta && meta_extract(s->meta, &doc, url, s->result, &meta) < 0)
        return -1;
    double t3 = bench_cpu();
    ext_options eo = {
        .favor = 0,
        .comments = false,
        .tables = true,
        .links = false,
        .images = false,
        .base_url = meta.url.ptr ? meta.url : url,
        .description = meta.description,
        .words = s->words,
    };
    ext_result ext;
    if (ext_extract(&doc, &eo, s->result, &ext) < 0)
        return -1;
    double t4 = bench_cpu();
    buf_clear(&s->text);
    out_text(ext.tree.root, &s->text);
    if (s->text.failed)
        return -1;
    double t5 = bench_cpu();
    /* The metadata work pith_extract does after extraction (pith.c). */
    if (with_meta) {
        if (ext.page_type == PAGE_PRODUCT || ext.page_type == PAGE_SERVICE)
            meta_forget_guessed_date(&meta, ext.page_type == PAGE_PRODUCT);
        meta_describe_from_article(&meta, ext.tree.root, s->result);
        if (meta_detect_language(s->meta, &meta, slice_make(s->text.data ? s->text.data : "", s->text.len),
                                 s->result) < 0)
            return -1;
    }
    double t6 = bench_cpu();
    stage[STAGE_DECODE] += t1 - t0;
    stage[STAGE_PARSE] += t2 - t1;
    stage[STAGE_META] += (t3 - t2) + (t6 - t5);
    stage[STAGE_EXTRACT] += t4 - t3;
    stage[STAGE_OUTPUT] += t5 - t4;
    return 0;
}

/* One pass over the corpus, each page both with metadata (stage times
 * into `with`) and without (into `without`). */
static int run_interleaved(staged *s, const bench_corpus *c, double *with, double *without)
{
    memset(with, 0, STAGE__COUNT * sizeof *with);
    memset(without, 0, STAGE__COUNT * sizeof *without);
    for (size_t i = 0; i < c->count; i++) {
        bool meta_first = i % 2 == 0;
        if (run_page(s, &c->pages[i], meta_first, meta_first ? with : without) < 0 ||
            run_page(s, &c->pages[i], !meta_first, meta_first ? without : with) < 0) {
            fprintf(stderr, "bench_extract: staged pipeline failed on %s\n", c->pages[i].path);
            return -1;
        }
    }
    return 0;
}

static double sum(const double *stage)
{
    double t = 0;
    for (int i = 0; i < STAGE__COUNT; i++)
        t += stage[i];
    return t;
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int reps;
    const char *manifest;
    if (bench_args(argc, argv, "bench_extract", &reps, &manifest) < 0)
        return 2;
    bench_corpus corpus;
    if (bench_corpus_load(&corpus, manifest) < 0)
        return 1;
    pith_extractor *ex = pith_extractor_new();
    staged s = { arena_new(0), arena_new(0), BUF_INIT,
                 { .scripting = true, .max_nodes = 50000000, .max_depth = 512 },
                 meta_context_new(), ext_words_new() };
    if (!ex || !s.page || !s.result || !s.meta || !s.words) {
        fprintf(stderr, "bench_extract: out of memory\n");
        return 1;
    }

    double best_public = -1, best_staged = -1, best_nometa = -1, public_wall = 0;
    double *ratio = calloc((size_t)reps, sizeof *ratio); /* staged / no-meta, per repetition */
    if (!ratio) {
        fprintf(stderr, "bench_extract: out of memory\n");
        return 1;
    }
    double stage[STAGE__COUNT], best_stage[STAGE__COUNT], without[STAGE__COUNT];
    for (int r = 0; r < reps; r++) {
        bench_time t;
        if (run_public(ex, &corpus, &t) < 0)
            return 1;
        if (best_public < 0 || t.cpu < best_public) {
            best_public = t.cpu;
            public_wall = t.wall;
        }
        fprintf(stderr, "  rep %d public   %.3f s CPU, %.3f s wall\n", r + 1, t.cpu, t.wall);
        if (run_interleaved(&s, &corpus, stage, without) < 0)
            return 1;
        double with_cpu = sum(stage), without_cpu = sum(without);
        if (best_staged < 0 || with_cpu < best_staged) {
            best_staged = with_cpu;
            memcpy(best_stage, stage, sizeof stage);
        }
        if (best_nometa < 0 || without_cpu < best_nometa)
            best_nometa = without_cpu;
        ratio[r] = without_cpu > 0 ? with_cpu / without_cpu : 1;
        fprintf(stderr, "  rep %d staged   %.3f s CPU, no-meta %.3f s CPU: metadata %+.1f%%\n", r + 1,
                with_cpu, without_cpu, 100 * (ratio[r] - 1));
    }
    double mb = (double)corpus.bytes / 1e6;
    double stage_sum = 0;
    for (int i = 0; i < STAGE__COUNT; i++)
        stage_sum += best_stage[i];
    qsort(ratio, (size_t)reps, sizeof *ratio, compare_double);
    double meta_overhead = (reps % 2 ? ratio[reps / 2] : (ratio[reps / 2 - 1] + ratio[reps / 2]) / 2) - 1;
    free(ratio);

    fprintf(stderr, "bench_extract: %zu pages, %.1f MB, best of %d, CPU %s\n", corpus.count, mb,
            reps, bench_cpu_model());
    fprintf(stderr, "  public pipeline  %8.1f MB/s %9.1f pages/s\n", mb / best_public,
            (double)corpus.count / best_public);
    fprintf(stderr, "  staged pipeline  %8.1f MB/s %9.1f pages/s\n", mb / best_staged,
            (double)corpus.count / best_staged);
    for (int i = 0; i < STAGE__COUNT; i++)
        fprintf(stderr, "    %-10s %5.1f%%\n", stage_names[i],
                stage_sum > 0 ? 100 * best_stage[i] / stage_sum : 0);
    fprintf(stderr, "  without metadata %8.1f MB/s %9.1f pages/s (metadata costs %+.1f%%, median of the repetitions)\n",
            mb / best_nometa, (double)corpus.count / best_nometa, 100 * meta_overhead);

    printf("{\"cpu\": ");
    bench_json_string(bench_cpu_model());
    printf(", \"pages\": %zu, \"input_bytes\": %zu, \"reps\": %d", corpus.count, corpus.bytes, reps);
    printf(", \"public\": {\"seconds\": %.6f, \"wall_seconds\": %.6f, \"mb_per_s\": %.3f, "
           "\"pages_per_s\": %.3f}",
           best_public, public_wall, mb / best_public, (double)corpus.count / best_public);
    printf(", \"staged\": {\"seconds\": %.6f, \"mb_per_s\": %.3f, \"pages_per_s\": %.3f, \"stages\": {",
           best_staged, mb / best_staged, (double)corpus.count / best_staged);
    for (int i = 0; i < STAGE__COUNT; i++)
        printf("%s\"%s\": %.6f", i ? ", " : "", stage_names[i], best_stage[i]);
    printf("}}, \"no_meta\": {\"seconds\": %.6f, \"mb_per_s\": %.3f, \"pages_per_s\": %.3f}",
           best_nometa, mb / best_nometa, (double)corpus.count / best_nometa);
    printf(", \"meta_overhead\": %.4f}\n", meta_overhead);

    buf_dispose(&s.text);
    meta_context_free(s.meta);
    ext_words_free(s.words);
    arena_free(s.page);
    arena_free(s.result);
    pith_extractor_free(ex);
    bench_corpus_dispose(&corpus);
    return 0;
}
