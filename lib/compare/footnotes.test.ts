import { describe, expect, it } from 'vitest';
import { comparisonColumns, getComparison, type Cell } from '../content/specialties';
import { footnotesFor } from './footnotes';

const source = {
  publisher: 'P',
  shortName: 'P',
  title: 'T',
  url: 'https://example.org/a',
  edition: 'e',
  retrieved: '2026-01-01',
  readIn: 'source',
} as const;
const notPublished = (reason: string): Cell => ({ status: 'not-published', reason, sources: [{ ...source }] });

describe('footnotesFor', () => {
  it('gives a repeated reason one number and a new reason the next', () => {
    const a = notPublished('No figure for A alone.');
    const b = notPublished('No figure for B alone.');
    const value: Cell = { status: 'value', lines: ['$1'], sources: [] };
    const { notes, numberOf } = footnotesFor([a, value, b, notPublished('No figure for A alone.')]);
    expect(notes.map((n) => [n.number, n.reason])).toEqual([
      [1, 'No figure for A alone.'],
      [2, 'No figure for B alone.'],
    ]);
    expect(numberOf(a)).toBe(1);
    expect(numberOf(b)).toBe(2);
    expect(numberOf(value)).toBeUndefined();
  });

  it('leaves fewer notes than "Not published" cells across the whole comparison', () => {
    const cells = getComparison().flatMap((row) => comparisonColumns.map((c) => row.cells[c.id]));
    const hidden = cells.filter((c) => c.status === 'not-published');
    const { notes } = footnotesFor(cells);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.length).toBeLessThan(hidden.length);
  });
});
