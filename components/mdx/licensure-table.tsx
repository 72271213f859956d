import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { getModalityRules, isModality, modalities, modalityInfo, statusLabel } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';
import { SourceLink } from './source-link';

/** States with a confirmed finding for one modality; the rest are summed up with the default. */
export function LicensureTable({ modality }: { modality: string }) {
  if (!isModality(modality)) {
    throw new Error(`<LicensureTable modality="${modality}">: unknown modality. Valid: ${modalities.join(', ')}`);
  }
  const rules = getModalityRules(modality);
  const specific = rules.filter((r) => !r.isDefault);
  const others = rules.filter((r) => r.isDefault);
  const fallback = others[0];
  return (
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
}
