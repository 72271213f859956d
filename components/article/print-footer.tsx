import { QrCode } from '@/components/share/qr-code';
import { getOccupation } from '@/lib/content';
import { citations, type CitableDocument } from '@/lib/share/citation';
import { absoluteUrl, formatDate } from '@/lib/site';
import { StaticHtml } from '@/components/mdx/static-html';

/**
 * Only on paper: where the page lives, a QR code of it, its review date, data edition and citation.
 * Static markup React does not hydrate (issue 13); the QR code is made first, since static markup
 * cannot wait for an async component.
 */
export async function PrintFooter({ doc }: { doc: CitableDocument }) {
  const url = absoluteUrl(doc.url);
  const edition = getOccupation('radiologic-technologists').source;
  const qr = await QrCode({ url, className: 'size-24 shrink-0 [&_svg]:size-full' });
  return (
    <StaticHtml>
      <footer
        className="print-footer hidden border-t border-line pt-3 text-xs print:flex print:items-start print:gap-4"
        data-print-footer
      >
        {qr}
        <div className="space-y-1">
          <p>
            <strong>Online:</strong> {url}
          </p>
          <p>
            Last reviewed {formatDate(doc.reviewedAt)}. Figures: {edition.publisher} Occupational Outlook Handbook,{' '}
            {edition.edition}.
          </p>
          <p>
            <strong>Cite as:</strong> {citations(doc).plain}
          </p>
        </div>
      </footer>
    </StaticHtml>
  );
}
