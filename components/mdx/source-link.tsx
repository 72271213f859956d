import { sourceLabel } from '@/lib/content/figure-text';
import { provenanceText, type Provenance, type SourceKind } from '@/lib/content/provenance';

/** What every data source has, whichever data file it comes from. */
export type LinkableSource = {
  shortName: string;
  url: string;
  title: string;
  edition: string;
  kind?: SourceKind;
} & Provenance;

const kindNote: Record<SourceKind, string> = {
  primary: '',
  'copy-of-law': ' Unofficial copy of the law.',
  secondary: ' Secondary source.',
};

/** The footnote-style "(BLS, May 2024)" after a figure, linking to where it comes from. */
export function SourceLink({ source, period }: { source: LinkableSource; period?: string }) {
  return (
    <a
      href={source.url}
      className="text-sm font-normal whitespace-nowrap text-ink-muted underline decoration-dotted underline-offset-2 hover:text-brand"
      title={`${source.title}, ${source.edition}.${kindNote[source.kind ?? 'primary']} ${provenanceText(source)}`}
    >
      (<span className="sr-only">source: </span>
      {sourceLabel(source.shortName, period)})
    </a>
  );
}
