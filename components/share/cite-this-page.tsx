import { accessedPlaceholder, citations, type CitableDocument } from '@/lib/share/citation';
import { CitationLine } from './citation-line';

/**
 * "Cite this page" in APA, MLA and a plain line: collapsed until tapped (a <details>, so it opens
 * without JavaScript), printed in full (app/globals.css). Plain text first, copy buttons with JavaScript.
 */
export function CiteThisPage({ doc }: { doc: CitableDocument }) {
  const c = citations(doc);
  const styles = [
    { label: 'APA', text: c.apa, dateStyle: 'us' },
    { label: 'MLA', text: c.mla, dateStyle: 'mla' },
    { label: 'Plain', text: c.plain, dateStyle: 'us' },
  ] as const;
  return (
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
        <dl className="mt-3 space-y-4 text-sm print:mt-1 print:space-y-1">
          {styles.map((s) => (
            <div key={s.label} data-cite-style={s.label.toLowerCase()}>
              <dt className="font-semibold">{s.label}</dt>
              <dd>
                <CitationLine
                  text={s.text}
                  placeholder={accessedPlaceholder}
                  dateStyle={s.dateStyle}
                  label={s.label === 'Plain' ? 'plain' : s.label}
                />
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
