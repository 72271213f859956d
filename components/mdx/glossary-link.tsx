import type { ReactNode } from 'react';
import { glossary } from '@/lib/content/glossary';

/**
 * A glossary term in running text. Its definition panel shows on hover or keyboard focus and, with
 * JavaScript, on tap: components/article/prose-enhancer.tsx keeps the reader on the page and opens
 * the panel, which links on to the glossary and has a Close button. Without JavaScript the term is
 * still a plain link to /glossary#term. The definition is the link's description, so screen
 * readers hear it; Escape hides it. Plain markup (no hooks): the article body is written out as
 * static HTML; tipId is unique per page.
 */
export function GlossaryLink({ href, tipId, children }: { href: string; tipId: string; children: ReactNode }) {
  const term = glossary.find((t) => t.id === href.slice('/glossary#'.length));
  if (!term) return <a href={href}>{children}</a>;
  const control = 'min-h-11 min-w-11 items-center justify-center rounded px-2 font-bold';
  return (
    <span className="glossary-term group/term relative" data-glossary-term>
      <a href={href} aria-describedby={tipId} data-glossary-link className="decoration-dotted">
        {children}
      </a>
      <span className="glossary-tip no-print fixed inset-x-4 bottom-4 z-20 hidden rounded-lg border border-line bg-paper p-3 text-base font-normal leading-snug text-ink shadow-lg group-hover/term:block group-focus-within/term:block group-data-[open]/term:block sm:absolute sm:inset-x-auto sm:bottom-auto sm:left-0 sm:top-full sm:w-72">
        <span role="tooltip" id={tipId} className="block">
          <strong>{term.term}:</strong> {term.definition}
        </span>
        <span className="mt-1 flex items-center justify-between gap-2">
          <a href={href} className={`${control} -ml-2 inline-flex text-brand underline`}>
            More in the glossary
          </a>
          <button
            type="button"
            data-glossary-close
            className={`${control} hidden border border-line text-ink scripting:inline-flex`}
          >
            Close
          </button>
        </span>
      </span>
    </span>
  );
}
