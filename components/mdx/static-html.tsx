import type { ReactNode } from 'react';
import { toStaticMarkup } from './static-markup';

/**
 * Server-rendered markup that React inserts but does not hydrate or walk in the browser: for
 * parts of a page with no client component inside (components/mdx/static-markup.ts throws on
 * one). The wrapper is display: contents, so it changes no layout.
 */
export function StaticHtml({ children }: { children: ReactNode }) {
  return <div className="contents" dangerouslySetInnerHTML={{ __html: toStaticMarkup(children) }} />;
}
