import { describe, expect, it } from 'vitest';
import specialtiesFile from '../../content/data/specialties.json';
import { credentialsData } from './credentials';
import { buildAnswerKey, getAnswerKey } from './classroom';
import { occupations, type Occupation } from './occupations';
import { parseSpecialties } from './specialties';

const refs = { occupations, credentials: credentialsData };
const data = parseSpecialties(specialtiesFile, 'specialties.json', refs);

describe('the classroom answer key', () => {
  it('names the specialties that use no ionizing radiation, from the specialties file', () => {
    const expected = specialtiesFile.specialties.filter((s) => s.radiation.ionizing === 'no').length;
    expect(getAnswerKey().noIonizing).toHaveLength(expected);
    expect(getAnswerKey().noIonizing).toContain('Sonography');
  });

  it('gives the pay answer with its period and source from the occupations file', () => {
    const key = getAnswerKey();
    const o = occupations.find((x) => x.id === 'radiologic-technologists')!;
    expect(key.pay.text).toBe(
      `${o.figures.medianPay!.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })} a year`,
    );
    expect(key.pay.period).toBe(o.source.wagePeriod);
    expect(key.pay.source.url).toBe(o.source.url);
  });

  it('changes when a figure in the data changes', () => {
    const changed: Occupation[] = occupations.map((o) =>
      o.id === 'radiation-therapists'
        ? { ...o, figures: { ...o.figures, projectedChangePercent: 99 } }
        : o.id === 'radiologic-technologists'
          ? { ...o, figures: { ...o.figures, medianPay: 12345 } }
          : o,
    );
    const key = buildAnswerKey(data, { ...refs, occupations: changed });
    expect(key.fastestGrowth.specialties).toEqual(['Radiation therapy']);
    expect(key.fastestGrowth.answer.text).toBe('+99%');
    expect(key.pay.text).toBe('$12,345 a year');
  });

  it('changes when a specialty’s facts change', () => {
    const changed = structuredClone(data);
    changed.specialties.find((s) => s.id === 'mri')!.radiation.ionizing = 'yes';
    expect(buildAnswerKey(changed, refs).noIonizing).not.toContain('Magnetic resonance imaging (MRI)');
    expect(getAnswerKey().noIonizing).toContain('Magnetic resonance imaging (MRI)');
  });

  it('lists ties for the fastest growth together', () => {
    const tied: Occupation[] = occupations.map((o) =>
      o.id === 'radiation-therapists' || o.id === 'nuclear-medicine-technologists'
        ? { ...o, figures: { ...o.figures, projectedChangePercent: 50 } }
        : o,
    );
    expect(buildAnswerKey(data, { ...refs, occupations: tied }).fastestGrowth.specialties).toEqual([
      'Nuclear medicine',
      'Radiation therapy',
    ]);
  });
});
