// Build-time checks over the generated documents and data files. Each problem names its file.
import { getBodyFrom, type CredentialsData } from './credentials';
import { getFactFrom, type FactsData } from './facts';
import { isModality, modalities } from './licensure';
import { getFigureFrom, getOccupationFrom, type Occupation } from './occupations';
import { findUnknownRelated } from './related';
import type { SpecialtiesData } from './specialties';
import type { ContentProblem } from './schema';
import type { TocEntry } from './toc';

type CheckedDoc = {
  type: string;
  occupation?: string;
  url: string;
  aliases?: string[];
  related?: string[];
  toc?: TocEntry[];
  body: { raw: string };
  _raw: { sourceFilePath: string };
};

const calloutTypes = ['note', 'warning', 'misconception'] as const;

/** Author components and the attributes each one takes. */
const componentAttributes: Record<string, { required: string[]; optional: string[] }> = {
  Stat: { required: ['occupation', 'field'], optional: [] },
  KeyFacts: { required: ['occupation'], optional: [] },
  Workplaces: { required: ['occupation'], optional: [] },
  Callout: { required: ['type'], optional: ['title'] },
  Fact: { required: ['id'], optional: [] },
  Credentials: { required: ['body'], optional: [] },
  PostprimaryRoutes: { required: [], optional: [] },
  PaySpread: { required: [], optional: [] },
  PayLinks: { required: [], optional: [] },
  LicensureTable: { required: ['modality'], optional: [] },
};

/** The names authors may use in MDX; components/mdx/mdx-content.tsx registers the same set. */
export const authorComponentNames = Object.keys(componentAttributes);

/** The data the author components read, parsed from content/data. */
export type ContentData = { occupations: Occupation[]; facts: FactsData; credentials: CredentialsData };

function fileOf(doc: CheckedDoc): string {
  return `content/${doc._raw.sourceFilePath}`;
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(raw: string): { line: string; n: number }[] {
  const out: { line: string; n: number }[] = [];
  let inFence = false;
  raw.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return;
    }
    if (!inFence) out.push({ line, n: i + 1 });
  });
  return out;
}

/** Every use of an author component: its name and string attributes. */
export function findComponentUses(raw: string): { name: string; attributes: Record<string, string>; source: string }[] {
  const uses: { name: string; attributes: Record<string, string>; source: string }[] = [];
  const text = proseLines(raw)
    .map((l) => l.line)
    .join('\n');
  for (const match of text.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)) {
    const attributes: Record<string, string> = {};
    const attrText = match[2] ?? '';
    for (const attr of attrText.matchAll(/([a-zA-Z]+)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
      attributes[attr[1] ?? ''] = attr[2] ?? `{${attr[3] ?? ''}}`;
    }
    uses.push({ name: match[1] ?? '', attributes, source: match[0] });
  }
  return uses;
}

/** Author components must exist, take known attributes, and point at data that exists. */
export function checkComponents(docs: CheckedDoc[], data: ContentData): ContentProblem[] {
  const { occupations } = data;
  const problems: ContentProblem[] = [];
  for (const doc of docs) {
    const file = fileOf(doc);
    if (doc.occupation) {
      try {
        getOccupationFrom(occupations, doc.occupation);
      } catch (error) {
        problems.push({ file, field: 'occupation', message: (error as Error).message });
      }
    }
    for (const use of findComponentUses(doc.body.raw)) {
      const spec = componentAttributes[use.name];
      const field = `<${use.name}>`;
      if (!spec) {
        problems.push({
          file,
          field,
          message: `unknown component. Available: ${Object.keys(componentAttributes).join(', ')}`,
        });
        continue;
      }
      for (const name of spec.required) {
        if (!(name in use.attributes)) problems.push({ file, field, message: `missing the "${name}" attribute` });
      }
      for (const name of Object.keys(use.attributes)) {
        if (!spec.required.includes(name) && !spec.optional.includes(name)) {
          problems.push({ file, field, message: `unknown attribute "${name}"` });
        }
      }
      const { occupation, field: figure, type, id, body, modality } = use.attributes;
      try {
        if (use.name === 'Stat' && occupation && figure) getFigureFrom(occupations, occupation, figure);
        if ((use.name === 'KeyFacts' || use.name === 'Workplaces') && occupation) {
          const found = getOccupationFrom(occupations, occupation);
          if (use.name === 'Workplaces' && !found.workplaces?.length) {
            throw new Error(`occupation "${occupation}" has no workplaces in content/data/occupations.json`);
          }
        }
        if (use.name === 'Fact' && id) getFactFrom(data.facts, id);
        if (use.name === 'Credentials' && body) getBodyFrom(data.credentials, body);
        if (use.name === 'LicensureTable' && modality && !isModality(modality)) {
          throw new Error(`unknown modality "${modality}". Valid: ${modalities.join(', ')}`);
        }
      } catch (error) {
        problems.push({ file, field, message: (error as Error).message });
      }
      if (use.name === 'Callout' && type && !(calloutTypes as readonly string[]).includes(type)) {
        problems.push({ file, field, message: `unknown type "${type}". Valid types: ${calloutTypes.join(', ')}` });
      }
    }
  }
  return problems;
}

