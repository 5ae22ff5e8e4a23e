/* main.c - the pith command line: dispatches to its commands.
 *   pith [OPTIONS] FILE|DIR|-...   extract articles (cmd_extract.c)
 *   pith parse ...                 dump the parse tree (cmd_parse.c)
 *   pith warc ...                  extract from WARC archives (cmd_warc.c)
 * A file literally named "parse" or "warc" is reached as ./parse. */
#include <string.h>

#include "cli.h"

/* Until cli/cmd_warc.c is in the tree, this weak definition answers for
 * it; the real one, a normal (strong) definition, replaces it at link
 * time, so neither file has to know about the other. */
__attribute__((weak)) int cli_warc(int argc, char **argv)
{
    (void)argc, (void)argv;
    fprintf(stderr, "pith: the warc command is not available in this build\n");
    return CLI_USAGE;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "parse") == 0)
        return cli_parse(argc - 2, argv + 2);
    if (argc > 1 && strcmp(argv[1], "warc") == 0)
        return cli_warc(argc - 2, argv + 2);
    return cli_extract(argc - 1, argv + 1);
}
