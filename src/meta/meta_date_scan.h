/* meta_date_scan.h - the state of the visible-text date scan, shared by
 * the scan (meta_dates.c, called for every node of the main area) and
 * its end, the choice among the dates it found near the headline
 * (meta_dates_pick.c, once per page).  Private to those two files. */
#ifndef PITH_META_DATE_SCAN_H
#define PITH_META_DATE_SCAN_H

#include "meta_internal.h"

enum {
    /* How far (in characters of visible text) a date may sit from the
     * headline and still be the article's: past this it is more likely a
     * date mentioned in the story or in a list below it. */
    NEAR_AFTER = 1500,
    NEAR_BEFORE = 400,
    DATE_CLASS_TEXT_MAX = 200,
    /* Characters of text (a label such as "Updated:") between the
     * headline and a date that is the article's dateline. */
    DATELINE_GAP = 40,
};

typedef struct near_cand {
    date_value date;
    size_t offset; /* visible-text offset of the match */
    bool modified;
    bool time_element;
    bool alone; /* the date is all of its text node */
} near_cand;

struct meta_date_scan {
    meta_evidence *ev;
    const dom_node *headline;
    const dom_node *after_head; /* the node after the headline's subtree */
    bool head_done;             /* the walk has stepped past it */
    size_t offset;              /* visible text seen so far */
    size_t head_start, head_end; /* headline's text range */
    size_t text_after_head;      /* trimmed text seen past the headline */
    bool head_seen;
    /* The headline's nearest ancestors (a teaser block never holds it). */
    const dom_node *head_anc[16];
    size_t head_anc_count;
    near_cand near[32];
    size_t near_count;
    bool text_done; /* no later text date can be chosen: text is only counted */
    bool class_date_found, class_mod_found, original_found;
    bool microdata_pub, microdata_mod;
    /* The last bytes of visible text before the current node: labels
     * such as "Updated:" stand in a node of their own before the date. */
    char tail[48];
    size_t tail_len;
};
typedef struct meta_date_scan scan_state;

#endif
