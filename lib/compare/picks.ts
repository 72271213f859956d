// The "pick two or three to compare" choice, read from the /compare address (?pick=mri&pick=ct).
// Plain data and zod only, so the proxy and the browser tests can use it.
import { z } from 'zod';
import { specialties, specialtyInfo, type Specialty } from '../content/taxonomy';

export const minPicks = 2;
export const maxPicks = 3;
/** The query key, once per pick: a GET form of checkboxes writes exactly this. */
export const pickParam = 'pick';
// Bound the work a hostile address can cause before zod sees it.
const maxRawPicks = 20;
const maxPickLength = 40;

const numberWords = ['zero', 'one', 'two', 'three'];
const words = (n: number) => numberWords[n] ?? String(n);

export const picksSchema = z
  .array(z.string())
  .superRefine((raw, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (raw.length > maxRawPicks || raw.length > maxPicks) {
      fail(`Pick at most ${words(maxPicks)} specialties. The address asked for ${raw.length}.`);
      return;
    }
    const unknown = raw.filter((p) => !(specialties as readonly string[]).includes(p));
    if (unknown.length > 0) {
      const shown = unknown.map((p) => `“${p.length > maxPickLength ? `${p.slice(0, maxPickLength)}…` : p}”`);
      fail(`${shown.join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} not on our list of specialties.`);
      return;
    }
    const twice = raw.filter((p, i) => raw.indexOf(p) !== i);
    if (twice.length > 0) {
      fail(`${specialtyInfo[twice[0] as Specialty].name} is picked twice. Pick each specialty once.`);
      return;
    }
    if (raw.length < minPicks) {
      fail(`Pick at least ${words(minPicks)} specialties to see them side by side.`);
    }
  })
  .transform((raw) => raw as Specialty[]);

export type PicksResult = { ok: true; picks: Specialty[] } | { ok: false; message: string; raw: string[] };

/** Reads the picks from a query value as Next gives it (absent, one string, or several). */
export function parsePicks(value: string | string[] | undefined): PicksResult {
  const raw = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const result = picksSchema.safeParse(raw);
  if (result.success) return { ok: true, picks: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'These picks cannot be compared.', raw };
}

/** The shareable address for a set of picks, in the order given. */
export function comparePath(picks: readonly Specialty[]): string {
  if (picks.length === 0) return '/compare';
  return `/compare?${picks.map((p) => `${pickParam}=${encodeURIComponent(p)}`).join('&')}`;
}
