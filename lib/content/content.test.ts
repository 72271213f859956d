import { allArticles, allPages } from 'contentlayer/generated';
import { describe, expect, it } from 'vitest';
import { checkComponents, checkLinks, checkUniquePaths, findInternalLinks } from './check';
import { getAllArticles, getNavTree } from './index';
import { occupations } from './occupations';
import { fixedRoutes, reservedPaths } from './routes';
import { articleSchema, findDocumentProblems, formatProblems, pageSchema } from './schema';

const docs = [...allArticles, ...allPages];

function routeMap() {
  const routes = new Map<string, Set<string>>(fixedRoutes().map((r) => [r, new Set<string>()]));
  for (const doc of docs) routes.set(doc.url, new Set(('toc' in doc ? doc.toc : []).map((t: { id: string }) => t.id)));
  return routes;
}

describe('the published content', () => {
  it.each(allArticles.map((a) => [a._raw.sourceFilePath, a] as const))(
    '%s parses with the article schema',
    (_, doc) => {
      expect(() => articleSchema().parse(doc)).not.toThrow();
    },
  );

  it.each(allPages.map((p) => [p._raw.sourceFilePath, p] as const))('%s parses with the page schema', (_, doc) => {
    expect(() => pageSchema().parse(doc)).not.toThrow();
  });

  it('has no problems in any document', () => {
    expect(formatProblems(findDocumentProblems(docs))).toBe('');
  });

  it('uses author components only with data that exists', () => {
    expect(formatProblems(checkComponents(docs, occupations))).toBe('');
  });

  it('resolves every internal link and #anchor', () => {
    const links = docs.flatMap((d) => findInternalLinks(d.body.raw));
    expect(links.length).toBeGreaterThan(0);
    expect(formatProblems(checkLinks(docs, routeMap()))).toBe('');
  });

  it('gives every page, alias and route its own path', () => {
    expect(formatProblems(checkUniquePaths(docs, [...reservedPaths, ...fixedRoutes()]))).toBe('');
  });

  it('gives every heading in the table of contents the id the rendered page uses', () => {
    for (const article of allArticles) {
      for (const entry of article.toc as { id: string }[]) {
        const rendered = article.body.code.includes(`id:"${entry.id}"`);
        expect(rendered, `${article._raw.sourceFilePath} #${entry.id}`).toBe(true);
      }
    }
  });

  it('lists every published article under its topic in the navigation', () => {
    const inNav = getNavTree().flatMap((t) => t.articles.map((a) => a.slug));
    expect(inNav.sort()).toEqual(
      getAllArticles()
        .map((a) => a.slug)
        .sort(),
    );
  });
});
