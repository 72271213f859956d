import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getAllArticles } from '@/lib/content';
import work from './work.json';

const caseSchema = z.strictObject({ q: z.string().min(3), expect: z.string().regex(/^\/[a-z0-9-]+#[a-z0-9-]+$/) });

describe('relevance cases for pay, jobs and the work itself', () => {
  const cases = z.array(caseSchema).min(25).parse(work);

  it('are written the way students type: lowercase and unique', () => {
    for (const c of cases) expect(c.q).toBe(c.q.toLowerCase());
    expect(new Set(cases.map((c) => c.q)).size).toBe(cases.length);
  });

  it('each expects a section that exists', () => {
    const anchors = new Map(getAllArticles().map((a) => [a.url, new Set(a.toc.map((t) => t.id))]));
    const missing = cases.filter((c) => {
      const [path = '', anchor = ''] = c.expect.split('#');
      return !anchors.get(path)?.has(anchor);
    });
    expect(missing).toEqual([]);
  });
});
