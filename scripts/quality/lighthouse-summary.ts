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
