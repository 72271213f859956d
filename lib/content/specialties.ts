import { provenanceOf, type Provenance } from './provenance';
import { z } from 'zod';
import { parseDataFile } from './data-file';
import specialtiesFile from '../../content/data/specialties.json';
import { credentialsData, type Credential, type CredentialsData } from './credentials';
import { factSourceSchema, type FactSource } from './facts';
import { figureInfo, getFigureFrom, occupations, type Occupation } from './occupations';
import { comparisonColumns, type ColumnId } from './comparison-columns';
import { specialties, specialtyInfo, type Specialty } from './taxonomy';

/** How you enter a specialty: as a first credential, as an add-on after one, or either way. */
export const entryRoutes = ['primary', 'postprimary', 'either'] as const;
export type EntryRoute = (typeof entryRoutes)[number];

const sourceIds = z.array(z.string()).min(1);
const sentence = z.string().min(10);

/** What kind of patient contact a specialty's sources describe. */
export const contactKinds = ['long-one-to-one', 'quick-exams', 'treatment-course', 'very-ill'] as const;
export type ContactKind = (typeof contactKinds)[number];
/** When the hours fall, as BLS describes them. */
export const schedulePatterns = ['regular', 'some-evenings-weekends', 'on-call'] as const;
export type SchedulePattern = (typeof schedulePatterns)[number];
/** The physical side of the work that a source names. */
export const physicalDemands = ['on-feet', 'positions-patients'] as const;
export type PhysicalDemand = (typeof physicalDemands)[number];
/** Physics and math load that a source names (an exam on physics). */
export const physicsLoads = ['physics-exam'] as const;
export type PhysicsLoad = (typeof physicsLoads)[number];

/** A sourced attribute, or a plain statement that no source publishes it (never a guess). */
function trait<T extends z.ZodType>(value: T) {
  return z.union([
    z.strictObject({ value, note: sentence, sources: sourceIds }),
    z.strictObject({ notPublished: sentence, sources: z.array(z.string()) }),
  ]);
}
const traitsSchema = z.strictObject({
  contact: trait(z.array(z.enum(contactKinds)).min(1)),
  schedule: trait(z.enum(schedulePatterns)),
  physical: trait(z.array(z.enum(physicalDemands)).min(1)),
  physics: trait(z.enum(physicsLoads)),
});
export type SpecialtyTraits = z.infer<typeof traitsSchema>;
export type TraitId = keyof SpecialtyTraits;

const specialtyFactsSchema = z.strictObject({
  id: z.enum(specialties),
  entry: z.strictObject({ route: z.enum(entryRoutes), note: sentence, sources: sourceIds }),
  // "from occupation" reads BLS's typical entry-level education for the mapped occupation.
  education: z.union([
    z.strictObject({ from: z.literal('occupation') }),
    z.strictObject({ text: sentence, sources: sourceIds }),
  ]),
  credentials: z.array(z.string()).min(1),
  radiation: z.strictObject({ ionizing: z.enum(['yes', 'no', 'depends']), note: sentence, sources: sourceIds }),
  figures: z.union([
    z.strictObject({
      occupation: z.string(),
      // A profile that includes this occupation, used (and labelled) where the occupation lacks a figure.
      combinedProfile: z.string().optional(),
      note: sentence.optional(),
    }),
    z.strictObject({
      occupation: z.null(),
      notPublished: sentence,
      countedWith: z.string().nullable(),
      sources: z.array(z.string()),
    }),
  ]),
  // Attributes the "Which specialty fits me?" quiz weighs; each sourced or marked not published.
  traits: traitsSchema,
});
export type SpecialtyFacts = z.infer<typeof specialtyFactsSchema>;

/** What specialties.json points into: the occupations and credentials data files. */
export type SpecialtyRefs = { occupations: Occupation[]; credentials: CredentialsData };

const routeNeeds: Record<EntryRoute, Credential['pathway'][][]> = {
  primary: [['primary', 'primary or postprimary']],
  postprimary: [['postprimary', 'primary or postprimary', 'specialty']],
  either: [
    ['primary', 'primary or postprimary'],
    ['postprimary', 'primary or postprimary'],
  ],
};

