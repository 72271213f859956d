import { describe, expect, it } from 'vitest';
import { buildAtAGlance, getAtAGlance } from './at-a-glance';
import { getFigure, occupations, type Occupation } from './occupations';
import { specialtiesData } from './specialties';

const mapped = specialtiesData.specialties.flatMap((s) => (s.figures.occupation ? [s.figures.occupation] : []));

describe('at a glance', () => {
  it('gives the lowest and highest median pay of the occupations the specialties map to', () => {
    const pays = mapped.map((id) => occupations.find((o) => o.id === id)!.figures.medianPay!);
    const glance = getAtAGlance();
    expect(glance.pay.low).toBe(getFigure(mapped[pays.indexOf(Math.min(...pays))]!, 'medianPay').display);
    expect(glance.pay.high).toBe(getFigure(mapped[pays.indexOf(Math.max(...pays))]!, 'medianPay').display);
    expect(glance.pay.period).toBe(occupations.find((o) => o.id === mapped[0])!.source.wagePeriod);
  });

  it('ignores occupations no specialty maps to, such as the combined profile and dosimetrists', () => {
    const highest = Math.max(...occupations.map((o) => o.figures.medianPay ?? 0));
    const glance = getAtAGlance();
    expect(glance.pay.high).not.toBe(
      highest.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }) + ' a year',
    );
  });

  it('lists exactly the specialties whose data says they use no ionizing radiation', () => {
    const expected = specialtiesData.specialties.filter((s) => s.radiation.ionizing === 'no').map((s) => s.id);
    expect(getAtAGlance().noIonizing.map((s) => s.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('names the largest employer only when it is the same one in every counted specialty', () => {
    const glance = getAtAGlance();
    expect(glance.work).toBeDefined();
    const changed: Occupation[] = occupations.map((o) =>
      o.id === mapped[0] ? { ...o, workplaces: [{ industry: 'Home health care services', percent: 90 }] } : o,
    );
    expect(buildAtAGlance(specialtiesData, changed).work).toBeUndefined();
  });

  it('follows the data when a figure changes', () => {
    const changed: Occupation[] = occupations.map((o) =>
      o.id === mapped[0]
        ? { ...o, figures: { ...o.figures, medianPay: 1000, entryEducation: 'Postsecondary nondegree award' } }
        : o,
    );
    const glance = buildAtAGlance(specialtiesData, changed);
    expect(glance.pay.low).toBe('$1,000 a year');
    expect(glance.school.count).toBe(getAtAGlance().school.count - 1);
  });
});
