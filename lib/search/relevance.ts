// The relevance suite: student phrasings paired with the section that answers them, and the
// figures that say how well the engine finds them. Plain functions, so a test or a script can run it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type MiniSearch from 'minisearch';
import { search, type SearchDoc } from './engine';

export const relevanceCaseSchema = z.strictObject({
  /** What a student types, as they type it (typos included). */
  q: z.string().trim().min(1).max(100),
  /** The section that answers it: "/slug#anchor", or "/slug" for a page's lead. */
  expect: z.string().regex(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/),
});
export type RelevanceCase = z.infer<typeof relevanceCaseSchema>;
export const relevanceFileSchema = z.array(relevanceCaseSchema).min(1);

export const relevanceDir = path.join(process.cwd(), 'lib/search/relevance');

/** Every case from every `*.json` file in the folder, each tagged with its file. */
export function loadRelevanceCases(dir = relevanceDir): (RelevanceCase & { file: string })[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const parsed = relevanceFileSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`lib/search/relevance/${file}: ${z.prettifyError(parsed.error)}`);
      return parsed.data.map((c) => ({ ...c, file }));
    });
}

export type RelevanceMiss = { q: string; expect: string; file: string; rank: number | null; got: string[] };
export type RelevanceReport = { total: number; top3: number; first: number; misses: RelevanceMiss[] };

/** Runs every case as the site does (3 results, as the search box shows first) and counts hits. */
export function evaluateRelevance(
  index: MiniSearch<SearchDoc>,
  cases: (RelevanceCase & { file: string })[],
): RelevanceReport {
  let top3 = 0;
  let first = 0;
  const misses: RelevanceMiss[] = [];
  for (const c of cases) {
    const got = search(index, c.q, 10).map((h) => h.id);
    const rank = got.indexOf(c.expect);
    if (rank === 0) first++;
    if (rank >= 0 && rank < 3) top3++;
    else misses.push({ ...c, rank: rank < 0 ? null : rank + 1, got: got.slice(0, 3) });
  }
  return { total: cases.length, top3, first, misses };
}

export const percent = (n: number, total: number) => (total === 0 ? 0 : (100 * n) / total);

/** A plain-text report: both figures, then every miss with what came back instead. */
export function formatRelevance(report: RelevanceReport): string {
  const { total, top3, first, misses } = report;
  const lines = [
    `Relevance: ${total} queries; expected section in the top 3 for ${top3} (${percent(top3, total).toFixed(1)} %), first for ${first} (${percent(first, total).toFixed(1)} %).`,
  ];
  for (const m of misses) {
    lines.push(
      `  MISS [${m.file}] "${m.q}" expected ${m.expect} (rank ${m.rank ?? 'none'}); top 3: ${m.got.join(' | ') || '(nothing)'}`,
    );
  }
  return lines.join('\n');
}
