import { describe, expect, it } from 'vitest';
import published from '../../content/data/published-urls.json';
import { allArticles, allPages } from 'contentlayer/generated';
import { checkPublishedUrls } from './check';
import { fixedRoutes } from './routes';

const doc = (url: string, aliases: string[] = []) => ({
  type: 'Article',
  url,
  aliases,
  body: { raw: '' },
  _raw: { sourceFilePath: `articles/x${url}.mdx` },
});

describe('published addresses', () => {
  it('all still lead somewhere in the checked-in content', () => {
    expect(checkPublishedUrls(published.urls, [...allArticles, ...allPages], fixedRoutes())).toEqual([]);
  });

  it('flags a renamed page that has no alias for its old address', () => {
    const problems = checkPublishedUrls(['/sonography'], [doc('/ultrasound')], []);
    expect(problems.map((p) => p.message)).toEqual([
      '/sonography was published and no longer leads anywhere. Add it to the aliases of the page that replaced it.',
      '/ultrasound is new: run "npm run urls:update" to add it to content/data/published-urls.json',
    ]);
  });

  it('accepts a renamed page whose alias keeps the old address', () => {
    expect(checkPublishedUrls(['/sonography', '/ultrasound'], [doc('/ultrasound', ['/sonography'])], [])).toEqual([]);
  });
});
