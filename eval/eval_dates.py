#!/usr/bin/python3
"""Publication-date evaluation on ../shared/data/dates (htmldate's sets).

One answer per page, compared to the day.  Scoring as the data README
describes: an answer equal to the expected date is TP, any other date FP,
no answer FN.  For the few entries whose expected date is null (no date can
be determined) we use the fairer rule of the README: no answer is TN
(correct), any date FP.  Prints P/R/accuracy/F1 overall and per subset,
and exits non-zero below the floor (F1 >= 0.95).

Usage: eval_dates.py [--floor F] [--show-errors N] [--source]
"""
import argparse
import collections
import json
import os
import sys

from meta_common import DATA, Pith, read_page, day, table, fmt, progress


def score(c):
    tp, fp, fn, tn = c['tp'], c['fp'], c['fn'], c['tn']
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    acc = (tp + tn) / max(1, tp + fp + fn + tn)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return p, r, acc, f1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--floor', type=float, default=0.95)
    ap.add_argument('--show-errors', type=int, default=0)
    ap.add_argument('--sources', action='store_true', help='accuracy per date_source')
    args = ap.parse_args()
    base = os.path.join(DATA, 'dates')
    entries = json.load(open(os.path.join(base, 'expected-dates.json')))
    pith = Pith()
    counts = collections.defaultdict(lambda: collections.Counter())
    by_source = collections.defaultdict(collections.Counter)
    errors = []
    for i, (url, e) in enumerate(sorted(entries.items())):
        progress(i, len(entries))
        html = read_page(os.path.join(base, 'html', e['file'] + '.gz'))
        rec = pith.extract(html, url)
        got = day(rec.get('date_published'))
        want = e['date']
        if want is None:
            k = 'tn' if got is None else 'fp'
        elif got is None:
            k = 'fn'
        else:
            k = 'tp' if got == want else 'fp'
        for s in ('all', e['set']):
            counts[s][k] += 1
        by_source[rec.get('date_source')][k] += 1
        if k in ('fp', 'fn'):
            errors.append((e['file'], want, got, rec.get('date_source')))
    rows = []
    for s in ('all', 'default', 'mediacloud_2020'):
        c = counts[s]
        p, r, acc, f1 = score(c)
        rows.append([s, c['tp'], c['fp'], c['fn'], c['tn'], fmt(p), fmt(r), fmt(acc), fmt(f1)])
    print('dates (../shared/data/dates): null entries count no answer as TN')
    table(rows, ['set', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'accuracy', 'F1'])
    if args.sources:
        print()
        srows = [[str(s), c['tp'], c['fp'], c['fn'], c['tn']] for s, c in sorted(by_source.items(), key=lambda x: -sum(x[1].values()))]
        table(srows, ['date_source', 'TP', 'FP', 'FN', 'TN'])
    for f, want, got, src in errors[:args.show_errors]:
        print(f'  {f}: expected {want}, got {got} ({src})')
    f1 = score(counts['all'])[3]
    if f1 < args.floor:
        print(f'FAIL: F1 {f1:.3f} below floor {args.floor}')
        return 1
    print(f'OK: F1 {f1:.3f} >= floor {args.floor}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
