// When and how a figure was read in its source. A date shown to readers is the day someone read
// the figure in the source itself (or in a copy saved that day), never the day it was copied here.
import { z } from 'zod';
import { formatDate } from '../site';

/** Where the figures were read: the live page, or a saved copy of it (made on the retrieved date). */
export const readInSchema = z.enum(['source', 'saved copy']);
export type ReadIn = z.infer<typeof readInSchema>;

/** An ISO date, or an ISO interval "2026-01-05/2026-02-27" when only the span of days is known. */
export const retrievedSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD')
  .refine((v) => v.split('/').every((d) => z.iso.date().safeParse(d).success), 'not a real date')
  .refine((v) => {
    const [from, to = from] = v.split('/');
    return from! <= to!;
  }, 'the interval ends before it starts');

/** Older data files say `accessed` (the day an editor checked the page); occupations.json says
 *  `retrieved` and `readIn`, because its figures were read in a saved copy. */
export type Provenance = { accessed: string } | { retrieved: string; readIn: ReadIn };

/** The first and last day the source may have been read. */
export function retrievedRange(p: Provenance): { from: string; to: string } {
  if ('accessed' in p) return { from: p.accessed, to: p.accessed };
  const [from, to = from] = p.retrieved.split('/') as [string, string?];
  return { from, to };
}

/** "Checked November 29, 2026." or "Read in a copy of the page saved between January 5 and February 27, 2026." */
export function provenanceText(p: Provenance): string {
  if ('accessed' in p) return `Checked ${formatDate(p.accessed)}.`;
  const { from, to } = retrievedRange(p);
  const when = from === to ? `on ${formatDate(from)}` : `between ${dayMonth(from, to)} and ${formatDate(to)}`;
  return p.readIn === 'saved copy' ? `Read in a copy of the page saved ${when}.` : `Read ${when}.`;
}

/** "January 5" when the year matches the end date's, else the full date. */
function dayMonth(from: string, to: string): string {
  const full = formatDate(from);
  return from.slice(0, 4) === to.slice(0, 4) ? full.replace(/, \d{4}$/, '') : full;
}

/** Only the provenance fields of a source, for types that carry a source along. */
export function provenanceOf(p: Provenance): Provenance {
  return 'accessed' in p ? { accessed: p.accessed } : { retrieved: p.retrieved, readIn: p.readIn };
}
