import type { z } from 'zod';

/** Parses a content/data file with its schema; throws naming the file and each bad field. */
export function parseDataFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  • ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file} is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}
