import { getAllArticles, type Article } from '../content';
import { glossary } from '../content/glossary';
import { proseOf } from '../content/readability';
import type { SearchDoc } from './engine';

/** One search document per article section (lead, then each ## heading), plus one per glossary term. */
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

export function searchDocuments(): SearchDoc[] {
  return [
    ...getAllArticles().flatMap(articleSections),
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
