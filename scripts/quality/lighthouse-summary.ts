// Medians of Lighthouse runs, the printed table and the gate (no Lighthouse import, so it is unit-tested).

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
/** Categories that do not depend on machine speed: CI fails below 100 on our pages. */
export const gatedCategories: readonly Category[] = ['accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run: scores 0–100, LCP and TBT in ms, CLS unitless. scriptEval is the main
 * thread's script evaluation (mainthread-work-breakdown), topChunk the scripting time of the
 * busiest script (bootup-time; React DOM's chunk on our pages), both in ms.
 */
export type RunFigures = {
  scores: Record<Category, number>;
  lcp: number;
  cls: number;
  tbt: number;
  scriptEval: number;
  topChunk: number;
};
/**
 * A page measured: gated pages must score 100 in the gated categories. The floor (the framework's
 * smallest page) is what TBT and script evaluation are divided by; blockScripts loads the page with
 * every script file blocked, so its row is the cost of the content alone (issue 13).
 */
export type PageSummary = RunFigures & {
  path: string;
  label: string;
  gated: boolean;
  runs: number;
  floor?: boolean;
  blockScripts?: boolean;
  /** An article page: held to issue 13's goal beside the floor (printed, not gated). */
  article?: boolean;
  /**
   * The floor measured a second time, interleaved with the rest: held to the same goal as an
   * article, so the printout shows how far the goal's ratios move between two identical pages.
   */
  control?: boolean;
};

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of each category score and each metric, taken separately. */
export function medianOfRuns(runs: RunFigures[]): RunFigures {
  const scores = Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<
    Category,
    number
  >;
  return {
    scores,
    lcp: median(runs.map((r) => r.lcp)),
    cls: median(runs.map((r) => r.cls)),
    tbt: median(runs.map((r) => r.tbt)),
    scriptEval: median(runs.map((r) => r.scriptEval)),
    topChunk: median(runs.map((r) => r.topChunk)),
  };
}

/** "/radiography: accessibility 96" for every gated page and category below 100. */
export function gateFailures(pages: PageSummary[]): string[] {
  return pages.flatMap((p) =>
    p.gated ? gatedCategories.filter((c) => p.scores[c] < 100).map((c) => `${p.path}: ${c} ${p.scores[c]}`) : [],
  );
}

/** "1.2×" of the floor's figure, or "" when there is no floor or it is zero. */
function ratio(value: number, floor: number | undefined): string {
  return floor ? `${(value / floor).toFixed(1)}×` : '';
}

/**
 * One row per page. TBT and script evaluation also as a multiple of the floor's (the page marked
 * floor), since on a shared machine the ratio in one interleaved run means more than the ms.
 */
export function formatTable(pages: PageSummary[]): string {
  const floor = pages.find((p) => p.floor);
  const header = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'LCP',
    'CLS',
    'TBT',
    '×floor',
    'script eval',
    '×floor',
    'top chunk',
  ];
  const rows = pages.map((p) => [
    `${p.label} ${p.path}${p.blockScripts ? ', scripts blocked' : ''}${p.gated ? '' : ' (not gated)'}`,
    ...categories.map((c) => String(Math.round(p.scores[c]))),
    `${(p.lcp / 1000).toFixed(2)} s`,
    p.cls.toFixed(3),
    `${Math.round(p.tbt)} ms`,
    p === floor ? '' : ratio(p.tbt, floor?.tbt),
    `${Math.round(p.scriptEval)} ms`,
    p === floor ? '' : ratio(p.scriptEval, floor?.scriptEval),
    `${Math.round(p.topChunk)} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * The article page with the most HTML: Lighthouse measures it beside `/radiography`, so the printout
 * shows the worst article as the content grows (issue 13's goal is for every article page). Article
 * pages are those whose structured data declares an Article; undefined when no page does.
 */
export function heaviestArticle(pages: { path: string; html: string }[]): string | undefined {
  let best: { path: string; bytes: number } | undefined;
  for (const { path, html } of pages) {
    if (!/"@type"\s*:\s*"Article"/.test(html)) continue;
    const bytes = Buffer.byteLength(html);
    if (!best || bytes > best.bytes) best = { path, bytes };
  }
  return best?.path;
}

/** Issue 13's goal for every article page, beside the floor measured in the same run. */
export const articleGoal = { perfPoints: 2, tbt: 1.3, scriptEval: 1.5 } as const;

/** Held to the goal beside the floor: article pages and the floor's second copy, scripts running. */
export function heldToGoal(page: Pick<PageSummary, 'article' | 'control' | 'blockScripts'>): boolean {
  return Boolean((page.article || page.control) && !page.blockScripts);
}

/**
 * One line per page held to the goal: its performance, TBT and script evaluation against the goal,
 * each with "met" or "not met", and whether all three are met. No lines without a floor.
 */
export function goalLines(pages: PageSummary[]): string[] {
  const floor = pages.find((p) => p.floor);
  if (!floor) return [];
  return pages.filter(heldToGoal).map((p) => {
    const below = floor.scores.performance - p.scores.performance;
    const tbt = floor.tbt > 0 ? p.tbt / floor.tbt : Infinity;
    const script = floor.scriptEval > 0 ? p.scriptEval / floor.scriptEval : Infinity;
    const checks = [
      [`performance ${p.scores.performance} against ${floor.scores.performance}`, below <= articleGoal.perfPoints],
      [`TBT ${tbt.toFixed(2)}× (at most ${articleGoal.tbt}×)`, tbt <= articleGoal.tbt],
      [
        `script evaluation ${script.toFixed(2)}× (at most ${articleGoal.scriptEval}×)`,
        script <= articleGoal.scriptEval,
      ],
    ] as const;
    const all = checks.every(([, ok]) => ok);
    const subject = p.control ? `the floor against itself (${p.path} measured twice; noise alone)` : p.path;
    return `goal for ${subject}: ${all ? 'MET' : 'NOT MET'} (${checks.map(([text, ok]) => `${text} ${ok ? 'met' : 'not met'}`).join('; ')})`;
  });
}

/**
 * The TBT ratio run by run: run i of an article over run i of the floor (runs are interleaved, so a
 * pair shared the machine's state). One line per article page with its smallest and largest ratio
 * and how many pairs were within the goal. It shows how far the median's ratio moves with noise
 * alone; the goal itself is still judged on the medians (goalLines).
 */
export function tbtPairLines(pages: { path: string; runs: RunFigures[] }[], floorRuns: RunFigures[]): string[] {
  return pages.map(({ path, runs }) => {
    const n = Math.min(runs.length, floorRuns.length);
    const ratios = runs.slice(0, n).map((r, i) => (floorRuns[i]!.tbt > 0 ? r.tbt / floorRuns[i]!.tbt : Infinity));
    if (ratios.length === 0) return `TBT run by run for ${path}: no pairs`;
    const within = ratios.filter((x) => x <= articleGoal.tbt).length;
    const fmt = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '∞');
    return `TBT run by run for ${path} (run i over the floor's run i): ${fmt(Math.min(...ratios))} to ${fmt(Math.max(...ratios))}; ${within} of ${ratios.length} pairs within ${articleGoal.tbt}×`;
  });
}

/** A long task as Lighthouse's long-tasks audit lists it: simulated start and duration in ms. */
export type LongTask = { url: string; startTime: number; duration: number };
/** Blocking time in ms, by what each long task is attributed to. */
export type BlockingBySource = { document: number; scripts: number; other: number };

/**
 * A run's blocking time split by what Lighthouse attributes each long task to: the page's own
 * document (parsing it, style, layout and paint), a script file, or nothing it could name. Counted
 * as TBT counts: the part of a task between FCP and TTI beyond 50 ms. It shows whether an article's
 * extra blocking over the floor is its JavaScript or its content (issue 13).
 */
export function blockingBySource(tasks: LongTask[], fcp: number, tti: number, documentUrl: string): BlockingBySource {
  const sums: BlockingBySource = { document: 0, scripts: 0, other: 0 };
  const page = new URL(documentUrl);
  for (const task of tasks) {
    const start = Math.max(task.startTime, fcp);
    const end = Math.min(task.startTime + task.duration, tti);
    const blocking = Math.max(0, end - start - 50);
    sums[sourceOf(task.url, page)] += blocking;
  }
  return sums;
}

function sourceOf(url: string, page: URL): keyof BlockingBySource {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  if (parsed.origin === page.origin && parsed.pathname === page.pathname) return 'document';
  return /\.m?js$/.test(parsed.pathname) ? 'scripts' : 'other';
}

/**
 * One line per page with the mean blocking time of its runs by source (a mean, not a median: the
 * document's share is often zero in most runs and large in a few, and the mean shows both).
 */
export function blockingLines(pages: { label: string; path: string; runs: BlockingBySource[] }[]): string[] {
  return pages.map(({ label, path, runs }) => {
    if (runs.length === 0) return `blocking time by source for ${label} ${path}: no runs`;
    const mean = (key: keyof BlockingBySource) => Math.round(runs.reduce((sum, r) => sum + r[key], 0) / runs.length);
    const documentRuns = runs.filter((r) => r.document > 0).length;
    return `blocking time by source for ${label} ${path} (mean of ${runs.length} runs): scripts ${mean('scripts')} ms, document ${mean('document')} ms (in ${documentRuns} of ${runs.length} runs), other ${mean('other')} ms`;
  });
}

/** The fields of a Chromium trace event read here (times in microseconds). */
export type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread actually ran during the event (absent on some platforms). */
  tdur?: number;
  args?: { name?: unknown; beginData?: { totalObjects?: unknown } };
};
type Kind = 'document' | 'scripts' | 'other';
/** Wall time and running time (thread CPU time) in ms of a thread's long tasks, by kind of work. */
export type ThreadTime = Record<Kind, { wall: number; running: number }>;

const documentWork = new Set(['ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
const scriptWork = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame']);

/**
 * The page's main thread in the unthrottled load Lighthouse recorded (simulated throttling): its
 * tasks over `minTaskMs`, with their wall time and the part of it the thread ran (thread time).
 * Lantern replays each task's wall time slower (4×, or 2× for a task that lays out), so time a task
 * spent waiting for a processor (on two cores, shared with the browser process, the renderer's
 * worker threads and the compositor) counts as the page's own work. A task is document work when
 * parsing, style, layout and paint take more of it than scripts do, script work when scripts take
 * more, else other. The main thread is the renderer main thread (CrRendererMain) with the most task
 * time: the page's, not another tab's.
 */
export function mainThreadTime(events: TraceEvent[], minTaskMs = 10): ThreadTime {
  const sums: ThreadTime = {
    document: { wall: 0, running: 0 },
    scripts: { wall: 0, running: 0 },
    other: { wall: 0, running: 0 },
  };
  const { tasks, onThread } = pageMainThread(events);
  for (const task of tasks) {
    const dur = task.dur ?? 0;
    if (dur <= minTaskMs * 1000 || task.tdur === undefined) continue;
    let doc = 0;
    let script = 0;
    for (const e of onThread) {
      if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + dur) continue;
      if (documentWork.has(e.name)) doc += e.dur ?? 0;
      else if (scriptWork.has(e.name)) script += e.dur ?? 0;
    }
    const kind: Kind = doc === 0 && script === 0 ? 'other' : doc >= script ? 'document' : 'scripts';
    sums[kind].wall += dur / 1000;
    sums[kind].running += task.tdur / 1000;
  }
  return sums;
}

/**
 * The renderer main thread (CrRendererMain) with the most task time, the page's rather than another
 * tab's: its tasks (RunTask) and all its complete events, in time order.
 */
function pageMainThread(events: TraceEvent[]): { tasks: TraceEvent[]; onThread: TraceEvent[] } {
  const threadKey = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const rendererMains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadKey),
  );
  const tasksByThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !rendererMains.has(threadKey(e))) continue;
    const tasks = tasksByThread.get(threadKey(e));
    if (tasks) tasks.push(e);
    else tasksByThread.set(threadKey(e), [e]);
  }
  const total = (tasks: TraceEvent[]) => tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0);
  const [main] = [...tasksByThread.entries()].sort((a, b) => total(b[1]) - total(a[1]));
  if (!main) return { tasks: [], onThread: [] };
  const byTime = (a: TraceEvent, b: TraceEvent) => a.ts - b.ts;
  return {
    tasks: [...main[1]].sort(byTime),
    onThread: events.filter((e) => e.ph === 'X' && threadKey(e) === main[0]).sort(byTime),
  };
}

