#!/usr/bin/python3
"""Metadata evaluation: title, authors, dates, site name, language,
excerpt, canonical URL and tags against the shared data sets.

Sets and rules (each rate is over the pages whose truth is non-null unless
said otherwise):
  wcxb-dev     title: equal after whitespace+case normalisation (all pages);
               (title-nosuffix, informative: also accepting the truth without
               its trailing site parts); publish_date: same day; author: the
               first name of ours equals the first name of the truth (both split on , ; & and "and",
               normalised), also the exact joined-string rate.  Per page type.
               Floors: title >= 0.90, date >= 0.90, author >= 0.80.
  readability  title (normalised), title-nosuffix (also accepting the expected
               title without its trailing " | Site" parts, since Readability
               keeps og:title verbatim; floor >= 0.95), byline (same names),
               byline-names (the same names as the first line of the raw
               byline, without "By"),
               siteName (normalised; null must match null, all pages),
               publishedTime (day), lang (case-insensitive), excerpt
               (normalised equality with our description).
  trafilatura  author (exact, lists joined with "; ", as upstream scores it;
               author-names: the same names, case and separators aside),
               title (normalised), date (day) where given.
  seed         title, date_published 2022-01-11, site_name, language, url and
               tags exactly as expected.json.
Also counts "wrong date" answers on pages whose truth has none.

Another tool is scored by the same rules from its records: write the pages
with --write-manifest, run the tool on them (bench/readability_meta.js for
Readability), and score its JSONL with --records (`make eval-compare`).

Usage: eval_meta.py [--set NAME] [--show-errors N] [--no-floors]
                    [--write-manifest FILE | --records FILE.jsonl]
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

from meta_common import DATA, Pith, read_page, norm_text, day, authors_str, table, fmt, progress

FLOORS = {
    ('wcxb', 'title'): 0.90,
    ('wcxb', 'date'): 0.90,
    ('wcxb', 'author'): 0.80,
    ('readability', 'title-nosuffix'): 0.95,
}


def names(s):
    if not s:
        return []
    if isinstance(s, list):
        s = ', '.join(s)
    parts = re.split(r'\s*(?:[,;&]|\band\b)\s*', s)
    return [norm_text(re.sub(r'^(?i:by)\s+', '', p)) for p in parts if p.strip()]


# A site part at the end of a title: " | Site", " - Site", "_Site" (Chinese
# portals join parts with "_"), or "[Site]".  The issue defines the title
# as the headline without such parts; a truth that keeps them ("How to Build
# a Terrarium | eHow", "Headline_科技_腾讯网", "Headline - Author - Medium")
# is matched by each of its shortenings.
def byline_names(byline):
    """The names of a raw byline as Readability reports it: its first line
    ("By Nathan Willis\n March 25, 2015"), without "By"/"Par"/"Von"/
    "Written by" before the names."""
    first = next((line for line in byline.splitlines() if line.strip()), '')
    return re.sub(r'^\s*(?i:written\s+by|by|par|von)\s+', '', first)


SEPARATOR = re.compile(r'\s+(?:[|\-\u2013\u2014\u00b7\u2022\u00bb]|::)\s+|\s*_(?=\s|[^\x00-\x7f])|(?<=[^\x00-\x7f])_')
BRACKETED = re.compile(r'^(.*\S)\s*\[[^\[\]]*\]$')


def suffix_cuts(title):
    """The title and each shortening of it by its trailing site parts."""
    cuts = [title.strip()]
    while True:
        last = cuts[-1]
        m = BRACKETED.match(last)
        if m:
            cuts.append(m.group(1).strip())
            continue
        seps = list(SEPARATOR.finditer(last))
        if not seps or seps[-1].start() == 0:
            return cuts
        cuts.append(last[:seps[-1].start()].strip())


def title_matches(ours, truth, allow_suffix):
    ours = norm_text(ours)
    if not allow_suffix:
        return ours == norm_text(truth)
    return any(ours == norm_text(c) for c in suffix_cuts(truth))


class PithPages:
    """The pages as pith extracts them (libpith through ctypes)."""

    def __init__(self):
        self.pith = Pith()

    def page(self, path, url):
        return self.pith.extract(read_page(path), url)


class PageList:
    """Only lists the pages (and their URLs) a run would score."""

    def __init__(self):
        self.pages = []

    def page(self, path, url):
        self.pages.append((os.path.abspath(path), url))
        return {}


class Records:
    """Another tool's answers, one JSON object per line keyed by 'source'
    (the page's path), with pith's field names; a missing page or an error
    record scores as no answer."""

    def __init__(self, path):
        self.recs = {}
        with open(path) as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    self.recs[os.path.abspath(r['source'])] = r

    def page(self, path, url):
        return self.recs.get(os.path.abspath(path), {})


class Tally:
    def __init__(self):
        self.c = collections.defaultdict(lambda: [0, 0])
        self.errors = collections.defaultdict(list)

    def add(self, key, ok, detail=None):
        self.c[key][0] += bool(ok)
        self.c[key][1] += 1
        if not ok and detail is not None:
            self.errors[key].append(detail)

    def rate(self, key):
        ok, n = self.c.get(key, [0, 0])
        return ok / n if n else float('nan')


def run_wcxb(pith, t):
    files = sorted(glob.glob(os.path.join(DATA, 'wcxb-dev', 'ground-truth', '*.json')))
    for i, f in enumerate(files):
        progress(i, len(files))
        g = json.load(open(f))
        gt = g['ground_truth']
        ptype = g['_internal']['page_type']['primary']
        fid = g.get('file_id') or os.path.basename(f)[:-len('.json')]
        rec = pith.page(os.path.join(DATA, 'wcxb-dev', 'html', fid + '.html.gz'), g.get('url'))
        for scope in ('all', ptype):
            if gt.get('title'):
                t.add(('wcxb', 'title', scope), title_matches(rec.get('title'), gt['title'], False),
                      (fid, gt['title'], rec.get('title')))
                # Informative, as for the readability set: a truth that keeps
                # the site name ("Sudo - ArchWiki") also matches without it.
                t.add(('wcxb', 'title-nosuffix', scope), title_matches(rec.get('title'), gt['title'], True))
            if gt.get('publish_date'):
                got = day(rec.get('date_published'))
                t.add(('wcxb', 'date', scope), got == gt['publish_date'],
                      (fid, gt['publish_date'], got, rec.get('date_source')))
                # Informative: the truth is often the "Updated" date a page
                # shows; this rate also accepts our date_modified.
                t.add(('wcxb', 'date-or-modified', scope),
                      gt['publish_date'] in (got, day(rec.get('date_modified'))))
            else:
                t.add(('wcxb', 'no-date-kept-empty', scope), not rec.get('date_published'),
                      (fid, None, rec.get('date_published'), rec.get('date_source')))
            if gt.get('author'):
                ours, truth = names(rec.get('authors')), names(gt['author'])
                t.add(('wcxb', 'author', scope), bool(ours) and ours[0] == truth[0],
                      (fid, gt['author'], rec.get('authors')))
                t.add(('wcxb', 'author-exact', scope),
                      norm_text(', '.join(rec.get('authors') or [])) == norm_text(gt['author']))


def run_readability(pith, t):
    dirs = sorted(glob.glob(os.path.join(DATA, 'readability', '*')))
    for i, d in enumerate(dirs):
        if not os.path.isdir(d):
            continue
        progress(i, len(dirs))
        exp = json.load(open(os.path.join(d, 'expected-metadata.json')))
        rec = pith.page(os.path.join(d, 'source.html'), 'http://fakehost/test/page.html')
        name = os.path.basename(d)
        if exp.get('title'):
            ours = norm_text(rec.get('title'))
            t.add(('readability', 'title', 'all'), ours == norm_text(exp['title']),
                  (name, exp['title'], rec.get('title')))
            # Readability reports og:title/<title> verbatim, site suffix
            # included ("How to Build a Terrarium | eHow"); pith's title is
            # the headline without it.  This rate accepts the expected title
            # with its trailing site parts removed (suffix_cuts).
            t.add(('readability', 'title-nosuffix', 'all'),
                  title_matches(rec.get('title'), exp['title'], True),
                  (name, exp['title'], rec.get('title')))
        if exp.get('byline'):
            t.add(('readability', 'byline', 'all'), names(rec.get('authors')) == names(exp['byline']),
                  (name, exp['byline'], rec.get('authors')))
            t.add(('readability', 'byline-names', 'all'),
                  names(rec.get('authors')) == names(byline_names(exp['byline'])),
                  (name, exp['byline'], rec.get('authors')))
        t.add(('readability', 'siteName', 'all'), norm_text(rec.get('site_name')) == norm_text(exp.get('siteName')),
              (name, exp.get('siteName'), rec.get('site_name')))
        if exp.get('publishedTime'):
            t.add(('readability', 'publishedTime', 'all'), day(rec.get('date_published')) == day(exp['publishedTime']),
                  (name, exp['publishedTime'], rec.get('date_published'), rec.get('date_source')))
        if exp.get('lang'):
            t.add(('readability', 'lang', 'all'), (rec.get('language') or '').lower() == exp['lang'].lower(),
                  (name, exp['lang'], rec.get('language')))
        if exp.get('excerpt'):
            t.add(('readability', 'excerpt', 'all'), norm_text(rec.get('description')) == norm_text(exp['excerpt']),
                  (name, exp['excerpt'][:80], (rec.get('description') or '')[:80]))


def run_trafilatura(pith, t):
    base = os.path.join(DATA, 'trafilatura-eval')
    entries = json.load(open(os.path.join(base, 'evaldata.json')))
    for i, (url, e) in enumerate(sorted(entries.items())):
        progress(i, len(entries))
        if not (e.get('author') or e.get('title') or e.get('date')):
            continue
        rec = pith.page(os.path.join(base, 'html', e['file'] + '.gz'), url)
        if e.get('author'):
            want = e['author'] if isinstance(e['author'], str) else '; '.join(e['author'])
            t.add(('trafilatura', 'author', 'all'), authors_str(rec) == want, (e['file'], want, rec.get('authors')))
            # Informative: the same names, case and separators aside
            # ("BOB FISCHER" = "Bob Fischer").
            t.add(('trafilatura', 'author-names', 'all'), names(rec.get('authors')) == names(byline_names(want)))
        if e.get('title'):
            t.add(('trafilatura', 'title', 'all'), norm_text(rec.get('title')) == norm_text(e['title']),
                  (e['file'], e['title'], rec.get('title')))
        if e.get('date') and re.match(r'^\d{4}-\d{2}-\d{2}$', e['date']):
            t.add(('trafilatura', 'date', 'all'), day(rec.get('date_published')) == e['date'],
                  (e['file'], e['date'], rec.get('date_published'), rec.get('date_source')))


def run_seed(pith, t):
    base = os.path.join(DATA, 'seed')
    exp = json.load(open(os.path.join(base, 'expected.json')))
    rec = pith.page(os.path.join(base, 'csto-withdrawal.html'), None)
    checks = {
        'title': rec.get('title') == exp['title'],
        'date': day(rec.get('date_published')) == exp['date'],
        'site_name': rec.get('site_name') == exp['site_name'],
        'language': rec.get('language') == exp['language'],
        'url': rec.get('url') == exp['url'],
        'tags': rec.get('tags') == exp['tags'],
    }
    for k, ok in checks.items():
        t.add(('seed', k, 'all'), ok, (k, exp.get(k if k != 'date' else 'date'), rec.get(
            {'date': 'date_published'}.get(k, k))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--set', choices=['wcxb', 'readability', 'trafilatura', 'seed'], action='append')
    ap.add_argument('--show-errors', type=int, default=0)
    ap.add_argument('--no-floors', action='store_true')
    ap.add_argument('--write-manifest', metavar='FILE',
                    help='write the pages scored ("PATH\\tURL" lines) for another tool, and stop')
    ap.add_argument('--records', metavar='FILE.jsonl',
                    help="score another tool's records (pith's field names, keyed by 'source') instead of pith")
    args = ap.parse_args()
    sets = args.set or ['seed', 'readability', 'trafilatura', 'wcxb']
    if args.write_manifest:
        tool = PageList()
    elif args.records:
        tool = Records(args.records)
    else:
        tool = PithPages()
    t = Tally()
    runners = {'wcxb': run_wcxb, 'readability': run_readability, 'trafilatura': run_trafilatura, 'seed': run_seed}
    for s in sets:
        runners[s](tool, t)
    if args.write_manifest:
        with open(args.write_manifest, 'w') as f:
            f.writelines(f'{path}\t{url or ""}\n' for path, url in tool.pages)
        return 0
    rows = []
    for key in sorted(t.c, key=lambda k: (k[0], k[1], k[2] != 'all', k[2])):
        ok, n = t.c[key]
        floor = FLOORS.get(key[:2]) if key[2] == 'all' else None
        rows.append([key[0], key[1], key[2], ok, n, fmt(ok / n if n else 0.0), fmt(floor) if floor else ''])
    table(rows, ['set', 'field', 'scope', 'correct', 'pages', 'rate', 'floor'])
    if args.show_errors:
        for key, errs in sorted(t.errors.items()):
            if key[2] != 'all':
                continue
            print(f'\n== errors {key[0]} {key[1]} ({len(errs)})')
            for e in errs[:args.show_errors]:
                print('  ', e)
    failed = []
    for (s, field), floor in FLOORS.items():
        key = (s, field, 'all')
        if key in t.c and t.rate(key) < floor:
            failed.append(f'{s} {field} {t.rate(key):.3f} < {floor}')
    seed_bad = [k[1] for k in t.c if k[0] == 'seed' and t.c[k][0] < t.c[k][1]]
    if seed_bad:
        failed.append('seed: ' + ', '.join(seed_bad))
    if failed and not args.no_floors:
        print('FAIL: ' + '; '.join(failed))
        return 1
    print('OK' if not failed else 'below floors (ignored): ' + '; '.join(failed))
    return 0


if __name__ == '__main__':
    sys.exit(main())
