// Where a page's main-thread time goes (issue 13), counted beside the framework floor in one run:
// hydrated elements by region (header, breadcrumbs, main, cite, feedback, footer, outside <body>),
// layout shifts and long tasks under 4× CPU slowdown, the CPU profile's self time per script, and
// (unthrottled, from a trace) the style and layout before the first contentful paint and the font
// lookups.
// Counts are exact; times are a direction only on a shared machine (take the floor's as the yardstick).
// Run after `npm run build`:  npm run bench:hydration
//   PORT (default 3331) for the server it starts, or BENCH_ORIGIN to measure a server already running.
import { openBrowserBench } from './browser';

const port = Number(process.env.PORT ?? 3331);
const pages = ['/framework-floor', '/radiography', '/', '/topics/specialties', '/compare'];

// Strings, not functions, so tsx's name helpers never reach the page.
const observe = `window.__bench = { long: [], shift: 0 };
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });`;
const count = `(() => {
  const hydrated = (el) => Object.keys(el).some((k) => k.startsWith('__reactFiber$'));
  const regions = {};
  const all = [...document.querySelectorAll('*')];
  for (const el of all.filter(hydrated)) {
    const region = !el.closest('body') ? 'outside body'
      : el.closest('header') ? 'header'
      : el.closest('nav[aria-label=Breadcrumb]') ? 'breadcrumbs'
      : el.closest('[aria-labelledby=cite-heading]') ? 'cite'
      : el.closest('#feedback') ? 'feedback'
      : el.closest('footer') ? 'footer'
      : el.closest('main') ? 'main' : 'body';
    regions[region] = (regions[region] ?? 0) + 1;
  }
  return { elements: all.length, hydrated: all.filter(hydrated).length, regions, long: window.__bench.long, shift: window.__bench.shift };
})()`;
type Counts = { elements: number; hydrated: number; regions: Record<string, number>; long: number[]; shift: number };

async function main() {
  const { origin, browser, close } = await openBrowserBench('hydration', port);
  try {
    // A first load warms the server and the browser's code cache; its figures are thrown away.
    for (const [i, url] of [pages[0]!, ...pages].entries()) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(observe);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      await page.goto(origin + url, { waitUntil: 'networkidle' });
      await page.evaluate('new Promise((r) => requestIdleCallback(() => r(null), { timeout: 3000 }))');
      const { profile } = await cdp.send('Profiler.stop');
      const counts = (await page.evaluate(count)) as Counts;
      await context.close();
      if (i === 0) continue;
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      const selfByScript = new Map<string, number>();
      (profile.samples ?? []).forEach((id, s) => {
        const frame = nodes.get(id)?.callFrame;
        const script = frame?.url
          ? frame.url.replace(/^.*\/_next\/static\/chunks\//, '')
          : (frame?.functionName ?? '?');
        selfByScript.set(script, (selfByScript.get(script) ?? 0) + (profile.timeDeltas?.[s] ?? 0) / 1000);
      });
      const top = [...selfByScript]
        .filter(([script]) => script.endsWith('.js'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([script, ms]) => `${script} ${ms.toFixed(0)} ms`);
      console.log(
        `${url.padEnd(20)} ${String(counts.hydrated).padStart(5)} of ${String(counts.elements).padEnd(5)} hydrated ${JSON.stringify(counts.regions)}`,
      );
      console.log(
        `${''.padEnd(20)} long tasks (4× slower CPU) ${counts.long.length}: ${counts.long.join(', ')} ms; CLS ${counts.shift.toFixed(3)}; script self time: ${top.join(', ')}`,
      );
    }
    // The first frame (issue 13: on an article most of its layout was font lookups, one round trip
    // each to the browser process on Linux). Counted in the page's own renderer.
    for (const [i, url] of [pages[0]!, ...pages].entries()) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
      });
      const page = await context.newPage();
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'loading', 'fonts', 'disabled-by-default-fonts'],
      });
      await page.goto(origin + url, { waitUntil: 'networkidle' });
      type TraceEvent = {
        name: string;
        pid: number;
        ts: number;
        dur?: number;
        args?: { beginData?: { url?: string } };
      };
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      await context.close();
      if (i === 0) continue; // warms the browser, as above
      const pid = traceEvents.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === origin + url)?.pid;
      const mine = traceEvents.filter((e) => e.pid === pid);
      const firstPaint = mine.find((e) => e.name === 'firstContentfulPaint')?.ts ?? Number.NaN;
      const before = (name: string) =>
        mine.filter((e) => e.name === name && e.ts < firstPaint).reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
      const lookups = mine.filter((e) => e.name === 'FontCache::GetFontPlatformData').length;
      const roundTrips = mine.filter((e) => e.name === 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike');
      const waited = roundTrips.reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
      console.log(
        `${url.padEnd(20)} before the first contentful paint: style ${before('UpdateLayoutTree').toFixed(1)} ms + layout ${before('Layout').toFixed(1)} ms; font lookups ${lookups}, round trips ${roundTrips.length} (${waited.toFixed(1)} ms waiting)`,
      );
    }
  } finally {
    await close();
  }
}

await main();
