// One footnote per distinct "Not published" reason in a table, instead of the reason in every cell.
import type { Cell, CellSource } from '../content/specialties';

export type Footnote = { number: number; reason: string; sources: CellSource[] };
type NotPublished = Extract<Cell, { status: 'not-published' }>;

const keyOf = (cell: NotPublished) => `${cell.reason}\n${cell.sources.map((s) => s.url).join('\n')}`;

/**
 * Numbers the reasons in reading order (row by row, cell by cell); cells with the same reason and
 * sources share a number.
 */
export function footnotesFor(cells: Cell[]): { notes: Footnote[]; numberOf: (cell: Cell) => number | undefined } {
  const byKey = new Map<string, Footnote>();
  for (const cell of cells) {
    if (cell.status !== 'not-published') continue;
    const key = keyOf(cell);
    if (!byKey.has(key)) byKey.set(key, { number: byKey.size + 1, reason: cell.reason, sources: cell.sources });
  }
  return {
    notes: [...byKey.values()],
    numberOf: (cell) => (cell.status === 'not-published' ? byKey.get(keyOf(cell))?.number : undefined),
  };
}