/** Internal links in Markdown and JSX, without the site origin. */
export function findInternalLinks(raw: string): { href: string; line: number }[] {
  const links: { href: string; line: number }[] = [];
  for (const { line, n } of proseLines(raw)) {
    for (const m of line.matchAll(/\]\((\/[^)\s]*|#[^)\s]+)\)/g)) links.push({ href: m[1] ?? '', line: n });
    for (const m of line.matchAll(/href="(\/[^"]*|#[^"]+)"/g)) links.push({ href: m[1] ?? '', line: n });
  }
  return links;
}

/**
 * Every internal link must reach a page, and every #anchor a heading on it.
 * `routes` maps each known path to the heading ids on it (empty for pages without headings);
 * `bodyStartLine` turns line numbers in the body into line numbers in the file.
 */
export function checkLinks(
  docs: CheckedDoc[],
  routes: Map<string, Set<string>>,
  bodyStartLine: (doc: CheckedDoc) => number = () => 0,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const doc of docs) {
    const file = fileOf(doc);
    const offset = bodyStartLine(doc);
    for (const { href, line: bodyLine } of findInternalLinks(doc.body.raw)) {
      const line = bodyLine + offset;
      const [rawPath = '', anchor] = href.split('#');
      const path = rawPath === '' ? doc.url : rawPath.replace(/\/$/, '') || '/';
      const ids = routes.get(path);
      if (!ids) {
        problems.push({ file, field: `line ${line}`, message: `link to ${href}: no page at ${path}` });
      } else if (anchor && !ids.has(anchor)) {
        problems.push({ file, field: `line ${line}`, message: `link to ${href}: ${path} has no heading #${anchor}` });
      }
    }
  }
  return problems;
}

/** No two documents, aliases or fixed routes may claim the same path. */
export function checkUniquePaths(docs: CheckedDoc[], fixedRoutes: string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string>(fixedRoutes.map((r) => [r, `the route ${r}`]));
  for (const doc of docs) {
    const file = fileOf(doc);
    for (const [field, path] of [
      ['url', doc.url] as const,
      ...(doc.aliases ?? []).map((a) => ['aliases', a] as const),
    ]) {
      const owner = owners.get(path);
      if (owner) problems.push({ file, field, message: `${path} is already used by ${owner}` });
      else owners.set(path, file);
    }
  }
  return problems;
}

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "since 2020", "effective March 13, 2024", "passed in 2016": the date of a rule, which is a figure. */
const ruleDate = new RegExp(
  `\\b(?:(?:[Ss]ince|[Ee]ffective)(?: in| on)?|(?:[Ss]igned|[Pp]assed|[Aa]dopted|took effect)(?: [a-z]+){0,3}? (?:in|on)) (?:${month} (?:\\d{1,2}, )?)?(?:19|20)\\d{2}\\b`,
  'g',
);

/**
 * Digits typed into prose that look like figures: pay, percentages, counts, and the dates rules
 * began ("since 2020"). Figures belong in content/data and are rendered by components. Allowed:
 * other years (1900–2099: the year a study or survey describes), ordered-list markers, credential
 * letters and names, digits inside component tags, link targets and headings' ids.
 */
export function findTypedFigures(raw: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  for (const { line, n } of proseLines(raw)) {
    const cleaned = line
      .replace(/<[A-Z][^>]*>/g, ' ') // component tags and their attributes
      .replace(/\]\([^)]*\)/g, ']') // link targets
      .replace(/^\s*\d+\.\s/, ' ') // ordered-list markers
      .replace(/\b(?:R\.T\.|R\.R\.A\.)[^\s]*/g, ' ') // credential letters such as R.T.(R)(ARRT)
      .replace(/\b(?:No\.|Statement|SB|RSA|CFR|Part|OAR)\s?[\d.-]+[A-Z]?\b/g, ' '); // names of documents and laws
    for (const m of cleaned.matchAll(ruleDate)) found.push({ text: m[0], line: n });
    const prose = cleaned.replace(ruleDate, ' ').replace(/\b(?:19|20)\d{2}\b/g, ' '); // years
    for (const m of prose.matchAll(/[$€£]?\d[\d,.]*\s?(?:%|percent\b)?/g)) found.push({ text: m[0].trim(), line: n });
  }
  return found;
}

