// When and how a figure was read in its source. A date shown to readers is the day someone read
// the figure in the source itself (or in a copy saved that day), never the day it was copied here.
import { z } from 'zod';
import { formatDate } from '../site';
import { readIns, sourceKinds } from './source-terms';

export { readIns, sourceKinds } from './source-terms';

/** Where the figures were read: the live page, or a saved copy of it (made on the retrieved date). */
export const readInSchema = z.enum(readIns);
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

/** A source says either `accessed` (the day someone read the live page) or `retrieved` and `readIn`
 *  (when its figures were read in a saved copy, e.g. the BLS pages saved in early 2026). */
export type Provenance = { accessed: string } | { retrieved: string; readIn: ReadIn };

/** The body's own word, an unofficial copy of a law, or a report of another source. */
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** The provenance fields as a source object carries them, before they are checked to be one form. */
export type ProvenanceFields = { accessed?: string; retrieved?: string; readIn?: ReadIn };

/** What is wrong with a source's provenance fields, each naming the field to fix. */
export function provenanceIssues(p: ProvenanceFields): { field: keyof ProvenanceFields; message: string }[] {
  const hasRetrieved = p.retrieved !== undefined;
  const hasReadIn = p.readIn !== undefined;
  if (p.accessed !== undefined) {
    return hasRetrieved || hasReadIn
      ? [{ field: 'accessed', message: 'give either accessed or retrieved + readIn, not both' }]
      : [];
  }
  if (!hasRetrieved && !hasReadIn) {
    return [
      {
        field: 'retrieved',
        message: 'missing: give retrieved (the day the source was read) and readIn, or accessed',
      },
    ];
  }
  if (!hasReadIn) {
    return [{ field: 'readIn', message: 'missing: say where the figures were read, "source" or "saved copy"' }];
  }
  if (!hasRetrieved) {
    return [{ field: 'retrieved', message: 'missing: give the day (or span of days) the source was read' }];
  }
  return [];
}

/** The checked fields as one Provenance form; call only after provenanceIssues found nothing. */
export function toProvenance(p: ProvenanceFields): Provenance {
  return p.accessed !== undefined ? { accessed: p.accessed } : { retrieved: p.retrieved!, readIn: p.readIn! };
}

/**
 * A strict source object with the given fields plus provenance: `accessed`, or `retrieved` and
 * `readIn`. A missing or mixed form fails naming the field; the parsed value has one form only.
 * `dates` replaces the date schemas (front matter gives `accessed` as an ISO date-time).
 */
export function withProvenance<Shape extends z.ZodRawShape>(
  shape: Shape,
  dates: { accessed: z.ZodType<string>; retrieved: z.ZodType<string> } = {
    accessed: z.iso.date(),
    retrieved: retrievedSchema,
  },
) {
  return z
    .strictObject({
      ...shape,
      accessed: dates.accessed.optional(),
      retrieved: dates.retrieved.optional(),
      readIn: readInSchema.optional(),
    })
    .superRefine((value, ctx) => {
      // The generic shape hides the three provenance keys from the compiler; they are declared above.
      for (const issue of provenanceIssues(value as ProvenanceFields))
        ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    })
    .transform((value) => {
      const { accessed, retrieved, readIn, ...rest } = value as ProvenanceFields & Record<string, unknown>;
      return { ...rest, ...toProvenance({ accessed, retrieved, readIn }) } as Omit<
        z.output<z.ZodObject<Shape>>,
        keyof ProvenanceFields
      > &
        Provenance;
    });
}

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
