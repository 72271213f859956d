// Chart series built from content/data/occupations.json: which occupations each chart shows, in what order.
import { figureInfo, type Occupation } from '../content/occupations';
import type { BarDatum } from './bars';

/** The comparison row every chart shows outlined: all US occupations. */
export const referenceOccupationId = 'all-occupations';

export type ChartRow = { id: string; name: string; cells: (string | null)[] };

export type ChartSeries = {
  bars: BarDatum[];
  /** The same figures as table rows; null where the data file has no figure. */
  rows: ChartRow[];
  /** Occupations left out because the data file has no figure for this chart. */
  missing: Occupation[];
};

/** The pay chart also says which occupations it lists last, and why. */
export type PaySeries = ChartSeries & {
  /** The typical entry-level education most occupations shown share (BLS's wording). */
  usualEducation?: string;
  /** Occupations whose typical entry-level education differs from that: listed after the others. */
  later: { id: string; name: string; entryEducation: string }[];
};

/** The entry-level education most of these occupations share, or undefined when none is given. */
function mostCommonEducation(list: Occupation[]): string | undefined {
  const counts = new Map<string, number>();
  for (const o of list) {
    const e = o.figures.entryEducation;
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function byValue(a: BarDatum, b: BarDatum) {
  return b.value - a.value;
}

/**
 * Median pay with the 10th–90th percentile range, for every occupation that has a median, highest
 * first; but an occupation that starts from a different level of school (medical dosimetrists:
 * a bachelor's degree) comes after the others, so the chart does not open with a later career
 * step, and all US occupations come last.
 */
export function paySeries(occupations: Occupation[]): PaySeries {
  const shown = occupations.filter((o) => o.figures.medianPay !== undefined);
  const usualEducation = mostCommonEducation(shown.filter((o) => o.id !== referenceOccupationId));
  const isLater = (o: Occupation) =>
    o.id !== referenceOccupationId &&
    usualEducation !== undefined &&
    o.figures.entryEducation !== undefined &&
    o.figures.entryEducation !== usualEducation;
  const group = (o: Occupation) => (o.id === referenceOccupationId ? 2 : isLater(o) ? 1 : 0);
  const groupOf = new Map(shown.map((o) => [o.id, group(o)]));
  const bars = shown
    .map((o): BarDatum => {
      const { medianPay, pay10, pay90 } = o.figures;
      return {
        id: o.id,
        label: o.name,
        value: medianPay!,
        ...(pay10 !== undefined && pay90 !== undefined ? { low: pay10, high: pay90 } : {}),
        reference: o.id === referenceOccupationId,
      };
    })
    .sort((a, b) => groupOf.get(a.id)! - groupOf.get(b.id)! || byValue(a, b));
  const format = (v: number | undefined) => (v === undefined ? null : figureInfo.pay10.format(v));
  const rows = bars.map((b) => {
    const o = shown.find((x) => x.id === b.id)!;
    return {
      id: o.id,
      name: o.name,
      cells: [format(o.figures.medianPay), format(o.figures.pay10), format(o.figures.pay90)],
    };
  });
  const later = bars
    .map((b) => shown.find((o) => o.id === b.id)!)
    .filter(isLater)
    .map((o) => ({ id: o.id, name: o.name, entryEducation: o.figures.entryEducation! }));
  return { bars, rows, missing: occupations.filter((o) => o.figures.medianPay === undefined), usualEducation, later };
}

/** Projected change in jobs over the projection period, for every occupation that has it. */
export function growthSeries(occupations: Occupation[]): ChartSeries {
  const shown = occupations.filter((o) => o.figures.projectedChangePercent !== undefined);
  const bars = shown
    .map(
      (o): BarDatum => ({
        id: o.id,
        label: o.name,
        value: o.figures.projectedChangePercent!,
        reference: o.id === referenceOccupationId,
      }),
    )
    .sort(byValue);
  const rows = bars.map((b) => {
    const o = shown.find((x) => x.id === b.id)!;
    const { projectedChangePercent, projectedChange, outlook } = o.figures;
    return {
      id: o.id,
      name: o.name,
      cells: [
        figureInfo.projectedChangePercent.format(projectedChangePercent!),
        projectedChange === undefined ? null : figureInfo.projectedChange.format(projectedChange),
        outlook === undefined ? null : figureInfo.outlook.format(outlook),
      ],
    };
  });
  return { bars, rows, missing: occupations.filter((o) => o.figures.projectedChangePercent === undefined) };
}
