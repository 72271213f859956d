import type { ReactNode } from 'react';

/**
 * A plain anchor for markup inside <StaticHtml>, which cannot write a <Link>. Same-site links
 * there still prefetch on intent and navigate in place (components/layout/link-intent.tsx).
 */
export function StaticLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
