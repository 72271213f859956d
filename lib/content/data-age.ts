// How old each sourced figure in content/data/ is, and whether its edition has probably been
// replaced. Editors run `npm run data:age` before a review.
import { credentialsData } from './credentials';
import { factsData } from './facts';
import { licensureData } from './licensure';
import { figureIds, occupations } from './occupations';
import { provenanceOf, retrievedRange, type Provenance } from './provenance';
import { specialtiesData } from './specialties';

export type SourcedFigure = {
  file: string;
  /** Where in the file: "diagnostic-medical-sonographers.medianPay", "rules.tx.radiography", … */
  id: string;
  source: string;
  url: string;
  edition: string;
} & Provenance;

type Source = { shortName: string; url: string; edition: string } & Provenance;
const row = (file: string, id: string, s: Source): SourcedFigure => ({
  ...provenanceOf(s),
  file,
  id,
  source: s.shortName,
  url: s.url,
  edition: s.edition,
});

/** Every sourced figure in the data files, each with the source it rests on. */
export function sourcedFigures(): SourcedFigure[] {
  const rows: SourcedFigure[] = [];
  for (const o of occupations) {
    for (const field of figureIds) {
      if (o.figures[field] !== undefined) rows.push(row('occupations.json', `${o.id}.${field}`, o.source));
    }
    for (const w of o.workplaces ?? [])
      rows.push(row('occupations.json', `${o.id}.workplaces.${w.industry}`, o.source));
    for (const p of o.payByIndustry ?? [])
      rows.push(row('occupations.json', `${o.id}.payByIndustry.${p.industry}`, o.source));
  }
  const factSources = new Map(factsData.sources.map((s) => [s.id, s]));
  for (const f of factsData.facts) rows.push(row('facts.json', f.id, factSources.get(f.source)!));
  for (const c of credentialsData.credentials) rows.push(row('credentials.json', c.id, credentialsData.source));
  const licensureSources = new Map(licensureData.sources.map((s) => [s.id, s]));
  for (const r of licensureData.rules) {
    rows.push(row('licensure.json', `rules.${r.state.toLowerCase()}.${r.modality}`, licensureSources.get(r.source)!));
  }
  for (const [modality, d] of Object.entries(licensureData.defaults)) {
    rows.push(row('licensure.json', `defaults.${modality}`, licensureSources.get(d.source)!));
  }
  const specialtySources = new Map(specialtiesData.sources.map((s) => [s.id, s]));
  for (const s of specialtiesData.specialties) {
    const cite = (part: string, ids: string[]) =>
      ids.forEach((id) => rows.push(row('specialties.json', `${s.id}.${part}`, specialtySources.get(id)!)));
    cite('entry', s.entry.sources);
    cite('radiation', s.radiation.sources);
    if ('sources' in s.education) cite('education', s.education.sources);
    if (s.figures.occupation === null) cite('figures', s.figures.sources);
  }
  return rows;
}

/** Whole days from an ISO date to `today` (UTC). */
export function ageInDays(iso: string, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000);
}

export type EditionCheck =
  | { kind: 'ooh'; years: string; supersededAfter: string; likelyReplaced: boolean }
  | { kind: 'unscheduled' };

/**
 * The Occupational Outlook Handbook publishes a new edition every September: the 2024–34 edition
 * (released in 2025) is probably replaced by the 2025–35 edition after the end of September 2026.
 * Other sources have no schedule we can rely on, so only their age is reported.
 */
export function checkEdition(edition: string, today: Date): EditionCheck {
  const ooh = /\bOOH\b.*?\b(\d{4})\s*[–-]\s*(\d{2})\b/.exec(edition);
  if (!ooh) return { kind: 'unscheduled' };
  const start = Number(ooh[1]);
  const supersededAfter = `${start + 2}-09-30`;
  return {
    kind: 'ooh',
    years: `${ooh[1]}–${ooh[2]}`,
    supersededAfter,
    likelyReplaced: today.getTime() > Date.parse(`${supersededAfter}T23:59:59Z`),
  };
}

export type AgeRow = SourcedFigure & { ageDays: number; check: EditionCheck };

export function dataAge(figures: SourcedFigure[], today: Date): AgeRow[] {
  return figures.map((f) => ({
    ...f,
    ageDays: ageInDays(retrievedRange(f).from, today),
    check: checkEdition(f.edition, today),
  }));
}

/** When and where the figure was read: "2026-11-29", or "2026-01-05/2026-02-27 in a saved copy". */
export function readOn(p: Provenance): string {
  if ('accessed' in p) return p.accessed;
  return p.readIn === 'saved copy' ? `${p.retrieved} in a saved copy` : p.retrieved;
}

/** The report: a table of every figure, then one warning per edition that has probably been replaced. */
export function formatDataAge(rows: AgeRow[]): { table: string; warnings: string[] } {
  const header = ['file', 'id', 'source', 'edition', 'read', 'age (days)'];
  const cells = rows.map((r) => [r.file, r.id, r.source, r.edition, readOn(r), String(r.ageDays)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const last = header.length - 1;
  const line = (c: string[]) =>
    c.map((v, i) => (i === last ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ');
  const table = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
  const replaced = new Map<string, AgeRow[]>();
  for (const r of rows) {
    if (r.check.kind !== 'ooh' || !r.check.likelyReplaced) continue;
    const key = `${r.file}|${r.url}|${r.edition}`;
    replaced.set(key, [...(replaced.get(key) ?? []), r]);
  }
  const warnings = [...replaced.values()].map((group) => {
    const r = group[0]!;
    const check = r.check as Extract<EditionCheck, { kind: 'ooh' }>;
    return (
      `WARNING ${r.file}: ${group.length} figure(s) from ${r.url} use the OOH ${check.years} edition, which has ` +
      `probably been replaced (a new edition comes out each September; this one after ${check.supersededAfter}). ` +
      `Check the live page and update: ${group
        .slice(0, 3)
        .map((g) => g.id)
        .join(', ')}${group.length > 3 ? ', …' : ''}`
    );
  });
  return { table, warnings };
}
