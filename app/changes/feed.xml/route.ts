import { Feed } from 'feed';
import { changelog } from '@/lib/content/changelog';
import { absoluteUrl, site } from '@/lib/site';

// Built once at build time: an Atom feed of the change log.
export const dynamic = 'force-static';

export function GET(): Response {
  const feed = new Feed({
    title: `${site.name}: what changed`,
    description: 'Changes to the guide: what changed and why.',
    id: absoluteUrl('/changes'),
    link: absoluteUrl('/changes'),
    language: 'en',
    copyright: `${site.name} contributors`,
    updated: new Date(`${changelog[0]?.date ?? '2026-11-29'}T00:00:00Z`),
    feedLinks: { atom: absoluteUrl('/changes/feed.xml') },
  });
  for (const entry of changelog) {
    feed.addItem({
      title: entry.title,
      id: absoluteUrl(`/changes#${entry.id}`),
      link: absoluteUrl(`/changes#${entry.id}`),
      description: `${entry.summary} Why: ${entry.reason}`,
      date: new Date(`${entry.date}T00:00:00Z`),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
