import { getOccupation } from '@/lib/content';
import { tools } from '@/lib/content/tools';
import { site } from '@/lib/site';
import { StaticHtml } from '@/components/mdx/static-html';

// Each link is a 44 × 44 px tap target at least (issue 15); rows sit flush, so targets never overlap.
const linkClass = 'inline-flex min-h-11 min-w-11 items-center underline hover:text-brand';
const about = [
  { href: '/about', label: 'About this guide' },
  { href: '/how-we-source-facts', label: 'How we source facts' },
  { href: '/feedback-policy', label: 'Feedback policy' },
  { href: '/for-counselors', label: 'For counselors' },
  { href: '/changes', label: 'What changed' },
];

/**
 * Tools, about pages and the data edition. Static markup React does not hydrate (issue 13); its
 * plain links prefetch on intent and open in place (components/layout/link-intent.tsx).
 */
export function SiteFooter() {
  const edition = getOccupation('radiologic-technologists').source;
  return (
    <StaticHtml>
      <footer className="no-print mt-16 border-t border-line bg-paper-alt">
        <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-ink-muted">
          <nav aria-label="Compare and plan" className="mb-4">
            <ul className="flex flex-wrap gap-x-6">
              {tools.map((tool) => (
                <li key={tool.href}>
                  <a href={tool.href} className={linkClass}>
                    {tool.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label="About this site">
            <ul className="flex flex-wrap gap-x-6">
              {about.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className={linkClass}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p className="mt-4">
            {site.name} is a free, open-source guide. Pay and job figures come from the {edition.publisher} Occupational
            Outlook Handbook, {edition.edition}.
          </p>
        </div>
      </footer>
    </StaticHtml>
  );
}
