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
 * "On this page": a collapsed <details> on phones, a sticky list beside the article on wide
 * screens, hidden in print. Only one of the two is displayed at a time, so screen readers meet one.
 * Plain markup: the page marks the current section with <TocHighlight> beside it.
 */
export function TableOfContents({ entries, placement }: { entries: TocEntry[]; placement: 'inline' | 'aside' }) {
  if (entries.length < 2) return null;
  if (placement === 'inline') {
    return (
      <nav aria-label="On this page" className="no-print my-6 rounded-lg border border-line lg:hidden">
        <details>
          <summary className="cursor-pointer px-4 py-3 font-bold">On this page</summary>
          <div className="px-4 pb-4 pl-7">
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
