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
//
// jsdom's memory grows over thousands of pages until node runs out of
// heap, so the pages are read in chunks, each by a child process of this
// script (--from K --count N); a page whose child dies gets an error
// record and the next chunk starts after it.
// Usage: node bench/readability_meta.js MANIFEST > records.jsonl
'use strict';

const fs = require('fs');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

const CHUNK = 150;

function readManifest(manifest) {
  return fs.readFileSync(manifest, 'utf8').split('\n').filter((l) => l.length);
}

// Runs the chunks in children and passes their records on.
function parent(manifest) {
  const lines = readManifest(manifest);
  let from = 0;
  while (from < lines.length) {
    const count = Math.min(CHUNK, lines.length - from);
    const child = spawnSync(process.execPath, [__filename, manifest, '--from', String(from), '--count', String(count)],
      { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const recs = child.stdout.split('\n').filter((l) => l.length);
    process.stdout.write(recs.map((r) => r + '\n').join(''));
    from += recs.length;
    if (recs.length < count) {
      const path = lines[from].split('\t')[0];
      process.stdout.write(JSON.stringify({ source: path, error: 'node died (' + (child.signal || child.status) + ')' }) + '\n');
      from++;
    }
    process.stderr.write(`  ${from}/${lines.length}\r`);
  }
  process.stderr.write('\n');
}

// Reads pages from..from+count-1 of the manifest.
function chunk(manifest, from, count) {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const { Readability } = require('@mozilla/readability');
  const lines = readManifest(manifest).slice(from, from + count);
  const quiet = new VirtualConsole();
  for (const line of lines) {
    const [path, url] = line.split('\t');
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
    fs.writeSync(1, JSON.stringify(rec) + '\n');
  }
}

function main() {
  const args = process.argv.slice(2);
  const manifest = args[0];
  if (!manifest) {
    process.stderr.write('usage: readability_meta.js MANIFEST\n');
    process.exit(2);
  }
  const at = args.indexOf('--from');
  if (at < 0) parent(manifest);
  else chunk(manifest, parseInt(args[at + 1], 10), parseInt(args[args.indexOf('--count') + 1], 10));
}

main();
