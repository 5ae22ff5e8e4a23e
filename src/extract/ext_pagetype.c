/* ext_pagetype.c - what kind of page this is (article, forum, product,
 * collection, listing, documentation, service), from the structured-data
 * type names the page declares (JSON-LD "@type", og:type, microdata
 * itemtype), the words of its URL path, and its structure.  The type
 * picks the extraction profile: forum posts are content even when named
 * "comment"; listing cards are content even when they are mostly links. */
#include "ext_internal.h"

#include "../core/ascii.h"

typedef struct votes {
    int v[PAGE_OTHER + 1];
} votes;

static const struct { const char *name; ext_page_type type; int weight; } schema_types[] = {
    { "DiscussionForumPosting", PAGE_FORUM, 6 }, { "QAPage", PAGE_FORUM, 6 },
    { "Question", PAGE_FORUM, 3 }, { "Answer", PAGE_FORUM, 2 },
    { "Product", PAGE_PRODUCT, 5 }, { "ProductGroup", PAGE_PRODUCT, 5 }, { "Offer", PAGE_PRODUCT, 1 },
    { "CollectionPage", PAGE_COLLECTION, 4 }, { "OfferCatalog", PAGE_COLLECTION, 3 },
    { "ItemList", PAGE_LISTING, 2 }, { "SearchResultsPage", PAGE_LISTING, 4 },
    { "NewsArticle", PAGE_ARTICLE, 5 }, { "Article", PAGE_ARTICLE, 4 },
    { "BlogPosting", PAGE_ARTICLE, 5 }, { "Report", PAGE_ARTICLE, 3 }, { "Recipe", PAGE_ARTICLE, 3 },
    { "HowTo", PAGE_ARTICLE, 2 }, { "ReportageNewsArticle", PAGE_ARTICLE, 5 },
    { "TechArticle", PAGE_DOCUMENTATION, 4 }, { "APIReference", PAGE_DOCUMENTATION, 5 },
    { "Service", PAGE_SERVICE, 3 }, { "FAQPage", PAGE_SERVICE, 1 },
    { NULL, PAGE_OTHER, 0 },
};

/* Finds each "TypeName" as a whole quoted word or schema.org URL tail. */
static void vote_schema_text(slice s, votes *v)
{
    for (size_t i = 0; schema_types[i].name; i++) {
        const char *name = schema_types[i].name;
        size_t n = strlen(name);
        for (size_t at = 0; at + n <= s.len; at++) {
            if (memcmp(s.ptr + at, name, n) != 0)
                continue;
            char before = at ? s.ptr[at - 1] : ' ';
            char after = at + n < s.len ? s.ptr[at + n] : ' ';
            if ((before == '"' || before == '/') && (after == '"' || after == ' ')) {
                v->v[schema_types[i].type] += schema_types[i].weight;
                break;
            }
        }
    }
}

static const struct { const char *word; ext_page_type type; } url_words[] = {
    { "forum", PAGE_FORUM }, { "forums", PAGE_FORUM }, { "thread", PAGE_FORUM },
    { "threads", PAGE_FORUM }, { "topic", PAGE_FORUM }, { "t", PAGE_FORUM },
    { "questions", PAGE_FORUM }, { "discussion", PAGE_FORUM }, { "community", PAGE_FORUM },
    { "showthread", PAGE_FORUM }, { "viewtopic", PAGE_FORUM },
    { "product", PAGE_PRODUCT }, { "products", PAGE_PRODUCT }, { "dp", PAGE_PRODUCT },
    { "p", PAGE_PRODUCT }, { "item", PAGE_PRODUCT },
    { "collections", PAGE_COLLECTION }, { "collection", PAGE_COLLECTION },
    { "category", PAGE_COLLECTION }, { "categories", PAGE_COLLECTION }, { "shop", PAGE_COLLECTION },
    { "c", PAGE_COLLECTION },
    { "docs", PAGE_DOCUMENTATION }, { "doc", PAGE_DOCUMENTATION },
    { "documentation", PAGE_DOCUMENTATION }, { "reference", PAGE_DOCUMENTATION },
    { "api", PAGE_DOCUMENTATION }, { "manual", PAGE_DOCUMENTATION }, { "guide", PAGE_DOCUMENTATION },
    { "wiki", PAGE_DOCUMENTATION },
    { "tag", PAGE_LISTING }, { "tags", PAGE_LISTING }, { "archive", PAGE_LISTING },
    { "page", PAGE_LISTING }, { "search", PAGE_LISTING },
    { "services", PAGE_SERVICE }, { "service", PAGE_SERVICE }, { "solutions", PAGE_SERVICE },
    { "pricing", PAGE_SERVICE }, { "about", PAGE_SERVICE },
    { NULL, PAGE_OTHER },
};

static void vote_url(slice url, votes *v)
{
    size_t i = 0;
    /* skip scheme://host */
    long sch = slice_find_nocase(url, "://");
    if (sch >= 0) {
        i = (size_t)sch + 3;
        while (i < url.len && url.ptr[i] != '/')
            i++;
    }
    char w[24];
    size_t n = 0;
    for (; i <= url.len; i++) {
        unsigned ch = i < url.len ? (unsigned char)url.ptr[i] : '/';
        if (ch == '?' || ch == '#')
            ch = '/', i = url.len;
        if (ascii_is_alnum(ch) && n < sizeof w - 1) {
            w[n++] = (char)ascii_lower(ch);
            continue;
        }
        if (ch == '/' && n) {
            w[n] = '\0';
            for (size_t k = 0; url_words[k].word; k++)
                if (strcmp(w, url_words[k].word) == 0) {
                    v->v[url_words[k].type] += 2;
                    break;
                }
        }
        if (ch == '/' || !ascii_is_alnum(ch))
            n = 0;
    }
}

ext_page_type ext_pagetype_guess(ext_ctx *c)
{
    votes v = { { 0 } };
    /* The whole document, head included (the features pass skips it). */
    const dom_node *root = c->page->root;
    for (const dom_node *n = root; n; n = dom_next(root, n)) {
        if (n->type != DOM_ELEMENT)
            continue;
        if (n->tag == TAG_SCRIPT) {
            slice t = dom_attr_value(n, "type");
            if (t.len && slice_find_nocase(t, "ld+json") >= 0)
                for (const dom_node *k = n->first_child; k; k = k->next)
                    if (k->type == DOM_TEXT)
                        vote_schema_text(k->u.text, &v);
        } else if (n->tag == TAG_META) {
            slice p = dom_attr_value(n, "property");
            if (p.len && slice_eq_nocase(p, "og:type")) {
                slice ct = slice_trim(dom_attr_value(n, "content"));
                if (slice_eq_nocase(ct, "article"))
                    v.v[PAGE_ARTICLE] += 3;
                else if (slice_starts_with_nocase(ct, "product"))
                    v.v[PAGE_PRODUCT] += 4;
            }
        } else {
            slice it = dom_attr_value(n, "itemtype");
            if (it.len)
                vote_schema_text(it, &v);
        }
    }
    vote_url(c->opt->base_url, &v);
    ext_page_type best = PAGE_ARTICLE;
    int best_v = 2;
    for (int t = 0; t <= PAGE_OTHER; t++)
        if (v.v[t] > best_v) {
            best = (ext_page_type)t;
            best_v = v.v[t];
        }
    return best;
}
