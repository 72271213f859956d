import { z } from 'zod';
import { parseDataFile } from './data-file';
import glossaryFile from '../../content/data/glossary.json';

const termSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(2),
  definition: z.string().min(20).max(400),
});

export const glossaryFileSchema = z.strictObject({
  terms: z.array(termSchema).refine((terms) => new Set(terms.map((t) => t.id)).size === terms.length, {
    message: 'two terms share an id',
  }),
});
export type GlossaryTerm = z.infer<typeof termSchema>;

export function parseGlossary(data: unknown, file = 'content/data/glossary.json'): GlossaryTerm[] {
  return [...parseDataFile(glossaryFileSchema, data, file).terms].sort((a, b) => a.term.localeCompare(b.term));
}

export const glossary: GlossaryTerm[] = parseGlossary(glossaryFile);
