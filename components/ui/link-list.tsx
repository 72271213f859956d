import Link from 'next/link';
import { cn } from '@/lib/cn';

export type LinkItem = { href: string; title: string; text?: string };

/** A plain list of links to pages (related articles, a topic's articles). */
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
    <ul className={cn(bullets ? 'list-disc space-y-1 pl-5' : 'space-y-2', className)}>
      {items.map((item) => (
        <li key={item.href}>
          <Link prefetch={false} href={item.href} className="text-brand underline">
            {item.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Bordered cards, each a link with a line of text under it (topics on the home page, a hub's articles). */
export function LinkCards({ items, className }: { items: LinkItem[]; className?: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href} className="rounded-lg border border-line p-4">
          <Link prefetch={false} href={item.href} className="text-lg font-semibold text-brand underline">
            {item.title}
          </Link>
          {item.text && <p className="mt-1 text-ink-muted">{item.text}</p>}
        </li>
      ))}
    </ul>
  );
}
