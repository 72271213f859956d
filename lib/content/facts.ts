import { z } from 'zod';
import { parseDataFile } from './data-file';
import factsFile from '../../content/data/facts.json';
import { sourceKindSchema, withProvenance } from './provenance';
import { isoDateSchema } from './schema';

/** Where a fact comes from. `edition` says which version of the page or document was read, `kind`
 *  whether it is the body's own word or a report of it, and the provenance when it was read. */
export const factSourceSchema = withProvenance({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: z.string().min(2),
  shortName: z.string().min(2),
  title: z.string().min(2),
  url: z.url({ protocol: /^https?$/ }),
  edition: z.string().min(2),
  kind: sourceKindSchema,
});
export type FactSource = z.infer<typeof factSourceSchema>;

const common = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  source: z.string(),
  label: z.string().min(5),
  qualifier: z.enum(['more than', 'less than', 'nearly', 'at most', 'about']).optional(),
  asOf: isoDateSchema.optional(),
};

/** One figure that is not an occupation statistic: a count, fee, limit or the date of a rule. */
export const factSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('count'), value: z.number().nonnegative(), unit: z.string().min(1) }),
  z.strictObject({ ...common, kind: z.literal('money'), value: z.number().nonnegative() }),
  z.strictObject({ ...common, kind: z.literal('percent'), value: z.number().min(0).max(100) }),
  z.strictObject({ ...common, kind: z.literal('dose'), value: z.number().positive(), unit: z.string().min(1) }),
  z.strictObject({ ...common, kind: z.literal('year'), value: z.number().int().min(1900).max(2100) }),
  z.strictObject({ ...common, kind: z.literal('date'), value: isoDateSchema }),
]);
export type Fact = z.infer<typeof factSchema>;

export const factsFileSchema = z
  .strictObject({ sources: z.array(factSourceSchema), facts: z.array(factSchema) })
  .superRefine((file, ctx) => {
    const sourceIds = new Set(file.sources.map((s) => s.id));
    const seen = new Set<string>();
    file.facts.forEach((fact, i) => {
      if (!sourceIds.has(fact.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['facts', i, 'source'],
          message: `unknown source "${fact.source}". Sources: ${[...sourceIds].join(', ')}`,
        });
      }
      if (seen.has(fact.id))
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `duplicate id "${fact.id}"` });
      seen.add(fact.id);
    });
  });

export type FactsData = { facts: Fact[]; sources: FactSource[] };

export function parseFacts(data: unknown, file = 'content/data/facts.json'): FactsData {
  return parseDataFile(factsFileSchema, data, file);
}

export const factsData: FactsData = parseFacts(factsFile);

function formatIsoDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatFact(fact: Fact): string {
  const prefix = fact.qualifier ? `${fact.qualifier} ` : '';
  switch (fact.kind) {
    case 'count':
      return `${prefix}${fact.value.toLocaleString('en-US')} ${fact.unit}`;
    case 'money':
      return `${prefix}$${fact.value.toLocaleString('en-US')}`;
    case 'percent':
      return `${prefix}${fact.value}%`;
    case 'dose':
      return `${prefix}${fact.value.toLocaleString('en-US')} ${fact.unit}`;
    case 'year':
      return String(fact.value);
    case 'date':
      return formatIsoDate(fact.value);
  }
}

export type ResolvedFact = { fact: Fact; source: FactSource; display: string; asOf?: string };

/** A fact ready to show. Throws listing the valid ids when the id is unknown. */
export function getFactFrom(data: FactsData, id: string): ResolvedFact {
  const fact = data.facts.find((f) => f.id === id);
  if (!fact) {
    throw new Error(`Unknown fact "${id}". Valid facts: ${data.facts.map((f) => f.id).join(', ')}`);
  }
  const source = data.sources.find((s) => s.id === fact.source);
  if (!source) throw new Error(`Fact "${id}" names unknown source "${fact.source}"`);
  return { fact, source, display: formatFact(fact), ...(fact.asOf ? { asOf: formatIsoDate(fact.asOf) } : {}) };
}

export function getFact(id: string): ResolvedFact {
  return getFactFrom(factsData, id);
}
