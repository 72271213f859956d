import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SourceList } from '@/components/article/source-list';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { PrintFooter } from '@/components/article/print-footer';
import { PrintMasthead } from '@/components/article/print-masthead';
import { ArticleTools } from '@/components/share/article-tools';
import { CiteThisPage } from '@/components/share/cite-this-page';
import { ShareEnhancer } from '@/components/share/share-enhancer';
import { TableOfContents } from '@/components/article/table-of-contents';
import { TocHighlight } from '@/components/article/toc-highlight';
import { StaticHtml } from '@/components/mdx/static-html';
import { ArticlePager } from '@/components/article/article-pager';
import { ProseEnhancer } from '@/components/article/prose-enhancer';
import { PageHeader } from '@/components/layout/page-header';
import { SpecialtyIllustration } from '@/components/illustrations/specialty-illustration';
import { MdxContent, proseClassName } from '@/components/mdx/mdx-content';
import {
  getAllArticles,
  getAllPages,
  getArticle,
  getNeighbours,
  getPage,
  getRelated,
  topicInfo,
  topicUrl,
} from '@/lib/content';
import { absoluteUrl, formatDate, titleMetadata } from '@/lib/site';
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
    title: titleMetadata(doc.title),
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
    const all = getAllArticles();
    const { previous, next } = getNeighbours(article, all);
    const related = getRelated(article, all);
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
        <PrintMasthead path={article.url}>
          <PageHeader
            crumbs={crumbs}
            title={article.title}
            picture={
              article.topic === 'specialties' && article.specialty ? (
                <SpecialtyIllustration specialty={article.specialty} size={64} />
              ) : undefined
            }
          >
            {article.description}
          </PageHeader>
        </PrintMasthead>
        {/* On paper the footer carries the review date; the reading time is for the screen. */}
        <StaticHtml>
          <p className="no-print mt-3 text-sm text-ink-muted">
            Last reviewed <time dateTime={article.reviewedAt.slice(0, 10)}>{formatDate(article.reviewedAt)}</time> ·{' '}
            {article.readingMinutes} min read
            {latestChange && (
              <>
                {' · '}
                <a href={`/changes#${latestChange.id}`} className="underline">
                  What changed
                </a>
              </>
            )}
          </p>
        </StaticHtml>
        <ArticleTools url={absoluteUrl(article.url)} title={article.title} />
        <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-10 print:block">
          {/* On paper this is one two-column flow: the body, then the sources and the footer. */}
          <div className="min-w-0" data-print-flow>
            {/* Parts with nothing interactive are markup React does not hydrate (issue 13). */}
            <StaticHtml>
              <TableOfContents entries={article.toc} placement="inline" />
            </StaticHtml>
            <MdxContent
              id="article-body"
              code={article.body.code}
              className={`${proseClassName} prose-headings:scroll-mt-4`}
            />
            <ProseEnhancer containerId="article-body" />
            <StaticHtml>
              <SourceList sources={article.sources} />
            </StaticHtml>
            <PrintFooter doc={article} />
            <FeedbackSection page={article.url} />
            <CiteThisPage doc={article} />
            <ShareEnhancer />
            <ArticlePager topicTitle={topic.title} previous={previous} next={next} related={related} />
          </div>
          <div className="no-print hidden lg:block">
            <StaticHtml>
              <TableOfContents entries={article.toc} placement="aside" />
            </StaticHtml>
            <TocHighlight ids={article.toc.map((e) => e.id)} />
          </div>
        </div>
      </article>
    );
  }
  const page = getPage(slug);
  if (!page) notFound();
  return (
    <article>
      <h1 className="text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{page.description}</p>
      <MdxContent code={page.body.code} className={`${proseClassName} mt-6`} />
      <p className="mt-8 text-sm text-ink-muted">
        Last reviewed <time dateTime={page.reviewedAt.slice(0, 10)}>{formatDate(page.reviewedAt)}</time>
      </p>
      <FeedbackSection page={page.url} />
    </article>
  );
}
