/* meta_jsonld.c - schema.org JSON-LD in <script type="application/ld+json">:
 * the main entity (an Article type before other content types before
 * WebPage types), found at the top level, in arrays, in @graph and under
 * mainEntity; its headline, dates, authors, publisher, image, keywords,
 * section and language.  Pages often ship broken JSON, so the tolerant
 * reader is used and a script that still fails is ignored. */
#include "meta_internal.h"

#include "../core/json.h"
#include "pith.h"

enum {
    JSONLD_MAX_ENTITIES = 64,
    JSONLD_MAX_DEPTH = 64, /* nesting of @graph/arrays walked for entities */
    JSONLD_ID_SEARCH_MAX = 4096, /* values looked at for an "@id" reference */
};

static const char *const article_types[] = {
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
    "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting",
    "AdvertiserContentArticle", "SatiricalArticle", "Blog", "Posting", NULL,
};
static const char *const content_types[] = {
    "Product", "Recipe", "Review", "Event", "VideoObject", "Question", "Book", "Course",
    "HowTo", "JobPosting", "Movie", "Dataset", "SoftwareApplication", "PodcastEpisode",
    "CreativeWork", "MediaObject", NULL,
};
static const char *const page_types[] = {
    "WebPage", "ItemPage", "AboutPage", "CollectionPage", "QAPage", "FAQPage", "ProfilePage",
    "ContactPage", "SearchResultsPage", "MedicalWebPage", NULL,
};

static bool in_list(slice s, const char *const *list)
{
    /* Types may be prefixed ("schema:NewsArticle", "http://schema.org/NewsArticle"). */
    for (size_t i = s.len; i > 0; i--)
        if (s.ptr[i - 1] == ':' || s.ptr[i - 1] == '/') {
            s = slice_make(s.ptr + i, s.len - i);
            break;
        }
    for (size_t k = 0; list[k]; k++)
        if (slice_eq_cstr(s, list[k]))
            return true;
    return false;
}

/* 3 article, 2 other content, 1 web page, 0 anything else. */
static int type_rank_of(slice t)
{
    if (in_list(t, article_types))
        return 3;
    if (in_list(t, content_types))
        return 2;
    if (in_list(t, page_types))
        return 1;
    return 0;
}

static int entity_rank(const json_value *e, slice *type)
{
    const json_value *t = json_get(e, "@type");
    int best = 0;
    *type = slice_make(NULL, 0);
    if (json_is(t, JSON_STRING)) {
        best = type_rank_of(t->text);
        *type = t->text;
    } else {
        for (const json_value *c = json_first(t); c; c = c->next) {
            int r = json_is(c, JSON_STRING) ? type_rank_of(c->text) : 0;
            if (r > best || !type->ptr) {
                if (r > best)
                    best = r;
                *type = json_string(c);
            }
        }
    }
    return best;
}

/* A string, or the "name" (or "@value") of an object. */
static slice text_of(const json_value *v, const char *member)
{
    if (json_is(v, JSON_STRING))
        return v->text;
    if (json_is(v, JSON_OBJECT)) {
        slice s = json_string(json_get(v, member));
        if (!s.ptr)
            s = json_string(json_get(v, "@value"));
        return s;
    }
    if (json_is(v, JSON_ARRAY))
        return text_of(v->first, member);
    return slice_make(NULL, 0);
}

static void read_date(meta_evidence *ev, const json_value *e, const char *key, bool modified)
{
    slice s = text_of(json_get(e, key), "@value");
    date_value d;
    if (s.ptr && date_parse(s, ev->order, &d))
        meta_add_date(ev, &d, RANK_JSONLD, modified, "json-ld");
}

/* An author given as an organisation is the publisher, not a byline. */
static bool is_organisation(const json_value *a)
{
    slice t = json_string(json_get(a, "@type"));
    return t.ptr && (slice_eq_cstr(t, "Organization") || slice_eq_cstr(t, "NewsMediaOrganization") ||
                     slice_eq_cstr(t, "Corporation") || slice_eq_cstr(t, "WebSite"));
}

/* The object of the main entity's script whose "@id" is `id` and that
 * has a "name": Yoast and other plugins give the author as a reference,
 * {"@id": ".../#/schema/person/..."}, to a Person elsewhere in @graph.
 * An explicit stack, and a budget of values looked at. */
