import { z } from 'zod';
import { parseDataFile } from './data-file';
import occupationsFile from '../../content/data/occupations.json';
import { readInSchema, retrievedSchema } from './provenance';

/** Where a set of figures comes from; every figure on the site carries one. */
export const dataSourceSchema = z.strictObject({
  publisher: z.string().min(1),
  shortName: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  edition: z.string().min(1),
  /** The day (or span of days) the figures were read in the source: not the day they were copied
   *  here. Replaces the old `accessed`. */
  retrieved: retrievedSchema,
  /** "source" (the live page) or "saved copy" (a copy of the page saved on the retrieved date). */
  readIn: readInSchema,
  wagePeriod: z.string().min(1),
  employmentYear: z.string().regex(/^\d{4}$/),
  projectionPeriod: z.string().regex(/^\d{4}–\d{2}$/),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

const money = z.number().positive();
const count = z.number().int().nonnegative();

export const occupationFiguresSchema = z.strictObject({
  medianPay: money.optional(),
  medianHourly: money.optional(),
  pay10: money.optional(),
  pay90: money.optional(),
  jobs: count.optional(),
  projectedJobs: count.optional(),
  projectedChangePercent: z.number().int().optional(),
  projectedChange: z.number().int().optional(),
  outlook: z
    .enum([
      'Little or no change',
      'Slower than average',
      'As fast as average',
      'Faster than average',
      'Much faster than average',
      'Decline',
    ])
    .optional(),
  openingsPerYear: count.optional(),
  entryEducation: z.string().min(1).optional(),
  workExperience: z.string().min(1).optional(),
});
export type OccupationFigures = z.infer<typeof occupationFiguresSchema>;
export type FigureId = keyof OccupationFigures;

const industryShareSchema = z.strictObject({
  industry: z.string().min(1),
  percent: z.number().int().min(0).max(100),
});
const industryPaySchema = z.strictObject({ industry: z.string().min(1), medianPay: money });

export const occupationSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    soc: z
      .string()
      .regex(/^\d{2}-\d{4}$/)
      .nullable(),
    source: dataSourceSchema,
    figures: occupationFiguresSchema,
    workplaces: z.array(industryShareSchema).optional(),
    payByIndustry: z.array(industryPaySchema).optional(),
  })
  .refine((o) => (o.workplaces ?? []).reduce((sum, w) => sum + w.percent, 0) <= 100, {
    message: 'workplace shares add up to more than 100 percent',
    path: ['workplaces'],
  })
  .refine((o) => o.figures.pay10 === undefined || o.figures.pay90 === undefined || o.figures.pay10 < o.figures.pay90, {
    message: 'pay10 must be below pay90',
    path: ['figures', 'pay10'],
  });
export type Occupation = z.infer<typeof occupationSchema>;

export const occupationsFileSchema = z.strictObject({
  occupations: z.array(occupationSchema).refine((list) => new Set(list.map((o) => o.id)).size === list.length, {
    message: 'two occupations share an id',
  }),
});

type Period = 'wage' | 'employment' | 'projection' | 'edition';

/** How each figure is labelled, formatted and dated. */
export const figureInfo: Record<FigureId, { label: string; period: Period; format: (v: number | string) => string }> = {
  medianPay: { label: 'Median pay', period: 'wage', format: (v) => `${usd(v)} a year` },
  medianHourly: { label: 'Median hourly pay', period: 'wage', format: (v) => `${usd(v, 2)} an hour` },
  pay10: { label: 'Lowest 10 percent earned less than', period: 'wage', format: (v) => usd(v) },
  pay90: { label: 'Highest 10 percent earned more than', period: 'wage', format: (v) => usd(v) },
  jobs: { label: 'Number of jobs', period: 'employment', format: (v) => num(v) },
  projectedJobs: { label: 'Jobs projected at the end of the period', period: 'projection', format: (v) => num(v) },
  projectedChangePercent: { label: 'Projected job growth', period: 'projection', format: (v) => `${signed(v)}%` },
  projectedChange: { label: 'Projected change in jobs', period: 'projection', format: (v) => `${signed(v)} jobs` },
  outlook: { label: 'Growth compared with all jobs', period: 'projection', format: (v) => String(v).toLowerCase() },
  openingsPerYear: { label: 'Openings each year, on average', period: 'projection', format: (v) => num(v) },
  entryEducation: { label: 'Typical education to enter', period: 'edition', format: (v) => String(v) },
  workExperience: { label: 'Work experience usually needed', period: 'edition', format: (v) => String(v) },
};

