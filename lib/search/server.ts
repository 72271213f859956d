import type MiniSearch from 'minisearch';
import { buildIndex, type SearchDoc } from './engine';
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
