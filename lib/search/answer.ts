// A short answer above the results for pay and school-length questions, from the same data the
// pages show (content/data/occupations.json through getKeyFactRows). Server only: it reads content.
import { getAllArticles } from '../content';
import { getKeyFactRows, getOccupation } from '../content/occupations';
import type { Hit } from './engine';

export type AnswerCard = {
  /** "Diagnostic medical sonographers" */
  title: string;
  /** "Median pay (May 2024): $89,340 a year ($42.95 an hour)" */
  lines: string[];
  source: string;
  links: { href: string; text: string }[];
};

const payWords = /\b(pay|paid|pays|salary|salaries|wage|wages|money|earn|earns|earnings|income|make)\b/;
const schoolWords = /\b(how long|school|schooling|degree|education|college|years? of)\b/;

/** The card for a query, or null when the query does not ask about pay or school length, or the
 *  best results are not about one occupation the data covers. */
export function answerCard(query: string, hits: Hit[]): AnswerCard | null {
  const q = query.toLowerCase();
  const intent = payWords.test(q) ? 'pay' : schoolWords.test(q) ? 'school' : null;
  if (!intent) return null;
  const byUrl = new Map(getAllArticles().map((a) => [a.url, a]));
  const article = hits
    .slice(0, 3)
    .map((h) => byUrl.get(h.url.split('#')[0]!))
    .find((a) => a?.occupation);
  if (!article?.occupation) return null;
  const occupation = getOccupation(article.occupation);
  const wanted = intent === 'pay' ? ['medianPay', 'payRange'] : ['entryEducation', 'workExperience'];
  const lines = getKeyFactRows(occupation.id)
    .filter((r) => wanted.includes(r.id))
    .map((r) => `${r.label}${r.period ? ` (${r.period})` : ''}: ${r.value}`);
  if (lines.length === 0) return null;
  const { source } = occupation;
  return {
    title: occupation.name,
    lines,
    source: `${source.shortName}, ${source.edition}`,
    links: [
      { href: article.url, text: article.title },
      { href: '/compare', text: 'Compare every specialty' },
    ],
  };
}
