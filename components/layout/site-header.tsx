import { getNavTree } from '@/lib/content';
import { menuTools } from '@/lib/content/tools';
import { site } from '@/lib/site';
import { SearchBox } from '@/components/search/search-box';
import { StaticHtml } from '@/components/mdx/static-html';
import { StaticLink } from '@/components/ui/static-link';

const target = 'flex min-h-11 min-w-11 items-center rounded px-2 underline-offset-4 hover:underline md:min-h-9';
const linkClass = `${target} text-ink hover:text-brand`;
const toolLinkClass = `${target} font-bold text-brand`;

/** What readers come to do (the tools), then the topics. Plain anchors: it renders inside <StaticHtml>. */
function MenuLinks({ listClass, toolsClass }: { listClass: string; toolsClass?: string }) {
  return (
    <>
      <nav aria-label="Tools" className={toolsClass}>
        <ul className={listClass}>
          {menuTools.map((t) => (
            <li key={t.href}>
              <StaticLink href={t.href} className={toolLinkClass}>
                {t.label}
              </StaticLink>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Topics">
        <ul className={listClass}>
          {getNavTree().map((t) => (
            <li key={t.topic}>
              <StaticLink href={t.url} className={linkClass}>
                {t.navLabel}
              </StaticLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

/**
 * Site name, the tools and the topic navigation. On phones they sit in a <details> menu, so it
 * opens without JavaScript. The link lists are static markup React does not hydrate.
 */
export function SiteHeader() {
  return (
    <header className="no-print relative border-b border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <StaticHtml>
          <StaticLink href="/" className="flex min-h-11 items-center text-lg font-bold text-brand-strong">
            {site.name}
          </StaticLink>
        </StaticHtml>
        <details className="group md:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 rounded border border-line px-3 font-bold [&::-webkit-details-marker]:hidden">
            Menu{' '}
            <span aria-hidden="true" className="inline-block group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="absolute inset-x-0 top-full z-40 space-y-2 border-b border-line bg-paper px-4 pb-3 pt-2 shadow-md">
            <StaticHtml>
              <MenuLinks listClass="grid grid-cols-2 gap-1" toolsClass="border-b border-line pb-2" />
            </StaticHtml>
          </div>
        </details>
        <div className="order-last w-full md:order-none md:w-auto">
          <SearchBox />
        </div>
      </div>
      <div className="mx-auto hidden max-w-5xl px-4 pb-2 text-sm md:block">
        <StaticHtml>
          <MenuLinks listClass="flex flex-wrap gap-x-1" />
        </StaticHtml>
      </div>
    </header>
  );
}
