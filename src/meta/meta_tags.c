/* meta_tags.c - <meta> elements: OpenGraph (og:, article:), Twitter,
 * Dublin Core (dc., dcterms.), microdata itemprop, and the assorted
 * name= conventions of publishing systems (pubdate, sailthru.date,
 * parsely-pub-date, citation_*...). */
#include "meta_internal.h"

#include <limits.h>

#include "../core/ascii.h"

typedef enum tag_action {
    ACT_TITLE_OG, ACT_TITLE_TWITTER, ACT_TITLE_DC, ACT_TITLE_DC_RDFA, ACT_TITLE_ITEMPROP,
    ACT_SITE, ACT_DESCRIPTION, ACT_IMAGE, ACT_URL, ACT_TYPE, ACT_LOCALE, ACT_LANGUAGE,
    ACT_PUBLISHED, ACT_MODIFIED, ACT_AUTHOR, ACT_TAG, ACT_TAG_LIST, ACT_SECTION,
} tag_action;

typedef struct tag_rule {
    const char *key; /* lowercase; its length is in rule_len */
    tag_action action;
    meta_rank rank;
} tag_rule;

/* Each rule: key (lowercase), action, rank; X-macro so that the table
 * and its column of key lengths come from one list. */
#define RULES(X) \
    /* OpenGraph */                                                        \
    X("og:title", ACT_TITLE_OG, RANK_OPENGRAPH)                            \
    X("og:site_name", ACT_SITE, RANK_OPENGRAPH)                            \
    X("og:description", ACT_DESCRIPTION, RANK_OPENGRAPH)                   \
    X("og:image", ACT_IMAGE, RANK_OPENGRAPH)                               \
    X("og:image:url", ACT_IMAGE, RANK_OPENGRAPH)                           \
    X("og:image:secure_url", ACT_IMAGE, RANK_OPENGRAPH)                    \
    X("og:url", ACT_URL, RANK_OPENGRAPH)                                   \
    X("og:type", ACT_TYPE, RANK_OPENGRAPH)                                 \
    X("og:locale", ACT_LOCALE, RANK_OPENGRAPH)                             \
    X("article:published_time", ACT_PUBLISHED, RANK_OPENGRAPH)             \
    X("article:published", ACT_PUBLISHED, RANK_OPENGRAPH)                  \
    X("og:published_time", ACT_PUBLISHED, RANK_OPENGRAPH)                  \
    X("og:article:published_time", ACT_PUBLISHED, RANK_OPENGRAPH)          \
    X("article:modified_time", ACT_MODIFIED, RANK_OPENGRAPH)               \
    X("article:modified", ACT_MODIFIED, RANK_OPENGRAPH)                    \
    X("og:updated_time", ACT_MODIFIED, RANK_OPENGRAPH)                     \
    X("og:article:modified_time", ACT_MODIFIED, RANK_OPENGRAPH)            \
    X("article:author", ACT_AUTHOR, RANK_OPENGRAPH)                        \
    X("og:article:author", ACT_AUTHOR, RANK_OPENGRAPH)                     \
    X("article:tag", ACT_TAG, RANK_OPENGRAPH)                              \
    X("og:article:tag", ACT_TAG, RANK_OPENGRAPH)                           \
    X("article:section", ACT_SECTION, RANK_OPENGRAPH)                      \
    X("og:article:section", ACT_SECTION, RANK_OPENGRAPH)                   \
    /* Twitter cards */                                                    \
    X("twitter:title", ACT_TITLE_TWITTER, RANK_TWITTER)                    \
    X("twitter:description", ACT_DESCRIPTION, RANK_TWITTER)                \
    X("twitter:image", ACT_IMAGE, RANK_TWITTER)                            \
    X("twitter:image:src", ACT_IMAGE, RANK_TWITTER)                        \
    /* Dublin Core */                                                      \
    X("dc.title", ACT_TITLE_DC, RANK_DUBLIN_CORE)                          \
    X("dc:title", ACT_TITLE_DC_RDFA, RANK_DUBLIN_CORE)                     \
    X("dcterms:title", ACT_TITLE_DC_RDFA, RANK_DUBLIN_CORE)                \
    X("dcterms.title", ACT_TITLE_DC, RANK_DUBLIN_CORE)                     \
    X("dc.creator", ACT_AUTHOR, RANK_DUBLIN_CORE)                          \
    X("dcterms.creator", ACT_AUTHOR, RANK_DUBLIN_CORE)                     \
    X("dc.date", ACT_PUBLISHED, RANK_DUBLIN_CORE)                          \
    X("dcterms.date", ACT_PUBLISHED, RANK_DUBLIN_CORE)                     \
    X("dc.date.issued", ACT_PUBLISHED, RANK_DUBLIN_CORE)                   \
    X("dcterms.issued", ACT_PUBLISHED, RANK_DUBLIN_CORE)                   \
    X("dc.date.created", ACT_PUBLISHED, RANK_DUBLIN_CORE)                  \
    X("dcterms.created", ACT_PUBLISHED, RANK_DUBLIN_CORE)                  \
    X("dc.date.modified", ACT_MODIFIED, RANK_DUBLIN_CORE)                  \
    X("dcterms.modified", ACT_MODIFIED, RANK_DUBLIN_CORE)                  \
    X("dc.language", ACT_LANGUAGE, RANK_DUBLIN_CORE)                       \
    X("dcterms.language", ACT_LANGUAGE, RANK_DUBLIN_CORE)                  \
    X("dc.description", ACT_DESCRIPTION, RANK_DUBLIN_CORE)                 \
    X("dcterms.description", ACT_DESCRIPTION, RANK_DUBLIN_CORE)            \
    X("dc.subject", ACT_TAG_LIST, RANK_DUBLIN_CORE)                        \
    /* ...and their RDFa spellings (property="dc:creator") */               \
    X("dc:creator", ACT_AUTHOR, RANK_DUBLIN_CORE)                          \
    X("dcterms:creator", ACT_AUTHOR, RANK_DUBLIN_CORE)                     \
    X("dc:date", ACT_PUBLISHED, RANK_DUBLIN_CORE)                          \
    X("dcterms:date", ACT_PUBLISHED, RANK_DUBLIN_CORE)                     \
    X("dcterms:issued", ACT_PUBLISHED, RANK_DUBLIN_CORE)                   \
    X("dcterms:created", ACT_PUBLISHED, RANK_DUBLIN_CORE)                  \
    X("dcterms:modified", ACT_MODIFIED, RANK_DUBLIN_CORE)                  \
    X("dc:language", ACT_LANGUAGE, RANK_DUBLIN_CORE)                       \
    X("dcterms:language", ACT_LANGUAGE, RANK_DUBLIN_CORE)                  \
    X("dc:description", ACT_DESCRIPTION, RANK_DUBLIN_CORE)                 \
    X("dcterms:description", ACT_DESCRIPTION, RANK_DUBLIN_CORE)            \
    X("dc:subject", ACT_TAG_LIST, RANK_DUBLIN_CORE)                        \
    /* Microdata on <meta itemprop> */                                     \
    X("datepublished", ACT_PUBLISHED, RANK_MICRODATA)                      \
    X("datecreated", ACT_PUBLISHED, RANK_MICRODATA)                        \
    X("datemodified", ACT_MODIFIED, RANK_MICRODATA)                        \
    X("headline", ACT_TITLE_ITEMPROP, RANK_MICRODATA)                      \
    X("inlanguage", ACT_LANGUAGE, RANK_MICRODATA)                          \
    /* name= conventions */                                                \
    X("author", ACT_AUTHOR, RANK_META_NAME)                                \
    X("byl", ACT_AUTHOR, RANK_META_NAME)                                   \
    X("sailthru.author", ACT_AUTHOR, RANK_META_NAME)                       \
    X("parsely-author", ACT_AUTHOR, RANK_META_NAME)                        \
    X("citation_author", ACT_AUTHOR, RANK_META_NAME)                       \
    X("dc.contributor", ACT_AUTHOR, RANK_TWITTER)                          \
    X("date", ACT_PUBLISHED, RANK_META_NAME)                               \
    X("pubdate", ACT_PUBLISHED, RANK_META_NAME)                            \
    X("publishdate", ACT_PUBLISHED, RANK_META_NAME)                        \
    X("publish-date", ACT_PUBLISHED, RANK_META_NAME)                       \
    X("publish_date", ACT_PUBLISHED, RANK_META_NAME)                       \
    X("published_date", ACT_PUBLISHED, RANK_META_NAME)                     \
    X("published-date", ACT_PUBLISHED, RANK_META_NAME)                     \
    X("publication_date", ACT_PUBLISHED, RANK_META_NAME)                   \
    X("publication-date", ACT_PUBLISHED, RANK_META_NAME)                   \
    X("date_published", ACT_PUBLISHED, RANK_META_NAME)                     \
    X("pub_date", ACT_PUBLISHED, RANK_META_NAME)                           \
    X("article_date_original", ACT_PUBLISHED, RANK_META_NAME)              \
    X("article.published", ACT_PUBLISHED, RANK_META_NAME)                  \
    X("original-publish-date", ACT_PUBLISHED, RANK_META_NAME)              \
    X("sailthru.date", ACT_PUBLISHED, RANK_META_NAME)                      \
    X("parsely-pub-date", ACT_PUBLISHED, RANK_META_NAME)                   \
    /* Google Scholar's indexing tags, which journal systems fill from the \
     * article's record: a curated date like OpenGraph's, not a stamp of   \
     * when the page was generated (a "first published" preprint date      \
     * shown near the headline does not replace it). */                    \
    X("citation_publication_date", ACT_PUBLISHED, RANK_OPENGRAPH)          \
    X("citation_date", ACT_PUBLISHED, RANK_OPENGRAPH)                      \
    X("citation_online_date", ACT_PUBLISHED, RANK_META_NAME)               \
    X("displaydate", ACT_PUBLISHED, RANK_META_NAME)                        \
    X("dcsext.articlefirstpublished", ACT_PUBLISHED, RANK_META_NAME)       \
    X("cxenseparse:recs:publishtime", ACT_PUBLISHED, RANK_META_NAME)       \
    X("created", ACT_PUBLISHED, RANK_META_NAME)                            \
    X("release_date", ACT_PUBLISHED, RANK_META_NAME)                       \
    X("last-modified", ACT_MODIFIED, RANK_META_NAME)                       \
    X("lastmod", ACT_MODIFIED, RANK_META_NAME)                             \
    X("revised", ACT_MODIFIED, RANK_META_NAME)                             \
    X("article.updated", ACT_MODIFIED, RANK_META_NAME)                     \
    X("description", ACT_DESCRIPTION, RANK_META_NAME)                      \
    X("application-name", ACT_SITE, RANK_META_NAME)                        \
    X("apple-mobile-web-app-title", ACT_SITE, RANK_TWITTER)                \
    X("citation_title", ACT_TITLE_DC, RANK_META_NAME)                      \
    X("parsely-title", ACT_TITLE_DC, RANK_META_NAME)                       \
    X("content-language", ACT_LANGUAGE, RANK_META_NAME)                    \
    X("language", ACT_LANGUAGE, RANK_META_NAME)                            \
    X("parsely-tags", ACT_TAG_LIST, RANK_META_NAME)                        \
    X("sailthru.tags", ACT_TAG_LIST, RANK_META_NAME)                       \
    /* Keywords are often SEO lists: below visible tag links. */           \
    X("news_keywords", ACT_TAG_LIST, RANK_URL)                             \
    X("keywords", ACT_TAG_LIST, RANK_URL)                                  \
    /* end */

