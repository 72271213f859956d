import { describe, expect, it } from 'vitest';
import {
  blockingBySource,
  blockingLines,
  firstRender,
  firstRenderLines,
  formatTable,
  gateFailures,
  goalLines,
  heaviestArticle,
  mainThreadLines,
  mainThreadTime,
  median,
  medianOfRuns,
  tbtPairLines,
  type PageSummary,
  type RunFigures,
  type TraceEvent,
} from './lighthouse-summary';

const run = (perf: number, a11y: number, lcp: number): RunFigures => ({
  scores: { performance: perf, accessibility: a11y, 'best-practices': 100, seo: 100 },
  lcp,
  cls: 0,
  tbt: perf,
  scriptEval: lcp / 4,
  topChunk: lcp / 10,
});

describe('Lighthouse summary', () => {
  it('takes the middle value of an odd number of runs and the mean of the middle two otherwise', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the median of each score and metric separately', () => {
    const m = medianOfRuns([run(90, 100, 3000), run(60, 92, 1000), run(80, 100, 2000)]);
    expect(m.scores.performance).toBe(80);
    expect(m.scores.accessibility).toBe(100);
    expect(m.lcp).toBe(2000);
  });

  it('fails a gated page below 100 in accessibility, best practices or SEO but never on performance', () => {
    const page = (path: string, gated: boolean, a11y: number, perf: number): PageSummary => ({
      ...run(perf, a11y, 1000),
      path,
      label: path,
      gated,
      runs: 3,
    });
    expect(
      gateFailures([page('/a', true, 100, 40), page('/floor', false, 80, 100), page('/b', true, 98, 100)]),
    ).toEqual(['/b: accessibility 98']);
  });

  it('prints one row per page with the four scores, LCP, CLS, TBT, script evaluation and the busiest script', () => {
    const table = formatTable([{ ...run(87, 100, 2345), path: '/x', label: 'home', gated: true, runs: 3 }]);
    expect(table.split('\n')[1]).toMatch(
      /^home \/x\s+87\s+100\s+100\s+100\s+2\.35 s\s+0\.000\s+87 ms\s+586 ms\s+235 ms$/,
    );
  });

  it('gives TBT and script evaluation as a multiple of the floor beside the floor', () => {
    const table = formatTable([
      { ...run(90, 100, 4000), tbt: 300, path: '/a', label: 'article', gated: true, runs: 3 },
      { ...run(99, 100, 2000), tbt: 150, path: '/f', label: 'floor', gated: false, floor: true, runs: 3 },
    ]);
    const [, article, floor] = table.split('\n');
    expect(article).toMatch(/300 ms\s+2\.0×\s+1000 ms\s+2\.0×\s+400 ms$/);
    expect(floor).toMatch(/150 ms\s+500 ms\s+200 ms$/);
  });

  it('divides by the page marked floor, and names the row whose scripts were blocked', () => {
    const table = formatTable([
      { ...run(90, 100, 4000), tbt: 300, path: '/a', label: 'article', gated: true, runs: 3 },
      { ...run(99, 100, 400), tbt: 60, path: '/a', label: 'content only', gated: false, blockScripts: true, runs: 3 },
      { ...run(99, 100, 2000), tbt: 150, path: '/f', label: 'floor', gated: false, floor: true, runs: 3 },
    ]);
    const [, article, content] = table.split('\n');
    expect(article).toMatch(/300 ms\s+2\.0×\s+1000 ms\s+2\.0×\s+400 ms$/);
    expect(content).toMatch(
      /^content only \/a, scripts blocked \(not gated\)\s.*60 ms\s+0\.4×\s+100 ms\s+0\.2×\s+40 ms$/,
    );
  });

  it('picks the article with the most HTML, skipping pages that are not articles', () => {
    const article = (words: number) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article"}</script>${'word '.repeat(words)}`;
    const pages = [
      { path: '/short-article', html: article(10) },
      { path: '/long-article', html: article(500) },
      { path: '/huge-hub', html: `{"@type":"CollectionPage"}${'word '.repeat(5000)}` },
      { path: '/middle-article', html: article(100) },
    ];
    expect(heaviestArticle(pages)).toBe('/long-article');
    expect(heaviestArticle(pages.filter((p) => p.path === '/huge-hub'))).toBeUndefined();
  });

  it("says per article page whether issue 13's goal is met beside the floor, and why not", () => {
    const floor = {
      ...run(99, 100, 1500),
      tbt: 100,
      scriptEval: 300,
      path: '/f',
      label: 'floor',
      gated: false,
      floor: true,
      runs: 5,
    };
    const lines = goalLines([
      {
        ...run(97, 100, 2000),
        tbt: 130,
        scriptEval: 450,
        path: '/near',
        label: 'a',
        gated: true,
        article: true,
        runs: 5,
      },
      {
        ...run(96, 100, 2000),
        tbt: 131,
        scriptEval: 451,
        path: '/far',
        label: 'b',
        gated: true,
        article: true,
        runs: 5,
      },
      { ...run(80, 100, 2000), tbt: 900, path: '/home', label: 'home', gated: true, runs: 5 },
      {
        ...run(100, 100, 900),
        tbt: 0,
        path: '/near',
        label: 'content',
        gated: false,
        article: true,
        blockScripts: true,
        runs: 5,
      },
      floor,
    ]);
    expect(lines).toEqual([
      'goal for /near: MET (performance 97 against 99 met; TBT 1.30× (at most 1.3×) met; script evaluation 1.50× (at most 1.5×) met)',
      'goal for /far: NOT MET (performance 96 against 99 not met; TBT 1.31× (at most 1.3×) not met; script evaluation 1.50× (at most 1.5×) not met)',
    ]);
    expect(goalLines([{ ...floor, floor: false, article: true }])).toEqual([]);
  });

  it('holds the floor measured a second time to the same goal and names it as noise alone', () => {
    const floor: PageSummary = {
      ...run(100, 100, 1000),
      tbt: 60,
      scriptEval: 240,
      path: '/f',
      label: 'floor',
      gated: false,
      floor: true,
      runs: 5,
    };
    const again: PageSummary = {
      ...floor,
      tbt: 90,
      scriptEval: 250,
      floor: false,
      control: true,
      label: 'floor, again',
    };
    expect(goalLines([floor, again])).toEqual([
      'goal for the floor against itself (/f measured twice; noise alone): NOT MET (performance 100 against 100 met; TBT 1.50× (at most 1.3×) not met; script evaluation 1.04× (at most 1.5×) met)',
    ]);
  });
});

