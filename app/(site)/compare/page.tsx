import type { Metadata } from 'next';
import Link from 'next/link';
import { SourceList } from '@/components/article/source-list';
import { SpecialtyComparison, type SpecialtyLink } from '@/components/data-views/specialty-comparison';
import { PageHeader } from '@/components/layout/page-header';
import { getArticlesBySpecialty, specialties } from '@/lib/content';
import { comparisonSources, getComparison } from '@/lib/content/specialties';
import { occupationEditions } from '@/lib/content/occupations';
import { provenanceText } from '@/lib/content/provenance';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const title = 'Compare imaging specialties';
const description =
  'X-ray, ultrasound, CT, MRI and the other imaging specialties side by side: how you get in, the credentials, radiation, pay and jobs.';

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl('/compare') },
  openGraph: { title, description, url: absoluteUrl('/compare') },
};

/** The specialty's own article, if there is one (a specialty can also appear on certification pages). */
function articleFor(id: (typeof specialties)[number]): SpecialtyLink {
  const articles = getArticlesBySpecialty(id);
  const article = articles.find((a) => a.topic === 'specialties') ?? articles[0];
  return article && { href: article.url, title: article.title };
}

export default function ComparePage() {
  const rows = getComparison();
  const articles = Object.fromEntries(specialties.map((id) => [id, articleFor(id)]));
  const editions = occupationEditions();
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Specialties', href: '/topics/specialties' },
          { label: 'Compare', href: '/compare' },
        ]}
        title={title}
      >
        {description}
      </PageHeader>

      <div className="mt-6 max-w-3xl space-y-2">
        <p>
          Each specialty name links to its own page. Pay is the national median: half of workers earned more, half less.
          Where a government figure does not exist for a specialty, the cell says &ldquo;Not published&rdquo; and why.
        </p>
        <p className="text-sm text-ink-muted">
          Pay and job figures:{' '}
          {editions.map((e, i) => (
            <span key={e.edition}>
              {i > 0 && '; '}
              {e.publisher}, {e.edition}, pay for {e.wagePeriod}, projections for {e.projectionPeriod}.{' '}
              {provenanceText(e).replace(/\.$/, '')}
            </span>
          ))}
          . See also the{' '}
          <Link prefetch={false} href="/pay-and-outlook" className="text-brand underline">
            pay and job outlook charts
          </Link>{' '}
          and the{' '}
          <Link prefetch={false} href="/career-ladder" className="text-brand underline">
            career ladder
          </Link>
          .
        </p>
      </div>

      <section aria-labelledby="comparison" className="mt-8">
        <h2 id="comparison" className="text-2xl font-bold">
          The specialties side by side
        </h2>
        <SpecialtyComparison rows={rows} articles={articles} />
      </section>

      <SourceList sources={comparisonSources(rows)} />
      <FeedbackSection page="/compare" />
    </>
  );
}
