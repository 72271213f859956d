import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways inside the page instead of widening it (320 px screens).
 * The region is focusable so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="not-prose my-6 max-w-full overflow-x-auto">
      {children}
    </div>
  );
}
