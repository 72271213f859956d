import { formatSignedPercent, formatThousandsUsd, lowerFirst, summarize } from '@/lib/charts/bars';
import { growthSeries, paySeries } from '@/lib/charts/occupation-charts';
import { figureInfo, occupationEditions, occupations } from '@/lib/content/occupations';
import { provenanceText } from '@/lib/content/provenance';
import { BarChart } from './bar-chart';

const usd = (v: number) => figureInfo.pay10.format(v);
const percent = (v: number) => figureInfo.projectedChangePercent.format(v);

function SourceLine({ period }: { period: 'wage' | 'projection' }) {
  return (
    <>
      Source:{' '}
      {occupationEditions().map((s, i) => (
        <span key={`${s.edition}-${i}`}>
          {i > 0 && '; '}
          {s.publisher},{' '}
          <a href={s.url} className="text-brand underline">
            Occupational Outlook Handbook
          </a>
          , {s.edition}. {period === 'wage' ? `Pay for ${s.wagePeriod}` : `Projections for ${s.projectionPeriod}`}.{' '}
          {provenanceText(s)}
        </span>
      ))}
    </>
  );
}

function Swatch({ kind }: { kind: 'bar' | 'reference' | 'range' }) {
  return (
    <svg viewBox="0 0 24 14" width="24" height="14" aria-hidden="true" className="mr-1 inline-block align-middle">
      {kind === 'bar' && (
        <rect x="0" y="2" width="24" height="10" className="fill-current text-brand" data-mark="bar" />
      )}
      {kind === 'reference' && (
        <rect
          x="1"
          y="2"
          width="22"
          height="10"
          className="fill-paper stroke-current"
          strokeWidth="2"
          strokeDasharray="4 2"
        />
      )}
      {kind === 'range' && (
        <g className="stroke-current" strokeWidth="2">
          <line x1="2" x2="22" y1="7" y2="7" />
          <line x1="2" x2="2" y1="1" y2="13" />
          <line x1="22" x2="22" y1="1" y2="13" />
        </g>
      )}
    </svg>
  );
}

/** Median pay with the 10th–90th percentile range, from content/data/occupations.json. */
export function PayChart() {
  const series = paySeries(occupations);
  const wagePeriod = occupationEditions()[0]?.wagePeriod ?? '';
  const noRange = series.bars.filter((b) => b.low === undefined).map((b) => b.label);
  const later = series.later.map((o) => `${lowerFirst(o.name)} (${lowerFirst(o.entryEducation)})`);
  return (
    <BarChart
      id="pay"
      title="Median pay by occupation"
      summary={summarize(series.bars, { measure: 'median pay', when: `In ${wagePeriod}`, formatValue: usd })}
      bars={series.bars}
      formatValue={usd}
      formatTick={formatThousandsUsd}
      axisLabel={`Median pay a year, US dollars (${wagePeriod})`}
      legend={
        <ul className="space-y-1">
          <li>
            <Swatch kind="bar" /> Solid bar: median pay. Half of workers earned more, half less.
          </li>
          <li>
            <Swatch kind="range" /> Line across the bar: from the pay the lowest 10 percent earned less than, to the pay
            the highest 10 percent earned more than.
          </li>
          <li>
            <Swatch kind="reference" /> Dashed outline: all US occupations, for comparison.
          </li>
        </ul>
      }
      note={
        <>
          {later.length > 0 && series.usualEducation && (
            <span className="block" data-pay-order="">
              Listed after the others, because BLS gives a different typical entry-level education than for the jobs
              above them ({lowerFirst(series.usualEducation)}): {later.join('; ')}.
            </span>
          )}
          {noRange.length > 0 && (
            <span className="mt-2 block">
              No range is drawn for {noRange.map(lowerFirst).join('; ')}: our data file has no 10th and 90th percentile
              figures for them.
            </span>
          )}
        </>
      }
      source={<SourceLine period="wage" />}
      table={{
        columns: ['Median pay', 'Lowest 10 percent earned less than', 'Highest 10 percent earned more than'],
        rows: series.rows,
      }}
    />
  );
}

/** Projected change in jobs over the projection period, from content/data/occupations.json. */
export function GrowthChart() {
  const series = growthSeries(occupations);
  const period = occupationEditions()[0]?.projectionPeriod ?? '';
  return (
    <BarChart
      id="growth"
      title="Projected job growth by occupation"
      summary={summarize(series.bars, {
        measure: 'projected job growth',
        when: `Over ${period}`,
        formatValue: percent,
      })}
      bars={series.bars}
      formatValue={percent}
      formatTick={formatSignedPercent}
      axisLabel={`Projected change in jobs, ${period} (percent)`}
      legend={
        <ul className="space-y-1">
          <li>
            <Swatch kind="bar" /> Solid bar: the change in the number of jobs that BLS projects over {period}.
          </li>
          <li>
            <Swatch kind="reference" /> Dashed outline: all US occupations, for comparison.
          </li>
        </ul>
      }
      source={<SourceLine period="projection" />}
      table={{
        columns: ['Projected change', 'Change in jobs', 'Compared with all jobs'],
        rows: series.rows,
      }}
    />
  );
}
