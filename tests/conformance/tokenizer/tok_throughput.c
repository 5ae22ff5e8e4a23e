/* tok_throughput.c - a quick throughput check of the tokenizer alone (not a
 * test; the benchmarks proper live in bench/).  Loads the given pages
 * (.html or .html.gz) into memory, then tokenizes all of them `-n` times,
 * switching to the text states after <script>, <style>, <title> and so on
 * as the tree builder would, and prints MB/s over the input bytes (CPU
 * time; also the best round).
 *
 * With -p it runs the whole parser (tokenizer + tree builder) instead, to
 * see the tokenizer's share.
 *
 * Usage: tok_throughput [-n ROUNDS] [-p] FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/buf.h"
#include "html/parse.h"
#include "html/tag_ids.h"
#include "html/tokenizer/tokenizer.h"
#include "read_file.h"

static int load(const char *path, buf *out)
{
    size_t len;
    char *data = read_file_gunzip(path, &len);
    if (!data)
        return -1;
    buf_append(out, data, len);
    free(data);
    return out->failed ? -1 : 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One page, switching states as the tree builder would.  Not inlined, so a
 * profiler (valgrind --toggle-collect=tokenize) can isolate it. */
__attribute__((noinline)) static size_t tokenize(arena *a, const buf *page, size_t *errors)
{
    size_t tokens = 0;
    html_tokenizer *t = html_tok_new(a, page->data, page->len);
    if (!t)
        return 0;
    html_token tk;
    while (html_tok_next(t, &tk) == 0 && tk.type != TOKEN_EOF) {
        tokens++;
        if (tk.type != TOKEN_START_TAG)
            continue;
        switch (tk.tag) {
        case TAG_SCRIPT: html_tok_set_state(t, HTML_TOK_SCRIPT_DATA); break;
        case TAG_STYLE:
        case TAG_XMP:
        case TAG_IFRAME:
        case TAG_NOEMBED:
        case TAG_NOFRAMES: html_tok_set_state(t, HTML_TOK_RAWTEXT); break;
        case TAG_TITLE:
        case TAG_TEXTAREA: html_tok_set_state(t, HTML_TOK_RCDATA); break;
        case TAG_PLAINTEXT: html_tok_set_state(t, HTML_TOK_PLAINTEXT); break;
        default: break;
        }
    }
    *errors += html_tok_error_count(t);
    return tokens;
}

int main(int argc, char **argv)
{
    int rounds = 5, first = 1;
    bool parse = false;
    for (;;) {
        if (first + 1 < argc && strcmp(argv[first], "-n") == 0) {
            rounds = atoi(argv[first + 1]);
            first += 2;
        } else if (first < argc && strcmp(argv[first], "-p") == 0) {
            parse = true;
            first++;
        } else {
            break;
        }
    }
    size_t count = (size_t)(argc - first);
    buf *pages = calloc(count + 1, sizeof *pages);
    size_t total = 0;
    for (size_t i = 0; i < count; i++) {
        if (load(argv[first + (int)i], &pages[i]) != 0) {
            fprintf(stderr, "cannot read %s\n", argv[first + (int)i]);
            return 1;
        }
        total += pages[i].len;
    }
    arena *a = arena_new(0);
    size_t tokens = 0, errors = 0;
    double t0 = now(), best = 1e30;
    for (int r = 0; r < rounds; r++) {
        double r0 = now();
        for (size_t i = 0; i < count; i++) {
            arena_reset(a);
            if (parse) {
                dom_document doc;
                html_parse_options opt = { .scripting = true };
                if (html_parse_document(a, pages[i].data, pages[i].len, &opt, &doc) == 0)
                    tokens++;
            } else {
                tokens += tokenize(a, &pages[i], &errors);
            }
        }
        double rt = now() - r0;
        best = rt < best ? rt : best;
    }
    double dt = now() - t0;
    /* The best round is the figure least disturbed by other processes. */
    printf("%zu pages, %.1f MB, %d rounds: %.3f s, %.0f MB/s (best round %.0f MB/s), "
           "%.1f M tokens/s, %zu tokens/round, %zu parse errors/round\n",
           count, (double)total / 1e6, rounds, dt, (double)total * rounds / dt / 1e6,
           (double)total / best / 1e6,
           (double)tokens / dt / 1e6, tokens / (size_t)rounds, errors / (size_t)rounds);
    arena_free(a);
    for (size_t i = 0; i < count; i++)
        buf_dispose(&pages[i]);
    free(pages);
    return 0;
}
