import type MiniSearch from 'minisearch';
import { buildIndex, search, type Hit, type SearchDoc } from './engine';
import { searchDocuments } from './documents';

let index: MiniSearch<SearchDoc> | undefined;

/** The index of the published content, built once per server process (and once at build time). */
export function getSearchIndex(): MiniSearch<SearchDoc> {
  index ??= buildIndex(searchDocuments());
  return index;
}

/** The smaller index the browser downloads: same words, no section text. */
export function getBrowserSearchIndex(): MiniSearch<SearchDoc> {
  return buildIndex(searchDocuments(), { withText: false });
}

/** The longest query the site searches for; a longer one is cut here, never refused or an error. */
export const maxQueryLength = 100;

/** A query as the reader typed it, cut to maxQueryLength and trimmed: what the page shows. */
export function cleanQuery(raw: string | string[] | undefined): string {
  const first = Array.isArray(raw) ? raw[0] : raw;
  return (first ?? '').slice(0, maxQueryLength).trim();
}

/** The cache key of a query: the same words in any case, spacing or Unicode form search alike. */
export function queryKey(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
}

/** Recent result sets, least recently used first. Bounded, so a flood of distinct queries cannot grow memory. */
export const maxCachedQueries = 500;
const recent = new Map<string, Hit[]>();

/**
 * The site's results for a query, from the in-process cache of recent queries when it was asked
 * before: a repeated query costs a map lookup instead of a search (bench/pages.ts measures both).
 */
export function searchSite(query: string, limit = 20): Hit[] {
  const key = `${limit} ${queryKey(query)}`;
  const cached = recent.get(key);
  if (cached) {
    recent.delete(key);
    recent.set(key, cached);
    return cached;
  }
  const hits = search(getSearchIndex(), queryKey(query), limit);
  recent.set(key, hits);
  if (recent.size > maxCachedQueries) recent.delete(recent.keys().next().value!);
  return hits;
}

/** How many result sets are cached now (for tests). */
export function cachedQueryCount(): number {
  return recent.size;
}
