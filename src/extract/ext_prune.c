/* ext_prune.c - cleaning inside the chosen container: boilerplate-marked
 * parts (share bars, tags, author boxes, related links), link farms, the
 * lines before the first paragraph that are only a date or a byline, and
 * what trails the last paragraph without being content (share and count
 * lines, "Related" headings, tag lists).  Tables, code and figures stay. */
#include "ext_internal.h"

#include "ext_stopwords.h"

/* Link text over this share of a block's text makes it a link farm. */
#define LINK_FARM_DENSITY 0.6f

static bool is_container_kept(const dom_node *n)
{
    return ext_is_el(n, TAG_TABLE) || ext_is_el(n, TAG_PRE) || ext_is_el(n, TAG_FIGURE) ||
           ext_is_el(n, TAG_CODE);
}

static bool listing_like(const ext_ctx *c)
{
    return c->link_mode || c->type == PAGE_LISTING || c->type == PAGE_COLLECTION;
}

static bool is_link_farm(const ext_ctx *c, const dom_node *n, const ext_info *in, float wgood)
{
    if (!in->chars || (float)in->link < LINK_FARM_DENSITY * (float)in->chars)
        return false;
    if (listing_like(c))
        return false;
    if (in->good > 0.3f * wgood)
        return false;
    /* One long linked sentence is not a farm; several short anchors are. */
    return in->links >= 2 || in->chars < 120;
}

/* Lines that open the page's tail: related links, sharing, tags, the
 * comment section.  Compared with the start of a short block's text,
 * lowercased. */
static const char *const terminators[] = {
    "related", "read more", "read also", "also read", "see also", "more from", "more stories",
    "you may also like", "you might also like", "recommended", "share this", "share on",
    "tags:", "filed under", "about the author", "leave a reply", "leave a comment", "comments",
    "popular posts", "most read", "trending", "ähnliche", "auch interessant",
    "das könnte sie auch", "das könnte dich auch", "das thema könnte", "mehr zum thema",
    "weitere artikel", "lesen sie auch", "lies auch", "teilen", "schlagwörter", "kommentare",
    "über den autor", "empfohlene", "verwandte", "articles similaires", "à lire aussi",
    "lire aussi", "sur le même sujet", "partager", "commentaires", "vous aimerez aussi",
    "artículos relacionados", "te puede interesar", "lee también", "también te puede",
    "compartir", "comentarios", "noticias relacionadas", "leggi anche", "articoli correlati",
    "potrebbe interessarti", "condividi", "commenti", "leia também", "artigos relacionados",
    "veja também", "compartilhe", "comentários", "lees ook", "gerelateerde", "deel dit",
    "reacties", NULL,
};

/* Lines that open the tail only when little prose follows them: they
 * also head a last section of real content now and then ("Weitere
 * Informationen", "Pour aller plus loin"). */
static const char *const weak_terminators[] = {
    "further reading", "read next", "up next", "more on ", "more about", "keep reading",
    "continue reading", "don't miss", "latest news", "latest stories", "editor's picks",
    "editors' picks", "discover our", "explore more", "top stories", "most popular",
    "in case you missed", "similar articles", "similar posts", "more news", "more articles",
    "other articles", "was this article", "was this helpful", "did you find", "rate this",
    "have your say", "join the conversation", "sources:", "zum weiterlesen", "weiterlesen",
    "weitere ", "schon gelesen", "mehr themen", "mehr zu ", "mehr aus ", "mehr von ",
    "mehr zum", "aktuelle news", "aktuelle artikel", "neueste artikel", "beliebte artikel",
    "meistgelesen", "empfehlungen", "unsere empfehlung", "das könnte", "dazu passend",
    "passend dazu", "war der artikel", "war dieser artikel", "ist dieser beitrag",
    "hat ihnen", "wie bewerten sie", "möchten sie den artikel", "artikel teilen",
    "jetzt teilen", "weiterführende", "kontakt", "ansprechpartner", "pressekontakt",
    "zur person", "quellen", "autor", "author", "über die autorin", "l'auteur", "dans la même rubrique", "à lire également", "à voir aussi",
    "sur le même thème", "audios et vidéos", "pour aller plus loin", "en savoir plus",
    "les plus lus", "nos derniers", "más noticias", "lo más leído", "te recomendamos",
    "más información", "sigue leyendo", "lea también", "le puede interesar",
    "ti potrebbe interessare", "più letti", "altri articoli", "leia mais", "saiba mais",
    "mais lidas", "lees meer", "meer over", "czytaj także", "czytaj też", "zobacz też",
    "zobacz także", "polecamy", "najczęściej czytane", NULL,
};

static bool starts_with_any(const char *low, size_t k, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        size_t n2 = strlen(list[i]);
        if (k >= n2 && memcmp(low, list[i], n2) == 0)
            return true;
    }
    return false;
}

/* 2: a terminator, 1: a weak terminator, 0: neither. */
static int terminator_kind(ext_ctx *c, const dom_node *n)
{
    slice t = ext_subtree_text(c, n, 80);
    char low[96];
    size_t k = 0;
    for (size_t i = 0; i < t.len && k + 4 < sizeof low;) {
        unsigned cp = ext_utf8_next(t.ptr, t.len, &i);
        k += ext_lower_utf8(cp, low + k);
    }
    return starts_with_any(low, k, terminators) ? 2 : starts_with_any(low, k, weak_terminators) ? 1 : 0;
}

/* Is what follows n in the container mostly links (teaser cards, a list
 * of further articles)? */
