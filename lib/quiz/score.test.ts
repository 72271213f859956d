import { describe, expect, it } from 'vitest';
import specialtiesFile from '../../content/data/specialties.json';
import { credentialsData } from '../content/credentials';
import { occupations } from '../content/occupations';
import { parseSpecialties, specialtiesData } from '../content/specialties';
import { specialties } from '../content/taxonomy';
import type { Answers } from './questions';
import { rankSpecialties } from './score';

const base: Answers = {
  radiation: 'fine',
  contact: 'quick-exams',
  school: 'long',
  physics: 'ok',
  schedule: 'any',
  physical: 'either',
  pay: 'little',
  growth: 'little',
  'first-credential': 'unsure',
};

// One answer set per specialty that puts it first (found by trying every combination once, offline).
const firstFor: Record<(typeof specialties)[number], Partial<Answers>> = {
  radiography: { school: 'short', physics: 'light', physical: 'active' },
  sonography: {
    radiation: 'avoid',
    contact: 'long-one-to-one',
    school: 'short',
    pay: 'a-lot',
    'first-credential': 'no',
  },
  ct: {
    radiation: 'interested',
    school: 'more-later',
    physics: 'light',
    'first-credential': 'yes',
    physical: 'active',
  },
  mri: {
    radiation: 'avoid',
    school: 'more-later',
    physics: 'light',
    schedule: 'regular',
    physical: 'less',
    'first-credential': 'yes',
  },
  mammography: {
    radiation: 'interested',
    school: 'more-later',
    physics: 'light',
    'first-credential': 'yes',
    physical: 'active',
  },
  'nuclear-medicine': { radiation: 'interested', school: 'short', physics: 'light', physical: 'less', growth: 'a-lot' },
  'radiation-therapy': {
    contact: 'treatment-course',
    school: 'short',
    schedule: 'regular',
    physical: 'less',
    pay: 'a-lot',
  },
  cardiovascular: {
    contact: 'very-ill',
    school: 'more-later',
    schedule: 'some',
    physical: 'active',
    growth: 'a-lot',
    'first-credential': 'yes',
  },
  'bone-densitometry': {
    contact: 'long-one-to-one',
    school: 'more-later',
    physics: 'enjoy',
    schedule: 'regular',
    physical: 'less',
    'first-credential': 'yes',
  },
};
const answerSets: Answers[] = [base, ...Object.values(firstFor).map((a) => ({ ...base, ...a }))];

const dataUrls = new Set([...specialtiesData.sources.map((s) => s.url), ...occupations.map((o) => o.source.url)]);

describe('rankSpecialties', () => {
  it('ranks all nine specialties once each', () => {
    const ranked = rankSpecialties(base, specialtiesData, occupations);
    expect(ranked.map((r) => r.id).sort()).toEqual([...specialties].sort());
  });

  it.each(specialties)('puts %s first for some set of answers', (id) => {
    const ranked = rankSpecialties({ ...base, ...firstFor[id] }, specialtiesData, occupations);
    expect(ranked.find((r) => r.id === id)?.rank).toBe(1);
  });

  it('puts all but CT and mammography first alone; those two share every sourced attribute, so they tie', () => {
    for (const id of specialties) {
      const ranked = rankSpecialties({ ...base, ...firstFor[id] }, specialtiesData, occupations);
      const tied = ranked.find((r) => r.id === id)!.tiedWith;
      expect(tied, id).toEqual(id === 'ct' ? ['mammography'] : id === 'mammography' ? ['ct'] : []);
    }
  });

  it('puts sonography first, alone, for a student who would rather avoid ionizing radiation', () => {
    const ranked = rankSpecialties(
      { ...base, radiation: 'avoid', contact: 'long-one-to-one' },
      specialtiesData,
      occupations,
    );
    expect(ranked[0]).toMatchObject({ id: 'sonography', rank: 1, tiedWith: [] });
    const line = ranked[0]!.why.find((w) => w.question === 'radiation');
    expect(line?.text).toMatch(/rather not work with ionizing radiation.*not ionizing radiation/);
  });

  it('gives every specialty two to four "why" lines, each citing a source in the data or the comparison', () => {
    for (const answers of answerSets) {
      for (const r of rankSpecialties(answers, specialtiesData, occupations)) {
        expect(r.why.length, r.id).toBeGreaterThanOrEqual(2);
        expect(r.why.length, r.id).toBeLessThanOrEqual(4);
        for (const line of r.why) {
          if (line.link.kind === 'compare') {
            expect(line.notPublished, line.text).toBe(true);
            continue;
          }
          expect(dataUrls, `${r.id}: ${line.text}`).toContain(line.link.href);
        }
      }
    }
  });

  it('says so when a pay figure is not published instead of guessing one', () => {
    const ranked = rankSpecialties({ ...base, pay: 'a-lot' }, specialtiesData, occupations);
    const mammography = ranked.find((r) => r.id === 'mammography')!;
    const pay = mammography.why.find((w) => w.question === 'pay');
    expect(pay).toMatchObject({ notPublished: true, points: 0 });
    expect(pay?.text).toMatch(/no separate figures for mammographers/);
    expect(pay?.text).not.toMatch(/\$/);
  });

  it('shows equal scores as a tie sharing one rank', () => {
    const ranked = rankSpecialties(base, specialtiesData, occupations);
    const ct = ranked.find((r) => r.id === 'ct')!;
    const mammography = ranked.find((r) => r.id === 'mammography')!;
    expect(ct.score).toBe(mammography.score);
    expect(ct.rank).toBe(mammography.rank);
    expect(ct.tiedWith).toContain('mammography');
  });

  it('marks neighbours less than one point apart as close', () => {
    let pairs = 0;
    for (const answers of answerSets) {
      const ranked = rankSpecialties(answers, specialtiesData, occupations);
      ranked.forEach((r, i) => {
        const next = ranked[i + 1];
        const close = next !== undefined && r.score !== next.score && r.score - next.score < 1;
        expect(close ? r.closeTo : [], r.id).toEqual(close ? expect.arrayContaining([next!.id]) : []);
        if (close) pairs++;
      });
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('changes the result when the data changes', () => {
    const answers: Answers = { ...base, schedule: 'regular' };
    const before = rankSpecialties(answers, specialtiesData, occupations);
    const edited = structuredClone(specialtiesFile) as unknown as {
      specialties: { id: string; traits: { schedule: Record<string, unknown> } }[];
    };
    const therapy = edited.specialties.find((s) => s.id === 'radiation-therapy')!;
    therapy.traits.schedule = { ...therapy.traits.schedule, value: 'on-call' };
    const data = parseSpecialties(edited, 'specialties.json', { occupations, credentials: credentialsData });
    const after = rankSpecialties(answers, data, occupations);
    const score = (list: typeof before) => list.find((r) => r.id === 'radiation-therapy')!.score;
    expect(score(after)).toBeLessThan(score(before));
    expect(after.map((r) => r.id)).not.toEqual(before.map((r) => r.id));
  });

  it('changes the pay line when an occupation figure changes', () => {
    const changed = occupations.map((o) =>
      o.id === 'diagnostic-medical-sonographers' ? { ...o, figures: { ...o.figures, medianPay: 150000 } } : o,
    );
    const answers: Answers = { ...base, pay: 'a-lot' };
    const sonography = rankSpecialties(answers, specialtiesData, changed).find((r) => r.id === 'sonography')!;
    expect(sonography.why.find((w) => w.question === 'pay')?.text).toContain('$150,000');
    expect(sonography.score).toBe(3);
  });
});
