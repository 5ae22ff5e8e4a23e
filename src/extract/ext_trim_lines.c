/* ext_trim_lines.c - the line classifiers of ext_trim.c: is a short leaf
 * block a photo credit, a copyright or licence line, an ad label, a
 * reading-time or date line, or a call to subscribe, follow, register or
 * donate?  Each looks at the block's lowercased opening text (at most
 * LOW_CAP bytes), in the languages of the stop-word lists. */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "ext_stopwords.h"

enum {
    CREDIT_MAX_CHARS = 160,  /* "Foto: ..." lines */
    LABEL_MAX_CHARS = 120,   /* "Anzeige", "5 min read" */
    DATE_LINE_MAX_CHARS = 70,
    CALL_MAX_CHARS = 260,    /* "Subscribe to our newsletter..." */
    LOW_CAP = 320,           /* bytes of lowercased text looked at */
};

/* List conventions: an entry matches at a word start; '=' at its start
 * asks for the whole word. */

/* Opening words of a photo credit or source line, followed by ':'. */
static const char *const credit_labels[] = {
    "foto", "fotos", "photo", "photos", "bild", "bilder", "bildquelle", "image", "images",
    "imagen", "imágenes", "credit", "credits", "crédit", "crédits", "crédito", "créditos",
    "photo credit", "image credit", "crédits photos", "kuva", "zdjęcie", "fot", "titelbild",
    "beitragsbild", "aufmacherbild", "headerbild", "symbolbild", "teaserbild", "abbildung",
    "abb", "grafik", "illustration", "quelle", "source", "fuente", "fonte", "źródło", NULL,
};
/* Photo agencies and stock libraries: a short line naming one is a
 * credit. */
static const char *const agencies[] = {
    "getty images", "gettyimages", "shutterstock", "istock", "thinkstock", "imago images",
    "picture alliance", "picture-alliance", "stock.adobe", "adobe stock", "fotolia", "unsplash",
    "pixabay", "photo by ", "photograph:", "/dpa", "dpa/", "/afp", "afp/", "afp /", "/reuters",
    "reuters/", "/ap photo", "ap photo/", "/epa", "epa/", "keystone/", "/keystone", NULL,
};
/* Rights and licence notices. */
static const char *const rights[] = {
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
    "wszelkie prawa zastrzeżone", "creative commons", "cc-by", "cc by", "licensed under",
    "unter der lizenz", NULL,
};
/* Whole short lines that only label an ad. */
static const char *const ad_labels[] = {
    "anzeige", "werbung", "advertisement", "advertising", "reklama", "reklame", "publicidad",
    "publicité", "pubblicità", "publicidade", "sponsored", "gesponsert", "annonce", "mainos",
    "advertentie", NULL,
};
/* Phrases of a reading-time line. */
static const char *const reading_time[] = {
    "min read", "mins read", "minute read", "minutes read", "min. read", "lesezeit", "lesedauer",
    "min. lesen", "minuten lesen", "temps de lecture", "min de lecture", "minutes de lecture",
    "tiempo de lectura", "min de lectura", "minutos de lectura", "tempo di lettura",
    "min di lettura", "tempo de leitura", "leestijd", "czas czytania", NULL,
};
/* Words that open a date line ("Published: 3 May 2024", "Stand: ..."). */
static const char *const date_labels[] = {
    "published", "updated", "posted", "last modified", "last updated", "release date",
    "news date", "date", "publiziert", "veröffentlicht", "veröffentlichung", "aktualisiert",
    "zuletzt", "stand", "erstellt", "datum", "publié", "mis à jour", "publicado", "actualizado",
    "pubblicato", "aggiornato", "atualizado", "gepubliceerd", "bijgewerkt", "publikacja",
    "opublikowano", "aktualizacja", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
    "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    /* month names open "March 5, 2024" */
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", NULL,
};
/* Calls to subscribe, follow, register, download the app or donate, and
 * affiliate disclosures: the phrases, not the topic words, so that a
 * sentence about subscriptions stays. */
static const char *const call_phrases[] = {
    "subscribe to", "subscribe now", "subscribe today", "subscribe for", "subscribe here",
    "please subscribe", "sign up for", "sign up to", "sign up here", "signing up to",
    "our newsletter", "newsletter today", "our free newsletter", "follow us", "download our app",
    "download the app", "ios and android",
    "already a subscriber", "to view the full story", "for the full story", "read the rest of",
    "support our journalism", "support our work", "donate now", "newsletter abonnieren",
    "zum newsletter", "newsletter anmelden", "unseren newsletter", "unser newsletter",
    "abonnieren sie", "=abonniere", "jetzt abonnieren", "folgen sie uns", "folgt uns",
    "folge uns", "jetzt registrieren", "registrieren sie sich", "unterstützen sie uns",
    "unterstützen sie diese", "unterstütze uns", "jetzt spenden", "=spende", "suscríbete",
    "suscribete", "suscribirse", "síguenos", "siguenos", "inscrivez-vous", "abonnez-vous",
    "suivez-nous", "pour lire la suite", "iscriviti", "seguici", "assine", "zapraszamy do",
    /* affiliate and advertising disclosures */
    "affiliate link", "affiliate-link", "affiliatelink", "affiliate commission",
    "affiliate advertising", "associates program", "may earn a", "we may earn",
    "may receive compensation", "advertising disclosure", "provision vom händler",
    "=partnerlinks", "enthält werbung", "enthält affiliate", NULL,
};
/* Topic words: when a paragraph that is no call speaks of them, the
 * article is about newsletters or donations and calls are left alone. */
