import { SourceLink } from '@/components/mdx/source-link';
import type { Cell } from '@/lib/content/specialties';

/** The marker in a cell that points to the table's footnote. */
export function NoteMarker({ table, number }: { table: string; number: number }) {
  return (
    <sup>
      <a href={`#${table}-note-${number}`} className="text-brand underline" data-note={number}>
        <span className="sr-only">note </span>
        {number}
      </a>
    </sup>
  );
}

/**
 * One cell of a specialty comparison: a sourced value, or "Not published" with a marker for the
 * table's footnote (the reason is written once, below the table). Every value is in the same
 * weight, whether it has one line or several. `brief` leaves out the explanatory note.
 */
export function ComparisonCell({
  cell,
  table,
  note,
  brief = false,
}: {
  cell: Cell;
  table: string;
  note: number | undefined;
  brief?: boolean;
}) {
  if (cell.status === 'not-published') {
    return (
      <div data-status="not-published">
        <p>
          Not published
          {note !== undefined && <NoteMarker table={table} number={note} />}
        </p>
        {cell.related && (
          <p className="mt-1 text-sm">
            {cell.related.label}: {cell.related.value}{' '}
            <SourceLink source={cell.related.source} period={cell.related.period} />
          </p>
        )}
      </div>
    );
  }
  const sources = cell.sources.map((s, i) => (
    <SourceLink key={s.url} source={s} period={i === 0 ? cell.period : undefined} />
  ));
  return (
    <div data-status="value">
      {cell.lines.length === 1 ? (
        <p>
          {cell.lines[0]} {brief && sources}
        </p>
      ) : (
        <ul className="space-y-1">
          {cell.lines.map((line, i) => (
            <li key={line}>
              {line} {brief && i === cell.lines.length - 1 && sources}
            </li>
          ))}
        </ul>
      )}
      {!brief && (
        <p className="mt-1 text-sm text-ink-muted">
          {cell.note && <>{cell.note} </>}
          {sources}
        </p>
      )}
    </div>
  );
}
