import { modalityInfo, type StateRule, type UsState } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';
import { StatusBadge } from './status-badge';

/** True when the page has something just for this state to say about the rule: a section of its own. */
export function hasDetails(rule: StateRule): boolean {
  return !rule.isDefault;
}

/**
 * The answer first: one row per specialty with its status and the source's date. A row whose
 * specialty has no section of its own carries the specialty's id, so the finder can land on it.
 */
export function StateStatusTable({ state, rules }: { state: UsState; rules: StateRule[] }) {
  return (
    <div className="mt-6 max-w-3xl" data-status-table="">
      <table className="w-full border-collapse text-left text-sm sm:text-base">
        <caption className="mb-2 text-left text-xl font-bold">Status by specialty in {state.name}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-3">
              Specialty
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2">
              Source, checked
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => {
            const name = modalityInfo[r.modality].name;
            return (
              <tr
                key={r.modality}
                id={hasDetails(r) ? undefined : r.modality}
                data-modality={r.modality}
                className="scroll-mt-4 border-b border-line align-top target:bg-paper-alt target:outline-4 target:outline-brand"
              >
                <th scope="row" className="py-2 pr-3 font-bold">
                  {hasDetails(r) ? (
                    <a href={`#${r.modality}`} className="text-brand underline">
                      {name}
                    </a>
                  ) : (
                    name
                  )}
                </th>
                <td className="py-2 pr-3">
                  <StatusBadge status={r.status} />
                  {r.isDefault && (
                    <span className="mt-1 block text-sm text-ink-muted">No finding just for {state.name}</span>
                  )}
                </td>
                <td className="py-2 text-sm wrap-anywhere">
                  {/* The full title in the link's name (an sr-only span made screen readers say "ASRT : …"). */}
                  <a
                    href={r.source.url}
                    aria-label={`${r.source.shortName}: ${r.source.title}`}
                    className="text-brand underline"
                  >
                    {r.source.shortName}
                  </a>
                  <span className="block">
                    <time dateTime={r.checked}>{formatDate(r.checked)}</time>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
