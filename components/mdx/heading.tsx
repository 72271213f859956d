import type { ComponentProps, ReactNode } from 'react';
import { isValidElement } from 'react';

/** The plain text of a heading's children, for labels. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="18" height="18">
      <path
        d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * An article heading with one share control beside it (44 × 44 px). Without JavaScript it is a
 * plain link to the heading; where scripting is on, CSS shows the copy-link button in its place from
 * the first paint (no DOM change after hydration, issue 13), and components/article/prose-enhancer.tsx
 * (one listener for the whole article) makes it copy the heading's full address and say so.
 * The control sits outside the heading element, so the heading's accessible name stays its own
 * text, and in reserved space, so showing it on hover or focus moves nothing.
 */
function Heading({ as: Tag, id, children, ...props }: ComponentProps<'h2'> & { as: 'h2' | 'h3' }) {
  if (!id) return <Tag {...props}>{children}</Tag>;
  const label = textOf(children);
  const control =
    'size-11 items-center justify-center rounded text-ink-muted no-underline hover:bg-paper-alt hover:text-brand';
  return (
    <div className="heading-wrap group relative">
      <Tag id={id} {...props} className="pr-12">
        {children}
      </Tag>
      <span className="heading-tools no-print absolute -top-1.5 right-0 flex items-center opacity-0 group-hover:opacity-100 focus-within:opacity-100 [@media(hover:none)]:opacity-100">
        <a
          href={`#${id}`}
          data-share-fallback
          aria-label={`Link to section: ${label}`}
          className={`${control} inline-flex scripting:hidden`}
        >
          <LinkIcon />
        </a>
        <button
          type="button"
          data-copy-link={id}
          aria-label={`Copy link to section: ${label}`}
          className={`${control} hidden font-normal scripting:inline-flex`}
        >
          <LinkIcon />
        </button>
        <span
          role="status"
          data-copy-status
          className="absolute right-0 top-full z-10 whitespace-nowrap rounded border border-line bg-paper px-2 text-sm font-normal text-ink empty:border-transparent empty:px-0"
        />
      </span>
    </div>
  );
}

export const H2 = (props: ComponentProps<'h2'>) => <Heading as="h2" {...props} />;
export const H3 = (props: ComponentProps<'h3'>) => <Heading as="h3" {...props} />;
