'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** The path of a same-site page link worth prefetching or navigating to in place, else null. */
function internalPath(anchor: HTMLAnchorElement): string | null {
  if (anchor.target || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  // A link within this page is the browser's to follow.
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Prefetch on intent, not on view: site links use prefetch={false} (article prose is plain HTML),
 * and this one leaf prefetches a page when the reader points at, touches or focuses a link to it,
 * so a reader on a metered plan downloads only what they reach for (issue 13). Plain anchors in
 * article prose ([data-prose]) and in static markup (components/mdx/static-html.tsx: the site header's
 * topics, footer, breadcrumbs, link lists, article pager) also navigate in place, as <Link> does.
 */
export function LinkIntent() {
  const router = useRouter();
  useEffect(() => {
    const prefetched = new Set<string>();
    const anchorOf = (event: Event) =>
      (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]') ?? null;
    const onIntent = (event: Event) => {
      const anchor = anchorOf(event);
      const path = anchor && internalPath(anchor);
      if (!path) return;
      const page = path.split('#')[0]!;
      if (prefetched.has(page)) return;
      prefetched.add(page);
      router.prefetch(page);
    };
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = anchorOf(event);
      if (!anchor?.closest('[data-prose], [data-static]')) return;
      const path = internalPath(anchor);
      if (!path) return;
      event.preventDefault();
      router.push(path);
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('touchstart', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('touchstart', onIntent);
      document.removeEventListener('focusin', onIntent);
      document.removeEventListener('click', onClick);
    };
  }, [router]);
  return null;
}
