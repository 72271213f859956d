// Issue 13's Lighthouse goal measured two ways, beside the framework floor, in one run:
//   simulated throttling (Lighthouse's default, what `test:quality` prints and the goal is stated in):
//     the page loads unthrottled and Lantern replays its trace at phone speed;
//   applied throttling (devtools): the load itself runs at phone speed (Lighthouse's mobile profile:
//     562.5 ms added to each request, 1.47 Mbit/s down, CPU 4× slower), so the order in which
//     things happen is the phone's.
// On localhost an article's scripts arrive before its first paint, so Lantern counts their downloads
// into its LCP; and the task that lays out the article's content for its first paint, stretched by
// waiting for a core while those scripts compile, is left out of Lantern's FCP and counted as blocking
// time (firstRender in scripts/quality/lighthouse-summary.ts; README, "What the articles' extra
// blocking time under simulation is"). With applied throttling the article paints long before its
// scripts arrive. The two tables show how much of the gap that is.
// Times depend on the machine: compare rows of one run, not runs.
// Run after `npm run build`:  npm run bench:lighthouse    (RUNS=5 per page and method; PORT=3341;
//   METHODS=simulate or METHODS=devtools for one method only, e.g. a long simulated batch:
//   METHODS=simulate RUNS=15 npm run bench:lighthouse, about 7 minutes)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { largestArticle, runLighthouse, type LighthousePage } from '../scripts/quality/lighthouse';
import { sitemapUrls, startServer } from '../scripts/quality/server';

const port = Number(process.env.PORT ?? 3341);
const runs = Number(process.env.RUNS ?? 5);
const allMethods = ['simulate', 'devtools'] as const;
const methods = allMethods.filter((m) => (process.env.METHODS ?? allMethods.join(',')).split(',').includes(m));
if (methods.length === 0) {
  console.error(`METHODS=${process.env.METHODS}: choose simulate, devtools or both (comma-separated)`);
  process.exit(2);
}
const workDir = mkdtempSync(path.join(tmpdir(), 'imaging-careers-bench-lighthouse-'));
const server = await startServer({
  port,
  logDir: workDir,
  env: { FEEDBACK_DB_PATH: path.join(workDir, 'feedback.db'), DATABASE_URL: '' },
});
try {
  const largest = await largestArticle(
    server.origin,
    (await sitemapUrls(server.origin)).map((u) => u.pathname),
  );
  const pages: LighthousePage[] = [
    { path: '/framework-floor', label: 'floor', gated: false, floor: true },
    { path: '/radiography', label: 'specialty', gated: false, article: true },
    ...(largest && largest !== '/radiography'
      ? [{ path: largest, label: 'largest article', gated: false, article: true }]
      : []),
    // The floor against itself: how far the goal's ratios move between two identical pages.
    { path: '/framework-floor', label: 'floor, again', gated: false, control: true },
  ];
  for (const throttling of methods) {
    const started = Date.now();
    await runLighthouse({ origin: server.origin, pages, runs, chromePort: port + 1, workDir, throttling });
    console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  await server.stop();
  rmSync(workDir, { recursive: true, force: true });
}
