import { qrSvg } from '@/lib/share/qr';

/** A QR code of a URL, as inline SVG made at build time. */
export async function QrCode({ url, className }: { url: string; className?: string }) {
  const svg = await qrSvg(url);
  return (
    <div
      role="img"
      aria-label={`QR code for ${url}`}
      className={className}
      data-qr={url}
      // The SVG comes from the qrcode package, generated from our own URL: no outside input.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
