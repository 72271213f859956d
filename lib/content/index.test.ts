import { describe, expect, it } from 'vitest';
import { getArticle, getArticlesByTopic, getNavTree, isVisible } from './index';

describe('isVisible', () => {
  it('hides a draft in production', () => {
    expect(isVisible({ draft: true }, 'production')).toBe(false);
  });

  it('shows a draft in development', () => {
    expect(isVisible({ draft: true }, 'development')).toBe(true);
  });

  it('shows a published article in production', () => {
    expect(isVisible({ draft: false }, 'production')).toBe(true);
  });
});

describe('content lookups', () => {
  it('finds an article by its slug', () => {
    expect(getArticle('radiography')?.url).toBe('/radiography');
  });

  it('returns nothing for an unknown slug', () => {
    expect(getArticle('astrology')).toBeUndefined();
  });

  it('orders a topic by the order field', () => {
    const orders = getArticlesByTopic('specialties').map((a) => a.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('lists the topics in reading order, starting with the overview', () => {
    expect(getNavTree()[0]?.topic).toBe('overview');
  });
});
