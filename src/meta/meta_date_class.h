/* meta_date_class.h - the date scan's class test through a memo of the
 * class values it has read (meta_date_class.c). */
#ifndef PITH_META_DATE_CLASS_H
#define PITH_META_DATE_CLASS_H

#include "meta_internal.h"

/* A page repeats its class values (list items, cards, columns): the
 * answers for recent ones are kept, in slots picked by the value's length
 * and a few of its bytes.  Zeroed before the scan. */
enum { DATE_CLASS_MEMO = 64 };
typedef struct meta_date_class_memo {
    struct {
        const char *ptr; /* NULL: empty slot */
        size_t len;
        bool has;
    } slot[DATE_CLASS_MEMO];
} meta_date_class_memo;

/* meta_date_class(el), the class value's answer from `memo` when kept. */
bool meta_date_class_memo_of(const dom_node *el, meta_date_class_memo *memo);

#endif
