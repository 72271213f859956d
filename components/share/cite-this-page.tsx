import { accessedPlaceholder, citations, type CitableDocument } from '@/lib/share/citation';
import { StaticHtml } from '@/components/mdx/static-html';

/**
 * "Cite this page" in APA, MLA and a plain line: plain text React does not hydrate, readable and
 * selectable without JavaScript. With JavaScript, components/share/share-enhancer.tsx fills in
 * today's access date and wires the copy button under each (shown where scripting is on).
 */
export function CiteThisPage({ doc }: { doc: CitableDocument }) {
  const c = citations(doc);
  const styles = [
    { label: 'APA', text: c.apa, dateStyle: 'us' },
    { label: 'MLA', text: c.mla, dateStyle: 'mla' },
    { label: 'plain', text: c.plain, dateStyle: 'us' },
  ] as const;
  return (
    <StaticHtml>
      <section aria-labelledby="cite-heading" className="no-print mt-10 border-t border-line pt-6">
        <h2 id="cite-heading" className="text-xl font-bold">
          Cite this page
        </h2>
        <dl className="mt-3 space-y-4 text-sm">
          {styles.map((s) => (
            <div key={s.label}>
              <dt className="font-semibold">{s.label === 'plain' ? 'Plain' : s.label}</dt>
              <dd data-share-group="">
                <p
                  className="break-words"
                  data-citation=""
                  data-placeholder={accessedPlaceholder}
                  data-date-style={s.dateStyle}
                >
                  {s.text}
                </p>
                <p className="mt-1 hidden items-center gap-3 scripting:flex">
                  <button
                    type="button"
                    className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand"
                    data-share-action="copy-citation"
                  >
                    Copy {s.label} citation
                  </button>
                  <span role="status" className="text-sm text-ink-muted" />
                </p>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </StaticHtml>
  );
}
