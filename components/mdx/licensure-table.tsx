import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { getModalityRules, isModality, modalities, modalityInfo, statusLabel } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';
import { SourceLink } from './source-link';

/**
 * A table with more rows than this folds into a "Show the table" control, closed at first. On a
 * phone the radiography table alone is many screens long (50 rows, each with a note and a source),
 * so open it would bury the sections after it; folded, a reader sees the page's shape and opens the
 * specialty they came for. The browser also skips laying out a closed table's rows, the bulk of the
 * page's first frame (issue 13). Find in page opens it, and it always prints open (globals.css).
 */
export const foldAfterRows = 12;

/** "50 states", "49 states and DC": the places a table lists, as a reader would count them. */
export function placesLabel(codes: string[]): string {
  const states = codes.filter((c) => c !== 'DC').length;
  const noun = states === 1 ? 'state' : 'states';
  return codes.includes('DC') ? `${states} ${noun} and DC` : `${states} ${noun}`;
}

/** States with a confirmed finding for one modality; the rest are summed up with the default. */
export function LicensureTable({ modality }: { modality: string }) {
  if (!isModality(modality)) {
    throw new Error(`<LicensureTable modality="${modality}">: unknown modality. Valid: ${modalities.join(', ')}`);
  }
  const rules = getModalityRules(modality);
  const specific = rules.filter((r) => !r.isDefault);
  const others = rules.filter((r) => r.isDefault);
  const fallback = others[0];
  const table = (
    <TableScroll label={`State rules for ${modalityInfo[modality].workers}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-bold">
          State rules for {modalityInfo[modality].workers} we could confirm (checked {formatDate(rules[0]!.checked)})
        </caption>
        <TableHead columns={[{ label: 'State' }, { label: 'Status' }, { label: 'Details' }]} />
        <tbody>
          {specific.map((r) => (
            <tr key={r.state.code} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-bold">
                {r.state.name}
              </th>
              <td className="py-2 pr-3">{statusLabel[r.status]}</td>
              <td className="py-2">
                {r.note} <SourceLink source={r.source} />
              </td>
            </tr>
          ))}
          {fallback && (
            <tr className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-bold">
                All other states and DC
              </th>
              <td className="py-2 pr-3">{statusLabel[fallback.status]}</td>
              <td className="py-2">
                {fallback.note} <SourceLink source={fallback.source} />
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </TableScroll>
  );
  if (specific.length <= foldAfterRows) return table;
  return (
    <details className="state-table group/fold my-6 rounded border border-line px-3" data-state-table={modality}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 font-bold text-brand [&::-webkit-details-marker]:hidden">
        <span>Show the table: {placesLabel(specific.map((r) => r.state.code))} we could confirm</span>
        <span aria-hidden="true" className="inline-block shrink-0 group-open/fold:rotate-180">
          ▾
        </span>
      </summary>
      {table}
    </details>
  );
}
