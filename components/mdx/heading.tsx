import type { ComponentProps, ReactNode } from 'react';
import { isValidElement } from 'react';

/** The plain text of a heading's children, for labels. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/**
 * An article heading with a "#" link to itself and a copy-link button. Both sit outside the
 * heading element, so the heading's accessible name stays its own text, and both take up reserved
 * space, so appearing on hover or focus moves nothing. The button is plain markup, hidden until
 * components/article/prose-enhancer.tsx (one listener for the whole article) shows and wires it,
 * since copying needs JavaScript.
 */
function Heading({ as: Tag, id, children, ...props }: ComponentProps<'h2'> & { as: 'h2' | 'h3' }) {
  if (!id) return <Tag {...props}>{children}</Tag>;
  const label = textOf(children);
  return (
    <div className="heading-wrap group relative">
      <Tag id={id} {...props} className="pr-16">
        {children}
      </Tag>
      <span className="heading-tools no-print absolute right-0 top-0 flex items-center gap-1 opacity-0 group-hover:opacity-100 focus-within:opacity-100 [@media(hover:none)]:opacity-100">
        <a
          href={`#${id}`}
          aria-label={`Link to section: ${label}`}
          className="px-1 text-ink-muted no-underline hover:text-brand"
        >
          #
        </a>
        <button
          type="button"
          hidden
          data-copy-link={id}
          aria-label={`Copy link to section: ${label}`}
          className="rounded px-1 text-sm font-normal text-ink-muted hover:text-brand"
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="inline-block align-[-2px]">
            <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path
              d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            />
          </svg>
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
