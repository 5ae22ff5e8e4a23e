/* meta_title_parts.c - a <title> cut at its separators ("Headline -
 * Section | Site"): which end parts name the site, and which run is the
 * headline. */
#include "meta_title.h"

#include "../core/ascii.h"

/* Separators between title parts; each needs the spaces around it, so
 * "Spider-Man" and "24/7" stay whole.  Their lengths are stored, as
 * separator_at runs at every byte of the title. */
#define SEP(s) { s, sizeof s - 1 }
static const struct {
    const char *s;
    size_t n;
} separators[] = {
    SEP(" | "),  SEP(" - "), SEP(" \xE2\x80\x93 "), SEP(" \xE2\x80\x94 "), SEP(" :: "),
    SEP(" : "),  SEP(" \xC2\xB7 "), SEP(" \xE2\x80\xA2 "), SEP(" \xC2\xBB "), SEP(" // "),
    SEP(" ~ "),  SEP(" / "), SEP(" > "), SEP(" \\ "),
};
#undef SEP

size_t meta_title_words(slice s)
{
    size_t n = 0;
    bool in = false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        bool sp = ascii_is_space(c);
        /* Chinese and Japanese write no spaces: each ideograph or kana
         * (U+3040..U+9FFF, lead bytes E3..E9) counts as a word. */
        if (c >= 0xE3 && c <= 0xE9) {
            n++;
            in = false;
            continue;
        }
        if (!sp && !in && (c < 0x80 || c >= 0xC0))
            n++;
        in = !sp;
    }
    return n;
}

/* Length of the separator at t[i], or 0.  At the ends of the title the
 * outer space may be missing ("| Site", "Headline ::"). */
static size_t separator_at(slice t, size_t i)
{
    /* Every separator opens with a space, which the title's start may
     * leave out ("| Site"): elsewhere only a space can begin one. */
    if (t.ptr[i] == ' ' || i == 0) {
        for (size_t k = 0; k < sizeof separators / sizeof *separators; k++) {
            const char *s = separators[k].s;
            size_t n = separators[k].n;
            if (t.ptr[i] == ' ' && i + 1 < t.len && t.ptr[i + 1] == s[1]) {
                if (i + n <= t.len && memcmp(t.ptr + i, s, n) == 0) {
                    /* "2026 / 2027" is a range, not two parts. */
                    if (s[1] == '/' && n == 3 && i > 0 && i + n < t.len &&
                        ascii_is_digit((unsigned char)t.ptr[i - 1]) && ascii_is_digit((unsigned char)t.ptr[i + n]))
                        continue;
                    return n;
                }
                if (i + n - 1 == t.len && memcmp(t.ptr + i, s, n - 1) == 0)
                    return n - 1;
            }
            if (i == 0 && n - 1 <= t.len && t.ptr[0] == s[1] && memcmp(t.ptr, s + 1, n - 1) == 0)
                return n - 1;
        }
    }
    /* CJK titles join parts with "_" ("标题_栏目_网站"). */
    if (t.ptr[i] == '_' || t.ptr[i] == '-') {
        size_t a = i, b = i + 1;
        if (a > 0 && t.ptr[a - 1] == ' ')
            a--;
        if (b < t.len && t.ptr[b] == ' ')
            b++;
        if (a > 0 && b < t.len && (unsigned char)t.ptr[a - 1] >= 0x80 && (unsigned char)t.ptr[b] >= 0x80)
            return 1;
    }
    return 0;
}

