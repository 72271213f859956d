import { accessedPlaceholder, citations, type CitableDocument } from '@/lib/share/citation';
import { StaticHtml } from '@/components/mdx/static-html';

/**
 * "Cite this page" in APA, MLA and a plain line: collapsed until tapped (a <details>, so it opens
 * without JavaScript), printed in full (app/globals.css). Plain text React does not hydrate,
 * readable and selectable without JavaScript. With JavaScript, components/share/share-enhancer.tsx
 * fills in today's access date and wires the copy button under each (shown where scripting is on).
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
      <section aria-labelledby="cite-heading" className="cite-this-page print-compact mt-10 border-t border-line pt-6">
        <details className="group/cite">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden">
            <h2 id="cite-heading" className="text-xl font-bold">
              Cite this page
            </h2>
            <span aria-hidden="true" className="no-print inline-block group-open/cite:rotate-180">
              ▾
            </span>
          </summary>
          <dl className="mt-3 space-y-4 text-sm print:mt-0 print:space-y-0 print:text-xs">
            {styles.map((s) => (
              <div key={s.label} data-cite-style={s.label.toLowerCase()}>
                <dt className="text-base font-bold">{s.label === 'plain' ? 'Plain' : s.label}</dt>
                <dd data-share-group="">
                  <p
                    className="break-words"
                    data-citation=""
                    data-placeholder={accessedPlaceholder}
                    data-date-style={s.dateStyle}
                  >
                    {s.text}
                  </p>
                  <p className="no-print mt-1 hidden items-center gap-3 scripting:flex">
                    <button
                      type="button"
                      className="min-h-11 rounded border border-brand px-3 py-1 text-base font-bold text-brand"
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
        </details>
      </section>
    </StaticHtml>
  );
}
