import type { ReactNode } from 'react';
import { glossary } from '@/lib/content/glossary';

/**
 * A link to a glossary entry that shows the short definition on hover or keyboard focus. Without
 * JavaScript it is still a plain link to /glossary#term. The definition is also the link's
 * description, so screen readers hear it. Escape hides it (components/article/prose-enhancer.tsx).
 * Plain markup (no hooks): the article body is written out as static HTML; tipId is unique per page.
 */
export function GlossaryLink({ href, tipId, children }: { href: string; tipId: string; children: ReactNode }) {
  const term = glossary.find((t) => t.id === href.slice('/glossary#'.length));
  if (!term) return <a href={href}>{children}</a>;
  return (
    <span className="glossary-term group/term relative" data-glossary-term>
      <a href={href} aria-describedby={tipId} className="decoration-dotted">
        {children}
      </a>
      <span
        role="tooltip"
        id={tipId}
        className="glossary-tip no-print fixed inset-x-4 bottom-4 z-20 hidden rounded-lg border border-line bg-paper p-3 text-base font-normal leading-snug text-ink shadow-lg group-hover/term:block group-focus-within/term:block sm:absolute sm:inset-x-auto sm:bottom-auto sm:left-0 sm:top-full sm:w-72"
      >
        <strong>{term.term}:</strong> {term.definition}
      </span>
    </span>
  );
}
