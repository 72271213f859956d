import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * The readable prose of an MDX body: no headings, tables, code or component tags. A data
 * component becomes "the figure" so a sentence keeps its length. Each paragraph and list item
 * counts as at least one sentence.
 */
export function proseOf(raw: string): string {
  const units: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    const text = current.join(' ').trim();
    if (text) units.push(/[.!?]["')\]]?$/.test(text) ? text : `${text}.`);
    current = [];
  };
  for (const rawLine of raw.split('\n')) {
    const line = rawLine.trim();
    if (/^(```|~~~)/.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    if (line === '' || /^#{1,6}\s/.test(line) || line.startsWith('|') || /^(import|export)\s/.test(line)) {
      flush();
      continue;
    }
    const listItem = /^([-*+]|\d+\.)\s+/.test(line);
    if (listItem) flush();
    current.push(line.replace(/^([-*+]|\d+\.)\s+/, ''));
  }
  flush();
  return units
    .join(' ')
    .replace(
      /<(Stat|Fact|Workplaces|KeyFacts|Credentials|PostprimaryRoutes|LicensureTable|PaySpread|PayLinks)\b[^>]*\/>/g,
      'the figure',
    )
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/([A-Za-z])\.(?=[A-Za-z])/g, '$1')
    .replace(/\b(e\.g|i\.e|etc|vs|No)\./g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export type Readability = { grade: number; sentences: number; words: number; syllables: number };

/** Flesch-Kincaid grade level of an MDX body's prose. */
export function readability(raw: string): Readability {
  const text = proseOf(raw);
  const sentences = Math.max(1, text.split(/[.!?]+(?:["')\]])?(?:\s+|$)/).filter((s) => /\w/.test(s)).length);
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences, words: words.length, syllables };
}