static const char *const call_topics[] = {
    "newsletter", "subscri", "abonn", "suscri", "donat", "spende", "registr", NULL,
};

#define LIST_FITS(l) _Static_assert(sizeof(l) / sizeof(l[0]) < 256, #l " fits a first_index")
LIST_FITS(credit_labels);
LIST_FITS(agencies);
LIST_FITS(rights);
LIST_FITS(reading_time);
LIST_FITS(call_phrases);
LIST_FITS(call_topics);

static bool is_leaf_block(const ext_info *in)
{
    return (in->flags & EXT_BLOCK) && in->chars && in->chars == in->own_chars;
}

/* Lowercased, whitespace-collapsed text of a subtree, at most LOW_CAP-8
 * bytes; returns the length. */
static size_t lower_text(ext_ctx *c, const dom_node *n, char *low)
{
    slice t = ext_subtree_text(c, n, LOW_CAP - 8);
    size_t k = 0;
    for (size_t i = 0; i < t.len && k + 4 < LOW_CAP - 4;) {
        unsigned cp = ext_utf8_next(t.ptr, t.len, &i);
        k += ext_lower_utf8(cp, low + k);
    }
    low[k] = '\0';
    return k;
}

static bool is_letter_byte(unsigned char ch)
{
    return ascii_is_alpha(ch) || ch >= 0x80;
}

/* Does `low` hold list entry `e` at position i, starting a word (and ending
 * one when exact)? */
static bool entry_at(const char *low, size_t len, size_t i, const char *e)
{
    bool exact = e[0] == '=';
    if (exact)
        e++;
    /* Cheap first tests: most positions start no entry (`low` is
     * NUL-terminated, so low[i + 1] can be read). */
    if (low[i] != e[0] || (e[1] && low[i + 1] != e[1]))
        return false;
    size_t n = strlen(e);
    if (i + n > len || memcmp(low + i, e, n) != 0)
        return false;
    if (i > 0 && is_letter_byte((unsigned char)low[i - 1]))
        return false;
    return !exact || i + n == len || !is_letter_byte((unsigned char)low[i + n]);
}

/* A list's entries chained by first byte (the '=' mark skipped), so that
 * a position is compared only with the entries that can start there: the
 * phrase lists are long and most positions start none. */
typedef struct {
    uint8_t head[256]; /* 1 + index of the first entry with that byte, 0: none */
    uint8_t next[256]; /* 1 + index of the next entry with the same byte */
} first_index;

static void index_list(first_index *x, const char *const *list)
{
    memset(x->head, 0, sizeof x->head);
    size_t k = 0;
    while (list[k])
        k++;
    /* Built backwards so that each chain keeps the list's order. */
    while (k-- > 0) {
        unsigned char b = (unsigned char)list[k][list[k][0] == '='];
        x->next[k] = x->head[b];
        x->head[b] = (uint8_t)(k + 1);
    }
}

static bool text_has(const char *low, size_t len, const char *const *list)
{
    first_index x;
    index_list(&x, list);
    for (size_t i = 0; i < len; i++) {
        uint8_t k = x.head[(unsigned char)low[i]];
        if (!k || (i > 0 && is_letter_byte((unsigned char)low[i - 1])))
            continue;
        for (; k; k = x.next[k - 1])
            if (entry_at(low, len, i, list[k - 1]))
                return true;
    }
    return false;
}

/* Skips opening punctuation and spaces: "(Foto: ...)", "- Anzeige -". */
static size_t skip_lead(const char *low, size_t len)
{
    size_t i = 0;
    while (i < len && !is_letter_byte((unsigned char)low[i]) && !ascii_is_digit((unsigned char)low[i]))
        i++;
    return i;
}

/* The entry of `list` that opens the text, followed by what `after`
 * allows: ':' (credit lines), or the end or a non-letter (labels). */
static bool opens_with(const char *low, size_t len, const char *const *list, bool colon)
{
    size_t i = skip_lead(low, len);
    if (i >= len)
        return false;
    for (size_t k = 0; list[k]; k++) {
        if (list[k][0] != low[i])
            continue;
        size_t n = strlen(list[k]);
        if (i + n > len || memcmp(low + i, list[k], n) != 0)
            continue;
        size_t j = i + n;
        if (j < len && is_letter_byte((unsigned char)low[j]))
            continue;
        if (!colon)
            return true;
        /* "Abbildung 4:", "Foto :", "Bild/Video:" */
        while (j < len && (low[j] == ' ' || ascii_is_digit((unsigned char)low[j]) || low[j] == '.'))
            j++;
        if (j < len && low[j] == ':')
            return true;
    }
    return false;
}