describe('blocking time by source', () => {
  const page = 'http://127.0.0.1:3600/radiography';
  it('counts each task as TBT does, between FCP and TTI beyond 50 ms, under the document, scripts or other', () => {
    const tasks = [
      // starts before FCP (1,000): only the 120 ms after it count, 70 ms blocking
      { url: page, startTime: 950, duration: 170 },
      // a script file: 140 - 50
      { url: 'http://127.0.0.1:3600/_next/static/chunks/abc.js', startTime: 2000, duration: 140 },
      // not attributed to a URL: 60 - 50
      { url: 'Unattributable', startTime: 1500, duration: 60 },
      // ends after TTI (3,000): only 3,000 - 2,960 = 40 ms count, under 50, nothing
      { url: 'http://127.0.0.1:3600/_next/static/chunks/def.js', startTime: 2960, duration: 200 },
      // another page's address is not this document
      { url: 'http://127.0.0.1:3600/other', startTime: 1200, duration: 80 },
    ];
    expect(blockingBySource(tasks, 1000, 3000, page)).toEqual({ document: 70, scripts: 90, other: 40 });
    expect(blockingBySource(tasks, 1000, 3000, `${page}#top`).document).toBe(70);
    expect(blockingBySource([], 1000, 3000, page)).toEqual({ document: 0, scripts: 0, other: 0 });
  });

  it('prints the mean of the runs and in how many runs the document blocked', () => {
    const runs = [
      { document: 0, scripts: 80, other: 0 },
      { document: 60, scripts: 70, other: 3 },
      { document: 0, scripts: 90, other: 0 },
    ];
    expect(blockingLines([{ label: 'specialty', path: '/radiography', runs }])).toEqual([
      'blocking time by source for specialty /radiography (mean of 3 runs): scripts 80 ms, document 20 ms (in 1 of 3 runs), other 1 ms',
    ]);
    expect(blockingLines([{ label: 'floor', path: '/f', runs: [] }])).toEqual([
      'blocking time by source for floor /f: no runs',
    ]);
  });
});

