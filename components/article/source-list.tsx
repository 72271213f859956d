import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/site';

/** The sources an article relies on, each with the date an editor checked it. */
export function SourceList({ sources }: { sources: Article['sources'] }) {
  return (
    <section aria-labelledby="sources-heading" className="print-compact mt-12 border-t border-line pt-6">
      <h2 id="sources-heading" className="text-xl font-bold">
        Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
        {sources.map((s) => (
          <li key={s.url}>
            {s.publisher}.{' '}
            <a href={s.url} className="text-brand underline break-words">
              {s.title}
            </a>
            . Checked {formatDate(s.accessed)}.
          </li>
        ))}
      </ol>
    </section>
  );
}
