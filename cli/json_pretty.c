/* json_pretty.c - indents the library's compact JSON for `-f json`.
 * The input is known to be valid JSON; strings are copied untouched. */
#include "cli.h"

static void newline(FILE *f, int indent)
{
    fputc('\n', f);
    for (int i = 0; i < indent; i++)
        fputs("  ", f);
}

void cli_json_pretty(const char *s, size_t n, int indent, FILE *f)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            /* Skip the string: up to the next unescaped quote. */
            for (i++; i < n && s[i] != '"'; i++)
                if (s[i] == '\\')
                    i++;
            continue;
        }
        if (c != '{' && c != '[' && c != '}' && c != ']' && c != ',' && c != ':')
            continue;
        fwrite(s + run, 1, i - run, f);
        run = i + 1;
        if ((c == '{' || c == '[') && i + 1 < n && (s[i + 1] == '}' || s[i + 1] == ']')) {
            fputc(c, f);
            fputc(s[++i], f);
            run = i + 1;
        } else if (c == '{' || c == '[') {
            fputc(c, f);
            newline(f, ++indent);
        } else if (c == '}' || c == ']') {
            newline(f, --indent);
            fputc(c, f);
        } else if (c == ',') {
            fputc(c, f);
            newline(f, indent);
        } else {
            fputs(": ", f);
        }
    }
    fwrite(s + run, 1, n - run, f);
}