export function checkTypedFigures(docs: CheckedDoc[], bodyStartLine: (doc: CheckedDoc) => number = () => 0) {
  const problems: ContentProblem[] = [];
  for (const doc of docs) {
    const offset = bodyStartLine(doc);
    for (const { text, line } of findTypedFigures(doc.body.raw)) {
      problems.push({
        file: fileOf(doc),
        field: `line ${line + offset}`,
        message: `"${text}" looks like a figure typed into prose; put it in content/data and render it with a component`,
      });
    }
  }
  return problems;
}

/** Every path content may link to, with the #anchors on it. */
export function buildRouteMap(
  docs: { url: string; toc?: { id: string }[] }[],
  fixed: string[],
  glossaryIds: string[],
): Map<string, Set<string>> {
  const routes = new Map<string, Set<string>>(fixed.map((r) => [r, new Set<string>()]));
  routes.set('/glossary', new Set(glossaryIds));
  for (const doc of docs) routes.set(doc.url, new Set((doc.toc ?? []).map((t) => t.id)));
  return routes;
}

/**
 * Published addresses must keep working: each one must still be a page, a fixed route or an
 * alias. A new page must be added to the list (`npm run urls:update`), so renames are deliberate.
 */
export function checkPublishedUrls(
  published: string[],
  docs: CheckedDoc[],
  fixed: string[],
  file = 'content/data/published-urls.json',
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = new Set([...fixed, ...docs.map((d) => d.url)]);
  const aliases = new Set(docs.flatMap((d) => d.aliases ?? []));
  const listed = new Set(published);
  for (const url of published) {
    if (!live.has(url) && !aliases.has(url)) {
      problems.push({
        file,
        field: url,
        message: `${url} was published and no longer leads anywhere. Add it to the aliases of the page that replaced it.`,
      });
    }
  }
  for (const doc of docs) {
    if (!listed.has(doc.url)) {
      problems.push({
        file: fileOf(doc),
        field: 'url',
        message: `${doc.url} is new: run "npm run urls:update" to add it to ${file}`,
      });
    }
  }
  return problems;
}

/** Every slug named in an article's `related` front matter is another article. */
export function checkRelated(docs: CheckedDoc[]): ContentProblem[] {
  const articles = docs.filter((d) => d.type === 'Article');
  const slugs = new Set(articles.map((d) => d.url.slice(1)));
  return articles.flatMap((doc) =>
    findUnknownRelated({ slug: doc.url.slice(1), topic: '', order: 0, related: doc.related ?? [] }, slugs).map(
      (slug) => ({
        file: fileOf(doc),
        field: 'related',
        message: `"${slug}" is not another article; use the slug of an article, e.g. "${[...slugs][0]}"`,
      }),
    ),
  );
}

/**
 * Ultrasound and MRI use no *ionizing* radiation; the FDA still counts them as radiation-emitting
 * products. So "no radiation", "not radiation", "without radiation", "radiation-free" and "does not
 * expose patients to radiation" are wrong
 * unless the word "ionizing" qualifies the radiation. Checks every line of a file, including the
 * front matter (titles and descriptions) and JSON data, outside fenced code.
 */
