import { describe, expect, it } from 'vitest';
import {
  extremes,
  formatSignedPercent,
  formatThousandsUsd,
  layoutBars,
  summarize,
  wrapText,
  type BarDatum,
  type BarLayoutOptions,
} from './bars';

const options: BarLayoutOptions = {
  width: 340,
  fontSize: 13,
  barHeight: 14,
  rowGap: 12,
  margin: { top: 8, right: 16, bottom: 8, left: 8 },
  tickCount: 4,
  formatTick: formatThousandsUsd,
  formatValue: (v) => `$${v.toLocaleString('en-US')}`,
};

const pay: BarDatum[] = [
  { id: 'a', label: 'Radiation therapists', value: 101990, low: 77860, high: 141550 },
  { id: 'b', label: 'Cardiovascular technologists and technicians', value: 67260, low: 37890, high: 108900 },
  { id: 'c', label: 'Medical dosimetrists', value: 138110 },
  { id: 'all', label: 'All US occupations', value: 49500, reference: true },
];

describe('wrapText', () => {
  it('breaks between words so no line is longer than the limit', () => {
    const lines = wrapText('Radiologic and MRI technologists (combined BLS profile): $78,980', 24);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
    expect(lines.join(' ')).toBe('Radiologic and MRI technologists (combined BLS profile): $78,980');
  });

  it('keeps a word longer than the limit whole on its own line', () => {
    expect(wrapText('a supercalifragilistic word', 10)).toEqual(['a', 'supercalifragilistic', 'word']);
  });
});

describe('layoutBars', () => {
  const layout = layoutBars(pay, options);

  it('starts every bar at zero and makes bar length proportional to the value', () => {
    const [a, b] = layout.bars;
    expect(a!.x).toBeCloseTo(layout.zeroX);
    expect(b!.x).toBeCloseTo(layout.zeroX);
    expect(a!.width / b!.width).toBeCloseTo(101990 / 67260, 5);
  });

  it('keeps every bar and whisker inside the plot', () => {
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
      if (bar.range) {
        expect(bar.range.x1).toBeGreaterThanOrEqual(layout.plot.left);
        expect(bar.range.x2).toBeLessThanOrEqual(layout.plot.right + 1e-9);
      }
    }
  });

  it('draws a whisker from the low to the high value only where both exist', () => {
    const [a, , c] = layout.bars;
    expect(a!.range!.x1).toBeLessThan(a!.x + a!.width);
    expect(a!.range!.x2).toBeGreaterThan(a!.x + a!.width);
    expect(c!.range).toBeUndefined();
  });

  it('stacks rows without overlap and fits them in the height', () => {
    for (let i = 1; i < layout.bars.length; i++) {
      const previous = layout.bars[i - 1]!;
      expect(layout.bars[i]!.lineYs[0]! - 13).toBeGreaterThanOrEqual(previous.y + previous.height);
    }
    expect(layout.tickLabelY).toBeLessThanOrEqual(layout.height);
  });

  it('wraps long labels to the plot width', () => {
    const long = layout.bars[1]!;
    expect(long.labelLines.length).toBeGreaterThan(1);
    const maxChars = Math.floor((340 - 24) / (13 * 0.55));
    for (const line of long.labelLines) expect(line.length).toBeLessThanOrEqual(maxChars);
  });

  it('puts round ticks from zero past the largest value', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['$0', '$50k', '$100k', '$150k']);
    expect(layout.ticks[0]!.x).toBeCloseTo(layout.zeroX);
  });

  it('marks reference bars', () => {
    expect(layout.bars.map((b) => b.reference)).toEqual([false, false, false, true]);
  });

  it('draws negative values to the left of zero', () => {
    const growth = layoutBars(
      [
        { id: 'up', label: 'Up', value: 5 },
        { id: 'down', label: 'Down', value: -2 },
      ],
      { ...options, formatTick: formatSignedPercent, formatValue: formatSignedPercent },
    );
    const down = growth.bars[1]!;
    expect(down.x + down.width).toBeCloseTo(growth.zeroX);
    expect(down.x).toBeLessThan(growth.zeroX);
    expect(growth.zeroX).toBeGreaterThan(growth.plot.left);
  });

  it('refuses to draw nothing', () => {
    expect(() => layoutBars([], options)).toThrow(/no data/);
  });
});

describe('formatting', () => {
  it('formats pay ticks in thousands of dollars', () => {
    expect([0, 50000, 125000].map(formatThousandsUsd)).toEqual(['$0', '$50k', '$125k']);
  });

  it('signs percentages', () => {
    expect([13, 0, -2].map(formatSignedPercent)).toEqual(['+13%', '0%', '−2%']);
  });
});

describe('summaries from the data', () => {
  it('names the highest and lowest bars, leaving the reference out of the ranking', () => {
    const { highest, lowest } = extremes(pay);
    expect(highest.map((d) => d.id)).toEqual(['c']);
    expect(lowest.map((d) => d.id)).toEqual(['b']);
  });

  it('writes one sentence with the figures and the reference value', () => {
    expect(summarize(pay, { measure: 'median pay', when: 'In May 2024', formatValue: options.formatValue })).toBe(
      'In May 2024, medical dosimetrists had the highest median pay of the jobs shown ($138,110), and cardiovascular technologists and technicians the lowest ($67,260); for all US occupations it was $49,500.',
    );
  });

  it('keeps ties together', () => {
    const tied: BarDatum[] = [
      { id: 'a', label: 'Nuclear medicine technologists', value: 3 },
      { id: 'b', label: 'Medical dosimetrists', value: 3 },
      { id: 'c', label: 'Sonographers', value: 13 },
    ];
    expect(summarize(tied, { measure: 'growth', when: 'Over 2024–34', formatValue: formatSignedPercent })).toBe(
      'Over 2024–34, sonographers had the highest growth of the jobs shown (+13%), and nuclear medicine technologists and medical dosimetrists the lowest (+3%).',
    );
  });
});
