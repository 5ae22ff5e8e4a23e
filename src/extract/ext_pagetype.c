/* ext_pagetype.c - what kind of page this is (article, forum, product,
 * collection, listing, documentation, service), from the structured-data
 * type names the page declares (JSON-LD "@type", og:type, microdata
 * itemtype), the words of its URL path, and its structure.  The type
 * picks the extraction profile: forum posts are content even when named
 * "comment"; listing cards are content even when they are mostly links. */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "../core/url.h"

typedef struct votes {
    int v[PAGE_OTHER + 1];
    /* Occurrences of a few type names, for the rules in decide(). */
    int products;      /* Product items (JSON-LD or microdata) */
    int product_group; /* ProductGroup: one product in several variants */
    int item_list;     /* ItemList, CollectionPage, OfferCatalog */
    int faq;           /* FAQPage: its Question/Answer pairs are no forum */
    int qa;            /* Question, Answer */
    int articles;      /* Article, NewsArticle, BlogPosting... */
    int qa_votes;      /* the forum votes that Question/Answer gave */
    int product_votes; /* the product votes that Product/Offer gave */
} votes;

enum { MAX_COUNTED = 1000 };

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

static void count_type(const char *name, votes *v)
{
    int *slot = NULL;
    if (strcmp(name, "Product") == 0)
        slot = &v->products;
    else if (strcmp(name, "ProductGroup") == 0)
        slot = &v->product_group;
    else if (strcmp(name, "ItemList") == 0 || strcmp(name, "CollectionPage") == 0 ||
             strcmp(name, "OfferCatalog") == 0)
        slot = &v->item_list;
    else if (strcmp(name, "FAQPage") == 0)
        slot = &v->faq;
    else if (strcmp(name, "Question") == 0 || strcmp(name, "Answer") == 0)
        slot = &v->qa;
    else if (strstr(name, "Article") || strcmp(name, "BlogPosting") == 0)
        slot = &v->articles;
    if (slot && *slot < MAX_COUNTED)
        (*slot)++;
}

/* Finds each "TypeName" as a whole quoted word or schema.org URL tail:
 * each name votes once per text, and its occurrences are counted. */
static void vote_schema_text(slice s, votes *v)
{
    for (size_t i = 0; schema_types[i].name; i++) {
        const char *name = schema_types[i].name;
        size_t n = strlen(name);
        bool voted = false;
        for (size_t at = 0; at + n <= s.len; at++) {
            /* memchr finds the candidates: the scripts run long. */
            const char *hit = memchr(s.ptr + at, name[0], s.len - n + 1 - at);
            if (!hit)
                break;
            at = (size_t)(hit - s.ptr);
            if (memcmp(s.ptr + at, name, n) != 0)
                continue;
            char before = at ? s.ptr[at - 1] : ' ';
            char after = at + n < s.len ? s.ptr[at + n] : ' ';
            if ((before == '"' || before == '/') && (after == '"' || after == ' ')) {
                if (!voted) {
                    int w = schema_types[i].weight;
                    v->v[schema_types[i].type] += w;
                    if (name[0] == 'Q' || name[0] == 'A')
                        v->qa_votes += schema_types[i].type == PAGE_FORUM ? w : 0;
                    if (schema_types[i].type == PAGE_PRODUCT && strcmp(name, "ProductGroup") != 0)
                        v->product_votes += w;
                }
                voted = true;
                count_type(name, v);
                at += n - 1;
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
    bool has_host;
    size_t i = url_path_offset(url, &has_host);
    if (has_host) {
        /* A site's home page (no path) presents the site: it is no
         * article, and its sections are its content. */
        size_t e = i;
        while (e < url.len && url.ptr[e] == '/')
            e++;
        if (e == url.len || url.ptr[e] == '?' || url.ptr[e] == '#')
            v->v[PAGE_SERVICE] += 3;
    }
    char w[24];
    size_t n = 0;
    bool seg_start = true; /* no '-' or '.' yet in this path segment */
    for (; i <= url.len; i++) {
        unsigned ch = i < url.len ? (unsigned char)url.ptr[i] : '/';
        if (ch == '?' || ch == '#')
            ch = '/', i = url.len;
        if (ascii_is_alnum(ch) && n < sizeof w - 1) {
            w[n++] = (char)ascii_lower(ch);
            continue;
        }
        /* A whole path segment, or a script name ("viewtopic.php"). */
        if ((ch == '/' || ch == '.') && n && (ch == '/' || seg_start)) {
            w[n] = '\0';
            for (size_t k = 0; url_words[k].word; k++)
                if (strcmp(w, url_words[k].word) == 0) {
                    v->v[url_words[k].type] += url_words[k].type == PAGE_FORUM && ch == '.' ? 3 : 2;
                    break;
                }
        }
        if (ch == '/')
            seg_start = true;
        else if (!ascii_is_alnum(ch))
            seg_start = false;
        if (ch == '/' || !ascii_is_alnum(ch))
            n = 0;
    }
}

/* What the counts say beyond single votes.  An FAQ block's questions are
 * no discussion.  Many Product items without a ProductGroup (the variants
 * of one product), or several beside an ItemList or CollectionPage, are
 * the cards of a category page; an article listing products (a buying
 * guide) declares itself an Article. */
static void decide(votes *v)
{
    if (v->faq && v->qa_votes)
        v->v[PAGE_FORUM] -= v->qa_votes;
    if (v->articles)
        return;
    if ((v->products >= 2 && v->item_list) || (v->products >= 8 && !v->product_group)) {
        v->v[PAGE_PRODUCT] -= v->product_votes;
        v->v[PAGE_COLLECTION] += 6;
    }
}

ext_page_type ext_pagetype_guess(ext_ctx *c)
{
    votes v = { 0 };
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
                else if (slice_eq_nocase(ct, "product.group") || slice_eq_nocase(ct, "product:group"))
                    v.v[PAGE_COLLECTION] += 5; /* a category page's shared og:type */
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
    decide(&v);
    ext_page_type best = PAGE_ARTICLE;
    int best_v = 2;
    for (int t = 0; t <= PAGE_OTHER; t++)
        if (v.v[t] > best_v) {
            best = (ext_page_type)t;
            best_v = v.v[t];
        }
    return best;
}
