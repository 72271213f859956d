// Is SITE_URL a public origin? Shared links, canonical links, the sitemap and preview images are
// built from it, so a production image or server must not say localhost.
//   node scripts/site-url.mjs          exits 1 with one line naming SITE_URL when it is missing or local
// scripts/start.mjs uses the same check: refusing with --public, a one-line notice without.
import { pathToFileURL } from 'node:url';

const localHosts = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;

/** null when SITE_URL is a public origin, else the one line that says what is wrong. */
export function siteUrlProblem(value) {
  if (!value)
    return 'SITE_URL is not set: set it to the public origin, for example SITE_URL=https://careers.example.org';
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is not a URL (${value}): set it to the public origin, for example https://careers.example.org`;
  }
  if (localHosts.test(url.hostname)) {
    return `SITE_URL is ${value}, a local address: set it to the public origin, for example https://careers.example.org`;
  }
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = siteUrlProblem(process.env.SITE_URL);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
