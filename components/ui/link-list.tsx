import type { ReactNode } from 'react';
import { StaticHtml } from '@/components/mdx/static-html';
import { cn } from '@/lib/cn';
import { StaticLink } from './static-link';

export type LinkItem = { href: string; title: string; text?: string };
/** A card may carry a decorative picture beside its title. */
export type CardItem = LinkItem & { picture?: ReactNode };

/**
 * A plain list of links to pages (related articles, a topic's articles). Link lists are static
 * markup React does not hydrate (issue 13); their plain links prefetch on intent and open in
 * place (components/layout/link-intent.tsx).
 */
export function LinkList({
  items,
  bullets = false,
  className,
}: {
  items: LinkItem[];
  bullets?: boolean;
  className?: string;
}) {
  return (
    <StaticHtml>
      <ul className={cn(bullets ? 'list-disc space-y-1 pl-5' : 'space-y-2', className)}>
        {items.map((item) => (
          <li key={item.href}>
            <StaticLink href={item.href} className="text-brand underline">
              {item.title}
            </StaticLink>
          </li>
        ))}
      </ul>
    </StaticHtml>
  );
}

/**
 * Bordered cards, each a link with a line of text under it (topics on the home page, a hub's
 * articles). The whole card is tappable: the title link's ::after covers the card, so there is
 * one link per card and its accessible name stays the title. Static markup React does not hydrate,
 * unless `plain` says the caller already renders it inside <StaticHtml>.
 */
export function LinkCards({
  items,
  className,
  plain = false,
}: {
  items: CardItem[];
  className?: string;
  /** The caller is already static markup: do not wrap again. */
  plain?: boolean;
}) {
  const linkClass = 'text-lg font-bold text-brand underline after:absolute after:inset-0 after:rounded-lg';
  const cards = (
    <ul className={className}>
      {items.map((item) => (
        <li
          key={item.href}
          className="relative flex gap-3 rounded-lg border border-line p-4 hover:border-brand focus-within:border-brand"
        >
          {item.picture}
          <div className="min-w-0">
            <StaticLink href={item.href} className={linkClass}>
              {item.title}
            </StaticLink>
            {item.text && <p className="mt-1 text-ink-muted">{item.text}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
  return plain ? cards : <StaticHtml>{cards}</StaticHtml>;
}
