import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { credentialsData, getPostprimaryRoutes } from '@/lib/content/credentials';
import { SourceLink } from './source-link';

/** Which first credential qualifies for which ARRT postprimary credential. */
export function PostprimaryRoutes() {
  return (
    <TableScroll label="Which first credential leads to which ARRT add-on">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-bold">
          Which first credential leads to which ARRT add-on credential <SourceLink source={credentialsData.source} />
        </caption>
        <TableHead columns={[{ label: 'If you hold' }, { label: 'You can add' }]} />
        <tbody>
          {getPostprimaryRoutes().map((row) => (
            <tr key={row.supporting} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-bold">
                {row.supporting}
              </th>
              <td className="py-2">{row.credentials.map((c) => c.name).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
