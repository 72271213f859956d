import { describe, expect, it } from 'vitest';
import { getAllArticles, getAllPages, topicInfo, topics } from './content';
import { licensureData, statePageTitle } from './content/licensure';
import { fullTitle, maxTitleLength, site } from './site';

describe('page titles', () => {
  it('keeps the site name when the full title fits', () => {
    expect(fullTitle('Glossary')).toBe(`Glossary | ${site.name}`);
  });

  it('drops the site name when it would push the title past the limit', () => {
    const long = 'Nuclear medicine: becoming a nuclear medicine technologist';
    expect(`${long} | ${site.name}`.length).toBeGreaterThan(maxTitleLength);
    expect(fullTitle(long)).toBe(long);
  });

  it('keeps every article, page, topic and state page title within the limit', () => {
    const titles = [
      ...getAllArticles().map((a) => a.title),
      ...getAllPages().map((p) => p.title),
      ...topics.map((t) => topicInfo[t].title),
      ...licensureData.states.map((s) => statePageTitle(s)),
    ];
    const tooLong = titles.map(fullTitle).filter((t) => t.length > maxTitleLength);
    expect(tooLong).toEqual([]);
    expect(`${site.name}: ${site.tagline}`.length).toBeLessThanOrEqual(maxTitleLength);
  });
});
