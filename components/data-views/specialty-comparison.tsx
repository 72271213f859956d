import Link from 'next/link';
import { TableScroll } from '@/components/ui/table-scroll';
import { comparisonColumns, type ComparisonRow } from '@/lib/content/specialties';
import { ComparisonCell } from './comparison-cell';

export type SpecialtyLink = { href: string; title: string } | undefined;

function SpecialtyName({ row, article }: { row: ComparisonRow; article: SpecialtyLink }) {
  return (
    <>
      {article ? (
        <Link prefetch={false} href={article.href} className="font-semibold text-brand underline">
          {row.name}
        </Link>
      ) : (
        <span className="font-semibold">{row.name}</span>
      )}
      <span className="block text-sm font-normal text-ink-muted">{row.plainName}</span>
    </>
  );
}

/**
 * Every specialty side by side. A table from the md breakpoint up; stacked cards on phones and on
 * paper. The hidden one is display:none, so screen readers meet the figures once.
 */
export function SpecialtyComparison({
  rows,
  articles,
}: {
  rows: ComparisonRow[];
  articles: Record<string, SpecialtyLink>;
}) {
  return (
    <>
      <div className="hidden md:block print:hidden" data-view="table">
        <TableScroll label="Specialty comparison table">
          {/* relative: keeps the absolutely positioned screen-reader text inside the scrolling box. */}
          <div className="relative">
            <table className="w-full min-w-[72rem] border-collapse text-left align-top text-sm">
              <caption className="mb-2 text-left text-base font-semibold">
                Imaging specialties compared: {comparisonColumns.map((c) => c.label.toLowerCase()).join(', ')}
              </caption>
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="py-2 pr-3">
                    Specialty
                  </th>
                  {comparisonColumns.map((c) => (
                    <th key={c.id} scope="col" className="py-2 pr-3">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-line align-top" data-specialty={row.id}>
                    <th scope="row" className="w-40 py-3 pr-3 font-normal">
                      <SpecialtyName row={row} article={articles[row.id]} />
                    </th>
                    {comparisonColumns.map((c) => (
                      <td key={c.id} className="py-3 pr-3" data-column={c.id}>
                        <ComparisonCell cell={row.cells[c.id]} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </TableScroll>
      </div>

      <ul
        className="mt-6 space-y-4 md:hidden print:block"
        data-view="stacked"
        aria-label="Imaging specialties compared"
      >
        {rows.map((row) => (
          <li key={row.id} className="break-inside-avoid rounded-lg border border-line p-4" data-specialty={row.id}>
            <h3 className="text-lg">
              <SpecialtyName row={row} article={articles[row.id]} />
            </h3>
            <dl className="mt-3 divide-y divide-line">
              {comparisonColumns.map((c) => (
                <div key={c.id} className="py-2" data-column={c.id}>
                  <dt className="text-sm font-semibold text-ink-muted">{c.label}</dt>
                  <dd className="mt-1">
                    <ComparisonCell cell={row.cells[c.id]} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
