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

function byValue(a: BarDatum, b: BarDatum) {
  return b.value - a.value;
}

/** Median pay with the 10th–90th percentile range, for every occupation that has a median. */
export function paySeries(occupations: Occupation[]): ChartSeries {
  const shown = occupations.filter((o) => o.figures.medianPay !== undefined);
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
    .sort(byValue);
  const format = (v: number | undefined) => (v === undefined ? null : figureInfo.pay10.format(v));
  const rows = bars.map((b) => {
    const o = shown.find((x) => x.id === b.id)!;
    return {
      id: o.id,
      name: o.name,
      cells: [format(o.figures.medianPay), format(o.figures.pay10), format(o.figures.pay90)],
    };
  });
  return { bars, rows, missing: occupations.filter((o) => o.figures.medianPay === undefined) };
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
