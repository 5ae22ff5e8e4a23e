/* cmd_extract.c - the main command: `pith [OPTIONS] FILE|DIR|-...`.
 *
 * One extractor serves every input (its arenas are reused, so steady
 * state makes no mallocs in the library), inputs are read one at a time
 * into one reused buffer, and output streams through a large stdout
 * buffer.  Every input yields exactly one output: its article, or an
 * error (a JSON record in json/jsonl output, a line on stderr otherwise),
 * and the run goes on. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* stdout buffer when writing to a file or pipe: few, large writes. */
enum { CLI_STDOUT_BUFFER = 1 << 20 };

typedef struct run {
    cli_config cfg;
    pith_extractor *ex;
    cli_outputs *outputs;
    cli_bytes data, scratch;
    size_t limit;
    bool json_array;  /* -f json with several inputs: one JSON array on stdout */
    size_t written;   /* documents written to stdout */
    bool failed;
    /* With -o: the current input's output file, opened on its first
     * write so that an input with nothing to write leaves no file. */
    const cli_input *current;
    FILE *current_file;
} run;

static pith_format library_format(cli_format f)
{
    switch (f) {
    case CLI_FORMAT_MARKDOWN: return PITH_FORMAT_MARKDOWN;
    case CLI_FORMAT_HTML: return PITH_FORMAT_HTML;
    case CLI_FORMAT_JSON: case CLI_FORMAT_JSONL: return PITH_FORMAT_JSON;
    default: return PITH_FORMAT_TEXT;
    }
}

static bool is_json(const run *r)
{
    return r->cfg.format == CLI_FORMAT_JSON || r->cfg.format == CLI_FORMAT_JSONL;
}

/* Where the current input's output goes: stdout, or its own file. */
static FILE *target(run *r)
{
    if (!r->outputs)
        return stdout;
    if (!r->current_file) {
        char err[512];
        r->current_file = cli_outputs_open(r->outputs, r->current->name, err, sizeof err);
        if (!r->current_file) {
            fprintf(stderr, "pith: %s: %s\n", r->current->path, err);
            r->failed = true;
        }
    }
    return r->current_file;
}

/* Writes one rendered document (or JSON record) with the separators of
 * its format. */
static void emit(run *r, const char *s, size_t n)
{
    if (!n && !is_json(r) && !r->outputs)
        return;
    FILE *f = target(r); /* with -o an empty article still gets its (empty) file */
    if (!f || (!n && !is_json(r)))
        return;
    bool shared = f == stdout; /* several documents share the stream */
    switch (r->cfg.format) {
    case CLI_FORMAT_JSONL:
        fwrite(s, 1, n, f);
        fputc('\n', f);
        break;
    case CLI_FORMAT_JSON:
        if (shared && r->json_array) {
            fputs(r->written ? ",\n  " : "[\n  ", f);
            cli_json_pretty(s, n, 1, f);
        } else {
            cli_json_pretty(s, n, 0, f);
            fputc('\n', f);
        }
        break;
    default:
        if (shared && r->written)
            fputc('\n', f);
        fwrite(s, 1, n, f);
        fputc('\n', f);
        break;
    }
    if (shared)
        r->written++;
}

static void report(run *r, const char *source, const char *message)
{
    r->failed = true;
    if (!is_json(r)) {
        fprintf(stderr, "pith: %s: %s\n", source, message);
        return;
    }
    size_t len;
    char *rec = pith_error_record(source, message, &len);
    if (rec)
        emit(r, rec, len);
    else
        fprintf(stderr, "pith: %s: %s\n", source, message);
    pith_free(rec);
}

static void process(run *r, const cli_input *in)
{
    char err[512];
    if (in->error) {
        report(r, in->path, in->error);
        return;
    }
    if (cli_read_input(in->path, r->limit, &r->data, &r->scratch, err, sizeof err) < 0) {
        report(r, in->path, err);
        return;
    }
    pith_result *res = NULL;
    int rc = pith_extract(r->ex, r->data.data, r->data.len, r->cfg.url, r->cfg.charset, &res);
    if (rc < 0) {
        const char *why = pith_extractor_error(r->ex);
        report(r, in->path, why && *why ? why : pith_strerror(rc));
        return;
    }
    size_t len;
    char *doc = pith_result_render_string(res, library_format(r->cfg.format), in->path, &len);
    if (doc)
        emit(r, doc, len);
    else
        report(r, in->path, pith_strerror(PITH_ENOMEM));
    pith_free(doc);
    pith_result_free(res);
}

static int run_all(run *r)
{
    cli_inputs *inputs = cli_inputs_new(r->cfg.inputs, r->cfg.input_count);
    if (!inputs) {
        fprintf(stderr, "pith: out of memory\n");
        return CLI_FAILED;
    }
    cli_input in;
    while (cli_inputs_next(inputs, &in) == 1) {
        r->current = &in;
        r->current_file = NULL;
        process(r, &in);
        if (r->current_file && fclose(r->current_file) != 0) {
            fprintf(stderr, "pith: %s: cannot write its output\n", in.path);
            r->failed = true;
        }
    }
    cli_inputs_free(inputs);
    if (r->json_array)
        fputs(r->written ? "\n]\n" : "[]\n", stdout);
    return 0;
}

int cli_extract(int argc, char **argv)
{
    run r;
    memset(&r, 0, sizeof r);
    int rc = cli_options_parse(argc, argv, &r.cfg);
    if (rc || r.cfg.help || r.cfg.version || !r.cfg.input_count) {
        if (rc == 0 && r.cfg.help)
            cli_options_help(stdout);
        else if (rc == 0 && r.cfg.version)
            printf("pith %s\n", pith_version());
        else if (rc == 0) {
            fprintf(stderr, "pith: no input (give files, directories, or - for standard input)\n"
                            "Try 'pith --help'.\n");
            rc = CLI_USAGE;
        }
        free(r.cfg.inputs);
        return rc;
    }
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, NULL, _IOFBF, CLI_STDOUT_BUFFER);
    r.ex = pith_extractor_new();
    if (!r.ex) {
        fprintf(stderr, "pith: out of memory\n");
        free(r.cfg.inputs);
        return CLI_FAILED;
    }
    for (int k = 0; k < PITH_OPT__COUNT; k++)
        if (r.cfg.set[k])
            pith_extractor_set(r.ex, (pith_option)k, r.cfg.values[k]);
    r.limit = (size_t)pith_extractor_get(r.ex, PITH_OPT_MAX_INPUT_MB) << 20;
    if (r.cfg.output_dir && !(r.outputs = cli_outputs_new(r.cfg.output_dir, r.cfg.format))) {
        fprintf(stderr, "pith: out of memory\n");
        rc = CLI_FAILED;
    }
    r.json_array = r.cfg.format == CLI_FORMAT_JSON && !r.outputs &&
                   (r.cfg.input_count > 1 || cli_is_directory(r.cfg.inputs[0]));
    if (rc == 0)
        rc = run_all(&r);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "pith: error writing the output\n");
        rc = CLI_FAILED;
    }
    cli_outputs_free(r.outputs);
    cli_bytes_free(&r.data);
    cli_bytes_free(&r.scratch);
    pith_extractor_free(r.ex);
    free(r.cfg.inputs);
    if (rc)
        return rc;
    return r.failed ? CLI_FAILED : CLI_OK;
}
