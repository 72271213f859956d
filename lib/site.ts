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

/**
 * The short form of an address on this site, for paper: host and path with no scheme and no
 * "www." ("imagingcareers.org/radiography"), short enough to type from a printed sheet.
 * Takes a path or a full address; the home page is the bare host.
 */
export function shortUrl(pathOrUrl: string): string {
  const u = new URL(pathOrUrl, `${site.url}/`);
  const path = u.pathname === '/' ? '' : u.pathname;
  return `${u.host.replace(/^www\./, '')}${path}${u.search}${u.hash}`;
}

/** "November 29, 2026" from an ISO date, in UTC so the build machine's zone cannot shift it. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Search results cut a longer <title> off. */
export const maxTitleLength = 65;

/** "Title | Imaging Careers", or the title alone when the site name would push it past the limit. */
export function fullTitle(title: string): string {
  const withName = `${title} | ${site.name}`;
  return withName.length <= maxTitleLength ? withName : title;
}

/** A page's metadata title: replaces the layout's "%s | site name" template with fullTitle. */
export function titleMetadata(title: string): { absolute: string } {
  return { absolute: fullTitle(title) };
}
