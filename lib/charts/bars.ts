// Geometry for the horizontal bar charts: pure numbers, no React, so it can be unit-tested.
import { scaleLinear } from 'd3-scale';

export type BarDatum = {
  id: string;
  label: string;
  value: number;
  /** Optional range drawn as a whisker, e.g. the 10th and 90th percentile of pay. */
  low?: number;
  high?: number;
  /** A comparison bar (e.g. all US occupations): drawn outlined instead of filled. */
  reference?: boolean;
};

export type BarLayoutOptions = {
  /** viewBox width; the SVG scales to its container, so text shrinks with it. */
  width: number;
  fontSize: number;
  barHeight: number;
  /** Space between one bar and the next row's label. */
  rowGap: number;
  margin: { top: number; right: number; bottom: number; left: number };
  tickCount: number;
  formatTick: (value: number) => string;
  formatValue: (value: number) => string;
  /** Average glyph width as a share of the font size, to wrap labels without measuring text. */
  charWidth?: number;
};

export type LaidOutBar = {
  id: string;
  reference: boolean;
  labelLines: string[];
  /** Baseline of each label line. */
  lineYs: number[];
  y: number;
  height: number;
  x: number;
  width: number;
  range?: { x1: number; x2: number; y: number };
};

export type Tick = { value: number; x: number; label: string };

export type BarLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  zeroX: number;
  bars: LaidOutBar[];
  ticks: Tick[];
  /** Baseline of the tick labels, under the plot. */
  tickLabelY: number;
};

/** Splits text into lines of at most `maxChars` characters, breaking between words. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays out one labelled bar per datum, top to bottom, on a shared linear scale that includes zero. */
export function layoutBars(data: BarDatum[], options: BarLayoutOptions): BarLayout {
  if (data.length === 0) throw new Error('layoutBars: no data to draw');
  const { width, fontSize, barHeight, rowGap, margin, tickCount } = options;
  const lineHeight = Math.round(fontSize * 1.25);
  const left = margin.left;
  const right = width - margin.right;
  const maxChars = Math.max(8, Math.floor((right - left) / (fontSize * (options.charWidth ?? 0.55))));

  const extremes = data.flatMap((d) => [d.value, d.low ?? d.value, d.high ?? d.value]);
  const scale = scaleLinear()
    .domain([Math.min(0, ...extremes), Math.max(0, ...extremes)])
    .range([left, right])
    .nice(tickCount);
  const zeroX = scale(0);

  let y = margin.top;
  const bars = data.map((d): LaidOutBar => {
    const labelLines = wrapText(`${d.label}: ${options.formatValue(d.value)}`, maxChars);
    const lineYs = labelLines.map((_, i) => y + fontSize + i * lineHeight);
    const barY = y + labelLines.length * lineHeight + 4;
    const end = scale(d.value);
    const bar: LaidOutBar = {
      id: d.id,
      reference: d.reference ?? false,
      labelLines,
      lineYs,
      y: barY,
      height: barHeight,
      x: Math.min(zeroX, end),
      width: Math.abs(end - zeroX),
      ...(d.low !== undefined && d.high !== undefined
        ? { range: { x1: scale(d.low), x2: scale(d.high), y: barY + barHeight / 2 } }
        : {}),
    };
    y = barY + barHeight + rowGap;
    return bar;
  });

  const plotBottom = y - rowGap + 6;
  const tickLabelY = plotBottom + fontSize + 4;
  return {
    width,
    height: tickLabelY + margin.bottom,
    plot: { left, right, top: margin.top, bottom: plotBottom },
    zeroX,
    bars,
    ticks: scale.ticks(tickCount).map((value) => ({ value, x: scale(value), label: options.formatTick(value) })),
    tickLabelY,
  };
}

/** "$50k" on the axis; the exact figures are in the labels and the table. */
export function formatThousandsUsd(value: number): string {
  if (value === 0) return '$0';
  return `${value < 0 ? '−' : ''}$${Math.abs(value) / 1000}k`;
}

/** "+5%", "0%", "−2%". */
export function formatSignedPercent(value: number): string {
  if (value === 0) return '0%';
  return `${value > 0 ? '+' : '−'}${Math.abs(value)}%`;
}

/** "MRI technologists" stays; "Radiation therapists" becomes "radiation therapists" mid-sentence. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The highest and lowest non-reference bars (ties kept together), for a generated summary. */
export function extremes(data: BarDatum[]): { highest: BarDatum[]; lowest: BarDatum[] } {
  const compared = data.filter((d) => !d.reference);
  if (compared.length === 0) throw new Error('extremes: no data to compare');
  const max = Math.max(...compared.map((d) => d.value));
  const min = Math.min(...compared.map((d) => d.value));
  return { highest: compared.filter((d) => d.value === max), lowest: compared.filter((d) => d.value === min) };
}

/**
 * One sentence from the data: which bar is highest, which lowest, and the reference value.
 * `measure` names what is compared ("median pay"), `when` the time ("In May 2024").
 */
export function summarize(
  data: BarDatum[],
  { measure, when, formatValue }: { measure: string; when: string; formatValue: (v: number) => string },
): string {
  const { highest, lowest } = extremes(data);
  const names = (list: BarDatum[]) => joinNames(list.map((d) => lowerFirst(d.label)));
  const reference = data.find((d) => d.reference);
  const tail = reference ? `; for ${lowerFirst(reference.label)} it was ${formatValue(reference.value)}` : '';
  return (
    `${when}, ${names(highest)} had the highest ${measure} of the jobs shown (${formatValue(highest[0]!.value)}), ` +
    `and ${names(lowest)} the lowest (${formatValue(lowest[0]!.value)})${tail}.`
  );
}
