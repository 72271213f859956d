import type { GlossaryTerm } from './glossary';

export type GlossaryLetter = { letter: string; terms: GlossaryTerm[] };

/** Terms grouped by the capital letter they start with (digits and symbols under "#"), in A–Z order. */
export function glossaryByLetter(terms: GlossaryTerm[]): GlossaryLetter[] {
  const groups = new Map<string, GlossaryTerm[]>();
  for (const term of terms) {
    const first = term.term.normalize('NFD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, terms: list }));
}
