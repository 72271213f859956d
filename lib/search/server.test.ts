import { describe, expect, it } from 'vitest';
import { cachedQueryCount, cleanQuery, maxCachedQueries, maxQueryLength, queryKey, searchSite } from './server';

describe('server search', () => {
  it('cuts a very long query to the longest searched, and takes the first of repeated ?q=', () => {
    expect(cleanQuery('x'.repeat(5000))).toHaveLength(maxQueryLength);
    expect(cleanQuery(['  ct tech ', 'mri'])).toBe('ct tech');
    expect(cleanQuery(undefined)).toBe('');
  });

  it('treats case, spacing and Unicode forms of a query as one', () => {
    expect(queryKey('  Ultrasound\u00a0  TECH ')).toBe('ultrasound tech');
    expect(queryKey('ｃｔ tech')).toBe('ct tech');
  });

  it('answers a repeated query from the cache with the same results', () => {
    const first = searchSite('ultrasound tech');
    expect(first[0]?.url).toMatch(/^\/sonography/);
    expect(searchSite('  ULTRASOUND   tech')).toBe(first);
  });

  it('keeps at most the bounded number of recent queries', () => {
    for (let i = 0; i < maxCachedQueries + 50; i++) searchSite(`xray ${i}`);
    expect(cachedQueryCount()).toBe(maxCachedQueries);
  });
});
