import { provenanceText, type Provenance } from '@/lib/content/provenance';
import { shortUrl } from '@/lib/site';

export type ListedSource = {
  publisher: string;
  title: string;
  url: string;
  edition?: string;
  kind?: 'primary' | 'secondary';
} & Provenance;

/**
 * The sources a page relies on, each with its edition (when known) and the date an editor checked it.
 * On paper each prints its address after its title.
 */
export function SourceList({ sources }: { sources: ListedSource[] }) {
  return (
    <section aria-labelledby="sources-heading" className="print-compact mt-12 border-t border-line pt-6">
      <h2 id="sources-heading" className="text-xl font-bold">
        Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm print:space-y-0.5">
        {sources.map((s) => (
          <li key={s.url}>
            {s.publisher}.{' '}
            <a href={s.url} className="text-brand underline break-words">
              {s.title}
            </a>
            {/* On paper the address follows the title, without its scheme, for a reader to type. */}
            <span className="hidden print:inline" data-print-address>
              {' '}
              ({shortUrl(s.url)})
            </span>
            .{s.edition && ` ${s.edition}.`}
            {s.kind === 'secondary' && ' Secondary source: it reports what another body said.'} {provenanceText(s)}
          </li>
        ))}
      </ol>
    </section>
  );
}
