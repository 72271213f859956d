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

function tool(href: string): ToolLink {
  const found = tools.find((t) => t.href === href);
  if (!found) throw new Error(`No tool at ${href}. Tools: ${tools.map((t) => t.href).join(', ')}`);
  return found;
}

/** The home page's two big actions and the header menu's first items: what most readers came to do. */
export const startActions: { href: string; label: string }[] = [
  { href: tool('/which-specialty').href, label: 'Find my fit' },
  { href: tool('/compare').href, label: 'Compare jobs' },
];

export const counselorsLink: ToolLink = {
  href: '/for-counselors',
  title: 'For counselors',
  text: 'Printable handouts, a one-sheet index with QR codes and a ready classroom lesson.',
};

/** The tools the home page lists after its two actions. */
export const homeTools: ToolLink[] = [
  tool('/pay-and-outlook'),
  tool('/licensure-finder'),
  tool('/career-ladder'),
  counselorsLink,
];

/** The header menu, in the order readers reach for it: the tools first, then the topics. */
export const menuTools: { href: string; label: string }[] = [
  { href: '/which-specialty', label: 'Find my fit' },
  { href: '/compare', label: 'Compare' },
  { href: '/pay-and-outlook', label: 'Pay' },
  { href: '/licensure-finder', label: 'License by state' },
  { href: '/for-counselors', label: 'For counselors' },
];