/**
 * How Lantern (simulated throttling) sees the start of a load. It counts into FCP the load's first
 * parse, first layout and first paint, and from later tasks only render-blocking ones; any other task
 * that ran before the observed first paint can land after the simulated one and count as blocking
 * time (a task that lays out at half the 4× CPU slowdown: twice its traced time). In Chromium 156
 * the page's renderer first parses and paints an initial empty document and lays out the new
 * document before any of its markup is parsed, so those tiny tasks are "first", and the task that
 * styles and lays out the page's content for its first paint is not. emptyFirstLayout: the first layout laid out at most
 * one object (the empty document). contentRender: wall time in ms of the first task that laid out
 * more than one object (0 when there is none).
 */
export type FirstRender = { emptyFirstLayout: boolean; contentRender: number };

export function firstRender(events: TraceEvent[]): FirstRender {
  const { tasks, onThread } = pageMainThread(events);
  const layouts = onThread.filter((e) => e.name === 'Layout');
  const objects = (layout: TraceEvent) => Number(layout.args?.beginData?.totalObjects ?? 0);
  const first = layouts[0];
  const content = layouts.find((l) => objects(l) > 1);
  const task = content && tasks.find((t) => t.ts <= content.ts && content.ts < t.ts + (t.dur ?? 0));
  return {
    emptyFirstLayout: first !== undefined && objects(first) <= 1,
    contentRender: task ? (task.dur ?? 0) / 1000 : 0,
  };
}

