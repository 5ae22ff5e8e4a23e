/* read_file.h - whole-file reading for the test runners, benchmarks and
 * fuzz replays (the library itself never opens files). */
#ifndef PITH_TEST_READ_FILE_H
#define PITH_TEST_READ_FILE_H

#include <stddef.h>

/* The bytes of the file at path, with a NUL after the last byte (not
 * counted in *len).  malloc'd: the caller frees.  NULL when the file cannot
 * be opened or read. */
char *read_file(const char *path, size_t *len);

/* The same, gzip-decompressed when the file is gzip (the benchmark corpora
 * are stored as .gz). */
char *read_file_gunzip(const char *path, size_t *len);

#endif
