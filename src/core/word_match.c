/* word_match.c - the class/id word matcher (word_match.h).
 *
 * The listed words form one trie whose rows are indexed by column: each
 * byte that occurs in a listed word gets a column (both cases of a letter
 * share one), every other byte is column 0, where all walks end.  A value
 * is read once; from each place a listed word may begin, one walk down the
 * trie collects the bits of the words it passes.  Most walks end at the
 * first or second byte, so a value costs a few table reads per word
 * whatever the number of listed words.
 *
 * Lists with "*" words (found anywhere, so every byte must be read) become
 * one automaton instead (word_dfa.h), one table read per byte: a word at a
 * word's start is a separator's column followed by the word's, an exact
 * word also ends with a separator's (or "s" and one), and the value is
 * read between two virtual separators.  That needs a cut under which every
 * listed word is such a pattern of bytes: no "!" words, no length limit,
 * no words inside words or across join bytes. */
#include "word_match.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "word_dfa.h"

/* What a trie node says about the bytes read down to it. */
typedef struct word_node_bits {
    uint32_t begins; /* a word that begins so hits these lists */
    uint32_t exact;  /* ... if it ends here ("=" words) */
    uint32_t veto;   /* ... and never these ("!" words) */
} word_node_bits;

/* What a byte is to the matcher's cut (word_matcher.byte). */
enum { BYTE_WORD = 1, BYTE_JOIN = 2, BYTE_OPENS = 4 /* a listed word begins with it */ };

struct word_matcher {
    word_cut cut;
    uint32_t all;      /* the bits of every list */
    size_t cols;       /* entries of a row */
    uint8_t col[256];  /* column of each byte; 0: no listed word has it */
    uint8_t byte[256]; /* BYTE_ flags of each byte */
    /* The opening two bytes of the listed words, hashed by column: most
     * places where a walk could start fail this test without one.  Not
     * used when a listed word is one byte long. */
    uint64_t pairs[16];
    bool single;
    uint16_t *next;    /* row per node: child by column, 0 none (the root is node 0) */
    word_node_bits *bits;
    /* The automaton, in place of the trie (dfa.next NULL: none): its
     * column of each byte (0 for other separators, a last one for other
     * word bytes) and its state after the separator before the value. */
    word_dfa dfa;
    uint8_t dfa_col[256];
    unsigned dfa_start;
};

enum { WORD_NODES_MAX = 65535 }; /* node numbers are 16-bit */

static bool is_word_byte(const word_cut *cut, unsigned c)
{
    switch (cut->chars) {
    case WORD_CHARS_ALNUM:
        return ascii_is_alnum(c);
    case WORD_CHARS_ALPHA:
        return ascii_is_alpha(c);
    default:
        return !ascii_is_space(c);
    }
}

static unsigned pair_hash(unsigned a, unsigned b) { return (a * 31u + b) & 1023u; }

/* The listed word without its mark. */
static const char *bare(const char *w) { return w[0] == '=' || w[0] == '!' || w[0] == '*' ? w + 1 : w; }

static bool has_star(const word_list *lists, size_t count)
{
    for (size_t l = 0; l < count; l++)
        for (size_t k = 0; lists[l].words[k]; k++)
            if (lists[l].words[k][0] == '*')
                return true;
    return false;
}

/* Can the automaton hold every listed word (see the top)? */
static bool automaton_fits(const word_cut *cut, const word_list *lists, size_t count)
{
    if (cut->inside || cut->join || cut->max_len)
        return false;
    for (size_t l = 0; l < count; l++)
        for (size_t k = 0; lists[l].words[k]; k++) {
            const char *w = lists[l].words[k];
            if (w[0] == '!')
                return false;
            if (w[0] == '*')
                continue;
            const char *b = bare(w);
            if (!is_word_byte(cut, (unsigned char)b[0]))
                return false; /* no walk would start there */
            for (; !cut->span && *b; b++)
                if (!is_word_byte(cut, (unsigned char)*b))
                    return false; /* a walk stops at the word's end */
        }
    return true;
}

/* The automaton's patterns: the "*" words as they are, the others after
 * each separator column in seps[0..nseps) (exact ones also before one, or
 * before "s" and one).  Fills `out` (NULL: counts only) with columns in
 * `cols` and returns the number. */
