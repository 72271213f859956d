import type { ReactNode } from 'react';
import { toStaticMarkup } from './static-markup';

/**
 * Server-rendered markup that React inserts but does not hydrate or walk in the browser: for
 * parts of a page with no client component inside (components/mdx/static-markup.ts throws on
 * one). The wrapper is display: contents, so it changes no layout. Its same-site links are plain
 * anchors; components/layout/link-intent.tsx prefetches them on intent and follows them in place
 * (data-static), as <Link> would.
 */
export function StaticHtml({ children }: { children: ReactNode }) {
  return <div className="contents" data-static="" dangerouslySetInnerHTML={{ __html: toStaticMarkup(children) }} />;
}
