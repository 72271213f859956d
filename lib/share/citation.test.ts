import { describe, expect, it } from 'vitest';
import { accessedPlaceholder, citations } from './citation';

const doc = {
  title: 'Radiography: becoming an X-ray technologist',
  url: '/radiography',
  reviewedAt: '2026-11-29T00:00:00.000Z',
};

describe('citations', () => {
  it('writes APA with the review date and the retrieval date', () => {
    expect(citations(doc, '2026-12-03').apa).toBe(
      'Radiography: becoming an X-ray technologist. (2026, November 29). Imaging Careers. Retrieved December 3, 2026, from http://localhost:3000/radiography',
    );
  });

  it('writes MLA with abbreviated months', () => {
    expect(citations(doc, '2026-09-05').mla).toBe(
      '“Radiography: becoming an X-ray technologist.” Imaging Careers, 29 Nov. 2026, http://localhost:3000/radiography. Accessed 5 Sept. 2026.',
    );
  });

  it('keeps May, June and July in full in MLA', () => {
    expect(citations({ ...doc, reviewedAt: '2026-06-01T00:00:00.000Z' }).mla).toContain('1 June 2026');
  });

  it('leaves words in place of the access date when none is given', () => {
    expect(citations(doc).plain).toBe(
      `Radiography: becoming an X-ray technologist. Imaging Careers. http://localhost:3000/radiography. Last reviewed November 29, 2026. Accessed ${accessedPlaceholder}.`,
    );
  });
});
