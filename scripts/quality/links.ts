// Link check of the running site: linkinator crawls the same-origin pages from / and from the sitemap and checks each
// link's status; links off the machine are skipped and counted (CI has no network beyond loopback).
// linkinator only checks a #fragment if it sees the link before it fetches the target page, so
// on an interlinked site most anchors go unchecked; every anchor is checked again here from the
// HTML of the crawled pages.
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

export type LinkCheckResult = {
  pages: number;
  links: number;
  anchors: number;
  external: number;
  broken: number;
  ok: boolean;
};

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Decodes the few entities Next writes inside attribute values. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** ids (and legacy <a name>) that a fragment can point at; script bodies are left out. */
export function anchorTargets(html: string): Set<string> {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const ids = new Set<string>();
  for (const m of markup.matchAll(/<[a-z][^>]*?\s(?:id|name)="([^"]*)"/gi)) ids.add(decodeAttribute(m[1] ?? ''));
  return ids;
}

/** The href of every <a> and <area> on a page. */
export function pageLinks(html: string): string[] {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return [...markup.matchAll(/<(?:a|area)\s[^>]*?href="([^"]*)"/gi)].map((m) => decodeAttribute(m[1] ?? ''));
}

/** Same-origin links with a fragment that names no element on the target page. */
export async function brokenAnchors(
  pages: string[],
  origin: string,
): Promise<{ checked: number; broken: { page: string; href: string }[] }> {
  const html = new Map<string, Promise<string | null>>();
  const load = (url: string) => {
    if (!html.has(url))
      html.set(
        url,
        fetch(url).then(async (r) => (r.ok && r.headers.get('content-type')?.includes('text/html') ? r.text() : null)),
      );
    return html.get(url)!;
  };
  let checked = 0;
  const broken: { page: string; href: string }[] = [];
  for (const page of pages) {
    const source = await load(page);
    if (source === null) continue;
    for (const href of pageLinks(source)) {
      const target = new URL(href, page);
      if (target.origin !== origin || !target.hash || target.hash === '#') continue;
      checked += 1;
      const id = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      const targetHtml = await load(target.href);
      if (targetHtml === null || !anchorTargets(targetHtml).has(id)) broken.push({ page, href });
    }
  }
  return { checked, broken };
}

export async function checkLinks(origin: string, siteOrigin: string, sitemapPaths: string[]): Promise<LinkCheckResult> {
  const checker = new LinkChecker();
  const pages = new Set<string>();
  const external = new Set<string>();
  checker.on('pagestart', (url) => pages.add(String(url)));
  const result = await checker.check({
    // From / and from every sitemap URL, so a page no other page links to is still checked.
    path: [...new Set(['/', ...sitemapPaths])].map((p) => origin + p),
    recurse: true,
    checkFragments: true,
    // Resolve links against the page's own address as a browser does; without this linkinator adds
    // a slash to /about, so "#main" becomes /about/#main and every page is fetched twice.
    cleanUrls: true,
    concurrency: 8,
    timeout: 20_000,
    // Absolute links to the public origin (canonical, Open Graph, JSON-LD) are checked here.
    urlRewriteExpressions:
      siteOrigin === origin
        ? []
        : [
            {
              pattern: new RegExp(`^${siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`),
              replacement: origin,
            },
          ],
    linksToSkip: async (link) => {
      const host = new URL(link).host.replace(/:\d+$/, '');
      if (loopbackHosts.has(host)) return false;
      external.add(link);
      return true;
    },
  });

  const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
  const brokenLinks: LinkResult[] = result.links.filter((l) => l.state === LinkState.BROKEN);
  const anchors = await brokenAnchors([...pages].sort(), origin);
  // linkinator may report a broken fragment that the anchor pass reports too: print each once.
  const reported = new Set(brokenLinks.map((l) => `${l.parent} -> ${l.url}`));
  const anchorOnly = anchors.broken.filter((b) => !reported.has(`${b.page} -> ${new URL(b.href, b.page).href}`));

  console.log('\nLink check (linkinator 7, recursive from / and the sitemap URLs, same origin, fragments checked)');
  for (const l of brokenLinks) {
    const why = (l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ');
    console.log(`  BROKEN ${l.url} (status ${l.status ?? '-'}) on ${l.parent ?? '?'}${why ? `: ${why}` : ''}`);
  }
  for (const b of anchorOnly) console.log(`  BROKEN anchor ${b.href} on ${b.page}: no element has that id`);
  const broken = brokenLinks.length + anchorOnly.length;
  console.log(
    `  pages crawled: ${pages.size}; links checked: ${checked.length} (unique URLs); anchors checked: ${anchors.checked}; external links skipped: ${external.size} (unique); broken: ${broken}`,
  );
  return {
    pages: pages.size,
    links: checked.length,
    anchors: anchors.checked,
    external: external.size,
    broken,
    ok: broken === 0 && pages.size > 0,
  };
}
