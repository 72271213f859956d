// Main-thread CPU time (thread time, robust to a busy machine) per page load, from a Chromium trace.
import { chromium } from '@playwright/test';
const builds = [['before', 'http://127.0.0.1:5200'], ['after', 'http://127.0.0.1:5000']] as const;
const paths = (process.env.PATHS ?? '/framework-floor,/,/compare,/radiography').split(',');
const runs = Number(process.env.RUNS ?? 5);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
type T = { name: string; ph: string; tid: number; pid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };
const res = new Map<string, { busy: number[]; script: number[]; long: number[]; tbt4: number[] }>();
const scriptNames = new Set(['EvaluateScript', 'FunctionCall', 'v8.evaluateModule', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.compile', 'v8.compileModule', 'V8.ParseOnBackground']);
for (let r = 0; r < runs; r++) {
  for (const p of paths) {
    for (const [b, o] of builds) {
      const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
      const page = await ctx.newPage();
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', '__metadata'] });
      await page.goto(o + p);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      const buf = await browser.stopTracing();
      await ctx.close();
      const events = (JSON.parse(buf.toString()).traceEvents ?? JSON.parse(buf.toString())) as T[];
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EvaluateScript'));
      if (!main) { console.log('no main thread', b, p); continue; }
      const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
      const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
      let busy = 0, long = 0, tbt4 = 0;
      for (const t of tasks) { const c = (t.tdur ?? 0) / 1000; busy += c; long = Math.max(long, c); tbt4 += Math.max(0, c * 4 - 50); }
      // script CPU: outermost script events (not nested in another script event)
      const sc = onMain.filter((e) => scriptNames.has(e.name)).sort((a, b2) => a.ts - b2.ts);
      let script = 0, end = -1;
      for (const e of sc) { if (e.ts >= end) { script += (e.tdur ?? 0) / 1000; end = e.ts + (e.dur ?? 0); } }
      const key = `${p} ${b}`;
      const v = res.get(key) ?? { busy: [], script: [], long: [], tbt4: [] };
      v.busy.push(busy); v.script.push(script); v.long.push(long); v.tbt4.push(tbt4);
      res.set(key, v);
    }
  }
}
await browser.close();
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]!; };
console.log(`page build: median of ${runs} (thread CPU ms): main-thread busy | script | longest task | TBT-like at 4x`);
for (const [k, v] of res) console.log(k.padEnd(28), med(v.busy).toFixed(0).padStart(6), med(v.script).toFixed(0).padStart(6), med(v.long).toFixed(0).padStart(6), med(v.tbt4).toFixed(0).padStart(6));