describe('tbtPairLines', () => {
  const figures = (tbt: number): RunFigures => ({
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    lcp: 1000,
    cls: 0,
    tbt,
    scriptEval: 200,
    topChunk: 100,
  });

  it('divides each article run by the floor run it was interleaved with and counts the pairs within the goal', () => {
    const floor = [50, 100, 60].map(figures);
    const article = [65, 100, 120].map(figures);
    expect(tbtPairLines([{ path: '/a', runs: article }], floor)).toEqual([
      "TBT run by run for /a (run i over the floor's run i): 1.00× to 2.00×; 2 of 3 pairs within 1.3×",
    ]);
  });

  it('pairs only the runs both have and says when a floor run blocked nothing', () => {
    expect(tbtPairLines([{ path: '/b', runs: [figures(40), figures(90)] }], [figures(0)])).toEqual([
      "TBT run by run for /b (run i over the floor's run i): ∞ to ∞; 0 of 1 pairs within 1.3×",
    ]);
    expect(tbtPairLines([{ path: '/c', runs: [] }], [figures(50)])).toEqual(['TBT run by run for /c: no pairs']);
  });
});

describe('mainThreadTime', () => {
  const thread = (pid: number, tid: number, name: string): TraceEvent => ({
    name: 'thread_name',
    ph: 'M',
    pid,
    tid,
    ts: 0,
    args: { name },
  });
  // Times in microseconds, as in a trace.
  const ev = (name: string, ts: number, dur: number, tdur?: number, pid = 2, tid = 20): TraceEvent => ({
    name,
    ph: 'X',
    pid,
    tid,
    ts,
    dur,
    ...(tdur === undefined ? {} : { tdur }),
  });

  it("splits the page's long tasks into document and script work, with the part the thread ran", () => {
    const events = [
      thread(1, 10, 'CrRendererMain'), // about:blank's renderer: few tasks
      thread(2, 20, 'CrRendererMain'),
      thread(2, 21, 'Compositor'),
      ev('RunTask', 0, 30_000, 30_000, 1, 10),
      // Style and layout: 40 ms of wall time, 12 ms running.
      ev('RunTask', 100_000, 40_000, 12_000),
      ev('UpdateLayoutTree', 100_000, 25_000),
      ev('Layout', 125_000, 15_000),
      // The flight data's inline script inside the parser: still the document's.
      ev('RunTask', 200_000, 20_000, 18_000),
      ev('ParseHTML', 200_000, 20_000),
      ev('EvaluateScript', 205_000, 12_000),
      // The boot: 30 ms, 28 ms running.
      ev('RunTask', 300_000, 30_000, 28_000),
      ev('EvaluateScript', 300_000, 30_000),
      ev('Layout', 320_000, 2_000),
      // A long task with nothing named in it.
      ev('RunTask', 400_000, 15_000, 5_000),
      // Short tasks, tasks without thread time and other threads' tasks are left out.
      ev('RunTask', 500_000, 9_000, 9_000),
      ev('RunTask', 600_000, 50_000),
      ev('RunTask', 700_000, 50_000, 50_000, 2, 21),
    ];
    expect(mainThreadTime(events)).toEqual({
      document: { wall: 60, running: 30 },
      scripts: { wall: 30, running: 28 },
      other: { wall: 15, running: 5 },
    });
  });

  it('gives zeros when the trace has no renderer main thread', () => {
    expect(mainThreadTime([ev('RunTask', 0, 50_000, 50_000)])).toEqual({
      document: { wall: 0, running: 0 },
      scripts: { wall: 0, running: 0 },
      other: { wall: 0, running: 0 },
    });
  });

  it('prints the mean of the runs and the share of the wall time the thread ran', () => {
    const runs = [
      { document: { wall: 60, running: 30 }, scripts: { wall: 30, running: 28 }, other: { wall: 0, running: 0 } },
      { document: { wall: 100, running: 30 }, scripts: { wall: 34, running: 30 }, other: { wall: 0, running: 0 } },
    ];
    expect(mainThreadLines([{ label: 'specialty', path: '/radiography', runs }])).toEqual([
      'main thread before throttling for specialty /radiography (tasks over 10 ms, mean of 2 runs): document 80 ms of wall time, 30 ms running (38 %); scripts 32 ms of wall time, 29 ms running (91 %); other 0 ms of wall time, 0 ms running',
    ]);
    expect(mainThreadLines([{ label: 'floor', path: '/f', runs: [] }])).toEqual([
      'main thread before throttling for floor /f: no runs',
    ]);
  });
});

