import type { APIRequestContext } from '@playwright/test';

/** Paths listed in the built sitemap.xml (origin dropped, so tests follow the server under test). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  if (!response.ok()) throw new Error(`sitemap.xml answered ${response.status()}`);
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (paths.length === 0) throw new Error('sitemap.xml lists no URLs');
  return paths;
}
