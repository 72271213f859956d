import Link from 'next/link';
import { getOccupation } from '@/lib/content';
import { tools } from '@/lib/content/tools';
import { site } from '@/lib/site';

export function SiteFooter() {
  const edition = getOccupation('radiologic-technologists').source;
  return (
    <footer className="no-print mt-16 border-t border-line bg-paper-alt">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-ink-muted">
        <nav aria-label="Compare and plan" className="mb-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {tools.map((tool) => (
              <li key={tool.href}>
                <Link prefetch={false} href={tool.href} className="underline hover:text-brand">
                  {tool.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="About this site">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link prefetch={false} href="/about" className="underline hover:text-brand">
                About this guide
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/how-we-source-facts" className="underline hover:text-brand">
                How we source facts
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/feedback-policy" className="underline hover:text-brand">
                Feedback policy
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/for-counselors" className="underline hover:text-brand">
                For counselors
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/changes" className="underline hover:text-brand">
                What changed
              </Link>
            </li>
          </ul>
        </nav>
        <p className="mt-4">
          {site.name} is a free, open-source guide. Pay and job figures come from the {edition.publisher} Occupational
          Outlook Handbook, {edition.edition}.
        </p>
      </div>
    </footer>
  );
}