/* A credit label with ':' inside the line, after a space, '(' or '|':
 * "... in Tunis. (Foto: AFP)", "... Bild: Werk/Houdek". */
static bool has_inner_credit(const char *low, size_t len)
{
    for (size_t i = 1; i < len; i++) {
        char prev = low[i - 1];
        if (prev != ' ' && prev != '(' && prev != '|' && prev != '.')
            continue;
        for (size_t k = 0; credit_labels[k]; k++) {
            if (credit_labels[k][0] != low[i])
                continue;
            size_t n = strlen(credit_labels[k]);
            if (i + n >= len || memcmp(low + i, credit_labels[k], n) != 0)
                continue;
            size_t j = i + n;
            while (j < len && low[j] == ' ')
                j++;
            if (j < len && low[j] == ':')
                return true;
        }
    }
    return false;
}

/* Any entry anywhere in the NUL-terminated text (what strstr would find). */
static bool has_any(const char *low, const char *const *list)
{
    first_index x;
    index_list(&x, list);
    size_t len = strlen(low);
    for (size_t i = 0; i < len; i++)
        for (uint8_t k = x.head[(unsigned char)low[i]]; k; k = x.next[k - 1]) {
            size_t n = strlen(list[k - 1]);
            if (i + n <= len && memcmp(low + i, list[k - 1], n) == 0)
                return true;
        }
    return false;
}

/* A label alone: the entry and nothing but punctuation around it, or the
 * entry followed by ':' or '-' and a short rest ("ANZEIGE - ..."). */
static bool is_ad_label(const char *low, size_t len)
{
    size_t i = skip_lead(low, len);
    if (i >= len)
        return false;
    for (size_t k = 0; ad_labels[k]; k++) {
        if (ad_labels[k][0] != low[i])
            continue;
        size_t n = strlen(ad_labels[k]);
        if (i + n > len || memcmp(low + i, ad_labels[k], n) != 0)
            continue;
        size_t j = i + n;
        if (j < len && is_letter_byte((unsigned char)low[j]))
            continue;
        while (j < len && (low[j] == ' ' || low[j] == '*'))
            j++;
        if (j == len || low[j] == ':' || low[j] == '-' || low[j] == '.' || low[j] == ',' ||
            (unsigned char)low[j] == 0xE2 /* dashes */)
            return true;
    }
    return false;
}

/* A short line that is only a date, maybe with a label, weekday and time. */
static bool is_date_line(ext_ctx *c, const dom_node *n, const ext_info *in, const char *low, size_t len)
{
    if (in->chars > DATE_LINE_MAX_CHARS)
        return false;
    slice t = ext_subtree_text(c, n, DATE_LINE_MAX_CHARS * 4);
    char iso[11];
    if (!ext_date_find(t, iso))
        return false;
    size_t i = skip_lead(low, len);
    if (i < len && ascii_is_digit((unsigned char)low[i]))
        return true;
    return opens_with(low, len, date_labels, false);
}

static bool listing_like(const ext_ctx *c)
{
    return c->link_mode || c->type == PAGE_LISTING || c->type == PAGE_COLLECTION;
}

/* One short leaf block: is it furniture?  Headings only as ad labels and
 * calls ("Newsletter abonnieren"); a dated heading may be a diary entry. */
static bool is_furniture(ext_ctx *c, const dom_node *n, const ext_info *in, bool calls)
{
    bool heading = ext_tag_is_heading(n->tag);
    if (in->chars > CALL_MAX_CHARS)
        return false;
    char low[LOW_CAP];
    size_t len = lower_text(c, n, low);
    if (!len)
        return false;
    if (in->chars <= LABEL_MAX_CHARS && is_ad_label(low, len))
        return true;
    if (heading)
        return calls && text_has(low, len, call_phrases);
    if (in->chars <= CREDIT_MAX_CHARS && opens_with(low, len, credit_labels, true))
        return true;
    if (in->chars <= CREDIT_MAX_CHARS &&
        (strstr(low, "\xc2\xa9") || strstr(low, "copyright") || has_inner_credit(low, len) ||
         has_any(low, agencies)))
        return true;
    if (has_any(low, rights))
        return true;
    if (in->chars <= LABEL_MAX_CHARS && text_has(low, len, reading_time))
        return true;
    if (!listing_like(c) && n->tag != TAG_LI && n->tag != TAG_TD && n->tag != TAG_TH &&
        n->tag != TAG_DD && n->tag != TAG_DT && is_date_line(c, n, in, low, len))
        return true;
    return calls && text_has(low, len, call_phrases);
}

bool ext_line_is_furniture(ext_ctx *c, const dom_node *n, bool calls)
{
    const ext_info *in = ext_inf(c, n);
    return is_leaf_block(in) && is_furniture(c, n, in, calls);
}

bool ext_line_names_calls(ext_ctx *c, const dom_node *n)
{
    const ext_info *in = ext_inf(c, n);
    if (!is_leaf_block(in))
        return false;
    char low[LOW_CAP];
    size_t len = lower_text(c, n, low);
    return text_has(low, len, call_topics) &&
           (in->chars > CALL_MAX_CHARS || !text_has(low, len, call_phrases));
}
