// Build scaling: how the full production build grows with the number of articles.
// Builds the real corpus (baseline), then 100 and 1,000 synthetic articles, each in a throwaway
// copy of the repository, and times the three build steps separately. Prints figures; asserts
// only that each build succeeded.
//   npm run bench:build                      (BENCH_SIZES=100,1000 to choose the sizes)
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { topics, type Topic } from '../lib/content/taxonomy';

const root = path.resolve(import.meta.dirname, '..');
const sizes = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
// Left out of the copy: installed and generated files, git, scratch folders, local databases.
const skipped = new Set(['node_modules', '.next', '.contentlayer', '.git', '.tmp', 'data', 'test-results']);

type Step = { name: string; seconds: number; output: string };
type Row = {
  label: string;
  articles: number;
  pages: number;
  contentlayer: number;
  check: number;
  nextBuild: number;
  /** The build's own line about the browser's search index, which grows with the articles. */
  searchIndex: string;
};

/** Runs one command in the copy; throws with its output when it fails (the only assertion here). */
function run(name: string, cwd: string, command: string, args: string[]): Promise<Step> {
  const started = performance.now();
  // contentlayer2 writes to $PWD/.contentlayer, so PWD must follow cwd.
  const env = { ...process.env, PWD: cwd, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NEXT_OUTPUT: '' };
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ name, seconds, output });
      else reject(new Error(`${name} failed (exit ${code}) in ${cwd}:\n${output.slice(-4000)}`));
    });
  });
}

