import { getNavTree } from '@/lib/content';
import { StaticHtml } from '@/components/mdx/static-html';
import { site } from '@/lib/site';
import { SearchBox } from '@/components/search/search-box';

// The links are static markup React does not hydrate (issue 13): plain anchors that prefetch on
// intent and open in place (components/layout/link-intent.tsx). The wrappers are display: contents.
function TopicLinks({ className }: { className?: string }) {
  return (
    <StaticHtml>
      <ul className={className}>
        {getNavTree().map((t) => (
          <li key={t.topic}>
            <a
              href={t.url}
              className="block rounded px-2 py-2 font-medium text-ink underline-offset-4 hover:text-brand hover:underline"
            >
              {t.navLabel}
            </a>
          </li>
        ))}
      </ul>
    </StaticHtml>
  );
}

/** Site name and topic navigation. On phones the topics sit in a <details> menu, so it opens without JavaScript. */
export function SiteHeader() {
  return (
    <header className="no-print relative border-b border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <StaticHtml>
          <a href="/" className="text-lg font-bold text-brand-strong">
            {site.name}
          </a>
        </StaticHtml>
        <details className="group md:hidden">
          <summary className="cursor-pointer list-none rounded border border-line px-3 py-2 font-medium [&::-webkit-details-marker]:hidden">
            Menu{' '}
            <span aria-hidden="true" className="inline-block group-open:rotate-180">
              ▾
            </span>
          </summary>
          <nav
            aria-label="Topics"
            className="absolute inset-x-0 top-full z-40 border-b border-line bg-paper px-4 pb-3 pt-2 shadow-md"
          >
            <TopicLinks className="grid grid-cols-2 gap-1" />
          </nav>
        </details>
        <div className="order-last w-full md:order-none md:w-auto">
          <SearchBox />
        </div>
      </div>
      <nav aria-label="Topics" className="mx-auto hidden max-w-5xl px-4 pb-2 md:block">
        <TopicLinks className="flex flex-wrap gap-1 text-sm" />
      </nav>
    </header>
  );
}
