/* out_flow.h - the engine behind the plain-text and Markdown writers.
 *
 * Both formats are "flowed": blocks become lines separated by breaks,
 * whitespace inside a block is collapsed, and list items and block quotes
 * put a prefix in front of each of their lines.  One engine serves both
 * so that the two outputs hold the same words in the same places; the
 * Markdown mode adds markers, escapes and inline syntax.
 *
 * Breaks are requested, never written directly: a block asks for a blank
 * line before and after itself, a list item for a line break, a run of
 * whitespace for a space.  The strongest pending request is written only
 * when the next visible content arrives, so the output has no leading or
 * trailing blank lines and no doubled separators, whatever the tree's
 * shape.
 *
 * Files: out_lines.c (breaks, containers, prefixes), out_inline.c (text,
 * escapes, emphasis, links, code spans, images), out_table.c (tables),
 * out_flow.c (the walk: what each element does). */
#ifndef PITH_OUT_FLOW_H
#define PITH_OUT_FLOW_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/buf.h"
#include "../html/dom.h"

/* Ordered from weakest to strongest: the strongest pending request wins. */
typedef enum out_break {
    OUT_BREAK_NONE = 0,
    OUT_BREAK_SPACE, /* collapsed whitespace */
    OUT_BREAK_HARD,  /* <br>: a line break inside a paragraph */
    OUT_BREAK_LINE,  /* next list item, table row */
    OUT_BREAK_BLANK, /* between blocks */
} out_break;

typedef enum out_container_kind {
    OUT_CONT_QUOTE = 1, /* Markdown "> " on every line */
    OUT_CONT_LIST,      /* no prefix; numbers its items */
    OUT_CONT_ITEM,      /* marker on its first line, indentation after */
} out_container_kind;

/* Longest list marker: a long (clamped) number, a dot and a space. */
enum { OUT_MARKER_MAX = 16 };

typedef struct out_container {
    uint8_t kind;        /* out_container_kind */
    bool marker_done;    /* item: the marker has been written */
    bool ordered;        /* list */
    uint8_t width;       /* item: marker width, the indentation of later lines */
    long next_number;    /* list: number of its next item */
    char marker[OUT_MARKER_MAX];
} out_container;

typedef enum out_frame_kind {
    OUT_FRAME_EM = 1,
    OUT_FRAME_STRONG,
    OUT_FRAME_LINK,
} out_frame_kind;

/* An open inline span (Markdown only).  Its opening delimiter is written
 * lazily, just before the span's first visible character, so that empty
 * spans vanish and "<em> x </em>" becomes " *x* ", never "* x *". */
typedef struct out_frame {
    const dom_node *node;
    uint8_t kind; /* out_frame_kind */
    bool opened;
    bool silent;    /* opened without a delimiter: it could not parse there */
    size_t open_at; /* offset of its opening delimiter in the output */
} out_frame;

typedef struct out_flow {
    buf *out;
    bool markdown;
    bool links, images; /* Markdown: write links and images */
    bool in_cell;       /* rendering one table cell: escape '|', no line-start escapes */
    bool started;       /* something has been written */
    bool line_start;    /* nothing written yet on the current line (after its prefix) */
    uint8_t pending;    /* out_break */
    size_t blank_depth; /* containers present when the pending blank line was asked for */
    unsigned inline_only; /* inside a heading or cell: every break becomes a space */
    unsigned items_open;  /* OUT_CONT_ITEM containers on the stack */
    const char *lead;     /* heading marker written before the next content */
    out_container *conts;
    size_t nconts, conts_cap, conts_lost; /* lost: pushes that found no memory */
    out_frame *frames;
    size_t nframes, frames_cap;
    /* The closing delimiter of the span that just ended, held back: if a
     * span of the same kind opens right after it, the two merge ("**a****b**"
     * would not parse back; "**ab**" does).  Written before anything else. */
    uint8_t held;       /* out_frame_kind, 0: none */
    bool held_silent;
    size_t held_open_at;
    /* Class of the character about to be written (OUT_CHAR_*), for
     * CommonMark's flanking rules at span boundaries. */
    uint8_t next_class;
    buf scratch;          /* <pre> text, code spans */
    /* Code elements already written as part of the code span of an
     * adjacent previous sibling ("`a``b`" would parse as one span with
     * "``" inside): from next to last, they are skipped. */
    const dom_node *code_merged_next, *code_merged_last;
} out_flow;

void out_flow_init(out_flow *f, buf *out, bool markdown, bool links, bool images);
void out_flow_dispose(out_flow *f);
/* Renders the subtree at root (its own events included). */
void out_flow_run(out_flow *f, const dom_node *root);

/* out_lines.c */
void out_lines_request(out_flow *f, out_break b);
/* Writes the pending break (and the line prefixes) before visible content;
 * open_frames: also write the pending Markdown span openers. */
void out_lines_flush(out_flow *f, bool open_frames);
/* Writes one whole line of preformatted or table text on a line of its
 * own (after the pending break), with the containers' prefixes. */
void out_lines_put_line(out_flow *f, const char *s, size_t n);
out_container *out_lines_push(out_flow *f, out_container_kind kind);
void out_lines_pop(out_flow *f);
out_container *out_lines_top(out_flow *f);
/* Markdown: writes the closing delimiters of the open spans (before a
 * block break; they reopen lazily after it). */
void out_lines_close_frames(out_flow *f);

/* Character classes of CommonMark's flanking rules (6.2). */
enum { OUT_CHAR_PUNCT = 0, OUT_CHAR_SPACE, OUT_CHAR_WORD };

/* out_inline.c */
/* Class of the UTF-8 character starting at p (n bytes available). */
int out_inline_class_at(const char *p, size_t n);
void out_inline_text(out_flow *f, slice text);
void out_inline_push_frame(out_flow *f, const dom_node *n, out_frame_kind kind);
void out_inline_pop_frame(out_flow *f, const dom_node *n);
void out_inline_frame_open(out_flow *f, out_frame *fr);
void out_inline_frame_close(out_flow *f, out_frame *fr);
/* Writes the held closing delimiter, if any. */
void out_inline_release(out_flow *f);
void out_inline_code_span(out_flow *f, const dom_node *code);
/* True (and skipped) when n was already written with its previous sibling. */
bool out_inline_code_merged(out_flow *f, const dom_node *n);
void out_inline_image(out_flow *f, const dom_node *img);
/* A usable link target of an <a>: not empty, not javascript:. */
bool out_inline_link_target(const dom_node *a, slice *href);
/* Appends the text of a subtree (text nodes, <br> as a newline). */
void out_inline_gather(const dom_node *root, buf *out);

/* out_table.c: renders a <table> as lines (GFM or tab-separated). */
void out_table(out_flow *f, const dom_node *table);

#endif
