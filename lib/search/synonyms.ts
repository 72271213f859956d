// The words students type, mapped to the words the guide uses. Plain data: the browser loads it too.

/** Other names for a job or a kind of imaging: they say which page, as the page's own title does. */
export const nameSynonyms: Record<string, string> = {
  'x-ray tech': 'radiography radiographer radiologic technologist',
  'xray tech': 'radiography radiographer radiologic technologist',
  'x ray tech': 'radiography radiographer radiologic technologist',
  'x-ray technician': 'radiography radiographer radiologic technologist',
  'radiology tech': 'radiography radiologic technologist',
  'radiology technician': 'radiography radiologic technologist',
  'rad tech': 'radiography radiologic technologist',
  'rad school': 'radiography radiologic technologist',
  xray: 'x-ray radiography',
  'ultrasound tech': 'sonography sonographer',
  'ultrasound technician': 'sonography sonographer',
  'sono tech': 'sonography sonographer',
  sono: 'sonography sonographer',
  ultrasound: 'sonography',
  'ct tech': 'ct computed tomography',
  'cat scan': 'ct computed tomography',
  'cat scans': 'ct computed tomography',
  'mri tech': 'mri magnetic resonance',
  'mammo tech': 'mammography',
  mammographer: 'mammography',
  sonographer: 'sonography',
  radiographer: 'radiography',
  radiography: 'radiographer',
  'radiation therapist': 'radiation therapy',
  'echo tech': 'echocardiography cardiac sonographer',
  echo: 'echocardiography',
  'nuke med': 'nuclear medicine',
  'nuc med': 'nuclear medicine',
  'rad therapy': 'radiation therapy therapist',
  'radiation tech': 'radiation therapy radiography',
  'cath lab': 'cardiac catheterization cardiovascular invasive',
  dexa: 'bone densitometry dxa',
  'bone density': 'bone densitometry',
};

/** What students ask about (pay, school, licences) in the guide's words: they say which section. */
export const topicSynonyms: Record<string, string> = {
  'how long is school': 'programs program length education degree',
  'how long': 'program length',
  school: 'program education',
  college: 'program education degree',
  salary: 'pay median',
  salaries: 'pay median',
  wage: 'pay median',
  money: 'pay median',
  license: 'licensure licensing',
  licence: 'licensure licensing',
  registry: 'certification credential arrt ardms',
  'board exam': 'certification exam arrt ardms',
  'lead apron': 'shielding',
  'lead shield': 'shielding',
  class: 'study classroom subjects',
  classes: 'study classroom subjects',
  courses: 'study classroom subjects',
  'criminal record': 'ethics conviction',
  felony: 'criminal record ethics conviction',
  misdemeanor: 'criminal record ethics conviction',
  clinicals: 'clinical training',
  prereqs: 'prerequisites',
  prereq: 'prerequisites',
  fafsa: 'federal financial aid',
  'pell grant': 'federal financial aid',
  tuition: 'cost',
  boards: 'registry exam',
  'study tips': 'prepare',
  'how many years': 'how long',
  'day in the life': 'day life',
  'do all day': 'day life',
  'daily routine': 'day life',
  'typical day': 'day life',
  'shift like': 'day life',
  rn: 'nurse',
  nursing: 'nurse',
  'new grad': 'new graduates starting',
  'new grads': 'new graduates starting',
  'entry level': 'starting new graduates',
  'starting salary': 'starting pay',
  'salary range': 'pay spreads',
  'pay range': 'pay spreads',
  'by city': 'metro area',
  'my state': 'state',
  'my area': 'region',
  'job market': 'jobs open market',
  'find a job': 'jobs open',
  travel: 'travel per-diem',
  ai: 'artificial intelligence',
  'artificial intelligence': 'ai',
  pregnant: 'pregnancy',
  stressful: 'stress emotional',
  'physically demanding': 'physical body stand lift',
  'carpal tunnel': 'pain scanning',
  injury: 'pain',
  dosimeter: 'dose measured',
  schedule: 'shifts nights weekends',
  'on call': 'on-call',
  'too old': 'adult age',
  guys: 'men',
  guy: 'men',
  male: 'men',
  reimbursement: 'employer',
  'tuition assistance': 'employer',
  during: 'while',
  'check if': 'look up',
  cpr: 'basic life support',
  retake: 'fail',
  spi: 'sonography principles instrumentation ardms',
};

/** A state's name: the question is about one state ("rad tech pay in texas"). */
const stateNames =
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho ' +
  'illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota ' +
  'mississippi missouri montana nebraska nevada new-hampshire new-jersey new-mexico new-york ' +
  'north-carolina north-dakota ohio oklahoma oregon pennsylvania rhode-island south-carolina ' +
  'south-dakota tennessee texas utah vermont virginia washington west-virginia wisconsin wyoming';
for (const name of stateNames.split(' ')) topicSynonyms[name.replace('-', ' ')] = 'state';

export const synonyms: Record<string, string> = { ...nameSynonyms, ...topicSynonyms };

const escape = (phrase: string) => phrase.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
const splitWords = (text: string) => text.split(/[\s\-–—.,;:!?'"()/]+/).filter(Boolean);

/** The words of the synonym list: a typo one letter away from one of them is read as that word. */
const vocabulary = new Set(Object.entries(synonyms).flatMap(([phrase, words]) => splitWords(`${phrase} ${words}`)));

/** True when a and b differ by at most one inserted, deleted or changed letter. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Lower case, single spaces, and typos of the list's words mended ("sonograpy" → "sonography"). */
function normalize(query: string): string {
  return query
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[a-z]{5,}/g, (word) => {
      if (vocabulary.has(word)) return word;
      for (const known of vocabulary) if (known.length >= 5 && oneEditApart(word, known)) return known;
      return word;
    });
}

/** A phrase as a whole word or words, plural included ("xray techs" is "xray tech"). */
const phraseRe = (phrase: string, flags = '') => new RegExp(`(^|[^a-z])${escape(phrase)}s?($|[^a-z])`, flags);
const matched = (q: string) => Object.entries(synonyms).filter(([phrase]) => phraseRe(phrase).test(q));

/** The query (typos mended) plus the guide's own words for any phrase in it that students commonly use. */
export function expandQuery(query: string): string {
  const q = normalize(query);
  return [q, ...matched(q).map(([, words]) => words)].join(' ').trim();
}

/** `typed`: the words as the student typed them; `words`: those plus the synonyms added. */
export type QueryGroup = { typed: string[]; words: string[]; kind: 'name' | 'topic' | 'word' };

/**
 * The query as groups of words that mean one thing: each synonym phrase with its expansion, then
 * each remaining word alone. "xray tech pay" → xray tech radiography … (name), pay (word).
 */
export function queryGroups(query: string): QueryGroup[] {
  const q = normalize(query);
  let rest = ` ${q} `;
  const groups: QueryGroup[] = matched(q).map(([phrase, words]) => {
    rest = rest.replace(phraseRe(phrase, 'g'), '$1 $2');
    const typed = splitWords(phrase);
    return { typed, words: [...typed, ...splitWords(words)], kind: phrase in nameSynonyms ? 'name' : 'topic' };
  });
  for (const word of splitWords(rest)) groups.push({ typed: [word], words: [word], kind: 'word' });
  return groups;
}
