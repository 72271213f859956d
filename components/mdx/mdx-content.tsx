import Link from 'next/link';
import type { ComponentProps } from 'react';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { Callout } from './callout';
import { KeyFacts } from './key-facts';
import { Stat } from './stat';
import { Workplaces } from './workplaces';

/** What authors may use inside MDX. scripts/check-content.ts checks uses against the same names. */
export const mdxComponents = {
  Callout,
  KeyFacts,
  Stat,
  Workplaces,
  a: ({ href = '', ...props }: ComponentProps<'a'>) =>
    href.startsWith('/') ? <Link href={href} {...props} /> : <a href={href} {...props} />,
};

type MdxComponent = ReturnType<typeof getMDXComponent>;
const compiled = new Map<string, MdxComponent>();

// Compiling per render would re-create the component each time; compile each body once.
function componentFor(code: string): MdxComponent {
  let component = compiled.get(code);
  if (!component) {
    component = getMDXComponent(code);
    compiled.set(code, component);
  }
  return component;
}

export function MdxContent({ code }: { code: string }) {
  const Content = componentFor(code);
  return <Content components={mdxComponents} />;
}
