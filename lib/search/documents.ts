import { getAllArticles, type Article } from '../content';
import { glossary } from '../content/glossary';
import { licensureData, stateFinderPath, statePageDescription, statePageTitle } from '../content/licensure';
import { tools } from '../content/tools';
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
    const text = proseOf(part)
      .replace(/\bthe figure\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text && i > 0) return;
    docs.push({
      id: `${article.url}${anchor}`,
      url: article.url,
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
    ...tools.map((t) => ({ id: t.href, url: t.href, title: t.title, heading: '', description: t.text, text: t.text })),
    ...licensureData.states.map((state) => {
      const url = stateFinderPath(state.code);
      const description = statePageDescription(state);
      return { id: url, url, title: statePageTitle(state), heading: '', description, text: description };
    }),
    ...glossary.map((t) => ({
      id: `/glossary#${t.id}`,
      url: '/glossary',
      title: 'Glossary',
      heading: t.term,
      description: '',
      text: t.definition,
    })),
  ];
}