static const json_value *find_by_id(const meta_evidence *ev, slice id)
{
    const json_value *stack[JSONLD_MAX_DEPTH];
    size_t depth = 0, seen = 0;
    if (!ev->jsonld_main_root || !id.len)
        return NULL;
    stack[depth++] = ev->jsonld_main_root;
    while (depth && seen++ < JSONLD_ID_SEARCH_MAX) {
        const json_value *v = stack[--depth];
        if (json_is(v, JSON_OBJECT) && json_get(v, "name") && slice_eq(json_string(json_get(v, "@id")), id))
            return v;
        for (const json_value *c = json_first(v); c && depth < JSONLD_MAX_DEPTH; c = c->next)
            if (json_is(c, JSON_OBJECT) || json_is(c, JSON_ARRAY))
                stack[depth++] = c;
    }
    return NULL;
}

/* One author: a string, or an object whose "name" is a string or (in
 * some publishing systems) an array of names; an object with only an
 * "@id" refers to one that has them. */
static void add_author(meta_evidence *ev, const json_value *a)
{
    if (json_is(a, JSON_STRING)) {
        meta_authors_add_names(&ev->authors, ev->out, a->text);
        return;
    }
    if (json_is(a, JSON_OBJECT) && !json_get(a, "name")) {
        a = find_by_id(ev, json_string(json_get(a, "@id")));
        if (!a || is_organisation(a))
            return;
    }
    const json_value *name = json_get(a, "name");
    if (json_is(name, JSON_ARRAY)) {
        for (const json_value *c = json_first(name); c; c = c->next)
            if (json_is(c, JSON_STRING))
                meta_authors_add_names(&ev->authors, ev->out, c->text);
        return;
    }
    slice s = json_string(name);
    if (s.ptr)
        meta_authors_add_names(&ev->authors, ev->out, s);
}

static void read_authors(meta_evidence *ev, const json_value *a)
{
    if (!a)
        return;
    bool accept;
    meta_items_begin(&ev->authors, RANK_JSONLD, &accept);
    if (!accept)
        return;
    if (!json_is(a, JSON_ARRAY)) {
        if (is_organisation(a))
            return;
        add_author(ev, a);
        return;
    }
    for (const json_value *c = a->first; c; c = c->next) {
        if (is_organisation(c))
            continue;
        add_author(ev, c);
    }
}

static void read_list(meta_evidence *ev, meta_items *l, const json_value *v)
{
    if (!v)
        return;
    bool accept;
    meta_items_begin(l, RANK_JSONLD, &accept);
    if (!accept)
        return;
    if (json_is(v, JSON_STRING)) {
        slice s = v->text;
        size_t start = 0;
        for (size_t i = 0; i <= s.len; i++)
            if (i == s.len || s.ptr[i] == ',') {
                meta_items_add(l, meta_clean_text(ev->out, slice_make(s.ptr + start, i - start)));
                start = i + 1;
            }
        return;
    }
    for (const json_value *c = json_first(v); c; c = c->next)
        if (json_is(c, JSON_STRING))
            meta_items_add(l, meta_clean_text(ev->out, c->text));
}

static slice image_of(const json_value *v)
{
    if (json_is(v, JSON_ARRAY))
        v = v->first;
    if (json_is(v, JSON_STRING))
        return v->text;
    slice s = json_string(json_get(v, "url"));
    return s.ptr ? s : json_string(json_get(v, "contentUrl"));
}