static size_t make_patterns(const word_matcher *m, const word_list *lists, size_t count, const uint8_t *seps,
                            size_t nseps, word_pattern *out, uint8_t *cols)
{
    size_t n = 0, used = 0;
    for (size_t l = 0; l < count; l++)
        for (size_t k = 0; lists[l].words[k]; k++) {
            const char *w = lists[l].words[k], *b = bare(w);
            size_t len = strlen(b);
            bool star = w[0] == '*', exact = w[0] == '=';
            size_t opens = star ? 1 : nseps, ends = exact ? nseps * (m->cut.plural ? 2 : 1) : 1;
            for (size_t o = 0; o < opens; o++)
                for (size_t e = 0; e < ends; e++, n++) {
                    if (!out)
                        continue;
                    uint8_t *c = cols + used;
                    size_t at = 0;
                    if (!star)
                        c[at++] = seps[o];
                    for (size_t i = 0; i < len; i++)
                        c[at++] = m->col[(unsigned char)b[i]];
                    if (exact) {
                        if (e >= nseps)
                            c[at++] = m->col['s'];
                        c[at++] = seps[e % nseps];
                    }
                    out[n] = (word_pattern){ c, at, lists[l].bit };
                    used += at;
                }
        }
    return n;
}

/* Builds m->dfa and its columns from the lists; false when out of memory
 * or too large. */
static bool dfa_new(word_matcher *m, const word_list *lists, size_t count)
{
    uint8_t seps[256];
    size_t nseps = 0;
    seps[nseps++] = 0;
    for (unsigned c = 0; c < 256; c++) {
        m->dfa_col[c] = m->col[c];
        if (!m->col[c] && m->byte[c] & BYTE_WORD)
            m->dfa_col[c] = (uint8_t)m->cols;
        if (m->col[c] && !(m->byte[c] & BYTE_WORD) && memchr(seps, m->col[c], nseps) == NULL)
            seps[nseps++] = m->col[c];
    }
    size_t n = make_patterns(m, lists, count, seps, nseps, NULL, NULL), longest = 0;
    for (size_t l = 0; l < count; l++)
        for (size_t k = 0; lists[l].words[k]; k++) {
            size_t len = strlen(bare(lists[l].words[k])) + 3; /* separators, "s" */
            longest = len > longest ? len : longest;
        }
    word_pattern *pats = malloc(n * sizeof *pats);
    uint8_t *pcols = malloc(n * longest);
    bool ok = pats && pcols;
    if (ok) {
        make_patterns(m, lists, count, seps, nseps, pats, pcols);
        ok = word_dfa_build(&m->dfa, pats, n, m->cols + 1) == 0;
    }
    free(pats);
    free(pcols);
    if (ok)
        m->dfa_start = word_dfa_step(&m->dfa, 0, 0);
    return ok;
}

word_matcher *word_matcher_new(const word_cut *cut, const word_list *lists, size_t count)
{
    /* Size the trie by its worst case (no shared beginnings) and give each
     * byte of the listed words its column ("s" too, for plurals). */
    size_t letters = 0;
    uint8_t col[256] = { 0 };
    size_t cols = 1;
    if (cut->plural)
        col['s'] = (uint8_t)cols++;
    for (size_t l = 0; l < count; l++) {
        for (size_t k = 0; lists[l].words[k]; k++) {
            const char *w = bare(lists[l].words[k]);
            if (!w[0])
                return NULL;
            for (; *w; w++, letters++) {
                unsigned c = ascii_lower((unsigned char)*w);
                if (col[c])
                    continue;
                if (cols > 254)
                    return NULL;
                col[c] = (uint8_t)cols++;
            }
        }
    }
    if (letters + 1 > WORD_NODES_MAX)
        return NULL;
    for (unsigned c = 'a'; c <= 'z'; c++)
        col[ascii_upper(c)] = col[c];
    bool automaton = has_star(lists, count);
    if (automaton && !automaton_fits(cut, lists, count))
        return NULL;

    word_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cut = *cut;
    m->cols = cols;
    memcpy(m->col, col, sizeof col);
    for (unsigned c = 0; c < 256; c++)
        m->byte[c] = (uint8_t)((is_word_byte(cut, c) ? BYTE_WORD : 0) |
                               (cut->join && (c == '-' || c == '_') ? BYTE_JOIN : 0));
    for (size_t l = 0; l < count; l++)
        m->all |= lists[l].bit;
    if (automaton) {
        if (!dfa_new(m, lists, count)) {
            word_matcher_free(m);
            return NULL;
        }
        return m;
    }

    size_t nodes = letters + 1;
    if (!(m->next = calloc(nodes * cols, sizeof *m->next)) || !(m->bits = calloc(nodes, sizeof *m->bits))) {
        word_matcher_free(m);
        return NULL;
    }
    size_t used = 1;
    for (size_t l = 0; l < count; l++) {
        for (size_t k = 0; lists[l].words[k]; k++) {
            const char *w = lists[l].words[k];
            size_t node = 0;
            for (const char *p = bare(w); *p; p++) {
                uint16_t *slot = &m->next[node * cols + col[(unsigned char)*p]];
                if (!*slot)
                    *slot = (uint16_t)used++;
                node = *slot;
            }
            const char *b0 = bare(w);
            m->byte[(unsigned char)b0[0]] |= BYTE_OPENS;
            m->byte[ascii_upper((unsigned char)b0[0])] |= BYTE_OPENS;
            if (b0[1]) {
                unsigned h = pair_hash(col[(unsigned char)b0[0]], col[(unsigned char)b0[1]]);
                m->pairs[h >> 6] |= 1ull << (h & 63);
            } else {
                m->single = true;
            }
            word_node_bits *b = &m->bits[node];
            if (w[0] == '=')
                b->exact |= lists[l].bit;
            else if (w[0] == '!')
                b->veto |= lists[l].bit;
            else
                b->begins |= lists[l].bit;
        }
    }
    return m;
}

