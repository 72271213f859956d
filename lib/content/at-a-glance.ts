// The home page's "at a glance" strip: four answers computed from content/data, never typed.
import { getFigureFrom, occupations, type DataSource, type Occupation } from './occupations';
import { specialtiesData, type SpecialtiesData } from './specialties';
import { specialtyInfo, type Specialty } from './taxonomy';

export type AtAGlance = {
  /** The typical entry education BLS gives for most specialty occupations, and how many share it. */
  school: { value: string; count: number; of: number; period: string };
  /** The lowest and highest median pay across the specialties BLS counts on their own. */
  pay: { low: string; high: string; lowName: string; highName: string; period: string };
  /** The employer with the largest share of jobs in every specialty BLS counts, and the range of shares. */
  work: { industry: string; lowPercent: number; highPercent: number; year: string } | undefined;
  /** Specialties whose imaging uses no ionizing radiation. */
  noIonizing: { id: Specialty; name: string; plainName: string }[];
  /** The BLS editions the figures come from, once each, and one source per edition to link. */
  sources: DataSource[];
};

/** The occupations BLS counts for a specialty on its own (not a combined profile), in specialty order. */
function specialtyOccupations(data: SpecialtiesData, list: Occupation[]): { id: Specialty; occupation: Occupation }[] {
  return data.specialties.flatMap((s) => {
    const occupation = s.figures.occupation ? list.find((o) => o.id === s.figures.occupation) : undefined;
    return occupation ? [{ id: s.id, occupation }] : [];
  });
}

export function buildAtAGlance(data: SpecialtiesData, list: Occupation[]): AtAGlance {
  const counted = specialtyOccupations(data, list);
  if (counted.length === 0) throw new Error('at a glance: no specialty maps to an occupation with figures');

  const educations = counted.map((c) => c.occupation.figures.entryEducation).filter((e): e is string => !!e);
  const tally = new Map<string, number>();
  for (const e of educations) tally.set(e, (tally.get(e) ?? 0) + 1);
  const [school, count] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (!school) throw new Error('at a glance: no specialty occupation has an entryEducation figure');
  const schoolOf = counted.find((c) => c.occupation.figures.entryEducation === school)!;

  const paid = counted.filter((c) => c.occupation.figures.medianPay !== undefined);
  const sorted = [...paid].sort((a, b) => a.occupation.figures.medianPay! - b.occupation.figures.medianPay!);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (!lowest || !highest) throw new Error('at a glance: no specialty occupation has a medianPay figure');
  const low = getFigureFrom(list, lowest.occupation.id, 'medianPay');
  const high = getFigureFrom(list, highest.occupation.id, 'medianPay');

  const largest = counted.map((c) => ({
    c,
    top: [...(c.occupation.workplaces ?? [])].sort((a, b) => b.percent - a.percent)[0],
  }));
  const industries = new Set(largest.map((l) => l.top?.industry));
  const shares = largest.flatMap((l) => (l.top ? [l.top.percent] : []));
  const work =
    industries.size === 1 && shares.length === counted.length
      ? {
          industry: largest[0]!.top!.industry,
          lowPercent: Math.min(...shares),
          highPercent: Math.max(...shares),
          year: counted[0]!.occupation.source.employmentYear,
        }
      : undefined;

  const sources = new Map<string, DataSource>();
  for (const c of counted)
    if (!sources.has(c.occupation.source.edition)) sources.set(c.occupation.source.edition, c.occupation.source);

  return {
    school: { value: school, count, of: counted.length, period: schoolOf.occupation.source.projectionPeriod },
    pay: {
      low: low.display,
      high: high.display,
      lowName: specialtyInfo[lowest.id].name,
      highName: specialtyInfo[highest.id].name,
      period: low.period === high.period ? low.period : `${low.period} and ${high.period}`,
    },
    work,
    noIonizing: data.specialties
      .filter((s) => s.radiation.ionizing === 'no')
      .map((s) => ({ id: s.id, name: specialtyInfo[s.id].name, plainName: specialtyInfo[s.id].plainName })),
    sources: [...sources.values()],
  };
}

export function getAtAGlance(): AtAGlance {
  return buildAtAGlance(specialtiesData, occupations);
}
