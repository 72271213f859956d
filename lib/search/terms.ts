// How words become index terms, the same at index time and at query time (the browser loads it too).

/** Words that say nothing about a topic: "how to become an ultrasound tech" is about becoming a sonographer. */
export const stopWords = new Set(
  (
    'a all an and are as at be being by can could did do does for from got has have i if in is it its ' +
    'me my of on or our so that the their them then there these they this to was we when which ' +
    'what who why will with would you your yours vs versus should'
  ).split(' '),
);

/**
 * A light English stemmer: plural, -ing, -ed and a final -e go, so "licenses", "licensed" and
 * "license" meet, as do "becoming" and "become". Short words are left alone ("ct", "mri", "arrt").
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** MiniSearch's processTerm: lower case, no stop words, stemmed. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (stopWords.has(lower)) return null;
  return stem(lower);
}
