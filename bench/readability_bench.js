// readability_bench.js - Mozilla Readability's speed on the benchmark
// pages, for the comparison in `make bench`.
//
// Method: every page of the manifest ("PATH\tURL" lines, written by
// bench/run_bench.py) is read into memory first (gunzipped).  Timed, one
// page after another in this single process: new JSDOM(bytes, {url})
// (jsdom sniffs the encoding from the bytes, as pith does), then
// new Readability(document).parse(), then window.close().  The best of
// --reps passes is reported, in CPU time of the process (user + system, as
// the C benchmarks count it; the wall time is reported beside it).  MB are
// 10^6 input bytes as stored.
//
// Output: progress on stderr, one JSON object on stdout.
// Usage: node bench/readability_bench.js [--reps N] [--limit N] MANIFEST
'use strict';

const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function main() {
  const args = process.argv.slice(2);
  let reps = 1, limit = 0, manifest = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--reps') reps = parseInt(args[++i], 10);
    else if (args[i] === '--limit') limit = parseInt(args[++i], 10);
    else manifest = args[i];
  }
  if (!manifest || !(reps >= 1)) {
    process.stderr.write('usage: readability_bench.js [--reps N] [--limit N] MANIFEST\n');
    process.exit(2);
  }
  let lines = fs.readFileSync(manifest, 'utf8').split('\n').filter((l) => l.length);
  if (limit > 0) lines = lines.slice(0, limit);
  const pages = lines.map((l) => {
    const [path, url] = l.split('\t');
    let bytes = fs.readFileSync(path);
    if (path.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
    return { path, url: url || undefined, bytes };
  });
  const totalBytes = pages.reduce((n, p) => n + p.bytes.length, 0);
  // A console with no listeners: jsdom's CSS and script warnings would
  // otherwise be printed, and printing is not what we time.
  const quiet = new VirtualConsole();

  let best = Infinity, bestWall = 0, failures = 0, articles = 0;
  for (let r = 0; r < reps; r++) {
    failures = 0;
    articles = 0;
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    let done = 0;
    for (const p of pages) {
      if (++done % 50 === 0) process.stderr.write(`  ${done}/${pages.length}\r`);
      try {
        const dom = new JSDOM(p.bytes, { url: p.url, virtualConsole: quiet });
        const article = new Readability(dom.window.document).parse();
        if (article && article.textContent) articles++;
        dom.window.close();
      } catch (e) {
        failures++;
      }
    }
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cu = process.cpuUsage(c0);
    const s = (cu.user + cu.system) / 1e6;
    process.stderr.write(`  rep ${r + 1} readability ${s.toFixed(3)} s CPU, ${wall.toFixed(3)} s wall\n`);
    if (s < best) {
      best = s;
      bestWall = wall;
    }
  }
  const jsdomVersion = require('jsdom/package.json').version;
  const readabilityVersion = require('@mozilla/readability/package.json').version;
  const result = {
    node: process.version,
    jsdom: jsdomVersion,
    readability: readabilityVersion,
    pages: pages.length,
    input_bytes: totalBytes,
    reps,
    seconds: best,
    wall_seconds: bestWall,
    pages_per_s: pages.length / best,
    mb_per_s: totalBytes / 1e6 / best,
    articles,
    failures,
  };
  process.stderr.write(`readability: ${pages.length} pages, ${result.pages_per_s.toFixed(1)} pages/s, ` +
    `${result.mb_per_s.toFixed(2)} MB/s, ${failures} failures\n`);
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
