import { describe, expect, it } from 'vitest';
import licensureFile from '../../content/data/licensure.json';
import {
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
    const rule = getStateRule('TX', 'radiography');
    expect(rule.status).toBe('unknown');
    expect(rule.isDefault).toBe(true);
    expect(rule.note).toMatch(/Check/);
  });

  it('gives every finding a source and the date it was checked', () => {
    const rule = getStateRule('NH', 'mri');
    expect(rule.source.url).toMatch(/^https?:\/\//);
    expect(rule.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects two findings for the same state and modality', () => {
    const bad = structuredClone(licensureFile);
    bad.rules.push({ ...bad.rules[0]! });
    expect(() => parseLicensure(bad)).toThrow(/duplicate rule for NH\/radiography/);
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
    expect(rules.filter((r) => !r.isDefault).map((r) => r.modality)).toEqual(['sonography', 'mri']);
  });

  it('lists the finder and one lowercase page per state', () => {
    const paths = licensureFinderPaths();
    expect(paths[0]).toBe('/licensure-finder');
    expect(paths).toHaveLength(52);
    expect(paths).toContain('/licensure-finder/dc');
  });
});
