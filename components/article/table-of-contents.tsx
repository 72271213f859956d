import type { TocEntry } from '@/lib/content';
import { cn } from '@/lib/cn';

function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ol className="mt-2 space-y-1 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className={cn(entry.depth === 3 && 'ml-3')}>
          {/* The current section is marked by colour and a left bar that is always there, so nothing moves. */}
          <a
            href={`#${entry.id}`}
            data-toc-link={entry.id}
            className="-ml-3 block border-l-2 border-transparent py-0.5 pl-2.5 text-brand underline underline-offset-2 aria-[current=location]:border-brand aria-[current=location]:bg-paper-alt aria-[current=location]:text-ink"
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * "On this page": on phones a slim bar that sticks to the top of the screen while the article
 * scrolls, reading "On this page ▾ · current section", and opens the list over the page (a
 * <details>, so it opens without JavaScript); on wide screens a sticky list beside the article;
 * hidden in print. Only one of the two is displayed at a time, so screen readers meet one.
 * The bar is in the flow from the first paint and its text is one truncated line, so filling in
 * the section moves nothing. Plain markup: <TocHighlight> beside it marks the current section.
 */
export function TableOfContents({ entries, placement }: { entries: TocEntry[]; placement: 'inline' | 'aside' }) {
  if (entries.length < 2) return null;
  if (placement === 'inline') {
    return (
      <nav
        aria-label="On this page"
        data-toc-bar
        className="no-print sticky top-0 z-30 my-6 rounded-lg border border-line bg-paper lg:hidden"
      >
        <details className="group/toc">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 px-4 py-2 [&::-webkit-details-marker]:hidden">
            <span className="shrink-0 font-bold">On this page</span>
            <span aria-hidden="true" className="inline-block shrink-0 group-open/toc:rotate-180">
              ▾
            </span>
            <span data-toc-current className="min-w-0 truncate text-ink-muted" />
          </summary>
          <div className="absolute inset-x-0 top-full max-h-[70vh] overflow-y-auto rounded-b-lg border border-line bg-paper px-4 pb-4 pl-7 shadow-lg">
            <TocList entries={entries} />
          </div>
        </details>
      </nav>
    );
  }
  return (
    <nav
      aria-label="On this page"
      className="no-print sticky top-4 hidden max-h-[calc(100vh-2rem)] overflow-y-auto pl-3 lg:block"
    >
      <h2 className="text-base font-bold">On this page</h2>
      <TocList entries={entries} />
    </nav>
  );
}
