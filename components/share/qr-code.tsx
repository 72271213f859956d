import { Fragment } from 'react';
import { cn } from '@/lib/cn';
import { qrSvg } from '@/lib/share/qr';
import { shortUrl } from '@/lib/site';

/**
 * A QR code of a URL, as inline SVG made at build time. On paper the short form of the address
 * (host and path, no scheme) prints under the code, for a reader with no phone to scan it.
 * `className` sizes the code itself.
 */
export async function QrCode({ url, className }: { url: string; className?: string }) {
  const svg = await qrSvg(url);
  // Line breaks go after "/" and "-" ("imagingcareers.org/" "nuclear-" "medicine"), not mid-word.
  const parts = shortUrl(url).split(/(?<=[/-])/);
  return (
    <div className="w-min shrink-0" data-qr-block>
      <div
        role="img"
        aria-label={`QR code for ${url}`}
        className={cn('bg-white [&_svg]:size-full', className)}
        data-qr={url}
        // The SVG comes from the qrcode package, generated from our own URL: no outside input.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p
        className="qr-address mt-0.5 hidden text-center text-[7pt] leading-tight wrap-anywhere print:block"
        data-qr-address
      >
        {parts.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && <wbr />}
            {part}
          </Fragment>
        ))}
      </p>
    </div>
  );
}
