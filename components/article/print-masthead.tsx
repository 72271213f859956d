import type { ReactNode } from 'react';
import { QrCode } from '@/components/share/qr-code';
import { absoluteUrl, site } from '@/lib/site';
import { StaticHtml } from '@/components/mdx/static-html';

/**
 * The top of page 1 on paper: the site's name over the page's own title and lead (the children),
 * and at the top right a QR code of the page, over an inch wide, with its short address under it.
 * On screen only the children show; the rest is print-only markup with no script.
 */
export async function PrintMasthead({ path, children }: { path: string; children: ReactNode }) {
  // Made first, since static markup (not hydrated, issue 13) cannot wait for an async component.
  const qr = await QrCode({ url: absoluteUrl(path), className: 'size-[1.05in]' });
  // The whole masthead, the page's h1 and lead with it, is markup React does not hydrate: the
  // children must be server-only (PageHeader is).
  return (
    <StaticHtml>
      <div
        className="print-masthead print:mb-2 print:flex print:items-start print:gap-5 print:border-b print:border-black print:pb-2"
        data-print-masthead
      >
        <div className="min-w-0 flex-1">
          <p className="hidden text-[9pt] font-bold tracking-wide uppercase print:block">
            {site.name} <span className="font-normal normal-case">· {site.tagline}</span>
          </p>
          {children}
        </div>
        <div className="hidden print:block">{qr}</div>
      </div>
    </StaticHtml>
  );
}
