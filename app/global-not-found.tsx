import type { Metadata } from 'next';
import './globals.css';
import Link from 'next/link';
import { LinkList } from '@/components/ui/link-list';
import { SiteChrome } from '@/components/layout/site-chrome';
import { SearchForm } from '@/components/search/search-form';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { getArticlesByTopic, getNavTree } from '@/lib/content';
import { notFoundPage } from '@/lib/feedback/pages';
import { site, titleMetadata } from '@/lib/site';

// The page for every address that matches no route (next.config.ts: experimental.globalNotFound).
// It is a whole document, outside app/layout.tsx, so it brings the global styles, the viewport
// and the metadata base itself. Its own tab title: a reader with several tabs open sees which one
// went nowhere.
export const metadata: Metadata = { metadataBase: new URL(site.url), title: titleMetadata('Page not found') };
export { viewport } from './layout';

export default function GlobalNotFound() {
  const specialtyPages = getArticlesByTopic('specialties');
  return (
    <html lang="en-US">
      <body className="font-sans antialiased">
        <SiteChrome>
          <h1 className="text-3xl font-bold">We could not find that page</h1>
          <p className="mt-4 max-w-2xl text-lg">
            If you typed the address, check the spelling. Our addresses are short words joined by hyphens, such as{' '}
            <code>/radiography</code> or <code>/sonography</code>.
          </p>
          <SearchForm
            id="not-found-q"
            name="Search from this page"
            placeholder="Try words like ultrasound tech or license"
          />
          <p className="mt-4 max-w-2xl">
            Or open a topic below, or the{' '}
            <Link prefetch={false} href="/topics" className="text-brand underline">
              list of all topics and articles
            </Link>
            .
          </p>
          <h2 className="mt-8 text-xl font-bold">Topics</h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {getNavTree().map((t) => (
              <li key={t.topic}>
                <Link prefetch={false} href={t.url} className="text-brand underline">
                  {t.title}
                </Link>
                <span className="text-ink-muted">: {t.summary}</span>
              </li>
            ))}
          </ul>
          {specialtyPages.length > 0 && (
            <>
              <h2 className="mt-8 text-xl font-bold">Specialties</h2>
              <LinkList bullets className="mt-3" items={specialtyPages.map((a) => ({ href: a.url, title: a.title }))} />
            </>
          )}
          {/* Every unknown address shares one key: the mistyped address itself is not stored. */}
          <FeedbackSection page={notFoundPage} />
        </SiteChrome>
      </body>
    </html>
  );
}
