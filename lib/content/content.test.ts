import { allArticles, allPages } from 'contentlayer/generated';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx/mdx-content';
import {
  authorComponentNames,
  buildRouteMap,
  checkComponents,
  checkLinks,
  checkTypedFigures,
  checkUniquePaths,
  findInternalLinks,
} from './check';
import { credentialsData } from './credentials';
import { factsData } from './facts';
import { glossary } from './glossary';
import { getAllArticles, getNavTree } from './index';
import { getNeighbours, getRelated } from './related';
import { occupations } from './occupations';
import { readability } from './readability';
import { fixedRoutes, reservedPaths } from './routes';
import { articleSchema, findDocumentProblems, formatProblems, pageSchema } from './schema';

const docs = [...allArticles, ...allPages];
const routes = buildRouteMap(
  docs.map((d) => ({ url: d.url, toc: 'toc' in d ? (d.toc as { id: string }[]) : [] })),
  fixedRoutes(),
  glossary.map((t) => t.id),
);
const maxGrade = 10;
const maxReviewAgeDays = 365;

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
    expect(formatProblems(checkComponents(docs, { occupations, facts: factsData, credentials: credentialsData }))).toBe(
      '',
    );
  });

  it('registers exactly the author components the build checks', () => {
    // Lower-case keys (a, table) restyle HTML elements; author components are capitalised.
    const registered = Object.keys(mdxComponents()).filter((name) => /^[A-Z]/.test(name));
    expect(registered.sort()).toEqual([...authorComponentNames].sort());
  });

  it('resolves every internal link, #anchor and glossary term', () => {
    const links = docs.flatMap((d) => findInternalLinks(d.body.raw));
    expect(links.length).toBeGreaterThan(0);
    expect(formatProblems(checkLinks(docs, routes))).toBe('');
  });

  it('types no figures into prose', () => {
    expect(formatProblems(checkTypedFigures(docs))).toBe('');
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

describe('every article for students', () => {
  it.each(allArticles.map((a) => [a._raw.sourceFilePath, a] as const))(
    '%s reads at grade 10 or below',
    (file, article) => {
      const r = readability(article.body.raw);
      console.log(`reading grade ${r.grade.toFixed(1)}  ${file}`);
      expect(r.grade).toBeLessThanOrEqual(maxGrade);
    },
  );

  it.each(allArticles.map((a) => [a._raw.sourceFilePath, a] as const))(
    '%s was reviewed in the last 12 months',
    (_, article) => {
      const ageDays = (Date.now() - new Date(article.reviewedAt).getTime()) / 86_400_000;
      expect(ageDays).toBeLessThanOrEqual(maxReviewAgeDays);
    },
  );
});

describe('reading paths through the real content', () => {
  const all = getAllArticles();

  it('suggests two to four related articles on every article, never itself or its neighbours', () => {
    for (const article of all) {
      const related = getRelated(article, all).map((a) => a.slug);
      const { previous, next } = getNeighbours(article, all);
      expect(related.length, article.slug).toBeGreaterThanOrEqual(2);
      expect(related.length, article.slug).toBeLessThanOrEqual(4);
      expect(related, article.slug).not.toContain(article.slug);
      if (previous) expect(related, article.slug).not.toContain(previous.slug);
      if (next) expect(related, article.slug).not.toContain(next.slug);
    }
  });

  it('links every article in a topic through previous and next', () => {
    for (const article of all) {
      const { previous, next } = getNeighbours(article, all);
      if (previous) expect(getNeighbours(previous, all).next?.slug).toBe(article.slug);
      if (next) expect(getNeighbours(next, all).previous?.slug).toBe(article.slug);
    }
  });
});