slice meta_title_host_label(slice url)
{
    size_t i = 0;
    while (i + 2 < url.len && !(url.ptr[i] == ':' && url.ptr[i + 1] == '/' && url.ptr[i + 2] == '/'))
        i++;
    if (i + 2 >= url.len)
        return slice_make(NULL, 0);
    size_t start = i + 3, end = start;
    while (end < url.len && url.ptr[end] != '/' && url.ptr[end] != ':' && url.ptr[end] != '?' &&
           url.ptr[end] != '#')
        end++;
    /* Labels from the right: skip the top-level domain and the short
     * second-level ones ("co.uk", "com.au"). */
    size_t hi = end, labels = 0;
    while (hi > start) {
        size_t lo = hi;
        while (lo > start && url.ptr[lo - 1] != '.')
            lo--;
        labels++;
        if (labels >= 2 && (hi - lo > 3 || lo == start))
            return slice_make(url.ptr + lo, hi - lo);
        if (lo == start)
            break;
        hi = lo - 1;
    }
    return slice_make(NULL, 0);
}

/* Letters and digits of `s`, for "at least this much text" checks. */
static size_t alnum_count(slice s)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += ascii_is_alnum((unsigned char)s.ptr[i]) || (unsigned char)s.ptr[i] >= 0x80;
    return n;
}

/* Where `name` ends in `part` when part starts with it (case and
 * punctuation ignored), or 0. */
static size_t prefix_end(slice part, slice name)
{
    size_t i = 0, j = 0;
    bool any = false;
    for (;;) {
        while (j < name.len && !ascii_is_alnum((unsigned char)name.ptr[j]) && (unsigned char)name.ptr[j] < 0x80)
            j++;
        if (j == name.len)
            return any ? i : 0;
        while (i < part.len && !ascii_is_alnum((unsigned char)part.ptr[i]) && (unsigned char)part.ptr[i] < 0x80)
            i++;
        if (i == part.len || ascii_lower((unsigned char)part.ptr[i]) != ascii_lower((unsigned char)name.ptr[j]))
            return 0;
        i++, j++;
        any = true;
    }
}

/* `leading`: the part opens the title before a dash, where a product
 * named after the brand ("Nintendo Switch - OLED Model") is more likely
 * than the site's name with a word added ("Four Years Remaining >> Post"),
 * so the host must match whole. */
static bool names_site_at(slice part, const meta_site_names *site, bool leading)
{
    size_t words = meta_title_words(part);
    slice name = site ? site->name : slice_make(NULL, 0);
    if (name.len && (meta_text_similar(part, name) ||
                     (words <= meta_title_words(name) && meta_text_contains(part, name)) ||
                     (alnum_count(part) >= 3 && meta_text_contains(name, part))))
        return true;
    /* "Site: Section" labels the page by site. */
    size_t after = name.len ? prefix_end(part, name) : 0;
    while (after && after < part.len && part.ptr[after] == ' ')
        after++;
    if (after && after < part.len && part.ptr[after] == ':')
        return true;
    /* The host's name, alone or in a short part ("Arch Linux Forums" on
     * archlinux.org, "GitHub" on github.com). */
    slice label = site ? site->host_label : slice_make(NULL, 0);
    if (label.len >= 4 && words <= 3 && meta_text_contains(part, label) &&
        (!leading || meta_text_similar(part, label)))
        return true;
    if (label.len && alnum_count(part) >= 4 && words <= 2 && meta_text_contains(label, part))
        return true;
    /* A domain name ("example.com") is a site name. */
    long dot = -1;
    for (size_t i = 0; i < part.len; i++)
        if (part.ptr[i] == '.')
            dot = (long)i;
    return dot > 0 && (size_t)dot + 2 < part.len && words == 1 && ascii_is_alpha((unsigned char)part.ptr[dot + 1]);
}

bool meta_title_names_site(slice part, const meta_site_names *site)
{
    return names_site_at(part, site, false);
}

slice meta_title_run(const meta_title_parts *p, size_t i, size_t j)
{
    if (i >= j || j > p->n)
        return slice_make(NULL, 0);
    return slice_make(p->whole.ptr + p->start[i], p->end[j - 1] - p->start[i]);
}

