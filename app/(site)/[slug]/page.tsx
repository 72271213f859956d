import type { Metadata } from 'next';
import { LinkList } from '@/components/ui/link-list';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceList } from '@/components/article/source-list';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { PrintFooter } from '@/components/article/print-footer';
import { ArticleTools } from '@/components/share/article-tools';
import { CiteThisPage } from '@/components/share/cite-this-page';
import { TableOfContents } from '@/components/article/table-of-contents';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { MdxContent } from '@/components/mdx/mdx-content';
import {
  getAllArticles,
  getAllPages,
  getArticle,
  getArticlesByTopic,
  getPage,
  topicInfo,
  topicUrl,
} from '@/lib/content';
import { absoluteUrl, formatDate } from '@/lib/site';
import { articleStructuredData, jsonLdString } from '@/lib/structured-data';
import { changesFor } from '@/lib/content/changelog';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getAllArticles(), ...getAllPages()].map((doc) => ({ slug: doc.slug }));
}

function lookup(slug: string) {
  return getArticle(slug) ?? getPage(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = lookup((await params).slug);
  if (!doc) return {};
  return {
    title: doc.title,
    description: doc.description,
    alternates: { canonical: absoluteUrl(doc.url) },
    openGraph: {
      title: doc.title,
      description: doc.description,
      url: absoluteUrl(doc.url),
      type: doc.type === 'Article' ? 'article' : 'website',
      ...(doc.type === 'Article' ? { modifiedTime: doc.reviewedAt } : {}),
    },
    twitter: { card: 'summary_large_image', title: doc.title, description: doc.description },
  };
}

export default async function DocumentPage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (article) {
    const topic = topicInfo[article.topic];
    const siblings = getArticlesByTopic(article.topic).filter((a) => a.slug !== article.slug);
    const latestChange = changesFor(article.url)[0];
    const crumbs = [
      { label: 'Home', href: '/' },
      { label: topic.title, href: topicUrl(article.topic) },
      { label: article.title, href: article.url },
    ];
    return (
      <article>
        {articleStructuredData(article, crumbs).map((block, i) => (
          <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdString(block) }} />
        ))}
        <Breadcrumbs items={crumbs} />
        <h1 className="mt-4 text-3xl font-bold sm:text-4xl">{article.title}</h1>
        <p className="mt-3 max-w-2xl text-lg text-ink-muted">{article.description}</p>
        <p className="mt-3 text-sm text-ink-muted">
          Last reviewed <time dateTime={article.reviewedAt.slice(0, 10)}>{formatDate(article.reviewedAt)}</time> ·{' '}
          {article.readingMinutes} min read
          {latestChange && (
            <>
              {' · '}
              <Link href={`/changes#${latestChange.id}`} className="underline">
                What changed
              </Link>
            </>
          )}
        </p>
        <ArticleTools url={absoluteUrl(article.url)} title={article.title} />
        <TableOfContents entries={article.toc} />
        <div className="prose prose-lg max-w-none dark:prose-invert prose-a:text-brand prose-headings:scroll-mt-4">
          <MdxContent code={article.body.code} />
        </div>
        <SourceList sources={article.sources} />
        <CiteThisPage doc={article} />
        <FeedbackSection page={article.url} />
        {siblings.length > 0 && (
          <nav aria-labelledby="more-heading" className="no-print mt-10 border-t border-line pt-6">
            <h2 id="more-heading" className="text-xl font-bold">
              More in {topic.title}
            </h2>
            <LinkList className="mt-3" items={siblings.map((a) => ({ href: a.url, title: a.title }))} />
          </nav>
        )}
        <PrintFooter doc={article} />
      </article>
    );
  }
  const page = getPage(slug);
  if (!page) notFound();
  return (
    <article>
      <h1 className="text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{page.description}</p>
      <div className="prose prose-lg mt-6 max-w-none dark:prose-invert prose-a:text-brand">
        <MdxContent code={page.body.code} />
      </div>
      <p className="mt-8 text-sm text-ink-muted">
        Last reviewed <time dateTime={page.reviewedAt.slice(0, 10)}>{formatDate(page.reviewedAt)}</time>
      </p>
    </article>
  );
}
