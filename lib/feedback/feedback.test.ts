import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-key';
import { safeEqual, suppliedToken } from './admin-auth';
import { csvCell, feedbackCsv } from './csv';
import { feedbackPages, notFoundPage, otherPages, searchPage, topicPages } from './pages';
import { feedbackDetailsSchema, feedbackSchema, formToInput, isDetailsStep } from './schema';
import { getSitemapEntries } from '../content/sitemap';
import { getArticlesByTopic } from '../content';
import { scrubComment } from './scrub';

describe('the feedback schema', () => {
  it('accepts a plain yes vote', () => {
    expect(feedbackSchema.parse({ page: '/radiography', helpful: 'yes' })).toMatchObject({ reasons: [] });
  });

  it('rejects an unknown reason', () => {
    expect(feedbackSchema.safeParse({ page: '/x', helpful: 'no', reasons: ['too-long'] }).success).toBe(false);
  });

  it('rejects a comment over 1,000 characters', () => {
    const result = feedbackSchema.safeParse({ page: '/x', helpful: 'no', comment: 'a'.repeat(1001) });
    expect(result.error?.issues[0]?.message).toBe('a comment may be at most 1000 characters');
  });

  it('rejects unknown fields', () => {
    expect(feedbackSchema.safeParse({ page: '/x', helpful: 'yes', ip: '1.2.3.4' }).success).toBe(false);
  });

  it('takes the path of any page, nested or not, and nothing else', () => {
    for (const page of ['/', '/radiography', '/topics/safety', '/licensure-finder/nh', '/404'])
      expect(feedbackSchema.safeParse({ page, helpful: 'yes' }).success, page).toBe(true);
    for (const page of ['', 'radiography', '//evil.example', '/a//b', '/topics/', '/Topics', '/a?b=1', '/a#b'])
      expect(feedbackSchema.safeParse({ page, helpful: 'yes' }).success, page).toBe(false);
  });

  it('tells a follow-up from a vote, and a follow-up needs the id of its vote', () => {
    const followUp = { step: 'details', page: '/ct', voteId: '3f1c7c9e-8a53-4d7c-9c1e-2b7f0f7a9d11' };
    expect(isDetailsStep(followUp)).toBe(true);
    expect(isDetailsStep({ page: '/ct', helpful: 'no' })).toBe(false);
    expect(feedbackDetailsSchema.parse(followUp)).toMatchObject({ reasons: [] });
    expect(feedbackDetailsSchema.safeParse({ ...followUp, voteId: undefined }).success).toBe(false);
    expect(feedbackDetailsSchema.safeParse({ ...followUp, helpful: 'yes' }).success).toBe(false);
  });

  it('reads a form post into the same shape as JSON', () => {
    const form = new URLSearchParams(
      'page=%2Fsonography&helpful=no&reasons=broken-link&reasons=other&comment=&website=',
    );
    expect(formToInput(form)).toEqual({ page: '/sonography', helpful: 'no', reasons: ['broken-link', 'other'] });
  });
});

describe('the pages that take feedback', () => {
  it('are every sitemap page, search and the 404 key', () => {
    const pages = new Set(feedbackPages());
    for (const { path } of getSitemapEntries()) expect(pages.has(path), path).toBe(true);
    for (const path of ['/', '/topics', '/topics/safety', '/compare', '/licensure-finder/nh', searchPage, notFoundPage])
      expect(pages.has(path), path).toBe(true);
    expect(pages.has('/admin/feedback')).toBe(false);
  });

  it('group into topics (hub and articles) and other pages, with nothing left out', () => {
    expect(topicPages('safety')).toEqual(['/topics/safety', ...getArticlesByTopic('safety').map((a) => a.url)]);
    const other = otherPages();
    expect(other).toEqual(expect.arrayContaining(['/', '/compare', '/licensure-finder/nh', '/search', '/404']));
    expect(other).not.toContain('/topics/safety');
    expect(other).not.toContain('/radiography');
  });
});

describe('scrubComment', () => {
  it('replaces email addresses', () => {
    expect(scrubComment('Write to jo.smith+x@example.org please')).toBe('Write to [email] please');
  });

  it('replaces phone numbers in common formats', () => {
    expect(scrubComment('Call (555) 123-4567 or +1 555.987.6543')).toBe('Call [phone] or [phone]');
  });

  it('leaves years and short numbers alone', () => {
    expect(scrubComment('The 2024 figure for 3 states is wrong')).toBe('The 2024 figure for 3 states is wrong');
    expect(scrubComment('Use the 2025-2035 edition')).toBe('Use the 2025-2035 edition');
  });
});

describe('the CSV export', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
  });

  it('writes a header and one line per vote', () => {
    const csv = feedbackCsv([
      {
        voteId: 'a',
        page: '/x',
        helpful: false,
        reasons: ['other'],
        comment: 'Line "one"',
        status: 'new',
        createdAt: '2026-11-01T00:00:00.000Z',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '"created_at","page","helpful","reasons","comment","status"',
      '"2026-11-01T00:00:00.000Z","/x","no","other","Line ""one""","new"',
      '',
    ]);
  });
});

describe('the editors token', () => {
  it('reads a Basic password or a Bearer token', () => {
    expect(suppliedToken(`Basic ${Buffer.from('editor:s3cret:with:colons').toString('base64')}`)).toBe(
      's3cret:with:colons',
    );
    expect(suppliedToken('Bearer abc')).toBe('abc');
    expect(suppliedToken(null)).toBeNull();
  });

  it('compares tokens of different lengths without throwing', () => {
    expect(safeEqual('short', 'a much longer token')).toBe(false);
    expect(safeEqual('same-token-value', 'same-token-value')).toBe(true);
  });
});

describe('the client address', () => {
  const headers = (xff: string) => new Headers({ 'x-forwarded-for': xff });

  it('is the connection’s own address (appended last by the start wrapper) with no trusted proxy', () => {
    expect(clientAddress(headers('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(headers('::ffff:127.0.0.1, 1.2.3.4, 203.0.113.7'), 0)).toBe('203.0.113.7');
  });

  it('is N entries from the right with N trusted proxies, whatever the client wrote further left', () => {
    expect(clientAddress(headers('spoofed, 198.51.100.4, 10.0.0.2'), 1)).toBe('198.51.100.4');
    expect(clientAddress(headers('spoofed, 198.51.100.4, 10.0.0.3, 10.0.0.2'), 2)).toBe('198.51.100.4');
  });

  it('ignores X-Real-IP', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': '1.2.3.4', 'x-forwarded-for': '203.0.113.7' }), 0)).toBe(
      '203.0.113.7',
    );
  });
});
