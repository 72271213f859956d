import { describe, expect, it } from 'vitest';
import { occupations, type Occupation } from '../content/occupations';
import { growthSeries, paySeries, referenceOccupationId } from './occupation-charts';

describe('the pay chart series', () => {
  const series = paySeries(occupations);

  it('shows every occupation in the data file that has a median, highest first within each group', () => {
    const withMedian = occupations.filter((o) => o.figures.medianPay !== undefined);
    expect(series.bars.map((b) => b.id).sort()).toEqual(withMedian.map((o) => o.id).sort());
    const laterIds = new Set(series.later.map((o) => o.id));
    const usual = series.bars.filter((b) => !b.reference && !laterIds.has(b.id)).map((b) => b.value);
    expect(usual).toEqual([...usual].sort((a, b) => b - a));
    expect(series.bars.at(-1)!.id).toBe(referenceOccupationId);
  });

  it("lists medical dosimetrists, who start from a bachelor's degree, after the associate's-degree jobs", () => {
    expect(series.usualEducation).toBe("Associate's degree");
    expect(series.later).toEqual([
      { id: 'medical-dosimetrists', name: 'Medical dosimetrists', entryEducation: "Bachelor's degree" },
    ]);
    const ids = series.bars.map((b) => b.id);
    expect(ids.indexOf('medical-dosimetrists')).toBe(ids.length - 2);
    expect(series.rows.map((r) => r.id)).toEqual(ids);
  });

  it('draws the 10th–90th percentile range exactly where the data file has both figures', () => {
    for (const bar of series.bars) {
      const o = occupations.find((x) => x.id === bar.id)!;
      if (o.figures.pay10 !== undefined && o.figures.pay90 !== undefined) {
        expect([bar.low, bar.high]).toEqual([o.figures.pay10, o.figures.pay90]);
      } else {
        expect(bar.low).toBeUndefined();
      }
    }
    expect(series.bars.filter((b) => b.low !== undefined).length).toBeGreaterThanOrEqual(6);
  });

  it('gives the table the same figures, with null where a figure is missing', () => {
    const row = series.rows.find((r) => r.id === 'diagnostic-medical-sonographers')!;
    expect(row.cells).toEqual(['$89,340', '$64,760', '$123,170']);
    expect(series.rows.find((r) => r.id === 'medical-dosimetrists')!.cells).toEqual(['$138,110', null, null]);
  });

  it('marks all US occupations as the reference bar', () => {
    expect(series.bars.filter((b) => b.reference).map((b) => b.id)).toEqual([referenceOccupationId]);
  });

  it('lists occupations left out for lack of a median', () => {
    const extra = { ...occupations[0]!, id: 'no-pay', figures: { jobs: 10 } } as Occupation;
    expect(paySeries([...occupations, extra]).missing.map((o) => o.id)).toEqual(['no-pay']);
  });
});

describe('the growth chart series', () => {
  const series = growthSeries(occupations);

  it('shows every occupation with a projected change, fastest first', () => {
    const withGrowth = occupations.filter((o) => o.figures.projectedChangePercent !== undefined);
    expect(series.bars).toHaveLength(withGrowth.length);
    expect(series.bars[0]!.value).toBe(Math.max(...withGrowth.map((o) => o.figures.projectedChangePercent!)));
  });

  it('formats the table the way the rest of the site does', () => {
    expect(series.rows.find((r) => r.id === 'diagnostic-medical-sonographers')!.cells).toEqual([
      '+13%',
      '+11,700 jobs',
      'much faster than average',
    ]);
  });
});
