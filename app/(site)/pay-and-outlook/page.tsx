import type { Metadata } from 'next';
import Link from 'next/link';
import { GrowthChart, PayChart } from '@/components/charts/occupation-charts';
import { PageHeader } from '@/components/layout/page-header';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const title = 'Pay and job outlook';
const description =
  'Charts of median pay, the pay range and projected job growth for imaging occupations, from the US Bureau of Labor Statistics.';

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl('/pay-and-outlook') },
  openGraph: { title, description, url: absoluteUrl('/pay-and-outlook') },
};

export default function PayAndOutlookPage() {
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Careers', href: '/topics/career-paths' },
          { label: 'Pay and job outlook', href: '/pay-and-outlook' },
        ]}
        title={title}
      >
        {description}
      </PageHeader>
      <p className="mt-4 max-w-2xl">
        The figures are national. Pay where you live may be higher or lower. Each chart has a table with the same
        figures under it. Some specialties, such as CT and mammography, have no figures of their own: see{' '}
        <Link prefetch={false} href="/compare" className="text-brand underline">
          the specialty comparison
        </Link>{' '}
        for why.
      </p>
      <PayChart />
      <GrowthChart />
      <FeedbackSection page="/pay-and-outlook" />
    </>
  );
}
