// The counselors' classroom kit: the worksheet's questions and an answer key computed from the data files,
// so the key changes when a figure or a specialty's facts change. Nothing here is typed from a source.
import { credentialsData } from './credentials';
import { getFigureFrom, occupations, type DataSource } from './occupations';
import {
  buildComparison,
  specialtiesData,
  type ComparisonRow,
  type SpecialtiesData,
  type SpecialtyRefs,
} from './specialties';
import { specialties, specialtyInfo, type Specialty } from './taxonomy';

/** The day the kit's wording and questions were last reviewed (figures carry their own dates). */
export const classroomReviewedAt = '2026-12-01';

export const classroomPaths = {
  lesson: '/for-counselors/classroom',
  worksheet: '/for-counselors/classroom/worksheet',
  answerKey: '/for-counselors/classroom/answer-key',
  familyHandout: '/for-counselors/classroom/family-handout',
} as const;

/** Where the worksheet sends students; the quiz lives at its own route. */
export const quizPath = '/which-specialty';
export const comparePath = '/compare';

/** The occupation each worksheet question about pay and school names. */
export const worksheetOccupations = {
  pay: 'radiologic-technologists',
  education: 'diagnostic-medical-sonographers',
} as const;

export type SourcedAnswer = {
  text: string;
  period?: string;
  source: Pick<DataSource, 'shortName' | 'title' | 'url' | 'edition'>;
};

export type AnswerKey = {
  /** Specialties whose work uses no ionizing radiation, and those where it depends on the work. */
  noIonizing: string[];
  dependsIonizing: string[];
  /** Median pay of the occupation the pay question names. */
  pay: SourcedAnswer & { occupation: string };
  /** Typical entry education of the occupation the education question names. */
  education: SourcedAnswer & { occupation: string };
  /** Specialties entered only as an add-on after a first credential. */
  addOn: string[];
  /** The specialties whose occupation has the fastest projected growth (ties listed together). */
  fastestGrowth: { specialties: string[]; answer: SourcedAnswer };
  /** One row per specialty: the comparison's sourced cells, for the questions about one specialty page. */
  rows: ComparisonRow[];
};

const nameOf = (id: Specialty) => specialtyInfo[id].name;

function sourced(
  list: SpecialtyRefs['occupations'],
  occupationId: string,
  field: 'medianPay' | 'entryEducation' | 'projectedChangePercent',
): SourcedAnswer {
  const figure = getFigureFrom(list, occupationId, field);
  const { shortName, title, url, edition } = figure.occupation.source;
  return { text: figure.display, period: figure.period, source: { shortName, title, url, edition } };
}

/** The answer key, from the specialties file and the occupations and credentials it points into. */
export function buildAnswerKey(data: SpecialtiesData, refs: SpecialtyRefs): AnswerKey {
  const facts = specialties.map((id) => data.specialties.find((s) => s.id === id)!);
  const withOccupation = facts.flatMap((s) => {
    const id = s.figures.occupation;
    const change = id ? refs.occupations.find((o) => o.id === id)?.figures.projectedChangePercent : undefined;
    return id && change !== undefined ? [{ specialty: s.id, occupation: id, change }] : [];
  });
  const top = Math.max(...withOccupation.map((w) => w.change));
  const fastest = withOccupation.filter((w) => w.change === top);
  const payOccupation = refs.occupations.find((o) => o.id === worksheetOccupations.pay)!;
  const educationOccupation = refs.occupations.find((o) => o.id === worksheetOccupations.education)!;
  return {
    noIonizing: facts.filter((s) => s.radiation.ionizing === 'no').map((s) => nameOf(s.id)),
    dependsIonizing: facts.filter((s) => s.radiation.ionizing === 'depends').map((s) => nameOf(s.id)),
    pay: { ...sourced(refs.occupations, payOccupation.id, 'medianPay'), occupation: payOccupation.name },
    education: {
      ...sourced(refs.occupations, educationOccupation.id, 'entryEducation'),
      period: undefined,
      occupation: educationOccupation.name,
    },
    addOn: facts.filter((s) => s.entry.route === 'postprimary').map((s) => nameOf(s.id)),
    fastestGrowth: {
      specialties: fastest.map((f) => nameOf(f.specialty)),
      answer: sourced(refs.occupations, fastest[0]!.occupation, 'projectedChangePercent'),
    },
    rows: buildComparison(data, refs),
  };
}

export function getAnswerKey(): AnswerKey {
  return buildAnswerKey(specialtiesData, { occupations, credentials: credentialsData });
}

/** "Radiologic technologists" → "radiologic technologists", for use inside a sentence. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
