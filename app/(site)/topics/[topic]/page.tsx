import type { Metadata } from 'next';
import { LinkCards } from '@/components/ui/link-list';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { StaticHtml } from '@/components/mdx/static-html';
import { SpecialtyIllustration } from '@/components/illustrations/specialty-illustration';
import { getArticlesByTopic, isTopic, topicInfo, topics, topicUrl } from '@/lib/content';
import { absoluteUrl, titleMetadata } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

type Props = { params: Promise<{ topic: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return topics.map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic } = await params;
  if (!isTopic(topic)) return {};
  const info = topicInfo[topic];
  return {
    title: titleMetadata(info.title),
    description: info.summary,
    alternates: { canonical: absoluteUrl(topicUrl(topic)) },
    openGraph: { title: info.title, description: info.summary, url: absoluteUrl(topicUrl(topic)) },
  };
}

export default async function TopicPage({ params }: Props) {
  const { topic } = await params;
  if (!isTopic(topic)) notFound();
  const info = topicInfo[topic];
  const articles = getArticlesByTopic(topic);
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: info.title, href: topicUrl(topic) },
        ]}
        title={info.title}
      >
        {info.summary}
      </PageHeader>
      {articles.length > 0 ? (
        // Static markup React does not hydrate: the cards and their pictures are not interactive.
        <StaticHtml>
          <LinkCards
            plain
            className="mt-8 space-y-4"
            items={articles.map((a) => ({
              href: a.url,
              title: a.title,
              text: a.description,
              picture:
                topic === 'specialties' && a.specialty ? (
                  <SpecialtyIllustration specialty={a.specialty} size={48} />
                ) : undefined,
            }))}
          />
        </StaticHtml>
      ) : (
        <p className="mt-8">
          No articles in this topic yet. Try the{' '}
          <Link prefetch={false} href="/topics" className="text-brand underline">
            list of topics
          </Link>
          .
        </p>
      )}
      <FeedbackSection page={topicUrl(topic)} />
    </>
  );
}