/** A copy of the repository with node_modules hard-linked (same disk), so nothing is installed. */
function copyRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'imaging-careers-bench-build-'));
  for (const entry of readdirSync(root)) {
    if (skipped.has(entry)) continue;
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

async function linkNodeModules(dir: string) {
  // Hard links rather than a symlink: Turbopack rejects a node_modules that points outside the project.
  await run('link node_modules', dir, 'cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
}

// A small fixed vocabulary, so every article has different plain-English text and no digits
// (the content check rejects figures typed into prose).
const words = (
  'the a technologist patient image scan room machine table shield film screen order doctor radiologist ' +
  'nurse student program school clinic hospital shift team checks positions explains prepares records ' +
  'reviews cleans calibrates asks answers moves holds turns greets carefully quietly clearly safely ' +
  'before after during while because so and then each every new old bright dark sharp soft clear ' +
  'part body arm leg chest head back knee hand foot heart scanner coil probe gel beam dose badge'
).split(' ');

function sentences(seed: number, count: number): string {
  let state = seed * 2654435761;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const out: string[] = [];
  for (let s = 0; s < count; s++) {
    const length = 8 + (next() % 9);
    const sentence = Array.from({ length }, () => words[next() % words.length]).join(' ');
    out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return out.join(' ');
}

const slugOf = (i: number) => `bench-article-${String(i).padStart(4, '0')}`;
const topicOf = (i: number): Topic => topics[i % topics.length] as Topic;
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** One article shaped like the real ones: about 700 words, headings, components, links. */
function syntheticArticle(i: number, total: number): string {
  const link = (j: number, text: string, anchor = '') =>
    `[${text}](/${slugOf(((j % total) + total) % total)}${anchor})`;
  const paragraph = (k: number) => sentences(i * 31 + k, 6);
  return `---
title: "Benchmark article ${i}"
description: A synthetic article for the build benchmark. It has headings, components and links like a real one.
topic: ${topicOf(i)}
order: ${i}
reviewedAt: ${yesterday}
sources:
  - publisher: U.S. Bureau of Labor Statistics
    title: "Occupational Outlook Handbook: Radiologic and MRI Technologists"
    url: https://www.bls.gov/ooh/healthcare/radiologic-technologists.htm
    accessed: ${yesterday}
  - publisher: American Registry of Radiologic Technologists (ARRT)
    title: Requirements
    url: https://www.arrt.org/earn-arrt-credentials/requirements
    accessed: ${yesterday}
---

${paragraph(0)} Read ${link(i + 1, 'the next article')} and the glossary entry for [MRI](/glossary#mri).

<KeyFacts occupation="radiologic-technologists" />

## What the work looks like

${paragraph(1)}

${paragraph(2)}

### A typical shift

${paragraph(3)} The median pay is <Stat occupation="mri-technologists" field="medianPay" />.

## How to get started

${paragraph(4)} See ${link(i + 7, 'how the work goes', '#what-the-work-looks-like')}.

<Callout type="note" title="Check the rules where you live">
${paragraph(5)}
</Callout>

### Hours of training

${paragraph(6)} <Fact id="arrt-postprimary-structured-education-hours" />

## Where people work

${paragraph(7)}

${paragraph(8)}

## What to read next

${paragraph(9)} Compare it with ${link(i - 1, 'the article before')}.
`;
}

/** Replaces the articles with `count` synthetic ones and lists exactly their addresses as published. */
async function replaceWithSyntheticArticles(dir: string, count: number) {
  const articles = path.join(dir, 'content/articles');
  rmSync(articles, { recursive: true });
  for (const topic of topics) mkdirSync(path.join(articles, topic), { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(articles, topicOf(i), `${slugOf(i)}.mdx`), syntheticArticle(i, count));
  }
  // The real list names real pages; start empty and let the project's own script fill it.
  writeFileSync(path.join(dir, 'content/data/published-urls.json'), '{ "urls": [] }\n');
  await run('contentlayer (for urls)', dir, 'node_modules/.bin/contentlayer2', ['build']);
  await run('urls:update', dir, 'node_modules/.bin/tsx', ['scripts/update-published-urls.ts']);
}

async function measure(label: string, synthetic: number | undefined): Promise<Row> {
  const dir = copyRepository();
  try {
    await linkNodeModules(dir);
    if (synthetic !== undefined) await replaceWithSyntheticArticles(dir, synthetic);
    rmSync(path.join(dir, '.contentlayer'), { recursive: true, force: true });
    const contentlayer = await run('contentlayer2 build', dir, 'node_modules/.bin/contentlayer2', ['build']);
    const check = await run('content check', dir, 'node_modules/.bin/tsx', ['scripts/check-content.ts']);
    const build = await run('next build', dir, process.execPath, ['node_modules/next/dist/bin/next', 'build']);
    const documents = Number(/Content check passed: (\d+) documents/.exec(check.output)?.[1] ?? NaN);
    const pages = Number(/Generating static pages[^(]*\(\d+\/(\d+)\)/.exec(build.output)?.[1] ?? NaN);
    const articles = documents - readdirSync(path.join(dir, 'content/pages')).length;
    const row = {
      label,
      articles,
      pages,
      contentlayer: contentlayer.seconds,
      check: check.seconds,
      nextBuild: build.seconds,
      searchIndex: /Search index: (.*)/.exec(build.output)?.[1] ?? '(not printed)',
    };
    console.log(
      `${label}: done (${articles} articles, ${pages} pages, ${total(row).toFixed(1)} s; ` +
        `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
    );
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const total = (r: Row) => r.contentlayer + r.check + r.nextBuild;
const perPageMs = (r: Row) => (total(r) / r.pages) * 1000;

function printTable(rows: Row[]) {
  const head = ['corpus', 'articles', 'pages', 'contentlayer s', 'check s', 'next build s', 'total s', 'per page ms'];
  const body = rows.map((r) => [
    r.label,
    String(r.articles),
    String(r.pages),
    r.contentlayer.toFixed(1),
    r.check.toFixed(1),
    r.nextBuild.toFixed(1),
    total(r).toFixed(1),
    perPageMs(r).toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log('');
  for (const r of rows) console.log(`Search index, ${r.label}: ${r.searchIndex}`);
}

console.log(`Build scaling on ${process.platform}, Node ${process.version}; sizes: real corpus, ${sizes.join(', ')}.`);
console.log('Timings are wall-clock on this machine; other work running at the same time shows up in them.\n');
const rows: Row[] = [await measure('real corpus', undefined)];
for (const size of sizes) rows.push(await measure(`synthetic ${size}`, size));
printTable(rows);

const small = rows.find((r) => r.label === 'synthetic 100');
const large = rows.find((r) => r.label === 'synthetic 1000');
if (small && large) {
  console.log(
    `\n1,000 vs 100 articles: total ×${(total(large) / total(small)).toFixed(2)}, ` +
      `per page ×${(perPageMs(large) / perPageMs(small)).toFixed(2)}, ` +
      `next build ×${(large.nextBuild / small.nextBuild).toFixed(2)}, pages ×${(large.pages / small.pages).toFixed(2)}.`,
  );
}