static void read_main(meta_evidence *ev, const json_value *e, int rank, slice type)
{
    slice head = json_string(json_get(e, "headline"));
    if (!head.ptr && rank >= 2)
        head = json_string(json_get(e, "name"));
    if (head.ptr && !ev->jsonld_headline.len)
        ev->jsonld_headline = meta_clean_text(ev->out, head);
    read_date(ev, e, "datePublished", false);
    if (!json_get(e, "datePublished"))
        read_date(ev, e, "dateCreated", false);
    read_date(ev, e, "dateModified", true);
    read_authors(ev, json_get(e, "author"));
    if (!json_get(e, "author"))
        read_authors(ev, json_get(e, "creator"));
    slice pub = text_of(json_get(e, "publisher"), "name");
    if (pub.ptr)
        meta_slot_offer(&ev->site_name, meta_clean_text(ev->out, pub), RANK_JSONLD);
    slice desc = json_string(json_get(e, "description"));
    if (desc.ptr)
        meta_slot_offer(&ev->description, meta_clean_text(ev->out, desc), RANK_JSONLD);
    slice img = image_of(json_get(e, "image"));
    if (img.ptr)
        meta_slot_offer(&ev->image, meta_clean_text(ev->out, img), RANK_JSONLD);
    slice url = json_string(json_get(e, "url"));
    if (url.ptr && rank >= 2)
        meta_slot_offer(&ev->og_url, meta_clean_text(ev->out, url), RANK_JSONLD);
    slice lang = text_of(json_get(e, "inLanguage"), "name");
    if (lang.ptr && !ev->jsonld_lang.len)
        ev->jsonld_lang = meta_clean_text(ev->out, lang);
    read_list(ev, &ev->tags, json_get(e, "keywords"));
    read_list(ev, &ev->categories, json_get(e, "articleSection"));
    if (type.ptr)
        meta_slot_offer(&ev->schema_type, arena_slice_dup(ev->out, type), RANK_JSONLD);
}

/* Strips HTML comment and CDATA wrappers some sites put around the JSON. */
static slice unwrap(slice s)
{
    s = slice_trim(s);
    static const char *const heads[] = { "<!--", "//<![CDATA[", "<![CDATA[", NULL };
    static const char *const tails[] = { "-->", "//]]>", "]]>", NULL };
    for (size_t k = 0; heads[k]; k++)
        if (slice_starts_with_nocase(s, heads[k])) {
            size_t n = strlen(heads[k]);
            s = slice_trim(slice_make(s.ptr + n, s.len - n));
        }
    for (size_t k = 0; tails[k]; k++) {
        size_t n = strlen(tails[k]);
        if (s.len >= n && memcmp(s.ptr + s.len - n, tails[k], n) == 0)
            s = slice_trim(slice_make(s.ptr, s.len - n));
    }
    return s;
}

int meta_jsonld_read(meta_evidence *ev, arena *scratch, slice script)
{
    script = unwrap(script);
    json_value *root;
    int rc = json_parse(scratch, script.ptr, script.len, JSON_TOLERANT, 0, &root, NULL);
    if (rc == PITH_ENOMEM)
        return rc;
    if (rc < 0)
        return 0; /* broken JSON-LD is ignored */

    /* Gather entity candidates without recursion: a stack of values whose
     * children may be entities. */
    const json_value *stack[JSONLD_MAX_DEPTH];
    size_t depth = 0;
    const json_value *ents[JSONLD_MAX_ENTITIES];
    size_t n = 0;
    stack[depth++] = root;
    while (depth && n < JSONLD_MAX_ENTITIES) {
        const json_value *v = stack[--depth];
        if (json_is(v, JSON_ARRAY)) {
            /* Push in reverse so entities come out in document order. */
            size_t k = v->count;
            for (size_t i = k; i-- > 0 && depth < JSONLD_MAX_DEPTH;)
                stack[depth++] = json_at(v, i);
            continue;
        }
        if (!json_is(v, JSON_OBJECT))
            continue;
        ents[n++] = v;
        const json_value *g = json_get(v, "@graph");
        const json_value *me = json_get(v, "mainEntity");
        if (me && depth < JSONLD_MAX_DEPTH)
            stack[depth++] = me;
        if (g && depth < JSONLD_MAX_DEPTH)
            stack[depth++] = g;
    }
    for (size_t i = 0; i < n; i++) {
        slice type;
        int r = entity_rank(ents[i], &type);
        /* The first entity of the best type across all scripts wins. */
        if (r > ev->jsonld_rank && (r > 0 || json_get(ents[i], "headline"))) {
            ev->jsonld_rank = r;
            ev->jsonld_main = ents[i];
            ev->jsonld_main_root = root;
            ev->jsonld_type = type;
        }
        /* The WebSite entity names the site. */
        if (type.ptr && in_list(type, (const char *const[]){ "WebSite", NULL })) {
            slice name = json_string(json_get(ents[i], "name"));
            if (name.ptr)
                meta_slot_offer(&ev->site_name, meta_clean_text(ev->out, name), RANK_JSONLD + 1);
        }
    }
    return 0;
}

void meta_jsonld_finish(meta_evidence *ev)
{
    if (ev->jsonld_main)
        read_main(ev, ev->jsonld_main, ev->jsonld_rank, ev->jsonld_type);
}
