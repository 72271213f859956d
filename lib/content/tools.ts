// The guide's data views: linked from the home page, the footer and the counselors' page.

export type ToolLink = { href: string; title: string; text: string };

export const tools: ToolLink[] = [
  {
    href: '/which-specialty',
    title: 'Which specialty fits me?',
    text: 'Nine short questions, then all nine specialties ranked for you, with the reasons and their sources.',
  },
  {
    href: '/compare',
    title: 'Compare the specialties',
    text: 'Entry route, school, credential, radiation, pay and jobs for every specialty, side by side.',
  },
  {
    href: '/pay-and-outlook',
    title: 'Pay and job outlook charts',
    text: 'Median pay with its usual range, and how fast each job is expected to grow.',
  },
  {
    href: '/career-ladder',
    title: 'Career ladder',
    text: 'From your first credential to the extra credentials it opens up.',
  },
  {
    href: '/licensure-finder',
    title: 'State license finder',
    text: 'Pick a state to see whether it licenses imaging technologists, with the source.',
  },
];
