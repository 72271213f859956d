import { getFigureFrom, type Occupation } from '../content/occupations';
import type { SpecialtiesData, SpecialtyFacts } from '../content/specialties';
import { specialties, specialtyInfo, type Specialty } from '../content/taxonomy';
import type { Answers } from './questions';

// Scoring: the weights per answer are logic and live here; every fact about a specialty comes from
// content/data (specialties.json and occupations.json) and is cited on the "why" line it produces.

/** Where a "why" line points: the source of the fact, or the comparison when no source publishes it. */
export type WhyLink = { href: string; label: string; short: string; kind: 'source' | 'compare' };
export type WhyLine = {
  question: keyof Answers;
  text: string;
  points: number;
  /** True when the line says a figure or attribute is not published (it never moves the score). */
  notPublished: boolean;
  link: WhyLink;
};
export type RankedSpecialty = {
  id: Specialty;
  name: string;
  score: number;
  /** 1-based; specialties with the same score share a rank. */
  rank: number;
  tiedWith: Specialty[];
  /** Within one point of the next specialty up or down the list (and not tied with it). */
  closeTo: Specialty[];
  why: WhyLine[];
};

/** Scores closer than this are shown as close. */
export const closeMargin = 1;
const comparePath = '/compare';

type Sources = Map<string, WhyLink>;

function weightOf(answer: 'a-lot' | 'some' | 'little'): number {
  return answer === 'a-lot' ? 3 : answer === 'some' ? 1.5 : 0;
}

function cite(sources: Sources, ids: string[]): WhyLink {
  const first = ids[0];
  const link = first === undefined ? undefined : sources.get(first);
  return (
    link ?? { href: comparePath, label: 'what is published, in the comparison', short: 'see /compare', kind: 'compare' }
  );
}

type Figure = { value: number; display: string; period: string; link: WhyLink };

