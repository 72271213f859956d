import { describe, expect, it } from 'vitest';
import {
  checkRadiationWording,
  checkRelated,
  checkSecondaryOnly,
  findComponentUses,
  findInternalLinks,
  findRadiationWording,
  findTypedFigures,
} from './check';
import { factsData, type FactsData } from './facts';
import { proseOf, readability } from './readability';
import { specialtiesData } from './specialties';

describe('findTypedFigures', () => {
  it('flags pay, percentages and counts typed into prose', () => {
    const found = findTypedFigures('They earn $77,660.\nJobs grow 5% a year.\nThere are 228,000 jobs.');
    expect(found.map((f) => f.text)).toEqual(['$77,660.', '5%', '228,000']);
  });

  it('allows years, list numbers, credential letters and component attributes', () => {
    const text = [
      '1. In 2019 the AAPM changed its advice.',
      'Write R.T.(R)(ARRT) after your name.',
      'NCRP Statement No. 13 says so.',
      'Pay: <Stat occupation="x" field="medianPay" />.',
      'See [the page](/a-2).',
    ].join('\n');
    expect(findTypedFigures(text)).toEqual([]);
  });

  it('flags the date a rule began typed into prose, but not the year a study describes', () => {
    const text = [
      'Since 2020, the primary pathway is the only way.',
      'The rules took effect on March 13, 2024.',
      'New Hampshire passed a law in 2016.',
      'In a 2009 study, most sonographers had pain.',
    ].join('\n');
    expect(findTypedFigures(text)).toEqual([
      { text: 'Since 2020', line: 1 },
      { text: 'took effect on March 13, 2024', line: 2 },
      { text: 'passed a law in 2016', line: 3 },
    ]);
  });

  it('ignores fenced code', () => {
    expect(findTypedFigures('```\n$100\n```')).toEqual([]);
  });
});

describe('findComponentUses', () => {
  it('reads a component name and its string attributes', () => {
    expect(findComponentUses('A <Fact id="arrt-ce-credits" /> b')).toEqual([
      { name: 'Fact', attributes: { id: 'arrt-ce-credits' }, source: '<Fact id="arrt-ce-credits" />' },
    ]);
  });
});

describe('findInternalLinks', () => {
  it('finds Markdown and JSX links to this site only', () => {
    const links = findInternalLinks('[a](/x#y) [b](https://example.org) <a href="/z">z</a>');
    expect(links.map((l) => l.href)).toEqual(['/x#y', '/z']);
  });
});

describe('readability', () => {
  it('drops headings and turns data components into words', () => {
    expect(proseOf('## Pay\n\nYou earn <Stat occupation="x" field="y" /> a year')).toBe('You earn the figure a year.');
  });

  it('counts each list item as a sentence', () => {
    expect(readability('- one thing\n- another thing').sentences).toBe(2);
  });

  it('scores short plain sentences below long technical ones', () => {
    const plain = readability('You take the picture. The doctor reads it. Then you help the patient up.');
    const dense = readability(
      'Radiologic technologists administer diagnostic examinations utilizing ionizing radiation, subsequently evaluating radiographic visualization adequacy.',
    );
    expect(plain.grade).toBeLessThan(6);
    expect(dense.grade).toBeGreaterThan(14);
  });
});

describe('checkRelated', () => {
  const doc = (slug: string, related: string[] = []) => ({
    type: 'Article',
    url: `/${slug}`,
    related,
    body: { raw: '' },
    _raw: { sourceFilePath: `articles/specialties/${slug}.mdx` },
  });

  it('names the file and the field when a related slug is not an article', () => {
    expect(checkRelated([doc('ct', ['mri', 'x-ray-tech']), doc('mri')])).toEqual([
      {
        file: 'content/articles/specialties/ct.mdx',
        field: 'related',
        message: expect.stringContaining('"x-ray-tech" is not another article'),
      },
    ]);
  });

  it('accepts related slugs that are other articles', () => {
    expect(checkRelated([doc('ct', ['mri']), doc('mri', ['ct'])])).toEqual([]);
  });
});

