/* cli.h - the pieces of the pith command line.  The CLI sees only the
 * public header, pith.h, as any other program using the library would. */
#ifndef PITH_CLI_H
#define PITH_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "pith.h"

/* Exit statuses. */
enum { CLI_OK = 0, CLI_FAILED = 1, CLI_USAGE = 2 };

/* ---- commands ---- */
int cli_parse(int argc, char **argv);   /* cmd_parse.c: pith parse ... */
int cli_extract(int argc, char **argv); /* cmd_extract.c: pith [OPTIONS] FILE... */
int cli_warc(int argc, char **argv);    /* cmd_warc.c: pith warc ... (args after "warc") */

/* ---- inputs.c: reading files, gzip, stdin, directories ---- */

/* A reusable byte buffer (one per run, so steady state makes no mallocs). */
typedef struct cli_bytes {
    char *data;
    size_t len, cap;
} cli_bytes;

void cli_bytes_free(cli_bytes *b);

/* Reads a whole input ("-" is standard input) into b, decompressing gzip
 * (recognised by its magic bytes; a ".gz" name without them is an error).
 * Inputs larger than `limit` bytes after decompression fail.  Returns 0,
 * or -1 with a message in err. */
int cli_read_input(const char *path, size_t limit, cli_bytes *b, cli_bytes *scratch, char *err,
                   size_t err_len);

/* Expands the command-line inputs into files: a directory yields the
 * .html, .htm and .xhtml files (and their .gz forms) below it, walked
 * with an explicit stack in byte-sorted order; symbolic links to
 * directories are not followed, so the walk always ends. */
typedef struct cli_inputs cli_inputs;

typedef struct cli_input {
    const char *path;  /* to read, and the "source" of the record */
    const char *name;  /* relative to its command-line argument: names -o files */
    const char *error; /* non-NULL: the input cannot be read (a directory that failed) */
} cli_input;

cli_inputs *cli_inputs_new(char **args, int count);
void cli_inputs_free(cli_inputs *in);
/* 1 and *out set, or 0 at the end.  *out is valid until the next call. */
int cli_inputs_next(cli_inputs *in, cli_input *out);
/* True when the argument is a directory (for choosing JSON array output). */
bool cli_is_directory(const char *path);

/* ---- options.c: the main command's flags, generated from pith_options() ---- */

typedef enum cli_format {
    CLI_FORMAT_TEXT,
    CLI_FORMAT_MARKDOWN,
    CLI_FORMAT_HTML,
    CLI_FORMAT_JSON,
    CLI_FORMAT_JSONL,
} cli_format;

typedef struct cli_config {
    cli_format format;
    const char *url;
    const char *charset;
    const char *output_dir;
    int values[PITH_OPT__COUNT];
    bool set[PITH_OPT__COUNT];
    bool help, version;
    char **inputs;
    int input_count;
} cli_config;

/* Fills cfg from argv (the arguments after the program name).  Returns 0,
 * or CLI_USAGE after printing the problem on stderr.  cfg->inputs points
 * into a new array; free it with free(). */
int cli_options_parse(int argc, char **argv, cli_config *cfg);
void cli_options_help(FILE *f);
const char *cli_format_extension(cli_format f);

/* ---- outputs.c: one file per input under -o DIR ---- */
typedef struct cli_outputs cli_outputs;
cli_outputs *cli_outputs_new(const char *dir, cli_format format);
void cli_outputs_free(cli_outputs *o);
/* Opens the file for an input named `name` (see cli_input.name), creating
 * subdirectories; a name already used in this run gets "-2", "-3"...
 * NULL with a message in err when it cannot be created. */
FILE *cli_outputs_open(cli_outputs *o, const char *name, char *err, size_t err_len);

/* ---- json_pretty.c ---- */
/* Writes compact JSON (as the library renders it) indented by two spaces
 * per level, starting at `indent` levels. */
void cli_json_pretty(const char *json, size_t len, int indent, FILE *f);

#endif
