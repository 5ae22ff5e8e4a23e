// headertest.cpp - include/pith.h must compile alone as C++ (extern "C",
// no C-only constructs) and link against libpith.
#include "pith.h"

#include <cstring>

int main()
{
    const pith_option_info *opts = pith_options();
    pith_extractor *ex = pith_extractor_new();
    int rc = ex && pith_extractor_set(ex, PITH_OPT_LINKS, 1) == PITH_OK ? 0 : 1;
    pith_extractor_free(ex);
    if (!opts || std::strcmp(pith_version(), PITH_VERSION_STRING) != 0)
        rc = 1;
    return rc;
}