void word_matcher_free(word_matcher *m)
{
    if (!m)
        return;
    free(m->next);
    free(m->bits);
    word_dfa_dispose(&m->dfa);
    free(m);
}

/* Does a word end at v[j] (join bytes passed over), or, with plural, after
 * one more 's'? */
static bool word_ends(const word_matcher *m, slice v, size_t j)
{
    const unsigned char *p = (const unsigned char *)v.ptr;
    while (j < v.len && m->byte[p[j]] & BYTE_JOIN)
        j++;
    if (j == v.len || !(m->byte[p[j]] & BYTE_WORD))
        return true;
    if (!m->cut.plural || (p[j] != 's' && p[j] != 'S'))
        return false;
    return j + 1 == v.len || !(m->byte[p[j + 1]] & BYTE_WORD);
}

/* One walk from v[from] up to v[lim]: adds the bits of the listed words
 * read on the way to *hits and of the vetoes to *veto. */
static void walk(const word_matcher *m, slice v, size_t from, size_t lim, uint32_t *hits, uint32_t *veto)
{
    const unsigned char *p = (const unsigned char *)v.ptr;
    size_t node = 0;
    for (size_t j = from; j < lim;) {
        unsigned c = p[j++];
        if (m->byte[c] & BYTE_JOIN)
            continue;
        unsigned k = m->col[c];
        if (!k || !(node = m->next[node * m->cols + k]))
            return;
        const word_node_bits *b = &m->bits[node];
        *hits |= b->begins;
        *veto |= b->veto;
        if (b->exact && word_ends(m, v, j))
            *hits |= b->exact;
    }
}

/* May a listed word begin at v[s] (and end by v[lim])? */
static bool may_open(const word_matcher *m, const unsigned char *p, size_t s, size_t lim)
{
    if (!(m->byte[p[s]] & BYTE_OPENS))
        return false;
    if (m->single)
        return true;
    size_t t = s + 1;
    while (t < lim && m->byte[p[t]] & BYTE_JOIN)
        t++;
    if (t >= lim)
        return false;
    unsigned h = pair_hash(m->col[p[s]], m->col[p[t]]);
    return m->pairs[h >> 6] >> (h & 63) & 1;
}

/* The trie engine. */
static uint32_t trie_find(const word_matcher *m, slice v)
{
    const unsigned char *p = (const unsigned char *)v.ptr;
    const uint8_t *byte = m->byte;
    uint32_t found = 0;
    size_t i = 0;
    while (i < v.len && found != m->all) {
        if (!(byte[p[i]] & BYTE_WORD)) {
            i++;
            continue;
        }
        size_t start = i, joins = 0;
        if (m->cut.join)
            for (; i < v.len && byte[p[i]] & BYTE_WORD; i++)
                joins += byte[p[i]] >> 1 & 1;
        else
            while (i < v.len && byte[p[i]] & BYTE_WORD)
                i++;
        if (m->cut.max_len && i - start - joins > m->cut.max_len)
            continue;
        size_t lim = m->cut.span ? v.len : i;
        uint32_t hits = 0, veto = 0;
        if (!m->cut.inside) {
            while (byte[p[start]] & BYTE_JOIN && ++start < i) {
            }
            if (start < i && may_open(m, p, start, lim))
                walk(m, v, start, lim, &hits, &veto);
        } else {
            for (size_t s = start; s < i; s++)
                if (may_open(m, p, s, lim))
                    walk(m, v, s, lim, &hits, &veto);
        }
        found |= hits & ~veto;
    }
    return found;
}

uint32_t word_matcher_find(const word_matcher *m, slice v)
{
    if (!v.len) /* most elements have no id */
        return 0;
    if (m->dfa.next) /* the automaton holds every word */
        return word_dfa_find(&m->dfa, m->dfa_col, m->dfa_start, (const unsigned char *)v.ptr, v.len, 0);
    return trie_find(m, v);
}