slice meta_title_head(const meta_title_parts *p)
{
    if (p->headless)
        return slice_make(NULL, 0);
    if (p->head_lo < p->head_hi)
        return meta_title_run(p, p->head_lo, p->head_hi);
    return p->whole;
}

static slice part_of(const meta_title_parts *p, size_t i)
{
    return meta_title_run(p, i, i + 1);
}

static void add_part(meta_title_parts *p, slice t, size_t a, size_t b)
{
    while (a < b && ascii_is_space((unsigned char)t.ptr[a]))
        a++;
    while (b > a && ascii_is_space((unsigned char)t.ptr[b - 1]))
        b--;
    if (a == b)
        return;
    if (p->n == META_TITLE_MAX_PARTS) {
        p->end[p->n - 1] = b; /* the rest joins the last part */
        return;
    }
    p->start[p->n] = a;
    p->end[p->n] = b;
    p->n++;
}

static bool site_known(const meta_site_names *site)
{
    return site && site->name.len;
}

static bool is_dash(slice sep)
{
    /* "Headline : subtitle" (French spacing) joins as a dash does. */
    if (slice_eq_cstr(slice_trim(sep), ":"))
        return true;
    for (size_t i = 0; i < sep.len; i++)
        if (sep.ptr[i] == '-' || ((unsigned char)sep.ptr[i] == 0xE2 && i + 2 < sep.len &&
                                  (unsigned char)sep.ptr[i + 1] == 0x80 &&
                                  ((unsigned char)sep.ptr[i + 2] == 0x93 || (unsigned char)sep.ptr[i + 2] == 0x94)))
            return true;
    return false;
}

/* The end of the run of parts from `i` joined by dashes (within hi). */
/* Short words English title case leaves in lower case. */
static const char *const minor_words[] = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with", NULL,
};

/* True when every word of `s` starts with a capital, a digit or a sign,
 * minor words aside ("Top Local & Long-Distance Movers"). */
static bool title_case(slice s)
{
    size_t i = 0, words = 0;
    while (i < s.len) {
        while (i < s.len && s.ptr[i] == ' ')
            i++;
        size_t j = i;
        while (j < s.len && s.ptr[j] != ' ')
            j++;
        if (j == i)
            break;
        words++;
        unsigned c = (unsigned char)s.ptr[i];
        if (ascii_is_lower(c)) {
            bool minor = false;
            for (size_t k = 0; minor_words[k] && !minor; k++)
                minor = slice_eq_nocase(slice_make(s.ptr + i, j - i), minor_words[k]);
            if (!minor)
                return false;
        }
        i = j;
    }
    return words > 0;
}

/* The end of the run of parts from `i` joined by dashes (within hi): a
 * dash joins a headline and its second half, but not a site name, nor a
 * tag line in title case after a title-case headline ("Gym Workouts for
 * Beginners - Strength Training", where a sentence-case headline reads
 * on: "Grüner Wasserstoff - das Schlüsselelement der Energiewende"). */
static size_t run_end(const meta_title_parts *p, const meta_site_names *site, size_t i)
{
    size_t j = i + 1;
    while (j < p->hi && p->dash_after[j - 1] && !meta_title_names_site(part_of(p, j), site) &&
           !(site && site->english && meta_title_words(meta_title_run(p, i, j)) >= 3 &&
             title_case(meta_title_run(p, i, j)) &&
             title_case(part_of(p, j))))
        j++;
    return j;
}

