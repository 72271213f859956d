import type { ComponentProps } from 'react';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { Callout } from './callout';
import { Credentials } from './credentials';
import { Fact } from './fact';
import { GlossaryLink } from './glossary-link';
import { H2, H3 } from './heading';
import { KeyFacts } from './key-facts';
import { PayLinks, PaySpread } from './pay-tables';
import { LicensureTable } from './licensure-table';
import { PostprimaryRoutes } from './postprimary-routes';
import { Stat } from './stat';
import { Workplaces } from './workplaces';
import { TableScroll } from '@/components/ui/table-scroll';
import { toStaticMarkup } from './static-markup';

/**
 * What authors may use inside MDX. scripts/check-content.ts checks uses against the same names.
 * Every one is plain markup with no hooks and no client component, since the body is written out
 * as static HTML. Each call gives glossary definitions ids numbered from 1 in document order.
 */
export function mdxComponents() {
  let tips = 0;
  return {
    Callout,
    Credentials,
    Fact,
    KeyFacts,
    LicensureTable,
    PayLinks,
    PaySpread,
    PostprimaryRoutes,
    Stat,
    Workplaces,
    table: (props: ComponentProps<'table'>) => (
      <TableScroll label="Comparison table">
        <table
          {...props}
          className="prose-table w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-line [&_td]:py-2 [&_td]:pr-3 [&_th]:border-b [&_th]:border-line [&_th]:py-2 [&_th]:pr-3"
        />
      </TableScroll>
    ),
    h2: H2,
    h3: H3,
    // Internal links are plain anchors too: components/layout/link-intent.tsx prefetches them on
    // hover, touch or focus and turns a click into a client-side navigation.
    a: ({ href = '', children, ...props }: ComponentProps<'a'>) =>
      href.startsWith('/glossary#') ? (
        <GlossaryLink href={href} tipId={`glossary-tip-${++tips}`}>
          {children}
        </GlossaryLink>
      ) : (
        <a href={href} {...props}>
          {children}
        </a>
      ),
  };
}

type MdxComponent = ReturnType<typeof getMDXComponent>;
const rendered = new Map<string, string>();

/** The compiled MDX body as a React element, with the components above. */
export function mdxElement(code: string) {
  const Content: MdxComponent = getMDXComponent(code);
  return <Content components={mdxComponents()} />;
}

/** The body's HTML, rendered once per body and process. */
export function mdxHtml(code: string): string {
  let html = rendered.get(code);
  if (html === undefined) {
    html = toStaticMarkup(mdxElement(code));
    rendered.set(code, html);
  }
  return html;
}

/**
 * An article or page body as static HTML inside one container. React inserts the markup and
 * neither hydrates nor walks it, so the prose costs the phone no script time (issue 13).
 */
export function MdxContent({ code, id, className }: { code: string; id?: string; className?: string }) {
  return <div id={id} className={className} data-prose="" dangerouslySetInnerHTML={{ __html: mdxHtml(code) }} />;
}