#define RULE(key, action, rank) { key, action, rank },
static const tag_rule rules[] = { RULES(RULE) };
#undef RULE
/* The key lengths alone, where memchr finds the few rules of a key's
 * length among them in table order. */
#define RULE_LEN(key, action, rank) sizeof key - 1,
static const unsigned char rule_len[] = { RULES(RULE_LEN) };
#undef RULE_LEN
#undef RULES

/* Adds comma-separated items (or the whole value when it has none). */
static void add_list(meta_items *l, slice v)
{
    size_t start = 0;
    for (size_t i = 0; i <= v.len; i++) {
        if (i < v.len && v.ptr[i] != ',' && v.ptr[i] != ';')
            continue;
        meta_items_add(l, slice_trim(slice_make(v.ptr + start, i - start)));
        start = i + 1;
    }
}

static void read_one(meta_evidence *ev, slice key, slice content);

void meta_tags_read(meta_evidence *ev, slice key, slice content)
{
    /* RDFa allows several properties in one attribute ("dc:title
     * og:title"): each names the same content. */
    size_t i = 0;
    while (i < key.len) {
        while (i < key.len && ascii_is_space((unsigned char)key.ptr[i]))
            i++;
        size_t j = i;
        while (j < key.len && !ascii_is_space((unsigned char)key.ptr[j]))
            j++;
        if (j > i)
            read_one(ev, slice_make(key.ptr + i, j - i), content);
        i = j;
    }
}

