import { describe, expect, it } from 'vitest';
import { buildIndex, search, snippet } from './engine';
import { searchDocuments } from './documents';
import { expandQuery } from './synonyms';

const index = buildIndex(searchDocuments());

describe('synonyms', () => {
  it('adds the guide’s word for what students type', () => {
    expect(expandQuery('Ultrasound tech')).toContain('sonography');
    expect(expandQuery('x-ray tech school')).toContain('radiography');
    expect(expandQuery('cat scan')).toContain('computed tomography');
  });

  it('does not match a phrase inside another word', () => {
    expect(expandQuery('schooling')).toBe('schooling');
  });
});

describe('the search index', () => {
  it('indexes every article section and every glossary term', () => {
    const docs = searchDocuments();
    expect(docs.some((d) => d.id.startsWith('/sonography#'))).toBe(true);
    expect(docs.some((d) => d.id === '/glossary#alara')).toBe(true);
  });

  it.each([
    ['ultrasound tech', '/sonography'],
    ['x-ray tech', '/radiography'],
    ['cat scan', '/ct'],
    ['nuke med', '/nuclear-medicine'],
    ['rad therapy', '/radiation-therapy'],
    ['mammographer', '/mammography'],
    ['compare specialties', '/compare'],
  ])('finds "%s" on %s first', (query, page) => {
    expect(search(index, query, 3)[0]?.url.split('#')[0]).toBe(page);
  });

  it('finds a state’s license page among the first three results', () => {
    const urls = search(index, 'do i need a license in texas', 3).map((r) => r.url);
    expect(urls).toContain('/licensure-finder/tx');
  });

  it('returns nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('snippet', () => {
  it('marks the matched words', () => {
    const parts = snippet('Sonographers use sound waves to image the body.', ['sound']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['sound']);
  });
});
