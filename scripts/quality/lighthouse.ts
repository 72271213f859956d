// Lighthouse 12 (mobile, the default form factor) on our pages and on the framework floor, with the
// system Chromium started once in headless mode and reused for every run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import {
  blockingBySource,
  blockingLines,
  categories,
  firstRender,
  firstRenderLines,
  formatTable,
  gatedCategories,
  gateFailures,
  goalLines,
  heaviestArticle,
  heldToGoal,
  mainThreadLines,
  mainThreadTime,
  medianOfRuns,
  tbtPairLines,
  type BlockingBySource,
  type FirstRender,
  type LongTask,
  type PageSummary,
  type RunFigures,
  type ThreadTime,
  type TraceEvent,
} from './lighthouse-summary';

/** The trace of the load Lighthouse recorded (its Trace artifact), else no events. */
function traceEventsOf(artifacts: unknown): TraceEvent[] {
  const trace =
    typeof artifacts === 'object' && artifacts !== null ? (artifacts as { Trace?: unknown }).Trace : undefined;
  const events =
    typeof trace === 'object' && trace !== null ? (trace as { traceEvents?: unknown }).traceEvents : undefined;
  return Array.isArray(events) ? (events as TraceEvent[]) : [];
}

/** The rows of an audit's table details (mainthread-work-breakdown, bootup-time), else none. */
function tableItems(details: unknown): Record<string, unknown>[] {
  if (typeof details !== 'object' || details === null || !('items' in details)) return [];
  const items = (details as { items: unknown }).items;
  return Array.isArray(items)
    ? items.filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null)
    : [];
}

export type LighthousePage = Pick<
  PageSummary,
  'path' | 'label' | 'gated' | 'floor' | 'blockScripts' | 'article' | 'control'
>;
export type LighthouseResult = { pages: PageSummary[]; failures: string[]; ok: boolean };

/** The same browser the Playwright tests use: CHROME_PATH, CHROMIUM_PATH, Debian's, else Playwright's. */
function chromiumPath(): string {
  const system = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(system)) return system;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(`no Chromium at ${system}: install Debian's chromium or set CHROMIUM_PATH`);
}