/* Publishing systems name their own date fields: a short prefix, a dot
 * and "date" ("sailthru.date", "ms.date"); a key saying publish/modify
 * and date/time ("w-published-date"), or ending in "published". */
static const tag_rule *named_date_rule(slice key)
{
    static const tag_rule named_published = { "", ACT_PUBLISHED, RANK_META_NAME };
    static const tag_rule named_modified = { "", ACT_MODIFIED, RANK_META_NAME };
    if (key.len > 5 && key.len <= 16 && key.ptr[key.len - 5] == '.' &&
        slice_eq_nocase(slice_make(key.ptr + key.len - 4, 4), "date"))
        return &named_published;
    if (key.len < 9 || key.len > 48)
        return NULL;
    bool dated = slice_find_nocase(key, "date") >= 0 || slice_find_nocase(key, "time") >= 0;
    bool ends_published = slice_eq_nocase(slice_make(key.ptr + key.len - 9, 9), "published");
    /* Undated, only the ending can make it a date (and holds "publish"):
     * most keys (viewport, robots...) end here without another search. */
    if (!dated)
        return ends_published ? &named_published : NULL;
    if (ends_published || slice_find_nocase(key, "publish") >= 0)
        return &named_published;
    if (slice_find_nocase(key, "modified") >= 0 || slice_find_nocase(key, "updated") >= 0)
        return &named_modified;
    return NULL;
}