describe('firstRender', () => {
  const meta: TraceEvent = { name: 'thread_name', ph: 'M', pid: 2, tid: 20, ts: 0, args: { name: 'CrRendererMain' } };
  const ev = (name: string, ts: number, dur: number, totalObjects?: number): TraceEvent => ({
    name,
    ph: 'X',
    pid: 2,
    tid: 20,
    ts,
    dur,
    ...(totalObjects === undefined ? {} : { args: { beginData: { totalObjects } } }),
  });

  it("finds an empty first layout and the wall time of the task that laid out the page's content", () => {
    const events = [
      meta,
      // The initial empty document: parsed and painted, nothing laid out.
      ev('RunTask', 10_000, 3_000),
      ev('ParseHTML', 10_000, 3_000),
      ev('RunTask', 15_000, 600),
      ev('Paint', 15_100, 200),
      // The new document laid out before any markup: one object.
      ev('RunTask', 80_000, 900),
      ev('Layout', 80_200, 300, 1),
      ev('RunTask', 82_000, 15_000),
      ev('ParseHTML', 82_000, 15_000),
      // The content: 496 objects, in a 52 ms task.
      ev('RunTask', 130_000, 52_000),
      ev('UpdateLayoutTree', 130_000, 30_000),
      ev('Layout', 160_000, 20_000, 496),
      ev('RunTask', 200_000, 1_000),
      ev('Layout', 200_100, 500, 498),
    ];
    expect(firstRender(events)).toEqual({ emptyFirstLayout: true, contentRender: 52 });
  });

  it('says the first layout was not empty when the content is the first thing laid out', () => {
    expect(firstRender([meta, ev('RunTask', 0, 30_000), ev('Layout', 5_000, 20_000, 300)])).toEqual({
      emptyFirstLayout: false,
      contentRender: 30,
    });
    expect(firstRender([meta, ev('RunTask', 0, 5_000)])).toEqual({ emptyFirstLayout: false, contentRender: 0 });
  });

  it('prints in how many runs the first layout was empty and the mean content render', () => {
    const runs = [
      { emptyFirstLayout: true, contentRender: 50 },
      { emptyFirstLayout: true, contentRender: 60 },
      { emptyFirstLayout: false, contentRender: 40 },
    ];
    expect(firstRenderLines([{ label: 'specialty', path: '/radiography', runs }])).toEqual([
      "first render for specialty /radiography (mean of 3 runs): the task that laid out its content took 50 ms of wall time before throttling; the load's first layout was an empty document's in 2 of 3 runs (then Lantern leaves that task out of FCP, doubles it and counts what is over 50 ms as blocking time)",
    ]);
    expect(firstRenderLines([{ label: 'floor', path: '/f', runs: [] }])).toEqual([
      'first render for floor /f: no runs',
    ]);
  });
});
