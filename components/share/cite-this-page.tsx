import { accessedPlaceholder, citations, type CitableDocument } from '@/lib/share/citation';
import { CitationLine } from './citation-line';

/** "Cite this page" in APA, MLA and a plain line; plain text first, copy buttons with JavaScript. */
export function CiteThisPage({ doc }: { doc: CitableDocument }) {
  const c = citations(doc);
  const styles = [
    { label: 'APA', text: c.apa, dateStyle: 'us' },
    { label: 'MLA', text: c.mla, dateStyle: 'mla' },
    { label: 'Plain', text: c.plain, dateStyle: 'us' },
  ] as const;
  return (
    <section aria-labelledby="cite-heading" className="no-print mt-10 border-t border-line pt-6">
      <h2 id="cite-heading" className="text-xl font-bold">
        Cite this page
      </h2>
      <dl className="mt-3 space-y-4 text-sm">
        {styles.map((s) => (
          <div key={s.label}>
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
    </section>
  );
}
