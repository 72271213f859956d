import { getOccupation } from '@/lib/content';
import { citations, type CitableDocument } from '@/lib/share/citation';
import { formatDate, shortUrl } from '@/lib/site';
import { StaticHtml } from '@/components/mdx/static-html';

/**
 * Only on paper: where the page lives, its review date, data edition and citation. The QR code
 * of the page is in the masthead at the top of page 1 (components/article/print-masthead.tsx).
 * Static markup React does not hydrate (issue 13).
 */
export function PrintFooter({ doc }: { doc: CitableDocument }) {
  const edition = getOccupation('radiologic-technologists').source;
  return (
    <StaticHtml>
      <footer
        className="print-footer hidden border-t border-line pt-2 text-xs print:block print:space-y-0.5"
        data-print-footer
      >
        <p>
          <strong>Online:</strong> {shortUrl(doc.url)} · Last reviewed {formatDate(doc.reviewedAt)} · Figures:{' '}
          {edition.publisher} Occupational Outlook Handbook, {edition.edition}.
        </p>
        <p>
          <strong>Cite as:</strong> {citations(doc).plain}
        </p>
      </footer>
    </StaticHtml>
  );
}
