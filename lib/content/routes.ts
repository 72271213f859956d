import { licensureFinderPaths } from './licensure';
import { topics } from './taxonomy';

/** Reader-facing pages the app defines itself (not documents); content may link to them. */
const appPages = [
  '/',
  '/topics',
  '/glossary',
  '/changes',
  '/for-counselors',
  '/for-counselors/classroom',
  '/for-counselors/classroom/worksheet',
  '/for-counselors/classroom/answer-key',
  '/for-counselors/classroom/family-handout',
  '/compare',
  '/pay-and-outlook',
  '/career-ladder',
  '/which-specialty',
];

/** Paths the app defines itself; no article, page or alias may take one. */
export const reservedPaths = [
  ...appPages,
  '/licensure-finder',
  '/api',
  '/admin',
  '/search',
  '/search-index.json',
  '/framework-floor',
  '/sitemap.xml',
  '/robots.txt',
];

/** Routes that are not documents but may be linked from content. */
export function fixedRoutes(): string[] {
  return [...appPages, ...topics.map((t) => `/topics/${t}`), ...licensureFinderPaths()];
}
