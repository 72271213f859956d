import { describe, expect, it } from 'vitest';
import occupationsFile from '../../content/data/occupations.json';
import { getFigure, getKeyFactRows, occupationEditions, occupations, parseOccupations } from './occupations';

describe('occupation data', () => {
  it('parses the checked-in data file', () => {
    expect(occupations.length).toBeGreaterThanOrEqual(8);
  });

  it('gives every occupation a source with an edition and a retrieval date', () => {
    for (const o of occupations) {
      expect(o.source.url).toMatch(/^https:\/\//);
      expect(o.source.edition).not.toHaveLength(0);
      expect(o.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/);
    }
  });

  it('dates the BLS figures by the days the saved copy of bls.gov was made, not the day they were copied', () => {
    for (const o of occupations) {
      expect(o.source.readIn).toBe('saved copy');
      expect(o.source.retrieved).toBe('2026-01-05/2026-02-27');
    }
  });

  it('gives every single occupation its SOC code', () => {
    const missing = occupations.filter((o) => o.soc === null).map((o) => o.id);
    // The combined profile covers two codes (29-2034 and 29-2035), so it has none of its own.
    expect(missing).toEqual(['radiologic-and-mri-technologists']);
  });

  it('rejects the old "accessed" field, so a date cannot be copied over unread', () => {
    const bad = structuredClone(occupationsFile) as { occupations: { source: Record<string, unknown> }[] };
    bad.occupations[0]!.source.accessed = '2026-11-29';
    expect(() => parseOccupations(bad)).toThrow(/accessed/);
  });

  it('rejects a data file with a misspelled field, naming the file and the path', () => {
    const bad = structuredClone(occupationsFile) as { occupations: Record<string, unknown>[] };
    const first = bad.occupations[0] as { figures: Record<string, unknown> };
    first.figures.medianPayy = 1;
    expect(() => parseOccupations(bad, 'content/data/occupations.json')).toThrow(
      /content\/data\/occupations\.json is invalid:\n.*occupations\.0\.figures/,
    );
  });

  it('rejects a figure without its source', () => {
    const bad = structuredClone(occupationsFile) as { occupations: Record<string, unknown>[] };
    delete (bad.occupations[1] as { source?: unknown }).source;
    expect(() => parseOccupations(bad)).toThrow(/occupations\.1\.source/);
  });
});

describe('getFigure', () => {
  it('formats a median wage with its period', () => {
    const figure = getFigure('diagnostic-medical-sonographers', 'medianPay');
    expect(figure.display).toBe('$89,340 a year');
    expect(figure.period).toBe('May 2024');
  });

  it('dates projections with the projection period', () => {
    expect(getFigure('diagnostic-medical-sonographers', 'projectedChangePercent')).toMatchObject({
      display: '+13%',
      period: '2024–34',
    });
  });

  it('lists the valid occupations when the id is unknown', () => {
    expect(() => getFigure('xray-tech', 'medianPay')).toThrow(
      /Unknown occupation "xray-tech"\. Valid occupations: .*radiologic-technologists/,
    );
  });

  it('lists the valid figures when the field is unknown', () => {
    expect(() => getFigure('radiologic-technologists', 'salary')).toThrow(
      /Unknown figure "salary"\. Valid figures: medianPay, /,
    );
  });

  it('says which figures exist when the occupation does not publish the one asked for', () => {
    expect(() => getFigure('medical-dosimetrists', 'pay10')).toThrow(
      /has no "pay10" figure.*Figures it has: medianPay/,
    );
  });
});

describe('getKeyFactRows', () => {
  it('combines the pay range into one row', () => {
    const rows = getKeyFactRows('radiologic-technologists');
    expect(rows.find((r) => r.id === 'payRange')?.value).toBe('$52,360 to $106,990');
  });

  it('leaves out rows the occupation does not publish', () => {
    const ids = getKeyFactRows('medical-dosimetrists').map((r) => r.id);
    expect(ids).not.toContain('payRange');
    expect(ids).toContain('medianPay');
  });
});

describe('occupationEditions', () => {
  it('lists each edition of the figures once', () => {
    const editions = occupationEditions();
    expect(editions).toHaveLength(new Set(occupations.map((o) => o.source.edition)).size);
    expect(editions[0]).toMatchObject({ wagePeriod: 'May 2024', projectionPeriod: '2024–34' });
  });

  it('keeps a second edition apart', () => {
    const older = { ...occupations[0]!, source: { ...occupations[0]!.source, edition: 'OOH 2023–33 edition' } };
    expect(occupationEditions([...occupations, older]).map((e) => e.edition)).toContain('OOH 2023–33 edition');
    expect(occupationEditions([...occupations, older])).toHaveLength(2);
  });
});
