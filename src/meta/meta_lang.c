/* meta_lang.c - the page language: the markup's claim (html lang,
 * Content-Language, JSON-LD inLanguage, og:locale) in BCP 47 form,
 * confirmed or corrected from the article text.  The text's script and
 * function words decide most pages (meta_lang_guess.c); the rest go to
 * libexttextcat's n-gram classifier, whose answer counts when it is
 * clear.  Also owns the metadata context, since the classifier handle is
 * its only costly member. */
#include "meta_context.h"
#include "meta_lang.h"

#include <stdlib.h>

#include "../core/ascii.h"
#include "pith.h"

#if defined(__has_include)
#if __has_include(<textcat.h>)
#include <textcat.h>
#define HAVE_TEXTCAT 1
#endif
#endif

#ifndef PITH_TEXTCAT_DIR
#define PITH_TEXTCAT_DIR "/usr/share/libexttextcat/"
#endif

enum {
    /* Below this much text the classifier guesses; the markup wins. */
    LANG_MIN_TEXT = 200,
    /* The classifier's cost grows with its input; this much decides. */
    LANG_MAX_TEXT = 3000,
    /* A sample this long is enough to confirm the markup's claim. */
    LANG_CONFIRM_TEXT = 800,
    /* The script and function-word census reads this much, or only the
     * short sample when that plainly confirms the claim. */
    LANG_CENSUS_TEXT = 2000,
    LANG_CENSUS_SHORT = 600,
};

meta_context *meta_context_new(void)
{
    meta_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    ctx->scratch = arena_new(0);
    ctx->zone_words = meta_zone_words_new();
    if (!ctx->scratch || !ctx->zone_words) {
        meta_context_free(ctx);
        return NULL;
    }
    return ctx;
}

void meta_context_free(meta_context *ctx)
{
    if (!ctx)
        return;
#ifdef HAVE_TEXTCAT
    if (ctx->textcat)
        textcat_Done(ctx->textcat);
#endif
    arena_free(ctx->scratch);
    word_matcher_free(ctx->zone_words);
    free(ctx);
}

void meta_context_set_now(meta_context *ctx, time_t now)
{
    if (ctx)
        ctx->now = now;
}

slice meta_lang_normalize(arena *a, slice tag)
{
    tag = slice_trim(tag);
    size_t n = 0;
    while (n < tag.len && tag.ptr[n] != ',' && tag.ptr[n] != ';' && !ascii_is_space((unsigned char)tag.ptr[n]))
        n++;
    if (!n || n > 35)
        return slice_make(NULL, 0);
    char buf[36];
    size_t sub = 0; /* subtag index */
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        char c = i < n ? tag.ptr[i] : '-';
        if (c != '-' && c != '_') {
            if (!ascii_is_alnum((unsigned char)c))
                return slice_make(NULL, 0);
            continue;
        }
        size_t len = i - start;
        if (!len)
            return slice_make(NULL, 0);
        for (size_t k = start; k < i; k++) {
            unsigned ch = (unsigned char)tag.ptr[k];
            /* Region subtags (2 letters after the language) are upper case,
             * scripts (4 letters) title case, the rest lower case. */
            if (sub > 0 && len == 2)
                ch = ascii_upper(ch);
            else if (sub > 0 && len == 4 && k == start)
                ch = ascii_upper(ch);
            else
                ch = ascii_lower(ch);
            buf[k] = (char)ch;
        }
        if (i < n)
            buf[i] = '-';
        sub++;
        start = i + 1;
    }
    /* A language subtag is 2-3 letters (or "x"/"i" extensions, rare). */
    size_t first = 0;
    while (first < n && buf[first] != '-')
        first++;
    if (first < 2 || first > 3)
        return slice_make(NULL, 0);
    return arena_slice_dup(a, slice_make(buf, n));
}

static int set_language(meta_info *m, arena *out, slice code)
{
    slice s = arena_slice_dup(out, code);
    if (!s.ptr)
        return PITH_ENOMEM;
    m->language = s;
    return 0;
}

#ifdef HAVE_TEXTCAT
/* The language code of the classifier's first answer "[en--utf8]...";
 * sets *several when it named more than one candidate. */
static slice first_answer(const char *r, bool *several)
{
    *several = false;
    if (!r || r[0] != '[')
        return slice_make(NULL, 0);
    const char *p = r + 1;
    size_t n = 0;
    while (p[n] && p[n] != '-' && p[n] != ']')
        n++;
    const char *close = strchr(p, ']');
    *several = close && close[1] == '[';
    return slice_make(p, n);
}
#endif

#ifdef HAVE_TEXTCAT
/* The classifier's first answer for the first `max` bytes of `text`, cut
 * at a UTF-8 boundary. */
static slice classify_prefix(void *tc, slice text, size_t max, bool *several)
{
    size_t len = text.len < max ? text.len : max;
    /* Do not cut a UTF-8 sequence in half. */
    while (len < text.len && len > 0 && ((unsigned char)text.ptr[len] & 0xC0) == 0x80)
        len--;
    return first_answer(textcat_Classify(tc, text.ptr, len), several);
}

/* True when `got` is the primary subtag of the claimed tag. */
static bool confirms(slice claim, slice got)
{
    size_t primary = 0;
    while (claim.ptr && primary < claim.len && claim.ptr[primary] != '-')
        primary++;
    return claim.len && got.len && primary == got.len && memcmp(claim.ptr, got.ptr, got.len) == 0;
}
#endif

int meta_detect_language(meta_context *ctx, meta_info *m, slice text, arena *out)
{
    if (!ctx || text.len < LANG_MIN_TEXT)
        return 0;
    /* The classifier compares the text with some 160 language profiles,
     * about a millisecond a page; the census costs some microseconds and
     * settles all but a few pages in a hundred. */
    meta_lang_census census;
    if (m->language.len && text.len > LANG_CENSUS_SHORT) {
        if (meta_lang_census_confirms(&census, text, LANG_CENSUS_SHORT, m->language))
            return 0;
    }
    meta_lang_census_take(&census, text, LANG_CENSUS_TEXT);
    const char *found;
    switch (meta_lang_decide(&census, m->language, &found)) {
    case META_LANG_CONFIRMED:
        return 0;
    case META_LANG_FOUND:
        return set_language(m, out, slice_make(found, strlen(found)));
    case META_LANG_UNSURE:
        break;
    }
#ifdef HAVE_TEXTCAT
    if (!ctx->textcat && !ctx->textcat_failed) {
        ctx->textcat = special_textcat_Init(PITH_TEXTCAT_DIR "fpdb.conf", PITH_TEXTCAT_DIR);
        ctx->textcat_failed = ctx->textcat == NULL;
    }
    if (!ctx->textcat)
        return 0;
    bool several;
    slice claim = m->language;
    /* The classifier's cost grows with its sample.  Most pages claim their
     * language truly, and a short sample confirms it; only a page whose
     * claim the short sample does not confirm pays for the long one. */
    if (claim.len && text.len > LANG_CONFIRM_TEXT &&
        confirms(claim, classify_prefix(ctx->textcat, text, LANG_CONFIRM_TEXT, &several)))
        return 0;
    slice got = classify_prefix(ctx->textcat, text, LANG_MAX_TEXT, &several);
    if (!got.len || got.len > 3)
        return 0;
    if (confirms(claim, got))
        return 0; /* confirmed */
    if (several)
        return 0; /* not sure: keep the markup's claim (or none) */
    return set_language(m, out, got);
#else
    return 0;
#endif
}
