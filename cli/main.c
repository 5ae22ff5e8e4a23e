/* main.c - the pith command line: dispatches to its commands.
 *   pith [OPTIONS] FILE|DIR|-...   extract articles (cmd_extract.c)
 *   pith parse ...                 dump the parse tree (cmd_parse.c)
 *   pith warc ...                  extract from WARC archives (cmd_warc.c)
 * A file literally named "parse" or "warc" is reached as ./parse. */
#include <string.h>

#include "cli.h"

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "parse") == 0)
        return cli_parse(argc - 2, argv + 2);
    if (argc > 1 && strcmp(argv[1], "warc") == 0)
        return cli_warc(argc - 2, argv + 2);
    return cli_extract(argc - 1, argv + 1);
}
