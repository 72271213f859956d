import { loadIndex, search, type Hit } from './engine';

/** Fetches the prebuilt index (only when the search box is first focused) and returns a search function. */
export async function loadSearch(): Promise<(query: string) => Hit[]> {
  const response = await fetch('/search-index.json');
  if (!response.ok) throw new Error(`search index answered ${response.status}`);
  const index = loadIndex(await response.text());
  return (query) => search(index, query, 8);
}
