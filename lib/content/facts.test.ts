import { describe, expect, it } from 'vitest';
import factsFile from '../../content/data/facts.json';
import { factsData, formatFact, getFact, parseFacts } from './facts';

describe('facts data', () => {
  it('records the kind of every source and reads the BLS page as the early-2026 saved copy', () => {
    expect(factsData.sources.every((s) => ['primary', 'copy-of-law', 'secondary'].includes(s.kind))).toBe(true);
    // NCRP's statement year once rested on a society's news item alone (issue 11).
    expect(getFact('ncrp-shielding-year').source).toMatchObject({ id: 'aapm-ncrp-2021', kind: 'primary' });
    expect(factsData.sources.find((s) => s.id === 'bls-nmt')).toMatchObject({
      retrieved: '2026-01-05/2026-02-27',
      readIn: 'saved copy',
    });
  });

  it('rejects a source without a kind or without a date, naming the field', () => {
    const bad = structuredClone(factsFile) as { sources: Record<string, unknown>[] };
    delete bad.sources[0]!.kind;
    delete bad.sources[1]!.accessed;
    expect(() => parseFacts(bad)).toThrow(/sources\.0\.kind: .*\n.*sources\.1\.retrieved: missing/);
  });

  it('parses the checked-in file with a source for every fact', () => {
    expect(factsData.facts.length).toBeGreaterThan(20);
  });

  it('rejects a fact that names a source that does not exist', () => {
    const bad = structuredClone(factsFile);
    bad.facts[0]!.source = 'nowhere';
    expect(() => parseFacts(bad)).toThrow(/facts\.0\.source: unknown source "nowhere"/);
  });

  it('rejects a count without its unit', () => {
    const bad = structuredClone(factsFile) as { facts: Record<string, unknown>[] };
    const count = bad.facts.find((f) => f.kind === 'count')!;
    delete count.unit;
    expect(() => parseFacts(bad)).toThrow(/unit/);
  });
});

describe('formatting a fact', () => {
  it('prints a count with its unit', () => {
    expect(getFact('arrt-ce-credits').display).toBe('24 credits');
  });

  it('prints a date of a rule in words', () => {
    expect(getFact('arrt-degree-rule-start').display).toBe('January 1, 2015');
  });

  it('keeps a qualifier such as "more than"', () => {
    expect(getFact('arrt-states-with-licensing-laws').display).toBe('more than 75%');
  });

  it('keeps the qualifier "less than" for a share below a figure', () => {
    expect(getFact('jrcert-mammo-men-share-2016').display).toBe('less than 1%');
  });

  it('prints money in dollars and says as of when', () => {
    const fee = getFact('nmtcb-entry-exam-fee');
    expect(fee.display).toBe('$200');
    expect(fee.asOf).toBe('July 1, 2023');
  });

  it('formats a count with thousands separators', () => {
    expect(formatFact({ id: 'x', kind: 'count', value: 21614, unit: 'people', source: 's', label: 'a label' })).toBe(
      '21,614 people',
    );
  });

  it('lists the valid ids when an id is unknown', () => {
    expect(() => getFact('arrt-fees')).toThrow(/Unknown fact "arrt-fees"\. Valid facts: arrt-degree-rule-start, /);
  });
});
