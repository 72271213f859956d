import { licensureFinderPaths } from './licensure';
import { topics } from './taxonomy';

/** Paths the app defines itself; no article, page or alias may take one. */
export const reservedPaths = [
  '/',
  '/topics',
  '/api',
  '/admin',
  '/search',
  '/search-index.json',
  '/framework-floor',
  '/glossary',
  '/changes',
  '/for-counselors',
  '/compare',
  '/pay-and-outlook',
  '/career-ladder',
  '/licensure-finder',
  '/sitemap.xml',
  '/robots.txt',
];

/** Routes that are not documents but may be linked from content. */
export function fixedRoutes(): string[] {
  return [
    '/',
    '/topics',
    '/glossary',
    '/changes',
    '/for-counselors',
    '/compare',
    '/pay-and-outlook',
    '/career-ladder',
    ...topics.map((t) => `/topics/${t}`),
    ...licensureFinderPaths(),
  ];
}
