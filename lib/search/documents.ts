import { getAllArticles, type Article } from '../content';
import { glossary } from '../content/glossary';
import { licensureData, stateFinderPath, statePageDescription, statePageTitle } from '../content/licensure';
import { tools } from '../content/tools';
import { resolveFigureComponents } from '../content/figure-text';
import { proseOf } from '../content/readability';
import type { SearchDoc } from './engine';

/** One search document per article section (lead, then each ## heading). */
export function articleSections(article: Article): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const ids = article.toc.filter((t) => t.depth === 2);
  const parts = article.body.raw.split(/^## .*$/m);
  parts.forEach((part, i) => {
    const heading = i === 0 ? '' : (ids[i - 1]?.text ?? '');
    const anchor = i === 0 ? '' : `#${ids[i - 1]?.id ?? ''}`;
    // Figures are resolved before the prose is taken, so "a median of $89,340 a year (BLS, May 2024)"
    // survives; a line holding only a block tag (<Callout>, </Callout>) is not a sentence.
    const blocks = resolveFigureComponents(part).replace(/^\s*<\/?[A-Z][^>]*>\s*$/gm, '');
    const text = proseOf(blocks).replace(/:\./g, ':');
    // "Next steps" is a list of links to other pages: it never answers a question itself.
    if ((!text && i > 0) || heading === 'Next steps') return;
    docs.push({
      id: `${article.url}${anchor}`,
      title: article.title,
      heading,
      description: i === 0 ? article.description : '',
      text: text || article.description,
    });
  });
  return docs;
}

/** Article sections, the comparison and finder pages, one page per state, and every glossary term. */
export function searchDocuments(): SearchDoc[] {
  return [
    ...getAllArticles().flatMap(articleSections),
    ...tools.map((t) => ({ id: t.href, title: t.title, heading: '', description: t.text, text: t.text })),
    ...licensureData.states.map((state) => {
      const description = statePageDescription(state);
      return {
        id: stateFinderPath(state.code),
        title: statePageTitle(state),
        heading: '',
        description,
        text: description,
      };
    }),
    ...glossary.map((t) => ({
      id: `/glossary#${t.id}`,
      title: 'Glossary',
      heading: t.term,
      description: '',
      text: t.definition,
    })),
  ];
}
