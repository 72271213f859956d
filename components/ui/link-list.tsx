import { StaticHtml } from '@/components/mdx/static-html';
import { cn } from '@/lib/cn';

export type LinkItem = { href: string; title: string; text?: string };

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
            <a href={item.href} className="text-brand underline">
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </StaticHtml>
  );
}

/** Bordered cards, each a link with a line of text under it (topics on the home page, a hub's articles). */
export function LinkCards({ items, className }: { items: LinkItem[]; className?: string }) {
  return (
    <StaticHtml>
      <ul className={className}>
        {items.map((item) => (
          <li key={item.href} className="rounded-lg border border-line p-4">
            <a href={item.href} className="text-lg font-semibold text-brand underline">
              {item.title}
            </a>
            {item.text && <p className="mt-1 text-ink-muted">{item.text}</p>}
          </li>
        ))}
      </ul>
    </StaticHtml>
  );
}
