// Search shared by the server (/search) and the browser (as you type). No content imports here:
// the browser loads this module only when the search box is focused.
import MiniSearch, { type SearchResult } from 'minisearch';
import { expandQuery } from './synonyms';

export type SearchDoc = {
  /** url#anchor, unique per section. */
  id: string;
  url: string;
  title: string;
  /** The section heading, empty for a page's lead. */
  heading: string;
  description: string;
  text: string;
};

export const searchOptions = {
  idField: 'id',
  fields: ['title', 'heading', 'description', 'text'],
  storeFields: ['url', 'title', 'heading', 'text'],
  searchOptions: {
    boost: { title: 3, heading: 2, description: 1.5 },
    prefix: true,
    fuzzy: 0.15,
    combineWith: 'OR' as const,
  },
};

/** `withText: false` leaves section text out of the stored fields: the browser's dropdown shows
 *  titles and headings only, so its download stays small; the server keeps text for snippets. */
export function buildIndex(docs: SearchDoc[], { withText = true } = {}): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(
    withText ? searchOptions : { ...searchOptions, storeFields: ['url', 'title', 'heading'] },
  );
  index.addAll(docs);
  return index;
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, searchOptions);
}

export type Segment = { text: string; match: boolean };
export type Hit = { id: string; url: string; title: string; heading: string; snippet: Segment[] };

/** Up to ~160 characters around the first matched term, split into plain and matched parts. */
export function snippet(text: string, terms: string[], width = 160): Segment[] {
  const words = terms.filter((t) => t.length > 1).sort((a, b) => b.length - a.length);
  const pattern = words.length
    ? new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
    : null;
  const first = pattern ? text.search(pattern) : -1;
  const start = Math.max(0, (first < 0 ? 0 : first) - width / 3);
  let slice = text.slice(start, start + width);
  if (start > 0) slice = `…${slice.replace(/^\S*\s/, '')}`;
  if (start + width < text.length) slice = `${slice.replace(/\s\S*$/, '')}…`;
  if (!pattern) return [{ text: slice, match: false }];
  return slice
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: words.some((w) => w.toLowerCase() === part.toLowerCase()) }));
}

/** The best sections for a query, one per article, then up to two glossary definitions. */
export function search(index: MiniSearch<SearchDoc>, query: string, limit = 10): Hit[] {
  const q = query.trim();
  if (!q) return [];
  const results = index.search(expandQuery(q)) as (SearchResult & Omit<SearchDoc, 'id' | 'description'>)[];
  const toHit = (r: (typeof results)[number]): Hit => ({
    id: String(r.id),
    url: String(r.id),
    title: r.title,
    heading: r.heading,
    snippet: snippet(r.text ?? '', r.terms),
  });
  // Articles first: a short definition outscores a long section on word counts alone, but a
  // reader searching "cat scan" wants the CT page before the glossary line.
  const seen = new Set<string>();
  const pages: Hit[] = [];
  for (const r of results) {
    if (r.url === '/glossary' || seen.has(r.url)) continue;
    seen.add(r.url);
    pages.push(toHit(r));
  }
  // Up to two definitions at the end of a longer list; short lists are pages only.
  const terms = results
    .filter((r) => r.url === '/glossary')
    .slice(0, limit >= 5 ? 2 : 0)
    .map(toHit);
  return [...pages.slice(0, limit - terms.length), ...terms];
}
