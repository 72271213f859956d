// Site search over the real corpus, with no server: builds the index the way the site does, then
// times student queries against both indexes the site uses:
//   - server: the full index behind /search (section text stored for snippets, up to 20 hits), and
//   - browser: /search-index.json (no section text) loaded from its serialized form, up to 8 hits.
// Run after `npm run content`:  npm run bench:search   (BENCH_RUNS=500 for more runs per query)
// Prints figures; asserts nothing.
import { register } from 'node:module';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type MiniSearch from 'minisearch';
import { buildIndex, loadIndex, pageOf, search, type SearchDoc } from '../lib/search/engine';

// Node cannot resolve tsconfig's "contentlayer/generated" (a folder): point it at the file, as
// vitest's alias does, before lib/content is loaded.
const generated = pathToFileURL(path.resolve('.contentlayer/generated/index.mjs')).href;
const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'contentlayer/generated' ? { url: ${JSON.stringify(generated)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const { searchDocuments } = await import('../lib/search/documents');

const runs = Number(process.env.BENCH_RUNS ?? 200);
const builds = Number(process.env.BENCH_BUILDS ?? 20);
const warmup = 20;

/** What students type, in their words (several rely on the synonym list). */
const queries = [
  'x-ray tech',
  'xray',
  'rad tech',
  'ultrasound tech',
  'sonographer',
  'how long is school',
  'cat scan',
  'ct tech',
  'mri tech pay',
  'nuke med',
  'rad therapy',
  'license',
  'do i need a license in texas',
  'radiation safety',
  'mammographer',
  'echo tech',
  'dexa',
  'arrt exam',
  'salary',
  'is it dangerous to be pregnant',
  'lead apron',
  'associate degree',
  'night shifts',
  'radiologist vs technologist',
  'continuing education',
  'cath lab',
  'prerequisites for a program',
  'ultrasoud', // a typo: fuzzy matching has to find it
];

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
const p95 = (sorted: number[]) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(2));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Mean CPU time of one call in ms: less disturbed than wall time when other processes share the cores. */
function cpuPerCall(n: number, fn: () => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / n;
}

function repeat(n: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(time(fn).ms);
  return times.sort((a, b) => a - b);
}

function table(header: string[], rows: string[][], right: number[] = []) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// --- Corpus and indexes -------------------------------------------------------------------------
const docsTimed = time(() => searchDocuments());
const docs: SearchDoc[] = docsTimed.value;
const firstBuild = time(() => buildIndex(docs));
const serverIndex = firstBuild.value;
const serverBuilds = repeat(builds, () => buildIndex(docs));
const browserBuilds = repeat(builds, () => buildIndex(docs, { withText: false }));

// The browser's index exactly as app/search-index.json/route.ts serializes it.
const json = JSON.stringify(buildIndex(docs, { withText: false }));
const raw = Buffer.byteLength(json);
const gzip9 = gzipSync(json, { level: 9 }).length;
const gzip6 = gzipSync(json).length;
const loads = repeat(builds, () => loadIndex(json));
const browserIndex = loadIndex(json);

const articles = new Set(docs.map((d) => pageOf(d.id)).filter((p) => p !== '/glossary')).size;
const terms = docs.filter((d) => pageOf(d.id) === '/glossary').length;

console.log(
  `Search bench: Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${runs} runs per query after ${warmup} warm-up runs; ${builds} index builds.\n`,
);
table(
  ['corpus and index', 'value'],
  [
    ['sections (search documents)', String(docs.length)],
    [
      '  of which page sections',
      `${docs.length - terms} from ${articles} pages (articles, data views, state license pages)`,
    ],
    ['  of which glossary terms', String(terms)],
    ['collect documents from content (once)', `${ms(docsTimed.ms)} ms`],
    ['build server index, first (cold)', `${ms(firstBuild.ms)} ms`],
    ['build server index, median / p95', `${ms(median(serverBuilds))} / ${ms(p95(serverBuilds))} ms`],
    ['build browser index, median / p95', `${ms(median(browserBuilds))} / ${ms(p95(browserBuilds))} ms`],
    ['browser index, raw JSON', `${kb(raw)} (${raw} bytes)`],
    ['browser index, gzip -9 (as the build log)', `${kb(gzip9)} (${gzip9} bytes)`],
    ['browser index, gzip -6 (zlib default)', `${kb(gzip6)} (${gzip6} bytes)`],
    ['load browser index from JSON, median / p95', `${ms(median(loads))} / ${ms(p95(loads))} ms`],
  ],
  [],
);

// --- Queries ------------------------------------------------------------------------------------
type Mode = { name: string; index: MiniSearch<SearchDoc>; limit: number };
const modes: Mode[] = [
  { name: 'server', index: serverIndex, limit: 20 },
  { name: 'browser', index: browserIndex, limit: 8 },
];

for (const mode of modes) for (let i = 0; i < warmup; i++) for (const q of queries) search(mode.index, q, mode.limit);

const all = new Map<string, number[]>(modes.map((m) => [m.name, []]));
const cpuTotals = new Map<string, number>();
const rows = queries.map((q) => {
  const cells = [q];
  let top = '';
  let hits = 0;
  for (const mode of modes) {
    const times = repeat(runs, () => search(mode.index, q, mode.limit));
    const cpu = cpuPerCall(runs, () => search(mode.index, q, mode.limit));
    all.get(mode.name)!.push(...times);
    cpuTotals.set(mode.name, (cpuTotals.get(mode.name) ?? 0) + cpu);
    cells.push(ms(median(times)), ms(p95(times)), ms(cpu));
    if (mode.name === 'server') {
      const result = search(mode.index, q, mode.limit);
      hits = result.length;
      const id = result[0]?.id ?? '(none)';
      top = id.length > 60 ? `${id.slice(0, 59)}…` : id;
    }
  }
  return [...cells, String(hits), top];
});
const summary = modes.flatMap((mode) => {
  const sorted = [...all.get(mode.name)!].sort((a, b) => a - b);
  return [ms(median(sorted)), ms(p95(sorted)), ms(cpuTotals.get(mode.name)! / queries.length)];
});

console.log(
  '\nQuery times in ms: search() as the site calls it (synonyms, prefix, fuzzy 0.15, ranking, snippets).' +
    '\nmed and p95 are wall time per call; cpu is the mean CPU time per call. The server asks for 20 hits, the browser for 8.\n',
);
table(
  ['query', 'server med', 'p95', 'cpu', 'browser med', 'p95', 'cpu', 'hits', 'top hit (server)'],
  [...rows, ['ALL QUERIES', ...summary, '', '']],
  [1, 2, 3, 4, 5, 6, 7],
);
