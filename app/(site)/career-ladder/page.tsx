import type { Metadata } from 'next';
import Link from 'next/link';
import { CareerLadder } from '@/components/charts/career-ladder';
import { PageHeader } from '@/components/layout/page-header';
import { buildLadder } from '@/lib/charts/ladder';
import { credentialsData } from '@/lib/content/credentials';
import { absoluteUrl, formatDate } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const title = 'The imaging career ladder';
const description =
  'Which credentials you can add after your first one, and the advanced and management credentials beyond them.';

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl('/career-ladder') },
  openGraph: { title, description, url: absoluteUrl('/career-ladder') },
};

export default function CareerLadderPage() {
  const { source, bodies } = credentialsData;
  const ladder = buildLadder(credentialsData);
  const shown = [
    ...ladder.firsts.flatMap((f) => f.qualifiesFor),
    ...ladder.unlinkedAddOns,
    ...ladder.advanced.map((a) => a.credential),
    ...ladder.management,
  ];
  const links = [...new Map(shown.map((c) => [c.sourceUrl, c])).values()];
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Careers', href: '/topics/career-paths' },
          { label: 'Career ladder', href: '/career-ladder' },
        ]}
        title={title}
      >
        {description}
      </PageHeader>
      <div className="mt-4 max-w-2xl space-y-2">
        <p>
          Most people start with one first credential. With it, you can add others, called add-on or postprimary
          credentials. Each add-on needs its own structured education, a record of clinical work and an exam. Read{' '}
          <Link prefetch={false} href="/arrt-postprimary" className="text-brand underline">
            how adding ARRT credentials works
          </Link>
          .
        </p>
        <p>
          This page shows credentials only. It does not show job titles such as lead technologist, because we found no
          official source that sets them out as steps.
        </p>
      </div>

      <CareerLadder data={credentialsData} />

      <section aria-labelledby="sources-heading" className="print-compact mt-12 border-t border-line pt-6">
        <h2 id="sources-heading" className="text-xl font-bold">
          Sources
        </h2>
        <p className="mt-3 text-sm">
          {source.publisher}.{' '}
          <a href={source.url} className="text-brand underline">
            {source.title}
          </a>
          , {source.edition}. Checked {formatDate(source.accessed)}. Each credential&rsquo;s own page:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
          {links.map((c) => (
            <li key={c.sourceUrl}>
              {bodies.find((b) => b.id === c.body)?.name}:{' '}
              <a href={c.sourceUrl} className="break-all text-brand underline">
                {c.sourceUrl}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <FeedbackSection page="/career-ladder" />
    </>
  );
}
