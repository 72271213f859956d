import { getKeyFactRows, getOccupation } from '@/lib/content';
import { provenanceText } from '@/lib/content/provenance';

/** The quick-facts box of an occupation, every figure from content/data with its period. */
export function KeyFacts({ occupation: id }: { occupation: string }) {
  const occupation = getOccupation(id);
  const rows = getKeyFactRows(id);
  const { source } = occupation;
  return (
    <div className="not-prose my-8 rounded-lg border border-line bg-paper-alt p-5" data-key-facts={id}>
      <h2 id="key-facts" className="text-lg font-bold">
        Key facts: {occupation.name}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {rows.map((row) => (
          <div key={row.id}>
            <dt className="text-sm text-ink-muted">
              {row.label}
              {row.period && <span className="whitespace-nowrap"> ({row.period})</span>}
            </dt>
            <dd className="font-bold">{row.value}</dd>
            {row.note && <dd className="text-sm text-ink-muted">{row.note}</dd>}
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-ink-muted">
        Source:{' '}
        <a href={source.url} className="text-brand underline">
          {source.publisher}, {source.title}
        </a>
        , {source.edition}. Pay is the national median: half of workers earned more, half less. {provenanceText(source)}
      </p>
    </div>
  );
}
