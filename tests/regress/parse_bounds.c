/* parse_bounds.c - tree-size regressions: small inputs whose tree must stay
 * small.  An input that makes the parser build far more nodes than it has
 * bytes is a denial of service even when each step is bounded.
 *
 * Usage: parse_bounds fixed|open.  "fixed" cases must hold; "open" cases
 * are known bugs reported to the tree builder's owner: the test running
 * them is registered should_fail, and a case moves to `fixed` with the fix
 * (the test then reports an unexpected pass until it is moved). */
#include <stdio.h>
#include <string.h>

#include "html/decode/decode.h"
#include "html/dom.h"
#include "html/parse.h"

typedef struct bound_case {
    const char *name, *html;
    size_t max_nodes; /* whole tree, template contents excluded */
} bound_case;

static const bound_case fixed_cases[] = {
    { "formatting_reopened", "<b><i><u><p>1<p>2<p>3</b>", 40 },
    { "select_option", "<select><option>a<option>b</select>", 20 },
    /* Found by fuzz_parse: html_tree_option_popped copied the option's
     * children into a <selectedcontent> inside that same option, walking
     * into its own output (4,194,309 nodes from 33 bytes).  Fixed: the
     * copy is a snapshot made in a detached fragment. */
    { "selectedcontent_inside_option", "<select><option><selectedcontent>", 20 },
};

static const bound_case open_cases[] = {
    /* None open at present; the list ends at the NULL entry. */
    { NULL, NULL, 0 },
};

static size_t count_nodes(const dom_node *root)
{
    size_t n = 0;
    for (const dom_node *x = root; x; x = dom_next(root, x))
        n++;
    return n;
}

static int run(const bound_case *cases, size_t count)
{
    int failed = 0;
    for (size_t i = 0; i < count && cases[i].name; i++) {
        arena *a = arena_new((size_t)1 << 30);
        html_decoded d;
        dom_document doc;
        html_parse_options po = { .scripting = true };
        size_t nodes = 0;
        int rc = html_decode(a, cases[i].html, strlen(cases[i].html), "utf-8", &d);
        if (rc == 0)
            rc = html_parse_document(a, d.utf8, d.len, &po, &doc);
        if (rc == 0)
            nodes = count_nodes(doc.root);
        bool ok = rc == 0 && nodes <= cases[i].max_nodes;
        printf("%-32s %zu nodes (max %zu), arena %zu KB%s\n", cases[i].name, nodes,
               cases[i].max_nodes, arena_used(a) >> 10, ok ? "" : " FAIL");
        failed += !ok;
        arena_free(a);
    }
    return failed;
}

int main(int argc, char **argv)
{
    bool open = argc > 1 && strcmp(argv[1], "open") == 0;
    int failed = open ? run(open_cases, sizeof open_cases / sizeof *open_cases)
                      : run(fixed_cases, sizeof fixed_cases / sizeof *fixed_cases);
    printf("%d failed\n", failed);
    return failed ? 1 : 0;
}
