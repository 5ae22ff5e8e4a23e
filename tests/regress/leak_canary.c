/* leak_canary.c - leaks on purpose.  Registered with should_fail in ASan
 * builds: if LeakSanitizer did not run (ASAN_OPTIONS, ptrace limits), the
 * program would exit 0 and the sanitize suite would report it. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *volatile p = malloc(64);
    if (p)
        snprintf(p, 64, "leaked");
    p = NULL;
    return 0;
}
