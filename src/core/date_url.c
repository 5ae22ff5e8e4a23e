/* date_url.c - dates in a URL path: /2022/01/11/, /2022-01-11,
 * /2022_01_11, /20220111, /2023/october/03/. */
#include "date_scan.h"
#include "url.h"

bool date_from_url(slice url, date_value *out)
{
    scan t = { (const unsigned char *)url.ptr, url.ptr ? url.len : 0 };
    /* Only the path: skip the scheme and host. */
    size_t i = url_path_offset(url, NULL);
    for (; i < t.n; i++) {
        if (t.s[i] == '?' || t.s[i] == '#')
            break;
        if (t.s[i] != '/' && t.s[i] != '-' && t.s[i] != '_')
            continue;
        size_t k = i + 1;
        int y, m, d;
        int nd = read_num(&t, &k, 8, &y);
        if (nd == 8 && !ascii_is_digit(at(&t, k))) {
            if (set_ymd(out, y / 10000, y / 100 % 100, y % 100))
                return true;
            continue;
        }
        if (nd != 4 || y < 1900)
            continue;
        unsigned sep = at(&t, k);
        if (sep != '/' && sep != '-' && sep != '_')
            continue;
        k++;
        /* /2023/10/03/, also /2023/october/03/ */
        int day_digits = 2;
        if (read_num(&t, &k, 2, &m) != 2) {
            size_t e = k;
            while (e < t.n && ascii_is_alpha(t.s[e]))
                e++;
            m = e > k ? date_month_lookup(slice_make((const char *)t.s + k, e - k)) : 0;
            if (!m)
                continue;
            k = e;
            day_digits = 1;
        }
        if (at(&t, k) != sep)
            continue;
        k++;
        if (read_num(&t, &k, 2, &d) < day_digits || ascii_is_digit(at(&t, k)))
            continue;
        if (set_ymd(out, y, m, d))
            return true;
    }
    return false;
}
