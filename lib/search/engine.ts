// Search shared by the server (/search) and the browser (as you type). No content imports here:
// the browser loads this module only when the search box is focused.
import MiniSearch, { type SearchResult } from 'minisearch';
import { expandQuery, oneEditApart, queryGroups, type QueryGroup } from './synonyms';
import { processTerm } from './terms';

export type SearchDoc = {
  /** url#anchor, unique per section; the page is the part before the # (pageOf). */
  id: string;
  title: string;
  /** The section heading, empty for a page's lead. */
  heading: string;
  description: string;
  text: string;
};

/** The page title counts in full on the page's lead only: a query naming a page ("xray tech") should
 *  land on its top, not on whichever section repeats the name most. Sections keep it as `page`. */
function extractField(doc: SearchDoc, field: string): string {
  if (field === 'title') return doc.heading ? '' : doc.title;
  if (field === 'page') return doc.title;
  return doc[field as keyof SearchDoc];
}

export const searchOptions = {
  idField: 'id',
  fields: ['title', 'page', 'heading', 'description', 'text'],
  storeFields: ['title', 'heading', 'text'],
  extractField,
  processTerm,
  searchOptions: {
    boost: { title: 3, page: 1, heading: 2, description: 1.5 },
    prefix: true,
    fuzzy: 0.15,
    combineWith: 'OR' as const,
  },
};

/** `withText: false` leaves section text out of the stored fields: the browser's dropdown shows
 *  titles and headings only, so its download stays small; the server keeps text for snippets. */
export function buildIndex(docs: SearchDoc[], { withText = true } = {}): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(
    withText ? searchOptions : { ...searchOptions, storeFields: ['title', 'heading'] },
  );
  index.addAll(docs);
  return index;
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, searchOptions);
}

export type Segment = { text: string; match: boolean };
export type Hit = { id: string; url: string; title: string; heading: string; snippet: Segment[] };

/** The index stores stems ("sonograph"), so a match runs on to the end of the word ("sonography"). */
const termPattern = (words: string[]) =>
  words.length
    ? new RegExp(`(\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\w'’]*)`, 'gi')
    : null;

/** Where the first focus term is, preferring one a figure follows ("Median pay (May 2024): $89,340"). */
function firstFocus(text: string, focus: string[]): number {
  const pattern = termPattern(focus.filter((t) => t.length > 1));
  if (!pattern) return -1;
  const found = [...text.matchAll(pattern)].map((m) => m.index);
  return found.find((at) => /[$\d]/.test(text.slice(at, at + 40))) ?? found[0] ?? -1;
}

/** Up to ~160 characters around the first matched term (or, if given, the first `focus` term: the
 *  words that chose the section, such as "pay"), split into plain and matched parts. */
export function snippet(text: string, terms: string[], width = 160, focus: string[] = []): Segment[] {
  const words = terms.filter((t) => t.length > 1).sort((a, b) => b.length - a.length);
  const pattern = termPattern(words);
  const focusAt = firstFocus(text, focus);
  const first = focusAt >= 0 ? focusAt : pattern ? text.search(pattern) : -1;
  const start = Math.max(0, (first < 0 ? 0 : first) - width / 3);
  let slice = text.slice(start, start + width);
  if (start > 0) slice = `…${slice.replace(/^\S*\s/, '')}`;
  if (start + width < text.length) slice = `${slice.replace(/\s\S*$/, '')}…`;
  if (!pattern) return [{ text: slice, match: false }];
  return slice
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: words.some((w) => part.toLowerCase().startsWith(w.toLowerCase())) }));
}

type Result = SearchResult & Omit<SearchDoc, 'id' | 'description'>;

/** A section's page: its id up to the #, so neither the documents nor the index store it. */
export function pageOf(id: string | number): string {
  return String(id).split('#')[0]!;
}

