import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { getOccupation } from '@/lib/content';
import { SourceLink } from './source-link';

/** Where an occupation's jobs are, as a table from content/data. */
export function Workplaces({ occupation: id }: { occupation: string }) {
  const occupation = getOccupation(id);
  const { workplaces, source } = occupation;
  if (!workplaces || workplaces.length === 0) {
    throw new Error(`<Workplaces occupation="${id}">: content/data/occupations.json has no workplaces for it`);
  }
  return (
    <TableScroll label={`Where ${occupation.name.toLowerCase()} worked`} wide={false}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-bold">
          Where {occupation.name.toLowerCase()} worked in {source.employmentYear}{' '}
          <SourceLink source={source} period={source.employmentYear} />
        </caption>
        <TableHead columns={[{ label: 'Employer' }, { label: 'Share of jobs', align: 'right' }]} />
        <tbody>
          {workplaces.map((w) => (
            <tr key={w.industry} className="border-b border-line">
              <td className="py-2 pr-4">{w.industry}</td>
              <td className="py-2 text-right">{w.percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
