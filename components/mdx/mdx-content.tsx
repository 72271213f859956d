import Link from 'next/link';
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

/** What authors may use inside MDX. scripts/check-content.ts checks uses against the same names. */
export const mdxComponents = {
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
  a: ({ href = '', children, ...props }: ComponentProps<'a'>) =>
    href.startsWith('/glossary#') ? (
      <GlossaryLink href={href}>{children}</GlossaryLink>
    ) : href.startsWith('/') ? (
      <Link href={href} {...props}>
        {children}
      </Link>
    ) : (
      <a href={href} {...props}>
        {children}
      </a>
    ),
};

type MdxComponent = ReturnType<typeof getMDXComponent>;
const compiled = new Map<string, MdxComponent>();

// Each body is compiled once and the same component reused, so React keeps a stable component type.
function renderMdx(code: string) {
  let Content = compiled.get(code);
  if (!Content) {
    Content = getMDXComponent(code);
    compiled.set(code, Content);
  }
  return <Content components={mdxComponents} />;
}

export function MdxContent({ code }: { code: string }) {
  return renderMdx(code);
}
