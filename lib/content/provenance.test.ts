import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { provenanceIssues, provenanceText, retrievedRange, retrievedSchema, withProvenance } from './provenance';

describe('provenance', () => {
  it('says a saved copy was read between two days when only the span is known', () => {
    expect(provenanceText({ retrieved: '2026-01-05/2026-02-27', readIn: 'saved copy' })).toBe(
      'Read in a copy of the page saved between January 5 and February 27, 2026.',
    );
  });

  it('names the one day a live page was read', () => {
    expect(provenanceText({ retrieved: '2026-11-29', readIn: 'source' })).toBe('Read on November 29, 2026.');
  });

  it('keeps "Checked" for the data files that record when an editor checked the page', () => {
    expect(provenanceText({ accessed: '2026-11-29' })).toBe('Checked November 29, 2026.');
  });

  it('gives the first and last possible day', () => {
    expect(retrievedRange({ retrieved: '2026-01-05/2026-02-27', readIn: 'saved copy' })).toEqual({
      from: '2026-01-05',
      to: '2026-02-27',
    });
  });

  it('rejects an impossible date and an interval that ends before it starts', () => {
    expect(retrievedSchema.safeParse('2026-02-30').success).toBe(false);
    expect(retrievedSchema.safeParse('2026-02-27/2026-01-05').success).toBe(false);
    expect(retrievedSchema.safeParse('February 2026').success).toBe(false);
  });

  it('names the missing or clashing field', () => {
    expect(provenanceIssues({ accessed: '2026-11-29' })).toEqual([]);
    expect(provenanceIssues({ retrieved: '2026-11-29', readIn: 'source' })).toEqual([]);
    expect(provenanceIssues({})).toMatchObject([{ field: 'retrieved' }]);
    expect(provenanceIssues({ retrieved: '2026-11-29' })).toMatchObject([{ field: 'readIn' }]);
    expect(provenanceIssues({ readIn: 'saved copy' })).toMatchObject([{ field: 'retrieved' }]);
    expect(provenanceIssues({ accessed: '2026-11-29', readIn: 'source' })).toMatchObject([{ field: 'accessed' }]);
  });

  it('parses a source object to exactly one provenance form', () => {
    const schema = withProvenance({ url: z.url() });
    expect(schema.parse({ url: 'https://example.org', accessed: '2026-11-29' })).toEqual({
      url: 'https://example.org',
      accessed: '2026-11-29',
    });
    expect(
      schema.parse({ url: 'https://example.org', retrieved: '2026-01-05/2026-02-27', readIn: 'saved copy' }),
    ).toEqual({ url: 'https://example.org', retrieved: '2026-01-05/2026-02-27', readIn: 'saved copy' });
    const missing = schema.safeParse({ url: 'https://example.org', retrieved: '2026-01-05' });
    expect(missing.error?.issues).toMatchObject([{ path: ['readIn'], message: expect.stringMatching(/^missing/) }]);
    expect(schema.safeParse({ url: 'https://example.org', accessed: '29 Nov 2026' }).success).toBe(false);
  });
});
