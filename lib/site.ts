import { env } from './env';

export const site = {
  name: 'Imaging Careers',
  tagline: 'A sourced guide to careers in medical imaging',
  url: env.SITE_URL.replace(/\/$/, ''),
};

/** The full address of a path on this site, for canonical links, sitemaps and citations. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}

/** "November 29, 2026" from an ISO date, in UTC so the build machine's zone cannot shift it. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
