import { z } from 'zod';
import { parseDataFile } from './data-file';
import licensureFile from '../../content/data/licensure.json';
import { sourceKindSchema } from './provenance';
import { isoDateSchema } from './schema';

export const modalities = ['radiography', 'sonography', 'mri', 'nuclear-medicine', 'radiation-therapy'] as const;
export type Modality = (typeof modalities)[number];
/**
 * What we could confirm for one state and specialty.
 * - licensed: a state law or rule requires a state license, certificate or permit (ASRT counts all three as licensure).
 * - not-on-list: the state is missing from a named source's list of licensing states. That is all it means: we found
 *   no law there, not that no law exists.
 * - regulated-other: the state has rules for these workers that are not a license (standards or equipment rules).
 * - unknown: we could not confirm the rule from a primary source.
 */
export const licensureStatuses = ['licensed', 'not-on-list', 'regulated-other', 'unknown'] as const;
export type LicensureStatus = (typeof licensureStatuses)[number];

/** Each status in plain words, as readers see it. */
export const statusLabel: Record<LicensureStatus, string> = {
  licensed: 'License required',
  'not-on-list': 'Not on the source’s list of licensing states',
  'regulated-other': 'Other rules (not a license)',
  unknown: 'Not confirmed',
};

/** A finding we could confirm: anything but "unknown". */
export function isConfirmed(status: LicensureStatus): boolean {
  return status !== 'unknown';
}

/** How pages name each modality: as a specialty, and as the people who work in it. */
export const modalityInfo: Record<Modality, { name: string; workers: string }> = {
  radiography: { name: 'Radiography (X-ray)', workers: 'radiographers' },
  sonography: { name: 'Sonography (ultrasound)', workers: 'sonographers' },
  mri: { name: 'MRI', workers: 'MRI technologists' },
  'nuclear-medicine': { name: 'Nuclear medicine', workers: 'nuclear medicine technologists' },
  'radiation-therapy': { name: 'Radiation therapy', workers: 'radiation therapists' },
};

const sourceSchema = z.strictObject({
  id: z.string(),
  publisher: z.string(),
  shortName: z.string(),
  title: z.string(),
  url: z.url({ protocol: /^https?$/ }),
  kind: sourceKindSchema,
  edition: z.string(),
  accessed: isoDateSchema,
});
const ruleBody = {
  status: z.enum(licensureStatuses),
  source: z.string(),
  note: z.string().min(10),
  /** The day someone read this finding in its source. */
  checked: isoDateSchema,
};
/**
 * Whom to ask in a state: its board or radiation control program, linked when we found its own page.
 * `checked` is the day someone read that page (entries added before the field existed have none).
 */
const agencySchema = z
  .strictObject({
    name: z.string().min(3),
    url: z.url({ protocol: /^https?$/ }).optional(),
    checked: isoDateSchema.optional(),
  })
  .refine((a) => a.checked === undefined || a.url !== undefined, {
    message: 'an agency "checked" date needs the "url" that was checked',
  });

