import type { Metadata } from 'next';
import { LinkList } from '@/components/ui/link-list';
import Link from 'next/link';
import { getNavTree } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

export const metadata: Metadata = {
  title: 'All topics',
  description: 'Every topic in the guide, with the articles in each.',
  alternates: { canonical: absoluteUrl('/topics') },
};

export default function TopicsPage() {
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">All topics</h1>
      <div className="mt-8 grid gap-8 sm:grid-cols-2">
        {getNavTree().map((t) => (
          <section key={t.topic} aria-labelledby={`topic-${t.topic}`}>
            <h2 id={`topic-${t.topic}`} className="text-xl font-bold">
              <Link prefetch={false} href={t.url} className="text-brand underline">
                {t.title}
              </Link>
            </h2>
            <p className="mt-1 text-ink-muted">{t.summary}</p>
            {t.articles.length > 0 && (
              <LinkList bullets className="mt-2" items={t.articles.map((a) => ({ href: a.url, title: a.title }))} />
            )}
          </section>
        ))}
      </div>
      <FeedbackSection page="/topics" />
    </>
  );
}
