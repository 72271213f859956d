import { z } from 'zod';
import { parseDataFile } from './data-file';
import directoriesFile from '../../content/data/program-directories.json';
import { isoDateSchema } from './schema';

/**
 * One accreditor's (or ARRT's) official program search. Links only: the guide never copies a program list.
 * `stateFilter` is an address template with `{state}` (the two-letter code), set only where we saw the directory
 * accept a state in its address; null means readers pick the state on the directory's own page.
 */
export const programDirectorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  body: z.string().min(5),
  shortName: z.string().min(2),
  fields: z.string().min(5),
  linkText: z.string().min(5),
  url: z.url({ protocol: /^https$/ }),
  howToUse: z.string().min(10),
  stateFilter: z
    .string()
    .regex(/^https:\/\/\S*\{state\}\S*$/, 'a state filter is an https address containing {state}')
    .nullable(),
  /** What we saw that shows this is the body's own directory (kept for the next check). */
  evidence: z.string().min(10),
  accessed: isoDateSchema,
});
export type ProgramDirectory = z.infer<typeof programDirectorySchema>;

export const programDirectoriesFileSchema = z.strictObject({
  checked: isoDateSchema,
  directories: z
    .array(programDirectorySchema)
    .min(1)
    .refine((list) => new Set(list.map((d) => d.id)).size === list.length, { message: 'two directories share an id' }),
});
export type ProgramDirectoriesData = z.infer<typeof programDirectoriesFileSchema>;

export function parseProgramDirectories(
  data: unknown,
  file = 'content/data/program-directories.json',
): ProgramDirectoriesData {
  return parseDataFile(programDirectoriesFileSchema, data, file);
}

export const programDirectoriesData = parseProgramDirectories(directoriesFile);

/** The address to send a reader from one state: the state-filtered search where the directory has one. */
export function directoryLink(directory: ProgramDirectory, stateCode: string): { href: string; filtered: boolean } {
  if (directory.stateFilter) {
    return {
      href: directory.stateFilter.replace('{state}', encodeURIComponent(stateCode.toUpperCase())),
      filtered: true,
    };
  }
  return { href: directory.url, filtered: false };
}

/** Where "How to check a program" lives; linked from every state page. */
export const programChecklistPath = '/choosing-a-program#how-to-check-a-program';