function usd(v: number | string, digits = 0): string {
  return Number(v).toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
function num(v: number | string): string {
  return Number(v).toLocaleString('en-US');
}
function signed(v: number | string): string {
  const n = Number(v);
  return n > 0 ? `+${num(n)}` : num(n);
}

/** Parses the occupations data file; throws with the file name and the field path. */
export function parseOccupations(data: unknown, file = 'content/data/occupations.json'): Occupation[] {
  return parseDataFile(occupationsFileSchema, data, file).occupations;
}

export const occupations: Occupation[] = parseOccupations(occupationsFile);
export const occupationIds = occupations.map((o) => o.id);
export const figureIds = Object.keys(figureInfo) as FigureId[];

export function getOccupationFrom(list: Occupation[], id: string): Occupation {
  const occupation = list.find((o) => o.id === id);
  if (!occupation) {
    throw new Error(`Unknown occupation "${id}". Valid occupations: ${list.map((o) => o.id).join(', ')}`);
  }
  return occupation;
}

export function getOccupation(id: string): Occupation {
  return getOccupationFrom(occupations, id);
}

export type ResolvedFigure = {
  occupation: Occupation;
  field: FigureId;
  label: string;
  value: number | string;
  display: string;
  /** The year or period the figure describes, e.g. "May 2024" or "2024–34". */
  period: string;
};

function periodOf(source: DataSource, period: Period): string {
  switch (period) {
    case 'wage':
      return source.wagePeriod;
    case 'employment':
      return source.employmentYear;
    case 'projection':
      return source.projectionPeriod;
    case 'edition':
      return source.projectionPeriod;
  }
}

/** One figure, formatted and dated. Throws listing the valid ids when the occupation or field is unknown. */
export function getFigureFrom(list: Occupation[], occupationId: string, field: string): ResolvedFigure {
  const occupation = getOccupationFrom(list, occupationId);
  if (!(field in figureInfo)) {
    throw new Error(`Unknown figure "${field}". Valid figures: ${figureIds.join(', ')}`);
  }
  const id = field as FigureId;
  const value = occupation.figures[id];
  if (value === undefined) {
    const published = figureIds.filter((f) => occupation.figures[f] !== undefined);
    throw new Error(
      `Occupation "${occupationId}" has no "${field}" figure in content/data/occupations.json. ` +
        `Figures it has: ${published.join(', ')}`,
    );
  }
  const info = figureInfo[id];
  return {
    occupation,
    field: id,
    label: info.label,
    value,
    display: info.format(value),
    period: periodOf(occupation.source, info.period),
  };
}

export function getFigure(occupationId: string, field: string): ResolvedFigure {
  return getFigureFrom(occupations, occupationId, field);
}

export type KeyFactRow = { id: string; label: string; period?: string; value: string; note?: string };

/** The rows of an occupation's quick-facts box, combining related figures so the box stays short. */
export function getKeyFactRows(occupationId: string): KeyFactRow[] {
  const o = getOccupation(occupationId);
  const f = o.figures;
  const fig = (field: FigureId) => getFigure(occupationId, field);
  const rows: KeyFactRow[] = [];
  if (f.medianPay !== undefined) {
    const pay = fig('medianPay');
    const hourly = f.medianHourly !== undefined ? ` (${fig('medianHourly').display})` : '';
    rows.push({ id: 'medianPay', label: 'Median pay', period: pay.period, value: `${pay.display}${hourly}` });
  }
  if (f.pay10 !== undefined && f.pay90 !== undefined) {
    const low = fig('pay10');
    rows.push({
      id: 'payRange',
      label: 'Pay range',
      period: low.period,
      value: `${low.display} to ${fig('pay90').display}`,
      note: 'The lowest 10 percent earned less than the first figure; the highest 10 percent, more than the second.',
    });
  }
  if (f.jobs !== undefined) {
    const jobs = fig('jobs');
    rows.push({ id: 'jobs', label: 'Jobs', period: jobs.period, value: jobs.display });
  }
  if (f.projectedChangePercent !== undefined) {
    const growth = fig('projectedChangePercent');
    const parts = [growth.display];
    if (f.outlook !== undefined) parts.push(fig('outlook').display);
    const change = f.projectedChange !== undefined ? ` (${fig('projectedChange').display})` : '';
    rows.push({
      id: 'growth',
      label: 'Projected job growth',
      period: growth.period,
      value: `${parts.join(', ')}${change}`,
    });
  }
  if (f.openingsPerYear !== undefined) {
    const openings = fig('openingsPerYear');
    rows.push({
      id: 'openings',
      label: 'Openings a year, on average',
      period: openings.period,
      value: openings.display,
    });
  }
  if (f.entryEducation !== undefined) {
    rows.push({ id: 'entryEducation', label: 'Typical education to enter', value: fig('entryEducation').display });
  }
  if (f.workExperience !== undefined) {
    rows.push({ id: 'workExperience', label: 'Work experience usually needed', value: fig('workExperience').display });
  }
  return rows;
}

/** The editions the occupation figures come from, once each (normally one: the current OOH edition). */
export function occupationEditions(list: Occupation[] = occupations): DataSource[] {
  const seen = new Map<string, DataSource>();
  for (const o of list) {
    const key = [
      o.source.publisher,
      o.source.edition,
      o.source.wagePeriod,
      o.source.projectionPeriod,
      o.source.retrieved,
    ].join('|');
    if (!seen.has(key)) seen.set(key, o.source);
  }
  return [...seen.values()];
}
