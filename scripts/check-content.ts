// Runs between `contentlayer2 build` and `next build`: fails the build on any content problem,
// naming the file and the field. Reads the documents generated in the current directory and the
// data files in $CONTENT_DIR/data (default: content/data).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildRouteMap,
  checkComponents,
  checkLinks,
  checkPublishedUrls,
  checkRadiationWording,
  checkRelated,
  checkSecondaryOnly,
  checkTypedFigures,
  checkUniquePaths,
  type ContentData,
} from '../lib/content/check';
import { parseCredentials } from '../lib/content/credentials';
import { parseFacts } from '../lib/content/facts';
import { parseGlossary } from '../lib/content/glossary';
import { parseLicensure } from '../lib/content/licensure';
import { parseOccupations } from '../lib/content/occupations';
import { parseProgramDirectories } from '../lib/content/program-directories';
import { fixedRoutes, reservedPaths } from '../lib/content/routes';
import { parseSpecialties } from '../lib/content/specialties';
import { findDocumentProblems, formatProblems, type ContentProblem } from '../lib/content/schema';
import type { TocEntry } from '../lib/content/toc';

type Doc = Parameters<typeof checkComponents>[0][number] & { toc?: TocEntry[] };

const contentDir = process.env.CONTENT_DIR ?? 'content';
const problems: ContentProblem[] = [];

/** Reads and parses one data file; a problem names the file instead of stopping the check. */
function load<T>(name: string, parse: (data: unknown, file: string) => T): T | undefined {
  const file = path.join(contentDir, 'data', name);
  try {
    return parse(JSON.parse(readFileSync(file, 'utf8')), file);
  } catch (error) {
    problems.push({ file, field: '(data)', message: (error as Error).message });
    return undefined;
  }
}

const generated = (await import(pathToFileURL(path.resolve('.contentlayer/generated/index.mjs')).href)) as {
  allArticles: Doc[];
  allPages: Doc[];
};
const docs: Doc[] = [...generated.allArticles, ...generated.allPages];
problems.push(...findDocumentProblems(docs));

const occupations = load('occupations.json', parseOccupations);
const facts = load('facts.json', parseFacts);
const credentials = load('credentials.json', parseCredentials);
const glossary = load('glossary.json', parseGlossary);
load('licensure.json', parseLicensure);
load('program-directories.json', parseProgramDirectories);
// specialties.json points into occupations and credentials, so it is checked against those files.
const specialties =
  occupations && credentials
    ? load('specialties.json', (data, file) => parseSpecialties(data, file, { occupations, credentials }))
    : undefined;

if (occupations && facts && credentials) {
  const data: ContentData = { occupations, facts, credentials };
  problems.push(...checkComponents(docs, data));
}
// No figure rests on a secondary source alone; known cases waiting for a primary source are warnings.
const sourcing = facts ? checkSecondaryOnly(docs, facts, specialties) : { problems: [], warnings: [] };
problems.push(...sourcing.problems);

// Front matter sits above the body: count its lines so problems point at the file's own lines.
const bodyStartLine = (doc: Doc) => {
  const file = readFileSync(path.join(contentDir, doc._raw.sourceFilePath), 'utf8');
  return file.split('\n').length - doc.body.raw.split('\n').length;
};

const routes = buildRouteMap(
  docs,
  fixedRoutes(),
  (glossary ?? []).map((t) => t.id),
);
problems.push(...checkLinks(docs, routes, bodyStartLine));
problems.push(...checkTypedFigures(docs, bodyStartLine));
problems.push(...checkRelated(docs));
// Whole files, so titles and descriptions in the front matter and the data files are checked too.
const wordingFiles = [
  ...docs.map((doc) => path.join(contentDir, doc._raw.sourceFilePath)),
  ...readdirSync(path.join(contentDir, 'data'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(contentDir, 'data', name)),
].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
problems.push(...checkRadiationWording(wordingFiles));
problems.push(...checkUniquePaths(docs, [...reservedPaths, ...fixedRoutes()]));

// Every published address must keep working; drafts are not published yet.
const publishedFile = path.join(contentDir, 'data', 'published-urls.json');
try {
  const { urls } = JSON.parse(readFileSync(publishedFile, 'utf8')) as { urls: string[] };
  const published = docs.filter((d) => !(d as { draft?: boolean }).draft);
  problems.push(...checkPublishedUrls(urls, published, fixedRoutes()));
} catch (error) {
  problems.push({ file: publishedFile, field: '(file)', message: (error as Error).message });
}

for (const warning of sourcing.warnings) console.warn(`WARNING ${warning}`);
if (problems.length > 0) {
  console.error(`Content check failed with ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exitCode = 1;
} else {
  console.log(`Content check passed: ${docs.length} documents, ${routes.size} linkable paths.`);
}