export function specialtiesFileSchema(refs: SpecialtyRefs) {
  return z
    .strictObject({ sources: z.array(factSourceSchema), specialties: z.array(specialtyFactsSchema) })
    .superRefine((file, ctx) => {
      const sources = new Set(file.sources.map((s) => s.id));
      const occupationIds = new Set(refs.occupations.map((o) => o.id));
      const credentials = new Map(refs.credentials.credentials.map((c) => [c.id, c]));
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const checkSources = (ids: string[], path: (string | number)[]) =>
        ids.forEach((id, i) => {
          if (!sources.has(id)) issue([...path, i], `unknown source "${id}". Sources: ${[...sources].join(', ')}`);
        });
      const checkOccupation = (id: string | null | undefined, path: (string | number)[]) => {
        if (id && !occupationIds.has(id)) {
          issue(path, `unknown occupation "${id}". Valid occupations: ${[...occupationIds].join(', ')}`);
        }
      };

      for (const id of specialties) {
        const count = file.specialties.filter((s) => s.id === id).length;
        if (count !== 1) issue(['specialties'], `specialty "${id}" appears ${count} times; it must appear once`);
      }
      file.specialties.forEach((s, i) => {
        const at = ['specialties', i];
        checkSources(s.entry.sources, [...at, 'entry', 'sources']);
        checkSources(s.radiation.sources, [...at, 'radiation', 'sources']);
        for (const [id, t] of Object.entries(s.traits)) checkSources(t.sources, [...at, 'traits', id, 'sources']);
        if ('sources' in s.education) checkSources(s.education.sources, [...at, 'education', 'sources']);
        if (s.figures.occupation === null) {
          checkSources(s.figures.sources, [...at, 'figures', 'sources']);
          checkOccupation(s.figures.countedWith, [...at, 'figures', 'countedWith']);
        } else {
          checkOccupation(s.figures.occupation, [...at, 'figures', 'occupation']);
          checkOccupation(s.figures.combinedProfile, [...at, 'figures', 'combinedProfile']);
        }
        if ('from' in s.education) {
          const occupation = refs.occupations.find((o) => o.id === s.figures.occupation);
          if (!occupation?.figures.entryEducation) {
            issue(
              [...at, 'education'],
              'education "from occupation" needs an occupation with an entryEducation figure',
            );
          }
        }
        const listed: Credential[] = [];
        s.credentials.forEach((id, j) => {
          const credential = credentials.get(id);
          if (!credential) issue([...at, 'credentials', j], `unknown credential "${id}"`);
          else if (credential.specialty !== s.id) {
            issue([...at, 'credentials', j], `credential "${id}" belongs to specialty "${credential.specialty}"`);
          } else listed.push(credential);
        });
        for (const pathways of routeNeeds[s.entry.route]) {
          if (listed.length > 0 && !listed.some((c) => pathways.includes(c.pathway))) {
            issue(
              [...at, 'entry', 'route'],
              `route "${s.entry.route}" needs a listed credential with pathway ${pathways.join(' or ')}`,
            );
          }
        }
      });
    });
}
export type SpecialtiesData = z.infer<ReturnType<typeof specialtiesFileSchema>>;

/** Parses specialties.json against the occupations and credentials it points into. */
export function parseSpecialties(
  data: unknown,
  file = 'content/data/specialties.json',
  refs: SpecialtyRefs = { occupations, credentials: credentialsData },
): SpecialtiesData {
  return parseDataFile(specialtiesFileSchema(refs), data, file);
}

export const specialtiesData = parseSpecialties(specialtiesFile);

// ---------------------------------------------------------------------------------------------
// The comparison table: one row per specialty, one cell per column, each cell sourced.

export { comparisonColumns, overviewColumns, type ColumnId } from './comparison-columns';

/** What a cell cites: a data source from any of the data files. */
export type CellSource = Pick<FactSource, 'publisher' | 'shortName' | 'title' | 'url' | 'edition'> & Provenance;

export type Cell =
  | { status: 'value'; lines: string[]; period?: string; note?: string; sources: CellSource[] }
  | {
      status: 'not-published';
      reason: string;
      sources: CellSource[];
      /** A related published figure, clearly labelled (e.g. a combined profile). */
      related?: { label: string; value: string; period: string; source: CellSource };
    };

export type ComparisonRow = { id: Specialty; name: string; plainName: string; cells: Record<ColumnId, Cell> };

const routeLabel: Record<EntryRoute, string> = {
  primary: 'First credential',
  postprimary: 'Add-on after a first credential',
  either: 'First credential or add-on',
};
const ionizingLabel = { yes: 'Yes', no: 'No', depends: 'Depends on the work' } as const;

/** "MRI technologists" stays as it is; "Radiologic technologists" becomes "radiologic technologists". */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function toCellSource(s: CellSource): CellSource {
  return {
    publisher: s.publisher,
    shortName: s.shortName,
    title: s.title,
    url: s.url,
    edition: s.edition,
    ...provenanceOf(s),
  };
}

