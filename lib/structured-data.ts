import type {
  Article as ArticleLd,
  BreadcrumbList,
  FAQPage,
  Occupation as OccupationLd,
  WithContext,
} from 'schema-dts';
import { credentialsData } from './content/credentials';
import { getFact } from './content/facts';
import { getFigure, getOccupation, type Article } from './content';
import { absoluteUrl, site } from './site';

/** JSON for a <script type="application/ld+json">, with "<" escaped so it cannot close the tag. */
export function jsonLdString(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function articleJsonLd(article: Article): WithContext<ArticleLd> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    url: absoluteUrl(article.url),
    dateModified: article.reviewedAt.slice(0, 10),
    inLanguage: 'en-US',
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    citation: article.sources.map((s) => s.url),
  };
}

export function breadcrumbJsonLd(items: { label: string; href: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: absoluteUrl(item.href),
    })),
  };
}

export function occupationJsonLd(occupationId: string, article: Article): WithContext<OccupationLd> {
  const o = getOccupation(occupationId);
  const f = o.figures;
  const wage = f.medianPay !== undefined ? getFigure(occupationId, 'medianPay') : undefined;
  const specialtyCredentials = credentialsData.credentials
    .filter((c) => article.specialty && c.specialty === article.specialty)
    .map((c) => c.letters ?? c.name);
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: o.name,
    description: article.description,
    url: absoluteUrl(article.url),
    ...(o.soc ? { occupationalCategory: o.soc } : {}),
    ...(f.entryEducation ? { educationRequirements: f.entryEducation } : {}),
    ...(specialtyCredentials.length ? { qualifications: specialtyCredentials.join(', ') } : {}),
    ...(wage
      ? {
          estimatedSalary: {
            '@type': 'MonetaryAmountDistribution',
            name: `Median pay, ${wage.period}`,
            currency: 'USD',
            duration: 'P1Y',
            median: f.medianPay,
            ...(f.pay10 !== undefined ? { percentile10: f.pay10 } : {}),
            ...(f.pay90 !== undefined ? { percentile90: f.pay90 } : {}),
          },
        }
      : {}),
    occupationLocation: { '@type': 'Country', name: 'United States' },
  };
}

/** Plain text of an MDX answer: data components become their figures, links their words. */
function plainAnswer(mdx: string): string {
  return mdx
    .replace(
      /<Stat\s+occupation="([^"]+)"\s+field="([^"]+)"\s*\/>/g,
      (_, o: string, f: string) => getFigure(o, f).display,
    )
    .replace(/<Fact\s+id="([^"]+)"\s*\/>/g, (_, id: string) => getFact(id).display)
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each "### question" of an FAQ article with the text under it. */
export function faqItems(article: Pick<Article, 'body'>): { question: string; answer: string }[] {
  const items: { question: string; answer: string }[] = [];
  const sections = article.body.raw.split(/^### /m).slice(1);
  for (const section of sections) {
    const [question = '', ...rest] = section.split('\n');
    const answer = plainAnswer(rest.join('\n').split(/^## /m)[0] ?? '');
    if (question.trim() && answer) items.push({ question: question.trim(), answer });
  }
  return items;
}

export function faqJsonLd(article: Article): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqItems(article).map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

/** Every JSON-LD block an article page carries. */
export function articleStructuredData(article: Article, crumbs: { label: string; href: string }[]): object[] {
  const blocks: object[] = [articleJsonLd(article), breadcrumbJsonLd(crumbs)];
  if (article.slug === 'faq') blocks.push(faqJsonLd(article));
  if (article.occupation) blocks.push(occupationJsonLd(article.occupation, article));
  return blocks;
}