describe('findRadiationWording', () => {
  it('flags radiation that is not qualified by "ionizing", with the line', () => {
    const text = [
      'title: "Ultrasound: no radiation"',
      'It uses sound waves, not radiation.',
      'A radiation-free scan.',
      'It does not expose patients to radiation.',
    ];
    expect(findRadiationWording(text.join('\n'))).toEqual([
      { text: 'no radiation', line: 1 },
      { text: 'not radiation', line: 2 },
      { text: 'radiation-free', line: 3 },
      { text: 'not expose patients to radiation', line: 4 },
    ]);
  });

  it('accepts "no ionizing radiation" and other uses of the word', () => {
    const text = 'MRI uses no ionizing radiation.\nIt is not ionizing radiation.\nRadiation therapy treats cancer.';
    expect(findRadiationWording(text)).toEqual([]);
  });

  it('names the file and the line', () => {
    expect(checkRadiationWording([{ file: 'content/data/x.json', text: '{}\n"note": "without radiation"' }])).toEqual([
      { file: 'content/data/x.json', field: 'line 2', message: expect.stringContaining('"without radiation"') },
    ]);
  });
});

describe('checkSecondaryOnly', () => {
  const doc = (raw: string) => ({
    type: 'Article',
    url: '/x',
    body: { raw },
    _raw: { sourceFilePath: 'articles/overview/x.mdx' },
  });
  const source = (id: string, kind: 'primary' | 'copy-of-law' | 'secondary') => ({
    id,
    kind,
    publisher: 'Publisher',
    shortName: 'Pub',
    title: 'Title',
    url: 'https://example.org',
    edition: 'page date not shown',
    accessed: '2026-11-29',
  });
  const facts: FactsData = {
    sources: [source('news', 'secondary'), source('rule', 'primary'), source('copy', 'copy-of-law')],
    facts: [
      { id: 'reported-year', kind: 'year', value: 2021, source: 'news', label: 'A year a news page reports' },
      { id: 'rule-year', kind: 'year', value: 2019, source: 'rule', label: 'A year from the rule itself' },
      { id: 'copied-limit', kind: 'count', value: 5, unit: 'mSv', source: 'copy', label: 'A limit from a copy of law' },
    ],
  };

  it('fails a <Fact> that rests on a secondary source alone, naming the file and the fact', () => {
    const { problems } = checkSecondaryOnly(
      [doc('<Fact id="reported-year" /> and <Fact id="rule-year" />')],
      facts,
      undefined,
      [],
    );
    expect(problems).toEqual([
      {
        file: 'content/articles/overview/x.mdx',
        field: '<Fact id="reported-year">',
        message: expect.stringContaining('rests on a secondary source alone ("news"'),
      },
    ]);
  });

  it('accepts primary sources and unofficial copies of a law', () => {
    const result = checkSecondaryOnly(
      [doc('<Fact id="rule-year" /> <Fact id="copied-limit" />')],
      facts,
      undefined,
      [],
    );
    expect(result).toEqual({ problems: [], warnings: [] });
  });

  it('only warns about a known case, and warns when a known case is fixed', () => {
    const known = ['facts.json:reported-year', 'facts.json:rule-year'];
    const { problems, warnings } = checkSecondaryOnly([doc('<Fact id="reported-year" />')], facts, undefined, known);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^facts\.json:reported-year: rests on a secondary source alone/),
      expect.stringMatching(/^facts\.json:rule-year no longer rests on a secondary source alone/),
    ]);
  });

  it('fails a specialties.json claim whose every source is secondary', () => {
    const data = structuredClone(specialtiesData);
    data.sources.find((s) => s.id === 'fda-ct')!.kind = 'secondary';
    const { problems } = checkSecondaryOnly([], factsData, data, []);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/data/specialties.json', field: 'ct.radiation.sources' }),
    );
  });
});