async function startChromium(port: number, workDir: string) {
  const executable = chromiumPath();
  const profile = mkdtempSync(path.join(workDir, 'chromium-'));
  const child = spawn(
    executable,
    [
      '--headless=new',
      '--no-sandbox',
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--no-first-run',
      '--no-default-browser-check',
      '--mute-audio',
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      return;
    }
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  for (let i = 0; i < 100; i++) {
    if (spawnError) throw new Error(`Chromium (${executable}) did not start: ${spawnError.message}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { stop, executable };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`Chromium (${executable}) did not open its debugging port ${port}`);
}

export async function runLighthouse(options: {
  origin: string;
  pages: LighthousePage[];
  runs: number;
  chromePort: number;
  workDir: string;
  /**
   * 'simulate' (Lighthouse's default, and the goal): an unthrottled load, whose trace
   * Lantern replays at phone speed. 'devtools': the load itself runs throttled, with Lighthouse's
   * mobile profile (562.5 ms added to each request, its stand-in for 150 ms round trips; 1.47 Mbit/s
   * down; CPU 4× slower), so what paints before the scripts arrive is what a phone would see;
   * slower, used by `npm run bench:lighthouse`.
   */
  throttling?: 'simulate' | 'devtools';
}): Promise<LighthouseResult> {
  const throttlingMethod = options.throttling ?? 'simulate';
  const chrome = await startChromium(options.chromePort, options.workDir);
  // Keyed by the page entry itself: two entries may share a path (scripts blocked) or a label.
  const runsByPage = new Map<LighthousePage, RunFigures[]>(options.pages.map((p) => [p, []]));
  const blockingByPage = new Map<LighthousePage, BlockingBySource[]>(options.pages.map((p) => [p, []]));
  const threadByPage = new Map<LighthousePage, ThreadTime[]>(options.pages.map((p) => [p, []]));
  const firstRenderByPage = new Map<LighthousePage, FirstRender[]>(options.pages.map((p) => [p, []]));
  // Failing audits of the gated categories, so a score below 100 says what to fix.
  const findings = new Map<string, Set<string>>();
  try {
    // A first load warms the server's caches and Chromium; its figures are thrown away.
    for (const page of options.pages) await (await fetch(`${options.origin}${page.path}`)).arrayBuffer();
    if (options.pages[0]) {
      await lighthouse(`${options.origin}${options.pages[0].path}`, {
        port: options.chromePort,
        logLevel: 'error',
        onlyCategories: ['performance'],
        throttlingMethod,
      });
    }
    // Interleaved (run 1 of every page, then run 2, ...), so a burst of load from elsewhere on a
    // shared machine falls on all pages alike and the figures beside the floor stay comparable.
    for (let run = 0; run < options.runs; run++) {
      for (const page of options.pages) {
        const result = await lighthouse(`${options.origin}${page.path}`, {
          port: options.chromePort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
          throttlingMethod,
          // Blocked script files fail to load; the page stays as the server sent it.
          ...(page.blockScripts ? { blockedUrlPatterns: ['*.js'] } : {}),
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
        const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const metric = (id: string) => {
          const value = lhr.audits[id]?.numericValue;
          if (value === undefined) throw new Error(`Lighthouse on ${page.path} has no ${id}`);
          return value;
        };
        runsByPage.get(page)!.push({
          scores: Object.fromEntries(categories.map((c) => [c, score(c)])) as RunFigures['scores'],
          lcp: metric('largest-contentful-paint'),
          cls: metric('cumulative-layout-shift'),
          tbt: metric('total-blocking-time'),
          scriptEval: tableItems(lhr.audits['mainthread-work-breakdown']?.details)
            .filter((item) => item.group === 'scriptEvaluation')
            .reduce((sum, item) => sum + (typeof item.duration === 'number' ? item.duration : 0), 0),
          topChunk: Math.max(
            0,
            ...tableItems(lhr.audits['bootup-time']?.details).map((item) =>
              typeof item.scripting === 'number' ? item.scripting : 0,
            ),
          ),
        });
        const longTasks: LongTask[] = tableItems(lhr.audits['long-tasks']?.details).flatMap((item) =>
          typeof item.url === 'string' && typeof item.startTime === 'number' && typeof item.duration === 'number'
            ? [{ url: item.url, startTime: item.startTime, duration: item.duration }]
            : [],
        );
        blockingByPage
          .get(page)!
          .push(
            blockingBySource(longTasks, metric('first-contentful-paint'), metric('interactive'), lhr.finalDisplayedUrl),
          );
        if (throttlingMethod === 'simulate') {
          const events = traceEventsOf(result.artifacts);
          threadByPage.get(page)!.push(mainThreadTime(events));
          firstRenderByPage.get(page)!.push(firstRender(events));
        }
        for (const c of page.gated ? gatedCategories : []) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              const key = `${page.path} [${c}]`;
              findings.set(key, (findings.get(key) ?? new Set()).add(`${audit.id}: ${audit.title}`));
            }
          }
        }
      }
    }
  } finally {
    await chrome.stop();
  }
  const summaries: PageSummary[] = options.pages.map((page) => {
    const runs = runsByPage.get(page)!;
    return { ...page, ...medianOfRuns(runs), runs: runs.length };
  });

  const failures = gateFailures(summaries);
  console.log(
    `\nLighthouse 12 (mobile, ${throttlingMethod === 'simulate' ? 'simulated' : 'applied (devtools)'} throttling; median of ${options.runs} interleaved runs each; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; Chromium ${chrome.executable})`,
  );
  console.log(formatTable(summaries).replace(/^/gm, '  '));
  for (const line of goalLines(summaries)) console.log(`  ${line}`);
  const floorEntry = options.pages.find((p) => p.floor);
  if (floorEntry) {
    const compared = options.pages.filter(heldToGoal);
    const lines = tbtPairLines(
      compared.map((p) => ({ path: p.control ? `${p.path} (again)` : p.path, runs: runsByPage.get(p)! })),
      runsByPage.get(floorEntry)!,
    );
    for (const line of lines) console.log(`  ${line}`);
    const sourced = blockingLines(
      [floorEntry, ...compared].map((p) => ({ label: p.label, path: p.path, runs: blockingByPage.get(p)! })),
    );
    for (const line of sourced) console.log(`  ${line}`);
    if (throttlingMethod === 'simulate') {
      const shown = [floorEntry, ...compared];
      const waits = mainThreadLines(shown.map((p) => ({ label: p.label, path: p.path, runs: threadByPage.get(p)! })));
      for (const line of waits) console.log(`  ${line}`);
      const renders = firstRenderLines(
        shown.map((p) => ({ label: p.label, path: p.path, runs: firstRenderByPage.get(p)! })),
      );
      for (const line of renders) console.log(`  ${line}`);
    }
  }
  for (const [key, audits] of findings) console.log(`  failing audits on ${key}: ${[...audits].join('; ')}`);
  for (const f of failures) console.log(`  BELOW 100: ${f}`);
  return { pages: summaries, failures, ok: failures.length === 0 };
}

/** The article page with the most HTML among `paths` on the server at `origin` (see heaviestArticle). */
export async function largestArticle(origin: string, paths: string[]): Promise<string | undefined> {
  return heaviestArticle(
    await Promise.all(paths.map(async (p) => ({ path: p, html: await (await fetch(`${origin}${p}`)).text() }))),
  );
}
