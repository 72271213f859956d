import type { TocEntry } from '@/lib/content';
import { cn } from '@/lib/cn';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="no-print my-6 rounded-lg border border-line p-4">
      <h2 id="toc-heading" className="text-base font-bold">
        On this page
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {entries.map((entry) => (
          <li key={entry.id} className={cn(entry.depth === 3 && 'ml-4')}>
            <a href={`#${entry.id}`} className="text-brand underline underline-offset-2">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
