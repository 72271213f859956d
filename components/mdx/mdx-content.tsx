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
 * The typography of article and page bodies. Two weights only, as in the rest of the site: regular
 * for text and links, bold for headings, table heads, terms and emphasis (the plugin's own 500 and
 * 600 would each be one more face to look up for every size they are used at: issue 13 counted an
 * article's font lookups, tests/e2e/budget.spec.ts). For the same reason h2 and h3 are exactly
 * 30 and 20 px, sizes the article lays out anyway: the page title's on a phone, and the headings of
 * the end matter (Sources, Cite this page, Related reading). The plugin's own sizes (em of 18 px)
 * come to 30.0001 and 23.9999, two more.
 */
export const proseClassName =
  'prose prose-lg max-w-none dark:prose-invert prose-a:text-brand prose-a:font-normal prose-blockquote:font-normal prose-headings:font-bold prose-strong:font-bold prose-dt:font-bold prose-h2:text-[1.875rem] prose-h3:text-[1.25rem]';

/**
 * An article or page body as static HTML inside one container. React inserts the markup and
 * neither hydrates nor walks it, so the prose costs the phone no script time (issue 13).
 */
export function MdxContent({ code, id, className }: { code: string; id?: string; className?: string }) {
  return <div id={id} className={className} data-prose="" dangerouslySetInnerHTML={{ __html: mdxHtml(code) }} />;
}
