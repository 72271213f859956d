import { describe, expect, it } from 'vitest';
import { buildIndex } from './engine';
import { searchDocuments } from './documents';
import { evaluateRelevance, formatRelevance, loadRelevanceCases, percent } from './relevance';

// The guard for every tuning change: real content, the real index, the queries students type.
const docs = searchDocuments();
const index = buildIndex(docs);
const cases = loadRelevanceCases();

describe('the relevance suite', () => {
  it('expects only sections that exist in the index', () => {
    const ids = new Set(docs.map((d) => d.id));
    const unknown = cases.filter((c) => !ids.has(c.expect)).map((c) => `${c.file}: "${c.q}" → ${c.expect}`);
    expect(unknown).toEqual([]);
  });

  it('asks each phrasing once, across every file', () => {
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.q, (counts.get(c.q) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([q]) => q)).toEqual([]);
  });

  it('finds the answering section in the top 3 for at least 90 % and first for at least 70 % of queries', () => {
    const report = evaluateRelevance(index, cases);
    console.log(formatRelevance(report));
    expect(percent(report.top3, report.total)).toBeGreaterThanOrEqual(90);
    expect(percent(report.first, report.total)).toBeGreaterThanOrEqual(70);
  });
});