/** Builds the comparison from parsed data; every cell is a sourced value or an explicit "not published". */
export function buildComparison(data: SpecialtiesData, refs: SpecialtyRefs): ComparisonRow[] {
  const sourceById = new Map(data.sources.map((s) => [s.id, toCellSource(s)]));
  const cite = (ids: string[]) => ids.map((id) => sourceById.get(id)!);
  const credentialById = new Map(refs.credentials.credentials.map((c) => [c.id, c]));
  const bodyById = new Map(refs.credentials.bodies.map((b) => [b.id, b]));
  const credentialsSource = toCellSource(refs.credentials.source);

  return specialties.map((id) => {
    const s = data.specialties.find((x) => x.id === id)!;
    const occupation = s.figures.occupation ? refs.occupations.find((o) => o.id === s.figures.occupation)! : undefined;
    const combined =
      s.figures.occupation !== null && s.figures.combinedProfile
        ? refs.occupations.find((o) => o.id === (s.figures as { combinedProfile: string }).combinedProfile)
        : undefined;

    const figureCell = (field: 'medianPay' | 'projectedChangePercent' | 'openingsPerYear'): Cell => {
      if (s.figures.occupation === null) {
        return { status: 'not-published', reason: s.figures.notPublished, sources: cite(s.figures.sources) };
      }
      const o = occupation!;
      if (o.figures[field] !== undefined) {
        const figure = getFigureFrom(refs.occupations, o.id, field);
        const lines = [figure.display];
        if (field === 'projectedChangePercent' && o.figures.outlook) {
          lines.push(getFigureFrom(refs.occupations, o.id, 'outlook').display);
        }
        return {
          status: 'value',
          lines,
          period: figure.period,
          note: s.figures.note,
          sources: [toCellSource(o.source)],
        };
      }
      const related =
        combined?.figures[field] !== undefined ? getFigureFrom(refs.occupations, combined.id, field) : undefined;
      return {
        status: 'not-published',
        reason: `Our data has no figure for ${lowerFirst(o.name)} alone.`,
        sources: [toCellSource(o.source)],
        related: related && {
          label: combined!.name,
          value: related.display,
          period: related.period,
          source: toCellSource(combined!.source),
        },
      };
    };

    const education: Cell =
      'from' in s.education
        ? {
            status: 'value',
            lines: [occupation!.figures.entryEducation!],
            note: occupation!.figures.workExperience
              ? `${figureInfo.workExperience.label}: ${occupation!.figures.workExperience.toLowerCase()}.`
              : undefined,
            sources: [toCellSource(occupation!.source)],
          }
        : { status: 'value', lines: [s.education.text], sources: cite(s.education.sources) };

    const workplaces: Cell =
      s.figures.occupation === null
        ? { status: 'not-published', reason: s.figures.notPublished, sources: cite(s.figures.sources) }
        : occupation!.workplaces?.length
          ? {
              status: 'value',
              lines: occupation!.workplaces.slice(0, 3).map((w) => `${w.industry}: ${w.percent}%`),
              period: occupation!.source.employmentYear,
              note: 'Share of jobs; the three largest employers.',
              sources: [toCellSource(occupation!.source)],
            }
          : {
              status: 'not-published',
              reason: `Our data has no workplace shares for ${lowerFirst(occupation!.name)}.`,
              sources: [toCellSource(occupation!.source)],
            };

    return {
      id,
      name: specialtyInfo[id].name,
      plainName: specialtyInfo[id].plainName,
      cells: {
        entry: {
          status: 'value',
          lines: [routeLabel[s.entry.route]],
          note: s.entry.note,
          sources: cite(s.entry.sources),
        },
        education,
        credentials: {
          status: 'value',
          lines: s.credentials.map((cid) => {
            const c = credentialById.get(cid)!;
            const body = bodyById.get(c.body)!;
            return `${c.name}${c.letters ? ` (${c.letters})` : ''}, ${body.abbreviation}`;
          }),
          sources: [credentialsSource],
        },
        radiation: {
          status: 'value',
          lines: [ionizingLabel[s.radiation.ionizing]],
          note: s.radiation.note,
          sources: cite(s.radiation.sources),
        },
        workplaces,
        medianPay: figureCell('medianPay'),
        growth: figureCell('projectedChangePercent'),
        openings: figureCell('openingsPerYear'),
      },
    };
  });
}

export function getComparison(): ComparisonRow[] {
  return buildComparison(specialtiesData, { occupations, credentials: credentialsData });
}

/** Every source the comparison cites (in the columns given), once each, in first-use order. */
export function comparisonSources(
  rows: ComparisonRow[],
  columns: readonly { id: ColumnId }[] = comparisonColumns,
): CellSource[] {
  const seen = new Map<string, CellSource>();
  for (const row of rows) {
    for (const column of columns) {
      const cell = row.cells[column.id];
      const all =
        cell.status === 'not-published' && cell.related ? [...cell.sources, cell.related.source] : cell.sources;
      for (const source of all) if (!seen.has(source.url)) seen.set(source.url, source);
    }
  }
  return [...seen.values()];
}
