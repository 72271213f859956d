import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { changelog } from '@/lib/content/changelog';
import { getAllArticles } from '@/lib/content';
import { absoluteUrl, formatDate } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const description = 'Every change to the guide: what changed, on which pages, and why.';

export const metadata: Metadata = {
  title: 'What changed',
  description,
  alternates: { canonical: absoluteUrl('/changes') },
  openGraph: { title: 'What changed', description, url: absoluteUrl('/changes') },
};

export default function ChangesPage() {
  const titles = new Map(getAllArticles().map((a) => [a.url, a.title]));
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'What changed', href: '/changes' },
        ]}
        title="What changed"
      >
        {description} Follow it with the{' '}
        <a href="/changes/feed.xml" className="text-brand underline">
          Atom feed
        </a>
        .
      </PageHeader>
      <ol className="mt-8 max-w-3xl space-y-8">
        {changelog.map((entry) => (
          <li key={entry.id} id={entry.id} className="scroll-mt-4">
            <h2 className="text-xl font-bold">{entry.title}</h2>
            <p className="text-sm text-ink-muted">
              <time dateTime={entry.date}>{formatDate(entry.date)}</time>
            </p>
            <p className="mt-2">{entry.summary}</p>
            <p className="mt-1">
              <strong>Why:</strong> {entry.reason}
            </p>
            <p className="mt-1 text-sm">
              <strong>Pages:</strong>{' '}
              {entry.pages.includes('*')
                ? 'every article'
                : entry.pages.map((p, i) => (
                    <span key={p}>
                      {i > 0 && ', '}
                      <Link prefetch={false} href={p} className="text-brand underline">
                        {titles.get(p) ?? p}
                      </Link>
                    </span>
                  ))}
            </p>
          </li>
        ))}
      </ol>
      <FeedbackSection page="/changes" />
    </>
  );
}
