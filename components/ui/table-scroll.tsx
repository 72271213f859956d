import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways inside the page instead of widening it (320 px screens).
 * The region is focusable so keyboard users can scroll it too.
 */
export function TableScroll({ label, wide = true, children }: { label: string; wide?: boolean; children: ReactNode }) {
  // Wide tables span both columns of a printed page; narrow ones stay in the flow of the text.
  // `relative` keeps absolutely placed children (sr-only labels) inside the scroll box, so they
  // cannot widen the page.
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      data-wide={wide || undefined}
      className="not-prose relative my-6 max-w-full overflow-x-auto"
    >
      {children}
    </div>
  );
}
