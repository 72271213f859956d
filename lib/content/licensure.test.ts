import { describe, expect, it } from 'vitest';
import licensureFile from '../../content/data/licensure.json';
import {
  confirmedCellCount,
  findState,
  getModalityRules,
  getStateRule,
  getStateRules,
  licensureFinderPaths,
  parseLicensure,
} from './licensure';

describe('state licensure data', () => {
  it('covers all fifty states and DC for every modality', () => {
    expect(getModalityRules('sonography')).toHaveLength(51);
  });

  it('knows the four states that license sonographers', () => {
    const licensed = getModalityRules('sonography').filter((r) => r.status === 'licensed');
    expect(licensed.map((r) => r.state.code).sort()).toEqual(['ND', 'NH', 'NM', 'OR']);
  });

  it('says a state is unknown, not unlicensed, where we could not confirm it', () => {
    const rule = getStateRule('AL', 'radiography');
    expect(rule.status).toBe('unknown');
    expect(rule.isDefault).toBe(true);
    expect(rule.note).toMatch(/could not confirm/);
  });

  it('says only what the SDMS list shows for states missing from it, not that they have no law', () => {
    const rule = getStateRule('TX', 'sonography');
    expect(rule.status).toBe('not-on-list');
    expect(rule.source.id).toBe('sdms-licensure');
    expect(rule.note).toMatch(/2017/);
  });

  it('confirms Texas radiography from the Texas Medical Board’s own page', () => {
    const rule = getStateRule('TX', 'radiography');
    expect(rule.status).toBe('licensed');
    expect(rule.source.publisher).toBe('Texas Medical Board');
    expect(rule.note).toMatch(/Medical Radiologic Technologist/);
  });

  it('cites New Hampshire’s statute or its rules, not trade press', () => {
    for (const rule of getStateRules('NH')) {
      expect(rule.status).toBe('licensed');
      expect(rule.source.kind).not.toBe('secondary');
      expect(`${rule.source.title} ${rule.note}`).toMatch(/RSA 328-J|SB 330/);
    }
  });

  it('gives every finding a source and the date it was checked', () => {
    const rule = getStateRule('NH', 'mri');
    expect(rule.source.url).toMatch(/^https?:\/\//);
    expect(rule.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(getStateRule('CA', 'radiography').checked).toBe('2026-12-01');
  });

  it('counts the confirmed state findings: 119 of 255 after the third December 2026 pass (106 before it, 97 before that, 12 before the review)', () => {
    expect(confirmedCellCount()).toEqual({ confirmed: 119, total: 255 });
  });

  it('rejects a confirmed finding that rests on a secondary source alone', () => {
    const bad = structuredClone(licensureFile);
    bad.sources.push({ ...bad.sources[0]!, id: 'trade-article', kind: 'secondary' });
    bad.rules[0]!.source = 'trade-article';
    expect(() => parseLicensure(bad)).toThrow(/confirmed on a secondary source/);
  });

  it('rejects two findings for the same state and modality', () => {
    const bad = structuredClone(licensureFile);
    bad.rules.push({ ...bad.rules[0]! });
    expect(() => parseLicensure(bad)).toThrow(/duplicate rule for NH\/radiography/);
  });

  it('rejects an agency date with no address that was checked', () => {
    const bad = structuredClone(licensureFile);
    Object.assign(bad.states[0]!, { agency: { name: 'A state office', checked: '2026-12-01' } });
    expect(() => parseLicensure(bad)).toThrow(/needs the "url" that was checked/);
  });

  it('finds a state by its code in either case', () => {
    expect(findState('nh')?.name).toBe('New Hampshire');
    expect(findState('NH')?.name).toBe('New Hampshire');
    expect(findState('zz')).toBeUndefined();
  });

  it('gives one rule per modality for a state, marking which are only the default', () => {
    const rules = getStateRules('nm');
    expect(rules.map((r) => r.modality)).toEqual([
      'radiography',
      'sonography',
      'mri',
      'nuclear-medicine',
      'radiation-therapy',
    ]);
    expect(rules.filter((r) => !r.isDefault).map((r) => r.modality)).toEqual([
      'radiography',
      'sonography',
      'mri',
      'nuclear-medicine',
      'radiation-therapy',
    ]);
    expect(
      getStateRules('mi')
        .filter((r) => !r.isDefault)
        .map((r) => r.modality),
    ).toEqual(['radiography']);
  });

  it('keeps a state unconfirmed when two copies of its law disagree, and says whom to ask', () => {
    const rule = getStateRule('DC', 'radiography');
    expect(rule.status).toBe('unknown');
    expect(rule.isDefault).toBe(false);
    expect(rule.note).toMatch(/Ask DC Health/);
  });

  it('records South Dakota as operator rules, not a license, from its own rule', () => {
    const rule = getStateRule('SD', 'radiography');
    expect(rule.status).toBe('regulated-other');
    expect(rule.source.url).toMatch(/^https?:\/\/sdlegislature\.gov\//);
  });

  it('lists the finder and one lowercase page per state', () => {
    const paths = licensureFinderPaths();
    expect(paths[0]).toBe('/licensure-finder');
    expect(paths).toHaveLength(52);
    expect(paths).toContain('/licensure-finder/dc');
  });
});