const unqualifiedRadiation =
  /\b(?:no|not|without|free of|zero)\s+(?:any\s+|x-ray\s+)?radiation\b|\bradiation[- ]free\b|\b(?:not|never)\s+expose[sd]?\s+(?:\w+\s+){0,2}to\s+radiation\b/gi;

export function findRadiationWording(text: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  for (const { line, n } of proseLines(text)) {
    for (const m of line.matchAll(unqualifiedRadiation)) found.push({ text: m[0], line: n });
  }
  return found;
}

export function checkRadiationWording(files: { file: string; text: string }[]): ContentProblem[] {
  return files.flatMap(({ file, text }) =>
    findRadiationWording(text).map(({ text: phrase, line }) => ({
      file,
      field: `line ${line}`,
      message: `"${phrase}": ultrasound and MRI use no ionizing radiation, but they are not radiation-free; write "no ionizing radiation"`,
    })),
  );
}

/**
 * Claims known to rest on a secondary source alone, waiting for a primary source (issue 11). Each is
 * printed as a warning; any other claim on a secondary source alone fails the build. Delete an entry
 * once its claim cites a primary source: the check then warns that the entry is no longer needed.
 */
export const awaitingPrimary: readonly string[] = [];

type KindedSource = { id: string; kind: string };

/**
 * No figure rests on a secondary source alone: every <Fact> in a document, and every sourced claim
 * in specialties.json (the comparison table), cites at least one source that is not `secondary`
 * (an unofficial copy of a law counts as the law's text). Claims listed in `known` are warnings.
 */
export function checkSecondaryOnly(
  docs: CheckedDoc[],
  facts: FactsData,
  specialties?: SpecialtiesData,
  known: readonly string[] = awaitingPrimary,
): { problems: ContentProblem[]; warnings: string[] } {
  const problems: ContentProblem[] = [];
  const found = new Map<string, string>();
  const secondaryOnly = (sources: (KindedSource | undefined)[]) =>
    sources.length > 0 && sources.every((s) => s?.kind === 'secondary');
  const report = (key: string, problem: ContentProblem) => {
    if (known.includes(key)) found.set(key, `${key}: ${problem.message}`);
    else problems.push(problem);
  };

  const factSources = new Map(facts.sources.map((s) => [s.id, s]));
  for (const doc of docs) {
    for (const use of findComponentUses(doc.body.raw)) {
      const fact = use.name === 'Fact' ? facts.facts.find((f) => f.id === use.attributes.id) : undefined;
      if (!fact || !secondaryOnly([factSources.get(fact.source)])) continue;
      report(`facts.json:${fact.id}`, {
        file: fileOf(doc),
        field: `<Fact id="${fact.id}">`,
        message: `rests on a secondary source alone ("${fact.source}" in content/data/facts.json); cite a primary source`,
      });
    }
  }

  if (specialties) {
    const sources = new Map(specialties.sources.map((s) => [s.id, s]));
    for (const s of specialties.specialties) {
      const claims: [string, string[]][] = [
        ['entry', s.entry.sources],
        ['radiation', s.radiation.sources],
        ...Object.entries(s.traits).map(([id, t]): [string, string[]] => [`traits.${id}`, t.sources]),
      ];
      if ('sources' in s.education) claims.push(['education', s.education.sources]);
      if (s.figures.occupation === null) claims.push(['figures', s.figures.sources]);
      for (const [part, ids] of claims) {
        if (!secondaryOnly(ids.map((id) => sources.get(id)))) continue;
        report(`specialties.json:${s.id}.${part}`, {
          file: 'content/data/specialties.json',
          field: `${s.id}.${part}.sources`,
          message: `rests on a secondary source alone (${ids.join(', ')}); add a primary source`,
        });
      }
    }
  }

  const warnings = [...new Set(found.values())];
  for (const key of known) {
    if (!found.has(key)) {
      warnings.push(
        `${key} no longer rests on a secondary source alone; remove it from awaitingPrimary in lib/content/check.ts`,
      );
    }
  }
  return { problems, warnings };
}
