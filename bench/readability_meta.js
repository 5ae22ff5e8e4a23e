// readability_meta.js - Mozilla Readability's metadata (title, byline,
// publishedTime, siteName, excerpt, lang) on a list of pages, so that
// eval/eval_meta.py can score it by the rules it scores pith by
// (`make eval-compare`).
//
// Input: a manifest of "PATH\tURL" lines (PATH may end in .gz; URL may be
// empty).  Output: one JSON object per page on stdout, in pith's field
// names: {"source", "title", "authors", "date_published", "site_name",
// "description", "language"} ("authors" holds the byline as one string,
// which the scorer splits into names as it does pith's), or
// {"source", "error"} when jsdom or Readability failed.
// Usage: node bench/readability_meta.js MANIFEST > records.jsonl
'use strict';

const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function main() {
  const manifest = process.argv[2];
  if (!manifest) {
    process.stderr.write('usage: readability_meta.js MANIFEST\n');
    process.exit(2);
  }
  const lines = fs.readFileSync(manifest, 'utf8').split('\n').filter((l) => l.length);
  const quiet = new VirtualConsole();
  let done = 0;
  for (const line of lines) {
    const [path, url] = line.split('\t');
    if (++done % 50 === 0) process.stderr.write(`  ${done}/${lines.length}\r`);
    let rec;
    try {
      let bytes = fs.readFileSync(path);
      if (path.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
      const dom = new JSDOM(bytes, { url: url || undefined, virtualConsole: quiet });
      const a = new Readability(dom.window.document).parse() || {};
      rec = {
        source: path,
        title: a.title || null,
        authors: a.byline ? [a.byline] : [],
        date_published: a.publishedTime || null,
        site_name: a.siteName || null,
        description: a.excerpt || null,
        language: a.lang || null,
      };
      dom.window.close();
    } catch (e) {
      rec = { source: path, error: String(e && e.message ? e.message : e) };
    }
    process.stdout.write(JSON.stringify(rec) + '\n');
  }
  process.stderr.write('\n');
}

main();
