import type { ReactNode } from 'react';
import { StaticHtml } from '@/components/mdx/static-html';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

/** Breadcrumbs, the page's h1 and its lead sentence: the top of every page below the home page.
 *  A picture, when given, sits beside the h1 (a specialty's illustration). */
export function PageHeader({
  crumbs,
  title,
  picture,
  children,
}: {
  crumbs: Crumb[];
  title: ReactNode;
  picture?: ReactNode;
  children?: ReactNode;
}) {
  const heading = <h1 className="mt-4 text-3xl font-bold sm:text-4xl">{title}</h1>;
  return (
    <>
      <Breadcrumbs items={crumbs} />
      {picture ? (
        // On a phone the picture sits above the title, so the title keeps the full width.
        <div className="sm:flex sm:items-start sm:justify-between sm:gap-4">
          <StaticHtml>
            <div className="mt-4 sm:order-last print:hidden">{picture}</div>
          </StaticHtml>
          {heading}
        </div>
      ) : (
        heading
      )}
      {children && (
        <p className="mt-3 max-w-2xl text-lg text-ink-muted" data-lead>
          {children}
        </p>
      )}
    </>
  );
}
