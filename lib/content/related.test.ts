import { describe, expect, it } from 'vitest';
import { findUnknownRelated, getNeighbours, getRelated, type RelatableArticle } from './related';

const a = (slug: string, topic: string, order: number, extra: Partial<RelatableArticle> = {}): RelatableArticle => ({
  slug,
  topic,
  order,
  related: [],
  ...extra,
});

const all = [
  a('radiography', 'specialties', 1, { specialty: 'radiography' }),
  a('sonography', 'specialties', 2, { specialty: 'sonography' }),
  a('ct', 'specialties', 3, { specialty: 'ct' }),
  a('mri', 'specialties', 4, { specialty: 'mri' }),
  a('mammography', 'specialties', 5, { specialty: 'mammography' }),
  a('arrt-certification', 'certification', 1),
  a('sonography-credentials', 'certification', 2, { specialty: 'sonography' }),
  a('ultrasound-safety', 'safety', 1, { specialty: 'sonography' }),
  a('radiation-protection', 'safety', 2),
];
const bySlug = (slug: string) => all.find((x) => x.slug === slug)!;

describe('getNeighbours', () => {
  it('gives the previous and next article in the same topic', () => {
    const { previous, next } = getNeighbours(bySlug('ct'), all);
    expect(previous?.slug).toBe('sonography');
    expect(next?.slug).toBe('mri');
  });

  it('has no previous article for the first in a topic and no next for the last', () => {
    expect(getNeighbours(bySlug('radiography'), all).previous).toBeUndefined();
    expect(getNeighbours(bySlug('mammography'), all).next).toBeUndefined();
  });
});

describe('getRelated', () => {
  it('puts articles of the same specialty first, from any topic', () => {
    expect(getRelated(bySlug('sonography'), all).map((x) => x.slug)).toEqual([
      'sonography-credentials',
      'ultrasound-safety',
      'mri',
      'mammography',
    ]);
  });

  it('leaves out the previous and next articles, which are already linked', () => {
    const slugs = getRelated(bySlug('ct'), all).map((x) => x.slug);
    expect(slugs).not.toContain('sonography');
    expect(slugs).not.toContain('mri');
    expect(slugs).not.toContain('ct');
  });

  it('starts with the articles named in front matter, in their order', () => {
    const article = { ...bySlug('radiography'), related: ['radiation-protection', 'arrt-certification'] };
    expect(
      getRelated(article, all)
        .slice(0, 2)
        .map((x) => x.slug),
    ).toEqual(['radiation-protection', 'arrt-certification']);
  });

  it('returns at most four articles and the same ones every time', () => {
    const first = getRelated(bySlug('radiography'), all).map((x) => x.slug);
    expect(first.length).toBeLessThanOrEqual(4);
    expect(getRelated(bySlug('radiography'), all).map((x) => x.slug)).toEqual(first);
  });
});

describe('findUnknownRelated', () => {
  it('names entries that are not articles, and the article itself', () => {
    const article = { ...bySlug('ct'), related: ['mri', 'x-ray-tech', 'ct'] };
    expect(findUnknownRelated(article, new Set(all.map((x) => x.slug)))).toEqual(['x-ray-tech', 'ct']);
  });
});
