import { z } from 'zod';
import changelogFile from '../../content/data/changelog.json';
import { parseDataFile } from './data-file';
import { isoDateSchema } from './schema';

const entrySchema = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/),
  date: isoDateSchema,
  title: z.string().min(5).max(80),
  // What changed, in words a reader understands.
  summary: z.string().min(20),
  // Why it changed ("updated pay figures to the new edition", "clarified after reader feedback").
  reason: z.string().min(5),
  // Paths the change touched, or "*" for every article.
  pages: z.array(z.string().regex(/^(\*|\/[a-z0-9-]*)$/)).min(1),
});
export type ChangeEntry = z.infer<typeof entrySchema>;

const changelogFileSchema = z.strictObject({
  entries: z
    .array(entrySchema)
    .refine((list) => new Set(list.map((e) => e.id)).size === list.length, 'two entries share an id'),
});

export function parseChangelog(data: unknown, file = 'content/data/changelog.json'): ChangeEntry[] {
  return [...parseDataFile(changelogFileSchema, data, file).entries].sort(
    (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
  );
}

/** Newest first. */
export const changelog: ChangeEntry[] = parseChangelog(changelogFile);

/** The entries that touched a page, newest first. */
export function changesFor(path: string): ChangeEntry[] {
  return changelog.filter((e) => e.pages.includes('*') || e.pages.includes(path));
}
