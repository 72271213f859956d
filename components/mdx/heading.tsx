import type { ComponentProps, ReactNode } from 'react';
import { isValidElement } from 'react';
import { CopyLinkButton } from '@/components/article/copy-link-button';

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
 * space, so appearing on hover or focus moves nothing.
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
        <CopyLinkButton id={id} label={label} />
      </span>
    </div>
  );
}

export const H2 = (props: ComponentProps<'h2'>) => <Heading as="h2" {...props} />;
export const H3 = (props: ComponentProps<'h3'>) => <Heading as="h3" {...props} />;
