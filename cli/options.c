/* options.c - flags of the main command.  Every library option gets its
 * flag from the table pith_options(), so a new option needs no CLI code:
 * `--NAME VALUE` or `--NAME=VALUE`, and for 0/1 options `--NAME` and
 * `--no-NAME`.  --help lists them from the same table. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    cli_format format;
} formats[] = {
    { "text", CLI_FORMAT_TEXT }, { "txt", CLI_FORMAT_TEXT },         { "markdown", CLI_FORMAT_MARKDOWN },
    { "md", CLI_FORMAT_MARKDOWN }, { "html", CLI_FORMAT_HTML },     { "json", CLI_FORMAT_JSON },
    { "jsonl", CLI_FORMAT_JSONL },
};

const char *cli_format_extension(cli_format f)
{
    switch (f) {
    case CLI_FORMAT_MARKDOWN: return ".md";
    case CLI_FORMAT_HTML: return ".html";
    case CLI_FORMAT_JSON: case CLI_FORMAT_JSONL: return ".json";
    default: return ".txt";
    }
}

static bool is_boolean(const pith_option_info *o) { return o->min == 0 && o->max == 1; }

void cli_options_help(FILE *f)
{
    fprintf(f,
            "usage: pith [OPTIONS] FILE|DIR|-...\n"
            "       pith parse [--scripting on|off] [--fragment CONTEXT] [--quiet] FILE...|-\n"
            "       pith warc [OPTIONS] FILE.warc[.gz]...\n"
            "\n"
            "Extracts the article of each web page: FILE (.gz files are decompressed),\n"
            "- for standard input, or DIR for every .html, .htm, .xhtml (and .gz) file\n"
            "below it, in sorted order.\n"
            "\n"
            "Output:\n"
            "  -f, --format FORMAT  text (default), markdown, html, json or jsonl.\n"
            "                       json: one indented object for a single file, a JSON\n"
            "                       array for several inputs or a directory; jsonl: one\n"
            "                       compact object per line, in input order.\n"
            "                       text, markdown, html: documents one after another,\n"
            "                       separated by a blank line (use -o or jsonl to keep\n"
            "                       them apart).\n"
            "  -o, --output DIR     write one file per input into DIR (name from the\n"
            "                       input's, extension from the format) instead.\n"
            "\n"
            "Input:\n"
            "  --url URL            the page's URL: resolves relative links, reported\n"
            "                       when the page has no canonical URL.\n"
            "  --charset NAME       the transport-layer charset (HTTP Content-Type).\n"
            "\n"
            "Extraction:\n"
            "  --precision          favour precision (same as --favor 1).\n"
            "  --recall             favour recall (same as --favor -1).\n");
    const pith_option_info *t = pith_options();
    for (int i = 0; i < PITH_OPT__COUNT; i++) {
        char flag[64];
        if (is_boolean(&t[i]))
            snprintf(flag, sizeof flag, "--[no-]%s", t[i].name);
        else
            snprintf(flag, sizeof flag, "--%s N", t[i].name);
        if (strlen(flag) > 19)
            fprintf(f, "  %s\n  %-21s%s", flag, "", t[i].help);
        else
            fprintf(f, "  %-21s%s", flag, t[i].help);
        if (is_boolean(&t[i]))
            fprintf(f, " (default: %s)\n", t[i].default_value ? "on" : "off");
        else
            fprintf(f, " (%d..%d, default %d)\n", t[i].min, t[i].max, t[i].default_value);
    }
    fprintf(f,
            "\n"
            "  -h, --help           this help.    -V, --version   the version.\n"
            "\n"
            "An input that cannot be read or extracted gives an error record\n"
            "{\"source\": ..., \"error\": ...} in json and jsonl output, a message on\n"
            "stderr otherwise, and the run goes on.  Exit status: 0 when every input\n"
            "succeeded, 1 when any failed, 2 for a usage error.\n");
}

static int usage_error(const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "pith: ");
    fprintf(stderr, fmt, a, b);
    fprintf(stderr, "\nTry 'pith --help'.\n");
    return CLI_USAGE;
}

static bool parse_int(const char *s, long *v)
{
    char *end;
    errno = 0;
    *v = strtol(s, &end, 10);
    return *s && !*end && errno == 0;
}

/* A value: "--name=value" (inline) or the next argument. */
static const char *take_value(int argc, char **argv, int *i, const char *inline_value)
{
    if (inline_value)
        return inline_value;
    if (*i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static int set_option(cli_config *cfg, const pith_option_info *o, const char *flag, const char *value)
{
    long v;
    if (!value)
        return usage_error("%s needs a value%s", flag, "");
    if (!parse_int(value, &v) || v < o->min || v > o->max) {
        char range[64];
        snprintf(range, sizeof range, " (%d..%d)", o->min, o->max);
        fprintf(stderr, "pith: %s: bad value '%s'%s\nTry 'pith --help'.\n", flag, value, range);
        return CLI_USAGE;
    }
    cfg->values[o->option] = (int)v;
    cfg->set[o->option] = true;
    return 0;
}

/* Handles a --NAME flag of the library table; 1 when it is not one. */
static int table_flag(cli_config *cfg, int argc, char **argv, int *i, const char *name,
                      const char *inline_value)
{
    const pith_option_info *t = pith_options();
    bool negated = strncmp(name, "no-", 3) == 0;
    for (int k = 0; k < PITH_OPT__COUNT; k++) {
        const pith_option_info *o = &t[k];
        if (negated && is_boolean(o) && strcmp(name + 3, o->name) == 0) {
            if (inline_value)
                return usage_error("--%s takes no value", name, "");
            cfg->values[o->option] = 0;
            cfg->set[o->option] = true;
            return 0;
        }
        if (strcmp(name, o->name) != 0)
            continue;
        if (is_boolean(o) && !inline_value) {
            cfg->values[o->option] = 1;
            cfg->set[o->option] = true;
            return 0;
        }
        const char *flag = argv[*i];
        return set_option(cfg, o, flag, take_value(argc, argv, i, inline_value));
    }
    return 1;
}

static int set_format(cli_config *cfg, const char *value)
{
    if (!value)
        return usage_error("--format needs a value%s%s", "", "");
    for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++)
        if (strcmp(value, formats[k].name) == 0) {
            cfg->format = formats[k].format;
            return 0;
        }
    return usage_error("unknown format '%s' (text, markdown, html, json, jsonl)%s", value, "");
}

int cli_options_parse(int argc, char **argv, cli_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->format = CLI_FORMAT_TEXT;
    cfg->inputs = calloc((size_t)argc + 1, sizeof *cfg->inputs);
    if (!cfg->inputs) {
        fprintf(stderr, "pith: out of memory\n");
        return CLI_FAILED;
    }
    bool options_done = false;
    for (int i = 0; i < argc; i++) {
        char *a = argv[i];
        if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
            cfg->inputs[cfg->input_count++] = a;
            continue;
        }
        int rc = 0;
        if (strcmp(a, "--") == 0) {
            options_done = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            cfg->help = true;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            cfg->version = true;
        } else if (strcmp(a, "-f") == 0) {
            rc = set_format(cfg, take_value(argc, argv, &i, NULL));
        } else if (strncmp(a, "-f", 2) == 0 && a[1] == 'f' && a[2] != '-') {
            rc = set_format(cfg, a + 2);
        } else if (strcmp(a, "-o") == 0) {
            if (!(cfg->output_dir = take_value(argc, argv, &i, NULL)))
                rc = usage_error("-o needs a directory%s%s", "", "");
        } else if (strncmp(a, "--", 2) == 0) {
            /* Long options, with "--name=value" or "--name value". */
            char name[64];
            const char *eq = strchr(a + 2, '=');
            size_t n = eq ? (size_t)(eq - (a + 2)) : strlen(a + 2);
            const char *inline_value = eq ? eq + 1 : NULL;
            if (n >= sizeof name)
                return usage_error("unknown option '%s'%s", a, "");
            memcpy(name, a + 2, n);
            name[n] = '\0';
            if (strcmp(name, "format") == 0) {
                rc = set_format(cfg, take_value(argc, argv, &i, inline_value));
            } else if (strcmp(name, "output") == 0) {
                if (!(cfg->output_dir = take_value(argc, argv, &i, inline_value)))
                    rc = usage_error("--output needs a directory%s%s", "", "");
            } else if (strcmp(name, "url") == 0) {
                if (!(cfg->url = take_value(argc, argv, &i, inline_value)))
                    rc = usage_error("--url needs a value%s%s", "", "");
            } else if (strcmp(name, "charset") == 0) {
                if (!(cfg->charset = take_value(argc, argv, &i, inline_value)))
                    rc = usage_error("--charset needs a value%s%s", "", "");
            } else if ((strcmp(name, "precision") == 0 || strcmp(name, "recall") == 0) && !inline_value) {
                cfg->values[PITH_OPT_FAVOR] = name[0] == 'p' ? 1 : -1;
                cfg->set[PITH_OPT_FAVOR] = true;
            } else if ((rc = table_flag(cfg, argc, argv, &i, name, inline_value)) == 1) {
                rc = usage_error("unknown option '%s'%s", a, "");
            }
        } else {
            rc = usage_error("unknown option '%s'%s", a, "");
        }
        if (rc)
            return rc;
    }
    return 0;
}
