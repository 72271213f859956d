import { getAllArticles, getArticlesByTopic, topicUrl, type Topic } from '../content';
import { getSitemapEntries } from '../content/sitemap';

/**
 * The key of votes sent from the "not found" page. That page answers every unknown address, and
 * the address a reader mistyped is not worth keeping (nor safe to store), so all of them share one key.
 */
export const notFoundPage = '/404';

/** Search results are one page whatever the query: the query is never stored. */
export const searchPage = '/search';

/**
 * Every page that shows the feedback widget, and so the only keys a vote or a view may carry:
 * the sitemap's paths (home, hubs, tools, state pages, articles, site pages), search and the 404 page.
 */
export function feedbackPages(): string[] {
  return [...new Set([...getSitemapEntries().map((e) => e.path), searchPage, notFoundPage])];
}

/** The dashboard's topic filter: a topic's articles and its hub. */
export function topicPages(topic: Topic): string[] {
  return [topicUrl(topic), ...getArticlesByTopic(topic).map((a) => a.url)];
}

/** Everything that is neither an article nor a topic hub: home, tools, state pages, site pages, search, 404. */
export function otherPages(): string[] {
  const inTopics = new Set([
    ...getAllArticles().map((a) => a.url),
    ...feedbackPages().filter((p) => p.startsWith('/topics/')),
  ]);
  return feedbackPages().filter((p) => !inTopics.has(p));
}
