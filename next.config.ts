import { readFileSync } from 'node:fs';
import type { NextConfig } from 'next';

type GeneratedArticle = { url: string; aliases?: string[]; draft?: boolean };

// Front-matter aliases become permanent (308) redirects. Runs after `contentlayer2 build`.
function aliasRedirects() {
  const file = new URL('./.contentlayer/generated/Article/_index.json', import.meta.url);
  const articles = JSON.parse(readFileSync(file, 'utf8')) as GeneratedArticle[];
  return articles.flatMap((a) =>
    (a.aliases ?? []).map((source) => ({ source, destination: a.url, permanent: true as const })),
  );
}

// Next's static pages carry inline scripts, so script-src needs 'unsafe-inline'; 'unsafe-eval'
// only in development (React's dev tools use eval). Nothing is loaded from another origin.
const isDev = process.env.NODE_ENV === 'development';
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone for the Docker image (docs/deployment.md). Opt-in,
  // because `next start` (npm start, the browser tests) warns that it does not work with it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  // Unmatched addresses get app/global-not-found.tsx (the full 404 page with the site's chrome), so
  // the root not-found.tsx that every page's flight data carries can stay small (issue 13).
  experimental: { globalNotFound: true },
  async redirects() {
    return aliasRedirects();
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
