import QRCode from 'qrcode';

/** An SVG QR code for a URL, made at build time. Medium error correction survives a smudged print. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
