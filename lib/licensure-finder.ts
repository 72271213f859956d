import { z } from 'zod';
import {
  findState,
  isModality,
  licensureFinderPath,
  modalities,
  stateFinderPath,
  type Modality,
  type StateRule,
} from './content/licensure';

const chooseState = 'Choose a state from the list.';

/** The finder form's query: a two-letter state code (any case) and an optional specialty. */
export const finderQuerySchema = z.object({
  state: z
    .string({ error: chooseState })
    .trim()
    .min(1, { error: chooseState, abort: true })
    .refine((code) => findState(code) !== undefined, {
      error: (issue) => `“${String(issue.input)}” is not a US state code. ${chooseState}`,
    })
    .transform((code) => code.toLowerCase()),
  specialty: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    // The form's "All specialties" sends "all"; an empty value means the same.
    .transform((value) => (value === '' || value === 'all' ? undefined : value))
    .refine((value) => value === undefined || isModality(value), {
      error: (issue) =>
        `“${String(issue.input)}” is not a specialty we cover. Choose one of: ${modalities.join(', ')}, or all.`,
    })
    .transform((value) => value as Modality | undefined),
});

/** A lowercase state code and, when the reader chose one, a specialty. */
export type FinderQuery = { state: string; specialty?: Modality };

export type FinderResult = { ok: true; query: FinderQuery; location: string } | { ok: false; problems: string[] };

/** Reads the finder's query string; on success gives the state page (and section) to go to. */
export function parseFinderQuery(params: URLSearchParams): FinderResult {
  const result = finderQuerySchema.safeParse({
    state: params.get('state') ?? undefined,
    specialty: params.get('specialty') ?? undefined,
  });
  if (!result.success) return { ok: false, problems: result.error.issues.map((i) => i.message) };
  return { ok: true, query: result.data, location: finderLocation(result.data) };
}

/** "/licensure-finder/nh#mri": the state page, landing on one specialty when one was chosen. */
export function finderLocation(query: FinderQuery): string {
  return `${stateFinderPath(query.state)}${query.specialty ? `#${query.specialty}` : ''}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small page in words for a reader whose choice we could not use, with a way back. */
function problemPage(problems: string[]): string {
  const items = problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>We could not look up that state</title></head><body><main><h1>We could not look up that state</h1><ul>${items}</ul><p><a href="${licensureFinderPath}">Go back to the licensure finder</a></p></main></body></html>`;
}

/** The finder form's target: 303 to the state page, or 400 with a readable page saying what was wrong. */
export function handleFinderRequest(url: string): Response {
  const result = parseFinderQuery(new URL(url).searchParams);
  if (!result.ok) {
    return new Response(problemPage(result.problems), {
      status: 400,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return new Response(null, { status: 303, headers: { Location: result.location, 'Cache-Control': 'no-store' } });
}

/**
 * A state's own findings, with specialties that share one finding (same status, source, note and
 * day checked) put together, so a state page says each thing once. Defaults are left out: they say
 * nothing about the state. Groups keep the data's modality order.
 */
export function stateFindingGroups(rules: StateRule[]): [StateRule, ...StateRule[]][] {
  const groups = new Map<string, [StateRule, ...StateRule[]]>();
  for (const rule of rules) {
    if (rule.isDefault) continue;
    const key = JSON.stringify([rule.status, rule.source.id, rule.note, rule.checked]);
    const group = groups.get(key);
    if (group) group.push(rule);
    else groups.set(key, [rule]);
  }
  return [...groups.values()];
}
