// Medians of Lighthouse runs, the printed table and the gate (no Lighthouse import, so it is unit-tested).

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
/** Categories that do not depend on machine speed: CI fails below 100 on our pages. */
export const gatedCategories: readonly Category[] = ['accessibility', 'best-practices', 'seo'];

/** One Lighthouse run: scores 0–100, LCP and TBT in ms, CLS unitless. */
export type RunFigures = { scores: Record<Category, number>; lcp: number; cls: number; tbt: number };
export type PageSummary = RunFigures & { path: string; label: string; gated: boolean; runs: number };

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
  };
}

/** "/radiography: accessibility 96" for every gated page and category below 100. */
export function gateFailures(pages: PageSummary[]): string[] {
  return pages.flatMap((p) =>
    p.gated ? gatedCategories.filter((c) => p.scores[c] < 100).map((c) => `${p.path}: ${c} ${p.scores[c]}`) : [],
  );
}

export function formatTable(pages: PageSummary[]): string {
  const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT'];
  const rows = pages.map((p) => [
    `${p.label} ${p.path}${p.gated ? '' : ' (not gated)'}`,
    ...categories.map((c) => String(Math.round(p.scores[c]))),
    `${(p.lcp / 1000).toFixed(2)} s`,
    p.cls.toFixed(3),
    `${Math.round(p.tbt)} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
