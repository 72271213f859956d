// Runs between `contentlayer2 build` and `next build`: fails the build on any content problem,
// naming the file and the field. Reads the documents generated in the current directory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkComponents, checkLinks, checkUniquePaths } from '../lib/content/check';
import { parseOccupations } from '../lib/content/occupations';
import { fixedRoutes, reservedPaths } from '../lib/content/routes';
import { findDocumentProblems, formatProblems, type ContentProblem } from '../lib/content/schema';
import type { TocEntry } from '../lib/content/toc';

type Doc = Parameters<typeof checkComponents>[0][number] & { toc?: TocEntry[] };

async function main(): Promise<number> {
  const contentDir = process.env.CONTENT_DIR ?? 'content';
  const generated = (await import(pathToFileURL(path.resolve('.contentlayer/generated/index.mjs')).href)) as {
    allArticles: Doc[];
    allPages: Doc[];
  };
  const docs: Doc[] = [...generated.allArticles, ...generated.allPages];
  const problems: ContentProblem[] = findDocumentProblems(docs);

  const dataFile = path.join(contentDir, 'data', 'occupations.json');
  let occupations: ReturnType<typeof parseOccupations> = [];
  try {
    occupations = parseOccupations(JSON.parse(readFileSync(dataFile, 'utf8')), dataFile);
  } catch (error) {
    problems.push({ file: dataFile, field: '(data)', message: (error as Error).message });
  }
  if (occupations.length > 0) problems.push(...checkComponents(docs, occupations));

  const routes = new Map<string, Set<string>>(fixedRoutes().map((r) => [r, new Set<string>()]));
  for (const doc of docs) routes.set(doc.url, new Set((doc.toc ?? []).map((t) => t.id)));
  // Front matter sits above the body: count its lines so problems point at the file's own lines.
  const bodyStartLine = (doc: Doc) => {
    const file = readFileSync(path.join(contentDir, doc._raw.sourceFilePath), 'utf8');
    return file.split('\n').length - doc.body.raw.split('\n').length;
  };
  problems.push(...checkLinks(docs, routes, bodyStartLine));
  problems.push(...checkUniquePaths(docs, [...reservedPaths, ...fixedRoutes()]));

  if (problems.length > 0) {
    console.error(`Content check failed with ${problems.length} problem(s):\n${formatProblems(problems)}`);
    return 1;
  }
  console.log(`Content check passed: ${docs.length} documents, ${occupations.length} occupations.`);
  return 0;
}

process.exitCode = await main();