/** One line per page: in how many runs the first layout was empty, and the content render's wall time. */
export function firstRenderLines(pages: { label: string; path: string; runs: FirstRender[] }[]): string[] {
  return pages.map(({ label, path, runs }) => {
    if (runs.length === 0) return `first render for ${label} ${path}: no runs`;
    const empty = runs.filter((r) => r.emptyFirstLayout).length;
    const mean = runs.reduce((sum, r) => sum + r.contentRender, 0) / runs.length;
    return `first render for ${label} ${path} (mean of ${runs.length} runs): the task that laid out its content took ${Math.round(mean)} ms of wall time before throttling; the load's first layout was an empty document's in ${empty} of ${runs.length} runs (then Lantern leaves that task out of FCP, doubles it and counts what is over 50 ms as blocking time)`;
  });
}

/**
 * One line per page: the mean of its runs' mainThreadTime, by kind, as wall time and the share of it
 * the thread ran. A page whose long tasks ran for much less than their wall time was waiting for a
 * processor, and Lantern counted the wait as blocking time.
 */
export function mainThreadLines(pages: { label: string; path: string; runs: ThreadTime[] }[]): string[] {
  return pages.map(({ label, path, runs }) => {
    if (runs.length === 0) return `main thread before throttling for ${label} ${path}: no runs`;
    const parts = (['document', 'scripts', 'other'] as const).map((kind) => {
      const wall = runs.reduce((sum, r) => sum + r[kind].wall, 0) / runs.length;
      const running = runs.reduce((sum, r) => sum + r[kind].running, 0) / runs.length;
      const share = wall > 0 ? ` (${Math.round((running / wall) * 100)} %)` : '';
      return `${kind} ${Math.round(wall)} ms of wall time, ${Math.round(running)} ms running${share}`;
    });
    return `main thread before throttling for ${label} ${path} (tasks over 10 ms, mean of ${runs.length} runs): ${parts.join('; ')}`;
  });
}
