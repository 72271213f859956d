import { accessedPlaceholder, citations, type CitableDocument } from '@/lib/share/citation';
import { CitationLine } from './citation-line';

/** "Cite this page" in APA, MLA and a plain line; plain text first, copy buttons with JavaScript. */
export function CiteThisPage({ doc }: { doc: CitableDocument }) {
  const c = citations(doc);
  return (
    <section aria-labelledby="cite-heading" className="no-print mt-10 border-t border-line pt-6">
      <h2 id="cite-heading" className="text-xl font-bold">
        Cite this page
      </h2>
      <dl className="mt-3 space-y-4 text-sm">
        <div>
          <dt className="font-semibold">APA</dt>
          <dd>
            <CitationLine text={c.apa} placeholder={accessedPlaceholder} dateStyle="us" label="APA" />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">MLA</dt>
          <dd>
            <CitationLine text={c.mla} placeholder={accessedPlaceholder} dateStyle="mla" label="MLA" />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Plain</dt>
          <dd>
            <CitationLine text={c.plain} placeholder={accessedPlaceholder} dateStyle="us" label="plain" />
          </dd>
        </div>
      </dl>
    </section>
  );
}