/* True when the rule's action would leave the evidence as it is whatever
 * the value: a source already taken, or a slot holding a better rank.
 * Its content then needs no cleaning (most twitter: and duplicate keys). */
static bool rule_has_no_effect(const meta_evidence *ev, const tag_rule *r)
{
    switch (r->action) {
    case ACT_TITLE_OG: return ev->og_title.len != 0;
    case ACT_TITLE_TWITTER: return ev->twitter_title.len != 0;
    case ACT_TITLE_DC: return ev->dc_title.len != 0;
    case ACT_TITLE_DC_RDFA: return ev->dc_title_rdfa;
    case ACT_TITLE_ITEMPROP: return ev->itemprop_headline.len != 0;
    case ACT_SITE: return (int)r->rank >= ev->site_name.rank;
    case ACT_DESCRIPTION: return (int)r->rank >= ev->description.rank;
    case ACT_IMAGE: return (int)r->rank >= ev->image.rank;
    case ACT_URL: return (int)r->rank >= ev->og_url.rank;
    case ACT_TYPE: return (int)r->rank >= ev->schema_type.rank && ev->og_type.len != 0;
    case ACT_LOCALE: return ev->og_locale.len != 0;
    case ACT_LANGUAGE: return ev->content_language.len != 0;
    default: return false; /* dates are counted; lists note the rank seen */
    }
}

