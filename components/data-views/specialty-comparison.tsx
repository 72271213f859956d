import { SourceLink } from '@/components/mdx/source-link';
import { TableScroll } from '@/components/ui/table-scroll';
import { footnotesFor, type Footnote } from '@/lib/compare/footnotes';
import { maxPicks, minPicks, pickParam } from '@/lib/compare/picks';
import { comparisonColumns, overviewColumns, type ColumnId, type ComparisonRow } from '@/lib/content/specialties';
import { ComparisonCell } from './comparison-cell';

// Everything here is plain markup, rendered once on the server inside <StaticHtml> (React does
// not hydrate it), so links are plain anchors: there is nothing to prefetch.

export type SpecialtyLink = { href: string; title: string } | undefined;

const stickyHead = 'sticky left-0 z-10 bg-paper border-r border-line';

function SpecialtyName({ row, article }: { row: ComparisonRow; article: SpecialtyLink }) {
  return (
    <>
      {article ? (
        <a href={article.href} className="font-bold text-brand underline">
          {row.name}
        </a>
      ) : (
        <span className="font-bold">{row.name}</span>
      )}
      <span className="block text-sm font-normal text-ink-muted">{row.plainName}</span>
    </>
  );
}

/** The reasons behind "Not published", written once each under the table. */
function Footnotes({ table, notes }: { table: string; notes: Footnote[] }) {
  if (notes.length === 0) return null;
  return (
    <ol className="mt-3 space-y-1 text-sm" aria-label="Notes to the table" data-footnotes={table}>
      {notes.map((n) => (
        <li key={n.number} id={`${table}-note-${n.number}`} className="flex gap-1">
          <span aria-hidden="true">{n.number}.</span>
          <span>
            <span className="sr-only">Note {n.number}: </span>
            Not published: {n.reason}{' '}
            {n.sources.map((s) => (
              <SourceLink key={s.url} source={s} />
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}

function ScrollHint() {
  return (
    <span className="block text-sm font-normal text-ink-muted md:hidden">Scroll sideways to see every column.</span>
  );
}

/** Every specialty in one compact table: median pay, school and ionizing radiation. */
export function OverviewTable({ rows, articles }: { rows: ComparisonRow[]; articles: Record<string, SpecialtyLink> }) {
  const table = 'overview';
  const { notes, numberOf } = footnotesFor(rows.flatMap((row) => overviewColumns.map((c) => row.cells[c.id])));
  return (
    <div data-view="overview">
      <TableScroll label="All specialties at a glance">
        <table className="w-full border-collapse text-left align-top text-sm">
          <caption className="mb-2 text-left text-base font-bold">
            Imaging specialties compared: {overviewColumns.map((c) => c.label.toLowerCase()).join(', ')}
            <ScrollHint />
          </caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className={`${stickyHead} py-2 pr-3`}>
                Specialty
              </th>
              {overviewColumns.map((c) => (
                <th key={c.id} scope="col" className="px-3 py-2">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top" data-specialty={row.id}>
                <th scope="row" className={`${stickyHead} w-32 min-w-32 py-2 pr-3 font-normal md:w-56`}>
                  <SpecialtyName row={row} article={articles[row.id]} />
                </th>
                {overviewColumns.map((c) => (
                  <td
                    key={c.id}
                    className={`${c.id === 'education' ? 'min-w-48' : 'min-w-32'} px-3 py-2`}
                    data-column={c.id}
                  >
                    <ComparisonCell cell={row.cells[c.id]} table={table} note={numberOf(row.cells[c.id])} brief />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Footnotes table={table} notes={notes} />
    </div>
  );
}

/** The picked specialties side by side, one column each, with every detail we hold. */
export function SideBySideTable({
  rows,
  articles,
}: {
  rows: ComparisonRow[];
  articles: Record<string, SpecialtyLink>;
}) {
  const table = 'picked';
  const { notes, numberOf } = footnotesFor(
    comparisonColumns.flatMap((c) => rows.map((row) => row.cells[c.id as ColumnId])),
  );
  const names = rows.map((r) => r.name);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
  return (
    <div data-view="side-by-side">
      <TableScroll label="Side-by-side table">
        <table className="w-full table-fixed border-collapse text-left align-top text-sm">
          <caption className="mb-2 text-left text-base font-bold">
            Side by side: {listed}
            <ScrollHint />
          </caption>
          <colgroup>
            <col className="w-28 md:w-44" />
            {rows.map((row) => (
              <col key={row.id} className="w-48 md:w-auto" />
            ))}
          </colgroup>
          <thead>
            <tr className="border-b-2 border-line align-bottom">
              <th scope="col" className={`${stickyHead} py-2 pr-3`}>
                <span className="sr-only">Detail</span>
              </th>
              {rows.map((row) => (
                <th key={row.id} scope="col" className="px-3 py-2" data-specialty={row.id}>
                  <SpecialtyName row={row} article={articles[row.id]} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparisonColumns.map((c) => (
              <tr key={c.id} className="border-b border-line align-top" data-column={c.id}>
                <th scope="row" className={`${stickyHead} py-2 pr-3`}>
                  {c.label}
                </th>
                {rows.map((row) => (
                  <td key={row.id} className="px-3 py-2" data-specialty={row.id}>
                    <ComparisonCell cell={row.cells[c.id]} table={table} note={numberOf(row.cells[c.id])} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Footnotes table={table} notes={notes} />
    </div>
  );
}

/**
 * "Pick two or three": a plain GET form of checkboxes, so the choice lands in the address
 * (/compare?pick=sonography&pick=mri) with or without JavaScript, and can be shared.
 */
export function PickForm({ rows, picked }: { rows: ComparisonRow[]; picked: readonly string[] }) {
  return (
    <form method="get" action="/compare" className="no-print mt-4" data-picker="">
      <fieldset>
        <legend className="font-bold">
          Pick {minPicks === 2 ? 'two' : minPicks} or {maxPicks === 3 ? 'three' : maxPicks} specialties to see every
          detail side by side
        </legend>
        <div className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          {rows.map((row) => (
            <label key={row.id} className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
              <input
                type="checkbox"
                name={pickParam}
                value={row.id}
                checked={picked.includes(row.id)}
                className="size-5 shrink-0 accent-brand"
              />
              <span>
                {row.name} <span className="text-sm text-ink-muted">({row.plainName})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded-md bg-brand px-4 py-2 font-bold text-paper hover:bg-brand-strong"
        >
          Compare side by side
        </button>
        {picked.length > 0 && (
          // Static markup (no React in the browser), so a plain anchor; a full load of a static page.
          // eslint-disable-next-line @next/next/no-html-link-for-pages
          <a href="/compare" className="inline-flex min-h-11 items-center text-brand underline">
            Clear my picks
          </a>
        )}
      </div>
    </form>
  );
}
