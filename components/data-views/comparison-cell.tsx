import { SourceLink } from '@/components/mdx/source-link';
import type { Cell } from '@/lib/content/specialties';

/** One cell of the specialty comparison: a sourced value, or "Not published" with the reason. */
export function ComparisonCell({ cell }: { cell: Cell }) {
  if (cell.status === 'not-published') {
    return (
      <div data-status="not-published">
        <p className="font-semibold">Not published</p>
        <p className="mt-1 text-sm text-ink-muted">
          {cell.reason}{' '}
          {cell.sources.map((s) => (
            <SourceLink key={s.url} source={s} />
          ))}
        </p>
        {cell.related && (
          <p className="mt-1 text-sm">
            {cell.related.label}: <strong className="font-semibold">{cell.related.value}</strong>{' '}
            <SourceLink source={cell.related.source} period={cell.related.period} />
          </p>
        )}
      </div>
    );
  }
  const [first, ...rest] = cell.lines;
  return (
    <div data-status="value">
      {rest.length === 0 ? (
        <p className="font-semibold">{first}</p>
      ) : (
        <ul className="space-y-1">
          {cell.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="mt-1 text-sm text-ink-muted">
        {cell.note && <>{cell.note} </>}
        {cell.sources.map((s, i) => (
          <SourceLink key={s.url} source={s} period={i === 0 ? cell.period : undefined} />
        ))}
      </p>
    </div>
  );
}
