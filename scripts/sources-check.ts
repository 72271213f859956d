// npm run sources:check: requests every external source URL in content/ (front matter) and
// content/data/ (any "url" in the data files), a few at a time with a timeout, and reports pages
// that are dead, redirected, blocked or served over plain http. Exits 1 if any page is dead.
// Needs internet; editors run it before a review. SOURCES_TIMEOUT_MS and SOURCES_CONCURRENCY tune it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type SourceRef = { url: string; files: string[] };
export type CheckResult = {
  url: string;
  files: string[];
  /** ok: 2xx; redirected: 3xx to a 2xx page; blocked: 401/403/429 (the page may exist, a robot may not
   *  read it); dead: 404, 410, 5xx, a redirect loop, a network error or the timeout. */
  status: 'ok' | 'redirected' | 'blocked' | 'dead';
  detail: string;
  finalUrl?: string;
  plainHttp: boolean;
};

const urlPattern = /^https?:\/\/\S+$/;

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full, ext);
    return e.name.endsWith(ext) ? [full] : [];
  });
}

/** The `url:` values in an MDX file's front matter. */
export function frontMatterUrls(mdx: string): string[] {
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  return [...front.matchAll(/^\s*-?\s*url:\s*["']?(\S+?)["']?\s*$/gm)]
    .map((m) => m[1]!)
    .filter((u) => urlPattern.test(u));
}

/** Every string in a JSON value that is an http(s) address. */
export function dataUrls(value: unknown): string[] {
  if (typeof value === 'string') return urlPattern.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(dataUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataUrls);
  return [];
}

/** Every external source URL under content/, once each, with the files that cite it. */
export function collectSources(root = 'content'): SourceRef[] {
  const refs = new Map<string, Set<string>>();
  const add = (url: string, file: string) => refs.set(url, (refs.get(url) ?? new Set()).add(file));
  for (const file of walk(root, '.mdx')) for (const url of frontMatterUrls(readFileSync(file, 'utf8'))) add(url, file);
  for (const file of walk(path.join(root, 'data'), '.json')) {
    if (file.endsWith('published-urls.json')) continue; // this site's own addresses, not sources
    for (const url of dataUrls(JSON.parse(readFileSync(file, 'utf8')))) add(url, file);
  }
  return [...refs]
    .map(([url, files]) => ({ url, files: [...files].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

const userAgent = 'Mozilla/5.0 (compatible; imaging-careers-sources-check; +https://github.com/)';

/** Requests one URL, following up to five redirects by hand so each hop is seen. */
export async function checkUrl(ref: SourceRef, timeoutMs: number): Promise<CheckResult> {
  const plainHttp = ref.url.startsWith('http://');
  const base = { url: ref.url, files: ref.files, plainHttp };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = ref.url;
  try {
    for (let hop = 0; hop <= 5; hop++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': userAgent, accept: 'text/html,application/pdf,*/*' },
      });
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      const moved = current !== ref.url;
      const hops = moved ? { finalUrl: current } : {};
      if (response.ok) {
        return moved
          ? { ...base, ...hops, status: 'redirected', detail: `${response.status} after redirect to ${current}` }
          : { ...base, status: 'ok', detail: String(response.status) };
      }
      if ([401, 403, 429].includes(response.status)) {
        return { ...base, ...hops, status: 'blocked', detail: `${response.status} (refused a robot)` };
      }
      return { ...base, ...hops, status: 'dead', detail: `${response.status}${moved ? ` at ${current}` : ''}` };
    }
    return { ...base, finalUrl: current, status: 'dead', detail: 'more than five redirects' };
  } catch (error) {
    const detail = controller.signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : error instanceof Error
        ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
        : String(error);
    return { ...base, status: 'dead', detail };
  } finally {
    clearTimeout(timer);
  }
}

/** Checks every ref, at most `concurrency` at a time; results in the refs' order. */
export async function checkAll(
  refs: SourceRef[],
  { timeoutMs = 15_000, concurrency = 4 } = {},
): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array(refs.length);
  let next = 0;
  const worker = async () => {
    while (next < refs.length) {
      const i = next++;
      results[i] = await checkUrl(refs[i]!, timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, refs.length)) }, worker));
  return results;
}

/** The report, worst first; the exit code is 1 when any page is dead. */
export function formatReport(results: CheckResult[]): { text: string; exitCode: number } {
  const by = (s: CheckResult['status']) => results.filter((r) => r.status === s);
  const lines: string[] = [];
  const section = (title: string, list: CheckResult[], show: (r: CheckResult) => string) => {
    if (list.length === 0) return;
    lines.push(`${title} (${list.length}):`);
    for (const r of list) lines.push(`  ${r.url}\n    ${show(r)}\n    cited in ${r.files.join(', ')}`);
  };
  section('DEAD', by('dead'), (r) => r.detail);
  section('REDIRECTED (cite the new address)', by('redirected'), (r) => `→ ${r.finalUrl ?? ''} (${r.detail})`);
  section('BLOCKED (check by hand in a browser)', by('blocked'), (r) => r.detail);
  section(
    'PLAIN HTTP (find the https address)',
    results.filter((r) => r.plainHttp),
    (r) => `${r.status}: ${r.detail}`,
  );
  const dead = by('dead').length;
  lines.push(
    `${results.length} source URLs: ${by('ok').length} ok, ${by('redirected').length} redirected, ` +
      `${by('blocked').length} blocked, ${dead} dead; ${results.filter((r) => r.plainHttp).length} over plain http.`,
  );
  return { text: lines.join('\n'), exitCode: dead > 0 ? 1 : 0 };
}

async function main() {
  const timeoutMs = Number(process.env.SOURCES_TIMEOUT_MS ?? 15_000);
  const concurrency = Number(process.env.SOURCES_CONCURRENCY ?? 4);
  const refs = collectSources();
  console.log(`Checking ${refs.length} source URLs, ${concurrency} at a time, ${timeoutMs} ms timeout…`);
  const { text, exitCode } = formatReport(await checkAll(refs, { timeoutMs, concurrency }));
  console.log(text);
  process.exit(exitCode);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