function figureOf(
  s: SpecialtyFacts,
  occupations: Occupation[],
  field: 'medianPay' | 'projectedChangePercent',
): Figure | undefined {
  if (s.figures.occupation === null) return undefined;
  const occupation = occupations.find((o) => o.id === s.figures.occupation);
  const value = occupation?.figures[field];
  if (!occupation || typeof value !== 'number') return undefined;
  const figure = getFigureFrom(occupations, occupation.id, field);
  return {
    value,
    display: figure.display,
    period: figure.period,
    link: {
      href: occupation.source.url,
      label: `${occupation.source.shortName}: ${occupation.source.title}`,
      short: occupation.source.shortName,
      kind: 'source',
    },
  };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const contactPhrase: Record<Answers['contact'], string> = {
  'long-one-to-one': 'You want long one-to-one exams.',
  'quick-exams': 'You want quick exams with many patients.',
  'treatment-course': 'You want to see patients through a course of treatments.',
  'very-ill': 'You want to care for very ill patients.',
};

/** Every line a specialty earns from the answers, before choosing which to show. */
function linesFor(
  s: SpecialtyFacts,
  answers: Answers,
  data: SpecialtiesData,
  occupations: Occupation[],
  sources: Sources,
): WhyLine[] {
  const lines: WhyLine[] = [];
  const add = (question: keyof Answers, points: number, text: string, link: WhyLink, notPublished = false) =>
    lines.push({ question, points, text, link, notPublished });
  /** One trait's line: its note and points when a source publishes it; else, unless the answer is
   *  neutral, a line saying it is not published (no points for or against). */
  const traitLine = <V>(
    question: keyof Answers,
    trait: { value: V; note: string; sources: string[] } | { notPublished: string; sources: string[] },
    phrase: string,
    neutral: boolean,
    points: (value: V) => number,
  ) => {
    if ('value' in trait) add(question, points(trait.value), `${phrase} ${trait.note}`, cite(sources, trait.sources));
    else if (!neutral) add(question, 0, `${phrase} ${trait.notPublished}`, cite(sources, trait.sources), true);
  };
  const t = s.traits;

  // Ionizing radiation.
  const ionizing = s.radiation.ionizing;
  const radiationLink = cite(sources, s.radiation.sources);
  const name = specialtyInfo[s.id].name;
  const uses = { yes: `${name} uses it`, no: `${name} uses none`, depends: `in ${lowerFirst(name)} it depends` }[
    ionizing
  ];
  if (answers.radiation === 'avoid') {
    const points = ionizing === 'no' ? 3 : ionizing === 'yes' ? -3 : -1;
    add(
      'radiation',
      points,
      `You would rather not work with ionizing radiation: ${uses}. ${s.radiation.note}`,
      radiationLink,
    );
  } else if (answers.radiation === 'interested') {
    const points = ionizing === 'yes' ? 1 : 0;
    add(
      'radiation',
      points,
      `You are interested in working with radiation: ${uses}. ${s.radiation.note}`,
      radiationLink,
    );
  } else {
    add('radiation', 0, `You are fine with ionizing radiation: ${uses}. ${s.radiation.note}`, radiationLink);
  }

  // Patient contact.
  const contact = t.contact;
  if ('value' in contact) {
    const match = (contact.value as string[]).includes(answers.contact);
    add('contact', match ? 3 : 0, `${contactPhrase[answers.contact]} ${contact.note}`, cite(sources, contact.sources));
  } else {
    add(
      'contact',
      0,
      `${contactPhrase[answers.contact]} ${contact.notPublished}`,
      cite(sources, contact.sources),
      true,
    );
  }

  // Years of school before working in the specialty, and a first credential before specializing.
  const route = s.entry.route;
  const entryLink = cite(sources, s.entry.sources);
  const school = {
    short: { primary: 2, either: 1, postprimary: -2 },
    'more-later': { primary: 0, either: 1, postprimary: 1 },
    long: { primary: 0, either: 0, postprimary: 0 },
  }[answers.school][route];
  const schoolPhrase = {
    short: 'You want a short path into work.',
    'more-later': 'You are happy to keep training while you work.',
    long: 'You are fine with four years or more of school.',
  }[answers.school];
  const credential = {
    yes: { primary: 0, either: 1, postprimary: 2 },
    unsure: { primary: 0, either: 0, postprimary: 0 },
    no: { primary: 1, either: 0, postprimary: -3 },
  }[answers['first-credential']][route];
  const credentialPhrase = {
    yes: 'You would earn a first credential and add a specialty later.',
    unsure: 'You are not sure about earning a first credential first.',
    no: 'You want to train for one specialty from the start.',
  }[answers['first-credential']];
  // Both answers read the same entry route: one line when both moved the score, so the note is not repeated.
  if (school !== 0 && credential !== 0) {
    add('school', school + credential, `${schoolPhrase} ${credentialPhrase} ${s.entry.note}`, entryLink);
  } else {
    add('school', school, `${schoolPhrase} ${s.entry.note}`, entryLink);
    add('first-credential', credential, `${credentialPhrase} ${s.entry.note}`, entryLink);
  }

  // Physics and math.
  const physics = t.physics;
  const physicsPhrase = {
    enjoy: 'You enjoy physics and math.',
    ok: 'You can handle physics and math.',
    light: 'You would like to keep physics and math light.',
  }[answers.physics];
  traitLine('physics', physics, physicsPhrase, answers.physics === 'ok', () =>
    answers.physics === 'enjoy' ? 1 : answers.physics === 'light' ? -1 : 0,
  );

  // Working hours.
  const schedule = t.schedule;
  const schedulePhrase = {
    regular: 'Regular daytime hours matter to you.',
    some: 'You want mostly daytime hours.',
    any: 'You are fine with nights, weekends or being on call.',
  }[answers.schedule];
  traitLine(
    'schedule',
    schedule,
    schedulePhrase,
    answers.schedule === 'any',
    (value) =>
      ({
        regular: { regular: 2, 'some-evenings-weekends': -1, 'on-call': -2 },
        some: { regular: 1, 'some-evenings-weekends': 0, 'on-call': -1 },
        any: { regular: 0, 'some-evenings-weekends': 0, 'on-call': 0 },
      })[answers.schedule][value],
  );

  // Physical demands.
  const physical = t.physical;
  const physicalPhrase = {
    active: 'You want an active job.',
    either: 'You do not mind how physical the job is.',
    less: 'You want a less physical job.',
  }[answers.physical];
  traitLine('physical', physical, physicalPhrase, answers.physical === 'either', () =>
    answers.physical === 'active' ? 1 : answers.physical === 'less' ? -1 : 0,
  );

  // Pay and growth, weighted as the student chose; scaled between the lowest and highest published figure.
  for (const [question, field, phrase] of [
    ['pay', 'medianPay', 'Pay matters to you.'],
    ['growth', 'projectedChangePercent', 'Job growth matters to you.'],
  ] as const) {
    const weight = weightOf(answers[question]);
    if (weight === 0) continue;
    const figure = figureOf(s, occupations, field);
    if (!figure) {
      const reason =
        s.figures.occupation === null
          ? s.figures.notPublished
          : `Our data has no such figure for ${lowerFirst(specialtyInfo[s.id].name)}.`;
      const link = s.figures.occupation === null ? cite(sources, s.figures.sources) : cite(sources, []);
      add(question, 0, `${phrase} ${reason} So it did not count for or against it.`, link, true);
      continue;
    }
    const all = data.specialties
      .map((x) => figureOf(x, occupations, field)?.value)
      .filter((v): v is number => v !== undefined);
    const min = Math.min(...all);
    const max = Math.max(...all);
    const share = max === min ? 0 : (figure.value - min) / (max - min);
    const label = field === 'medianPay' ? 'Median pay' : 'Projected job growth';
    add(
      question,
      Math.round(weight * share * 10) / 10,
      `${phrase} ${label}: ${figure.display} (${figure.period}).`,
      figure.link,
    );
  }
  return lines;
}

/** Two to four lines: the ones that moved the score most, then what is not published, then the rest. */
function pickWhy(lines: WhyLine[]): WhyLine[] {
  const moved = lines.filter((l) => l.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const unknown = lines.filter((l) => l.notPublished);
  const rest = lines.filter((l) => l.points === 0 && !l.notPublished);
  const picked = [...moved.slice(0, 3), ...unknown.slice(0, 1)];
  for (const line of [...moved.slice(3), ...unknown.slice(1), ...rest]) {
    if (picked.length >= 2) break;
    picked.push(line);
  }
  return picked.slice(0, 4);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Ranks all nine specialties for one set of answers. Pure: the data comes in as arguments. */
export function rankSpecialties(answers: Answers, data: SpecialtiesData, occupations: Occupation[]): RankedSpecialty[] {
  const sources: Sources = new Map(
    data.sources.map((s) => [
      s.id,
      { href: s.url, label: `${s.shortName}: ${s.title}`, short: s.shortName, kind: 'source' as const },
    ]),
  );
  const scored = specialties.map((id, order) => {
    const s = data.specialties.find((x) => x.id === id)!;
    const lines = linesFor(s, answers, data, occupations, sources);
    const score = round(lines.reduce((sum, l) => sum + l.points, 0));
    return { id, order, score, why: pickWhy(lines) };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s, i) => {
    const rank = scored.findIndex((x) => x.score === s.score) + 1;
    const neighbours = [scored[i - 1], scored[i + 1]].filter((x) => x !== undefined);
    return {
      id: s.id,
      name: specialtyInfo[s.id].name,
      score: s.score,
      rank,
      tiedWith: scored.filter((x) => x.id !== s.id && x.score === s.score).map((x) => x.id),
      closeTo: neighbours
        .filter((x) => x.score !== s.score && Math.abs(x.score - s.score) < closeMargin)
        .map((x) => x.id),
      why: s.why,
    };
  });
}