/** Where the index splits words (MiniSearch's tokenizer splits "x-ray" into "x" and "ray"). */
const wordBreak = /[\s\-–—.,;:!?'"()/]+/;

const toTerms = (words: string[]) => [...new Set(words.flatMap((w) => processTerm(w) ?? []))];
/** Same word for naming a subject: equal, one a prefix of the other, one typo apart, or the same
 *  long root with a short ending ("sonographer" and "sonography"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  if (shorter >= 5 && oneEditApart(a, b)) return true;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 8 && a.length - common <= 3 && b.length - common <= 3;
}

/** How much a synonym added to the query counts, against 1 for a word the student typed. */
const expansionWeight = 0.6;

/** How much a section about the job the query names is lifted above one that only answers the
 *  rest of the query: its score times 1 + nameLift (for the section that names the job most). */
const nameLift = 2;
const singleAskLift = 6;

/** Terms found in more than this share of sections ("tech", "imaging") cannot pick a section. */
const commonShare = 0.45;

/**
 * The section of one page that answers the query. Words that name the page's subject (its title
 * up to the colon, synonyms included) say which page, not which section; the other words choose
 * the section by its heading and text. When none is left, or no section has them, the lead answers.
 */
/** Per-query memo: each term's section count, and each set of words' section scores, are looked
 *  up once, not once per page. */
type Memo = { common: Map<string, boolean>; scores: Map<string, Map<string, number>> };

/** True for a term found in so many sections that it cannot pick one ("tech", "imaging"). */
function isCommon(index: MiniSearch<SearchDoc>, memo: Memo, term: string): boolean {
  let common = memo.common.get(term);
  if (common === undefined) {
    common = index.search(term).length >= index.documentCount * commonShare;
    memo.common.set(term, common);
  }
  return common;
}

function bestSection(
  index: MiniSearch<SearchDoc>,
  groups: QueryGroup[],
  page: Result[],
  memo: Memo,
): { section: Result; focus: string[] } {
  const lead = page.find((r) => !r.heading);
  if (!lead) return { section: page[0]!, focus: [] };
  // Words every page uses ("technologist", "imaging") do not name a subject.
  const subject = toTerms(lead.title.split(':')[0]!.split(wordBreak)).filter((t) => !isCommon(index, memo, t));
  const isSubject = (t: string) => subject.some((s) => sameStem(t, s));
  const names = (g: QueryGroup) => toTerms(g.kind === 'topic' ? g.typed : g.words).some(isSubject);
  // A heading that holds every idea of the query (each group, by a typed word or a synonym), save
  // those that name the page or a job, is the answer itself ("Rad tech or nurse" for "rad tech vs
  // nursing", "What is clinical training like?" for "what are clinicals like for xray tech
  // students"). It must hold at least two of the typed words: one word alone is too weak a sign.
  const typed = groups.flatMap((g) => toTerms(g.typed));
  const wanted = groups.filter((g) => g.kind !== 'name' && toTerms(g.words).length > 0);
  const named = page.find((r) => {
    const heading = toTerms(r.heading.split(wordBreak));
    const has = (t: string) => heading.some((h) => sameStem(t, h));
    const missing = wanted.filter((g) => !names(g) && !toTerms(g.words).some(has)).length;
    return heading.length > 0 && typed.filter(has).length > 1 && missing <= (wanted.length >= 4 ? 1 : 0);
  });
  if (named) return { section: named, focus: typed };
  // The other words choose the section by its heading and text; a job's name ("rad tech") only by
  // a heading that names the job ("Radiography: one X-ray exam after another"), since a page about
  // something else mentions jobs all through its text.
  const keep = (t: string) => !isSubject(t) && !isCommon(index, memo, t);
  // Of what is asked, each word that names the page goes, but not the synonyms that do not:
  // "stressful" names "Shifts, stress and hard days"; its synonym "emotional" picks the section.
  const asked = groups
    .filter((g) => g.kind !== 'name')
    .flatMap((g) => toTerms(g.words))
    .filter(keep);
  const job = groups
    .filter((g) => g.kind === 'name' && !names(g))
    .flatMap((g) => toTerms(g.words))
    .filter(keep);
  if (asked.length === 0 && job.length === 0) return { section: lead, focus: [] };
  const scoresOf = (terms: string[], fields: string[]) => {
    const key = `${fields.join()}:${terms.join(' ')}`;
    let scores = memo.scores.get(key);
    if (!scores) {
      // Whole words only for short ones: "rad" must not choose a section for its "radiation".
      const found = terms.length
        ? index.search(terms.join(' '), { fields, boost: { heading: 3 }, prefix: (term) => term.length > 3 })
        : [];
      scores = new Map(found.map((r) => [String(r.id), r.score]));
      memo.scores.set(key, scores);
    }
    return scores;
  };
  const askScores = scoresOf(asked, ['heading', 'text']);
  const jobScores = scoresOf(job, ['heading']);
  // Each signal as a share of its best on this page. When the query also names the page's subject
  // ("nuc med tech daily routine" on the day-in-the-life page), the part of the page about the job
  // is what it asks for, and a heading naming the job beats the best text match; otherwise it
  // only tips the balance ("xray tech with a felony": the criminal record section).
  const pageNamed = groups.some((g) => g.kind !== 'name' && toTerms(g.words).some(isSubject));
  const jobWeight = pageNamed ? 1.5 : 0.5;
  const topAsk = Math.max(0, ...page.map((r) => askScores.get(String(r.id)) ?? 0));
  const score = (r: Result) =>
    (topAsk > 0 ? (askScores.get(String(r.id)) ?? 0) / topAsk : 0) + (jobScores.has(String(r.id)) ? jobWeight : 0);
  let best: Result | undefined;
  for (const r of page) if (score(r) > (best ? score(best) : 0)) best = r;
  return { section: best ?? lead, focus: asked.length ? asked : job };
}

/** The best sections for a query, one per article, then up to two glossary definitions. */
export function search(index: MiniSearch<SearchDoc>, query: string, limit = 10): Hit[] {
  const q = query.trim();
  if (!q) return [];
  // Each term once ("license licensure licensing" is one idea, not three), and the words the
  // student typed count more than the synonyms added for them.
  const typed = new Set(toTerms(q.toLowerCase().split(/\s+/)));
  const groups = queryGroups(q);
  const memo: Memo = { common: new Map(), scores: new Map() };
  // A job's name says which specialty; the other words say what about it. When the query asks
  // something ("rad tech felony"), those words rank the sections, and the name lifts the ones about
  // that job: a section that answers the question beats the job's own page, which only names it.
  const nameTerms = new Set(groups.filter((g) => g.kind === 'name').flatMap((g) => toTerms(g.words)));
  const expanded = toTerms(expandQuery(q).split(wordBreak));
  const boostTerm = (term: string) => (typed.has(term) ? 1 : expansionWeight);
  let results = index.search(expanded.join(' '), { boostTerm }) as Result[];
  const askTerms = expanded.filter((t) => !nameTerms.has(t));
  if (nameTerms.size > 0 && askTerms.some((t) => !isCommon(index, memo, t))) {
    const ask = new Map(index.search(askTerms.join(' '), { boostTerm }).map((r) => [r.id, r.score]));
    const name = new Map(
      index
        .search([...nameTerms].join(' '), { boostTerm, fields: ['title', 'page', 'heading'] })
        .map((r) => [r.id, r.score]),
    );
    const topName = Math.max(1e-9, ...name.values());
    // One word asked ("sonographer pay") is a question the job's own page answers; more words
    // ("sonographer starting pay") ask for something more particular, and the name counts less.
    const asks = groups.filter((g) => g.kind !== 'name' && toTerms(g.words).some((t) => !nameTerms.has(t))).length;
    const lift = asks === 1 ? singleAskLift : nameLift;
    const lowAsk = Math.min(...ask.values());
    results = results
      .map((r) => {
        const named = (name.get(r.id) ?? 0) / topName;
        const asked = ask.get(r.id);
        return { ...r, score: asked === undefined ? lowAsk * named * 0.5 : asked * (1 + lift * named) };
      })
      .sort((a, b) => b.score - a.score);
  }
  const toHit = (r: Result, focus: string[] = []): Hit => ({
    id: String(r.id),
    url: String(r.id),
    title: r.title,
    heading: r.heading,
    snippet: snippet(r.text ?? '', r.terms, 160, focus),
  });
  // Pages in the order of their best section; then, for each page, the section that answers.
  // Articles first: a short definition outscores a long section on word counts alone, but a
  // reader searching "cat scan" wants the CT page before the glossary line.
  const pages = new Map<string, Result[]>();
  for (const r of results) {
    const page = pageOf(r.id);
    if (page === '/glossary') continue;
    const list = pages.get(page);
    if (list) list.push(r);
    else if (pages.size < limit) pages.set(page, [r]);
  }
  const hits = [...pages.values()].map((page) => {
    const { section, focus } = bestSection(index, groups, page, memo);
    return toHit(section, focus);
  });
  // Up to two definitions at the end of a longer list; short lists are pages only.
  const definitions = results
    .filter((r) => pageOf(r.id) === '/glossary')
    .slice(0, limit >= 5 ? 2 : 0)
    .map((r) => toHit(r));
  return [...hits.slice(0, limit - definitions.length), ...definitions];
}
