/* ext_date.c - the visible dates of side-list items ("11.Mar.2026",
 * "March 11, 2026", "2026-03-11", "11/03/2026", "11. März 2026"), read by
 * the shared recogniser of core/date.h.  Ambiguous numeric dates are read
 * day first unless that is impossible; years before 1990 (a founding
 * year, a birthday) are passed over. */
#include "ext_internal.h"

#include "../core/date.h"

bool ext_date_find(slice s, char iso[11])
{
    size_t base = 0;
    while (base < s.len) {
        date_value d;
        size_t end;
        slice rest = slice_make(s.ptr + base, s.len - base);
        if (!date_find_glued(rest, DATE_ORDER_DAY_FIRST, &d, NULL, &end) || !end)
            return false;
        if (d.year >= 1990 && d.year <= 2100 && date_is_real(&d)) {
            int v[3] = { d.year, d.month, d.day };
            char *o = iso;
            for (int k = 0; k < 3; k++) {
                int width = k ? 2 : 4;
                for (int p = width - 1; p >= 0; p--, v[k] /= 10)
                    o[p] = (char)('0' + v[k] % 10);
                o += width;
                if (k < 2)
                    *o++ = '-';
            }
            *o = '\0';
            return true;
        }
        base += end;
    }
    return false;
}
