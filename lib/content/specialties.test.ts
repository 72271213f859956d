import { retrievedRange } from './provenance';
import { describe, expect, it } from 'vitest';
import specialtiesFile from '../../content/data/specialties.json';
import { credentialsData } from './credentials';
import { occupations } from './occupations';
import {
  buildComparison,
  comparisonColumns,
  comparisonSources,
  getComparison,
  parseSpecialties,
  specialtiesData,
} from './specialties';
import { specialties } from './taxonomy';

type RawFile = { specialties: Record<string, unknown>[] } & Record<string, unknown>;
const copy = () => structuredClone(specialtiesFile) as unknown as RawFile;
const refs = { occupations, credentials: credentialsData };

describe('specialties data', () => {
  it('parses the checked-in file with every specialty exactly once', () => {
    expect(specialtiesData.specialties.map((s) => s.id).sort()).toEqual([...specialties].sort());
  });

  it('rejects an unknown occupation id, naming the file and the field', () => {
    const bad = copy();
    (bad.specialties[0] as { figures: { occupation: string } }).figures.occupation = 'xray-techs';
    expect(() => parseSpecialties(bad, 'content/data/specialties.json', refs)).toThrow(
      /content\/data\/specialties\.json is invalid:\n.*specialties\.0\.figures\.occupation: unknown occupation "xray-techs"/,
    );
  });

  it('rejects an unknown credential id, naming the field', () => {
    const bad = copy();
    const list = (bad.specialties[1] as { credentials: string[] }).credentials;
    list.push('ardms-nope');
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(
      new RegExp(`specialties\\.1\\.credentials\\.${list.length - 1}: unknown credential "ardms-nope"`),
    );
  });

  it('rejects a credential that belongs to another specialty', () => {
    const bad = copy();
    (bad.specialties[0] as { credentials: string[] }).credentials = ['ardms-rdms'];
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(
      /specialties\.0\.credentials\.0: credential "ardms-rdms" belongs to specialty "sonography"/,
    );
  });

  it('rejects a missing specialty and a duplicated one', () => {
    const bad = copy();
    bad.specialties[8] = structuredClone(bad.specialties[0]!);
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(
      /specialty "radiography" appears 2 times[\s\S]*specialty "bone-densitometry" appears 0 times/,
    );
  });

  it('rejects an unknown source id', () => {
    const bad = copy();
    (bad.specialties[2] as { radiation: { sources: string[] } }).radiation.sources = ['fda-xray'];
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(
      /specialties\.2\.radiation\.sources\.0: unknown source "fda-xray"/,
    );
  });

  it('rejects an entry route the listed credentials do not offer', () => {
    const bad = copy();
    (bad.specialties[4] as { entry: { route: string } }).entry.route = 'primary';
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(
      /specialties\.4\.entry\.route: route "primary"/,
    );
  });

  it('rejects an unknown field', () => {
    const bad = copy();
    (bad.specialties[0] as Record<string, unknown>).salary = 1;
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(/specialties\.0: Unrecognized key: "salary"/);
  });
});

describe('the specialty comparison', () => {
  const rows = getComparison();

  it('has one row per specialty, in taxonomy order', () => {
    expect(rows.map((r) => r.id)).toEqual([...specialties]);
  });

  it('fills every column of every row with a sourced value or an explicit "not published" reason', () => {
    for (const row of rows) {
      for (const column of comparisonColumns) {
        const cell = row.cells[column.id];
        const where = `${row.id}.${column.id}`;
        if (cell.status === 'value') {
          expect(cell.lines.length, where).toBeGreaterThan(0);
          for (const line of cell.lines) expect(line.trim(), where).not.toBe('');
          expect(cell.sources.length, where).toBeGreaterThan(0);
        } else {
          expect(cell.reason, where).toMatch(/\w{3,}.*\./);
        }
        for (const source of cell.sources) {
          expect(source.url, where).toMatch(/^https?:\/\//);
          expect(retrievedRange(source).from, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
  });

  it('reads pay from the occupations data file', () => {
    const radiography = rows.find((r) => r.id === 'radiography')!;
    const median = occupations.find((o) => o.id === 'radiologic-technologists')!.figures.medianPay!;
    expect(radiography.cells.medianPay).toMatchObject({
      status: 'value',
      lines: [`$${median.toLocaleString('en-US')} a year`],
      period: 'May 2024',
    });
  });

  it('says why CT has no pay figures and points at the combined profile for openings it lacks', () => {
    const ct = rows.find((r) => r.id === 'ct')!;
    expect(ct.cells.medianPay).toMatchObject({ status: 'not-published' });
    expect(ct.cells.medianPay.status === 'not-published' && ct.cells.medianPay.reason).toMatch(/CT/);
    const radiography = rows.find((r) => r.id === 'radiography')!;
    expect(radiography.cells.openings).toMatchObject({
      status: 'not-published',
      related: { label: expect.stringContaining('combined') },
    });
  });

  it('marks a figure missing from the data as not published instead of leaving it blank', () => {
    const trimmed = occupations.map((o) =>
      o.id === 'diagnostic-medical-sonographers' ? { ...o, figures: { ...o.figures, openingsPerYear: undefined } } : o,
    );
    const row = buildComparison(specialtiesData, { ...refs, occupations: trimmed }).find((r) => r.id === 'sonography')!;
    expect(row.cells.openings.status).toBe('not-published');
  });

  it('lists each source once', () => {
    const urls = comparisonSources(rows).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('https://www.bls.gov/ooh/healthcare/radiologic-technologists.htm');
  });
});

describe('specialty traits for the quiz', () => {
  it('rejects a trait that cites an unknown source, naming the trait', () => {
    const bad = copy();
    (bad.specialties[1] as { traits: { schedule: { sources: string[] } } }).traits.schedule.sources = ['bls-nope'];
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(
      /specialties\.1\.traits\.schedule\.sources\.0: unknown source "bls-nope"/,
    );
  });

  it('rejects a trait with a value but no source', () => {
    const bad = copy();
    (bad.specialties[1] as { traits: { physical: { sources: string[] } } }).traits.physical.sources = [];
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(/specialties\.1\.traits\.physical/);
  });

  it('rejects a value outside the closed set', () => {
    const bad = copy();
    (bad.specialties[0] as { traits: { schedule: { value: string } } }).traits.schedule.value = 'nights-only';
    expect(() => parseSpecialties(bad, 'specialties.json', refs)).toThrow(/specialties\.0\.traits\.schedule/);
  });
});
