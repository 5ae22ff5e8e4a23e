/* ext_text.c - the small text helpers extraction needs: UTF-8 stepping,
 * character classes (CJK-aware), subtree text, title comparison. */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "../core/buf.h"

unsigned ext_utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t left = len - *i;
    unsigned c = p[0];
    if (c < 0x80) {
        *i += 1;
        return c;
    }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (n < 0 || (size_t)n >= left) {
        *i += 1;
        return 0xFFFD;
    }
    unsigned cp = c & (0x3F >> n);
    for (int k = 1; k <= n; k++) {
        if ((p[k] & 0xC0) != 0x80) {
            *i += 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    *i += (size_t)n + 1;
    return cp;
}

bool ext_cp_is_cjk(unsigned cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool ext_cp_is_space(unsigned cp)
{
    return ascii_is_space(cp) || cp == 0xA0 || cp == 0x2007 || cp == 0x202F || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF;
}

bool ext_cp_is_punct(unsigned cp)
{
    switch (cp) {
    case ',': case '.': case ';': case ':': case '!': case '?':
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B:
    case 0xFF01: case 0xFF1F: case 0x060C: case 0x061F: case 0x0964:
        return true;
    default:
        return false;
    }
}

bool ext_cp_is_word(unsigned cp)
{
    if (cp < 0x80)
        return ascii_is_alnum(cp) || cp == '_';
    if (ext_cp_is_space(cp) || ext_cp_is_punct(cp))
        return false;
    /* General punctuation, symbols, arrows, box drawing, dingbats... */
    if ((cp >= 0x2010 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
        (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7)
        return false;
    return true;
}

slice ext_subtree_text(ext_ctx *c, const dom_node *root, size_t max)
{
    buf b = BUF_INIT;
    bool space = false;
    for (const dom_node *n = root; n && b.len < max;) {
        if (n->type == DOM_ELEMENT && (ext_inf(c, n)->flags & EXT_DROP)) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_ELEMENT && (ext_tag_is_block(n->tag) || n->tag == TAG_BR))
            space = true;
        if (n->type == DOM_TEXT) {
            /* Runs of non-space characters are copied whole: one append
             * per word, not per character. */
            slice t = n->u.text;
            size_t run_at = 0, run_len = 0;
            for (size_t i = 0; i < t.len && b.len + run_len < max;) {
                size_t at = i;
                unsigned cp = ext_utf8_next(t.ptr, t.len, &i);
                if (ext_cp_is_space(cp)) {
                    if (run_len)
                        buf_append(&b, t.ptr + run_at, run_len);
                    run_len = 0;
                    space = true;
                    continue;
                }
                if (!run_len) {
                    if (space && b.len)
                        buf_putc(&b, ' ');
                    space = false;
                    run_at = at;
                }
                run_len += i - at;
            }
            if (run_len)
                buf_append(&b, t.ptr + run_at, run_len);
        }
        n = dom_next(root, n);
    }
    slice s = slice_make(NULL, 0);
    if (!b.failed)
        s = arena_slice_dup(c->scratch, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    return s;
}

/* Folds a string to its word characters, lowercased (ASCII), for titles
 * that differ only by punctuation, quotes or spacing. */
static size_t fold(slice s, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len && n + 4 < cap;) {
        size_t at = i;
        unsigned cp = ext_utf8_next(s.ptr, s.len, &i);
        if (!ext_cp_is_word(cp))
            continue;
        if (cp < 0x80)
            out[n++] = (char)ascii_lower(cp);
        else
            for (size_t k = at; k < i; k++)
                out[n++] = s.ptr[k];
    }
    return n;
}

bool ext_text_similar(slice a, slice b)
{
    char fa[512], fb[512];
    size_t na = fold(a, fa, sizeof fa), nb = fold(b, fb, sizeof fb);
    if (na < 4 || nb < 4)
        return na == nb && na && memcmp(fa, fb, na) == 0;
    /* One contains the other ("Headline - Site" holds "Headline"), and the
     * shorter covers a good part of the longer. */
    const char *sh = na <= nb ? fa : fb, *lo = na <= nb ? fb : fa;
    size_t ns = na <= nb ? na : nb, nl = na <= nb ? nb : na;
    if (ns * 10 < nl * 4)
        return false;
    for (size_t i = 0; i + ns <= nl; i++)
        if (memcmp(lo + i, sh, ns) == 0)
            return true;
    return false;
}
