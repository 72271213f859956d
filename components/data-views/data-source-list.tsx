import type { CellSource } from '@/lib/content/specialties';
import { formatDate } from '@/lib/site';

/** The sources a data view relies on, each with its edition and the date it was checked. */
export function DataSourceList({ sources, heading = 'Sources' }: { sources: CellSource[]; heading?: string }) {
  return (
    <section aria-labelledby="sources-heading" className="print-compact mt-12 border-t border-line pt-6">
      <h2 id="sources-heading" className="text-xl font-bold">
        {heading}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
        {sources.map((s) => (
          <li key={s.url}>
            {s.publisher}.{' '}
            <a href={s.url} className="break-words text-brand underline">
              {s.title}
            </a>
            . {s.edition}. Checked {formatDate(s.accessed)}.
          </li>
        ))}
      </ol>
    </section>
  );
}
