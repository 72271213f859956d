import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

/** Breadcrumbs, the page's h1 and its lead sentence: the top of every page below the home page. */
export function PageHeader({ crumbs, title, children }: { crumbs: Crumb[]; title: ReactNode; children?: ReactNode }) {
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1 className="mt-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      {children && <p className="mt-3 max-w-2xl text-lg text-ink-muted">{children}</p>}
    </>
  );
}
