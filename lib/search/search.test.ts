import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildIndex, pageOf, search, snippet } from './engine';
import { searchDocuments } from './documents';
import { getBrowserSearchIndex } from './server';
import { expandQuery, oneEditApart, queryGroups } from './synonyms';
import { processTerm } from './terms';
import { answerCard } from './answer';

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

  it('mends a typo one letter away from a word it knows', () => {
    expect(expandQuery('sonograpy')).toBe('sonography');
    expect(expandQuery('radiolgy tech')).toContain('radiologic technologist');
    expect(oneEditApart('ultrasoud', 'ultrasound')).toBe(true);
    expect(oneEditApart('sonar', 'sonography')).toBe(false);
  });

  it('groups a synonym phrase with the words it adds, apart from the other words', () => {
    expect(queryGroups('xray tech pay')).toEqual([
      {
        typed: ['xray', 'tech'],
        words: ['xray', 'tech', 'radiography', 'radiographer', 'radiologic', 'technologist'],
        kind: 'name',
      },
      { typed: ['xray'], words: ['xray', 'x', 'ray', 'radiography'], kind: 'name' },
      { typed: ['pay'], words: ['pay'], kind: 'word' },
    ]);
  });
});

describe('index terms', () => {
  it('drops words that say nothing about a topic', () => {
    expect(processTerm('the')).toBeNull();
    expect(processTerm('How')).toBe('how');
  });

  it('gives a word and its plural, -ed and -ing forms one stem', () => {
    expect(new Set(['license', 'licenses', 'licensed', 'licensing'].map(processTerm))).toEqual(new Set(['licens']));
    expect(processTerm('becoming')).toBe(processTerm('become'));
    expect(processTerm('ARRT')).toBe('arrt');
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

describe('figures in the index', () => {
  // A data component that vanished from the text leaves a space before punctuation behind
  // ("a median of .", "Median pay: ."), empty brackets or a double space; one that was never
  // resolved leaves its tag ("<Stat ... />"). Prose that talks about a figure ("may pay more than
  // the figure shows") is not a dropped figure.
  const emptyFigure = /\s[.,;:]|\(\s*\)|\s{2}|<[A-Z][A-Za-z]*\b[^>]*\/>/;

  it('catches a figure dropped from a real section, and an unresolved tag', () => {
    const pay = searchDocuments().find((d) => d.id === '/mri#pay')!;
    const figure = '$88,180 a year (BLS, May 2024)';
    expect(pay.text).toContain(figure);
    expect(emptyFigure.test(pay.text)).toBe(false);
    expect(emptyFigure.test(pay.text.replace(figure, ''))).toBe(true);
    expect(emptyFigure.test('Median pay: . Job outlook: .')).toBe(true);
    expect(emptyFigure.test('a median of <Stat occupation="mri" field="medianPay" /> a year')).toBe(true);
    expect(emptyFigure.test('So a job with many night shifts may pay more than the figure shows.')).toBe(false);
  });

  it('no indexed section has an empty place where a figure was', () => {
    const bad = searchDocuments()
      .filter((d) => emptyFigure.test(d.text))
      .map(
        (d) =>
          `${d.id}: …${d.text.slice(Math.max(0, d.text.search(emptyFigure) - 40), d.text.search(emptyFigure) + 20)}…`,
      );
    expect(bad).toEqual([]);
  });

  it('shows the figure, its period and its source in the snippet', () => {
    const hit = search(index, 'sonographer pay', 3)[0]!;
    const text = hit.snippet.map((s) => s.text).join('');
    expect(hit.id).toBe('/sonography');
    expect(text).toContain('Median pay (May 2024): $89,340 a year');
  });

  it('puts the text of a <Stat> into the section where the article uses it', () => {
    const pay = searchDocuments().find((d) => d.id === '/mri#pay')!;
    expect(pay.text).toContain('$88,180 a year (BLS, May 2024)');
  });
});

describe('snippet', () => {
  it('marks the whole word when the index matched its stem', () => {
    const parts = snippet('Sonography uses sound. Sonographers scan.', ['sonograph']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Sonography', 'Sonographers']);
  });

  it('marks the matched words', () => {
    const parts = snippet('Sonographers use sound waves to image the body.', ['sound']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['sound']);
  });
});

describe('the browser index', () => {
  // 64 KiB gzip: the browser index measured 64,545 bytes gzip before figures were indexed
  // (2026-12-01); stemming and stop words made room for them. It was 63,784 on 2026-12-03, and
  // 62,479 once it stopped storing each section's page address (pageOf derives it from the id).
  // Figures print in bench:search.
  const budget = 64 * 1024;

  it('stores no page address: a hit finds its page from its id', () => {
    expect(pageOf('/mri#pay')).toBe('/mri');
    expect(pageOf('/glossary#rdms')).toBe('/glossary');
    expect(pageOf('/compare')).toBe('/compare');
    expect(Object.values(JSON.parse(JSON.stringify(getBrowserSearchIndex())).storedFields)[0]).not.toHaveProperty(
      'url',
    );
  });

  it('stays within its byte budget, gzipped as the build log reports it', () => {
    const json = JSON.stringify(getBrowserSearchIndex());
    const gzip = gzipSync(json, { level: 9 }).length;
    console.log(`Browser search index: ${json.length} bytes raw, ${gzip} bytes gzip (budget ${budget})`);
    expect(gzip).toBeLessThanOrEqual(budget);
  });
});

describe('the answer card', () => {
  it('answers a pay question with the median and the range from the data, dated', () => {
    const card = answerCard('ultrasound tech pay', search(index, 'ultrasound tech pay', 20));
    expect(card).toMatchObject({
      title: 'Diagnostic medical sonographers',
      lines: ['Median pay (May 2024): $89,340 a year ($42.95 an hour)', 'Pay range (May 2024): $64,760 to $123,170'],
      source: 'BLS, OOH 2024–34 edition (last modified 2025-08-28)',
    });
    expect(card?.links.map((l) => l.href)).toEqual(['/sonography', '/compare']);
  });

  it('answers a school-length question with the typical entry education', () => {
    const card = answerCard(
      'how long is school for radiation therapy',
      search(index, 'how long is school for radiation therapy', 20),
    );
    expect(card?.title).toBe('Radiation therapists');
    expect(card?.lines[0]).toMatch(/^Typical education to enter: /);
  });

  it('shows no card for a question about something else', () => {
    expect(answerCard('hipaa', search(index, 'hipaa', 20))).toBeNull();
    expect(answerCard('pay', [])).toBeNull();
  });
});
