import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { absoluteUrl, site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
  description:
    'What medical imaging technologists do, how to train, certify and get licensed, and what the jobs pay, with every figure sourced.',
  openGraph: { siteName: site.name, type: 'website', locale: 'en_US' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#12161a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US">
      <head>
        {/* Per-page metadata replaces `alternates` wholesale, so the feed link lives here, once. */}
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${site.name}: what changed`}
          href={absoluteUrl('/changes/feed.xml')}
        />
      </head>
      <body className="font-sans antialiased">{children}</body>
    </html>
  );
}
