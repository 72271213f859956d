import { describe, expect, it } from 'vitest';
import { getArticle, getOccupation } from './content';
import { articleJsonLd, articleStructuredData, faqItems, jsonLdString, occupationJsonLd } from './structured-data';

const radiography = getArticle('radiography')!;

describe('structured data', () => {
  it('dates an Article by its review date', () => {
    expect(articleJsonLd(radiography).dateModified).toBe(radiography.reviewedAt.slice(0, 10));
  });

  it('gives an Occupation the SOC code and pay figures from content/data', () => {
    const ld = occupationJsonLd('radiologic-technologists', radiography) as unknown as Record<string, unknown>;
    const figures = getOccupation('radiologic-technologists').figures;
    expect(ld.occupationalCategory).toBe('29-2034');
    expect(ld.estimatedSalary).toMatchObject({
      median: figures.medianPay,
      percentile10: figures.pay10,
      percentile90: figures.pay90,
    });
    expect(ld.qualifications).toContain('R.T.(R)(ARRT)');
  });

  it('adds an Occupation only to pages that name one', () => {
    const types = (slug: string) =>
      articleStructuredData(getArticle(slug)!, []).map((b) => (b as { '@type': string })['@type']);
    expect(types('radiography')).toEqual(['Article', 'BreadcrumbList', 'Occupation']);
    expect(types('ct')).toEqual(['Article', 'BreadcrumbList']);
  });

  it('turns each FAQ question into a question with its answer, figures filled in', () => {
    const items = faqItems(getArticle('faq')!);
    expect(items.length).toBeGreaterThanOrEqual(10);
    const pay = items.find((i) => i.question === 'What does it pay?');
    expect(pay?.answer).toContain(
      `$${getOccupation('radiologic-technologists').figures.medianPay?.toLocaleString('en-US')}`,
    );
    expect(pay?.answer).not.toMatch(/<Stat|\]\(/);
  });

  it('escapes "<" so a value cannot close the script tag', () => {
    expect(jsonLdString({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });
});
