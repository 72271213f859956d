import type { ReactNode } from 'react';
import { layoutBars, type BarDatum, type BarLayoutOptions } from '@/lib/charts/bars';
import type { ChartRow } from '@/lib/charts/occupation-charts';

const baseOptions = {
  width: 340,
  fontSize: 13,
  barHeight: 14,
  rowGap: 12,
  margin: { top: 4, right: 14, bottom: 30, left: 4 },
  tickCount: 4,
} satisfies Partial<BarLayoutOptions>;

export type BarChartProps = {
  /** Prefix for element ids; unique on the page. */
  id: string;
  title: string;
  /** One sentence generated from the data. */
  summary: string;
  bars: BarDatum[];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  axisLabel: string;
  /** Explains the marks: what a bar, a whisker and an outlined bar mean. */
  legend: ReactNode;
  source: ReactNode;
  table: { columns: string[]; rows: ChartRow[]; missing?: string };
  /** Occupations not drawn, and why. */
  note?: ReactNode;
};

/**
 * A horizontal bar chart drawn on the server: an SVG that scales to its container, a visible title
 * and summary, a source line and the same figures as a table. Colours come from the theme tokens
 * through currentColor; filled and outlined bars and the whisker differ in shape, not only colour.
 */
export function BarChart({
  id,
  title,
  summary,
  bars,
  formatValue,
  formatTick,
  axisLabel,
  legend,
  source,
  table,
  note,
}: BarChartProps) {
  const layout = layoutBars(bars, { ...baseOptions, formatValue, formatTick });
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const axisY = layout.tickLabelY + 20;
  return (
    <figure className="chart my-10 max-w-2xl" aria-labelledby={titleId} data-chart={id}>
      <figcaption>
        <h2 id={titleId} className="text-2xl font-bold">
          {title}
        </h2>
        <p id={summaryId} className="mt-2">
          {summary}
        </p>
      </figcaption>
      <svg
        viewBox={`0 0 ${layout.width} ${axisY + 8}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
        className="mt-4 block h-auto w-full max-w-[28rem] text-ink"
        style={{ fontSize: baseOptions.fontSize }}
      >
        <g className="text-line" aria-hidden="true">
          {layout.ticks.map((t) => (
            <line
              key={t.value}
              x1={t.x}
              x2={t.x}
              y1={layout.plot.top}
              y2={layout.plot.bottom}
              className="stroke-current"
              strokeWidth={t.value === 0 ? 0 : 1}
              data-grid=""
            />
          ))}
        </g>
        {layout.bars.map((bar) => (
          <g key={bar.id} data-bar={bar.id}>
            <text className="fill-current">
              {bar.labelLines.map((line, i) => (
                <tspan key={i} x={layout.plot.left} y={bar.lineYs[i]}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              x={bar.x}
              y={bar.y}
              width={Math.max(bar.width, 1)}
              height={bar.height}
              className={bar.reference ? 'fill-paper stroke-current' : 'fill-current text-brand'}
              strokeWidth={bar.reference ? 2 : 0}
              strokeDasharray={bar.reference ? '4 2' : undefined}
              data-mark={bar.reference ? 'reference' : 'bar'}
            />
            {bar.range && (
              <g className="stroke-current" strokeWidth={2} data-mark="range">
                <line x1={bar.range.x1} x2={bar.range.x2} y1={bar.range.y} y2={bar.range.y} />
                <line x1={bar.range.x1} x2={bar.range.x1} y1={bar.y - 3} y2={bar.y + bar.height + 3} />
                <line x1={bar.range.x2} x2={bar.range.x2} y1={bar.y - 3} y2={bar.y + bar.height + 3} />
              </g>
            )}
          </g>
        ))}
        <line
          x1={layout.zeroX}
          x2={layout.zeroX}
          y1={layout.plot.top}
          y2={layout.plot.bottom}
          className="stroke-current"
          strokeWidth={1.5}
        />
        <g className="fill-current text-ink-muted" aria-hidden="true">
          {layout.ticks.map((t, i) => (
            <text
              key={t.value}
              x={t.x}
              y={layout.tickLabelY}
              textAnchor={
                i === 0 && t.x <= layout.plot.left + 1
                  ? 'start'
                  : i === layout.ticks.length - 1 && t.x >= layout.plot.right - 1
                    ? 'end'
                    : 'middle'
              }
            >
              {t.label}
            </text>
          ))}
        </g>
        <text x={layout.plot.left} y={axisY} className="fill-current font-bold">
          {axisLabel}
        </text>
      </svg>
      <div className="mt-3 text-sm">{legend}</div>
      {note && <p className="mt-2 text-sm">{note}</p>}
      <p className="mt-2 text-sm text-ink-muted">{source}</p>
      <details className="chart-table mt-4 rounded border border-line p-3">
        <summary className="cursor-pointer font-bold text-brand">View as table</summary>
        <div className="mt-3 max-w-full overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-bold">{title}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">
                  Occupation
                </th>
                {table.columns.map((c) => (
                  <th key={c} scope="col" className="py-2 pr-3 text-right">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.id} className="border-b border-line" data-row={row.id}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {row.name}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={table.columns[i]} className="py-2 pr-3 text-right">
                      {cell ?? table.missing ?? 'Not in our data'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
