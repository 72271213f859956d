import { describe, expect, it } from 'vitest';
import { ageInDays, checkEdition, dataAge, formatDataAge, sourcedFigures } from './data-age';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('edition check', () => {
  const edition = 'OOH 2024–34 edition (last modified 2025-08-28)';

  it('keeps the 2024–34 OOH edition current until the end of September 2026', () => {
    expect(checkEdition(edition, day('2026-09-30'))).toEqual({
      kind: 'ooh',
      years: '2024–34',
      supersededAfter: '2026-09-30',
      likelyReplaced: false,
    });
  });

  it('says the 2024–34 edition has probably been replaced from October 2026', () => {
    expect(checkEdition(edition, day('2026-10-01'))).toMatchObject({ likelyReplaced: true });
    expect(checkEdition(edition, day('2026-12-01'))).toMatchObject({ likelyReplaced: true });
  });

  it('reads an edition written with a hyphen and dates the next one from its first year', () => {
    expect(checkEdition('OOH 2025-35 edition', day('2027-06-01'))).toMatchObject({
      years: '2025–35',
      supersededAfter: '2027-09-30',
      likelyReplaced: false,
    });
  });

  it('makes no claim about a source without a known publishing schedule', () => {
    expect(checkEdition('Page as published (date not shown)', day('2030-01-01'))).toEqual({ kind: 'unscheduled' });
    expect(checkEdition('2024–34 projections from a state office', day('2030-01-01'))).toEqual({
      kind: 'unscheduled',
    });
  });
});

describe('data age', () => {
  it('counts whole days from the first day the source may have been read', () => {
    expect(ageInDays('2026-01-05', day('2026-01-05'))).toBe(0);
    expect(ageInDays('2026-01-05', day('2026-12-01'))).toBe(330);
  });

  it('lists every occupation figure with its file, id, source and edition', () => {
    const rows = sourcedFigures();
    expect(rows).toContainEqual(
      expect.objectContaining({
        file: 'occupations.json',
        id: 'diagnostic-medical-sonographers.medianPay',
        source: 'BLS',
        edition: 'OOH 2024–34 edition (last modified 2025-08-28)',
      }),
    );
    expect(rows.some((r) => r.file === 'facts.json')).toBe(true);
    expect(rows.some((r) => r.file === 'specialties.json' && r.id === 'sonography.entry')).toBe(true);
    expect(rows.some((r) => r.file === 'licensure.json')).toBe(true);
  });

  it('shows when each figure was read, and says when that was in a saved copy', () => {
    const { table } = formatDataAge(dataAge(sourcedFigures(), day('2026-12-01')));
    expect(table.split('\n')[0]).toMatch(/^file\s+id\s+source\s+edition\s+read\s+age \(days\)$/);
    expect(table).toMatch(
      /specialties\.json\s+radiography\.radiation\s+.*2026-01-05\/2026-02-27 in a saved copy\s+330/,
    );
    expect(table).toMatch(/facts\.json\s+arrt-ce-credits\s+ARRT\s+.*2026-11-29\s+2$/m);
  });

  it('warns once per replaced edition and source page, naming the figures', () => {
    const { warnings } = formatDataAge(dataAge(sourcedFigures(), day('2026-12-01')));
    const sono = warnings.filter((w) => w.includes('diagnostic-medical-sonographers.htm'));
    expect(sono).toHaveLength(1);
    expect(sono[0]).toMatch(/OOH 2024–34 edition.*after 2026-09-30.*diagnostic-medical-sonographers\.medianPay/);
    expect(formatDataAge(dataAge(sourcedFigures(), day('2026-06-01'))).warnings).toEqual([]);
  });
});
