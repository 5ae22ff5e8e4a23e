/* headertest.c - include/pith.h must compile alone, first, under
 * -std=c11 -pedantic -Werror -Wall -Wextra, and link against libpith. */
#include "pith.h"

#include <string.h>

int main(void)
{
    /* Touch a declaration of each kind so the header is really used. */
    const pith_option_info *opts = pith_options();
    pith_format f = PITH_FORMAT_JSON;
    pith_field field = PITH_FIELD_TITLE;
    (void)f;
    (void)field;
    return opts && strcmp(pith_version(), PITH_VERSION_STRING) == 0 ? 0 : 1;
}
