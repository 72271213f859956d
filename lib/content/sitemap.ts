import { getAllArticles, getAllPages } from './index';
import { fixedRoutes } from './routes';

export type SitemapEntry = { path: string; lastModified?: string };

/** Every public, indexable path: fixed routes, topic hubs, articles and pages. */
export function getSitemapEntries(): SitemapEntry[] {
  return [
    ...fixedRoutes().map((path) => ({ path })),
    ...getAllArticles().map((a) => ({ path: a.url, lastModified: a.reviewedAt })),
    ...getAllPages().map((p) => ({ path: p.url, lastModified: p.reviewedAt })),
  ];
}