static void read_one(meta_evidence *ev, slice key, slice content)
{
    const tag_rule *r = NULL;
    if (!key.len)
        return;
    /* Every <meta> key is looked up in the whole table: memchr over the
     * column of lengths visits only the rules of the key's length (in
     * table order, so the first match is as a plain scan finds it), and
     * their first letter rules out most without a call. */
    unsigned first = ascii_lower((unsigned char)key.ptr[0]);
    enum { RULE_COUNT = sizeof rules / sizeof *rules };
    if (key.len <= UCHAR_MAX) {
        const unsigned char *at = rule_len, *end = rule_len + RULE_COUNT;
        while ((at = memchr(at, (int)key.len, (size_t)(end - at))) != NULL) {
            const tag_rule *c = &rules[at - rule_len];
            if ((unsigned char)c->key[0] == first && slice_eq_nocase(key, c->key)) {
                r = c;
                break;
            }
            at++;
        }
    }
    if (!r)
        r = named_date_rule(key);
    if (!r || rule_has_no_effect(ev, r))
        return;
    slice v = meta_clean_text(ev->out, content);
    if (!v.len)
        return;
    date_value d;
    switch (r->action) {
    case ACT_TITLE_OG: if (!ev->og_title.len) ev->og_title = v; break;
    case ACT_TITLE_TWITTER: if (!ev->twitter_title.len) ev->twitter_title = v; break;
    case ACT_TITLE_DC: if (!ev->dc_title.len) ev->dc_title = v; break;
    /* The RDFa property ("dc:title") is the vocabulary's own spelling and
     * beats the older name= convention ("DC.title") wherever they stand. */
    case ACT_TITLE_DC_RDFA:
        if (!ev->dc_title_rdfa)
            ev->dc_title = v, ev->dc_title_rdfa = true;
        break;
    case ACT_TITLE_ITEMPROP: if (!ev->itemprop_headline.len) ev->itemprop_headline = v; break;
    case ACT_SITE: meta_slot_offer(&ev->site_name, v, r->rank); break;
    case ACT_DESCRIPTION: meta_slot_offer(&ev->description, v, r->rank); break;
    case ACT_IMAGE: meta_slot_offer(&ev->image, v, r->rank); break;
    case ACT_URL: meta_slot_offer(&ev->og_url, v, r->rank); break;
    case ACT_TYPE:
        meta_slot_offer(&ev->schema_type, v, r->rank);
        if (!ev->og_type.len)
            ev->og_type = v;
        break;
    case ACT_LOCALE: if (!ev->og_locale.len) ev->og_locale = v; break;
    case ACT_LANGUAGE: if (!ev->content_language.len) ev->content_language = v; break;
    case ACT_PUBLISHED:
    case ACT_MODIFIED:
        /* Citation tags are named as such: they are an article's record
         * (meta_date_choose.c trusts them where it doubts OpenGraph). */
        if (date_parse(v, ev->order, &d))
            meta_add_date(ev, &d, r->rank, r->action == ACT_MODIFIED,
                          slice_starts_with_nocase(key, "citation_") ? "citation" : "meta");
        break;
    case ACT_AUTHOR: {
        bool accept;
        meta_items_begin(&ev->authors, r->rank, &accept);
        if (accept)
            meta_authors_add_names(&ev->authors, ev->out, v);
        break;
    }
    case ACT_TAG:
    case ACT_TAG_LIST:
    case ACT_SECTION: {
        meta_items *l = r->action == ACT_SECTION ? &ev->categories : &ev->tags;
        bool accept;
        meta_items_begin(l, r->rank, &accept);
        if (!accept)
            break;
        if (r->action == ACT_TAG_LIST)
            add_list(l, v);
        else
            meta_items_add(l, v);
        break;
    }
    }
}