void meta_title_split(slice title, const meta_site_names *site, meta_title_parts *p)
{
    memset(p, 0, sizeof *p);
    p->whole = title;
    if (!title.ptr || !title.len)
        return;
    size_t from = 0;
    for (size_t i = 0; i < title.len;) {
        size_t n = separator_at(title, i);
        if (!n) {
            i++;
            continue;
        }
        size_t before = p->n;
        if (i == 0)
            p->headless = true;
        add_part(p, title, from, i);
        if (p->n > before)
            p->dash_after[p->n - 1] = is_dash(slice_make(title.ptr + i, n));
        /* The space after a separator may start the next one ("Site //
         * » Headline"). */
        i += n > 1 && title.ptr[i + n - 1] == ' ' ? n - 1 : n;
        from = i;
    }
    add_part(p, title, from, title.len);
    /* Only "| Site" with nothing before the bar names no headline. */
    p->headless = p->headless && p->n == 1;
    p->lo = 0, p->hi = p->n;
    /* Site names at the ends ("Headline | Site", "Site - Headline"). */
    while (p->hi - p->lo > 1 && meta_title_names_site(part_of(p, p->hi - 1), site))
        p->hi--;
    while (p->hi - p->lo > 1 && names_site_at(part_of(p, p->lo), site, p->dash_after[p->lo]))
        p->lo++;
    meta_title_pick_head(p, site);
}

void meta_title_pick_head(meta_title_parts *p, const meta_site_names *site)
{
    p->head_lo = p->lo, p->head_hi = p->hi;
    if (p->hi - p->lo < 2)
        return;
    /* Without a known site name, a short last part after a longer
     * headline names the site or a section ("Headline words here - Site
     * News", "... | Opinion"). */
    if (p->hi == p->n && meta_title_words(part_of(p, p->hi - 1)) <= 3 &&
        meta_title_words(meta_title_run(p, p->lo, p->hi - 1)) >= 4 && !site_known(site))
        p->head_hi = --p->hi;
    /* A dash also joins the parts of one headline ("Corona - was nun?",
     * "Headline - the subtitle"); bars, bullets and the like only
     * separate.  The headline runs from the first part up to the first
     * such separator; a first part too short for a headline is a section
     * or tag ("Reviews | Best headphones of 2026") and the next run is
     * taken. */
    size_t end = run_end(p, site, p->lo);
    if (end == p->hi)
        return;
    if (meta_title_words(meta_title_run(p, p->lo, end)) >= 3) {
        p->head_hi = end;
        return;
    }
    size_t next_end = run_end(p, site, end);
    if (meta_title_words(meta_title_run(p, end, next_end)) >= 3) {
        p->head_lo = end;
        p->head_hi = next_end;
    }
}

/* "Top stories Top stories": the desktop and the mobile copy of one
 * heading, read together.  Halves of one word stay ("Bora Bora"). */
static bool is_doubled(slice h)
{
    size_t half = h.len / 2;
    return h.len >= 3 && h.len % 2 && h.ptr[half] == ' ' && memchr(h.ptr, ' ', half) &&
           memcmp(h.ptr, h.ptr + half + 1, half) == 0;
}

slice meta_title_clean_heading(slice h)
{
    for (;;) {
        h = slice_trim(h);
        /* A list mark or arrow in front ("| Name", an arrow and a space;
         * German quotes around a quote stay). */
        if (h.len >= 3 && (unsigned char)h.ptr[0] == 0xC2 &&
            ((unsigned char)h.ptr[1] == 0xBB || (unsigned char)h.ptr[1] == 0xB7) && h.ptr[2] == ' ') {
            h.ptr += 2, h.len -= 2;
            continue;
        }
        if (h.len && (h.ptr[0] == '|' || h.ptr[0] == ':')) {
            h.ptr++, h.len--;
            continue;
        }
        if (h.len >= 2 && (unsigned char)h.ptr[h.len - 2] == 0xC2 &&
            ((unsigned char)h.ptr[h.len - 1] == 0xB6 || (unsigned char)h.ptr[h.len - 1] == 0xA7))
            h.len -= 2; /* U+00B6 pilcrow, U+00A7 section sign */
        else if (h.len >= 2 && h.ptr[h.len - 1] == '#' && h.ptr[h.len - 2] == ' ')
            h.len -= 1;
        else if (is_doubled(h))
            h.len /= 2;
        else
            return h;
    }
}
