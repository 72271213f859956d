import { provenanceText, type Provenance, type SourceKind } from '@/lib/content/provenance';
import { shortUrl } from '@/lib/site';

export type ListedSource = {
  publisher: string;
  title: string;
  url: string;
  edition?: string;
  kind?: SourceKind;
} & Provenance;

/**
 * The sources a page relies on, each with its edition (when known), its kind when not primary, and
 * when it was read. On paper each prints its address after its title.
 */
export function SourceList({ sources }: { sources: ListedSource[] }) {
  return (
    <section aria-labelledby="sources-heading" className="print-compact mt-12 border-t border-line pt-6">
      <h2 id="sources-heading" className="text-xl font-bold">
        Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm print:mt-1 print:space-y-0">
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
            {s.kind === 'secondary' && ' Secondary source: it reports what another body said.'}
            {s.kind === 'copy-of-law' &&
              ' An unofficial copy of the law: the official text is the one that counts.'}{' '}
            {provenanceText(s)}
          </li>
        ))}
      </ol>
    </section>
  );
}
