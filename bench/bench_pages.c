/* bench_pages.c - loads the benchmark corpus (see bench_pages.h). */
#include "bench_pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "read_file.h"

/* gzread reads plain files as they are, so one path serves .gz and .html. */
int bench_args(int argc, char **argv, const char *name, int *reps, const char **manifest)
{
    *reps = 5;
    *manifest = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc)
            *reps = atoi(argv[++i]);
        else
            *manifest = argv[i];
    }
    if (!*manifest || *reps < 1) {
        fprintf(stderr, "usage: %s [--reps N] MANIFEST\n", name);
        return -1;
    }
    return 0;
}

int bench_corpus_load(bench_corpus *c, const char *manifest)
{
    memset(c, 0, sizeof *c);
    FILE *f = fopen(manifest, "r");
    if (!f) {
        perror(manifest);
        return -1;
    }
    size_t cap = 0;
    char *line = NULL;
    size_t line_cap = 0;
    ssize_t got;
    while ((got = getline(&line, &line_cap, f)) > 0) {
        while (got && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (!got)
            continue;
        char *tab = strchr(line, '\t');
        if (tab)
            *tab++ = '\0';
        if (c->count == cap) {
            cap = cap ? cap * 2 : 256;
            bench_page *np = realloc(c->pages, cap * sizeof *np);
            if (!np)
                goto oom;
            c->pages = np;
        }
        bench_page *pg = &c->pages[c->count];
        pg->bytes = read_file_gunzip(line, &pg->len);
        if (!pg->bytes) {
            fprintf(stderr, "bench: cannot read %s\n", line);
            free(line);
            fclose(f);
            return -1;
        }
        pg->path = strdup(line);
        pg->url = tab && *tab ? strdup(tab) : NULL;
        c->bytes += pg->len;
        c->count++;
    }
    free(line);
    fclose(f);
    if (!c->count) {
        fprintf(stderr, "bench: %s lists no pages\n", manifest);
        return -1;
    }
    return 0;
oom:
    free(line);
    fclose(f);
    fprintf(stderr, "bench: out of memory\n");
    return -1;
}

void bench_corpus_dispose(bench_corpus *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->pages[i].path);
        free(c->pages[i].url);
        free(c->pages[i].bytes);
    }
    free(c->pages);
    memset(c, 0, sizeof *c);
}

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double bench_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

bench_time bench_time_now(void) { return (bench_time){ bench_cpu(), bench_now() }; }

bench_time bench_time_since(bench_time start)
{
    bench_time now = bench_time_now();
    return (bench_time){ now.cpu - start.cpu, now.wall - start.wall };
}

const char *bench_cpu_model(void)
{
    static char model[256] = "unknown";
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f)
        return model;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "model name", 10) == 0) {
            char *v = strchr(line, ':');
            if (v) {
                v++;
                while (*v == ' ' || *v == '\t')
                    v++;
                size_t n = strcspn(v, "\n");
                if (n >= sizeof model)
                    n = sizeof model - 1;
                memcpy(model, v, n);
                model[n] = '\0';
            }
            break;
        }
    }
    fclose(f);
    return model;
}

void bench_json_string(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            printf("\\%c", ch);
        else if (ch < 0x20)
            printf("\\u%04x", ch);
        else
            putchar(ch);
    }
    putchar('"');
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

double bench_quantile(double *v, size_t n, double q)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    size_t i = (size_t)(q * (double)(n - 1) + 0.5);
    return v[i < n ? i : n - 1];
}
