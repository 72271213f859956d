// Closed sets shared by contentlayer.config.ts, the zod mirror and the pages.
// Plain data only: contentlayer bundles this file into its config.

export const topics = [
  'overview',
  'duties',
  'specialties',
  'education',
  'certification',
  'licensure',
  'career-paths',
  'safety',
] as const;
export type Topic = (typeof topics)[number];

export const topicInfo: Record<Topic, { title: string; navLabel: string; summary: string }> = {
  overview: {
    title: 'Overview',
    navLabel: 'Overview',
    summary: 'What imaging technologists do, who they work with, and whether the job suits you.',
  },
  duties: {
    title: 'Duties',
    navLabel: 'Duties',
    summary: 'The tasks of a shift, from getting a patient ready to checking the images.',
  },
  specialties: {
    title: 'Specialties',
    navLabel: 'Specialties',
    summary: 'X-ray, ultrasound, CT, MRI and the other kinds of imaging, and how people enter each.',
  },
  education: {
    title: 'Education',
    navLabel: 'Education',
    summary: 'Programs, how long they take, and why accreditation matters.',
  },
  certification: {
    title: 'Certification',
    navLabel: 'Certification',
    summary: 'National credentials such as ARRT and ARDMS: how to earn them and keep them.',
  },
  licensure: {
    title: 'Licensure',
    navLabel: 'Licensure',
    summary: 'State licenses, how they differ from certification, and how to check your state.',
  },
  'career-paths': {
    title: 'Career paths',
    navLabel: 'Careers',
    summary: 'Where technologists work, how they move up, and related jobs.',
  },
  safety: {
    title: 'Safety',
    navLabel: 'Safety',
    summary: 'Radiation protection for patients and staff, and how ultrasound differs.',
  },
};

export const specialties = [
  'radiography',
  'sonography',
  'ct',
  'mri',
  'mammography',
  'nuclear-medicine',
  'radiation-therapy',
  'cardiovascular',
  'bone-densitometry',
] as const;
export type Specialty = (typeof specialties)[number];

export const specialtyInfo: Record<Specialty, { name: string; plainName: string }> = {
  radiography: { name: 'Radiography', plainName: 'X-ray' },
  sonography: { name: 'Sonography', plainName: 'Ultrasound' },
  ct: { name: 'Computed tomography (CT)', plainName: 'CT scans' },
  mri: { name: 'Magnetic resonance imaging (MRI)', plainName: 'MRI scans' },
  mammography: { name: 'Mammography', plainName: 'Breast X-ray' },
  'nuclear-medicine': { name: 'Nuclear medicine', plainName: 'Radioactive tracers' },
  'radiation-therapy': { name: 'Radiation therapy', plainName: 'Cancer treatment' },
  cardiovascular: { name: 'Cardiovascular and interventional', plainName: 'Heart and blood vessels' },
  'bone-densitometry': { name: 'Bone densitometry', plainName: 'Bone density scans' },
};