export const licensureFileSchema = z
  .strictObject({
    checked: isoDateSchema,
    sources: z.array(sourceSchema),
    modalities: z.array(z.enum(modalities)),
    states: z
      .array(
        z.strictObject({ code: z.string().regex(/^[A-Z]{2}$/), name: z.string(), agency: agencySchema.optional() }),
      )
      .length(51),
    defaults: z.record(z.enum(modalities), z.strictObject(ruleBody)),
    rules: z.array(z.strictObject({ state: z.string(), modality: z.enum(modalities), ...ruleBody })),
  })
  .superRefine((file, ctx) => {
    const sources = new Set(file.sources.map((s) => s.id));
    const states = new Set(file.states.map((s) => s.code));
    const seen = new Set<string>();
    file.rules.forEach((r, i) => {
      if (!states.has(r.state))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'state'], message: `unknown state "${r.state}"` });
      if (!sources.has(r.source))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'source'], message: `unknown source "${r.source}"` });
      const key = `${r.state}/${r.modality}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rules', i], message: `duplicate rule for ${key}` });
      seen.add(key);
      const source = file.sources.find((s) => s.id === r.source);
      // A confirmed finding needs a primary source or the law's own text; a report alone is not enough.
      if (source?.kind === 'secondary' && isConfirmed(r.status)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'source'],
          message: `${key} is confirmed on a secondary source ("${r.source}") alone`,
        });
      }
    });
    for (const [modality, rule] of Object.entries(file.defaults)) {
      if (!sources.has(rule.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['defaults', modality, 'source'],
          message: `unknown source "${rule.source}"`,
        });
      }
    }
  });

export type LicensureData = z.infer<typeof licensureFileSchema>;

export function parseLicensure(data: unknown, file = 'content/data/licensure.json'): LicensureData {
  return parseDataFile(licensureFileSchema, data, file);
}

export const licensureData = parseLicensure(licensureFile);

export type StateRule = {
  state: LicensureData['states'][number];
  modality: Modality;
  status: LicensureStatus;
  note: string;
  source: LicensureData['sources'][number];
  /** The day someone read this finding in its source. */
  checked: string;
  /** True when no state-specific finding exists and the modality's default applies. */
  isDefault: boolean;
};

export function isModality(value: string): value is Modality {
  return (modalities as readonly string[]).includes(value);
}

/** What we know about one state and modality: a specific finding, or the modality's default. */
export function getStateRule(stateCode: string, modality: Modality): StateRule {
  const state = licensureData.states.find((s) => s.code === stateCode);
  if (!state) throw new Error(`Unknown state "${stateCode}"`);
  const specific = licensureData.rules.find((r) => r.state === stateCode && r.modality === modality);
  const rule = specific ?? licensureData.defaults[modality];
  if (!rule) throw new Error(`No licensure default for "${modality}"`);
  const source = licensureData.sources.find((s) => s.id === rule.source)!;
  return {
    state,
    modality,
    status: rule.status,
    note: rule.note,
    source,
    checked: rule.checked,
    isDefault: !specific,
  };
}

/** How many state-and-specialty cells hold a confirmed, state-specific finding, out of how many. */
export function confirmedCellCount(): { confirmed: number; total: number } {
  const confirmed = licensureData.rules.filter((r) => isConfirmed(r.status)).length;
  return { confirmed, total: licensureData.states.length * modalities.length };
}

/** Every state's rule for a modality. */
export function getModalityRules(modality: Modality): StateRule[] {
  return licensureData.states.map((s) => getStateRule(s.code, modality));
}

export type UsState = LicensureData['states'][number];

/** The state with this two-letter code, in either case; undefined when there is none. */
export function findState(code: string): UsState | undefined {
  const upper = code.toUpperCase();
  return licensureData.states.find((s) => s.code === upper);
}

/** Everything we know about one state: one rule per modality, in the data's modality order. */
export function getStateRules(stateCode: string): StateRule[] {
  return modalities.map((m) => getStateRule(stateCode.toUpperCase(), m));
}

/** The licensure finder and its one page per state (lowercase codes, so addresses are easy to type). */
export const licensureFinderPath = '/licensure-finder';

/** The title and description of a state's page, shared by the page and the search index. */
export function statePageTitle(state: UsState): string {
  return `Imaging licenses in ${state.name}`;
}
export function statePageDescription(state: UsState): string {
  return `Does ${state.name} license X-ray, ultrasound, MRI, nuclear medicine or radiation therapy work? What we could confirm, with sources, and whom to ask.`;
}

export function stateFinderPath(stateCode: string): string {
  return `${licensureFinderPath}/${stateCode.toLowerCase()}`;
}

/** The finder and every state page, for the sitemap and the list of published addresses. */
export function licensureFinderPaths(): string[] {
  return [licensureFinderPath, ...licensureData.states.map((s) => stateFinderPath(s.code))];
}
