/* meta_date_class.h - the date scan's class test through a memo of the
 * class values it has read (meta_date_class.c). */
#ifndef PITH_META_DATE_CLASS_H
#define PITH_META_DATE_CLASS_H

#include "meta_internal.h"

/* meta_date_class(el), the class value's answer from `memo` when kept. */
bool meta_date_class_memo_of(const dom_node *el, meta_class_memo *memo);

#endif