static bool rest_is_links(const ext_ctx *c, const dom_node *w, const dom_node *n)
{
    uint32_t chars = 0, link = 0;
    for (const dom_node *x = dom_next_skip(w, n); x;) {
        const ext_info *in = ext_inf(c, x);
        if (x->type == DOM_ELEMENT && (in->flags & (EXT_DROP | EXT_PRUNED))) {
            x = dom_next_skip(w, x);
            continue;
        }
        if (x->type == DOM_ELEMENT && (in->flags & EXT_BLOCK)) {
            chars += in->own_chars;
            link += in->own_link;
        }
        x = dom_next(w, x);
    }
    return chars && link * 3 >= chars;
}

/* From a terminator on, everything after it in the container goes, when
 * most of the prose came before it (a weak terminator: nearly all, or
 * most and only links follow). */
static void cut_tail(ext_ctx *c, dom_node *w, float wgood)
{
    float seen = 0;
    for (dom_node *n = w; n;) {
        ext_info *in = ext_inf(c, n);
        if (n->type != DOM_ELEMENT || (in->flags & (EXT_DROP | EXT_PRUNED | EXT_HEADLINE))) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(w, n) : dom_next(w, n);
            continue;
        }
        if (in->flags & EXT_PROSE)
            seen += in->val > 0 ? in->val : 0;
        int kind = n != w && seen >= 0.7f * wgood && (in->flags & EXT_BLOCK) && in->chars &&
                           in->chars < 60 && in->chars == in->own_chars
                       ? terminator_kind(c, n)
                       : 0;
        /* Listings go on with more cards after "In case you missed it",
         * service pages with more sections after "More about ...". */
        bool weak_ok = kind == 1 && (c->type == PAGE_ARTICLE || c->type == PAGE_OTHER) &&
                       (seen >= 0.8f * wgood || rest_is_links(c, w, n));
        if (kind == 2 || (kind == 1 && weak_ok)) {
            for (dom_node *x = n; x; x = dom_next_skip(w, x))
                if (x->type == DOM_ELEMENT)
                    ext_inf(c, x)->flags |= EXT_PRUNED;
            return;
        }
        n = dom_next(w, n);
    }
}

static void prune_structure(ext_ctx *c)
{
    dom_node *w = c->winner;
    float wgood = ext_inf(c, w)->good;
    dom_node *first_prose = NULL, *last_prose = NULL;

    for (dom_node *n = w; n;) {
        if (n->type != DOM_ELEMENT) {
            n = dom_next(w, n);
            continue;
        }
        ext_info *in = ext_inf(c, n);
        if (in->flags & (EXT_DROP | EXT_HEADLINE)) {
            n = dom_next_skip(w, n);
            continue;
        }
        if (n != w && !(in->flags & EXT_PROTECTED) && ext_marked_boiler(c, in) &&
            in->good < 0.5f * wgood && !is_container_kept(n)) {
            in->flags |= EXT_PRUNED;
            n = dom_next_skip(w, n);
            continue;
        }
        if (n != w && (in->flags & EXT_BLOCK) && is_link_farm(c, n, in, wgood)) {
            in->flags |= EXT_PRUNED;
            n = dom_next_skip(w, n);
            continue;
        }
        if (in->flags & EXT_PROSE) {
            if (!first_prose)
                first_prose = n;
            last_prose = n;
        }
        n = dom_next(w, n);
    }
    if (!first_prose)
        return;
    if (c->type != PAGE_FORUM && wgood > 0)
        cut_tail(c, w, wgood);

    /* Before the first paragraph: short lines that are not headings
     * (dates, bylines, "5 min read").  Listings keep their short cards. */
    for (dom_node *n = w; n && n != first_prose && !listing_like(c);) {
        ext_info *in = ext_inf(c, n);
        if (n->type != DOM_ELEMENT || (in->flags & (EXT_DROP | EXT_PRUNED | EXT_HEADLINE))) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(w, n) : dom_next(w, n);
            continue;
        }
        if (n != w && (in->flags & EXT_BLOCK) && in->own_chars && in->own_chars < 30 &&
            !ext_tag_is_heading(n->tag) && in->chars == in->own_chars &&
            !(n->tag == TAG_LI || n->tag == TAG_TD || n->tag == TAG_TH || n->tag == TAG_DT ||
              n->tag == TAG_DD))
            in->flags |= EXT_PRUNED;
        n = dom_next(w, n);
    }

    /* After the last paragraph: non-prose blocks outside lists, tables and
     * code (share lines, "Related" headings, "Posted in" lines).  Not on
     * listings, where the cards after the intro are the content. */
    if (listing_like(c))
        return;
    bool after = false;
    for (dom_node *n = w; n;) {
        if (n == last_prose) {
            after = true;
            n = dom_next_skip(w, n);
            continue;
        }
        ext_info *in = ext_inf(c, n);
        if (n->type != DOM_ELEMENT) {
            n = dom_next(w, n);
            continue;
        }
        if ((in->flags & (EXT_DROP | EXT_PRUNED | EXT_HEADLINE)) ||
            (after && (is_container_kept(n) || n->tag == TAG_UL || n->tag == TAG_OL ||
                       n->tag == TAG_DL))) {
            n = dom_next_skip(w, n);
            continue;
        }
        /* Trailing headings without content and link lines go; short
         * plain lines (a signature, "See you!") stay. */
        if (after && n != w && (in->flags & EXT_BLOCK) && in->chars == in->own_chars &&
            in->own_chars < 200 && !(in->flags & EXT_PROSE) &&
            (ext_tag_is_heading(n->tag) || in->own_link * 3 > in->own_chars))
            in->flags |= EXT_PRUNED;
        n = dom_next(w, n);
    }
}

void ext_prune_winner(ext_ctx *c)
{
    prune_structure(c);
    ext_trim_winner(c);
    ext_lead_find(c);
}
