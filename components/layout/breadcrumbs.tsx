import { StaticHtml } from '@/components/mdx/static-html';

export type Crumb = { label: string; href: string };

/**
 * Home › Topic › Page. The last crumb is the current page and is not a link. Static markup React
 * does not hydrate (issue 13). Each link is a 44 × 44 px tap target (issue 15): the negative
 * margin keeps a single row of crumbs as tall as its text, and wrapped rows are spaced so that
 * targets never overlap.
 */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <StaticHtml>
      <nav aria-label="Breadcrumb" className="no-print text-sm text-ink-muted">
        <ol className="flex flex-wrap items-center gap-x-1 gap-y-6">
          {items.map((item, i) => {
            const last = i === items.length - 1;
            return (
              <li key={item.href} className="flex items-center gap-1">
                {last ? (
                  <span aria-current="page">{item.label}</span>
                ) : (
                  <>
                    <a
                      href={item.href}
                      className="-my-3 inline-flex min-h-11 min-w-11 items-center justify-center underline hover:text-brand"
                    >
                      {item.label}
                    </a>
                    <span aria-hidden="true">›</span>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </StaticHtml>
  );
}
