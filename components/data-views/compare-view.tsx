import Link from 'next/link';
import { SourceList } from '@/components/article/source-list';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { PageHeader } from '@/components/layout/page-header';
import { StaticHtml } from '@/components/mdx/static-html';
import type { PicksResult } from '@/lib/compare/picks';
import { getArticlesBySpecialty, specialties } from '@/lib/content';
import { occupationEditions } from '@/lib/content/occupations';
import { provenanceText } from '@/lib/content/provenance';
import { comparisonSources, getComparison, overviewColumns, type CellSource } from '@/lib/content/specialties';
import { OverviewTable, PickForm, SideBySideTable, type SpecialtyLink } from './specialty-comparison';

export const compareTitle = 'Compare imaging specialties';
export const compareDescription =
  'X-ray, ultrasound, CT, MRI and the other imaging specialties side by side: how you get in, the credentials, radiation, pay and jobs.';

function uniqueByUrl(sources: CellSource[]): CellSource[] {
  return [...new Map(sources.map((s) => [s.url, s])).values()];
}

/** The specialty's own article, if there is one (a specialty can also appear on certification pages). */
function articleFor(id: (typeof specialties)[number]): SpecialtyLink {
  const articles = getArticlesBySpecialty(id);
  const article = articles.find((a) => a.topic === 'specialties') ?? articles[0];
  return article && { href: article.url, title: article.title };
}

/**
 * The whole /compare page: the compact table of every specialty, the picker, and the picked
 * specialties side by side (or why the address's picks cannot be shown). The tables and the form
 * are static markup: React neither hydrates nor walks them.
 */
export function CompareView({ result }: { result: PicksResult }) {
  const rows = getComparison();
  const articles = Object.fromEntries(specialties.map((id) => [id, articleFor(id)]));
  const editions = occupationEditions();
  const picked = result.ok ? result.picks.map((id) => rows.find((r) => r.id === id)!) : [];
  const checked = result.ok ? result.picks : result.raw;
  return (
    <div className="compare-page">
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Specialties', href: '/topics/specialties' },
          { label: 'Compare', href: '/compare' },
        ]}
        title={compareTitle}
      >
        {compareDescription}
      </PageHeader>

      {!result.ok && (
        <div
          className="no-print mt-6 max-w-3xl rounded-md border-2 border-warning p-4"
          role="region"
          aria-labelledby="picks-problem"
          data-picks-error=""
        >
          <h2 id="picks-problem" className="text-lg font-bold">
            We cannot compare these picks
          </h2>
          <p className="mt-1">{result.message}</p>
          <p className="mt-1">
            <a href="#pick-form" className="text-brand underline">
              Choose again below
            </a>
            .
          </p>
        </div>
      )}

      <div className="mt-6 max-w-3xl space-y-2 print:mt-2 print:space-y-0">
        <p>
          Each specialty name links to its own page. Pay is the national median: half of workers earned more, half less.
          Where a government figure does not exist, the cell says &ldquo;Not published&rdquo; and a note under the table
          says why.
        </p>
        <p className="text-sm text-ink-muted" data-editions="">
          Pay and job figures:{' '}
          {editions.map((e, i) => (
            <span key={e.edition}>
              {i > 0 && '; '}
              {e.publisher}, {e.edition}, pay for {e.wagePeriod}, projections for {e.projectionPeriod}.{' '}
              {provenanceText(e).replace(/\.$/, '')}
            </span>
          ))}
          <span className="no-print">
            . See also the{' '}
            <Link prefetch={false} href="/pay-and-outlook" className="text-brand underline">
              pay and job outlook charts
            </Link>{' '}
            and the{' '}
            <Link prefetch={false} href="/career-ladder" className="text-brand underline">
              career ladder
            </Link>
          </span>
          .
        </p>
      </div>

      {picked.length > 0 && (
        <section aria-labelledby="side-by-side" className="mt-8">
          <h2 id="side-by-side" className="text-2xl font-bold">
            Your picks side by side
          </h2>
          <StaticHtml>
            <SideBySideTable rows={picked} articles={articles} />
          </StaticHtml>
        </section>
      )}

      <section aria-labelledby="comparison" className="mt-8 print:mt-3">
        <h2 id="comparison" className="text-2xl font-bold print:hidden">
          Every specialty at a glance
        </h2>
        <StaticHtml>
          <OverviewTable rows={rows} articles={articles} />
        </StaticHtml>
      </section>

      <section id="pick-form" aria-labelledby="pick-heading" className="no-print mt-8 scroll-mt-4">
        <h2 id="pick-heading" className="text-2xl font-bold">
          Compare two or three in detail
        </h2>
        <p className="mt-2 max-w-3xl">
          See the entry route, education, credentials, radiation, workplaces, pay, growth and openings next to each
          other. The address of the result can be shared.
        </p>
        <StaticHtml>
          <PickForm rows={rows} picked={checked} />
        </StaticHtml>
      </section>

      {/* The sources of what is on the page: the picks' every detail, and the compact table's columns. */}
      <SourceList sources={uniqueByUrl([...comparisonSources(picked), ...comparisonSources(rows, overviewColumns)])} />
      <FeedbackSection page="/compare" />
    </div>
  );
}
