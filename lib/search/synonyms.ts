// The words students type, mapped to the words the guide uses. Plain data: the browser loads it too.
export const synonyms: Record<string, string> = {
  'x-ray tech': 'radiography radiographer radiologic technologist',
  'xray tech': 'radiography radiographer radiologic technologist',
  'x ray tech': 'radiography radiographer radiologic technologist',
  'x-ray technician': 'radiography radiographer radiologic technologist',
  'radiology tech': 'radiography radiologic technologist',
  'radiology technician': 'radiography radiologic technologist',
  'rad tech': 'radiography radiologic technologist',
  xray: 'x-ray radiography',
  'ultrasound tech': 'sonography sonographer',
  'ultrasound technician': 'sonography sonographer',
  'sono tech': 'sonography sonographer',
  ultrasound: 'sonography',
  'ct tech': 'ct computed tomography',
  'cat scan': 'ct computed tomography',
  'cat scans': 'ct computed tomography',
  'mri tech': 'mri magnetic resonance',
  'mammo tech': 'mammography',
  mammographer: 'mammography',
  'echo tech': 'echocardiography cardiac sonographer',
  echo: 'echocardiography',
  'nuke med': 'nuclear medicine',
  'nuc med': 'nuclear medicine',
  'rad therapy': 'radiation therapy therapist',
  'radiation tech': 'radiation therapy radiography',
  'cath lab': 'cardiac catheterization cardiovascular invasive',
  dexa: 'bone densitometry dxa',
  'bone density': 'bone densitometry',
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
};

/** The query plus the guide's own words for any phrase in it that students commonly use. */
export function expandQuery(query: string): string {
  const q = query.toLowerCase().replace(/\s+/g, ' ').trim();
  const extra = Object.entries(synonyms)
    .filter(([phrase]) => new RegExp(`(^|[^a-z])${phrase.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}($|[^a-z])`).test(q))
    .map(([, words]) => words);
  return [q, ...extra].join(' ').trim();
}
