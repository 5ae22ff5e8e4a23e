/* record.h - everything known about one input, as the writers see it. */
#ifndef PITH_OUT_RECORD_H
#define PITH_OUT_RECORD_H

#include "../extract/extract.h"
#include "../meta/meta.h"

typedef struct out_record {
    const ext_result *ext;
    const meta_info *meta;
    slice encoding;
    slice text;  /* the plain text when already rendered; ptr NULL: rendered from ext */
    bool links;  /* render links (Markdown) */
    bool images; /* render images (Markdown) */
} out_record;

#endif
