import { allArticles } from 'contentlayer/generated';
import { describe, expect, it } from 'vitest';
import { articleSchema, findDocumentProblems } from './schema';

const now = new Date('2026-12-01T12:00:00Z');
const base = structuredClone(allArticles.find((a) => a.slug === 'radiography')!);

function problemsWith(change: (doc: Record<string, unknown>) => void) {
  const doc = structuredClone(base) as unknown as Record<string, unknown>;
  change(doc);
  return findDocumentProblems([doc], now);
}

describe('the article schema', () => {
  it('accepts the radiography article as it is', () => {
    expect(findDocumentProblems([base], now)).toEqual([]);
  });

  it('rejects a title over 60 characters, naming the file and the field', () => {
    const problems = problemsWith((d) => (d.title = 'x'.repeat(61)));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/specialties/radiography.mdx', field: 'title' }),
    ]);
  });

  it('rejects a description over 160 characters', () => {
    expect(problemsWith((d) => (d.description = 'y'.repeat(161)))[0]?.field).toBe('description');
  });

  it('rejects a review date in the future', () => {
    const problems = problemsWith((d) => (d.reviewedAt = '2027-01-01T00:00:00.000Z'));
    expect(problems[0]).toMatchObject({ field: 'reviewedAt', message: 'date is in the future' });
  });

  it('rejects fewer than two sources', () => {
    const problems = problemsWith((d) => (d.sources = (d.sources as unknown[]).slice(0, 1)));
    expect(problems[0]).toMatchObject({ field: 'sources', message: 'list at least two sources' });
  });

  it('rejects a source URL that is not a web address', () => {
    const problems = problemsWith((d) => ((d.sources as { url: string }[])[0]!.url = 'www.bls.gov/ooh'));
    expect(problems[0]?.field).toBe('sources.0.url');
  });

  it('accepts a source marked secondary and rejects an unknown source kind', () => {
    expect(problemsWith((d) => ((d.sources as { kind?: string }[])[0]!.kind = 'secondary'))).toEqual([]);
    const problems = problemsWith((d) => ((d.sources as { kind?: string }[])[0]!.kind = 'blog'));
    expect(problems[0]?.field).toBe('sources.0.kind');
  });

  it('reads the BLS sources as a saved copy with their edition, in one provenance form', () => {
    const source = articleSchema(now)
      .parse(base)
      .sources.find((s) => s.url.includes('bls.gov/ooh'))!;
    expect(source).toMatchObject({
      edition: 'OOH 2024–34 edition (last modified 2025-08-28)',
      retrieved: '2026-01-05/2026-02-27',
      readIn: 'saved copy',
    });
    expect(source).not.toHaveProperty('accessed');
  });

  it('rejects a source that says when it was read but not where, naming the field', () => {
    const problems = problemsWith((d) => delete (d.sources as { readIn?: string }[])[0]!.readIn);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/articles/specialties/radiography.mdx',
        field: 'sources.0.readIn',
        message: expect.stringMatching(/^missing/),
      }),
    ]);
  });

  it('rejects a source with no date, and one with both kinds of date', () => {
    const none = problemsWith((d) => {
      const source = (d.sources as Record<string, unknown>[])[0]!;
      delete source.retrieved;
      delete source.readIn;
    });
    expect(none).toEqual([
      expect.objectContaining({ field: 'sources.0.retrieved', message: expect.stringMatching(/^missing/) }),
    ]);
    const both = problemsWith(
      (d) => ((d.sources as { accessed?: string }[])[0]!.accessed = '2026-11-29T00:00:00.000Z'),
    );
    expect(both[0]).toMatchObject({ field: 'sources.0.accessed' });
  });

  it('rejects a retrieved date in the future and a readIn it does not know', () => {
    expect(
      problemsWith((d) => ((d.sources as { retrieved?: string }[])[0]!.retrieved = '2026-11-01/2027-01-01'))[0],
    ).toMatchObject({
      field: 'sources.0.retrieved',
      message: 'date is in the future',
    });
    expect(problemsWith((d) => ((d.sources as { readIn?: string }[])[0]!.readIn = 'archive'))[0]?.field).toBe(
      'sources.0.readIn',
    );
  });

  it('rejects an unknown key', () => {
    expect(problemsWith((d) => (d.author = 'Someone'))[0]?.message).toMatch(/Unrecognized key: "author"/);
  });

  it('rejects a topic that does not match the folder', () => {
    expect(problemsWith((d) => (d.topic = 'safety'))[0]).toMatchObject({ field: 'topic' });
  });

  it('rejects an alias that is not a clean path', () => {
    expect(problemsWith((d) => (d.aliases = ['x-ray tech']))[0]?.field).toBe('aliases.0');
  });
});
