import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { figureInfo, getFigure, occupations } from '@/lib/content';
import { occupationsWithWageLinks } from '@/lib/content/wage-links';
import { SourceLink } from './source-link';

/** Low, middle and high pay for every occupation that has all three figures in content/data. */
export function PaySpread() {
  const rows = occupations.filter(
    (o) => o.figures.pay10 !== undefined && o.figures.medianPay !== undefined && o.figures.pay90 !== undefined,
  );
  return (
    <TableScroll label="Pay from the lowest to the highest 10 percent, by job">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-bold">
          Yearly pay, national figures: the lowest tenth, the median and the highest tenth
        </caption>
        <TableHead
          columns={[
            { label: 'Job' },
            { label: 'Lowest 10% earned less than', align: 'right' },
            { label: 'Median', align: 'right' },
            { label: 'Highest 10% earned more than', align: 'right' },
          ]}
        />
        <tbody>
          {rows.map((o) => {
            const low = getFigure(o.id, 'pay10');
            return (
              <tr key={o.id} className="border-b border-line">
                <td className="py-2 pr-3">
                  {o.name} <SourceLink source={o.source} period={low.period} />
                </td>
                <td className="py-2 pr-3 text-right">{low.display}</td>
                <td className="py-2 pr-3 text-right">{figureInfo.pay10.format(getFigure(o.id, 'medianPay').value)}</td>
                <td className="py-2 text-right">{getFigure(o.id, 'pay90').display}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** For each occupation with a SOC code: its official state and metro pay pages, built from the code. */
export function PayLinks() {
  const rows = occupationsWithWageLinks(occupations);
  return (
    <TableScroll label="Where to look up pay in your state or city">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-bold">Official pay pages for your state or city</caption>
        <TableHead columns={[{ label: 'Job' }, { label: 'Occupation code' }, { label: 'Look up pay' }]} />
        <tbody>
          {rows.map(({ occupation, links }) => (
            <tr key={occupation.id} className="border-b border-line">
              <td className="py-2 pr-3">{occupation.name}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{occupation.soc}</td>
              <td className="py-2">
                <a href={links.oews}>
                  BLS state and metro pay<span className="sr-only"> for {occupation.name.toLowerCase()}</span>
                </a>
                {' · '}
                <a href={links.careerOneStop}>
                  CareerOneStop Salary Finder<span className="sr-only"> for {occupation.name.toLowerCase()}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
